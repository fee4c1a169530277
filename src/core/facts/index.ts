// SCAFFOLD written by the lead so the Worker runs end to end: the facts helper owns this file and replaces it whole.
import type { Doc, Facts } from '../types.ts';

/** All facts of a document. */
export function extractFacts(_doc: Doc): Facts {
  const none = { killed: null, wounded: null, missing: null, captured: null, displaced: null };
  return {
    casualties: { total: none, byParty: [], events: [], historical: [] },
    parties: [],
    mediators: [],
    ceasefire: { status: 'none', brokeredBy: [], acceptedBy: [], violationsAlleged: false, evidence: [] },
    people: [],
    organizations: [],
    locations: [],
    dates: [],
    quotes: [],
    sources: [],
  };
}
