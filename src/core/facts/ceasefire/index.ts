import { ACCEPT_CUES, CEASEFIRE_CUES, CEASEFIRE_OBJECT_CUES, CEASEFIRE_WORDS, VIOLATION_CUES } from '../../lexicon/roles.ts';
import { CUE, sentenceCues, trustedBits } from '../../text/cuescan.ts';
import type { CeasefireStatus, Doc, Evidence, Facts, Sentence } from '../../types.ts';
import { byString, compileCues, evidenceOf, findCues, hasCue } from '../entities/cues.ts';
import type { ActorMention, Scan } from '../entities/mentions.ts';
import type { HistoricalFlags } from './historical.ts';
import type { MediatorCandidate } from '../mediators/index.ts';
import { partyName } from '../parties/index.ts';

const CEASEFIRE = compileCues(CEASEFIRE_WORDS);
/**
 * A proposing verb with a ceasefire as its object: at most a determiner and two words, or a possessive and one word,
 * between ("reject a new truce", "rejected a new U.S.-brokered ceasefire", "rejected Egypt's truce"; not "discussed
 * Israel's compliance with the ceasefire", a truce in force); or, in the passive, a ceasefire rejected, discussed or
 * offered ("The truce was rejected by Hamas", "A ceasefire is under discussion").
 */
const OBJECT_RE = new RegExp(
  `${compileCues(CEASEFIRE_OBJECT_CUES).source}\\s+(?:(?:an?|the|any|another|its|their|this|that)\\s+(?:[\\w.-]+\\s+){0,2}|[\\p{L}.]+['’]s?\\s+(?:[\\w.-]+\\s+)?)?${CEASEFIRE.source}` +
    `|${CEASEFIRE.source}\\s+(?:(?:was|were|is|are)|(?:has|have|had)\\s+been)\\s+(?:being\\s+)?(?:rejected|discussed|offered|under\\s+discussion)`,
  'iu',
);
const STATUS_MATCHERS = CEASEFIRE_CUES.map(({ status, cues }) => ({ status, matcher: compileCues(cues) }));
/** The cue family (text/cuescan.ts) a sentence needs before CEASEFIRE can match it. */
const CEASEFIRE_BITS = trustedBits(CUE.ceasefire, [CEASEFIRE.source, CEASEFIRE.flags], 3095055730);
const ACCEPT = compileCues(ACCEPT_CUES);
const VIOLATION = compileCues(VIOLATION_CUES);
/** A ceasefire line is a border, and an anti-violence campaign's vigil or outreach workers ("a cease fire vigil") no truce. */
const LINE_RE = /\b(?:(?:ceasefire|cease-fire|truce)\s+line|cease[- ]?fire\s+(?:vigils?|rall(?:y|ies)|march(?:es)?|walks?|programs?|programmes?|events?|workers?|outreach|interrupters?|organi[sz]ations?|movement))\b/gi;
const BOTH_RE = /\b(?:both|the two)\s+(?:sides|parties|countries|nations|neighbou?rs)\b/i;
/** Wars that are no armed conflict: of patents, prices, trade. */
const OTHER_WARS = '(?:patent|price|trade|turf|culture|bidding|legal|tariff|format|currency)';
const OTHER_WAR = new RegExp(`\\b${OTHER_WARS} wars?\\b`, 'i');

/**
 * Whether the story's only war is one of patents, prices or trade ("a 90-day truce in their trade war"): no words of
 * armed conflict outside quotations. Its truce is no ceasefire and its go-betweens no mediators, whoever brokered it.
 */
export function otherWarOnly(doc: Doc): boolean {
  return OTHER_WAR.test(doc.text) && !ARMED.test(doc.text.replace(QUOTED, ''));
}

/** Words of armed conflict (the story-level test of extractCeasefire); not a war of patents, prices or trade. */
const ARMED = new RegExp(
  `\\b(?:(?<!${OTHER_WARS} )wars?(?! of words)|fighting|fought|clash(?:es|ed)|rebels?|militants?|insurgen\\w*|troops|invasion|air ?strikes?|air ?raids?|shelling|shelled|bombard\\w*|rockets?|missiles?|artillery|mortars?|militias?|army|military|soldiers|guerrillas?|paramilitar\\w*|hostilities)\\b`,
  'i',
);
/** A short quotation, straight or curly. */
const QUOTED = /"[^"\n]{0,80}"|“[^”\n]{0,80}”/g;
const NO_CEASEFIRE: Facts['ceasefire'] = Object.freeze({ status: 'none', brokeredBy: [], acceptedBy: [], violationsAlleged: false, evidence: [] });

/** Strength of each status when several current sentences disagree; violated and collapsed need a ceasefire first. */
const PRECEDENCE: readonly CeasefireStatus[] = ['collapsed', 'violated', 'agreed', 'proposed', 'called_for', 'none'];

/**
 * A verb of agreeing not yet done: in the infinitive ("urged both sides to agree to a truce", "is expected to sign the
 * ceasefire", "refused to accept a truce"; not after "decided", "continue"…, nor "agreed to sign", which keeps its own
 * cue), negated ("would not accept a ceasefire", "will never sign a truce"), or said of a proposal (one side "accepted
 * an Egyptian-Qatari ceasefire proposal", "accepted a US plan for a truce": the other has not yet).
 */
const PENDING = /\b(?:(?<!(?:decided|voted|chose|forced|continu\w*|began|started) )to|not|n't|never)\s+(?:agree(?:\s+to)?|sign|accept|observe|respect|implement|declare|honou?r|abide\s+by)\b|\baccept(?:ed|s)?(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:proposal|plan|offer)\b)/gi;
/** Urging before a truce to be agreed: a call for it ("called on the parties to sign a truce"). */
const URGING = /\b(?:urg|call\w*\s+on|press|appeal|ask|encourag|push|persuad)/i;
/** A ceasefire refused: "rejected the idea of a ceasefire", "ruled out a truce", "turned down an offer of a truce". */
const REFUSED = /\b(?:(?:reject|refus|dismiss|spurn|rebuff)\w*|rul\w*\s+out|turn\w*\s+down)\s+(?:[\w-]+\s+){0,5}?(?:ceasefire|cease-?fire|truce|armistice)\b/i;

/** How far from a ceasefire word a word of status is read (characters, either side). */
const WINDOW = 120;

/**
 * `text` with everything farther than WINDOW from a ceasefire word blanked: the status words of a long sentence are
 * the truce's, not its war's ("missiles struck Kyiv …, hours after Zelensky said Kyiv was ready for a ceasefire").
 */
function nearTruce(text: string): string {
  let out = '';
  let kept = 0;
  CEASEFIRE.lastIndex = 0;
  for (let m = CEASEFIRE.exec(text); m !== null; m = CEASEFIRE.exec(text)) {
    const from = Math.max(kept, m.index - WINDOW);
    out += ' '.repeat(from - out.length) + text.slice(from, Math.min(text.length, m.index + m[0].length + WINDOW));
    kept = out.length;
  }
  CEASEFIRE.lastIndex = 0;
  return out;
}

/** The status one sentence gives a ceasefire it names, or null when it names none. */
export function sentenceStatus(text: string): CeasefireStatus | null {
  const plain = text.replace(LINE_RE, (m) => ' '.repeat(m.length));
  if (!hasCue(CEASEFIRE, plain)) return null;
  // A truce not yet agreed: its verbs of agreeing blanked, so that they set no status; urged, it is called for, else
  // proposed (as a truce refused is, REFUSED).
  const pending = plain.replace(PENDING, (m) => ' '.repeat(m.length));
  const found = pending !== plain;
  const near = nearTruce(pending);
  for (const { status, matcher } of STATUS_MATCHERS) if (hasCue(matcher, near) || (status === 'proposed' && OBJECT_RE.test(pending))) return status;
  return found && URGING.test(plain) ? 'called_for' : found || REFUSED.test(plain) ? 'proposed' : 'agreed';
}

function acceptors(doc: Doc, sentence: Sentence, actors: ActorMention[], parties: readonly string[]): string[] {
  const found: string[] = [];
  for (const cue of findCues(ACCEPT, sentence.text, sentence.start)) {
    const before = doc.text.slice(sentence.start, cue.start);
    if (BOTH_RE.test(before) && parties.length === 2) found.push(...parties);
    let agent: string | null = null;
    for (const a of actors) if (a.end <= cue.start && a.suffix === null && partyName(a)) agent = partyName(a);
    const first = actors.find((a) => a.end <= cue.start && partyName(a));
    const subject = first ? partyName(first) : null;
    for (const name of [subject, agent]) if (name && parties.includes(name)) found.push(name);
  }
  return found;
}

/** Whether any sentence names an armed group. */
function namesGroup(scan: Scan): boolean {
  return scan.actors.some((actors) => actors.some((a) => a.entry.kind === 'group'));
}

/** The current state of any ceasefire: status, who brokered and accepted it, alleged violations, the proving words. */
export function extractCeasefire(doc: Doc, scan: Scan, historical: HistoricalFlags, mediators: readonly MediatorCandidate[], parties: readonly string[]): Facts['ceasefire'] {
  let status: CeasefireStatus = 'none';
  const evidence: Evidence[] = [];
  const accepted = new Set<string>();
  const brokered = new Set<string>();
  let violations = false;
  const cues = sentenceCues(doc);
  for (const sentence of doc.sentences) {
    const i = sentence.index;
    const possible = CEASEFIRE_BITS === 0 || ((cues[i] as number) & CEASEFIRE_BITS) !== 0;
    const found = !possible || historical.at(i) ? null : sentenceStatus(sentence.text);
    if (!found) continue;
    evidence.push(evidenceOf(doc.text, sentence.start, sentence.end));
    if (PRECEDENCE.indexOf(found) < PRECEDENCE.indexOf(status)) status = found;
    if (hasCue(VIOLATION, sentence.text)) violations = true;
    for (const name of acceptors(doc, sentence, scan.actors[i] ?? [], parties)) accepted.add(name);
    for (const m of mediators) if (m.sentence === i && m.role === 'brokered' && !parties.includes(m.name)) brokered.add(m.name);
  }
  // A truce in a story without sides or words of war is a feud's ("a truce in the rap feud", "the Blair-Brown truce")
  // or an anti-violence programme's name ("Chicago CeaseFire", "a cease fire vigil"), not a ceasefire.
  // A truce a state brokered or urged ("Turkey called for an immediate ceasefire in Gaza"), or one in a story naming an
  // armed group ("Hamas", "Hezbollah"), is a war's all the same.
  // Words of war inside quotation marks are a figure of speech there ("a government 'at war with itself'").
  if (status !== 'none' && parties.length === 0 && !namesGroup(scan) && !ARMED.test(doc.text.replace(QUOTED, '')) && (mediators.length === 0 || OTHER_WAR.test(doc.text))) return NO_CEASEFIRE;
  if (status === 'violated') violations = true;
  return {
    status,
    brokeredBy: [...brokered].sort(byString),
    acceptedBy: [...accepted].sort(byString),
    violationsAlleged: violations,
    evidence,
  };
}
