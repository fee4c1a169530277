/**
 * `npm run eval:summary` — ROUGE-1/2/Lsum F1 (×100, rouge_score's method, Porter stemming) of our default summary,
 * Lead-3 (our segmenter's first three sentences) and the npm peers, side by side in one run, with ms/article for
 * each; sentence-level precision/recall/F1 on BBC News Summary, whose references are extractive.
 *
 * Flags: --json (machine output), --limit N (first N articles of each set), --set NAME (repeatable; file name or
 * alias: summeval, cnndm, newsroom, xsum, bbc), --peers a,b (ts-textrank, wink-nlp, sum; `none`; default
 * ts-textrank,wink-nlp), --stemmer npm (score with the `stemmer` package instead of the NLTK-compatible port).
 */
import { stemmer as npmStemmer } from 'stemmer';
import { analyze } from '../src/core/analyze.ts';
import { buildDoc } from '../src/core/doc.ts';
import { resolveOptions } from '../src/core/options.ts';
import { summarize } from '../src/core/summary/index.ts';
import type { AnalyzeInput } from '../src/core/types.ts';
import { loadSet, type EvalRecord } from './lib/jsonl.ts';
import { PEERS, type Peer } from './lib/peers.ts';
import { cachedStem, rouge, rougeBest, type RougeOptions, type RougeScores } from './lib/rouge.ts';

interface SetSpec {
  alias: string;
  file: string;
  kind: 'rouge' | 'sentences';
  note: string;
}

const SETS: readonly SetSpec[] = [
  { alias: 'summeval', file: 'summeval_cnndm_test.jsonl', kind: 'rouge', note: 'CNN/DM test, SummEval 100: original highlight, and best of 11 references' },
  { alias: 'cnndm', file: 'cnndm_test_frank.jsonl', kind: 'rouge', note: 'CNN/DM test (FRANK 250): original highlights' },
  { alias: 'newsroom', file: 'newsroom_humaneval.jsonl', kind: 'rouge', note: 'Newsroom human-eval 60: publisher summary' },
  { alias: 'xsum', file: 'xsum_test_frank.jsonl', kind: 'rouge', note: 'XSum test (FRANK 251): one abstractive sentence, a stress test' },
  { alias: 'bbc', file: 'bbc_news_summary.jsonl', kind: 'sentences', note: 'BBC News Summary 2,092: extractive references, sentence precision/recall' },
];

const SUMMARY_SENTENCES = 3;
const WARMUP_ARTICLES = 5;

/** One system: article in, chosen sentences (document order) out, plus optional extra timings. */
interface System {
  name: string;
  run(record: EvalRecord): string[];
  /** Extra timings measured per article on the side (name → function to time). */
  extra?: Record<string, (record: EvalRecord) => unknown>;
}

interface Args {
  json: boolean;
  limit: number | null;
  sets: SetSpec[];
  peers: string[];
  rouge: RougeOptions;
  stemmerName: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, limit: null, sets: [], peers: ['ts-textrank', 'wink-nlp'], rouge: {}, stemmerName: 'nltk-porter' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`expected a value after ${flag}, found nothing`);
      return v;
    };
    if (flag === '--json') args.json = true;
    else if (flag === '--limit') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`expected --limit to be a positive integer, found ${argv[i]}`);
      args.limit = n;
    } else if (flag === '--set') {
      const name = value();
      const spec = SETS.find((s) => s.alias === name || s.file === name || s.file === `${name}.jsonl`);
      if (!spec) throw new Error(`expected --set to be one of ${SETS.map((s) => s.alias).join(', ')} (or a file name), found ${name}`);
      args.sets.push(spec);
    } else if (flag === '--peers') {
      const list = value();
      args.peers = list === 'none' ? [] : list === 'all' ? Object.keys(PEERS) : list.split(',');
      for (const p of args.peers) if (!(p in PEERS)) throw new Error(`expected peers among ${Object.keys(PEERS).join(', ')}, found ${p}`);
    } else if (flag === '--stemmer') {
      const name = value();
      if (name !== 'npm' && name !== 'nltk') throw new Error(`expected --stemmer npm or nltk, found ${name}`);
      if (name === 'npm') {
        args.rouge = { stem: cachedStem(npmStemmer) };
        args.stemmerName = 'npm stemmer@2.0.1 (original Porter)';
      }
    } else throw new Error(`expected one of --json, --limit N, --set NAME, --peers LIST, --stemmer npm|nltk; found ${a}`);
  }
  if (args.sets.length === 0) args.sets = [...SETS];
  return args;
}

function inputOf(record: EvalRecord): AnalyzeInput {
  return record.title ? { text: record.article, title: record.title } : { text: record.article };
}

const OPTIONS = resolveOptions({ sentences: SUMMARY_SENTENCES });

function oursSystem(): System {
  return {
    name: 'ours',
    run: (r) => analyze({ ...inputOf(r), options: { sentences: SUMMARY_SENTENCES } }).summary.sentences.map((s) => s.text),
    extra: {
      'summary ms': (r) => summarize(buildDoc(inputOf(r)), OPTIONS),
    },
  };
}

function lead3System(): System {
  return { name: 'lead-3', run: (r) => buildDoc({ text: r.article }).sentences.slice(0, 3).map((s) => s.text) };
}

function peerSystem(peer: Peer): System {
  return { name: peer.name, run: (r) => peer.summarize(r.article, SUMMARY_SENTENCES) };
}

/** One line per sentence, inner white space collapsed, as rouge_score's ROUGE-Lsum expects. */
function asSummary(sentences: readonly string[]): string {
  return sentences.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '').join('\n');
}

interface Run {
  outputs: string[][];
  ms: number;
  extraMs: Record<string, number>;
}

function runSystem(system: System, records: readonly EvalRecord[]): Run {
  const warm = records.slice(0, WARMUP_ARTICLES);
  for (const r of warm) {
    system.run(r);
    for (const fn of Object.values(system.extra ?? {})) fn(r);
  }
  const outputs: string[][] = [];
  let total = 0;
  for (const r of records) {
    const t0 = performance.now();
    const out = system.run(r);
    total += performance.now() - t0;
    outputs.push(out);
  }
  const extraMs: Record<string, number> = {};
  for (const [name, fn] of Object.entries(system.extra ?? {})) {
    let t = 0;
    for (const r of records) {
      const t0 = performance.now();
      fn(r);
      t += performance.now() - t0;
    }
    extraMs[name] = t / Math.max(records.length, 1);
  }
  return { outputs, ms: total / Math.max(records.length, 1), extraMs };
}

interface RougeRow {
  system: string;
  reference: string;
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
  msPerArticle: number;
  extraMs: Record<string, number>;
}

interface SentenceRow {
  system: string;
  precision: number;
  recall: number;
  f1: number;
  msPerArticle: number;
  extraMs: Record<string, number>;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function rougeRows(name: string, run: Run, records: readonly EvalRecord[], spec: SetSpec, opts: RougeOptions): RougeRow[] {
  const variants: Array<[string, (r: EvalRecord, cand: string) => RougeScores]> = [
    ['original', (r, cand) => rouge(r.reference, cand, opts)],
  ];
  if (spec.alias === 'summeval') variants.push(['best-of-11', (r, cand) => rougeBest(r.references ?? [r.reference], cand, opts)]);
  return variants.map(([reference, score]) => {
    const scores = records.map((r, i) => score(r, asSummary(run.outputs[i] as string[])));
    return {
      system: name,
      reference,
      rouge1: 100 * mean(scores.map((s) => s.rouge1.f)),
      rouge2: 100 * mean(scores.map((s) => s.rouge2.f)),
      rougeLsum: 100 * mean(scores.map((s) => s.rougeLsum.f)),
      msPerArticle: run.ms,
      extraMs: run.extraMs,
    };
  });
}

/** Lower-case letters and digits only, single-spaced: how selected and reference sentences are matched. */
export function normaliseSentence(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A selected sentence matches a reference sentence when one's normalised text contains the other's. */
function matches(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

function sentenceRow(name: string, run: Run, records: readonly EvalRecord[]): SentenceRow {
  let selected = 0;
  let hits = 0;
  let refTotal = 0;
  let found = 0;
  records.forEach((r, i) => {
    const refs = r.reference.split('\n').map(normaliseSentence).filter((s) => s !== '');
    const picks = (run.outputs[i] as string[]).map(normaliseSentence).filter((s) => s !== '');
    selected += picks.length;
    refTotal += refs.length;
    for (const p of picks) if (refs.some((ref) => matches(p, ref))) hits++;
    for (const ref of refs) if (picks.some((p) => matches(p, ref))) found++;
  });
  const precision = selected === 0 ? 0 : hits / selected;
  const recall = refTotal === 0 ? 0 : found / refTotal;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { system: name, precision: 100 * precision, recall: 100 * recall, f1: 100 * f1, msPerArticle: run.ms, extraMs: run.extraMs };
}

interface SetResult {
  set: string;
  file: string;
  note: string;
  articles: number;
  rouge?: RougeRow[];
  sentences?: SentenceRow[];
  acceptance?: Acceptance[];
}

interface Acceptance {
  reference: string;
  rouge1Delta: number;
  rouge2Delta: number;
  rougeLsumDelta: number;
  pass: boolean;
}

/** The bar: ROUGE-1 at least 0.5 above Lead-3, ROUGE-2 and ROUGE-Lsum not below it. */
function acceptance(rows: readonly RougeRow[]): Acceptance[] {
  const refs = [...new Set(rows.map((r) => r.reference))];
  const out: Acceptance[] = [];
  for (const reference of refs) {
    const ours = rows.find((r) => r.system === 'ours' && r.reference === reference);
    const lead = rows.find((r) => r.system === 'lead-3' && r.reference === reference);
    if (!ours || !lead) continue;
    const d1 = ours.rouge1 - lead.rouge1;
    const d2 = ours.rouge2 - lead.rouge2;
    const dl = ours.rougeLsum - lead.rougeLsum;
    out.push({ reference, rouge1Delta: d1, rouge2Delta: d2, rougeLsumDelta: dl, pass: d1 >= 0.5 && d2 >= 0 && dl >= 0 });
  }
  return out;
}

function evaluateSet(spec: SetSpec, systems: readonly System[], args: Args): SetResult {
  const records = loadSet(spec.file, args.limit);
  const result: SetResult = { set: spec.alias, file: spec.file, note: spec.note, articles: records.length };
  const runs = systems.map((s) => [s.name, runSystem(s, records)] as const);
  if (spec.kind === 'rouge') {
    result.rouge = runs.flatMap(([name, run]) => rougeRows(name, run, records, spec, args.rouge));
    if (spec.alias === 'summeval' || spec.alias === 'cnndm') result.acceptance = acceptance(result.rouge);
  } else {
    result.sentences = runs.map(([name, run]) => sentenceRow(name, run, records));
  }
  return result;
}

const f2 = (x: number): string => x.toFixed(2);

function msCell(row: { msPerArticle: number; extraMs: Record<string, number> }): string {
  const extra = Object.entries(row.extraMs).map(([k, v]) => `${k.replace(' ms', '')} ${v.toFixed(3)}`);
  return extra.length === 0 ? row.msPerArticle.toFixed(3) : `${row.msPerArticle.toFixed(3)} (analysis); ${extra.join('; ')}`;
}

function printTable(result: SetResult): void {
  console.log(`\n## ${result.file} — ${result.note} (${result.articles} articles)`);
  if (result.rouge) {
    console.log('| system | reference | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | ms/article |');
    console.log('| --- | --- | ---: | ---: | ---: | --- |');
    for (const r of result.rouge) {
      console.log(`| ${r.system} | ${r.reference} | ${f2(r.rouge1)} | ${f2(r.rouge2)} | ${f2(r.rougeLsum)} | ${msCell(r)} |`);
    }
  }
  if (result.sentences) {
    console.log('| system | precision | recall | F1 | ms/article |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const r of result.sentences) {
      console.log(`| ${r.system} | ${f2(r.precision)} | ${f2(r.recall)} | ${f2(r.f1)} | ${msCell(r)} |`);
    }
  }
  for (const a of result.acceptance ?? []) {
    const sign = (x: number): string => (x >= 0 ? '+' : '') + f2(x);
    console.log(
      `acceptance (${a.reference}): ours − lead-3 = R1 ${sign(a.rouge1Delta)}, R2 ${sign(a.rouge2Delta)}, ` +
        `RLsum ${sign(a.rougeLsumDelta)} → ${a.pass ? 'PASS' : 'FAIL'} (needs R1 ≥ +0.50, R2 ≥ 0, RLsum ≥ 0)`,
    );
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const systems: System[] = [oursSystem(), lead3System(), ...args.peers.map((p) => peerSystem((PEERS[p] as () => Peer)()))];
  const results: SetResult[] = [];
  if (!args.json) {
    console.log(`# Summary evaluation: top-${SUMMARY_SENTENCES} sentences; ROUGE F1 ×100 (rouge_score method, ${args.stemmerName} stemming)`);
    console.log(`ours: "analysis" = full analyze() incl. facts; "summary" = buildDoc + summarize only. node ${process.version}.`);
    console.log('References with no line break are cut into sentences for ROUGE-Lsum (rouge_score split_summaries).');
  }
  for (const spec of args.sets) {
    const result = evaluateSet(spec, systems, args);
    results.push(result);
    if (!args.json) printTable(result);
  }
  if (args.json) {
    console.log(JSON.stringify({ stemmer: args.stemmerName, sentences: SUMMARY_SENTENCES, node: process.version, sets: results }, null, 2));
  }
}

main();
