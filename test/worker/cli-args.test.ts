import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/main.ts';
import { isJsonRequest } from '../../src/worker/input.ts';

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

  it('refuses a flag given twice instead of keeping the last, and reads every word after -- as the FILE', () => {
    expect(parseArgs(['summarize', '--sentences', '3', '--sentences=4'])).toEqual({ error: '--sentences is given twice; give it once.' });
    expect(parseArgs(['summarize', '--', '-odd name.txt'])).toMatchObject({ file: '-odd name.txt', fileGiven: true });
    expect(parseArgs(['summarize', '--sentences', '2', '--', 'a.txt'])).toMatchObject({ file: 'a.txt', options: { sentences: 2 } });
    expect(parseArgs(['summarize', '--', 'a.txt', 'b.txt'])).toMatchObject({ error: expect.stringMatching(/^Expected one FILE/) });
    expect(parseArgs(['summarize', '--jsonl', 'a.jsonl', 'b.jsonl'])).toMatchObject({ error: expect.stringMatching(/^Expected one FILE/) });
    expect(parseArgs(['summarize', '--title', '--html', 'page.html'])).toEqual({ error: '--title expects a value, instead found the flag --html.' });
    expect(parseArgs(['summarize', '--title', '-- a dash title', 'a.txt'])).toMatchObject({ title: '-- a dash title' });
    expect(parseArgs(['summarize', 'b.jsonl', '--jsonl', 'a.jsonl'])).toMatchObject({ error: expect.stringMatching(/^Expected one FILE/) });
  });

  it('tells a JSON request given as the article (the API answers 415, the CLI exit 1) from an article', () => {
    for (const t of ['{"text": "Two were killed."}', ' {"url":"https://a.example/"}\n', '{"options":{},"html":"<p>x</p>"}']) expect(isJsonRequest(t)).toBe(true);
    for (const t of ['{Updated} Two were killed.', '{"headline": "x"}', '{"text": broken', 'Two were killed.']) expect(isJsonRequest(t)).toBe(false);
  });

  it('refuses a flag value the API would refuse as a usage error naming the flag, before reading any article', () => {
    expect(parseArgs(['summarize', 'a.txt', '--sentences', '0'])).toEqual({ error: '--sentences: Expected an integer from 1 to 50, instead found 0.' });
    expect(parseArgs(['summarize', '--max-chars=0', '--keywords', '99'])).toEqual({
      error: '--max-chars: Expected an integer from 1 to 1000000, instead found 0.\n--keywords: Expected an integer from 0 to 50, instead found 99.',
    });
    expect(parseArgs(['summarize', '--published-at', '2021-02-30'])).toMatchObject({ error: expect.stringMatching(/^--published-at: Expected a date/) });
    expect(parseArgs(['summarize', '--title', 'x'.repeat(1001)])).toMatchObject({ error: expect.stringMatching(/^--title: /) });
    expect(parseArgs(['summarize', '--ratio', '0.5', '--published-at', '2021-02-28'])).toMatchObject({ options: { ratio: 0.5 }, publishedAt: '2021-02-28' });
  });
});
