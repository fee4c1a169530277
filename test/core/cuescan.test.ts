import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPLIED_DEATH } from '../../src/core/facts/casualties/index.ts';
import { compileCues } from '../../src/core/facts/entities/cues.ts';
import { CASUALTY_STEMS } from '../../src/core/lexicon/casualties.ts';
import { BOILERPLATE_PATTERNS } from '../../src/core/lexicon/boilerplate.ts';
import { CEASEFIRE_WORDS, HISTORICAL_MARKERS, MEDIATOR_CUES } from '../../src/core/lexicon/roles.ts';
import { CASUALTY_FIGURE, CEASEFIRE_ANY, MEDIATION, PHOTO_REFERENCE } from '../../src/core/summary/cues.ts';
import { YEAR_RE } from '../../src/core/facts/ceasefire/historical.ts';
import { CUE, cueBits, UNTRUSTED } from '../../src/core/text/cuescan.ts';
import '../../src/core/analyze.ts';

// The cue families of text/cuescan.ts let extractors skip a regular expression on a sentence without the family's
// words. That is only sound if the family bit is set whenever the expression matches: checked here on text built
// from the cue words themselves, mixed case, the letters case-insensitive Unicode matching folds onto ASCII (ſ, K)
// and non-ASCII letters.

const FC = { seed: 20261128, numRuns: 3000 };

const GUARDED: ReadonlyArray<[string, number, readonly RegExp[]]> = [
  ['historical', CUE.historical, [
    new RegExp(HISTORICAL_MARKERS.filter((m) => !m.includes('(?:19|20)\\d\\d\\b')).join('|'), 'i'),
    /\b(?:earlier|previous|prior|old|last) (?:ceasefire|cease-fire|truce|deal|agreement|accord|round)\b/i,
  ]],
  ['year', CUE.year, [new RegExp(YEAR_RE.source, 'i')]],
  ['ceasefire', CUE.ceasefire, [compileCues(CEASEFIRE_WORDS)]],
  ['role', CUE.role, MEDIATOR_CUES.map(({ cues }) => compileCues(cues))],
  ['talks', CUE.talks, [/\btalks\b/i]],
  ['casualtyFigure', CUE.casualtyFigure, [CASUALTY_FIGURE]],
  ['ceasefireAny', CUE.ceasefireAny, [CEASEFIRE_ANY]],
  ['mediation', CUE.mediation, [MEDIATION]],
  ['boilerplate', CUE.boilerplate, BOILERPLATE_PATTERNS.filter((re) => !re.source.startsWith('^'))],
  ['casualtyStems', CUE.casualtyStems, [CASUALTY_STEMS]],
  ['impliedDeath', CUE.impliedDeath, [IMPLIED_DEATH]],
  ['photo', CUE.photo, [PHOTO_REFERENCE]],
  ['curlyQuote', CUE.curlyQuote, [/[\u201c\u201d]/]],
];

const WORDS = [
  'killed', 'three', '12', 'were', 'lost their lives', 'ceasefire', 'cease-fire', 'cease fire', 'truce', 'peace deal',
  'peace talks', 'mediated', 'brokered', 'good offices', 'shuttle diplomacy', 'facilitated', 'last year', 'years ago',
  'in the 1990s', 'after the war', 'then-President', 'back in', 'in 1998', 'earlier truce', 'history', 'talks',
  'offered to mediate', 'urged', 'called for', 'halt the fighting', 'go-between', 'copyright', '©', 'all rights reserved',
  'share this article', '(Reuters)', '(AP Photo)', 'creative commons', 'sign up for our newsletter', 'armistice',
  'cessation of hostilities', 'casualties', 'injuries', 'readiness', 'stands ready', 'willingness', 'guarantors',
  'shot', 'died', 'passed away', 'hit in the', 'were hit', 'treated and released', 'fatal shooting', 'non-fatal shooting',
  'shooting death', 'brain-dead', 'brain dead', 'charged with murder', 'took his own life', 'murder-suicide',
  'double murder suicide', 'homicide victim', 'kidnapped', 'hostages', 'fled', 'on December 22, 1974', 'in July 2016',
  'on 22 December 1974', 'in early 2015', 'pictured', '(pictured)', '(left)', '(file photo)', '(above, in 2010)', '\u201c',
  '\u201d',
];
const NOISE = ['ſ', 'K', 'é', 'İ', ' ', '  ', '-', '.', ',', "'", 'the', 'x', 'ß', '\u00a0', '\n'];

/** Upper-cases, or swaps s/k for the folding letters, at random positions (driven by the bits of `mask`). */
function mangle(word: string, mask: number): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    const bit = (mask >>> (i % 30)) & 3;
    if (bit === 1) out += c.toUpperCase();
    else if (bit === 2 && c === 's') out += 'ſ';
    else if (bit === 2 && c === 'k') out += 'K';
    else out += c;
  }
  return out;
}

const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS, ...NOISE), fc.nat()), { maxLength: 12 })
  .map((parts) => parts.map(([w, m]) => mangle(w, m)).join(' '));

describe('cue families', () => {
  it('set a family bit whenever one of its expressions matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        const bits = cueBits(t, 0, t.length);
        for (const [name, bit, patterns] of GUARDED) {
          for (const re of patterns) {
            re.lastIndex = 0;
            if (re.test(t)) expect({ name, text: t, set: (bits & bit) !== 0 }).toEqual({ name, text: t, set: true });
            re.lastIndex = 0;
          }
        }
      }),
      FC,
    );
  });

  it('are trusted by every expression that relies on them: no fingerprint went stale when an expression changed', () => {
    expect(UNTRUSTED).toEqual([]);
  });

  it('find the cue words in the sentences that hold them', () => {
    expect(cueBits('Three soldiers were killed.', 0, 27) & CUE.casualtyFigure).not.toBe(0);
    expect(cueBits('Prices went up.', 0, 15)).toBe(0);
    expect(cueBits('A man was SHOT twice.', 0, 20) & CUE.casualtyStems).not.toBe(0);
    expect(cueBits('It was a murder-suicide.', 0, 24) & CUE.impliedDeath).not.toBe(0);
    expect(cueBits('A CEAſEFIRE was agreed.', 0, 23) & CUE.ceasefire).not.toBe(0);
  });
});
