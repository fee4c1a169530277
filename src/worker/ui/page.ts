import { ENGINE } from '../../core/engine.ts';
import { LIMITS } from '../../core/options.ts';

/**
 * The headline of the example article, `public/example.txt`: an exact copy of `test/fixtures/seed.txt` ("Iran
 * expresses concern over Armenia–Azerbaijan border clashes", Tehran Times, content by Mehr News Agency, July 2021,
 * CC BY 4.0; the page shows the attribution next to the Example button, and a test checks the copy).
 */
const EXAMPLE_TITLE = 'Iran expresses concern over Armenia–Azerbaijan border clashes';

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

/**
 * The playground page. Static markup only: the script (`/playground.js`) fills the result view, building every node
 * that carries article text with `textContent`. Nothing here is loaded from another origin; the one outside URL is
 * the license link of the example's attribution, which is a link, never a request.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>newsbrief playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground.css">
<script src="/playground.js" defer></script>
</head>
<body>
<header class="top">
  <h1>newsbrief <span class="muted">playground</span></h1>
  <p class="lede">Paste a news article to see its extractive summary highlighted in place, and the facts it reports: casualties by party, mediators, ceasefire, people, places and sources. Every figure links back to its words.</p>
  <p class="small">Engine <code>${ENGINE}</code> · API description: <a href="/openapi.json">/openapi.json</a></p>
</header>
<main class="layout">
  <section class="panel" aria-labelledby="form-heading">
    <h2 id="form-heading">Summarize an article</h2>
    <noscript><p class="error">This page needs JavaScript. The API itself does not: see <a href="/docs">/docs</a>.</p></noscript>
    <form id="form" method="post" novalidate>
      <div class="field">
        <label for="text">Article</label>
        <textarea id="text" name="text" rows="14" required spellcheck="false" aria-describedby="text-hint form-error"></textarea>
        <p id="text-hint" class="hint">Plain text. Press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> (<kbd>⌘</kbd>+<kbd>Enter</kbd> on a Mac) in the article, or <kbd>Enter</kbd> on the Summarize button, to summarize.</p>
      </div>
      <div class="row">
        <div class="field grow">
          <label for="title">Title <span class="muted">(optional)</span></label>
          <input id="title" name="title" type="text" maxlength="1000" autocomplete="off" aria-describedby="form-error">
        </div>
        <div class="field">
          <label for="sentences">Sentences</label>
          <input id="sentences" name="sentences" type="number" inputmode="numeric" min="${LIMITS.sentences.min}" max="${LIMITS.sentences.max}" step="1" value="3" aria-describedby="form-error">
        </div>
      </div>
      <details id="key-box" class="key">
        <summary>API key <span class="muted">(only if this server asks for one)</span></summary>
        <div class="field">
          <label for="key">API key</label>
          <input id="key" name="key" type="password" autocomplete="off" spellcheck="false" aria-describedby="key-hint form-error">
          <p id="key-hint" class="hint">Sent as <code>Authorization: Bearer</code> to this server only, never stored. The curl command below reads it from <code>$NEWSBRIEF_API_KEY</code>.</p>
        </div>
      </details>
      <div id="form-error" class="error" role="alert" aria-live="assertive"></div>
      <div class="actions">
        <button id="submit" type="submit" class="primary">Summarize</button>
        <button id="example" type="button" data-title="${EXAMPLE_TITLE}">Example</button>
        <span id="status" class="status" role="status" aria-live="polite"></span>
      </div>
      <p class="small attribution">Example: “${EXAMPLE_TITLE}”, Tehran Times, content by Mehr News Agency (July 2021), licensed under <a href="${CC_BY}" rel="license noopener noreferrer">Creative Commons Attribution 4.0 International</a>.</p>
    </form>
  </section>
  <section id="result" class="result" aria-labelledby="result-heading" hidden>
    <h2 id="result-heading" tabindex="-1">Result</h2>
    <p id="meta" class="meta"></p>
    <section aria-labelledby="summary-heading">
      <h3 id="summary-heading">Summary</h3>
      <ol id="summary" class="summary"></ol>
    </section>
    <section class="card" aria-labelledby="facts-heading">
      <h3 id="facts-heading">Facts</h3>
      <p class="hint">Select a fact to highlight its evidence in the text.</p>
      <div id="facts"></div>
    </section>
    <section aria-labelledby="keywords-heading">
      <h3 id="keywords-heading">Keywords</h3>
      <ul id="keywords" class="chips"></ul>
    </section>
    <section aria-labelledby="text-heading">
      <h3 id="text-heading">Text</h3>
      <p class="hint"><mark class="sum">Summary sentences</mark> and <mark class="ev">selected evidence</mark> are marked in the text as it was sent.</p>
      <p id="article-title" class="article-title" hidden></p>
      <div id="article" class="article" tabindex="0" role="region" aria-label="Article text with highlights"></div>
    </section>
    <section aria-labelledby="curl-heading">
      <h3 id="curl-heading">The same request with curl</h3>
      <pre id="curl" class="curl" tabindex="0" role="region" aria-label="curl command"><code></code></pre>
      <button id="copy" type="button">Copy command</button>
    </section>
  </section>
</main>
</body>
</html>
`;
