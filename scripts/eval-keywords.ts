// Keyword evaluation (`npm run eval:keywords`, add `--json` for machine output): a proxy, since no set has gold
// keywords. On the summary sets in ../shared/eval/summ/ (read at run time), each article's keywords are compared with
// its human reference summary:
// - precision@k: the share of keywords whose every word's stem is in the reference (a full name must match each word);
// - names found: the share of the reference's names (capitalised words other than the first of a line, not stop
//   words, stemmed) that are a word of some keyword. XSum is left out of it: its references are lower-cased.
// The BBC set is reported apart: its references are sentences copied from the article (see eval-summary.ts).
import { readdirSync } from 'node:fs';
import { analyze } from '../src/core/analyze.ts';
import { isStopWord, stem, tokenize } from '../src/core/text/tokenize.ts';
import { loadSet, SUMM_DIR } from './lib/jsonl.ts';

interface Score {
  set: string;
  articles: number;
  keywords: number;
  precise: number;
  names: number;
  namesFound: number;
}

/** Stems of the words of `text`, a possessive 's dropped. */
function stems(text: string): string[] {
  return tokenize(text)
    .map((w) => stem(w.replace(/['’]s$/, '')))
    .filter((s) => s.length > 0);
}

/** The stems of the reference's names: capitalised words other than a line's first, not stop words. */
function referenceNames(reference: string): Set<string> {
  const names = new Set<string>();
  for (const line of reference.split('\n')) {
    let first = true;
    for (const m of line.matchAll(/\p{L}[\p{L}'’.-]*/gu)) {
      const word = m[0].replace(/['’]s$/, '');
      if (first) {
        first = false;
        continue;
      }
      if (word.length < 2 || !/^\p{Lu}/u.test(word) || isStopWord(word.toLowerCase())) continue;
      names.add(stem(word.toLowerCase()));
    }
  }
  return names;
}

function scoreSet(file: string): Score {
  const score: Score = { set: file.replace(/\.jsonl$/, ''), articles: 0, keywords: 0, precise: 0, names: 0, namesFound: 0 };
  const countNames = !file.startsWith('xsum');
  for (const row of loadSet(file)) {
    const result = analyze({ text: row.article, title: row.title ?? undefined });
    const reference = new Set(stems(row.reference));
    const keywordStems = new Set<string>();
    score.articles++;
    for (const k of result.keywords) {
      const words = stems(k.term);
      for (const w of words) keywordStems.add(w);
      score.keywords++;
      if (words.length > 0 && words.every((w) => reference.has(w))) score.precise++;
    }
    if (!countNames) continue;
    for (const name of referenceNames(row.reference)) {
      score.names++;
      if (keywordStems.has(name)) score.namesFound++;
    }
  }
  return score;
}

function total(set: string, scores: readonly Score[]): Score {
  const t: Score = { set, articles: 0, keywords: 0, precise: 0, names: 0, namesFound: 0 };
  for (const s of scores) {
    t.articles += s.articles;
    t.keywords += s.keywords;
    t.precise += s.precise;
    t.names += s.names;
    t.namesFound += s.namesFound;
  }
  return t;
}

const ratio = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));

const files = readdirSync(SUMM_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const scores = files.map(scoreSet);
const abstractive = total('CNN/DM, SummEval, Newsroom, XSum', scores.filter((s) => !s.set.startsWith('bbc')));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ sets: scores, abstractive }, null, 2));
} else {
  console.log('# Keywords against human reference summaries (default 10 keywords per article)');
  console.log('| set | articles | precision@10 | names found |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const s of [...scores, abstractive]) {
    console.log(`| ${s.set} | ${s.articles} | ${ratio(s.precise, s.keywords)} | ${ratio(s.namesFound, s.names)} |`);
  }
}
