/**
 * Writes the Worker's generated documents, static assets served by `GET /openapi.json` and `GET /docs`:
 * `public/openapi.json`, the OpenAPI document (built from the zod schemas and the operations table of
 * src/worker/openapi.ts), and `public/docs.html`, the page rendered from it (src/worker/docs-page.ts). The Worker
 * bundle carries neither the document, nor zod's JSON Schema generator, nor the renderer. Run `npm run openapi` after
 * changing a schema, an operation or a problem type; with `--check` it fails when a committed file is stale
 * (test/worker/openapi.test.ts checks them too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsPage } from '../src/worker/docs-page.ts';
import { openApiJson } from '../src/worker/openapi.ts';

const json = openApiJson();
const files: Record<string, string> = { 'openapi.json': json, 'docs.html': docsPage(json) };
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
