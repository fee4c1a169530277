/**
 * Runners for the npm summarisers we compare against, each used through its documented API and returning the
 * top-3 sentences (or `count`) in document order as plain strings, so they are scored exactly like our summary.
 * Loaded lazily: wink's model takes a moment to load and the test suite never needs it.
 */
import { createRequire } from 'node:module';

/** A peer summariser: article text in, chosen sentences (document order) out. */
export interface Peer {
  name: string;
  /** Package name and version, for the report. */
  version: string;
  summarize(text: string, count: number): string[];
}

const require = createRequire(import.meta.url);

function versionOf(pkg: string): string {
  const json = require(`${pkg}/package.json`) as { version: string };
  return `${pkg}@${json.version}`;
}

/** Picks the `count` best by score (ties by position) and returns them in document order. */
export function topInDocumentOrder<T>(items: readonly T[], score: (t: T, i: number) => number, count: number): T[] {
  return items
    .map((item, index) => ({ item, index, score: score(item, index) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((x) => x.item);
}

/** ts-textrank: TextRank over Sørensen–Dice sentence similarity, with its own sentence splitter. */
export function tsTextRank(): Peer {
  const tr = require('ts-textrank') as typeof import('ts-textrank');
  const parser = new tr.DefaultTextParser();
  const similarity = new tr.SorensenDiceSimilarity();
  const logger = new tr.NullLogger();
  return {
    name: 'ts-textrank',
    version: versionOf('ts-textrank'),
    summarize(text, count) {
      const config = new tr.AbsoluteSummarizerConfig(count, similarity, parser, 0.85, tr.Summarizer.SORT_OCCURENCE);
      return new tr.Summarizer(config, logger).summarize(text, 'en');
    },
  };
}

/** wink-nlp with its English lite web model: `its.sentenceWiseImportance` (POS 4-gram content load). */
export function winkNlp(): Peer {
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  const model = require('wink-eng-lite-web-model') as import('wink-nlp').Model;
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    name: 'wink-nlp',
    version: `${versionOf('wink-nlp')} + ${versionOf('wink-eng-lite-web-model')}`,
    summarize(text, count) {
      const doc = nlp.readDoc(text);
      const sentences = doc.sentences().out();
      const importance = doc.out(its.sentenceWiseImportance) as unknown as Array<{ index: number; importance: number }>;
      const byIndex = new Float64Array(sentences.length);
      for (const { index, importance: value } of importance) byIndex[index] = value;
      return topInDocumentOrder(sentences, (_s, i) => byIndex[i] as number, count);
    },
  };
}

type SumFn = (opts: { corpus: string; nSentences: number }) => { summary: string; sentences: string[] };

/** sum (tf-idf with redundancy removal); it returns sentences by relevance, put back in document order here. */
export function sumJs(): Peer {
  const sum = require('sum') as SumFn;
  return {
    name: 'sum',
    version: versionOf('sum'),
    summarize(text, count) {
      const picked = sum({ corpus: text, nSentences: count }).sentences;
      const all = text.split(/[.!?;]/);
      const position = new Map<string, number>();
      all.forEach((s, i) => {
        if (!position.has(s)) position.set(s, i);
      });
      return topInDocumentOrder(picked, (s) => -(position.get(s) ?? all.length), count).map((s) => s.trim());
    },
  };
}

/** Every peer, by the name used on the command line. */
export const PEERS: Readonly<Record<string, () => Peer>> = {
  'ts-textrank': tsTextRank,
  'wink-nlp': winkNlp,
  sum: sumJs,
};
