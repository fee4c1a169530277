/**
 * Prints the size of the Worker bundle built by `wrangler deploy --dry-run --outdir dist` (raw and gzip) and fails
 * when the gzip size is over the budget. Run `npm run build` first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The bundle budget, gzip bytes (see README, "Performance"). */
export const BUDGET_GZIP_BYTES = 150 * 1024;

const dir = join(import.meta.dirname, '..', 'dist');
const files = readdirSync(dir).filter((f) => /\.(?:m?js|wasm)$/.test(f) && statSync(join(dir, f)).isFile());
let raw = 0;
let gz = 0;
for (const f of files) {
  const bytes = readFileSync(join(dir, f));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
console.log(`bundle: ${files.join(', ')}  raw ${kb(raw)}  gzip ${kb(gz)}  (budget ${kb(BUDGET_GZIP_BYTES)} gzip)`);
if (gz > BUDGET_GZIP_BYTES) {
  console.error(`bundle over budget by ${kb(gz - BUDGET_GZIP_BYTES)}`);
  process.exit(1);
}
