import { DEAL_WORDS, MEDIATOR_CUES, PEACE_OBJECTS, ROLE_RANK } from '../../lexicon/roles.ts';
import { CUE, sentenceCues, trustedBits } from '../../text/cuescan.ts';
import type { Doc, Evidence, MediatorRole } from '../../types.ts';
import { byString, compileCues, evidenceOf, findCues, hasCue, uniqueEvidence } from '../entities/cues.ts';
import type { ActorMention, Scan } from '../entities/mentions.ts';
import type { HistoricalFlags } from '../ceasefire/historical.ts';

/** One role cue tied to an actor, before merging per name and removing parties. */
export interface MediatorCandidate {
  name: string;
  role: MediatorRole;
  sentence: number;
  evidence: Evidence;
}

const ROLE_MATCHERS = MEDIATOR_CUES.map(({ role, cues }) => ({ role, matcher: compileCues(cues) }));
/** The cues of every role in one matcher: most sentences hold none, and then one scan replaces one per role. */
const ANY_ROLE = compileCues(MEDIATOR_CUES.flatMap(({ cues }) => cues));
const PEACE = compileCues(PEACE_OBJECTS);
const DEAL = compileCues(DEAL_WORDS);
const BY_RE = /^\s+by\s+(?:the\s+)?$/i;
const HOST_RE = /\btalks\b/i;
const TALKS = compileCues(['talks']);
const OBJECT_WINDOW = 90;
/** Cue families (text/cuescan.ts) a sentence needs before a role cue, or HOST_RE, can match it. */
const ROLE_BITS = trustedBits(CUE.role, ROLE_MATCHERS.flatMap(({ matcher }) => [matcher.source, matcher.flags]), 333180311);
const TALKS_BITS = trustedBits(CUE.talks, [HOST_RE.source, HOST_RE.flags], 2081314637);

/** Mediators are outside actors: countries (or capitals standing for them) and international organisations. */
function canMediate(actor: ActorMention): boolean {
  const kind = actor.entry.kind;
  return kind === 'country' || kind === 'organization' || actor.entry.metonym;
}

function actorName(actor: ActorMention): string {
  return actor.entry.metonym ? (actor.entry.country as string) : actor.entry.name;
}

/** True when the cue is about peace: a deal word near a "brokered" cue, a peace object after "urged"/"offered". */
function aboutPeace(role: MediatorRole, text: string, cueStart: number, cueEnd: number): boolean {
  if (role === 'mediating') return true;
  const after = text.slice(cueEnd, cueEnd + OBJECT_WINDOW);
  if (role === 'brokered') return hasCue(DEAL, text.slice(Math.max(0, cueStart - 40), cueEnd + 60));
  return hasCue(PEACE, after) || (role === 'offered' && hasCue(PEACE, text.slice(cueStart, cueEnd)));
}

/** The gap between two coordinated actors: "Qatar and Egypt", "Egypt, Qatar and the United States". */
const AND_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i;

/**
 * The actors a cue belongs to: "brokered by X" (and those joined to X: "by Egypt and Qatar"), else the nearest
 * mediating actor before the cue and those joined to it ("Qatar and Egypt brokered").
 */
function agentsOf(text: string, actors: ActorMention[], cueStart: number, cueEnd: number): ActorMention[] {
  const endsWithBy = /\bby$/i.test(text.slice(cueStart, cueEnd));
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k] as ActorMention;
    const gap = text.slice(cueEnd, a.start);
    if (a.start >= cueEnd && a.start - cueEnd <= 12 && (BY_RE.test(gap) || (endsWithBy && /^\s+(?:the\s+)?$/i.test(gap)))) {
      return canMediate(a) ? coordinated(text, actors, k, 1) : [];
    }
  }
  if (endsWithBy) return [];
  let best = -1;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k] as ActorMention;
    if (a.end <= cueStart && a.suffix === null) best = k;
  }
  return best >= 0 && canMediate(actors[best] as ActorMention) ? coordinated(text, actors, best, -1).reverse() : [];
}

/** Actor `k` and the mediating actors joined to it by commas or "and", walking forward (`step` 1) or back (-1). */
function coordinated(text: string, actors: ActorMention[], k: number, step: 1 | -1): ActorMention[] {
  const out = [actors[k] as ActorMention];
  for (let j = k + step; j >= 0 && j < actors.length; j += step) {
    const near = out[out.length - 1] as ActorMention;
    const next = actors[j] as ActorMention;
    const gap = step === 1 ? text.slice(near.end, next.start) : text.slice(next.end, near.start);
    if (next.suffix !== null || !canMediate(next) || !AND_GAP.test(gap)) break;
    out.push(next);
  }
  return out;
}

function candidate(doc: Doc, actor: ActorMention, role: MediatorRole, start: number, end: number): MediatorCandidate {
  const s = Math.min(start, actor.start);
  const e = Math.max(end, actor.end);
  return { name: actorName(actor), role, sentence: actor.sentence, evidence: evidenceOf(doc.text, s, e) };
}

/** Compounds such as "Russian-brokered" or "Qatari-mediated". */
function compoundCandidates(doc: Doc, actors: ActorMention[]): MediatorCandidate[] {
  const found: MediatorCandidate[] = [];
  for (const a of actors) {
    if (a.suffix === null || !canMediate(a)) continue;
    for (const { role, matcher } of ROLE_MATCHERS) {
      if (role === 'urged' || !hasCue(matcher, a.suffix)) continue;
      found.push(candidate(doc, a, role, a.start, a.end + 1 + a.suffix.length));
      break;
    }
  }
  return found;
}

/** The country an actor mention stands for: a country, or the country of its capital, city or demonym. */
function countryOf(a: ActorMention): string | null {
  return a.entry.kind === 'country' ? a.entry.name : a.entry.country;
}

/** "talks ... in Doha" / "talks in Qatar": the host country of talks between others mediates. */
function hostCandidates(doc: Doc, sentenceIndex: number, actors: ActorMention[], cues: number): MediatorCandidate[] {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence || (TALKS_BITS !== 0 && (cues & TALKS_BITS) === 0) || !HOST_RE.test(sentence.text)) return [];
  const found: MediatorCandidate[] = [];
  for (const m of findCues(TALKS, sentence.text, sentence.start)) {
    for (const a of actors) {
      if (a.start <= m.end || a.start - m.end > 60 || !(a.entry.kind === 'country' || a.entry.metonym)) continue;
      if (!/\bin\s+(?:the\s+\w+\s+of\s+)?$/i.test(doc.text.slice(Math.max(m.end, a.start - 24), a.start))) continue;
      // "talks with British ministers in London": the host is one side of the talks, not a go-between.
      const country = countryOf(a);
      if (actors.some((b) => b !== a && b.start > m.end && b.end <= a.start && countryOf(b) === country && /\bwith\b/i.test(doc.text.slice(m.end, b.start)))) continue;
      found.push(candidate(doc, a, 'mediating', m.start, m.end));
    }
  }
  return found;
}

/** True when a cue lies inside a longer cue of another role ("mediate" in "offered to mediate"). */
function insideLongerCue(cues: ReadonlyArray<{ span: { start: number; end: number } }>, cue: { start: number; end: number }): boolean {
  return cues.some(({ span }) => span.start <= cue.start && cue.end <= span.end && span.end - span.start > cue.end - cue.start);
}

/** Every mediator cue of the current (non-historical) sentences tied to its actor. */
export function findMediatorCandidates(doc: Doc, scan: Scan, historical: HistoricalFlags): MediatorCandidate[] {
  const found: MediatorCandidate[] = [];
  const bits = sentenceCues(doc);
  doc.sentences.forEach((sentence, i) => {
    const actors = scan.actors[i] ?? [];
    // Actors first: the historical flag is worked out when asked for, and most sentences have none.
    if (actors.length === 0 || historical.at(i)) return;
    found.push(...compoundCandidates(doc, actors), ...hostCandidates(doc, i, actors, bits[i] as number));
    if ((ROLE_BITS !== 0 && ((bits[i] as number) & ROLE_BITS) === 0) || !hasCue(ANY_ROLE, sentence.text)) return;
    const cues = ROLE_MATCHERS.flatMap(({ role, matcher }) => findCues(matcher, sentence.text, sentence.start).map((span) => ({ role, span })));
    for (const { role, span: cue } of cues) {
      {
        if (insideLongerCue(cues, cue) || !aboutPeace(role, doc.text, cue.start, cue.end)) continue;
        for (const agent of agentsOf(doc.text, actors, cue.start, cue.end)) found.push(candidate(doc, agent, role, cue.start, cue.end));
      }
    }
  });
  return found;
}

/** One entry per third party (never a party), with its strongest role and all its evidence, sorted by first mention. */
export function assembleMediators(candidates: readonly MediatorCandidate[], parties: ReadonlySet<string>): Array<{ name: string; role: MediatorRole; evidence: Evidence[] }> {
  const byName = new Map<string, { role: MediatorRole; evidence: Evidence[]; first: number }>();
  for (const c of candidates) {
    if (parties.has(c.name)) continue;
    const entry = byName.get(c.name);
    if (!entry) {
      byName.set(c.name, { role: c.role, evidence: [c.evidence], first: c.evidence.start });
      continue;
    }
    if (ROLE_RANK.indexOf(c.role) < ROLE_RANK.indexOf(entry.role)) entry.role = c.role;
    entry.evidence.push(c.evidence);
    entry.first = Math.min(entry.first, c.evidence.start);
  }
  return [...byName.entries()]
    .sort((a, b) => a[1].first - b[1].first || byString(a[0], b[0]))
    .map(([name, e]) => ({ name, role: e.role, evidence: uniqueEvidence(e.evidence) }));
}
