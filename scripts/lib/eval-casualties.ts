import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDoc } from '../../src/core/doc.ts';
import { extractCasualties } from '../../src/core/facts/casualties/index.ts';
import { numberWordValue } from '../../src/core/facts/casualties/numbers.ts';
import { parseIsoDate } from '../../src/core/text/dates.ts';
import type { Casualties } from '../../src/core/types.ts';

/** One line of the evaluation table. */
export interface EvalRow {
  system: string;
  subset: string;
  /** Articles scored for killed (for the subset: those whose killed count appears in the text). */
  articles: number;
  /** Articles scored for wounded (for the subset: those whose wounded count appears in the text). */
  woundedArticles: number;
  killedExact: number;
  woundedExact: number;
  /** Articles matched exactly (the numerators of the two rates, which are rounded to 3 decimals). */
  killedHits: number;
  woundedHits: number;
}

interface Article {
  /** 'A' or 'B': halves by incident id (even or odd), so articles about one incident stay in one half. */
  half: 'A' | 'B';
  text: string;
  title: string | null;
  dct: string | null;
  killed: number;
  wounded: number;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

function loadArticles(path: string): Article[] {
  const seen = new Set<string>();
  const out: Article[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as {
      incident_id?: string | number;
      gold: { num_killed: number | string; num_injured: number | string };
      article: { title?: string | null; dct?: string | null; text?: string | null };
    };
    const text = row.article.text ?? '';
    if (text.length < 200 || seen.has(text)) continue;
    seen.add(text);
    out.push({
      half: Number(row.incident_id ?? 0) % 2 === 0 ? 'A' : 'B',
      text,
      title: row.article.title ?? null,
      dct: parseIsoDate(row.article.dct ?? null),
      killed: Number(row.gold.num_killed),
      wounded: Number(row.gold.num_injured),
    });
  }
  return out;
}

/** True when the number appears in the text as digits or as a word ("3", "three"). */
function appearsIn(text: string, n: number): boolean {
  if (new RegExp(`(?<![\\d,.])${n}(?![\\d,])`).test(text)) return true;
  const word = WORDS[n];
  return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

const BASE_NUMBER = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)';
const BASE_KILLED = new RegExp(`\\b${BASE_NUMBER} (?:\\w+ ){0,2}?(?:(?:was|were) )?(?:killed|dead|died|shot dead|slain)\\b`, 'gi');
const BASE_WOUNDED = new RegExp(`\\b${BASE_NUMBER} (?:\\w+ ){0,2}?(?:(?:was|were) )?(?:wounded|injured|hurt)\\b`, 'gi');

function baseValue(word: string): number {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  return /^\d+$/.test(w) ? Number(w) : (numberWordValue(w) ?? 0);
}

/** The plain regular-expression baseline: the largest "<number> ... killed/wounded" figure in the text (title included by the caller). */
export function regexBaseline(text: string): { killed: number; wounded: number } {
  let killed = 0;
  let wounded = 0;
  for (const m of text.matchAll(BASE_KILLED)) killed = Math.max(killed, baseValue(m[1] as string));
  for (const m of text.matchAll(BASE_WOUNDED)) wounded = Math.max(wounded, baseValue(m[1] as string));
  return { killed, wounded };
}

interface Score {
  n: number;
  killed: number;
  wounded: number;
}

function rate(hits: number, n: number): number {
  return n === 0 ? 0 : Math.round((hits / n) * 1000) / 1000;
}

/**
 * Scores casualty extraction on the GVA articles (de-duplicated texts of at least 200 characters): exact match of
 * total.killed and total.wounded (null counts as 0) overall and on the subset whose gold number appears in the text
 * (whole, and in two halves by incident id, even and odd, to show a rule helps both), next to a regular-expression
 * baseline; plus the seed article's figures and the time per article.
 */
export async function evalCasualties(root: string): Promise<{ rows: EvalRow[]; json: object }> {
  const articles = loadArticles(join(root, '..', 'shared', 'eval', 'events', 'gva_articles.jsonl'));
  const blank = () => ({ n: 0, killed: 0, wounded: 0 });
  const cells = () => ({ all: blank(), inTextK: blank(), inTextW: blank(), A: { all: blank(), inTextK: blank(), inTextW: blank() }, B: { all: blank(), inTextK: blank(), inTextW: blank() } });
  const ours = cells();
  const base = cells();
  let ms = 0;
  for (const a of articles) {
    const doc = buildDoc({ text: a.text, title: a.title, publishedAt: a.dct });
    const t0 = performance.now();
    const c = extractCasualties(doc);
    ms += performance.now() - t0;
    const b = regexBaseline(a.title ? `${a.title}\n${a.text}` : a.text);
    const kIn = appearsIn(a.text, a.killed);
    const wIn = appearsIn(a.text, a.wounded);
    for (const [whole, k, w] of [[ours, c.total.killed ?? 0, c.total.wounded ?? 0], [base, b.killed, b.wounded]] as const) {
      for (const score of [whole, whole[a.half]]) {
        score.all.n++;
        if (k === a.killed) score.all.killed++;
        if (w === a.wounded) score.all.wounded++;
        if (kIn) {
          score.inTextK.n++;
          if (k === a.killed) score.inTextK.killed++;
        }
        if (wIn) {
          score.inTextW.n++;
          if (w === a.wounded) score.inTextW.wounded++;
        }
      }
    }
  }
  const rows: EvalRow[] = [];
  for (const [system, s] of [['newsbrief', ours], ['regex baseline', base]] as const) {
    rows.push({ system, subset: 'all', articles: s.all.n, woundedArticles: s.all.n, killedExact: rate(s.all.killed, s.all.n), woundedExact: rate(s.all.wounded, s.all.n), killedHits: s.all.killed, woundedHits: s.all.wounded });
    rows.push({ system, subset: 'gold number in text', articles: s.inTextK.n, woundedArticles: s.inTextW.n, killedExact: rate(s.inTextK.killed, s.inTextK.n), woundedExact: rate(s.inTextW.wounded, s.inTextW.n), killedHits: s.inTextK.killed, woundedHits: s.inTextW.wounded });
    for (const half of ['A', 'B'] as const) {
      const h = s[half];
      rows.push({ system, subset: `in text, half ${half}`, articles: h.inTextK.n, woundedArticles: h.inTextW.n, killedExact: rate(h.inTextK.killed, h.inTextK.n), woundedExact: rate(h.inTextW.wounded, h.inTextW.n), killedHits: h.inTextK.killed, woundedHits: h.inTextW.wounded });
    }
  }
  const seed = seedFigures(root);
  return {
    rows,
    json: {
      dataset: 'gva_articles.jsonl',
      articles: articles.length,
      subsetSizes: { killedInText: ours.inTextK.n, woundedInText: ours.inTextW.n },
      rows,
      msPerArticle: Math.round((ms / Math.max(1, articles.length)) * 1000) / 1000,
      seed,
    },
  };
}

function seedFigures(root: string): { total: Casualties['total']; byParty: Casualties['byParty']; historical: number } {
  const text = readFileSync(join(root, 'test', 'fixtures', 'seed.txt'), 'utf8');
  const c = extractCasualties(buildDoc({ text }));
  return { total: c.total, byParty: c.byParty, historical: c.historical.length };
}

/** Prints the casualty evaluation as a table. */
export function printCasualtiesTable(result: { rows: EvalRow[]; json: object }): void {
  const j = result.json as { msPerArticle: number; seed: ReturnType<typeof seedFigures>; subsetSizes: object };
  console.log('system          subset                 n killed  killed EM  (hits)  n wounded  wounded EM  (hits)');
  for (const r of result.rows) {
    console.log(`${r.system.padEnd(15)} ${r.subset.padEnd(22)} ${String(r.articles).padStart(8)}  ${r.killedExact.toFixed(3).padStart(9)}  ${String(r.killedHits).padStart(6)}  ${String(r.woundedArticles).padStart(9)}  ${r.woundedExact.toFixed(3).padStart(10)}  ${String(r.woundedHits).padStart(6)}`);
  }
  console.log(`subset sizes (killed / wounded number in text): ${JSON.stringify(j.subsetSizes)}; halves A/B: even/odd GVA incident ids`);
  console.log(`casualties: ${j.msPerArticle} ms/article`);
  console.log(`seed: total ${JSON.stringify(j.seed.total)}`);
  console.log(`seed: byParty ${JSON.stringify(j.seed.byParty)}; historical events ${j.seed.historical}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..', '..');
  const result = await evalCasualties(root);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result.json, null, 2));
  else printCasualtiesTable(result);
}
