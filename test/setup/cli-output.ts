// Runs in Node before the tests: runs the real `newsbrief` CLI on the seed article and hands its output to the tests
// in workerd through vitest's provide/inject, so a test can compare the CLI's body with the Worker's byte for byte.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    cliSeedOutput: string;
  }
}

export default function setup(project: TestProject): void {
  const root = join(import.meta.dirname, '..', '..');
  const output = execFileSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), 'summarize', join(root, 'test', 'fixtures', 'seed.txt')], {
    encoding: 'utf8',
  });
  project.provide('cliSeedOutput', output);
}
