/**
 * `node scripts/perf-golden.ts record|check <component>...` — guards performance work: records, per article of the
 * evaluation sets and the seed, the JSON of one component of the analysis, then checks later runs are byte-identical.
 * Components: doc, keywords, dedupe, casualties, scan, entities, facts, summary, analyze.
 * Goldens go to $GOLDEN_DIR (default /tmp/perf-golden), outside the project: they hold evaluation text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze.ts';
import { buildDoc } from '../src/core/doc.ts';
import { extractCasualties } from '../src/core/facts/casualties/index.ts';
import { extractLocations, extractOrganizations, extractPeople, extractSources } from '../src/core/facts/entities/index.ts';
import { scanDoc } from '../src/core/facts/entities/mentions.ts';
import { extractFacts } from '../src/core/facts/index.ts';
import { resolveOptions } from '../src/core/options.ts';
import { findDuplicates } from '../src/core/summary/dedupe.ts';
import { summarize } from '../src/core/summary/index.ts';
import { extractKeywords } from '../src/core/summary/keywords.ts';
import { contentTerms } from '../src/core/text/tokenize.ts';
import type { AnalyzeInput, Doc } from '../src/core/types.ts';
import { PROJECT_ROOT, loadSet } from './lib/jsonl.ts';

const DIR = process.env.GOLDEN_DIR ?? '/tmp/perf-golden';

function inputs(): Array<{ id: string; input: AnalyzeInput }> {
  const out: Array<{ id: string; input: AnalyzeInput }> = [];
  for (const set of ['cnndm_test_frank.jsonl', 'summeval_cnndm_test.jsonl', 'xsum_test_frank.jsonl']) {
    for (const r of loadSet(set)) out.push({ id: `${set}:${r.id}`, input: { text: r.article, title: r.title ?? null } });
  }
  const conflict = readFileSync(resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'conflict', 'articles.jsonl'), 'utf8');
  for (const line of conflict.split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as { id: string; text: string; title?: string; date_if_known?: string };
    out.push({ id: `conflict:${r.id}`, input: { text: r.text, title: r.title ?? null, publishedAt: r.date_if_known ?? null } });
    out.push({ id: `conflict-bare:${r.id}`, input: { text: r.text } });
  }
  const seed = readFileSync(resolve(PROJECT_ROOT, 'test', 'fixtures', 'seed.txt'), 'utf8');
  out.push({ id: 'seed', input: { text: seed } });
  out.push({ id: 'seed-dated', input: { text: seed, title: 'Seed', publishedAt: '2020-10-12' } });
  return out;
}

/** The documented fields of a doc only, so additive fields do not change the golden. */
function docView(doc: Doc): unknown {
  return {
    title: doc.title,
    publishedAt: doc.publishedAt,
    dateline: doc.dateline,
    sentences: doc.sentences.map(sentenceView),
  };
}

/** A summary's fields, with its candidates as docView shows sentences (their token offsets are an internal aid). */
function summaryView(summary: ReturnType<typeof summarize>): unknown {
  const { sentences, duplicates, boilerplate, candidates, terms } = summary;
  return { sentences, duplicates, boilerplate, candidates: candidates.map(sentenceView), terms };
}

function sentenceView(s: Doc['sentences'][number]): unknown {
  return { index: s.index, start: s.start, end: s.end, text: s.text, paragraph: s.paragraph, tokens: s.tokens };
}

const COMPONENTS: Record<string, (input: AnalyzeInput) => unknown> = {
  doc: (input) => docView(buildDoc(input)),
  keywords: (input) => {
    const doc = buildDoc(input);
    const odd = doc.sentences.filter((s) => s.index % 3 !== 1);
    return [extractKeywords(doc.sentences, doc.title, 10), extractKeywords(odd, doc.title, 50), extractKeywords(doc.sentences, null, 3)];
  },
  dedupe: (input) => {
    const doc = buildDoc(input);
    return [...findDuplicates(doc.sentences, doc.sentences.map((s) => contentTerms(s.tokens)))];
  },
  casualties: (input) => extractCasualties(buildDoc(input)),
  scan: (input) => scanDoc(buildDoc(input)),
  entities: (input) => {
    const doc = buildDoc(input);
    const scan = scanDoc(doc);
    return [extractPeople(doc, scan), extractOrganizations(doc, scan), extractLocations(doc, scan), extractSources(doc)];
  },
  facts: (input) => extractFacts(buildDoc(input)),
  summary: (input) => summaryView(summarize(buildDoc(input), resolveOptions(input.options))),
  analyze: (input) => analyze(input),
};

const [mode, ...names] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'check') || names.length === 0) {
  throw new Error(`expected "record|check <component>..." with components ${Object.keys(COMPONENTS).join(', ')}`);
}
mkdirSync(DIR, { recursive: true });
const all = inputs();
let failed = false;
for (const name of names) {
  const fn = COMPONENTS[name];
  if (!fn) throw new Error(`unknown component ${name}`);
  const lines = all.map(({ id, input }) => `${id}\t${JSON.stringify(fn(input))}`);
  const file = resolve(DIR, `${name}.jsonl`);
  if (mode === 'record') {
    writeFileSync(file, lines.join('\n'));
    console.log(`${name}: recorded ${lines.length} inputs`);
    continue;
  }
  const golden = readFileSync(file, 'utf8').split('\n');
  let diff = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== golden[i]) {
      if (diff < 3) console.log(`${name}: differs at ${(lines[i] ?? '').split('\t')[0]}`);
      diff++;
    }
  }
  if (golden.length !== lines.length) diff++;
  console.log(`${name}: ${lines.length - diff}/${lines.length} identical`);
  if (diff > 0) failed = true;
}
if (failed) process.exitCode = 1;
