/**
 * Pages the URL-input tests fetch, served to the Worker by miniflare's `outboundService` (vitest.config.ts) instead of
 * the internet. Runs in Node. Any host other than `pages.example` is refused with status 599.
 */

/** The article page: navigation, scripts, share widgets, comments and a footer around three article paragraphs. */
export const ARTICLE_HTML = `<!doctype html><html><head>
<title>Ceasefire holds in the valley - Example News</title>
<meta property="og:title" content="Ceasefire holds in the valley">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<meta name="author" content="Jane Roe">
<script>window.tracking = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><p>Home</p><p>World</p></nav></header>
<article>
<h1>Ceasefire holds in the valley</h1>
<p class="byline">By Jane Roe</p>
<p>Fighting stopped on Monday after mediators brokered a truce between the two armies.</p>
<div class="share-buttons"><p>Share on social media</p></div>
<p>Officials said 12 soldiers were killed &amp; 30 wounded in the last week of clashes.</p>
<p>Talks are due to resume in the capital next week.</p>
<section class="comments"><p>First comment!</p></section>
</article>
<aside><p>Related: other stories</p></aside>
<footer><p>Copyright Example News</p></footer>
</body></html>`;

let counter = 0;
let flips = 0;

/** Answers one outbound request from the Worker under test. */
export async function servePage(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.hostname !== 'pages.example') return new Response(`unexpected outbound request: ${request.url}`, { status: 599 });
  const html = (body: string, status = 200): Response => new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  switch (url.pathname) {
    case '/article.html':
      return html(ARTICLE_HTML);
    case '/plain.txt':
      return new Response('The truce held for a second day.\n\nNo new casualties were reported.', { headers: { 'Content-Type': 'text/plain' } });
    case '/redirect':
      return new Response(null, { status: 302, headers: { Location: '/article.html' } });
    case '/loop':
      return new Response(null, { status: 302, headers: { Location: '/loop' } });
    case '/to-private':
      return new Response(null, { status: 302, headers: { Location: 'http://127.0.0.1/admin' } });
    case '/pdf':
      return new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf' } });
    case '/missing':
      return html('<p>gone</p>', 404);
    case '/big': {
      const chunk = new TextEncoder().encode(`<p>${'word '.repeat(200)}</p>`);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ > 10_000) controller.close();
          else controller.enqueue(chunk);
        },
      });
      return new Response(stream, { headers: { 'Content-Type': 'text/html' } });
    }
    case '/slow':
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return html(ARTICLE_HTML);
    case '/legacy-meta': {
      // An old page: Windows-1252 bytes, the charset named only in a <meta> (the server sends no charset).
      const head = new TextEncoder().encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Caf');
      const said = new TextEncoder().encode(' owner said: we don');
      const tail = new TextEncoder().encode('t know.</p></body></html>');
      return new Response(new Uint8Array([...head, 0xe9, ...said, 0x92, ...tail]), { headers: { 'Content-Type': 'text/html' } });
    }
    case '/legacy-header':
      return new Response(new Uint8Array([...new TextEncoder().encode('<p>Na'), 0xef, ...new TextEncoder().encode('ve plan.</p>')]), { headers: { 'Content-Type': 'text/html; charset=ISO-8859-1' } });
    case '/utf16-bom': {
      const text = '<p>Ceasefire in G\u00f6ttingen holds.</p>';
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
      return new Response(bytes, { headers: { 'Content-Type': 'text/html' } });
    }
    case '/charset-flip':
      // The same bytes, declared Windows-1252 on odd requests and UTF-8 on even ones.
      flips += 1;
      return new Response(new Uint8Array([...new TextEncoder().encode('<p>Caf'), 0xe9, ...new TextEncoder().encode(' talks resumed.</p>')]), {
        headers: { 'Content-Type': `text/html; charset=${flips % 2 === 1 ? 'windows-1252' : 'utf-8'}` },
      });
    case '/changing':
      counter += 1;
      return html(`<article><p>Edition ${counter}: the council met on Tuesday and approved the plan.</p></article>`);
    default:
      return html('<p>not found</p>', 404);
  }
}
