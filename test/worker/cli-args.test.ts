import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/main.ts';

describe('newsbrief command line', () => {
  it('refuses an unknown short option instead of trying to read it as a file', () => {
    expect(parseArgs(['summarize', '-x'])).toMatchObject({ error: expect.stringMatching(/^Unknown option '-x'\./) });
    expect(parseArgs(['summarize', 'article.txt', '-s', '3'])).toMatchObject({ error: expect.stringMatching(/^Unknown option '-s'\./) });
  });

  it('still reads - as standard input and any other word as the FILE, and says whether one was named', () => {
    expect(parseArgs(['summarize', '-'])).toMatchObject({ file: '-', fileGiven: true });
    expect(parseArgs(['summarize', 'article.txt', '--sentences', '2'])).toMatchObject({ file: 'article.txt', fileGiven: true, options: { sentences: 2 } });
    expect(parseArgs(['summarize', '--sentences=2'])).toMatchObject({ file: '-', fileGiven: false });
    expect(parseArgs(['summarize', '--jsonl'])).toMatchObject({ file: '-', fileGiven: false, jsonl: true });
    expect(parseArgs(['summarize', '--jsonl', 'a.jsonl'])).toMatchObject({ file: 'a.jsonl', fileGiven: true });
  });
});
