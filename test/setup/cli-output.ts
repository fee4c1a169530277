// Runs in Node before the tests: runs the real `newsbrief` CLI on the seed article and hands its output to the tests
// in workerd through vitest's provide/inject, so a test can compare the CLI's body with the Worker's byte for byte.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    cliSeedOutput: string;
    /** The CLI's output for a UTF-8 file that opens with a byte-order mark. */
    cliBomOutput: string;
    /** Exit code and standard error of the CLI on a file that is not UTF-8. */
    cliInvalidUtf8: { status: number | null; stderr: string };
    /** --jsonl on lines with a BOM, bytes that are not UTF-8, a duplicate key and CRLF; and on a missing file. */
    cliJsonl: { status: number | null; lines: string[] };
    cliJsonlMissing: { status: number | null; stderr: string };
    /** --jsonl on a dataset line (an extra top-level field, a misspelt option), without and with --ignore-unknown. */
    cliJsonlExtra: { strict: string[]; lenient: string[] };
    /** Exit codes and output: no command, --version, --format markdown on the seed, a JSONL line with text and article. */
    cliUsage: { none: number | null; version: string; markdown: string; both: { status: number | null; lines: string[] } };
    /** A saved page: given with --html, and as the "html" of a JSONL line beside a "url" line (which the CLI refuses). */
    cliHtml: { page: string; single: string; jsonl: string[] };
    /** --jsonl piped into a reader that closes the pipe after 10 bytes (`| head -c 10`): the CLI's exit code and stderr. */
    cliClosedPipe: { status: number; stderr: string };
  }
}

export default function setup(project: TestProject): void {
  const root = join(import.meta.dirname, '..', '..');
  const output = execFileSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), 'summarize', join(root, 'test', 'fixtures', 'seed.txt')], {
    encoding: 'utf8',
  });
  project.provide('cliSeedOutput', output);
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-'));
  const bom = join(dir, 'bom.txt');
  const bad = join(dir, 'bad.txt');
  writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Three soldiers were killed on Monday. The army confirmed it.')]));
  writeFileSync(bad, Buffer.concat([Buffer.from('Fighting '), Buffer.from([0xff]), Buffer.from(' stopped.')]));
  const cli = (file: string) => spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), 'summarize', file], { encoding: 'utf8' });
  project.provide('cliBomOutput', cli(bom).stdout);
  const invalid = cli(bad);
  project.provide('cliInvalidUtf8', { status: invalid.status, stderr: invalid.stderr });
  const jsonl = join(dir, 'batch.jsonl');
  writeFileSync(
    jsonl,
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('{"id":"bom","text":"Three soldiers were killed on Monday. The army confirmed it."}\r\n'),
      Buffer.from('{"id":"latin1","text":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n{"id":"twice","text":"a","text":"b"}\n\n'),
    ]),
  );
  const batch = spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), 'summarize', '--jsonl', jsonl], { encoding: 'utf8' });
  project.provide('cliJsonl', { status: batch.status, lines: batch.stdout.split('\n').filter((l) => l !== '') });
  const missing = spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), 'summarize', '--jsonl', join(dir, 'missing.jsonl')], { encoding: 'utf8' });
  project.provide('cliJsonlMissing', { status: missing.status, stderr: missing.stderr });
  const extra = join(dir, 'dataset.jsonl');
  writeFileSync(
    extra,
    '{"id":"a","article":"Three soldiers were killed on Monday. The army confirmed it.","highlights":"Three killed."}\n' +
      '{"id":"b","text":"Two men were hurt.","options":{"sentense":2},"source":"wire"}\n',
  );
  const lines = (...flags: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), 'summarize', '--jsonl', extra, ...flags], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l !== '');
  project.provide('cliJsonlExtra', { strict: lines(), lenient: lines('--ignore-unknown') });
  const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), ...args], { encoding: 'utf8' });
  const both = join(dir, 'both.jsonl');
  writeFileSync(both, '{"text":"Two men were hurt.","article":"Three men were hurt."}\n{"id":"1","text":"Two men were hurt."}\n{"id":7,"text":"Two men were hurt."}\n{"id":"blank","article":" ... "}\n');
  const bothRun = run('summarize', '--jsonl', both);
  project.provide('cliUsage', {
    none: run().status,
    version: run('--version').stdout,
    markdown: run('summarize', join(root, 'test', 'fixtures', 'seed.txt'), '--format', 'markdown').stdout,
    both: { status: bothRun.status, lines: bothRun.stdout.split('\n').filter((l) => l !== '') },
  });
  const page =
    '<!doctype html><html><head><title>Truce holds - Example</title><meta property="og:title" content="Truce holds"></head><body>' +
    '<nav><p>Home</p></nav><article><p>Fighting stopped on Monday after mediators brokered a truce.</p><p>Officials said 12 soldiers were killed.</p></article></body></html>';
  const pageFile = join(dir, 'page.html');
  writeFileSync(pageFile, page);
  const pageLines = join(dir, 'pages.jsonl');
  writeFileSync(pageLines, `${JSON.stringify({ id: 'page', html: page })}\n${JSON.stringify({ id: 'web', url: 'https://pages.example/article.html' })}\n`);
  project.provide('cliHtml', {
    page,
    single: run('summarize', pageFile, '--html').stdout,
    jsonl: run('summarize', '--jsonl', pageLines).stdout.split('\n').filter((l) => l !== ''),
  });
  // Enough lines that the CLI is still writing when `head` has gone: its next write meets EPIPE.
  const many = join(dir, 'many.jsonl');
  writeFileSync(many, '{"text":"Three soldiers were killed on Monday. The army confirmed it."}\n'.repeat(400));
  const piped = spawnSync('bash', ['-c', '"$0" "$1" summarize --jsonl "$2" 2>"$3" | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}"', process.execPath, join(root, 'bin', 'newsbrief.js'), many, join(dir, 'pipe.err')], {
    encoding: 'utf8',
  });
  project.provide('cliClosedPipe', { status: Number(piped.stdout.trim()), stderr: readFileSync(join(dir, 'pipe.err'), 'utf8') });
}
