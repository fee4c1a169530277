import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/doc.ts';

/** Splits like the API does and returns the sentences' texts. */
function sentences(text: string): string[] {
  return buildDoc({ text }).sentences.map((s) => s.text);
}

// Each row: input, and the sentences a careful reader finds in it.
const CASES: Array<[string, string, string[]]> = [
  ['plain boundaries', 'The talks failed. Fighting resumed! Will it stop?', ['The talks failed.', 'Fighting resumed!', 'Will it stop?']],
  ['titles', 'Mr. Smith met Dr. Jones and Gen. Miller. They spoke.', ['Mr. Smith met Dr. Jones and Gen. Miller.', 'They spoke.']],
  ['rank pair', 'Lt. Col. Ahmed Said led the unit. It held.', ['Lt. Col. Ahmed Said led the unit.', 'It held.']],
  ['U.S. before a name', 'The U.S. State Department said so. It was late.', ['The U.S. State Department said so.', 'It was late.']],
  ['U.N. before a word', 'The U.N. Security Council met. Nothing changed.', ['The U.N. Security Council met.', 'Nothing changed.']],
  ['U.S. ending a sentence', 'Troops flew back to the U.S. The next day they rested.', ['Troops flew back to the U.S.', 'The next day they rested.']],
  ['months before days', 'It began on Jan. 3 and ended Oct. 14. Then calm.', ['It began on Jan. 3 and ended Oct. 14.', 'Then calm.']],
  ['No. before a number', 'He lives at No. 10 Downing Street. Visitors came.', ['He lives at No. 10 Downing Street.', 'Visitors came.']],
  ['initials', 'George W. Bush and J. R. Smith met. They talked.', ['George W. Bush and J. R. Smith met.', 'They talked.']],
  ['decimals and thousands', 'About 5,000 fled and 1.5 million stayed. Aid came.', ['About 5,000 fled and 1.5 million stayed.', 'Aid came.']],
  ['times', 'The attack came at 3 p.m. on Monday. Police arrived at 3:30 p.m. The road closed.', ['The attack came at 3 p.m. on Monday.', 'Police arrived at 3:30 p.m.', 'The road closed.']],
  ['ellipsis mid-sentence', 'He paused... and went on. Then he left.', ['He paused... and went on.', 'Then he left.']],
  ['ellipsis character ends', 'He waited\u2026 Nobody came.', ['He waited\u2026', 'Nobody came.']],
  ['quote closes sentence', '"We will fight," he said. "We will win." The crowd cheered.', ['"We will fight," he said.', '"We will win."', 'The crowd cheered.']],
  ['curly quotes', '\u201cIt is over.\u201d She left.', ['\u201cIt is over.\u201d', 'She left.']],
  ['question inside quote', '"Why now?" he asked. Nobody knew.', ['"Why now?" he asked.', 'Nobody knew.']],
  ['single-quoted question before attribution', "'Why now?' he asked. Nobody knew.", ["'Why now?' he asked.", 'Nobody knew.']],
  ['exclamation, detached curly closer, attribution', '\u2018We won! \u2019 she said. Then calm.', ['\u2018We won! \u2019 she said.', 'Then calm.']],
  ['question, detached straight closer, attribution', "He said: 'Why now? ' he asked. Nobody knew.", ["He said: 'Why now? ' he asked.", 'Nobody knew.']],
  ['detached curly closer stays with its sentence', 'He said: \u2018 It is over. \u2019 Afterwards he left.', ['He said: \u2018 It is over. \u2019', 'Afterwards he left.']],
  ['detached curly opener starts the next sentence', 'He said: \u2018 It is over. \u2018 It is done. \u2019 He left.', ['He said: \u2018 It is over.', '\u2018 It is done. \u2019', 'He left.']],
  ["detokenised '' closer", "It was over. '' Producers said so.", ["It was over. ''", 'Producers said so.']],
  ['detached straight closer of an open quote', 'He said: " It is over. " Then he left.', ['He said: " It is over. "', 'Then he left.']],
  ['spaced opener after a closed quote', "He said: 'We are done.' ' I can see it,' he said.", ["He said: 'We are done.'", "' I can see it,' he said."]],
  ['detached closer at the end of a paragraph', 'She said: \u2018 It is over. \u2019\n\nNext day.', ['She said: \u2018 It is over. \u2019', 'Next day.']],
  ['glued caption before "The"', 'A cat is nursing sick animals back to health The green-eyed cat was brought in. It purrs.', ['A cat is nursing sick animals back to health', 'The green-eyed cat was brought in.', 'It purrs.']],
  ['glued caption before "A"', 'She was arrested on Monday in January A teacher from Texas was held. Bail was set.', ['She was arrested on Monday in January', 'A teacher from Texas was held.', 'Bail was set.']],
  ['glued caption after a bracket', 'The zoo (file photo) The boy was rescued by his parents. He is fine.', ['The zoo (file photo)', 'The boy was rescued by his parents.', 'He is fine.']],
  ['glued caption before a pronoun', 'Locke won his first six games in charge of the club He has impressed the board. Fine.', ['Locke won his first six games in charge of the club', 'He has impressed the board.', 'Fine.']],
  ['glued caption before "However,"', 'The kite needs three flyers to manoeuvre However, the authorities said no. Fine.', ['The kite needs three flyers to manoeuvre', 'However, the authorities said no.', 'Fine.']],
  ['a name is no glue', "The horse Don't Push It gave them a win and the It girl came. Fine.", ["The horse Don't Push It gave them a win and the It girl came.", 'Fine.']],
  ['a title after a preposition is no glue', 'He told The Times and starred in The Audience on stage. It ran.', ['He told The Times and starred in The Audience on stage.', 'It ran.']],
  ['a capital article before a lower-case word after a label word is no glue', 'Take vitamin A daily and see images A and B here. Fine.', ['Take vitamin A daily and see images A and B here.', 'Fine.']],
  ['a unit after a number is no title', 'She slimmed down to 12.5st. Lizzi lost 7st in a year.', ['She slimmed down to 12.5st.', 'Lizzi lost 7st in a year.']],
  ['brackets', 'The group (known as ISIS) struck. (It denied this.) Talks went on.', ['The group (known as ISIS) struck.', '(It denied this.)', 'Talks went on.']],
  ['dateline with dash', 'TEHRAN \u2013 Iran expressed concern. It urged restraint.', ['Iran expressed concern.', 'It urged restraint.']],
  ['wire dateline', 'KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- A bomb killed two. Police said so.', ['A bomb killed two.', 'Police said so.']],
  ['agency dateline', 'LONDON (Reuters) - Shares fell. Bonds rose.', ['Shares fell.', 'Bonds rose.']],
  ['CNN dateline', '(CNN)The storm hit. Many fled.', ['The storm hit.', 'Many fled.']],
  ['CNN dateline with a place in title case', 'New Delhi, India (CNN)The storm hit. Many fled.', ['The storm hit.', 'Many fled.']],
  ['no dateline: an article before a network', 'The Pentagon (AP) said the storm hit. Many fled.', ['The Pentagon (AP) said the storm hit.', 'Many fled.']],
  ['headline line without punctuation', 'Clashes on the border\n\nTwo soldiers died. One was hurt.', ['Clashes on the border', 'Two soldiers died.', 'One was hurt.']],
  ['lines without final punctuation', 'First line\nSecond line\nThird line', ['First line', 'Second line', 'Third line']],
  ['wrapped line continues', 'The ministry said the\nsoldiers were killed. Then calm.', ['The ministry said the\nsoldiers were killed.', 'Then calm.']],
  ['lower case after period is no boundary', 'They used approx. ten trucks. It worked.', ['They used approx. ten trucks.', 'It worked.']],
  ['company abbreviation', 'Acme Inc. said profits rose. Shares jumped.', ['Acme Inc. said profits rose.', 'Shares jumped.']],
  ['no punctuation at all', 'just some words with no end', ['just some words with no end']],
  ['multiple terminal marks', 'Really?! Yes. Fine.', ['Really?!', 'Yes.', 'Fine.']],
  ['number ends a sentence', 'The toll rose to 12. Officials said 3 more died.', ['The toll rose to 12.', 'Officials said 3 more died.']],
  ['paragraphs glued without a space', 'The law was "brutal".In an editorial, the paper agreed.But Mrs May said no.', ['The law was "brutal".', 'In an editorial, the paper agreed.', 'But Mrs May said no.']],
  ['an abbreviation that is also a word, in lower case', 'Prices of iron ore. China bought less. He lives in Salem, Ore. on a farm.', ['Prices of iron ore.', 'China bought less.', 'He lives in Salem, Ore. on a farm.']],
  ['no space but no boundary', 'The U.S.A team won at St.Louis, see e.g.The Times or www.Example.com today.', ['The U.S.A team won at St.Louis, see e.g.The Times or www.Example.com today.']],
];

describe('sentence segmentation', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  it('maps every sentence back to the submitted text, through CRLF, tabs, NBSP and zero-width marks', () => {
    const text = '  Fighting\u00a0resumed\t on  Monday.\r\n\r\n\r\nTwo\u200b soldiers \u201cdied\u201d\u2026 Calm returned.  ';
    const doc = buildDoc({ text });
    expect(doc.sentences.length).toBe(3);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.sentences[0]?.text).toBe('Fighting\u00a0resumed\t on  Monday.');
    expect(doc.sentences[1]?.paragraph).toBe(1);
  });

  it('finds the dateline place and resolves its date against publishedAt', () => {
    const doc = buildDoc({ text: 'KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- A bomb killed two.', publishedAt: '2019-10-04' });
    expect(doc.dateline?.place).toBe('Kandahar, Afghanistan');
    expect(doc.dateline?.date).toBe('2019-10-03');
    expect(doc.publishedAt).toBe('2019-10-04');
  });

  it('gives empty and blank text no sentences', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n\t \r\n ')).toEqual([]);
  });

  it('cuts a run of text with no boundary into bounded sentences that still slice exactly', () => {
    const text = 'word '.repeat(3000);
    const doc = buildDoc({ text });
    expect(doc.sentences.length).toBeGreaterThan(1);
    for (const s of doc.sentences) {
      expect(s.text.length).toBeLessThanOrEqual(2000);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('cuts a run with no space between code points, never inside an emoji', () => {
    const text = `a${'😀'.repeat(3000)} five people were killed.`;
    const doc = buildDoc({ text });
    expect(doc.sentences.length).toBe(4);
    for (const s of doc.sentences) {
      expect(s.text.length).toBeLessThanOrEqual(2000);
      expect(s.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});
