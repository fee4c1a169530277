import type { Context } from 'hono';
import { slackNotice, toSlackMessage, type SlackMessage, type SlackVisibility } from '../../../core/format/index.ts';
import { maxBodyBytes, type App, type AppEnv } from '../../env.ts';
import { ProblemError } from '../../problems.ts';
import { notBlank } from '../../schemas.ts';
import { chatArticle, decodeVerified, deliver, failureText, nowSeconds, readSignedBody, refusedLink, summarizeForChat, type ChatArticle } from './chat.ts';
import { verifySlack } from './verify.ts';

/** Where Slack posts the slash command (the "Request URL" of the command). */
export const SLACK_PATH = '/integrations/slack/command';

/** The largest slash-command body accepted: Slack caps a message at 40 000 characters, form-encoded up to ~3× that. */
const SLACK_MAX_BYTES = 128 * 1024;

/** Hosts Slack's `response_url` lives on (commercial and GovSlack); anything else is refused, not fetched. */
const RESPONSE_HOSTS: ReadonlySet<string> = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);

/** The answer to an empty command or `help`. */
export const SLACK_USAGE =
  'Usage: `/summarize <article text or URL>` answers only you; `/summarize public <article text or URL>` answers ' +
  'the channel. The answer gives the summary, the toll per side, the mediators and the ceasefire status.';

/** A parsed slash command: who sees the answer, what to summarise (null: show the usage), where a late answer goes. */
export interface SlackCommand {
  visibility: SlackVisibility;
  article: ChatArticle | null;
  /** Checked when the article is a link (the only case that answers late), null otherwise. */
  responseUrl: string | null;
}

/** Undoes Slack's escaping of `&`, `<`, `>` in command text, and unwraps a link Slack formatted as `<url|label>`. */
export function unescapeSlackText(text: string): string {
  const link = /^<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>$/i.exec(text.trim());
  if (link) return link[1]!;
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Reads a slash command's form: `text` (required, may be empty) and, for a link, `response_url` (400 when not Slack's). */
export function parseSlackCommand(form: URLSearchParams): SlackCommand {
  const raw = form.get('text');
  if (raw === null) throw new ProblemError('invalid-request', 'Expected a slash command form with a `text` field, instead found none.');
  let text = raw.trim();
  let visibility: SlackVisibility = 'ephemeral';
  const pub = /^public(?:\s+|$)/i.exec(text);
  if (pub) {
    visibility = 'in_channel';
    text = text.slice(pub[0].length);
  }
  text = unescapeSlackText(text).trim();
  const article = !notBlank(text) || /^help$/i.test(text) ? null : chatArticle(text);
  const responseUrl = article?.kind === 'url' ? checkResponseUrl(form.get('response_url')) : null;
  return { visibility, article, responseUrl };
}

/** The `response_url` to post a late answer to, refused with a 400 unless it is https on Slack's hooks host. */
export function checkResponseUrl(raw: string | null): string {
  let url: URL | null = null;
  try {
    url = raw ? new URL(raw) : null;
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:' || !RESPONSE_HOSTS.has(url.hostname)) {
    throw new ProblemError('invalid-request', `Expected a response_url on https://hooks.slack.com, instead found '${(raw ?? '').slice(0, 100)}'.`);
  }
  return url.href;
}

/** Summarises a link after the acknowledgement went out, and posts the answer (or the failure) to `response_url`. */
async function answerLater(c: Context<AppEnv>, command: SlackCommand, article: ChatArticle, responseUrl: string): Promise<void> {
  const requestId = c.get('requestId');
  let message: SlackMessage;
  try {
    message = toSlackMessage(await summarizeForChat(c.env, c.executionCtx, requestId, article), command.visibility);
  } catch (err) {
    message = slackNotice(failureText(err, requestId));
  }
  await deliver(responseUrl, 'POST', message, requestId);
}

/**
 * Answers a verified command: usage for empty text; pasted text summarised at once (milliseconds, well inside
 * Slack's 3 seconds); a link acknowledged at once and answered through `response_url` from `waitUntil`.
 */
async function answerCommand(c: Context<AppEnv>, command: SlackCommand): Promise<Response> {
  const { article } = command;
  if (article === null) return c.json(slackNotice(SLACK_USAGE));
  c.set('source', article.kind);
  if (article.kind === 'url') {
    const refused = refusedLink(article.url, c.get('requestId'));
    if (refused !== null) return c.json(slackNotice(refused));
    c.executionCtx.waitUntil(answerLater(c, command, article, command.responseUrl!));
    return c.json(slackNotice(`Fetching ${article.url} … the summary will follow here.`));
  }
  try {
    return c.json(toSlackMessage(await summarizeForChat(c.env, c.executionCtx, c.get('requestId'), article), command.visibility));
  } catch (err) {
    return c.json(slackNotice(failureText(err, c.get('requestId'))));
  }
}

/**
 * Mounts `POST /integrations/slack/command`: form body (415 otherwise) of at most 128 KiB (413), signed by Slack
 * (401 for a missing, wrong or stale signature, checked before anything is parsed or analysed); a signed SSL check
 * (`ssl_check=1`) gets an empty 200.
 */
export function mountSlack(app: App): void {
  app.post(SLACK_PATH, async (c) => {
    const bytes = await readSignedBody(c.req.raw, 'application/x-www-form-urlencoded', Math.min(SLACK_MAX_BYTES, maxBodyBytes(c.env)));
    await verifySlack(c.req.raw.headers, bytes, c.env.SLACK_SIGNING_SECRET, nowSeconds());
    const form = new URLSearchParams(decodeVerified(bytes));
    // Slack checks the certificate of a command's Request URL from time to time with `ssl_check=1` and no command
    // (no `text`): it expects an empty 200, not a 400.
    if (form.get('ssl_check') === '1' && !form.has('command')) return c.body(null, 200);
    return answerCommand(c, parseSlackCommand(form));
  });
}
