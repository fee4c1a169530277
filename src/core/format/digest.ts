import type { Result } from '../analyze.ts';
import { repeatsTitle } from '../summary/index.ts';
import type { CasualtyCounts, CasualtyType, CeasefireStatus, MediatorRole } from '../types.ts';
import { oneLine } from './text.ts';

/** What a digest is made from: an API result (`id` may be absent when the caller analysed without one). */
export type DigestSource = Omit<Result, 'id'> & { id?: string };

/** One side's toll: the non-empty counts in a fixed order. */
export interface TollLine {
  party: string;
  counts: Array<{ type: CasualtyType; count: number }>;
}

/** The platform-neutral content of every chat message and text digest, all strings plain (unescaped). */
export interface Digest {
  headline: string;
  /** The summary sentences, whitespace collapsed, in document order (less one that repeats the title). */
  bullets: string[];
  /** Per-side tolls (sides with no counts left out). */
  toll: TollLine[];
  /** The whole toll, attributed or not; null when nothing was counted. */
  total: TollLine | null;
  mediators: Array<{ name: string; role: MediatorRole }>;
  /** Null when the article mentions no ceasefire. */
  ceasefire: { status: CeasefireStatus; brokeredBy: string[]; acceptedBy: string[]; violationsAlleged: boolean } | null;
  /** "3 of 42 sentences · newsbrief/0.14.0 · id 1a2b3c4d" */
  footer: string;
}

/** Casualty types in the order a reader expects them. */
const COUNT_ORDER: readonly CasualtyType[] = ['killed', 'wounded', 'missing', 'captured', 'displaced'];

/** How each mediator role reads after the mediator's name. */
const ROLE_WORDS: Record<MediatorRole, string> = {
  brokered: 'brokered',
  mediating: 'mediating',
  offered: 'offered to mediate',
  urged: 'urged talks',
};

/** How each ceasefire status reads. */
const STATUS_WORDS: Record<CeasefireStatus, string> = {
  none: 'none mentioned',
  called_for: 'called for',
  proposed: 'proposed',
  agreed: 'agreed',
  violated: 'violated',
  collapsed: 'collapsed',
};

/** The non-null counts of one record, in `COUNT_ORDER`. */
function countsOf(record: CasualtyCounts): TollLine['counts'] {
  const out: TollLine['counts'] = [];
  for (const type of COUNT_ORDER) {
    const count = record[type];
    if (count !== null && count !== undefined) out.push({ type, count });
  }
  return out;
}

/** The headline: the article's title, else the parties, else a neutral label. */
function headlineOf(source: DigestSource): string {
  if (source.title) return oneLine(source.title);
  const parties = source.facts.parties.map((p) => p.name);
  return parties.length > 0 ? `News brief: ${parties.join(' – ')}` : 'News brief';
}

/**
 * The bullets: the summary sentences on one line each, less one that only repeats the title shown as the headline
 * (a lede a site copied into its title), which would say the same thing twice in a row.
 */
function bulletsOf(source: DigestSource): string[] {
  const title = source.title;
  return source.summary.sentences.map((s) => oneLine(s.text)).filter((s) => s.length > 0 && !(title && repeatsTitle(s, title)));
}

/** Builds the platform-neutral digest of a result. Handles empty facts and an empty summary. */
export function buildDigest(source: DigestSource): Digest {
  const { casualties, mediators, ceasefire } = source.facts;
  const toll: TollLine[] = [];
  for (const side of casualties.byParty) {
    const counts = countsOf(side);
    if (counts.length > 0) toll.push({ party: oneLine(side.party), counts });
  }
  const totalCounts = countsOf(casualties.total);
  const sentences = source.stats.sentences;
  const footerParts = [`${source.summary.sentences.length} of ${sentences} sentence${sentences === 1 ? '' : 's'}`, source.engine];
  if (source.id) footerParts.push(`id ${source.id.slice(0, 12)}`);
  return {
    headline: headlineOf(source),
    bullets: bulletsOf(source),
    toll,
    total: totalCounts.length > 0 ? { party: 'Total', counts: totalCounts } : null,
    mediators: mediators.map((m) => ({ name: oneLine(m.name), role: m.role })),
    ceasefire:
      ceasefire.status === 'none' && ceasefire.brokeredBy.length === 0
        ? null
        : {
            status: ceasefire.status,
            brokeredBy: ceasefire.brokeredBy.map(oneLine),
            acceptedBy: ceasefire.acceptedBy.map(oneLine),
            violationsAlleged: ceasefire.violationsAlleged,
          },
    footer: footerParts.join(' · '),
  };
}

/** A count with thousands separators ("5,000"), the same on every runtime (no Intl). */
export function groupDigits(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? '-' : '') + out;
}

/** "3 killed, 5 wounded" */
export function countsPhrase(line: TollLine): string {
  return line.counts.map((c) => `${groupDigits(c.count)} ${c.type}`).join(', ');
}

/** One line per side ("Armenia: 3 killed, 5 wounded"), then the total unless it only repeats a single side. */
export function tollLines(digest: Digest, separator = ': '): string[] {
  const lines = [...digest.toll];
  if (digest.total && !(digest.toll.length === 1 && countsPhrase(digest.toll[0]!) === countsPhrase(digest.total))) {
    lines.push(digest.total);
  }
  return lines.map((l) => `${l.party}${separator}${countsPhrase(l)}`);
}

/** "Armenia 3 killed, 5 wounded · Azerbaijan 1 killed, 2 wounded · Total 4 killed, 7 wounded", or null. */
export function tollPhrase(digest: Digest): string | null {
  const lines = tollLines(digest, ' ');
  return lines.length === 0 ? null : lines.join(' · ');
}

/** "Russia (brokered), Iran (mediating)", or null. */
export function mediatorsPhrase(digest: Digest): string | null {
  return digest.mediators.length === 0 ? null : digest.mediators.map((m) => `${m.name} (${ROLE_WORDS[m.role]})`).join(', ');
}

/** "violated · brokered by Russia · accepted by Armenia, Azerbaijan · violations alleged", or null. */
export function ceasefirePhrase(digest: Digest): string | null {
  const cf = digest.ceasefire;
  if (!cf) return null;
  const parts = [STATUS_WORDS[cf.status]];
  if (cf.brokeredBy.length > 0) parts.push(`brokered by ${cf.brokeredBy.join(', ')}`);
  if (cf.acceptedBy.length > 0) parts.push(`accepted by ${cf.acceptedBy.join(', ')}`);
  if (cf.violationsAlleged && cf.status !== 'violated') parts.push('violations alleged');
  return parts.join(' · ');
}

/** The labelled facts that are present, in a fixed order: Toll, Mediators, Ceasefire. */
export function factPhrases(digest: Digest): Array<{ label: string; text: string }> {
  const out: Array<{ label: string; text: string }> = [];
  const toll = tollPhrase(digest);
  const mediators = mediatorsPhrase(digest);
  const ceasefire = ceasefirePhrase(digest);
  if (toll) out.push({ label: 'Toll', text: toll });
  if (mediators) out.push({ label: 'Mediators', text: mediators });
  if (ceasefire) out.push({ label: 'Ceasefire', text: ceasefire });
  return out;
}

/** Said when an article yields no facts at all. */
export const NO_FACTS = 'No casualties, mediators or ceasefire found.';

/** Said when an article yields no summary sentence. */
export const NO_SUMMARY = 'No summary: no sentence of the text fits the options given (maxChars, or a text with no sentence).';
