/**
 * `npm run bench` — how fast the whole analysis (summary, keywords and every fact) is, against the npm summarisers
 * run in the same process on the same CNN/DailyMail articles, and how its cost grows with the length of the text.
 *
 * 1. Per article: median and p95 time of `analyze()` and of each peer's summary alone (ts-textrank, wink-nlp
 *    sentence importance, sum), with the ratio peer / ours. Every article is timed `--rounds` times, the systems
 *    interleaved so background load hits them alike; an article's time is the median of its rounds.
 *    Throughput in KB/s (UTF-8 bytes), and the heap retained after all rounds (after a forced GC).
 * 2. Scaling: texts of 1 KB to 1 MB built by concatenating the articles (four texts per size, starting at articles
 *    spread over the set, each warmed up before it is timed), time per KB at each size; the check is that
 *    time per KB at 1 MB stays within 2× of time per KB at 10 KB. The sizes are timed in rounds, every text once a
 *    round, so the machine's load at any moment weighs on every size alike.
 *
 * 3. HTML input: each article wrapped in a page of the usual weight (a head of meta tags and a script, navigation,
 *    paragraphs with links, a footer; about 50 KB), the median time of `extractArticle` per page, and time per KB of
 *    pages from 100 KB to 2 MB (the fetch limit), built by joining the pages.
 *
 * Flags: --json (machine output), --limit N (first N articles), --rounds N (default 3), --peers a,b|none|all
 * (default all), --no-scaling, --no-html, --no-check (exit 0 even when an acceptance ratio fails).
 * Reads ../shared/eval/summ/cnndm_test_frank.jsonl at run time; nothing from it is written anywhere.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../src/core/analyze.ts';
import { extractArticle } from '../src/worker/extract/html.ts';
import { loadSet } from './lib/jsonl.ts';
import { PEERS, type Peer } from './lib/peers.ts';

const SET = 'cnndm_test_frank.jsonl';
const SUMMARY_SENTENCES = 3;
const WARMUP_ARTICLES = 20;
/** Sizes of the scaling series, in bytes of text (1 KB = 1024). */
const SCALING_KB = [1, 3, 10, 30, 100, 300, 1024];
/**
 * The scaling series runs in rounds until this much time has passed (and at least MIN_SCALING_ROUNDS rounds). Each
 * round times every text of every size once, so a change in the machine's load (a shared machine's speed swings by
 * a third minutes apart) hits every size alike instead of the sizes timed at that moment.
 */
const SCALING_BUDGET_MS = 9000;
const MIN_SCALING_ROUNDS = 5;
/**
 * Texts per scaling size, starting at articles spread over the set: a 10 KB text is three articles, and the first
 * three alone are cheaper than the average article (130-146 µs/KB against 128-179 for other starts), which made the
 * small end of the ratio depend on which articles come first.
 */
const SCALING_OFFSETS = 4;
/** Untimed runs of each text before the rounds: the first runs at a new size are slow (JIT deopts, young-generation growth). */
const SCALING_WARMUP_RUNS = 3;
/** A small text is run again and again for at least this long per timing, so the timer's resolution does not matter. */
const SCALING_SLICE_MS = 5;
/** Acceptance: ours at least this many times faster than ts-textrank's summary, per article (median). */
const MIN_SPEEDUP_VS_TEXTRANK = 3;
/** Acceptance: time per KB at 1 MB at most this many times time per KB at 10 KB. */
const MAX_SCALING_RATIO = 2;

interface Args {
  json: boolean;
  limit: number | null;
  rounds: number;
  peers: string[];
  scaling: boolean;
  html: boolean;
  check: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, limit: null, rounds: 3, peers: Object.keys(PEERS), scaling: true, html: true, check: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`expected a value after ${flag}, found nothing`);
      return v;
    };
    const positive = (v: string): number => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`expected ${flag} to be a positive integer, found ${v}`);
      return n;
    };
    if (flag === '--json') args.json = true;
    else if (flag === '--limit') args.limit = positive(value());
    else if (flag === '--rounds') args.rounds = positive(value());
    else if (flag === '--no-scaling') args.scaling = false;
    else if (flag === '--no-html') args.html = false;
    else if (flag === '--no-check') args.check = false;
    else if (flag === '--peers') {
      const list = value();
      args.peers = list === 'none' ? [] : list === 'all' ? Object.keys(PEERS) : list.split(',');
      for (const p of args.peers) if (!(p in PEERS)) throw new Error(`expected peers among ${Object.keys(PEERS).join(', ')}, found ${p}`);
    } else throw new Error(`expected one of --json, --limit N, --rounds N, --peers LIST, --no-scaling, --no-check; found ${flag}`);
  }
  return args;
}

/** The `q` quantile (0..1) of `values`, nearest-rank on a sorted copy. */
function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** A forced full GC (V8's `gc`, exposed at run time so `npm run bench` needs no node flag). */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

/** One system under test: article text in, anything out. */
interface System {
  name: string;
  version: string;
  what: string;
  run(text: string): unknown;
}

function systems(peerNames: readonly string[]): System[] {
  const ours: System = {
    name: 'newsbrief',
    version: 'analyze()',
    what: 'full analysis: summary, keywords, all facts',
    run: (text) => analyze({ text }),
  };
  const peers = peerNames.map((name) => {
    const peer: Peer = (PEERS[name] as () => Peer)();
    return { name: peer.name, version: peer.version, what: `summary (${SUMMARY_SENTENCES} sentences) only`, run: (text: string) => peer.summarize(text, SUMMARY_SENTENCES) };
  });
  return [ours, ...peers];
}

interface ArticleStats {
  name: string;
  version: string;
  what: string;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  /** Peer median / our median (1 for ours). */
  ratio: number;
  kbPerSecond: number;
}

/** Times every system on every article, `rounds` times, interleaved; per-article time is the median of its rounds. */
function timeArticles(list: readonly System[], texts: readonly string[], rounds: number): ArticleStats[] {
  for (const s of list) for (const t of texts.slice(0, WARMUP_ARTICLES)) s.run(t);
  const samples = list.map(() => texts.map(() => [] as number[]));
  for (let r = 0; r < rounds; r++) {
    for (let a = 0; a < texts.length; a++) {
      const text = texts[a] as string;
      for (let k = 0; k < list.length; k++) {
        const t0 = performance.now();
        (list[k] as System).run(text);
        (samples[k] as number[][])[a]?.push(performance.now() - t0);
      }
    }
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const stats = list.map((s, k) => {
    const perArticle = (samples[k] as number[][]).map((rs) => quantile(rs, 0.5));
    const total = perArticle.reduce((a, b) => a + b, 0);
    return {
      name: s.name,
      version: s.version,
      what: s.what,
      medianMs: quantile(perArticle, 0.5),
      p95Ms: quantile(perArticle, 0.95),
      meanMs: total / perArticle.length,
      ratio: 1,
      kbPerSecond: bytes / 1024 / (total / 1000),
    };
  });
  const oursMedian = (stats[0] as ArticleStats).medianMs;
  for (const s of stats) s.ratio = s.medianMs / oursMedian;
  return stats;
}

/** Heap still held after analysing every article `rounds` times, compared with before (both after a full GC). */
function heapGrowth(texts: readonly string[], rounds: number): { beforeBytes: number; afterBytes: number; growthBytes: number } {
  const gc = collectGarbage();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let r = 0; r < rounds; r++) for (const t of texts) analyze({ text: t });
  gc();
  const after = process.memoryUsage().heapUsed;
  return { beforeBytes: before, afterBytes: after, growthBytes: after - before };
}

interface ScalingPoint {
  kb: number;
  characters: number;
  sentences: number;
  runs: number;
  medianMs: number;
  msPerKb: number;
}

/** A text of about `bytes` UTF-8 bytes: the articles from `first` on concatenated as paragraphs, cut at a space. */
function textOfSize(articles: readonly string[], bytes: number, first = 0): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = first; size < bytes + 4096; i++) {
    const a = articles[i % articles.length] as string;
    parts.push(a);
    size += Buffer.byteLength(a, 'utf8') + 2;
  }
  const all = parts.join('\n\n');
  let cut = Math.min(all.length, bytes);
  while (cut > 0 && Buffer.byteLength(all.slice(0, cut), 'utf8') > bytes) cut -= 16;
  const space = all.lastIndexOf(' ', cut);
  return all.slice(0, space > cut - 200 ? space : cut);
}

/**
 * Time per KB at each size: SCALING_OFFSETS texts per size (starting at articles spread over the set), each run
 * SCALING_WARMUP_RUNS times untimed; then rounds, each timing every text once (a small text as the mean of as many
 * runs as fill SCALING_SLICE_MS). No garbage collection is forced between timings: it made every size two to three
 * times slower per KB. The size's figure is the median over all its timings of ms per KB. Characters and sentences
 * are those of the first text.
 */
function scalingSeries(articles: readonly string[]): ScalingPoint[] {
  const sizes = SCALING_KB.map((kb) => {
    const texts = Array.from({ length: SCALING_OFFSETS }, (_, o) => textOfSize(articles, kb * 1024, Math.floor((o * articles.length) / SCALING_OFFSETS)));
    let sentences = 0;
    let slow = 0;
    for (const text of texts) {
      const t0 = performance.now();
      for (let w = 0; w < SCALING_WARMUP_RUNS; w++) {
        const found = analyze({ text }).stats.sentences;
        if (text === texts[0]) sentences = found;
      }
      slow = Math.max(slow, (performance.now() - t0) / SCALING_WARMUP_RUNS);
    }
    // Runs per timing: enough to fill the slice at the warm-up's pace.
    const repeat = Math.max(1, Math.ceil(SCALING_SLICE_MS / Math.max(slow, 1e-3)));
    return { kb, texts, kbs: texts.map((t) => Buffer.byteLength(t, 'utf8') / 1024), sentences, repeat, ms: [] as number[], perKb: [] as number[], runs: 0 };
  });
  const started = performance.now();
  for (let round = 0; round < MIN_SCALING_ROUNDS || performance.now() - started < SCALING_BUDGET_MS; round++) {
    for (const size of sizes) {
      for (const [o, text] of size.texts.entries()) {
        const t0 = performance.now();
        for (let r = 0; r < size.repeat; r++) analyze({ text });
        const t = (performance.now() - t0) / size.repeat;
        size.runs += size.repeat;
        size.ms.push(t);
        size.perKb.push(t / (size.kbs[o] as number));
      }
    }
  }
  return sizes.map((s) => ({ kb: s.kb, characters: (s.texts[0] as string).length, sentences: s.sentences, runs: s.runs, medianMs: quantile(s.ms, 0.5), msPerKb: quantile(s.perKb, 0.5) }));
}

/** The page furniture around every article (pageOf): a menu, and a head with metadata and a script. */
const PAGE_NAV = '<li><a href="/section" class="nav-link">Section</a></li>'.repeat(300);
const PAGE_HEAD = `<title>News</title>${'<meta name="keywords" content="news">'.repeat(40)}<script>${'var a = 1;'.repeat(1500)}</script>`;

/** An article as a news site serves it: page furniture around paragraphs with links (about 50 KB). */
function pageOf(article: string): string {
  const body = article.split('. ').map((p) => `<p>${p}. <a href="/more">More</a></p>`).join('');
  return `<!doctype html><html><head>${PAGE_HEAD}</head><body><header><nav><ul>${PAGE_NAV}</ul></nav></header><article>${body}</article><footer><ul>${PAGE_NAV}</ul></footer></body></html>`;
}

/** Milliseconds of each of `runs` extractions of `page`. */
function extractionTimes(page: string, runs: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    extractArticle(page);
    times.push(performance.now() - t0);
  }
  return times;
}

interface HtmlStats {
  pages: number;
  meanKb: number;
  medianMs: number;
  mbPerSecond: number;
  scaling: Array<{ kb: number; medianMs: number; msPerKb: number }>;
}

/** Extraction time per page (median of `rounds` runs each), and per KB of joined pages of 100 KB to 2 MB. */
function htmlStats(articles: readonly string[], rounds: number): HtmlStats {
  const pages = articles.map(pageOf);
  for (const page of pages.slice(0, WARMUP_ARTICLES)) extractArticle(page);
  const perPage = pages.map((page) => quantile(extractionTimes(page, rounds), 0.5));
  const meanKb = pages.reduce((n, p) => n + p.length, 0) / pages.length / 1024;
  const medianMs = quantile(perPage, 0.5);
  const joined = pages.join('');
  const scaling = [100, 300, 1024, 2048].map((kb) => {
    const page = joined.repeat(Math.ceil((kb * 1024) / joined.length)).slice(0, kb * 1024);
    // Nine runs, the first two untimed: a run of 2 MB that meets a major garbage collection takes twice as long.
    const ms = quantile(extractionTimes(page, 9).slice(2), 0.5);
    return { kb, medianMs: ms, msPerKb: ms / kb };
  });
  return { pages: pages.length, meanKb, medianMs, mbPerSecond: meanKb / 1024 / (medianMs / 1000), scaling };
}

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : '-');
/** A size in KB as the tables print it ("10 KB", "1 MB"). */
const sizeLabel = (kb: number): string => (kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`);

function printTable(rows: ReadonlyArray<ReadonlyArray<string>>): void {
  const widths = (rows[0] as readonly string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const articles = loadSet(SET, args.limit).map((r) => r.article);
  const list = systems(args.peers);
  const perArticle = timeArticles(list, articles, args.rounds);
  const heap = heapGrowth(articles, args.rounds);
  const scaling = args.scaling ? scalingSeries(articles) : [];
  const html = args.html ? htmlStats(articles, args.rounds) : null;
  const at = (kb: number): ScalingPoint | undefined => scaling.find((p) => p.kb === kb);
  const scalingRatio = scaling.length > 0 ? (at(1024)?.msPerKb ?? NaN) / (at(10)?.msPerKb ?? NaN) : null;
  const textrank = perArticle.find((s) => s.name === 'ts-textrank');
  const checks = {
    speedupVsTextrank: textrank ? textrank.ratio : null,
    speedupOk: textrank ? textrank.ratio >= MIN_SPEEDUP_VS_TEXTRANK : null,
    scalingRatio,
    scalingOk: scalingRatio === null ? null : scalingRatio <= MAX_SCALING_RATIO,
  };
  const meta = {
    set: SET,
    articles: articles.length,
    meanCharacters: Math.round(articles.reduce((n, a) => n + a.length, 0) / articles.length),
    rounds: args.rounds,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  if (args.json) {
    console.log(JSON.stringify({ meta, perArticle, heap, scaling, html, checks }, null, 2));
  } else {
    console.log(`${meta.articles} articles of ${SET} (mean ${meta.meanCharacters} characters), ${meta.rounds} rounds, node ${meta.node}`);
    console.log('');
    printTable([
      ['system', 'measures', 'median ms', 'p95 ms', 'mean ms', 'KB/s', '× ours'],
      ...perArticle.map((s) => [s.name, s.what, fmt(s.medianMs, 3), fmt(s.p95Ms, 3), fmt(s.meanMs, 3), fmt(s.kbPerSecond, 0), fmt(s.ratio, 1)]),
    ]);
    console.log('');
    console.log(`heap retained after ${meta.rounds}×${meta.articles} analyses: ${fmt(heap.growthBytes / 1024, 1)} KiB (${fmt(heap.beforeBytes / 1048576, 1)} → ${fmt(heap.afterBytes / 1048576, 1)} MiB)`);
    if (scaling.length > 0) {
      console.log('');
      printTable([
        ['size', 'characters', 'sentences', 'runs', 'median ms', 'ms per KB'],
        ...scaling.map((p) => [sizeLabel(p.kb), String(p.characters), String(p.sentences), String(p.runs), fmt(p.medianMs, 2), fmt(p.msPerKb, 3)]),
      ]);
    }
    if (html) {
      console.log('');
      console.log(`html input: ${html.pages} pages of ${fmt(html.meanKb, 1)} KB on average, extraction median ${fmt(html.medianMs, 3)} ms per page (${fmt(html.mbPerSecond, 0)} MB/s)`);
      printTable([['page size', 'median ms', 'ms per KB'], ...html.scaling.map((p) => [sizeLabel(p.kb), fmt(p.medianMs, 2), fmt(p.msPerKb, 4)])]);
    }
    console.log('');
    if (checks.speedupVsTextrank !== null) {
      console.log(`check: ts-textrank median / ours = ${fmt(checks.speedupVsTextrank, 1)}× (need ≥ ${MIN_SPEEDUP_VS_TEXTRANK}×): ${checks.speedupOk ? 'ok' : 'FAIL'}`);
    }
    if (checks.scalingRatio !== null) {
      console.log(`check: ms/KB at 1 MB ÷ ms/KB at 10 KB = ${fmt(checks.scalingRatio, 2)} (need ≤ ${MAX_SCALING_RATIO}): ${checks.scalingOk ? 'ok' : 'FAIL'}`);
    }
  }
  if (args.check && (checks.speedupOk === false || checks.scalingOk === false)) process.exitCode = 1;
}

main();
