/**
 * Browser test of the playground (`npm run test:browser`): starts `wrangler dev` on a free local port with a fresh
 * KV directory, drives Debian's Chromium (`/usr/bin/chromium`, never a downloaded browser) with playwright-core, and
 * checks what a user sees: the seed summarised and highlighted, the casualty table, the ceasefire badge, evidence
 * shown on click, keyboard use, errors in plain words, and that the page asks nothing of any other origin.
 * Screenshots at 1280 px and 375 px go to `test-results/`. Exits non-zero when a check fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, startDev, type Dev } from '../../scripts/lib/wrangler-dev.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = readFileSync(join(ROOT, 'test', 'fixtures', 'seed.txt'), 'utf8');
const OUT = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const STATUSES = ['none', 'called_for', 'proposed', 'agreed', 'violated', 'collapsed'];

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function eq<T>(actual: T, expected: T, what: string): void {
  check(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Polls `probe` until it returns true (page scripts cannot be eval'd under the page's CSP), or fails after `ms`. */
async function until(probe: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The id of the focused element. */
async function focusedId(page: Page): Promise<string> {
  return String(await page.evaluate('document.activeElement ? document.activeElement.id : ""'));
}

/** Presses Tab until the element with `id` has focus; returns the ids passed on the way. */
async function tabTo(page: Page, id: string, max = 40): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedId(page);
    seen.push(current);
    if (current === id) return seen;
  }
  throw new Error(`Tab never reached #${id}; focus went through ${JSON.stringify(seen)}`);
}

/** Waits for the next `POST /v1/summarize` answer while `action` runs. */
async function submitted(page: Page, action: () => Promise<void>): Promise<number> {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/v1/summarize') && r.request().method() === 'POST', { timeout: 15_000 }),
    action(),
  ]);
  return res.status();
}

interface Context {
  base: string;
  browser: Browser;
  page: Page;
}

type Step = [name: string, run: (ctx: Context) => Promise<void>];

const steps: Step[] = [
  ['the page loads with the labelled form', async ({ base, page }) => {
    const res = await page.goto(`${base}/`);
    eq(res?.status(), 200, 'GET / status');
    check((await page.title()).includes('newsbrief'), 'title names newsbrief');
    await page.getByLabel('Article', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Summarize' }).waitFor();
    await page.getByRole('button', { name: 'Example' }).waitFor();
    check(await page.locator('#result').isHidden(), 'no result before a request');
  }],

  ['Tab reaches the Article textarea and then the Summarize button', async ({ page }) => {
    await page.locator('body').focus();
    const path = await tabTo(page, 'text');
    const more = await tabTo(page, 'submit');
    check(!path.includes('submit'), 'the textarea comes before the button in the focus order');
    check(more.indexOf('title') < more.indexOf('submit'), 'title and sentence count come between textarea and button');
  }],

  ['an empty Article gets a plain-words error next to the form, without a request', async ({ page }) => {
    await page.getByRole('button', { name: 'Summarize' }).click();
    const error = page.locator('#form-error');
    await error.waitFor({ state: 'visible' });
    check(/Paste an article/.test(await error.innerText()), 'the error says what to do');
    eq(await page.locator('#text').getAttribute('aria-invalid'), 'true', 'textarea marked invalid');
    eq(await focusedId(page), 'text', 'focus moves to the field to fix');
  }],

  ['a text the API refuses (422) gets the lead once and the field by its label, focused', async ({ page }) => {
    await page.getByLabel('Article', { exact: true }).fill('!!! ??? ...');
    eq(await submitted(page, () => page.getByRole('button', { name: 'Summarize' }).click()), 422, 'API status');
    const error = page.locator('#form-error');
    await error.waitFor({ state: 'visible' });
    const shown = await error.innerText();
    eq(shown.split('Expected').length - 1, 1, `the API's message shown once: ${shown}`);
    check(/^Some fields need fixing\./.test(shown) && /Article: Expected/.test(shown), `the field named by its label: ${shown}`);
    eq(await focusedId(page), 'text', 'focus moves to the field to fix');
    eq(await page.locator('#status').innerText(), '', 'no earlier status left beside the error');
    await page.getByLabel('Article', { exact: true }).fill('');
  }],

  ['Example loads the seed article and its title', async ({ page }) => {
    await page.getByRole('button', { name: 'Example' }).click();
    await until(async () => (await page.locator('#text').inputValue()).length > 1000, 'the example in the textarea');
    eq(await page.locator('#text').inputValue(), SEED, 'textarea holds the seed exactly');
    check((await page.locator('#title').inputValue()).startsWith('Iran expresses concern'), 'title filled');
    check(/Creative Commons Attribution 4\.0/.test(await page.locator('.attribution').innerText()), 'attribution shown');
  }],

  ['filling the Article with the seed and clicking Summarize highlights the summary sentences in the text', async ({ page }) => {
    await page.locator('#title').fill('');
    await page.getByLabel('Article', { exact: true }).fill(SEED);
    eq(await submitted(page, () => page.getByRole('button', { name: 'Summarize' }).click()), 200, 'API status');
    await page.locator('#summary li').first().waitFor();
    check((await page.locator('#form-error').innerText()) === '', 'no error left after success');
    const summary = (await page.locator('#summary li').allTextContents()).map(squash);
    eq(summary.length, 3, 'summary sentences (default count)');
    for (let i = 0; i < summary.length; i++) {
      const pieces = await page.locator(`#article mark.sum[data-s="${i}"]`).allTextContents();
      eq(squash(pieces.join('')), summary[i], `highlight of summary sentence ${i + 1}`);
    }
    const article = await page.locator('#article').textContent();
    eq(article, SEED, 'the text view shows the article exactly as sent');
    check(/Cache: (MISS|HIT|BYPASS)/.test(await page.locator('#meta').innerText()), 'cache state shown');
    check(/Round trip: \d+ ms/.test(await page.locator('#meta').innerText()), 'time taken shown');
  }],

  ['the facts table shows Armenia 3 killed / 5 wounded and a ceasefire badge', async ({ page }) => {
    const armenia = page.locator('#casualties tr[data-party="Armenia"]');
    const cells = (await armenia.locator('td').allTextContents()).map(squash);
    const headers = (await page.locator('#casualties thead th').allTextContents()).map(squash);
    eq(cells[headers.indexOf('Killed') - 1], '3', 'Armenia killed');
    eq(cells[headers.indexOf('Wounded') - 1], '5', 'Armenia wounded');
    const badge = page.locator('#ceasefire');
    await badge.waitFor({ state: 'visible' });
    check(/^Ceasefire: /.test(await badge.innerText()), 'badge says Ceasefire');
    check(STATUSES.includes((await badge.getAttribute('data-status')) ?? ''), 'badge carries a known status');
    const mediators = await page.locator('#facts h4:text-is("Mediators") + ul li').allTextContents();
    check(mediators.some((m) => /Russia/.test(m)), `Russia among the mediators: ${JSON.stringify(mediators)}`);
  }],

  ['clicking a fact highlights its evidence in the text, and clicking again clears it', async ({ page }) => {
    const killed = page.locator('#casualties tr[data-party="Armenia"] button[data-cell="Armenia:killed"]');
    await killed.click();
    eq(await killed.getAttribute('aria-pressed'), 'true', 'fact button pressed');
    const evidence = (await page.locator('#article mark.ev').allTextContents()).join(' | ');
    check(evidence.includes('three of its troops were killed'), `evidence highlighted: ${evidence}`);
    check(/Highlighted \d+ passage/.test(await page.locator('#status').innerText()), 'the highlight is announced');
    await page.locator('#ceasefire').click();
    check((await page.locator('#article mark.ev').count()) > 0, 'ceasefire evidence highlighted');
    eq(await killed.getAttribute('aria-pressed'), 'false', 'previous fact released');
    await page.locator('#ceasefire').click();
    eq(await page.locator('#article mark.ev').count(), 0, 'no evidence highlighted after a second click');
    await killed.click();
  }],

  ['the desktop screenshot is saved (1280 px)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(OUT, 'playground-desktop.png'), fullPage: true });
  }],

  ['at 375 px nothing overflows sideways and the mobile screenshot is saved', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    check(width <= 375, `page is ${width}px wide at a 375px viewport`);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(OUT, 'playground-mobile.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }],

  ['at 375 px the result, which lands below the form, is scrolled into view; the focus stays on the button', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.evaluate('window.scrollTo(0, 0)');
      eq(await submitted(page, () => page.getByRole('button', { name: 'Summarize' }).click()), 200, 'API status');
      await until(async () => Number(await page.evaluate('document.getElementById("result-heading").getBoundingClientRect().top')) < 812, 'the result in view');
      eq(await focusedId(page), 'submit', 'focus unchanged');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }],

  ['the curl command, run as shown, gives the same summary', async ({ page }) => {
    const command = (await page.locator('#curl').textContent()) ?? '';
    check(command.startsWith('curl ') && command.includes('/v1/summarize'), 'a curl command for the same endpoint');
    const run = spawnSync('bash', ['-c', command], { encoding: 'utf8', timeout: 15_000, maxBuffer: 16 * 1024 * 1024 });
    eq(run.status, 0, `curl exit status (${run.stderr})`);
    const body = JSON.parse(run.stdout) as { summary: { sentences: Array<{ text: string }> } };
    const shown = (await page.locator('#summary li').allTextContents()).map(squash);
    eq(JSON.stringify(body.summary.sentences.map((s) => squash(s.text))), JSON.stringify(shown), 'curl summary vs page');
  }],

  ['Ctrl+Enter in the textarea submits, keeping the text', async ({ base, page }) => {
    await page.goto(`${base}/`);
    await page.locator('body').focus();
    await tabTo(page, 'text');
    await page.keyboard.insertText(SEED);
    await page.locator('#sentences').fill('5');
    await page.locator('#text').focus();
    eq(await submitted(page, () => page.keyboard.press('Control+Enter')), 200, 'API status');
    await page.locator('#summary li').nth(4).waitFor();
    eq(await page.locator('#summary li').count(), 5, 'sentence count honoured');
    eq(await page.locator('#text').inputValue(), SEED, 'textarea unchanged');
  }],

  ['Enter on the focused Summarize button submits', async ({ page }) => {
    await page.locator('#sentences').fill('2');
    await page.locator('#text').focus();
    await tabTo(page, 'submit');
    eq(await submitted(page, () => page.keyboard.press('Enter')), 200, 'API status');
    await until(async () => (await page.locator('#summary li').count()) === 2, 'a 2-sentence summary');
  }],

  ['an API key, when given, is sent as a Bearer token, and a 401 asks for one in plain words', async ({ page }) => {
    // Local dev runs without API_KEYS, so the 401 is played back here; the key header is what the page really sent.
    let sent: string | undefined;
    await page.route('**/v1/summarize', async (route) => {
      sent = route.request().headers().authorization;
      await route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        headers: { 'WWW-Authenticate': 'Bearer realm="newsbrief", error="invalid_token"' },
        body: JSON.stringify({ type: '/problems/unauthorized', title: 'Missing or invalid credentials', status: 401, detail: 'The API key is not valid.' }),
      });
    });
    try {
      await page.locator('#key-box > summary').click();
      await page.getByLabel('API key', { exact: true }).fill('test-key');
      await page.getByRole('button', { name: 'Summarize' }).click();
      const error = page.locator('#form-error');
      await until(async () => /API key/.test(await error.innerText()), 'the 401 message');
      eq(sent, 'Bearer test-key', 'Authorization header');
      eq(await page.locator('#key').getAttribute('aria-invalid'), 'true', 'key field marked invalid');
      eq(await focusedId(page), 'key', 'focus moves to the key field');
      eq(await page.locator('#text').inputValue(), SEED, 'textarea unchanged');
    } finally {
      await page.unroute('**/v1/summarize');
      await page.locator('#key').fill('');
    }
  }],

  ['an API error (body over 1 MiB) is shown in plain words and the textarea keeps its text', async ({ page }) => {
    const big = 'Word after word. '.repeat(70_000);
    await page.locator('#text').fill(big);
    eq(await submitted(page, () => page.getByRole('button', { name: 'Summarize' }).click()), 413, 'API status');
    const error = page.locator('#form-error');
    await error.waitFor({ state: 'visible' });
    check(/too long/i.test(await error.innerText()), `error in plain words: ${await error.innerText()}`);
    eq((await page.locator('#text').inputValue()).length, big.length, 'textarea keeps its text');
  }],

  ['Example asks before replacing an article typed in the box, and keeps it when told no', async ({ page }) => {
    await page.locator('#text').fill('My own article. Two soldiers were killed.');
    let asked = '';
    page.once('dialog', (d) => { asked = d.message(); void d.dismiss(); });
    await page.getByRole('button', { name: 'Example' }).click();
    await until(async () => /not loaded/.test(await page.locator('#status').innerText()), 'the refusal announced');
    check(/Replace the article/.test(asked), `a confirmation was asked: ${asked}`);
    eq(await page.locator('#text').inputValue(), 'My own article. Two soldiers were killed.', 'typed text kept');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Example' }).click();
    await until(async () => (await page.locator('#text').inputValue()) === SEED, 'the example after yes');
  }],

  ['a figure the title states shows its evidence in the title line above the text', async ({ page }) => {
    await page.locator('#text').fill('Rebels said five soldiers were killed.\nThe army said three rebels died in Kabul on Monday.');
    await page.locator('#title').fill('  Ten   killed in Kabul clashes ');
    eq(await submitted(page, () => page.getByRole('button', { name: 'Summarize' }).click()), 200, 'API status');
    const line = page.locator('#article-title');
    await until(async () => (await line.innerText()) === 'Title: Ten killed in Kabul clashes', 'the title line, as the answer reads the title');
    const total = page.locator('button[data-cell="Total:killed"]');
    eq(squash((await total.textContent()) ?? ''), '10', 'the total the title sets');
    await total.click();
    eq(JSON.stringify(await line.locator('mark.ev').allTextContents()), JSON.stringify(['Ten killed']), 'title evidence highlighted');
    check(/\(1 in the title\)/.test(await page.locator('#status').innerText()), 'the title evidence is announced');
    await total.click();
    eq(await line.locator('mark.ev').count(), 0, 'cleared with the fact');
    await page.locator('#title').fill('');
    eq(await submitted(page, () => page.getByRole('button', { name: 'Summarize' }).click()), 200, 'API status without a title');
    await until(async () => line.isHidden(), 'no title line without a title');
  }],
];

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  let worker: Dev | null = null;
  let browser: Browser | null = null;
  let passed = 0;
  let failed = 0;
  try {
    const port = await freePort(Number(process.env.PLAYGROUND_PORT ?? 8788));
    worker = await startDev({
      port,
      config: process.env.PLAYGROUND_WRANGLER_CONFIG,
      args: ['--inspector-port', String(await freePort(9300, [port])), '--log-level', 'warn'],
    });
    const base = worker.url;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/responded with a status of (401|413|422)\b/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    const ctx: Context = { base, browser, page };
    const all: Step[] = [
      ...steps,
      ['every request the page made went to its own origin, with no script error or CSP violation', async () => {
        const outside = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== base);
        check(requests.length >= 8, `requests were recorded (${requests.length})`);
        check(outside.length === 0, `requests to other origins: ${JSON.stringify(outside)}`);
        check(problems.length === 0, problems.join('\n'));
      }],
    ];
    for (const [name, run] of all) {
      try {
        await run(ctx);
        passed++;
        console.log(`ok   ${name}`);
      } catch (err) {
        failed++;
        console.log(`FAIL ${name}\n     ${err instanceof Error ? err.message.split('\n').join('\n     ') : String(err)}`);
      }
    }
  } catch (err) {
    failed++;
    console.log(`FAIL setup: ${err instanceof Error ? err.message : String(err)}`);
    if (worker) console.log(worker.output().slice(-4000));
  } finally {
    await browser?.close().catch(() => undefined);
    await worker?.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
