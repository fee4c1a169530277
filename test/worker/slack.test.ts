import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { escapeSlack } from '../../src/core/format/text.ts';
import { analysisId } from '../../src/core/id.ts';
import { cacheKey } from '../../src/worker/cache.ts';
import app from '../../src/worker/index.ts';
import { SLACK_PATH } from '../../src/worker/routes/integrations/slack.ts';
import { slackSignature, timingSafeEqual } from '../../src/worker/routes/integrations/verify.ts';
import { call, problem, seed } from './helpers.ts';

const SECRET = 'test-signing-secret-0123456789abcdef';
const RESPONSE_URL = 'https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN';

/** A slash command form as Slack sends it. */
function form(text: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'xyzz0WbapA4vBCDEFasx0q6G',
    team_id: 'T1DC2JH3J',
    channel_id: 'G8PSS9T3V',
    user_id: 'U2CERLKJA',
    command: '/summarize',
    text,
    response_url: RESPONSE_URL,
    trigger_id: '398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
    ...extra,
  }).toString();
}

const now = (): number => Math.floor(Date.now() / 1000);

/** A request signed the way Slack signs it, with `overrides` applied to the headers afterwards. */
async function signed(body: string | Uint8Array, options: { timestamp?: number; secret?: string; headers?: Record<string, string | null> } = {}): Promise<Request> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const timestamp = String(options.timestamp ?? now());
  const headers = new Headers({
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Slack-Request-Timestamp': timestamp,
    'X-Slack-Signature': await slackSignature(options.secret ?? SECRET, timestamp, bytes),
  });
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return new Request(`http://newsbrief.test${SLACK_PATH}`, { method: 'POST', headers, body: bytes });
}

/** Sends a request to the Worker with the signing secret configured, and waits for its `waitUntil` work. */
async function send(request: Request, vars: Record<string, string> = { SLACK_SIGNING_SECRET: SECRET }): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(request, { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** True when the KV cache holds an analysis of `text` (what the route stores after analysing it). */
async function analysed(text: string): Promise<boolean> {
  const id = await analysisId({ text, title: null, publishedAt: null, options: {} });
  return (await env.SUMMARIES.get(cacheKey(id))) !== null;
}

interface SlackBody {
  response_type: string;
  text: string;
  blocks?: Array<{ type: string; text?: { text: string }; elements?: Array<{ text: string }> }>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Slack request signature', () => {
  it("reproduces Slack's published example signature", async () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar' +
      '&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com' +
      '%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const signature = await slackSignature('8f742231b10e8888abcd99yyyzzz85a5', '1531420618', new TextEncoder().encode(body));
    expect(signature).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });

  it('compares in constant time and only equal byte strings are equal', () => {
    const e = new TextEncoder();
    expect(timingSafeEqual(e.encode('v0=abc'), e.encode('v0=abc'))).toBe(true);
    expect(timingSafeEqual(e.encode('v0=abc'), e.encode('v0=abd'))).toBe(false);
    expect(timingSafeEqual(e.encode('v0=abc'), e.encode('v0=ab'))).toBe(false);
    expect(timingSafeEqual(e.encode(''), e.encode(''))).toBe(true);
  });
});

describe('POST /integrations/slack/command', () => {
  it('answers a signed command with the seed article with Block Kit: summary, Armenia with its figures, facts', async () => {
    const res = await send(await signed(form(seed)));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = (await res.json()) as SlackBody;
    expect(body.response_type).toBe('ephemeral');
    for (const s of analyze({ text: seed }).summary.sentences) expect(body.text).toContain(escapeSlack(s.text.replace(/\s+/g, ' ').trim()));
    expect(body.text).toContain('Armenia 3 killed, 5 wounded');
    expect(body.text).toContain('Azerbaijan 1 killed, 2 wounded');
    const blocks = body.blocks ?? [];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context']);
    expect(blocks[2]?.text?.text).toMatch(/\*Toll:\* Armenia 3 killed, 5 wounded/);
    expect(blocks[2]?.text?.text).toMatch(/\*Mediators:\* .*Russia \(brokered\)/);
    expect(blocks[2]?.text?.text).toMatch(/\*Ceasefire:\* /);
  });

  it('answers in the channel when the text starts with "public"', async () => {
    const body = (await (await send(await signed(form(`public ${seed}`)))).json()) as SlackBody;
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toContain('Armenia 3 killed');
  });

  const usage: Array<[string, string]> = [
    ['empty text', ''],
    ['blank text', '   '],
    ['help', 'help'],
    ['"public" alone', 'public'],
    ['text with no letter or digit', '!!! ...'],
  ];
  it.each(usage)('answers %s with a short usage message, only to the user', async (_name, text) => {
    const body = (await (await send(await signed(form(text)))).json()) as SlackBody;
    expect(body).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(/^Usage: `\/summarize/) });
  });

  it("undoes Slack's escaping of &, < and > in the text", async () => {
    const body = (await (await send(await signed(form('Talks &amp; truce: 3 &lt; 4 soldiers were killed in Kalbajar.')))).json()) as SlackBody;
    expect(body.text).toContain('Talks &amp; truce: 3 &lt; 4');
  });

  it('acknowledges a URL at once and posts the summary to response_url from waitUntil', async () => {
    const original = globalThis.fetch;
    const posted: Array<{ url: string; body: SlackBody }> = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('https://hooks.slack.com/')) {
        posted.push({ url, body: JSON.parse(String(init?.body)) as SlackBody });
        return new Response('ok');
      }
      return original(input, init);
    });
    const res = await send(await signed(form('public <https://pages.example/article.html|pages.example/article.html>')));
    expect(res.status).toBe(200);
    const ack = (await res.json()) as SlackBody;
    expect(ack).toEqual({ response_type: 'ephemeral', text: expect.stringContaining('Fetching https://pages.example/article.html') });
    expect(posted).toHaveLength(1);
    expect(posted[0]?.url).toBe(RESPONSE_URL);
    expect(posted[0]?.body.response_type).toBe('in_channel');
    expect(posted[0]?.body.blocks?.[0]?.text?.text).toBe('Ceasefire holds in the valley');
    expect(posted[0]?.body.text).toContain('Fighting stopped on Monday');
  });

  it('posts the failure to response_url when the page cannot be fetched', async () => {
    const original = globalThis.fetch;
    const posted: SlackBody[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('https://hooks.slack.com/')) {
        posted.push(JSON.parse(String(init?.body)) as SlackBody);
        return new Response('ok');
      }
      return original(input, init);
    });
    await send(await signed(form('https://pages.example/missing')));
    expect(posted).toEqual([{ response_type: 'ephemeral', text: expect.stringMatching(/^Could not summarise: .*404/) }]);
  });

  it('refuses a link it will not fetch at once, instead of answering "Fetching …"', async () => {
    const res = await send(await signed(form('<http://127.0.0.1/x>')));
    expect(res.status).toBe(200);
    expect(((await res.json()) as SlackBody).text).toMatch(/^Could not summarise: The URL cannot be fetched/);
  });

  it('refuses a response_url that is not on hooks.slack.com (400), fetching nothing', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const p = await problem(await send(await signed(form('https://pages.example/article.html', { response_url: 'https://evil.example/hook' }))));
    expect(p.status).toBe(400);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('POST /integrations/slack/command refuses unsigned and malformed requests', () => {
  const marker = (name: string): string => `${seed}\n\nTest marker: ${name}.`;

  const unsigned: Array<[string, (text: string) => Promise<Request>]> = [
    ['a wrong signature', async (t) => signed(form(t), { secret: 'another-secret' })],
    ['a 10-minute-old timestamp', async (t) => signed(form(t), { timestamp: now() - 600 })],
    ['a timestamp 10 minutes ahead', async (t) => signed(form(t), { timestamp: now() + 600 })],
    ['no signature', async (t) => signed(form(t), { headers: { 'X-Slack-Signature': null } })],
    ['no timestamp', async (t) => signed(form(t), { headers: { 'X-Slack-Request-Timestamp': null } })],
    ['a timestamp that is not a number', async (t) => signed(form(t), { headers: { 'X-Slack-Request-Timestamp': 'yesterday' } })],
    ['a signature for another body', async (t) => {
      const good = await signed(form(`${t} `));
      return new Request(good.url, { method: 'POST', headers: good.headers, body: form(t) });
    }],
    ['a signature replayed with another timestamp', async (t) => {
      const good = await signed(form(t), { timestamp: now() - 60 });
      const headers = new Headers(good.headers);
      headers.set('X-Slack-Request-Timestamp', String(now()));
      return new Request(good.url, { method: 'POST', headers, body: form(t) });
    }],
  ];
  it.each(unsigned)('answers 401 for %s and runs no analysis', async (name, build) => {
    const text = marker(name);
    const res = await send(await build(text));
    // Every 401 carries a challenge (RFC 9110 §11.6.1), as the OpenAPI document says; here the platform's signature.
    expect(res.headers.get('WWW-Authenticate')).toBe('Slack-Signature realm="newsbrief"');
    const p = await problem(res);
    expect(p.status).toBe(401);
    expect(p.type).toBe('/problems/unauthorized');
    expect(await analysed(text)).toBe(false);
  });

  it('stores the analysis of a correctly signed command (so the check above can fail)', async () => {
    const text = marker('signed');
    expect((await send(await signed(form(text)))).status).toBe(200);
    expect(await analysed(text)).toBe(true);
  });

  it('answers 401 when no signing secret is configured (the deployed Worker without the secret)', async () => {
    const p = await problem(await call(SLACK_PATH, { method: 'POST', headers: (await signed(form(seed))).headers, body: form(seed) }));
    expect(p.status).toBe(401);
    expect(p.detail).toMatch(/SLACK_SIGNING_SECRET/);
  });

  it('answers 415 for a JSON body, before looking at the signature', async () => {
    const req = await signed(JSON.stringify({ text: seed }), { headers: { 'Content-Type': 'application/json' } });
    expect((await problem(await send(req))).status).toBe(415);
  });

  it('answers 413 for a body over 128 KiB', async () => {
    const p = await problem(await send(await signed(form('x'.repeat(200 * 1024)))));
    expect(p.status).toBe(413);
  });

  it('answers 400 for a signed body that is not UTF-8, or has no text field', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('text='), 0xff, 0xfe]);
    expect((await problem(await send(await signed(bytes)))).status).toBe(400);
    expect((await problem(await send(await signed('command=%2Fsummarize')))).status).toBe(400);
  });

  it("answers Slack's signed SSL check (ssl_check=1, no command) with an empty 200, and an unsigned one with 401", async () => {
    const check = 'ssl_check=1&token=xyzz0WbapA4vBCDEFasx0q6G';
    const res = await send(await signed(check));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const unsigned = await signed(check, { headers: { 'X-Slack-Signature': `v0=${'0'.repeat(64)}` } });
    expect((await problem(await send(unsigned))).status).toBe(401);
  });

  it('answers 405 with Allow for GET', async () => {
    const res = await call(SLACK_PATH);
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('POST');
  });
});
