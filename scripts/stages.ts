/**
 * `npm run bench:stages` — where the time of `analyze()` goes: microseconds per CNN/DailyMail article for each stage
 * (building the Doc, the summary, keywords, and each fact extractor), in the order analyze() runs them, over the 250
 * articles of ../shared/eval/summ/cnndm_test_frank.jsonl (read at run time). A tool for speed work, not a check: the
 * stages are timed one after another in one process, so compare two builds by alternating them, not by two runs.
 * Flags: --rounds N (default 10).
 */
import { buildDoc } from '../src/core/doc.ts';
import { historicalFlags } from '../src/core/facts/ceasefire/historical.ts';
import { extractCasualties } from '../src/core/facts/casualties/index.ts';
import { extractCeasefire } from '../src/core/facts/ceasefire/index.ts';
import { extractDates } from '../src/core/facts/dates/index.ts';
import { extractLocations, extractOrganizations, extractPeople, extractSources } from '../src/core/facts/entities/index.ts';
import { scanDoc } from '../src/core/facts/entities/mentions.ts';
import { findMediatorCandidates } from '../src/core/facts/mediators/index.ts';
import { extractParties } from '../src/core/facts/parties/index.ts';
import { extractQuotes } from '../src/core/facts/quotes/index.ts';
import { resolveOptions } from '../src/core/options.ts';
import { summarize } from '../src/core/summary/index.ts';
import { extractKeywords } from '../src/core/summary/keywords.ts';
import { loadSet } from './lib/jsonl.ts';

const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 10;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`expected --rounds to be a positive integer, found ${process.argv[roundsAt + 1]}`);

const texts = (loadSet('cnndm_test_frank.jsonl') as Array<{ article?: string; text?: string }>).map((r) => r.article ?? r.text ?? '');
const options = resolveOptions(undefined);
const total: Record<string, number> = {};

/** Runs every stage on one text; with `record`, adds each stage's time to `total`. */
function run(text: string, record: boolean): void {
  let t0 = performance.now();
  const lap = (stage: string): void => {
    const t1 = performance.now();
    if (record) total[stage] = (total[stage] ?? 0) + t1 - t0;
    t0 = t1;
  };
  const doc = buildDoc({ text });
  lap('buildDoc');
  const summary = summarize(doc, options);
  lap('summarize');
  extractKeywords(summary.candidates, null, options.keywords);
  lap('keywords');
  const scan = scanDoc(doc);
  lap('scanDoc');
  const historical = historicalFlags(doc);
  lap('historical');
  const people = extractPeople(doc, scan);
  lap('people');
  const candidates = findMediatorCandidates(doc, scan, historical, people);
  lap('mediators');
  const parties = extractParties(doc, scan, new Set(), historical);
  lap('parties');
  extractCasualties(doc);
  lap('casualties');
  extractCeasefire(doc, scan, historical, candidates, parties.map((p) => p.name));
  lap('ceasefire');
  extractOrganizations(doc, scan);
  lap('organizations');
  extractLocations(doc, scan);
  lap('locations');
  extractDates(doc);
  lap('dates');
  extractQuotes(doc, people);
  lap('quotes');
  extractSources(doc);
  lap('sources');
}

for (let r = 0; r < 3; r++) for (const t of texts) run(t, false);
for (let r = 0; r < ROUNDS; r++) for (const t of texts) run(t, true);
const all = Object.values(total).reduce((a, b) => a + b, 0);
console.log('stage          µs/article   share');
for (const [stage, ms] of Object.entries(total)) {
  console.log(`${stage.padEnd(14)} ${((ms / (ROUNDS * texts.length)) * 1000).toFixed(1).padStart(10)}   ${((100 * ms) / all).toFixed(1).padStart(5)}%`);
}
console.log(`${'total'.padEnd(14)} ${((all / (ROUNDS * texts.length)) * 1000).toFixed(1).padStart(10)}`);
