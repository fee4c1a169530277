import { buildDigest, factPhrases, NO_FACTS, NO_SUMMARY, type DigestSource } from './digest.ts';
import { SLACK_LIMITS } from './limits.ts';
import { escapeSlack, fitEscaped, truncate } from './text.ts';

/** A Block Kit text object. */
export interface SlackText {
  type: 'plain_text' | 'mrkdwn';
  text: string;
}

/** The Block Kit blocks this formatter emits. */
export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text: SlackText }
  | { type: 'context'; elements: SlackText[] };

/** Who sees a slash command's answer: only its author, or the whole channel. */
export type SlackVisibility = 'ephemeral' | 'in_channel';

/** A slash-command response or `response_url` payload. */
export interface SlackMessage {
  response_type: SlackVisibility;
  /** Notification and accessibility fallback (mrkdwn). */
  text: string;
  blocks?: SlackBlock[];
  replace_original?: boolean;
}

/** Each fact's share of the facts section (three facts and their labels fit in 3000). */
const FACT_LIMIT = 980;

/** A mrkdwn section. */
function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/**
 * Packs the bullets into as few sections as fit (each at most 3000 characters), using at most `maxBlocks` sections;
 * a last line says how many sentences did not fit.
 */
function bulletSections(bullets: string[], maxBlocks: number): SlackBlock[] {
  const limit = SLACK_LIMITS.sectionText;
  const texts: string[] = [];
  let current = '';
  for (let i = 0; i < bullets.length; i++) {
    const line = `• ${fitEscaped(bullets[i]!, limit - 2, escapeSlack)}`;
    if (current && current.length + 1 + line.length <= limit) {
      current += `\n${line}`;
      continue;
    }
    if (current) texts.push(current);
    current = line;
    if (texts.length === maxBlocks - 1 && i < bullets.length - 1) {
      // The last allowed block: keep room for the "more" note.
      const more = bullets.length - 1 - i;
      const rest = `_…and ${more} more sentence${more === 1 ? '' : 's'}._`;
      current = current.length + 1 + rest.length <= limit ? `${current}\n${rest}` : rest;
      break;
    }
  }
  if (current) texts.push(current);
  return texts.map(section);
}

/** The notification fallback: headline, summary and facts as one mrkdwn string, within Slack's advised size. */
function fallbackText(headline: string, bullets: string[], facts: Array<{ label: string; text: string }>): string {
  const raw = [headline, ...bullets.map((b) => `• ${b}`), ...facts.map((f) => `${f.label}: ${f.text}`)].join('\n');
  return fitEscaped(raw, SLACK_LIMITS.fallbackText, escapeSlack);
}

/**
 * A Block Kit message for a result: a header with the headline, the summary sentences as bullets, one section with
 * the facts (toll per side, mediators with roles, ceasefire), a context line with the footer. Within Slack's limits:
 * 50 blocks, 3000 characters per section, 150 per header. Article words are escaped, so `<!channel>` stays text.
 */
export function toSlackMessage(source: DigestSource, visibility: SlackVisibility = 'ephemeral'): SlackMessage {
  const digest = buildDigest(source);
  const facts = factPhrases(digest);
  const header: SlackBlock = { type: 'header', text: { type: 'plain_text', text: truncate(digest.headline, SLACK_LIMITS.headerText) } };
  const factText = facts.length === 0 ? `_${NO_FACTS}_` : facts.map((f) => `*${f.label}:* ${fitEscaped(f.text, FACT_LIMIT, escapeSlack)}`).join('\n');
  const footer: SlackBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(digest.footer) }] };
  const summary =
    digest.bullets.length === 0 ? [section(`_${NO_SUMMARY}_`)] : bulletSections(digest.bullets, SLACK_LIMITS.blocks - 3);
  return {
    response_type: visibility,
    text: fallbackText(digest.headline, digest.bullets, facts),
    blocks: [header, ...summary, section(factText), footer],
  };
}

/** A plain Slack message (usage, errors, acknowledgements): text only, escaped and cut to a section's size; backtick code and `*bold*` still work. */
export function slackNotice(text: string, visibility: SlackVisibility = 'ephemeral'): SlackMessage {
  return { response_type: visibility, text: fitEscaped(text, SLACK_LIMITS.sectionText, escapeSlack) };
}
