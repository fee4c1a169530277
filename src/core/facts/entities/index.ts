import { AGENCY_ROWS, AMBIGUOUS_AGENCIES, SOURCE_CUES } from '../../lexicon/agencies.ts';
import { INSTITUTION_WORDS, NOT_NAME_WORDS } from '../../lexicon/titles.ts';
import type { Doc, Evidence, Facts } from '../../types.ts';
import { byString, compileCues, evidenceOf, hasCue, uniqueEvidence } from './cues.ts';
import type { Scan, Word } from './mentions.ts';

export { extractPeople } from './people.ts';

const INSTITUTIONS = new Set(INSTITUTION_WORDS);
const OPENERS = new Set(NOT_NAME_WORDS.filter((w) => !INSTITUTIONS.has(w)));
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de']);
const AMBIGUOUS = new Set(AMBIGUOUS_AGENCIES);
const CUE = compileCues(SOURCE_CUES);
const CUE_WINDOW = 40;

interface AgencyName {
  canonical: string;
  alias: string;
}

const AGENCY_NAMES: AgencyName[] = AGENCY_ROWS.flatMap((row) => {
  const [canonical = '', rest = ''] = row.split(';').map((p) => p.trim());
  return [canonical, ...rest.split(',').map((a) => a.trim())].filter((a) => a !== '').map((alias) => ({ canonical, alias }));
});
const AGENCY_BY_ALIAS = new Map(AGENCY_NAMES.map((a) => [a.alias, a.canonical]));
const AGENCY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...AGENCY_BY_ALIAS.keys()].sort((a, b) => b.length - a.length || byString(a, b)).map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** News agencies and outlets cited in the text; names that are also words ("Trend") need a citing cue nearby. */
export function extractSources(doc: Doc): Facts['sources'] {
  const found = new Map<string, Evidence[]>();
  AGENCY_RE.lastIndex = 0;
  for (const m of doc.text.matchAll(AGENCY_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const canonical = AGENCY_BY_ALIAS.get(m[0]) as string;
    if (AMBIGUOUS.has(canonical) && !hasCue(CUE, doc.text.slice(Math.max(0, start - CUE_WINDOW), end + CUE_WINDOW))) continue;
    const list = found.get(canonical) ?? [];
    list.push(evidenceOf(doc.text, start, end));
    found.set(canonical, list);
  }
  return [...found.entries()]
    .sort((a, b) => (a[1][0] as Evidence).start - (b[1][0] as Evidence).start || byString(a[0], b[0]))
    .map(([name, evidence]) => ({ name, evidence }));
}

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Capitalised runs holding an institution word ("Armenian Foreign Ministry", "Thames Valley Police"). */
function institutionRuns(doc: Doc, words: Word[]): Evidence[] {
  const runs: Evidence[] = [];
  let i = 0;
  while (i < words.length) {
    if (!capitalised((words[i] as Word).text) || OPENERS.has((words[i] as Word).text)) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasInstitution = INSTITUTIONS.has((words[i] as Word).text);
    while (j < words.length && (words[j] as Word).start - (words[j - 1] as Word).end === 1) {
      const w = (words[j] as Word).text;
      if (capitalised(w)) hasInstitution ||= INSTITUTIONS.has(w.replace(/(?:'s|’s)$/, ''));
      else if (!(CONNECTORS.has(w) && words[j + 1] && capitalised((words[j + 1] as Word).text))) break;
      j++;
    }
    if (hasInstitution) {
      const text = doc.text.slice((words[i] as Word).start, (words[j - 1] as Word).end).replace(/(?:'s|’s)$/, '');
      runs.push(evidenceOf(doc.text, (words[i] as Word).start, (words[i] as Word).start + text.length));
    }
    i = j;
  }
  return runs;
}

/** Organisations: institutions named in capitals, plus armed groups and international bodies from the lexicon. */
export function extractOrganizations(doc: Doc, scan: Scan): Facts['organizations'] {
  const found = new Map<string, Evidence[]>();
  const add = (name: string, e: Evidence): void => {
    const list = found.get(name) ?? [];
    list.push(e);
    found.set(name, list);
  };
  scan.words.forEach((words, i) => {
    for (const e of institutionRuns(doc, words)) add(e.text, e);
    for (const a of scan.actors[i] ?? []) {
      if (a.entry.kind === 'group' || a.entry.kind === 'organization') add(a.entry.name, evidenceOf(doc.text, a.start, a.end));
    }
  });
  return [...found.entries()]
    .map(([name, ev]) => ({ name, evidence: uniqueEvidence(ev) }))
    .sort((a, b) => (a.evidence[0] as Evidence).start - (b.evidence[0] as Evidence).start || byString(a.name, b.name));
}

/** Places named in the text: countries by name, regions, cities and capitals, with the country they lie in. */
export function extractLocations(doc: Doc, scan: Scan): Facts['locations'] {
  const found = new Map<string, { type: Facts['locations'][number]['type']; country: string | null; evidence: Evidence[] }>();
  for (const actors of scan.actors) {
    for (const a of actors) {
      const { entry } = a;
      const written = a.text.replace(/(?:'s|’s|'|’)$/, '');
      const name = entry.metonym ? written : entry.name;
      if (entry.kind === 'group' || entry.kind === 'organization') continue;
      if (entry.kind === 'country' && !entry.metonym && written.toLowerCase() !== entry.name.toLowerCase() && !/^(?:the )?(?:US|U\.S\.|UK|U\.K\.|USA|UAE|DRC|Britain|America|Burma|Holland)$/.test(written)) continue;
      const type = entry.kind === 'country' ? 'country' : entry.kind === 'region' ? 'region' : 'city';
      const item = found.get(name) ?? { type, country: entry.country, evidence: [] };
      item.evidence.push(evidenceOf(doc.text, a.start, a.start + written.length));
      found.set(name, item);
    }
  }
  return [...found.entries()]
    .map(([name, v]) => ({ name, type: v.type, country: v.country, evidence: uniqueEvidence(v.evidence) }))
    .sort((a, b) => (a.evidence[0] as Evidence).start - (b.evidence[0] as Evidence).start || byString(a.name, b.name));
}
