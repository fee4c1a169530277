import { buildDigest, ceasefirePhrase, mediatorsPhrase, NO_FACTS, NO_SUMMARY, tollLines, type Digest, type DigestSource } from './digest.ts';
import { DISCORD_EMBED_COLOR, DISCORD_LIMITS } from './limits.ts';
import { escapeDiscord, fitEscaped, truncate } from './text.ts';

/** One embed field. */
export interface DiscordField {
  name: string;
  value: string;
  inline: boolean;
}

/** The embed this formatter emits. */
export interface DiscordEmbed {
  title: string;
  description: string;
  color: number;
  fields: DiscordField[];
  footer: { text: string };
}

/** A message body for an interaction response (`data`) or a webhook edit: never pings anyone. */
export interface DiscordMessage {
  content?: string;
  embeds?: DiscordEmbed[];
  allowed_mentions: { parse: never[] };
  /** 64 = ephemeral (only the invoking user sees it). */
  flags?: number;
}

/** Fields from the digest: Toll (one line per side), Mediators, Ceasefire; a single note when there are no facts. */
function factFields(digest: Digest): DiscordField[] {
  const fields: DiscordField[] = [];
  const toll = tollLines(digest);
  if (toll.length > 0) {
    fields.push({ name: 'Toll', value: fitEscaped(toll.join('\n'), DISCORD_LIMITS.fieldValue, escapeDiscord), inline: false });
  }
  const mediators = mediatorsPhrase(digest);
  if (mediators) fields.push({ name: 'Mediators', value: fitEscaped(mediators, DISCORD_LIMITS.fieldValue, escapeDiscord), inline: true });
  const ceasefire = ceasefirePhrase(digest);
  if (ceasefire) fields.push({ name: 'Ceasefire', value: fitEscaped(ceasefire, DISCORD_LIMITS.fieldValue, escapeDiscord), inline: true });
  if (fields.length === 0) fields.push({ name: 'Facts', value: NO_FACTS, inline: false });
  return fields.slice(0, DISCORD_LIMITS.embedFields);
}

/** The bullets as one description, cut at a whole bullet where possible, within `budget` characters. */
function description(bullets: string[], budget: number): string {
  if (bullets.length === 0) return `*${NO_SUMMARY}*`;
  let out = '';
  for (const bullet of bullets) {
    const line = `• ${escapeDiscord(bullet)}`;
    const next = out ? `${out}\n${line}` : line;
    if (next.length <= budget) {
      out = next;
      continue;
    }
    const room = budget - out.length - (out ? 1 : 0) - 2;
    if (room > 40) out = `${out ? `${out}\n` : ''}• ${fitEscaped(bullet, room, escapeDiscord)}`;
    else if (out.length + 2 <= budget) out += '\n…';
    break;
  }
  return out;
}

/**
 * A Discord message with one embed for a result: the headline as title, the summary sentences as bullets in the
 * description, fields for the toll per side, mediators and ceasefire, and a footer. Within Discord's limits (title 256,
 * description 4096, 25 fields of 1024, 6000 in all); article words are escaped and mentions are switched off.
 */
export function toDiscordMessage(source: DigestSource): DiscordMessage {
  const digest = buildDigest(source);
  const title = truncate(digest.headline, DISCORD_LIMITS.embedTitle);
  const fields = factFields(digest);
  const footer = truncate(digest.footer, DISCORD_LIMITS.footerText);
  let used = title.length + footer.length;
  for (const f of fields) used += f.name.length + f.value.length;
  const budget = Math.max(0, Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - used));
  return {
    embeds: [{ title, description: description(digest.bullets, budget), color: DISCORD_EMBED_COLOR, fields, footer: { text: footer } }],
    allowed_mentions: { parse: [] },
  };
}

/** A plain Discord message (usage, errors): content only, cut to 2000 characters, ephemeral unless told otherwise. */
export function discordNotice(text: string, ephemeral = true): DiscordMessage {
  const message: DiscordMessage = { content: truncate(text, DISCORD_LIMITS.content), allowed_mentions: { parse: [] } };
  if (ephemeral) message.flags = 64;
  return message;
}
