/**
 * The page `GET /docs` serves, rendered from the OpenAPI document ahead of time by `npm run openapi` into
 * `public/docs.html` (a static asset): this module is not in the Worker bundle.
 */
import { PROBLEM_DESCRIPTIONS } from './problem-descriptions.ts';
import { PROBLEM_TYPES, problemType, type ProblemSlug } from './problems.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Inline code spans (`x`) of the document's Markdown-ish descriptions, escaped. */
function prose(text: string): string {
  return esc(text).replace(/`([^`]{1,200})`/g, '<code>$1</code>');
}

const EXAMPLES: Record<string, string> = {
  summarize: `curl -s https://HOST/v1/summarize -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \\
  -d '{"text":"…article…","options":{"sentences":3}}'
curl -s 'https://HOST/v1/summarize?sentences=2' -H 'Content-Type: text/plain' --data-binary @article.txt
curl -s https://HOST/v1/summarize -H 'Content-Type: application/json' -d '{"url":"https://example.com/news/story.html"}'`,
  summarizeBatch: `curl -s https://HOST/v1/summarize/batch -H 'Content-Type: application/json' \\
  -d '{"items":[{"id":"a","text":"…"},{"id":"b","html":"<html>…</html>"}]}'`,
  getSummary: `curl -s https://HOST/v1/summaries/$ID -H "Authorization: Bearer $KEY"`,
};

/** JSON for a `<pre>`, escaped, each `$ref` to a schema a link to its entry under Schemas. */
function jsonHtml(value: unknown): string {
  return esc(JSON.stringify(value, null, 2)).replace(/&quot;#\/components\/schemas\/(\w+)&quot;/g, '&quot;<a href="#schema-$1">#/components/schemas/$1</a>&quot;');
}

/** What a response is, in words: a problem status lists its types, each linked to its row in the table. */
function responseHtml(r: Record<string, unknown>): string {
  const status = /Problem(\d+)$/.exec(String(r.$ref ?? ''))?.[1];
  if (!status) return prose(String(r.description ?? 'Any other problem: 405 on a wrong method (see `Allow`), 500 on a bug.'));
  const slugs = (Object.keys(PROBLEM_TYPES) as ProblemSlug[]).filter((s) => String(PROBLEM_TYPES[s].status) === status);
  return slugs.map((s) => `<a href="#${s}"><code>${problemType(s)}</code></a>`).join(', ');
}

/** One operation of the document: its path, method and operation object. */
interface DocOperation {
  path: string;
  method: string;
  op: Record<string, any>;
}

/** One operation as an HTML section, with the request body and response schemas from the document. */
function operationHtml({ path, method, op }: DocOperation): string {
  const params = ((op.parameters ?? []) as { name: string; in: string; description: string }[])
    .map((p) => `<li><code>${esc(p.name)}</code> (${p.in}) ${prose(p.description)}</li>`)
    .join('');
  const body = op.requestBody ? `<h4>Request body</h4><pre>${jsonHtml(op.requestBody.content)}</pre>` : '';
  const responses = Object.entries(op.responses as Record<string, Record<string, unknown>>)
    .map(([status, r]) => `<li><b>${esc(status)}</b> ${responseHtml(r)}</li>`)
    .join('');
  const example = EXAMPLES[op.operationId];
  return `<section id="${esc(op.operationId)}"><h3><span class="m">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p>${prose(op.summary)}${op.security.length > 0 ? ' <i>(API key when keys are on; rate limited)</i>' : ''}</p>
${op.description ? `<p>${prose(op.description)}</p>` : ''}${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}${body}
<h4>Responses</h4><ul>${responses}</ul>${example ? `<h4>Example</h4><pre>${esc(example)}</pre>` : ''}</section>`;
}

/** The problem types table, each row with the anchor its `type` URI points to. */
function problemsHtml(): string {
  const rows = (Object.keys(PROBLEM_TYPES) as ProblemSlug[])
    .map((s) => `<tr id="${s}"><td><code>${problemType(s)}</code></td><td>${PROBLEM_TYPES[s].status}</td><td>${esc(PROBLEM_TYPES[s].title)}</td><td>${prose(PROBLEM_DESCRIPTIONS[s])}</td></tr>`)
    .join('');
  return `<section id="problems"><h2>Problem types</h2><p>Every error is <code>application/problem+json</code> (RFC 9457).</p>
<table><tr><th>type</th><th>status</th><th>title</th><th>meaning</th></tr>${rows}</table></section>`;
}

/** The docs page: generated from the OpenAPI document (serialised), inline CSS, no scripts, no external requests. */
export function docsPage(openApiJson: string): string {
  const doc = JSON.parse(openApiJson) as Record<string, any>;
  const operations: DocOperation[] = Object.entries(doc.paths as Record<string, Record<string, Record<string, any>>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
  const schemas = Object.entries(doc.components.schemas as Record<string, unknown>)
    .map(([name, s]) => `<details id="schema-${esc(name)}"><summary>${esc(name)}</summary><pre>${jsonHtml(s)}</pre></details>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>newsbrief API</title><style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f4f4f4;padding:.6rem;overflow:auto;max-height:24rem}
section{border-top:1px solid #ddd;margin-top:1.5rem}.m{background:#1b1b1b;color:#fff;padding:0 .4rem;border-radius:3px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;vertical-align:top;text-align:left}
</style></head><body><h1>newsbrief API <small>${esc(String(doc.info.version))}</small></h1><p>${prose(String(doc.info.description))}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Auth: <code>Authorization: Bearer &lt;key&gt;</code> on
<code>/v1/</code> routes when the service has API keys. Every response carries <code>X-Request-Id</code>.</p>
<h2>Endpoints</h2>${operations.map(operationHtml).join('\n')}
${problemsHtml()}<section id="schemas"><h2>Schemas</h2>${schemas}</section></body></html>`;
}
