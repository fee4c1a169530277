/**
 * `npm run eval:facts`: casualty counts on the GVA set (exact match of total.killed and total.wounded, next to a plain
 * regular-expression baseline, plus the seed's figures) and conflict roles on our own gold annotation of
 * `../shared/eval/conflict/articles.jsonl` (parties F1, mediators P/R/F1 by name and role, ceasefire accuracy).
 * Flags: --json (one JSON object for machines).
 */
import { join } from 'node:path';
import { evalCasualties, printCasualtiesTable } from './lib/eval-casualties.ts';
import { evalRoles, printRolesTable } from './lib/eval-roles.ts';

const root = join(import.meta.dirname, '..');
const casualties = await evalCasualties(root);
const roles = await evalRoles(root);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ casualties: casualties.json, roles: roles.rows }, null, 2));
} else {
  console.log('== casualties (../shared/eval/events/gva_articles.jsonl)');
  printCasualtiesTable(casualties);
  console.log('\n== conflict roles (scripts/gold/conflict-roles.json on ../shared/eval/conflict/articles.jsonl)');
  printRolesTable(roles.rows);
}
