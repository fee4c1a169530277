/**
 * Writes src/worker/openapi-doc.ts: the OpenAPI document of the Worker (built from the zod schemas and the operations
 * table of src/worker/openapi.ts) as one string, so the Worker bundle carries the document rather than zod's JSON
 * Schema generator. Run `npm run openapi` after changing a schema or an operation; with `--check` it
 * fails when the committed file is stale (test/worker/openapi.test.ts checks it too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocumentModule } from '../src/worker/openapi.ts';

const file = join(import.meta.dirname, '..', 'src', 'worker', 'openapi-doc.ts');
const text = openApiDocumentModule();
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== text) {
    console.error('src/worker/openapi-doc.ts is stale: run `npm run openapi`');
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
}
