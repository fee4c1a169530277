import type { Context } from 'hono';
import { discordNotice, toDiscordMessage, type DiscordMessage } from '../../../core/format/index.ts';
import type { App, AppEnv } from '../../env.ts';
import { ProblemError } from '../../problems.ts';
import { notBlank } from '../../schemas.ts';
import { chatArticle, decodeVerified, deliver, failureText, nowSeconds, readSignedBody, refusedLink, summarizeForChat, type ChatArticle } from './chat.ts';
import { DISCORD_API, SUMMARIZE_COMMAND } from './discord-command.ts';
import { verifyDiscord } from './verify.ts';

/** Where Discord posts interactions (the application's "Interactions Endpoint URL"). */
export const DISCORD_PATH = '/integrations/discord/interactions';

/** The largest interaction accepted: a string option holds at most 6000 characters, the rest is a few KiB of ids. */
const DISCORD_MAX_BYTES = 64 * 1024;

/** Interaction and response types used here (Discord's numbers). */
const INTERACTION = { PING: 1, APPLICATION_COMMAND: 2 } as const;
const RESPONSE = { PONG: 1, MESSAGE: 4, DEFERRED_MESSAGE: 5 } as const;

/** The answer to `/summarize` with neither option. */
export const DISCORD_USAGE =
  'Usage: `/summarize text:<article>` or `/summarize url:<link>`. The answer gives the summary, the toll per side, ' +
  'the mediators and the ceasefire status.';

/** The parts of an interaction this handler reads. */
export interface Interaction {
  type: number;
  applicationId: string;
  token: string;
  command: { name: string; options: Map<string, string> } | null;
}

/** True for a plain JSON object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(what: string): ProblemError {
  return new ProblemError('invalid-request', `Expected a Discord interaction, instead found ${what}.`);
}

/** The string options of a command, by name (sub-commands and other types are ignored). */
function stringOptions(raw: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) throw malformed('`data.options` that is not an array');
  for (const option of raw) {
    if (isObject(option) && typeof option.name === 'string' && typeof option.value === 'string') out.set(option.name, option.value);
  }
  return out;
}

/** Checks the shape of an interaction body (400 when it is not one) and picks out what is used. */
export function parseInteraction(value: unknown): Interaction {
  if (!isObject(value)) throw malformed('a body that is not a JSON object');
  if (typeof value.type !== 'number' || !Number.isInteger(value.type)) throw malformed('no integer `type`');
  const applicationId = typeof value.application_id === 'string' ? value.application_id : '';
  const token = typeof value.token === 'string' ? value.token : '';
  if (value.type === INTERACTION.PING) return { type: value.type, applicationId, token, command: null };
  if (!/^\d{1,20}$/.test(applicationId)) throw malformed('no snowflake `application_id`');
  if (!/^[\w.-]{1,1000}$/.test(token)) throw malformed('no `token`');
  const data = value.data;
  if (value.type !== INTERACTION.APPLICATION_COMMAND) return { type: value.type, applicationId, token, command: null };
  if (!isObject(data) || typeof data.name !== 'string') throw malformed('a command without `data.name`');
  return { type: value.type, applicationId, token, command: { name: data.name, options: stringOptions(data.options) } };
}

/** The article named by the command's options (`url` wins over `text`), or null when neither is filled in. */
export function commandArticle(options: Map<string, string>): ChatArticle | null {
  const url = options.get('url')?.trim();
  if (url) return { kind: 'url', url };
  const text = options.get('text')?.trim();
  return text && notBlank(text) ? chatArticle(text) : null;
}

/** The webhook URL that edits the deferred response of an interaction. */
function originalMessageUrl(interaction: Interaction): string {
  return `${DISCORD_API}/webhooks/${interaction.applicationId}/${interaction.token}/messages/@original`;
}

/** Summarises a link after the deferred response went out, then edits that response with the embed (or the failure). */
async function answerLater(c: Context<AppEnv>, interaction: Interaction, article: ChatArticle): Promise<void> {
  const requestId = c.get('requestId');
  let message: DiscordMessage;
  try {
    message = toDiscordMessage(await summarizeForChat(c.env, c.executionCtx, requestId, article));
  } catch (err) {
    message = discordNotice(failureText(err, requestId), false);
  }
  await deliver(originalMessageUrl(interaction), 'PATCH', message, requestId);
}

/**
 * Answers a verified `/summarize`: usage (ephemeral) without options; pasted text answered at once with an embed
 * (type 4); a link deferred (type 5) and answered through the interaction webhook from `waitUntil`.
 */
async function answerCommand(c: Context<AppEnv>, interaction: Interaction): Promise<Response> {
  const command = interaction.command!;
  if (command.name !== SUMMARIZE_COMMAND.name) {
    return c.json({ type: RESPONSE.MESSAGE, data: discordNotice(`Unknown command /${command.name.slice(0, 100)}.`) });
  }
  const article = commandArticle(command.options);
  if (article === null) return c.json({ type: RESPONSE.MESSAGE, data: discordNotice(DISCORD_USAGE) });
  c.set('source', article.kind);
  if (article.kind === 'url') {
    const refused = refusedLink(article.url, c.get('requestId'));
    if (refused !== null) return c.json({ type: RESPONSE.MESSAGE, data: discordNotice(refused) });
    c.executionCtx.waitUntil(answerLater(c, interaction, article));
    return c.json({ type: RESPONSE.DEFERRED_MESSAGE });
  }
  try {
    return c.json({ type: RESPONSE.MESSAGE, data: toDiscordMessage(await summarizeForChat(c.env, c.executionCtx, c.get('requestId'), article)) });
  } catch (err) {
    return c.json({ type: RESPONSE.MESSAGE, data: discordNotice(failureText(err, c.get('requestId'))) });
  }
}

/**
 * Mounts `POST /integrations/discord/interactions`: JSON body (415 otherwise) of at most 64 KiB (413), signed with
 * Ed25519 by Discord (401 for a missing, wrong or stale signature, checked before the body is parsed), PING → PONG.
 */
export function mountDiscord(app: App): void {
  app.post(DISCORD_PATH, async (c) => {
    const bytes = await readSignedBody(c.req.raw, 'application/json', DISCORD_MAX_BYTES);
    await verifyDiscord(c.req.raw.headers, bytes, c.env.DISCORD_PUBLIC_KEY, nowSeconds());
    let value: unknown;
    try {
      value = JSON.parse(decodeVerified(bytes));
    } catch (err) {
      if (err instanceof ProblemError) throw err;
      throw new ProblemError('invalid-json', `The body is not valid JSON: ${err instanceof Error ? err.message : 'unparseable'}`);
    }
    const interaction = parseInteraction(value);
    if (interaction.type === INTERACTION.PING) return c.json({ type: RESPONSE.PONG });
    if (interaction.type !== INTERACTION.APPLICATION_COMMAND) {
      throw new ProblemError('invalid-request', `Expected a PING (1) or an application command (2), instead found interaction type ${interaction.type}.`);
    }
    return answerCommand(c, interaction);
  });
}
