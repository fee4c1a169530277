import { describe, expect, it } from 'vitest';
import { porterStem } from '../../scripts/lib/porter.ts';
import { lcsIndices, rouge, rougeBest, splitSentences, tokenize } from '../../scripts/lib/rouge.ts';

// Hand-computed cases for the evaluation's ROUGE (rouge_score's method). The script's numbers were also checked
// against a transcription of rouge_score run with NLTK's PorterStemmer on 3,522 reference/candidate pairs of the
// evaluation sets: no difference (see scripts/lib/rouge.ts).

describe('porterStem (NLTK PorterStemmer, default NLTK_EXTENSIONS mode)', () => {
  const cases: Array<[string, string]> = [
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['troops', 'troop'],
    ['agreed', 'agre'],
    ['hoping', 'hope'],
    ['falling', 'fall'],
    ['controlling', 'control'],
    ['happy', 'happi'],
    ['lazy', 'lazi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['generalizations', 'gener'],
    // Where NLTK departs from the original algorithm (and from the npm `stemmer` package):
    ['days', 'day'], // y after a vowel stays (original: "dai", which no longer matches the unstemmed "day")
    ['enjoy', 'enjoy'],
    ['ties', 'tie'], // four-letter -ies
    ['uses', 'use'], // two-letter stem ending vowel-consonant counts as *o
    ['hopefully', 'hope'], // -fulli
    ['spying', 'spi'],
    ['news', 'news'], // irregular forms
    ['dying', 'die'],
  ];
  it.each(cases)('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

describe('tokenize', () => {
  it('lower-cases, turns every non-alphanumeric run into a break and stems words longer than 3 characters', () => {
    expect(tokenize("U.S. troops' deaths: 3,000!")).toEqual(['u', 's', 'troop', 'death', '3', '000']);
  });
  it('drops accented letters as rouge_score does ([^a-z0-9] is a separator)', () => {
    expect(tokenize('Café owner')).toEqual(['caf', 'owner']);
  });
  it('leaves words of 3 characters or fewer unstemmed', () => {
    expect(tokenize('was has day days')).toEqual(['was', 'has', 'day', 'day']);
  });
  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -- ... ')).toEqual([]);
  });
});

describe('rouge', () => {
  it("reproduces rouge_score's README example", () => {
    const s = rouge('The quick brown fox jumps over the lazy dog', 'The quick brown dog jumps on the log.');
    // 9 reference tokens, 8 candidate tokens; unigram overlap the×2 quick brown dog jump = 6.
    expect(s.rouge1.precision).toBeCloseTo(6 / 8, 12);
    expect(s.rouge1.recall).toBeCloseTo(6 / 9, 12);
    expect(s.rouge1.f).toBeCloseTo(0.7058823529411765, 12);
    // bigrams: "the quick", "quick brown" shared; 7 candidate, 8 reference bigrams.
    expect(s.rouge2.precision).toBeCloseTo(2 / 7, 12);
    expect(s.rouge2.recall).toBeCloseTo(2 / 8, 12);
    expect(s.rouge2.f).toBeCloseTo(4 / 15, 12);
    // one sentence each: LCS "the quick brown jump the" = 5.
    expect(s.rougeLsum.precision).toBeCloseTo(5 / 8, 12);
    expect(s.rougeLsum.recall).toBeCloseTo(5 / 9, 12);
  });

  it('clips repeated n-grams to the reference count', () => {
    const s = rouge('the the the cat', 'the the the the the');
    expect(s.rouge1.precision).toBeCloseTo(3 / 5, 12);
    expect(s.rouge1.recall).toBeCloseTo(3 / 4, 12);
    expect(s.rouge2.precision).toBeCloseTo(2 / 4, 12);
    expect(s.rouge2.recall).toBeCloseTo(2 / 3, 12);
  });

  it('computes the union LCS of Lin (2004), section 3.2', () => {
    // r = w1..w5; c1 shares w1 w2, c2 shares w1 w3 w5: union {w1 w2 w3 w5} = 4 hits over 5 and 10 tokens.
    const s = rouge('w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5');
    expect(s.rougeLsum.recall).toBeCloseTo(4 / 5, 12);
    expect(s.rougeLsum.precision).toBeCloseTo(4 / 10, 12);
    expect(s.rougeLsum.f).toBeCloseTo(8 / 15, 12);
  });

  it('does not count a candidate token twice across reference sentences (ROUGE 1.5.5)', () => {
    const s = rouge('x y\nx y', 'x y');
    expect(s.rougeLsum.precision).toBeCloseTo(1, 12);
    expect(s.rougeLsum.recall).toBeCloseTo(0.5, 12);
  });

  it('differs from sentence-blind ROUGE-L when sentence order changes', () => {
    const s = rouge('a b c\nd e f', 'd e f\na b c');
    expect(s.rougeLsum.f).toBeCloseTo(1, 12);
  });

  it('backtracks the LCS as rouge_score does (ties move up the reference)', () => {
    expect(lcsIndices(['a', 'b'], ['b', 'a'])).toEqual([0]);
    expect(lcsIndices(['a', 'b', 'c'], ['a', 'c'])).toEqual([0, 2]);
  });

  it('gives zeros for an empty candidate or reference', () => {
    const s = rouge('some reference text', '');
    expect([s.rouge1.f, s.rouge2.f, s.rougeLsum.f]).toEqual([0, 0, 0]);
    const t = rouge('', 'some candidate');
    expect([t.rouge1.f, t.rouge2.f, t.rougeLsum.f]).toEqual([0, 0, 0]);
  });

  it('cuts a one-paragraph reference into sentences for ROUGE-Lsum, and can keep it whole', () => {
    const split = rouge('a b c. D e f.', 'd e f a b c');
    expect(split.rougeLsum.f).toBeCloseTo(1, 12);
    const whole = rouge('a b c. D e f.', 'd e f a b c', { splitUnbrokenReference: false });
    expect(whole.rougeLsum.f).toBeCloseTo(0.5, 12);
  });

  it('can score without stemming', () => {
    expect(rouge('troops', 'troop', { stem: null }).rouge1.f).toBe(0);
    expect(rouge('troops', 'troop').rouge1.f).toBe(1);
  });
});

describe('rougeBest', () => {
  it('takes, for each measure, the reference with the best F1', () => {
    const s = rougeBest(['a b c d', 'a c e f'], 'a c x y');
    expect(s.rouge1.f).toBeCloseTo(0.5, 12); // both give 2/4
    expect(s.rouge2.f).toBeCloseTo(1 / 3, 12); // "a c" only in the second: 1 of 3 bigrams each way
  });
});

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['He left. She stayed! "Why?" he asked.', ['He left.', 'She stayed!', '"Why?" he asked.']],
    ['It was 3 p.m. then. 2 more came.', ['It was 3 p.m. then.', '2 more came.']],
    ['No break here', ['No break here']],
  ];
  it.each(cases)('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});
