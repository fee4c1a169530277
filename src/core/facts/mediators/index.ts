import { DEAL_WORDS, HUMANITARIAN_BODIES, MEDIATOR_CUES, PEACE_OBJECTS, ROLE_RANK } from '../../lexicon/roles.ts';
import { CUE, sentenceCues, trustedBits } from '../../text/cuescan.ts';
import type { Doc, Evidence, MediatorRole, Sentence } from '../../types.ts';
import type { Person } from '../entities/people.ts';
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
/** What an urged side is asked for: peace, not help ("urged other donors to contribute", "urged people to help"). */
const URGED_PEACE = compileCues(PEACE_OBJECTS.filter((o) => !/^(?:help|assist\*|contribute)$/.test(o)));
const DEAL = compileCues(DEAL_WORDS);
/**
 * The agent after a cue: "brokered by Qatar", "the mediation of Egypt", "the readiness of Turkey", "mediators from Qatar",
 * "mediation efforts by Egypt", "a mediation team from Qatar".
 */
const BY_RE = /^\s+(?:(?:efforts?|team|bid|role|attempts?|delegation)\s+)?(?:by|of|from)\s+(?:the\s+)?$/i;
const HOST_RE = /\btalks\b/i;
const TALKS = compileCues(['talks']);
/** Other gatherings whose host mediates: negotiations and peace conferences always, meetings in a sentence about peace. */
const MEETING = compileCues(['negotiations', 'peace conference', 'met', 'meeting', 'gathered']);
const OBJECT_WINDOW = 90;

/**
 * Ways news names a go-between that MEDIATOR_CUES lacks, each tied to its agent by agentsOf like the others (envoys by
 * envoyAgent), and each held to its own test of being about peace (see extraCandidates): "under the auspices of X" / "under UN auspices", "talks
 * hosted / facilitated / led / sponsored by X", a truce reached "with the help of X", "UN envoy", "the US special
 * envoy", "mediators from X", talks "convened / chaired / organised by X".
 */
const EXTRA_CUES: ReadonlyArray<{ role: MediatorRole; cues: readonly string[] }> = [
  { role: 'brokered', cues: ['with the help of'] },
  {
    role: 'mediating',
    cues: [
      'auspices', 'auspices of', 'facilitat*', 'hosted by', 'facilitated by', 'led by', 'sponsored by', 'convened by', 'chaired by', 'organised by', 'organized by', 'envoy', 'peace negotiator', 'mediators from',
      'host', 'hosts', 'hosted', 'hosting', 'convened', 'organised', 'organized', 'sponsored', 'shuttl*', 'intermediar*', 'negotiators from', 'leading efforts', 'led efforts',
      'co-host', 'co-hosts', 'co-hosted', 'co-hosting', 'co-sponsored', 'co-chaired',
    ],
  },
];
/**
 * Talks right after a host verb, through an article and words that only count or qualify the talks: "hosted talks",
 * "hosted a round of indirect talks", "is hosting the latest round of negotiations" (MEDIATOR_CUES has no host cue: this
 * is the one test). Not any words: "organised a rally ahead of talks" hosts a rally.
 */
const HOSTED_TALKS = /^\s+(?:(?:a|an|the|two|three|its|their)\s+)?(?:(?:new|latest|fresh|next|another|final|first|second|third|fourth|fifth|indirect|direct|proximity|peace|ceasefire|truce|round|rounds|series|session|of)\s+){0,5}(?:talks|negotiations|dialogue|peace\s+conference)\b/i;
const EXTRA_MATCHERS = EXTRA_CUES.map(({ role, cues }) => ({ role, matcher: compileCues(cues) }));
/** Talks just before "hosted by", "led by": what makes the host or leader a go-between. */
const TALKS_BEFORE = /\b(?:talks|negotiations|dialogue|mediation|peace\s+(?:conference|process|efforts?))\b[^.;:!?]{0,50}$/i;
/** A sentence about peace-making: auspices and facilitation count only in one. */
const PEACE_TALK = /\b(?:talks|negotiat\w*|peace|ceasefire|cease-fire|truce|mediat\w*|dialogue|hostilities)\b/i;
/**
 * Narrower: a sentence where a country's envoy is a go-between, not an ambassador ("internal negotiations ... the Saudi
 * envoy"), where a meeting's host mediates, or that "with the help of X" is about.
 */
const PEACE_WORDS = /\b(?:talks|negotiators|peace|ceasefire|cease-fire|truce|mediat\w*)\b/i;
/** Compounds ("UN-sponsored talks", "Qatari-hosted negotiations") that mediate when talks follow, broker when a truce does. */
const COMPOUND_SUFFIX = /^(?:sponsored|hosted|facilitated|led)$/i;
const COMPOUND_OBJECT = /^\s+(?:peace\s+)?(?:(talks|negotiations|mediation|process)|ceasefire|truce|deal|agreement|plan)\b/i;
/** Cue families (text/cuescan.ts) a sentence needs before a role cue, or HOST_RE, can match it. */
const ROLE_BITS = trustedBits(CUE.role, ROLE_MATCHERS.flatMap(({ matcher }) => [matcher.source, matcher.flags]), 1417897745);
const TALKS_BITS = trustedBits(CUE.talks, [HOST_RE.source, HOST_RE.flags], 2081314637);

/** Mediators are outside actors: countries (or capitals standing for them) and international organisations. */
function canMediate(actor: ActorMention): boolean {
  const kind = actor.entry.kind;
  return kind === 'country' || kind === 'organization' || actor.entry.metonym;
}

function actorName(actor: ActorMention): string {
  return actor.entry.metonym ? (actor.entry.country as string) : actor.entry.name;
}

/**
 * True when the cue is about peace: a deal word near a "brokered" cue, a peace object after "urged"/"offered" (within 20
 * characters after "push for" and "pressing for").
 */
function aboutPeace(role: MediatorRole, text: string, cueStart: number, cueEnd: number): boolean {
  if (role === 'mediating') return true;
  const after = text.slice(cueEnd, cueEnd + OBJECT_WINDOW);
  if (role === 'brokered') return hasCue(DEAL, text.slice(Math.max(0, cueStart - 40), cueEnd + 60));
  if (role === 'urged') {
    // "The US pushed for sanctions on Iran while talks on a truce continued": what is pushed or pressed for comes right
    // after "push(ed|ing) for" or "pressing for" ("pushing for an immediate ceasefire"), not in the next clause. So for
    // every urging cue: "called for sanctions against Moscow while talks on a truce stalled", "urged sanctions, saying a
    // truce alone would not do" urge no peace.
    const clause = NEXT_CLAUSE.exec(after);
    URGED_PEACE.lastIndex = 0;
    const m = URGED_PEACE.exec(clause ? after.slice(0, clause.index) : after);
    URGED_PEACE.lastIndex = 0;
    return m !== null && (m.index <= 20 || !/^p\w+\s+for$/i.test(text.slice(cueStart, cueEnd)));
  }
  return hasCue(PEACE, after) || (role === 'offered' && hasCue(PEACE, text.slice(cueStart, cueEnd)));
}

/**
 * The start of another clause after an urging cue: what it urges is said before. A run of white space is tried from
 * its first character only (the look-behind): tried from each of its characters, a long run costs its length squared.
 */
const NEXT_CLAUSE = /[;:]|,?(?<!\s)\s+(?:while|whereas|but|although|though|saying|adding|amid)\b/i;

/** A cue that names the go-between itself, whose name may follow it: "mediators Qatar and Egypt". */
const MEDIATOR_NOUN = /^(?:mediators?|guarantors?|go-betweens?|intermediar(?:y|ies))$/i;

/**
 * The gap between two coordinated actors: "Qatar and Egypt", "Egypt, Qatar and the United States", "Qatar, which
 * along with Egypt", "Egypt together with Qatar".
 */
const AND_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?:\s*,)?\s+(?:(?:which|who)\s+)?(?:along|together)\s+with\s+)(?:the\s+)?$/i;

/**
 * The actors a cue belongs to: "brokered by X" (and those joined to X: "by Egypt and Qatar"), else the nearest
 * mediating actor before the cue and those joined to it ("Qatar and Egypt brokered").
 */
function agentsOf(text: string, actors: ActorMention[], cueStart: number, cueEnd: number): ActorMention[] {
  const cue = text.slice(cueStart, cueEnd);
  const endsWithBy = /\b(?:by|of|from)$/i.test(cue);
  const noun = MEDIATOR_NOUN.test(cue);
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k] as ActorMention;
    const gap = text.slice(cueEnd, a.start);
    if (a.start >= cueEnd && a.start - cueEnd <= 24 && (BY_RE.test(gap) || (endsWithBy && /^\s+(?:the\s+)?$/i.test(gap)))) {
      return canMediate(a) ? coordinated(text, actors, k, 1) : [];
    }
    // "mediators Qatar and Egypt", "the mediator, Qatar,": the go-betweens named right after the noun (after a comma,
    // only a list closed by punctuation: "handed its answer to the mediators, Israel said" names no mediator).
    if (noun && a.start >= cueEnd && a.start - cueEnd <= 8 && canMediate(a) && a.suffix === null && /^(?:\s+|,\s+)(?:the\s+)?$/.test(gap)) {
      const named = coordinated(text, actors, k, 1);
      const last = named[named.length - 1] as ActorMention;
      if (!gap.startsWith(',') || /^\s*[,;:.)]/.test(text.slice(last.end, last.end + 2))) return named;
    }
  }
  // "the US, pressed by Europe", "a truce brokered by the church": the actor before is the one pressed, or a side.
  if (agentAfter(text, cueStart, cueEnd)) return [];
  let best = -1;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k] as ActorMention;
    // "Abiy Ahmed flew to Khartoum to mediate": where the go-between goes is not who mediates.
    if (a.end <= cueStart && a.suffix === null && !/\bto\s+$/i.test(text.slice(Math.max(0, a.start - 4), a.start))) best = k;
  }
  return best >= 0 && canMediate(actors[best] as ActorMention) ? coordinated(text, actors, best, -1).reverse() : [];
}

/** Whether a cue's agent is named after it ("brokered by X", "the mediation of X", "mediators from X"), not before. */
function agentAfter(text: string, cueStart: number, cueEnd: number): boolean {
  return /\b(?:by|of|from)$/i.test(text.slice(cueStart, cueEnd)) || /^\s+by\b/i.test(text.slice(cueEnd, cueEnd + 4));
}

/** Actor `k` and the mediating actors joined to it by commas or "and", walking forward (`step` 1) or back (-1). */
function coordinated(text: string, actors: ActorMention[], k: number, step: 1 | -1): ActorMention[] {
  const out = [actors[k] as ActorMention];
  for (let j = k + step; j >= 0 && j < actors.length; j += step) {
    const near = out[out.length - 1] as ActorMention;
    const next = actors[j] as ActorMention;
    const gap = step === 1 ? text.slice(near.end, next.start) : text.slice(next.end, near.start);
    // "a Saudi-US brokered truce": the two halves of a compound before the cue.
    const compound = step === -1 && gap === '-';
    if ((next.suffix !== null && !compound) || !canMediate(next) || !(compound || AND_GAP.test(gap))) break;
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
  actors.forEach((a, k) => {
    if (a.suffix === null || !canMediate(a)) return;
    const end = a.end + 1 + a.suffix.length;
    // "US-Saudi-brokered": the role is the last part of the compound.
    const last = a.suffix.slice(a.suffix.lastIndexOf('-') + 1);
    let role: MediatorRole | null = null;
    for (const r of ROLE_MATCHERS) {
      if (r.role === 'urged' || !hasCue(r.matcher, last)) continue;
      role = r.role;
      break;
    }
    // "UN-sponsored talks", "a Turkish-led mediation", "an Egyptian-hosted truce": only with talks or a truce after.
    const object = role || !COMPOUND_SUFFIX.test(last) ? null : COMPOUND_OBJECT.exec(doc.text.slice(end, end + 40));
    if (object) role = object[1] ? 'mediating' : 'brokered';
    if (!role) return;
    // "US and Saudi-brokered talks": the actors joined to the compound share its role.
    for (const b of coordinated(doc.text, actors, k, -1)) found.push(candidate(doc, b, role, b.start, end));
  });
  return found;
}

/** "in" right before a host: "talks in Doha", "in the capital of Qatar", "in the Qatari capital(,) Doha". */
const IN_BEFORE = /\bin\s+(?:the\s+(?:\w+\s+of|[\w-]+\s+capital(?:\s+of|,))\s+)?$/i;

/** Between a meeting and "in X": a clause or event that X belongs to instead (see hostCandidates). */
const OTHER_CLAUSE = /,\s*(?:but|and|while|as|which|where|though|although)\b|\b(?:ahead of|before|after|summit|election|visit)\b/i;

/** The country an actor mention stands for: a country, or the country of its capital, city or demonym. */
function countryOf(a: ActorMention): string | null {
  return a.entry.kind === 'country' ? a.entry.name : a.entry.country;
}

/**
 * "talks ... in Doha" / "talks in Qatar" / "negotiations in Cairo": the host country of talks between others mediates;
 * so does the host of a meeting ("met ... in Qatar", "gathered in Doha") in a sentence about peace-making, even with
 * its own officials at the table ("Qatar's prime minister met Hamas leaders in Doha for talks on a truce"): a host
 * that is a side of the conflict is a party, and parties are never mediators.
 */
function hostCandidates(doc: Doc, sentenceIndex: number, actors: ActorMention[], cues: number): MediatorCandidate[] {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return [];
  // Every host is a country named right after "in" (IN_BEFORE, read below from the end of the talks or meeting): a
  // sentence with none is spared the search for talks and meetings (most are). Read here from the sentence start: a
  // match below never starts at the end of the cue (no letter), so it is a match here too.
  const hosts = actors.filter((a) => (a.entry.kind === 'country' || a.entry.metonym) && IN_BEFORE.test(doc.text.slice(Math.max(sentence.start, a.start - 32), a.start)));
  if (hosts.length === 0) return [];
  const talks = (TALKS_BITS === 0 || (cues & TALKS_BITS) !== 0) && HOST_RE.test(sentence.text) ? findCues(TALKS, sentence.text, sentence.start) : [];
  const meetings = findCues(MEETING, sentence.text, sentence.start).filter((m) => !/^m|^g/i.test(doc.text.slice(m.start, m.start + 1)) || PEACE_WORDS.test(sentence.text));
  if (talks.length === 0 && meetings.length === 0) return [];
  const found: MediatorCandidate[] = [];
  for (const m of [...talks, ...meetings]) {
    for (const a of hosts) {
      if (a.start <= m.end || a.start - m.end > 60) continue;
      // "talks in Doha", "in the capital of Qatar", "in the Qatari capital(,) Doha".
      if (!IN_BEFORE.test(doc.text.slice(Math.max(m.end, a.start - 32), a.start))) continue;
      // "talks covered other topics ahead of an EU summit in Brussels", "talks, but there is scepticism in France": the
      // place belongs to another event or clause.
      if (OTHER_CLAUSE.test(doc.text.slice(m.end, a.start))) continue;
      // "talks with British ministers in London", "talks between India and Pakistan on a dam in Indian-administered
      // Kashmir": the host is one side of the talks, not a go-between.
      const country = countryOf(a);
      if (actors.some((b) => b !== a && b.start > m.end && b.end <= a.start && countryOf(b) === country && /\b(?:with|between|among)\b/i.test(doc.text.slice(m.end, b.start)))) continue;
      found.push(candidate(doc, a, 'mediating', m.start, m.end));
    }
  }
  return found;
}

/**
 * The actor of an envoy: the one right before ("UN envoy", "the US special envoy", "Russia's envoy"), never an
 * ambassador ("envoy to Washington"), and, unless an international organisation, only in a sentence about talks,
 * peace or a truce.
 */
function envoyAgent(text: string, actors: ActorMention[], cueStart: number, cueEnd: number, sentence: string): ActorMention[] {
  // "envoy to the UN", "envoy in Washington": an ambassador; "the UN special envoy to Sudan" and "the UN envoy to the
  // Middle East" are sent to a conflict.
  if (/^\s+(?:to\s+the\s+(?!Middle East|region|Great Lakes|Horn of Africa|Sahel|Balkans|Caucasus|Korean Peninsula|peace)|at\b|in\b)/i.test(text.slice(cueEnd, cueEnd + 30))) return [];
  for (const a of actors) {
    if (a.end > cueStart || a.suffix !== null || !canMediate(a)) continue;
    if (!/^(?:'s|’s)?\s+(?:(?:special|peace|top|senior|chief|personal|new|former)\s+){0,2}$/i.test(text.slice(a.end, cueStart))) continue;
    return a.entry.kind === 'organization' || PEACE_WORDS.test(sentence) ? [a] : [];
  }
  return [];
}

/**
 * Candidates from the extra cues of one sentence (see EXTRA_CUES), each about peace-making where it stands: "with the
 * help of" near a truce or talks, "hosted by" and the other "by" cues right after talks, the rest in a sentence about
 * talks or peace.
 */
function extraCandidates(doc: Doc, sentence: Sentence, actors: ActorMention[]): MediatorCandidate[] {
  const found: MediatorCandidate[] = [];
  const text = doc.text;
  const cues = EXTRA_MATCHERS.flatMap(({ role, matcher }) => findCues(matcher, sentence.text, sentence.start).map((span) => ({ role, span })));
  for (const { role, span } of cues) {
    if (insideLongerCue(cues, span)) continue;
    // "co-hosted", "co-sponsored" read as "hosted", "sponsored".
    const cue = text.slice(span.start, span.end).replace(/^co-/i, '');
    const before = text.slice(Math.max(sentence.start, span.start - 80), span.start);
    // The talks a host (or facilitator) holds, read once: whether it mediates, and how far its evidence runs.
    const hosted = /^(?:host|conv|org|sp|fac)/i.test(cue) ? HOSTED_TALKS.exec(text.slice(span.end, span.end + 60)) : null;
    const peace =
      role === 'brokered'
        ? PEACE_WORDS.test(text.slice(Math.max(sentence.start, span.start - 60), span.end + 60))
        : / by$/i.test(cue)
          ? TALKS_BEFORE.test(before)
          : /^(?:host|conv|org|sp)/i.test(cue)
            ? hosted !== null
            : // Shuttling and go-betweens ("shuttled between the two sides", "an intermediary"): between sides, or for peace.
              // An envoy: envoyAgent holds a country's to a sentence about peace; an organisation's is sent to a conflict
              // unless a topic follows ("UN envoy Tor Wennesland urged calm"; not "the UN special envoy for climate action").
              PEACE_TALK.test(sentence.text) || (/^(?:shut|inter)/i.test(cue) && / between /i.test(sentence.text)) || (/^env/i.test(cue) && !/^\s+(?:for|on)\s+(?:the\s+(?=[a-z])|(?!the\s)[a-z])/.test(text.slice(span.end, span.end + 24)));
    if (!peace) continue;
    const agents = /^(?:env|peace)/i.test(cue) ? envoyAgent(text, actors, span.start, span.end, sentence.text) : agentsOf(text, actors, span.start, span.end);
    // A host's (or facilitator's) evidence runs to the talks it hosts: "Qatar hosted a round of indirect talks".
    const end = span.end + (hosted?.[0].length ?? 0);
    // "offered to host new talks": an offer, not yet a go-between.
    const offer = role === 'mediating' && /\boffer(?:ed|s|ing)?\s+to\s+$/i.test(text.slice(Math.max(0, span.start - 16), span.start)) ? 'offered' : role;
    for (const agent of agents) found.push(candidate(doc, agent, offer, span.start, end));
  }
  return found;
}

/** True when a cue lies inside a longer cue of another role ("mediate" in "offered to mediate"). */
function insideLongerCue(cues: ReadonlyArray<{ span: { start: number; end: number } }>, cue: { start: number; end: number }): boolean {
  return cues.some(({ span }) => span.start <= cue.start && cue.end <= span.end && span.end - span.start > cue.end - cue.start);
}

/** Right before "broker": an attempt ("trying to broker", "efforts to broker"); before "brokering", a deal in the making ("has been brokering"). */
const ATTEMPT_TO = /\b(?:tr(?:y|ying|ied|ies)|seek(?:s|ing)?|sought|attempt(?:s|ing|ed)?|efforts?|bid|push(?:ing)?|working|hoping|aim(?:s|ing)?)\s+to\s+$/i;
const IN_PROGRESS = /\b(?:is|are|was|were|been)(?:\s+\w+ly)?\s+$/i;

const HUMANITARIAN = new Set(HUMANITARIAN_BODIES);
/** Words that say a body mediates, in a humanitarian body's evidence (see HUMANITARIAN_BODIES). */
const SAYS_MEDIATES = /\b(?:mediat|broker|negotiat|go-between|intermediar)/i;

/** Titles of those who speak for a state abroad: "the British prime minister", "Qatar's foreign minister". */
const STATE_TITLE = /^(?:(?:prime|foreign) (?:minister|secretary)|president|secretary of state|premier|emir|(?:special )?envoy)$/i;

/**
 * The country of the person who is the agent of a cue that no place or body is the agent of: "Prime Minister Tony Blair
 * ... his diplomatic mission to the Middle East", "Erdogan, who has offered to mediate". The person is the one named
 * nearest before the cue in its sentence, with no place or body named between; the country is the affiliation written
 * next to the name ("Turkish President Recep Tayyip Erdogan"), else the one country whose holder of the person's title
 * the story names without a name ("the British prime minister"; not "Ukrainian President Zelensky", another man).
 */
function personCountry(doc: Doc, scan: Scan, people: readonly Person[], sentence: Sentence, actors: ActorMention[], cueStart: number): string | null {
  let best: Person | undefined;
  let end = -1;
  for (const p of people) for (const e of p.evidence) if (!e.in && e.start >= sentence.start && e.end <= cueStart && e.end > end) [best, end] = [p, e.end];
  if (!best || cueStart - end > 100 || actors.some((a) => a.start >= end && a.start < cueStart)) return null;
  const { affiliation, title, evidence } = best;
  if (!affiliation && !STATE_TITLE.test(title ?? '')) return null;
  // "the British prime minister": the title after a country, after the person's first mention, with no name after it.
  const after = new RegExp(`^(?:['’]s)?\\s+${title?.replace(/\s+/g, '\\s+')}\\b`, 'i');
  const holder = (a: ActorMention): boolean => {
    const m = after.exec(doc.text.slice(a.end, a.end + 40));
    return m !== null && a.start > (evidence[0] as Evidence).start && !/^\s+[A-Z]/.test(doc.text.slice(a.end + m[0].length, a.end + m[0].length + 3));
  };
  const countries = new Set(scan.actors.flat().filter((a) => canMediate(a) && a.suffix === null && (affiliation ? actorName(a) === affiliation : holder(a))).map(actorName));
  return countries.size === 1 ? ([...countries][0] as string) : null;
}

/** Every mediator cue of the current (non-historical) sentences tied to its actor (or to a person's country: `people`). */
export function findMediatorCandidates(doc: Doc, scan: Scan, historical: HistoricalFlags, people: readonly Person[]): MediatorCandidate[] {
  const found: MediatorCandidate[] = [];
  const bits = sentenceCues(doc);
  /** Whether a person's country is looked for: only in a story of armed conflict (CONFLICT_STORY), asked once. */
  let persons: boolean | undefined;
  doc.sentences.forEach((sentence, i) => {
    const actors = scan.actors[i] ?? [];
    // Actors first: the historical flag is worked out when asked for, and most sentences have none. Every cue ties only
    // to an actor that can mediate (canMediate: agentsOf, envoyAgent, compounds and hosts) or to a person's country
    // (personCountry, never for urging, only in a story of armed conflict), so a sentence naming only cities, regions or
    // armed groups has its cues looked for only in such a story.
    const mediating = actors.some(canMediate);
    const roles = (ROLE_BITS === 0 || ((bits[i] as number) & ROLE_BITS) !== 0) && (mediating || (persons ??= CONFLICT_STORY.test(doc.text)));
    if ((!mediating && !roles) || historical.at(i)) return;
    if (mediating) found.push(...compoundCandidates(doc, actors), ...hostCandidates(doc, i, actors, bits[i] as number), ...extraCandidates(doc, sentence, actors));
    if (!roles || !hasCue(ANY_ROLE, sentence.text)) return;
    const cues = ROLE_MATCHERS.flatMap(({ role, matcher }) => findCues(matcher, sentence.text, sentence.start).map((span) => ({ role, span })));
    for (const { role: cued, span: cue } of cues) {
      if (insideLongerCue(cues, cue) || !aboutPeace(cued, doc.text, cue.start, cue.end)) continue;
      // "trying to broker a truce", "Egypt has been brokering talks": at work on a deal, not its broker yet.
      const word = doc.text.slice(cue.start, cue.end).toLowerCase();
      const role = cued === 'brokered' && (word === 'broker' || word === 'brokering') && (word === 'broker' ? ATTEMPT_TO : IN_PROGRESS).test(doc.text.slice(Math.max(0, cue.start - 24), cue.start)) ? 'mediating' : cued;
      const agents = mediating ? agentsOf(doc.text, actors, cue.start, cue.end) : [];
      for (const agent of agents) found.push(candidate(doc, agent, role, cue.start, cue.end));
      if (agents.length > 0 || role === 'urged' || !(persons ??= CONFLICT_STORY.test(doc.text)) || agentAfter(doc.text, cue.start, cue.end)) continue;
      const country = personCountry(doc, scan, people, sentence, actors, cue.start);
      if (country) found.push({ name: country, role, sentence: i, evidence: evidenceOf(doc.text, cue.start, cue.end) });
    }
  });
  // A humanitarian body's evidence runs from its name to its cue: a go-between only when those words say it mediates.
  return found.some((c) => HUMANITARIAN.has(c.name)) ? found.filter((c) => !HUMANITARIAN.has(c.name) || SAYS_MEDIATES.test(c.evidence.text)) : found;
}

/**
 * Words of armed conflict, one of which a story needs (unless it has sides or a ceasefire) to have mediators at all:
 * without this test, "talks in Brussels" on the EU budget, a ministry "mediating" in a strike or a deal "brokered"
 * between firms made mediators of business and politics news.
 */
export const CONFLICT_STORY = /\b(?:wars?|ceasefire|truce|peace (?:talks|process|deal)|fighting|clash(?:es|ed)|fought|rebels|militants|insurgents|troops|invasion|airstrikes|shelling|militias?|army|military)\b/i;

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
