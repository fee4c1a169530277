/**
 * Scores parties, mediators and ceasefire status against the hand annotation in scripts/gold/conflict-roles.json,
 * on the articles of ../shared/eval/conflict/articles.jsonl (read at run time; no article text is stored here).
 * Usage: node scripts/lib/eval-roles.ts [--json] [--errors]. Timing is after one warm-up pass over every article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDoc } from '../../src/core/doc.ts';
import { extractFacts } from '../../src/core/facts/index.ts';

interface GoldArticle {
  id: string;
  split: 'dev' | 'test';
  parties: string[];
  mediators: Array<{ name: string; role: string }>;
  ceasefire: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of one split and one field. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** One row of the report: a split with its scores. */
export interface RolesRow {
  split: string;
  articles: number;
  parties: Score;
  mediators: Score;
  ceasefireAccuracy: number;
  ceasefireCorrect: number;
  msPerArticle: number;
}

/** A disagreement between the extractor and the gold, for reading errors on the dev split. */
export interface RolesError {
  id: string;
  split: string;
  field: string;
  expected: string;
  found: string;
}

function score(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { precision: r(precision), recall: r(recall), f1: r(f1), ...c };
}

function compareSets(gold: readonly string[], found: readonly string[], counts: Counts): void {
  const g = new Set(gold);
  const f = new Set(found);
  for (const x of f) if (g.has(x)) counts.tp++;
  else counts.fp++;
  for (const x of g) if (!f.has(x)) counts.fn++;
}

/** Runs the extractor on every annotated article and scores it per split (dev, test, all). */
export async function evalRoles(root: string): Promise<{ rows: RolesRow[]; errors: RolesError[] }> {
  const gold = JSON.parse(readFileSync(join(root, 'scripts/gold/conflict-roles.json'), 'utf8')) as { articles: GoldArticle[] };
  const lines = readFileSync(join(root, '../shared/eval/conflict/articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const byId = new Map<string, { text: string; title?: string; date_if_known?: string | null }>();
  for (const line of lines) {
    const a = JSON.parse(line) as { id: string; text: string; title?: string; date_if_known?: string | null };
    byId.set(a.id, a);
  }
  const errors: RolesError[] = [];
  const rows: RolesRow[] = [];
  for (const a of byId.values()) extractFacts(buildDoc({ text: a.text }));
  for (const split of ['dev', 'test', 'all']) {
    const parties: Counts = { tp: 0, fp: 0, fn: 0 };
    const mediators: Counts = { tp: 0, fp: 0, fn: 0 };
    let correct = 0;
    let n = 0;
    let ms = 0;
    for (const g of gold.articles) {
      if (split !== 'all' && g.split !== split) continue;
      const article = byId.get(g.id);
      if (!article) throw new Error(`expected article ${g.id} in articles.jsonl, found none`);
      const iso = article.date_if_known && /^\d{4}-\d{2}-\d{2}$/.test(article.date_if_known) ? article.date_if_known : null;
      const t0 = performance.now();
      const facts = extractFacts(buildDoc({ text: article.text, title: article.title ?? null, publishedAt: iso }));
      ms += performance.now() - t0;
      n++;
      const foundParties = facts.parties.map((p) => p.name);
      compareSets(g.parties, foundParties, parties);
      const goldMed = g.mediators.map((m) => `${m.name}/${m.role}`);
      const foundMed = facts.mediators.map((m) => `${m.name}/${m.role}`);
      compareSets(goldMed, foundMed, mediators);
      if (facts.ceasefire.status === g.ceasefire) correct++;
      if (split === 'all') {
        const push = (field: string, e: string[], f: string[]): void => {
          if ([...e].sort().join(', ') !== [...f].sort().join(', ')) errors.push({ id: g.id, split: g.split, field, expected: [...e].sort().join(', '), found: [...f].sort().join(', ') });
        };
        push('parties', g.parties, foundParties);
        push('mediators', goldMed, foundMed);
        push('ceasefire', [g.ceasefire], [facts.ceasefire.status]);
      }
    }
    rows.push({
      split,
      articles: n,
      parties: score(parties),
      mediators: score(mediators),
      ceasefireAccuracy: n === 0 ? 0 : Math.round((correct / n) * 1000) / 1000,
      ceasefireCorrect: correct,
      msPerArticle: n === 0 ? 0 : Math.round((ms / n) * 1000) / 1000,
    });
  }
  return { rows, errors };
}

/** Prints the roles evaluation as a table. */
export function printRolesTable(rows: RolesRow[]): void {
  console.log('split  n   parties P/R/F1         mediators P/R/F1 (name+role)  ceasefire acc   facts ms/article');
  for (const r of rows) {
    const p = r.parties;
    const m = r.mediators;
    console.log(
      `${r.split.padEnd(6)} ${String(r.articles).padEnd(3)} ${p.precision.toFixed(2)}/${p.recall.toFixed(2)}/${p.f1.toFixed(2)}     ` +
        `${m.precision.toFixed(2)}/${m.recall.toFixed(2)}/${m.f1.toFixed(2)} (tp ${m.tp} fp ${m.fp} fn ${m.fn})        ` +
        `${r.ceasefireAccuracy.toFixed(2)} (${r.ceasefireCorrect}/${r.articles})    ${r.msPerArticle.toFixed(3)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..', '..');
  const { rows, errors } = await evalRoles(root);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, errors }, null, 2));
  else {
    printRolesTable(rows);
    if (process.argv.includes('--errors')) for (const e of errors.filter((x) => x.split === 'dev')) console.log(`${e.split} ${e.field.padEnd(9)} ${e.id.slice(0, 50).padEnd(50)} gold [${e.expected}] found [${e.found}]`);
  }
}
