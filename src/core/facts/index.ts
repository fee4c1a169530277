import type { Doc, Facts } from '../types.ts';
import { extractCasualties } from './casualties/index.ts';
import { extractCeasefire, otherWarOnly } from './ceasefire/index.ts';
import { historicalFlags } from './ceasefire/historical.ts';
import { extractDates } from './dates/index.ts';
import { extractLocations, extractOrganizations, extractPeople, extractSources } from './entities/index.ts';
import { scanDoc } from './entities/mentions.ts';
import { assembleMediators, CONFLICT_STORY, findMediatorCandidates } from './mediators/index.ts';
import { extractParties } from './parties/index.ts';
import { extractQuotes } from './quotes/index.ts';

/** Roles only third parties play: an actor with one of these is kept out of the parties unless it clearly fights. */
const THIRD_PARTY_ROLES = new Set(['brokered', 'mediating', 'offered']);

/**
 * Every fact of an article, computed from one scan of the document: casualties, the sides, mediators and their
 * roles, the ceasefire's current state, people, organisations, places, dates, quotes and cited sources.
 */
export function extractFacts(doc: Doc): Facts {
  const scan = scanDoc(doc);
  const historical = historicalFlags(doc);
  // People first: a person who offers to mediate stands for their country (findMediatorCandidates).
  const people = extractPeople(doc, scan);
  const candidates = findMediatorCandidates(doc, scan, historical, people);
  const thirdParties = new Set(candidates.filter((c) => THIRD_PARTY_ROLES.has(c.role)).map((c) => c.name));
  const parties = extractParties(doc, scan, thirdParties, historical);
  const partyNames = parties.map((p) => p.name);
  const ceasefire = extractCeasefire(doc, scan, historical, candidates, partyNames);
  // A story with mediators is about an armed conflict: it has sides, a ceasefire or words of war (CONFLICT_STORY), and
  // its war is not only one of trade or prices (otherWarOnly).
  const inConflict = candidates.length > 0 && (partyNames.length > 0 || ((ceasefire.status !== 'none' || CONFLICT_STORY.test(doc.text)) && !otherWarOnly(doc)));
  return {
    casualties: extractCasualties(doc),
    parties,
    mediators: inConflict ? assembleMediators(candidates, new Set(partyNames)) : [],
    ceasefire,
    people,
    organizations: extractOrganizations(doc, scan),
    locations: extractLocations(doc, scan),
    dates: extractDates(doc),
    quotes: extractQuotes(doc, people),
    sources: extractSources(doc),
  };
}
