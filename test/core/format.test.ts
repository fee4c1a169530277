import { describe, expect, it } from 'vitest';
import seed from '../fixtures/seed.txt?raw';
import { analyze } from '../../src/core/analyze.ts';
import { buildDigest, type DigestSource } from '../../src/core/format/digest.ts';
import { DISCORD_LIMITS, SLACK_LIMITS } from '../../src/core/format/limits.ts';
import { toMarkdown, toPlainText } from '../../src/core/format/markdown.ts';
import { discordNotice, toDiscordMessage } from '../../src/core/format/discord.ts';
import { slackNotice, toSlackMessage, type SlackBlock } from '../../src/core/format/slack.ts';
import { escapeDiscord, escapeMarkdown, escapeSlack, fitEscaped, truncate } from '../../src/core/format/text.ts';
import type { Analysis, SummarySentence } from '../../src/core/types.ts';

const SEED: DigestSource = { id: 'a'.repeat(64), ...analyze({ text: seed }) };

/** A result with no facts at all and the given summary sentences (what an unrelated article gives). */
function bare(sentences: string[], title: string | null = null): DigestSource {
  const base = analyze({ text: 'Nothing happened.' });
  let at = 0;
  const summary: SummarySentence[] = sentences.map((text, index) => {
    const s = { index, text, start: at, end: at + text.length, score: 1 };
    at += text.length + 1;
    return s;
  });
  const empty: Analysis['facts'] = {
    ...base.facts,
    casualties: { total: { killed: null, wounded: null, missing: null, captured: null, displaced: null }, byParty: [], events: [], historical: [] },
    parties: [],
    mediators: [],
    ceasefire: { status: 'none', brokeredBy: [], acceptedBy: [], violationsAlleged: false, evidence: [] },
  };
  return { ...base, title, summary: { text: sentences.join(' '), sentences: summary }, facts: empty, stats: { ...base.stats, sentences: sentences.length } };
}

/** Every text a Slack message would render, joined. */
function slackTexts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : [b.text.text]));
}

describe('digest of the seed article', () => {
  const digest = buildDigest(SEED);

  it('carries the toll per side, the mediators with roles and the ceasefire', () => {
    expect(digest.toll).toContainEqual({ party: 'Armenia', counts: [{ type: 'killed', count: 3 }, { type: 'wounded', count: 5 }] });
    expect(digest.toll).toContainEqual({ party: 'Azerbaijan', counts: [{ type: 'killed', count: 1 }, { type: 'wounded', count: 2 }] });
    expect(digest.mediators).toContainEqual({ name: 'Russia', role: 'brokered' });
    expect(digest.ceasefire?.brokeredBy).toContain('Russia');
    expect(digest.bullets).toEqual(SEED.summary.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()));
    expect(digest.headline).toBe('News brief: Armenia – Azerbaijan');
  });

  it('renders the same facts in Markdown, plain text, Slack and Discord', () => {
    const markdown = toMarkdown(SEED);
    const plain = toPlainText(SEED);
    const slack = toSlackMessage(SEED);
    const discord = JSON.stringify(toDiscordMessage(SEED));
    for (const out of [markdown, plain, slack.text, slackTexts(slack.blocks ?? []).join('\n'), discord]) {
      expect(out).toContain('Armenia 3 killed, 5 wounded'.replace('Armenia ', out === discord ? 'Armenia: ' : 'Armenia '));
      expect(out).toMatch(/Russia \(brokered\)/);
      expect(out).toMatch(/Ceasefire/);
    }
    expect(markdown).toMatch(/^## News brief: Armenia – Azerbaijan\n\n- /);
    expect(plain).not.toMatch(/[*_#]/);
  });

  it('is byte-identical on every call', () => {
    expect(toMarkdown(SEED)).toBe(toMarkdown(SEED));
    expect(JSON.stringify(toSlackMessage(SEED, 'in_channel'))).toBe(JSON.stringify(toSlackMessage(SEED, 'in_channel')));
    expect(JSON.stringify(toDiscordMessage(SEED))).toBe(JSON.stringify(toDiscordMessage(SEED)));
  });
});

describe('empty facts and empty summaries', () => {
  const cases: Array<[string, DigestSource]> = [
    ['no facts', bare(['A council met on Tuesday.'], 'Council meets')],
    ['no sentences at all', bare([])],
  ];
  it.each(cases)('%s: every format says so instead of failing', (_name, source) => {
    expect(toMarkdown(source)).toContain('No casualties, mediators or ceasefire found.');
    expect(toPlainText(source)).toContain('No casualties, mediators or ceasefire found.');
    const slack = toSlackMessage(source);
    expect(slackTexts(slack.blocks ?? []).join('\n')).toContain('No casualties, mediators or ceasefire found.');
    const embed = toDiscordMessage(source).embeds![0]!;
    expect(embed.fields).toEqual([{ name: 'Facts', value: 'No casualties, mediators or ceasefire found.', inline: false }]);
    expect(embed.description.length).toBeGreaterThan(0);
  });
  it('uses the title as headline when there is one, a neutral label otherwise', () => {
    expect(buildDigest(bare(['x.'], 'Council meets')).headline).toBe('Council meets');
    expect(buildDigest(bare([])).headline).toBe('News brief');
  });
  it('leaves out a bullet that only repeats the title shown as the headline', () => {
    const digest = buildDigest(bare(['Council meets on Monday.', 'The vote is close.'], 'Council  meets on Monday'));
    expect(digest.bullets).toEqual(['The vote is close.']);
  });
});

describe('platform limits', () => {
  const huge = bare(Array.from({ length: 50 }, (_, i) => `Sentence ${i} ${'word '.repeat(900)}end.`), 'T'.repeat(400));

  it('Slack: at most 50 blocks, 3000 characters per section, 150 per header, fallback under 4000', () => {
    const message = toSlackMessage(huge);
    const blocks = message.blocks ?? [];
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const b of blocks) {
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
      if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(slackTexts(blocks).join('\n')).toMatch(/more sentences/);
  });

  it('Discord: title 256, description 4096, fields 1024 each, 6000 in all', () => {
    const embed = toDiscordMessage(huge).embeds![0]!;
    expect(embed.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    let total = embed.title.length + embed.description.length + embed.footer.text.length;
    for (const f of embed.fields) {
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      total += f.name.length + f.value.length;
    }
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(discordNotice('x'.repeat(5000)).content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });

  it('a single sentence longer than a section is cut with an ellipsis, not dropped', () => {
    const long = bare([`${'&'.repeat(4000)}.`]);
    const section = (toSlackMessage(long).blocks ?? [])[1]!;
    expect(section.type).toBe('section');
    if (section.type === 'section') {
      expect(section.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect(section.text.text).toMatch(/^• (&amp;)+…$/);
    }
  });
});

describe('escaping article words', () => {
  const hostile = bare(['Protesters wrote <!channel> and @everyone on *walls* near <@123> [click](https://evil.example).']);

  it('Slack: <, > and & are escaped everywhere, so no mention or link is made', () => {
    const message = toSlackMessage(hostile);
    for (const text of [message.text, ...slackTexts(message.blocks ?? [])]) expect(text).not.toMatch(/<[!@]/);
    expect(slackTexts(message.blocks ?? []).join('\n')).toContain('&lt;!channel&gt;');
  });

  it('Discord: markdown and mentions are escaped and allowed_mentions is empty', () => {
    const message = toDiscordMessage(hostile);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const d = message.embeds![0]!.description;
    expect(d).toContain('\\<\\@123\\>');
    expect(d).toContain('\\*walls\\*');
    expect(d).toContain('\\[click\\]');
  });

  it('Markdown: emphasis, links and HTML are escaped', () => {
    expect(toMarkdown(hostile)).toContain('\\<\\!channel\\>'.replace('\\!', '!'));
    expect(toMarkdown(hostile)).toContain('\\*walls\\*');
  });
});

describe('text helpers', () => {
  const truncations: Array<[string, number, string]> = [
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['one two three four', 10, 'one two…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
    ['ab😀cd', 4, 'ab…'],
    ['anything', 0, ''],
  ];
  it.each(truncations)('truncate(%j, %i) → %j', (text, max, expected) => {
    const out = truncate(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it('fitEscaped never splits an entity or an escape', () => {
    for (let max = 5; max < 40; max++) {
      const slack = fitEscaped('a & b < c > d & e & f & g', max, escapeSlack);
      expect(slack.length).toBeLessThanOrEqual(max);
      expect(slack).not.toMatch(/&(?!amp;|lt;|gt;)/);
      const discord = fitEscaped('*a* _b_ ~c~ `d` *e* *f*', max, escapeDiscord);
      expect(discord.length).toBeLessThanOrEqual(max);
      expect(discord).not.toMatch(/(?<!\\)[*_~`]/);
    }
  });

  it('escapers leave ordinary prose alone', () => {
    const prose = 'Armenia’s Defense Ministry said 3 troops were killed, 2 wounded (AP).';
    expect(escapeSlack(prose)).toBe(prose);
    expect(escapeDiscord(prose)).toBe(prose);
    expect(escapeMarkdown(prose)).toBe(prose);
    expect(slackNotice('Use `/summarize`').text).toBe('Use `/summarize`');
  });

  it('Markdown escaping keeps a line opening from turning into a heading, a list or a quote', () => {
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. First')).toBe('1\\. First');
    expect(escapeMarkdown('2024 was a year')).toBe('2024 was a year');
  });
});
