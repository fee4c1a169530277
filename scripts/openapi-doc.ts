/**
 * Writes the Worker's generated documents, static assets served by `GET /openapi.json`, `GET /docs` and `GET /`:
 * `public/openapi.json`, the OpenAPI document (built from the zod schemas and the operations table of
 * src/worker/openapi.ts), `public/docs.html`, the page rendered from it (src/worker/docs-page.ts), and
 * `public/playground.html`, the playground's page (src/worker/ui/page.ts: it names the engine version and the limits
 * of the form). The Worker bundle carries neither the document, nor zod's JSON Schema generator, nor the pages. Run
 * `npm run openapi` after changing a schema, an operation, a problem type, the page or the engine version; with
 * `--check` it fails when a committed file is stale (test/worker/openapi.test.ts and playground.test.ts check them too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsPage } from '../src/worker/docs-page.ts';
import { openApiJson } from '../src/worker/openapi.ts';
import { PAGE_HTML } from '../src/worker/ui/page.ts';

const json = openApiJson();
const files: Record<string, string> = { 'openapi.json': json, 'docs.html': docsPage(json), 'playground.html': PAGE_HTML };
let stale = false;
for (const [name, text] of Object.entries(files)) {
  const file = join(import.meta.dirname, '..', 'public', name);
  if (!process.argv.includes('--check')) writeFileSync(file, text);
  else if (readFileSync(file, 'utf8') !== text) {
    console.error(`public/${name} is stale: run \`npm run openapi\``);
    stale = true;
  }
}
if (stale) process.exit(1);
