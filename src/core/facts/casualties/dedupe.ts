import type { CasualtyKind } from '../../lexicon/casualties.ts';
import { lookupPlace } from '../../lexicon/places.ts';
import type { Casualties, CasualtyCounts, CasualtyEvent, CasualtyType, Evidence } from '../../types.ts';

/** One casualty report after attribution, before deduplication. */
export interface Report {
  kind: CasualtyKind;
  count: number;
  low: number | null;
  high: number | null;
  party: string | null;
  /** Groups reports of one day (ISO date or the words), or null when the report states none. */
  dateKey: string | null;
  date: string | null;
  place: string | null;
  source: string | null;
  historical: boolean;
  /** True when the report adds to earlier casualties ("two more", "another man"). */
  additive: boolean;
  /** True for one new person told after others ("A woman was also killed"): added to the figure of its day. */
  also?: boolean;
  /**
   * True for the death of the one who shot ("the gunman is dead", "killed by police"): one more dead besides the people he
   * killed, however often told (GVA counts a shooter killed among the killed).
   */
  shooter?: boolean;
  /** True for "three others", "four other people": people besides those told of before. */
  others?: boolean;
  /**
   * True for the death of some of the wounded told after them ("One of the wounded later died in hospital"): a death
   * besides the dead told before, and one wounded fewer (GVA codes a victim by how the incident ended).
   */
  ofWounded?: boolean;
  /**
   * True for a figure told as someone's claim ("the militants claimed they had killed 30 soldiers"): an official or
   * reported figure of the same people stands before it; the claim stays as an event that repeats it.
   */
  claim?: boolean;
  /**
   * True for "A third person was wounded": the count is the ordinal (at least three hit), which the totals take; the
   * event tells of the one person more (see ordinalEvents).
   */
  ordinal?: boolean;
  /** True for a report told in a sentence that also tells of a death ("one dead and four injured"). */
  nearDeath?: boolean;
  /**
   * True for an armed group named by no side ("Three of the militants were killed"): in an article about sides, a
   * side of its own whose toll adds to the named sides' (not a total of them).
   */
  armed?: boolean;
  evidence: Evidence;
}

/** The key an armed group named by no side is tallied under (never a party of the output). */
const ARMED = '\u0000armed';

/** One person reported killed or hit without a figure, after attribution ("Julian Bryant, 22, died"). */
export interface VictimReport {
  kind: 'killed' | 'shot';
  /** Surname, '@pron' (he/she) or '@anon' ("the man"). */
  key: string;
  /** True for someone hit whom the words tell lives ("is expected to survive"). */
  alive?: boolean;
  date: string | null;
  place: string | null;
  source: string | null;
  evidence: Evidence;
}

interface VictimTally {
  killed: number;
  wounded: number;
  /**
   * Of the wounded, those the words tell live or tell apart from the dead ("is expected to survive", "was also shot",
   * "another man was shot", "the surviving victim", "an injured woman", "she shot herself").
   */
  living: number;
  /** The person each report stands for, after pronouns are resolved. */
  keys: string[];
  /** The people counted dead (keys). */
  dead: Set<string>;
  /** How many people not counted dead are told hit, the unnamed ("the man") apart. */
  hit: number;
}

/**
 * Words that tell a person hit apart from the dead: one more hit ("also shot", "another man"), hurt and living
 * ("injured", "surviving", "treated"), or the shooter ("shot herself").
 */
const APART = /\b(?:also|too|another|other|herself|himself|wounded|wounding|injured|injuring|injuries|surviv\w*|treated|released|hospitali[sz]ed|recovering)\b/i;

/** A person "also" hit by gunfire: "was also hit", "was also shot in the leg". */
const ALSO_HIT = /\balso (?:hit|shot|struck|grazed|wounded)\b/i;

/**
 * Counts people, not sentences: each named person once, he/she as the last named victim, and all unnamed mentions
 * ("the man", "the victim") as one person, counted only when nobody is named. A person hit who later died is killed.
 */
function countVictims(victims: readonly VictimReport[]): VictimTally {
  const keys: string[] = [];
  let lastNamed: string | null = null;
  const person = personKeys(victims);
  for (const v of victims) {
    const key: string = v.key === '@pron' ? (lastNamed ?? '@anon') : (person.get(v.key) ?? v.key);
    if (!key.startsWith('@') || key.startsWith('@rel:')) lastNamed = key;
    keys.push(key);
  }
  const killed = new Set<string>();
  const shot = new Set<string>();
  victims.forEach((v, i) => (v.kind === 'killed' ? killed : shot).add(keys[i] as string));
  const named = (set: Set<string>) => [...set].filter((k) => !k.startsWith('@') || k.startsWith('@rel:'));
  const killedNamed = named(killed);
  const killedCount = killedNamed.length + (killed.has('@anon') && killedNamed.length === 0 ? 1 : 0);
  // An unnamed death ("the victim died") is most likely one of the people named as shot.
  const anonDeaths = killed.has('@anon') && killedNamed.length === 0 ? 1 : 0;
  const shotNamed = named(shot).filter((k) => !killed.has(k));
  // "His brother is expected to survive": someone told alive is not the unnamed dead (coders count him injured).
  const alive = new Set<string>();
  victims.forEach((v, i) => {
    if (v.alive) alive.add(keys[i] as string);
  });
  const living = shotNamed.filter((k) => alive.has(k)).length;
  const anonShot = shot.has('@anon') && named(shot).length === 0 && killedCount === 0;
  const wounded = living + Math.max(0, shotNamed.length - living - anonDeaths) + (anonShot ? 1 : 0);
  const apart = new Set<string>();
  victims.forEach((v, i) => {
    if (v.kind === 'shot' && (v.alive || APART.test(v.evidence.text))) apart.add(keys[i] as string);
  });
  // An unnamed person told apart ("the surviving victim", "an injured woman") is one of them too.
  const apartCount = shotNamed.filter((k) => apart.has(k)).length + (apart.has('@anon') ? 1 : 0);
  // "A woman sitting in the car was also hit": an unnamed person "also" hit beside the dead is one more, wounded (not
  // "the toddler also suffered an injury": the dead child's other hurt).
  const anonAlso = !anonShot && killedCount > 0 && named(shot).length === 0 && victims.some((v, i) => v.kind === 'shot' && keys[i] === '@anon' && ALSO_HIT.test(v.evidence.text)) ? 1 : 0;
  return { killed: killedCount, wounded: wounded + anonAlso, living: Math.min(wounded + anonAlso, apartCount), keys, dead: killed, hit: shotNamed.length };
}

/**
 * One key per person: a full name's surname ("julian bryant" → "bryant"), and a single name that is part of a full
 * name mentioned elsewhere ("Major" for "Major Jamari Howard") the same person's.
 */
function personKeys(victims: readonly VictimReport[]): Map<string, string> {
  const out = new Map<string, string>();
  const surnameOf = new Map<string, string>();
  for (const v of victims) {
    if (v.key.startsWith('@') || !v.key.includes(' ')) continue;
    const parts = v.key.split(' ');
    const surname = parts[parts.length - 1] as string;
    out.set(v.key, surname);
    for (const part of parts) if (!surnameOf.has(part)) surnameOf.set(part, surname);
  }
  for (const v of victims) if (!v.key.startsWith('@') && !out.has(v.key)) out.set(v.key, surnameOf.get(v.key) ?? v.key);
  return out;
}

/** Words that tell one hit is someone besides the dead, or lives. */
const BESIDES = /\b(?:also|too|another|other|others|second|surviv\w*|recovering|released|minor|non-life|stable|herself|himself)\b/i;

/**
 * Reports of one person hit ("Felder was wounded", "Ronnie Daniels had been shot and was transported to the hospital")
 * whose words name someone counted dead: the same person told of again (coders count a victim once, killed), unless
 * the words tell another or a living one. Only a name counts: "he was hospitalized" may be a brother the pronoun
 * chain misses; "the victim", "his friend" may be anyone.
 */
function sameAsDead(reports: readonly Report[], victims: readonly VictimReport[], people: VictimTally): number[] {
  if (people.dead.size === 0 || !reports.some((r) => r.kind === 'killed')) return [];
  const out: number[] = [];
  // The shot victims by start, and the longest one's length: those overlapping a report start within that length before
  // it, so each report reads a few of them, not all (a search of every victim per report was quadratic in long texts).
  const shot = victims.flatMap((v, k) => (v.kind === 'shot' ? [k] : [])).sort((a, b) => (victims[a] as VictimReport).evidence.start - (victims[b] as VictimReport).evidence.start || a - b);
  let longest = 0;
  for (const k of shot) longest = Math.max(longest, (victims[k] as VictimReport).evidence.end - (victims[k] as VictimReport).evidence.start);
  const killedKeys = new Set(victims.flatMap((d) => (d.kind === 'killed' ? [d.key] : [])));
  reports.forEach((r, i) => {
    if ((r.kind !== 'wounded' && r.kind !== 'shot') || r.count !== 1 || r.also || r.others || r.additive || r.evidence.in === 'title' || BESIDES.test(r.evidence.text)) return;
    // The first shot victim (in victim order) whose evidence overlaps the report's.
    let lo = 0;
    let hi = shot.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((victims[shot[mid] as number] as VictimReport).evidence.start <= r.evidence.start - longest) lo = mid + 1;
      else hi = mid;
    }
    let k = -1;
    for (let j = lo; j < shot.length; j++) {
      const e = (victims[shot[j] as number] as VictimReport).evidence;
      if (e.start >= r.evidence.end) break;
      if (r.evidence.start < e.end && (k < 0 || (shot[j] as number) < k)) k = shot[j] as number;
    }
    const v = victims[k];
    const key = people.keys[k] ?? '@';
    if (!v || v.alive || v.key === '@pron' || key.startsWith('@') || !people.dead.has(key) || BESIDES.test(v.evidence.text)) return;
    // "Lisa Hart ... was killed, and her brother, Sam Hart, was wounded": a full name is the same person only if it is
    // a dead person's full name.
    if (!v.key.includes(' ') || killedKeys.has(v.key)) out.push(i);
  });
  return out;
}

const TYPES: readonly CasualtyType[] = ['killed', 'wounded', 'missing', 'captured', 'displaced'];
const KINDS: readonly CasualtyKind[] = ['killed', 'wounded', 'missing', 'captured', 'displaced', 'shot'];

interface Cell {
  value: number;
  rep: number;
}

interface Tally {
  total: number | null;
  byParty: Map<string, number>;
  /** A representative counted report, for pointing repeats at. */
  first: number | null;
}

const PARTITIVE = /^\S+ (?:of|among) (?:the|them|those|whom|these)\b/i;

/**
 * The figure one group of repeated reports stands for: the largest (updates grow), unless two named sources
 * disagree in an article about sides (`sided`), when the most conservative of their figures is taken (ACLED); the
 * others stay as duplicates. A partitive ("one of the wounded") is no source's count of the toll.
 */
function cellValue(reports: readonly Report[], all: readonly number[], dup: (number | null)[], sided: boolean): Cell {
  // "The officer was killed ... A woman was also killed": one more, after a report that is not such ("Three policemen
  // were also killed": three more).
  const first = all.findIndex((i) => !(reports[i] as Report).also);
  const extra = first < 0 ? [] : all.filter((i, k) => k > first && (reports[i] as Report).also);
  let added = 0;
  for (const i of extra) added += (reports[i] as Report).count;
  const pool = extra.length === 0 ? all : all.filter((i) => !extra.includes(i));
  // A claim gives way to a figure no one claims ("the ministry said 12 were killed ... the militants claimed 30").
  const idx = pool.some((i) => !(reports[i] as Report).claim) ? pool.filter((i) => !(reports[i] as Report).claim) : pool;
  const bySource = new Map<string, number>();
  let rep = idx[0] as number;
  for (const i of idx) {
    const r = reports[i] as Report;
    if (r.count > (reports[rep] as Report).count) rep = i;
    // "One of the wounded men is in critical condition, a doctor said": a part of the toll, no source's count of it.
    if (r.source !== null && !PARTITIVE.test(r.evidence.text)) {
      const prev = bySource.get(r.source);
      if (prev === undefined || r.count > (reports[prev] as Report).count) bySource.set(r.source, i);
    }
  }
  if (sided && bySource.size >= 2) {
    let low: number | null = null;
    for (const i of bySource.values()) if (low === null || (reports[i] as Report).count < (reports[low] as Report).count) low = i;
    if (low !== null && (reports[low] as Report).count < (reports[rep] as Report).count) rep = low;
  }
  // Tolls of different towns on the day named add up ("Five were killed in Kharkiv on Monday ... Three were killed in
  // Odesa"), each town's largest figure once; a figure of no town stands for them all when it is larger ("eight across
  // Ukraine"). Undated, another town's toll is as likely another incident told for comparison ("hours before three
  // police officers were shot dead in Baton Rouge").
  const towns = new Map<string, number>();
  if ((reports[idx[0] as number] as Report).dateKey !== null) for (const i of idx) {
    const town = townOf(reports[i] as Report);
    const had = town === null ? undefined : towns.get(town);
    if (town !== null && (had === undefined || (reports[i] as Report).count > (reports[had] as Report).count)) towns.set(town, i);
  }
  let sum = 0;
  for (const i of towns.values()) sum += (reports[i] as Report).count;
  if (towns.size >= 2 && sum > (reports[rep] as Report).count) {
    const reps = [...towns.values()];
    for (const i of pool) if (!reps.includes(i)) dup[i] = towns.get(townOf(reports[i] as Report) ?? '') ?? (reps[0] as number);
    return { value: sum + added, rep: reps[0] as number };
  }
  for (const i of pool) if (i !== rep) dup[i] = rep;
  return { value: (reports[rep] as Report).count + added, rep };
}

/** The town a report names, as the lexicon knows it ("Odessa" is Odesa), or null for none or a country. */
function townOf(r: Report): string | null {
  const place = r.place === null ? null : lookupPlace(r.place);
  return place !== null && place.kind === 'city' ? place.name : null;
}

function group<K>(idx: readonly number[], key: (i: number) => K): Map<K, number[]> {
  const out = new Map<K, number[]>();
  for (const i of idx) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/**
 * Day keys for grouping: a report giving the same figure for the same side as a report of another day is taken as a
 * repeat of it (the day named is often the day of reporting), unless it says it adds ("two more", "another").
 */
function dayKeys(reports: readonly Report[], idx: readonly number[]): Map<number, string | null> {
  const keys = new Map<number, string | null>();
  const seen = new Map<string, string>();
  for (const i of idx) {
    const r = reports[i] as Report;
    if (r.dateKey === null) {
      keys.set(i, null);
      continue;
    }
    const sig = `${r.party ?? ''}\u0000${r.count}`;
    const earlier = seen.get(sig);
    keys.set(i, earlier !== undefined && !r.additive ? earlier : r.dateKey);
    if (earlier === undefined) seen.set(sig, r.dateKey);
  }
  return keys;
}

/** One side's toll over several days: the largest day's figure, plus the days that say they add ("three more"). */
interface DayTotal {
  sum: number;
  max: number;
  added: number;
  reps: number[];
}

function addDay(d: DayTotal, value: number, additive: boolean): void {
  if (additive) d.added += value;
  else d.max = Math.max(d.max, value);
  d.sum = d.max + d.added;
}

/**
 * Totals of one kind: reports of one day and side count once; sides add up within a day; across days a side's toll is
 * its largest day (later reports repeat or update it: "two killed on Saturday ... the two, police said Monday"), plus
 * the days that say they add ("three more were killed on Tuesday").
 */
function tally(reports: readonly Report[], idx: readonly number[], dup: (number | null)[], sided: boolean): Tally {
  const byParty = new Map<string, number>();
  if (idx.length === 0) return { total: null, byParty, first: null };
  const keys = dayKeys(reports, idx);
  const undatedParty = new Map<string, Cell>();
  const datedParty = new Map<string, DayTotal>();
  let undated = 0;
  const datedNull: DayTotal = { sum: 0, max: 0, added: 0, reps: [] };
  let undatedRep: number | null = null;
  /** Whether some undated report names no side (a total). */
  let undatedHasTotal = false;
  /** Whether the undated reports are only claims of no side's dead. */
  let undatedClaim = false;
  let first: number | null = null;
  for (const [dateKey, dayIdx] of group(idx, (i) => keys.get(i) ?? null)) {
    let partySum = 0;
    let nullCell: Cell | null = null;
    let nullClaims = false;
    let dayRep: number | null = null;
    for (const [party, cellIdx] of group(dayIdx, (i) => (reports[i] as Report).party ?? (sided && (reports[i] as Report).armed ? ARMED : null))) {
      const cell = cellValue(reports, cellIdx, dup, sided);
      if (party === null) {
        nullCell = cell;
        nullClaims = cellIdx.every((i) => (reports[i] as Report).claim);
        continue;
      }
      partySum += cell.value;
      dayRep ??= cell.rep;
      if (dateKey === null) undatedParty.set(party, cell);
      else {
        const d = datedParty.get(party) ?? { sum: 0, max: 0, added: 0, reps: [] };
        addDay(d, cell.value, cellIdx.every((i) => (reports[i] as Report).additive));
        d.reps.push(cell.rep);
        datedParty.set(party, d);
      }
    }
    // Only a claim of no side's dead ("it had killed 54 soldiers") gives way to the sides' own figures.
    if (nullCell && nullClaims && dayRep !== null) nullCell = { ...nullCell, value: Math.min(nullCell.value, partySum) };
    if (nullCell && dayRep !== null && nullCell.value <= partySum) dup[nullCell.rep] = dayRep;
    const value = Math.max(nullCell?.value ?? 0, partySum);
    const rep = nullCell && (dayRep === null || nullCell.value > partySum) ? nullCell.rep : dayRep;
    if (dateKey === null) {
      undated = value;
      undatedRep = rep;
      undatedHasTotal = nullCell !== null;
      undatedClaim = nullClaims && dayRep === null;
    } else {
      if (nullCell) addDay(datedNull, nullCell.value, dayIdx.every((i) => (reports[i] as Report).party !== null || (reports[i] as Report).additive));
      first ??= rep;
    }
  }
  let datedParties = 0;
  for (const d of datedParty.values()) datedParties += d.sum;
  const datedSum = Math.max(datedNull.sum, datedParties);
  if (undatedClaim && datedSum > 0) undated = Math.min(undated, datedSum);
  for (const [party, cell] of undatedParty) {
    const dated = datedParty.get(party);
    if (dated && cell.value <= dated.sum) {
      dup[cell.rep] = dated.reps.find((r) => (reports[r] as Report).count === cell.value) ?? (dated.reps[0] as number);
    }
    byParty.set(party, Math.max(cell.value, dated?.sum ?? 0));
  }
  for (const [party, dated] of datedParty) if (!byParty.has(party)) byParty.set(party, dated.sum);
  // Undated reports no larger than the dated ones restate them, unless they are only the counts of sides the dated
  // reports do not name: "five Lebanese soldiers wounded on Thursday" … "three Israeli soldiers were wounded".
  const restates = undatedHasTotal || [...undatedParty.keys()].some((p) => datedParty.has(p));
  if (undatedRep !== null && restates && first !== null && undated <= datedSum && dup[undatedRep] === null) dup[undatedRep] = first;
  return { total: Math.max(undated, datedSum), byParty, first: first ?? undatedRep };
}

function emptyCounts(): CasualtyCounts {
  return { killed: null, wounded: null, missing: null, captured: null, displaced: null };
}

/** Wounded from "shot" reports: those hit, less those reported killed. */
function woundedWithShot(wounded: number | null, shot: number | null, killed: number | null): number | null {
  if (shot === null) return wounded;
  return Math.max(wounded ?? 0, shot - (killed ?? 0), 0);
}

/**
 * Events for people reported without a figure, unless a report already covers the same words: the first mention of
 * each person stands (or points at the stated figure of its type, when that figure is the one counted); repeats point
 * at the first mention.
 */
function victimEvents(victims: readonly VictimReport[], people: VictimTally, events: readonly CasualtyEvent[]): CasualtyEvent[] {
  const out: CasualtyEvent[] = [];
  const firstOf = new Map<string, number>();
  const byType = new Map<CasualtyType, { idx: number[]; at: number; stated: number }>();
  for (const type of ['killed', 'wounded'] as const) {
    const idx = events.flatMap((e, i) => (e.type === type && e.evidence.in !== 'title' ? [i] : []));
    const stated = idx.find((i) => (events[i] as CasualtyEvent).duplicateOf === null && (events[i] as CasualtyEvent).count > 0) ?? -1;
    byType.set(type, { idx, at: 0, stated });
  }
  victims.forEach((v, i) => {
    const type: CasualtyType = v.kind === 'shot' ? 'wounded' : 'killed';
    const t = byType.get(type) as { idx: number[]; at: number; stated: number };
    // Both lists run in document order: one sweep finds the report that covers the same words, if any.
    while (t.at < t.idx.length && (events[t.idx[t.at] as number] as CasualtyEvent).evidence.end <= v.evidence.start) t.at++;
    const next = t.idx[t.at];
    if (next !== undefined && (events[next] as CasualtyEvent).evidence.start < v.evidence.end) return;
    const key = `${type}\u0000${people.keys[i] as string}`;
    const first = firstOf.get(key);
    const counted = type === 'killed' ? people.killed : people.wounded;
    const duplicateOf = first ?? (t.stated >= 0 && (events[t.stated] as CasualtyEvent).count >= counted ? t.stated : null);
    if (first === undefined) firstOf.set(key, events.length + out.length);
    out.push({ type, count: 1, low: null, high: null, party: null, date: v.date, place: v.place, source: v.source, duplicateOf, evidence: v.evidence });
  });
  return out;
}

const SHOOTER = /\b(?:suspect|gunman|shooter|attacker)\b/i;

/** How far into the text the lead runs: the first report there may update the headline's count of the dead. */
const LEAD_CHARS = 600;

/** Fewest that are no longer "dozens" but "hundreds". */
const DOZENS_MAX = 100;

const NUMERAL = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens)\b/i;
/**
 * The age of a relative of the one hit, whose figure counts nobody ("10-year-old son of slain shooting victim"); an age
 * of the one hit states their count ("16-year-old shot").
 */
const AGE = /(?<![\w-])[\w-]+[- ](?:year|month|week)s?[- ]old\s+\w+\s+of\b/gi;

/** Whether a title's evidence states its count with a numeral, a relative's age aside. */
function statesNumeral(text: string): boolean {
  return NUMERAL.test(text.replace(AGE, ''));
}

/**
 * The figure of one type the title states with a numeral ("2 dead, 7 wounded in shooting"), when it states exactly
 * one: the headline names the incident, while the body may also tell of earlier or other shootings. Null otherwise
 * ("Man killed" states no numeral: the body's count stands).
 */
function titleFigure(reports: readonly Report[], type: 'killed' | 'wounded'): number | null {
  let found: Report | null = null;
  let shooter: Report | null = null;
  for (const r of reports) {
    if (r.evidence.in !== 'title' || (r.kind !== type && !(type === 'wounded' && r.kind === 'shot'))) continue;
    // "3 fatally shot; suspect killed": the shooter's death beside the victims'.
    if (type === 'killed' && r.count === 1 && !shooter && SHOOTER.test(r.evidence.text)) {
      shooter = r;
      continue;
    }
    if (found) return null;
    found = r;
  }
  if (found && shooter && found.kind === type && statesNumeral(found.evidence.text)) return found.count + 1;
  // "3 still in hospital", "2 in critical condition" tell of some of the wounded, not all.
  if (!found || /hospital|condition/i.test(found.evidence.text)) return null;
  // "5 people shot": everyone hit, the dead among them.
  if (found.kind === 'shot' && type === 'wounded' && found.count >= 2 && statesNumeral(found.evidence.text)) return -found.count;
  if (found.kind !== type) return null;
  if (!statesNumeral(found.evidence.text)) return null;
  // "9 dead, dozens injured" (read as 12): the body may state the figure exactly ("18 were taken to hospitals"), not
  // one that is no longer dozens ("the Taliban claimed 190 were dead").
  if (/\bdozens\b/i.test(found.evidence.text)) {
    let body = 0;
    for (const r of reports) if (r.evidence.in !== 'title' && (r.kind === type || (type === 'wounded' && r.kind === 'shot'))) body = Math.max(body, r.count);
    if (body > found.count && body < DOZENS_MAX) return null;
  }
  // The body's first report of the type, when it states more, updates the headline ("kills 2" ... "three people were slain").
  const lead = type === 'killed' ? reports.find((r) => r.evidence.in !== 'title' && r.kind === type && r.evidence.start < LEAD_CHARS) : undefined;
  return lead && lead.count > found.count && lead.count <= found.count + 2 ? lead.count : found.count;
}

function toEvent(r: Report, duplicateOf: number | null): CasualtyEvent {
  return {
    type: r.kind === 'shot' ? 'wounded' : r.kind,
    count: r.count,
    low: r.low,
    high: r.high,
    party: r.party,
    date: r.date,
    place: r.place,
    source: r.source,
    duplicateOf,
    evidence: r.evidence,
  };
}

/**
 * "Two people were shot. A third person was wounded.": the ordinal's event tells of one person, and the report of the
 * ones before it (as many as the ordinal less one), which the totals took as repeated by the ordinal, stands beside it
 * (2 + 1); its other repeats point at it. The totals are unchanged: they count at least as many as the ordinal.
 */
function ordinalEvents(reports: readonly Report[], events: CasualtyEvent[]): void {
  for (let i = 0; i < reports.length; i++) {
    if (!(reports[i] as Report).ordinal) continue;
    const e = events[i] as CasualtyEvent;
    let root = -1;
    // An ordinal that repeats a figure of everyone ("Three people were shot ... A third person was hurt") leaves the
    // reports it took for repeats as they are: they point at that figure through it.
    for (let j = 0; j < events.length && e.duplicateOf === null; j++) {
      const d = events[j] as CasualtyEvent;
      if (d.duplicateOf !== i || d.count !== e.count - 1) continue;
      if (root < 0) {
        root = j;
        d.duplicateOf = null;
      } else d.duplicateOf = root;
    }
    e.count = 1;
    e.low = null;
  }
}

/** Points every duplicate at the first report of its casualties, never at another duplicate (14 → 6 → 3 becomes 14 → 3). */
function firstReports(events: CasualtyEvent[]): CasualtyEvent[] {
  for (const e of events) {
    let d = e.duplicateOf;
    for (let hops = 0; d !== null && hops < events.length; hops++) {
      const next = (events[d] as CasualtyEvent).duplicateOf;
      if (next === null) break;
      d = next;
    }
    e.duplicateOf = d;
  }
  return events;
}

/**
 * Deduplicates current reports into totals and per-side counts; background reports go to `historical`. People
 * reported without a figure (`victims`) raise a total when they outnumber the figures stated.
 */
export function assemble(all: readonly Report[], victims: readonly VictimReport[] = []): Casualties {
  const reports = all.filter((r) => !r.historical);
  // Most articles report no current casualty: no count to take, and every report is background.
  if (reports.length === 0 && victims.length === 0) return { total: emptyCounts(), byParty: [], events: [], historical: all.map((r) => toEvent(r, null)) };
  const dup: (number | null)[] = reports.map(() => null);
  const tallies = new Map<CasualtyKind, Tally>();
  // Sources that disagree on a side's toll (a conflict's ministries, monitors) give way to the most conservative figure
  // (ACLED); in a report of one shooting with no sides, a later source's figure is most often an update, and coders
  // (GVA) take it.
  const sided = reports.some((r) => r.party !== null);
  // The shooter's death adds one to the deaths the other reports tell of (they are his victims), once.
  const shooters = reports.some((r) => r.kind === 'killed' && !r.shooter) ? reports.flatMap((r, i) => (r.kind === 'killed' && r.shooter ? [i] : [])) : [];
  const people = countVictims(victims);
  const same = new Set(sameAsDead(reports, victims, people));
  const shooterSet = new Set(shooters);
  // Deaths of the wounded told later: counted apart, once (the first told), after the dead and the wounded told before.
  const laterRep = reports.findIndex((r) => r.ofWounded);
  reports.forEach((r, i) => {
    if (r.ofWounded && i !== laterRep) dup[i] = laterRep;
  });
  for (const kind of KINDS) {
    const idx = reports.flatMap((r, i) => (r.kind === kind && !(kind === 'killed' && (shooterSet.has(i) || (reports[i] as Report).ofWounded)) && !same.has(i) ? [i] : []));
    tallies.set(kind, tally(reports, idx, dup, sided));
  }
  const get = (k: CasualtyKind): Tally => tallies.get(k) as Tally;
  const total = emptyCounts();
  for (const t of TYPES) total[t] = get(t).total;
  for (const i of shooters.slice(1)) dup[i] = shooters[0] as number;
  // A named dead person's hurt told again points at the count of the dead.
  const killedRep = get('killed').first;
  for (const i of same) dup[i] = killedRep;
  if (laterRep >= 0) {
    // Figures told before the death are of the time before it; those after it may tell it again ("One of the wounded
    // has died ... Roberts later died at the hospital"), or the wounded who are left.
    const at = (reports[laterRep] as Report).evidence.start;
    const died = (reports[laterRep] as Report).count;
    let killedBefore = 0;
    let woundedBefore = -1;
    reports.forEach((r, i) => {
      if (r.evidence.in === 'title' || r.evidence.start >= at || dup[i] !== null) return;
      if (r.kind === 'killed') killedBefore = Math.max(killedBefore, r.count);
      if (r.kind === 'wounded') woundedBefore = Math.max(woundedBefore, r.count);
    });
    // A toll that already counts the death (told after it, or larger) stands for it.
    const told = get('killed').first;
    if (told !== null && (total.killed ?? 0) >= killedBefore + died) dup[laterRep] = told;
    total.killed = Math.max(total.killed ?? 0, killedBefore + died);
    if (total.wounded !== null && total.wounded === woundedBefore) total.wounded = Math.max(0, total.wounded - died);
  }
  if (people.killed > 0 && (total.killed ?? 0) === 0) total.killed = people.killed;
  total.wounded = woundedWithShot(total.wounded, get('shot').total, total.killed);
  const victimsKilled = total.killed;
  // "Four people were injured ... A man is dead and three others were hospitalized": two figures of the hurt that differ
  // by the dead are everyone hit and those who live (coders count the living); not when the larger figure lives ("the
  // four teenagers were treated and released").
  if ((total.wounded ?? 0) > 0 && (victimsKilled ?? 0) > 0) {
    const body = reports.filter((r) => r.kind === 'wounded' && r.evidence.in !== 'title');
    const living = (total.wounded as number) - (victimsKilled as number);
    const all = body.filter((r) => r.count === total.wounded);
    if (living > 0 && all.length > 0 && all.every((r) => !r.others && !r.nearDeath && !r.evidence.text.endsWith(' released')) && body.some((r) => r.count === living && r.others && !/^\S+ of\b/.test(r.evidence.text))) total.wounded = living;
  }
  if (shooters.length > 0) total.killed = (total.killed ?? 0) + 1;
  // "The shooting death of a 3-year-old girl ... Miranda Doerr was shot": the dead the figures count beyond those
  // named dead may be the people named as shot (coders count one dead, none wounded), unless the words tell they live.
  const unnamedDead = Math.max(0, (total.killed ?? 0) - people.killed);
  let victimWounded = people.living + Math.max(0, people.wounded - people.living - unnamedDead);
  // "The victim has died ... his friend was shot": the one person hit that no words tell alive or apart, in a story of
  // one dead and no figure of the hurt, is most often the dead told of again (coders count him once, killed).
  if (victimWounded === 1 && people.living === 0 && people.killed > 0 && total.killed === 1 && people.hit === 1) victimWounded = 0;
  if (victimWounded > 0 && (total.wounded ?? 0) === 0) total.wounded = victimWounded;
  // Everyone reported hit is accounted for among the dead: none wounded, rather than no figure.
  if (total.wounded === null && victims.some((v) => v.kind === 'shot')) total.wounded = victimWounded;
  for (const t of ['killed', 'wounded'] as const) {
    const headline = titleFigure(reports, t);
    // A headline of everyone hit ("6 people shot") caps a body total that counts more (a roundup's figure, other
    // incidents): coders count the incident the headline names, its dead apart.
    if (headline !== null && headline < 0) {
      if ((total.wounded ?? 0) > -headline) total.wounded = Math.max(0, -headline - (total.killed ?? 0));
    } else if (headline !== null) {
      // "Inmate who killed 2" with the body's "before officers killed the gunman": the headline counts his victims.
      total[t] = t === 'killed' && shooters.length > 0 && headline === victimsKilled ? headline + 1 : headline;
    }
  }
  const shot = get('shot');
  const killedFirst = get('killed').first;
  if (shot.total !== null && killedFirst !== null && shot.total <= (total.killed ?? 0)) {
    reports.forEach((r, i) => {
      if (r.kind === 'shot' && dup[i] === null) dup[i] = killedFirst;
    });
  }
  const parties: string[] = [];
  for (const r of reports) if (r.party !== null && !parties.includes(r.party)) parties.push(r.party);
  const byParty = parties.map((party) => {
    const counts = emptyCounts();
    for (const t of TYPES) counts[t] = get(t).byParty.get(party) ?? null;
    counts.wounded = woundedWithShot(counts.wounded, shot.byParty.get(party) ?? null, counts.killed);
    return { party, ...counts };
  });
  // Sides are different people, so the wounded in all are at least the sides' wounded together. The total's "hit less
  // dead" may take one side's dead from another's hit ("A second civilian was shot ... an officer had died"), and a
  // headline of some of those hit ("2 cops shot") may cap it below the body's count of others ("the four civilians
  // who were shot").
  let sides = 0;
  for (const p of byParty) sides += p.wounded ?? 0;
  if (sides > (total.wounded ?? 0)) total.wounded = sides;
  const events = reports.map((r, i) => toEvent(r, dup[i] ?? null));
  ordinalEvents(reports, events);
  return {
    total,
    byParty,
    events: firstReports([...events, ...victimEvents(victims, people, events)]),
    historical: all.filter((r) => r.historical).map((r) => toEvent(r, null)),
  };
}
