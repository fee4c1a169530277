import { describe, expect, it } from 'vitest';
import { call, seed } from './helpers.ts';
import { PAGE_HTML } from '../../src/worker/ui/page.ts';

/** The playground's page weight budget: everything the page loads before any click, gzip bytes. */
const PAGE_BUDGET_GZIP = 50 * 1024;

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** Every URL a page could load by itself: src, link href, CSS url(), and fetch()/import targets in scripts. */
function loadedUrls(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bsrc\s*=\s*["']?([^"'\s>]+)/gi,
    /<link\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/gi,
    /\burl\(\s*["']?([^"')\s]+)/gi,
    /@import\s+["']([^"']+)/gi,
    /\bfetch\(\s*["']([^"']+)/gi,
    /\bimport\(\s*["']([^"']+)/gi,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(m[1] ?? '');
  return found;
}

describe('the playground', () => {
  it('serves GET / as HTML with a labelled Article textarea, title, sentence count, Summarize and Example buttons', async () => {
    const res = await call('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toMatch(/<label for="text">Article<\/label>\s*<textarea id="text"/);
    expect(html).toMatch(/<label for="title">Title\b/);
    expect(html).toMatch(/<label for="sentences">Sentences<\/label>\s*<input id="sentences"[^>]*type="number"/);
    expect(html).toMatch(/<button id="submit" type="submit"[^>]*>Summarize<\/button>/);
    expect(html).toMatch(/<button id="example" type="button"[^>]*>Example<\/button>/);
    expect(html).toMatch(/id="form-error"[^>]*role="alert"/);
    // Without the script the form must not send the article and the API key in a GET query string (history, logs).
    expect(html).toMatch(/<form id="form" method="post"/);
    expect(html).toMatch(/<noscript>[^]*\/docs[^]*<\/noscript>/);
    // Each field the error may be about is described by it, so a screen reader reads the error with the field.
    for (const id of ['text', 'title', 'sentences', 'key']) expect(html).toMatch(new RegExp(`id="${id}"[^>]*aria-describedby="[^"]*\\bform-error\\b`));
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/Mehr News Agency/);
    expect(html).toMatch(/Creative Commons Attribution 4\.0/);
    // public/playground.html is current (it names the engine version): `npm run openapi`.
    expect(html).toBe(PAGE_HTML);
  });

  it('sends a strict Content-Security-Policy without inline script or style, and no inline script or style in the page', async () => {
    const res = await call('/');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('loads nothing from another origin: every src, stylesheet, url() and fetch target is a same-origin path', async () => {
    const bodies = await Promise.all(['/', '/playground.css', '/playground.js'].map(async (p) => (await call(p)).text()));
    const urls = bodies.flatMap(loadedUrls);
    expect(urls).toContain('/playground.js');
    expect(urls).toContain('/playground.css');
    expect(urls).toContain('/v1/summarize');
    for (const url of urls) expect(url, url).toMatch(/^(\/(?!\/)|data:,$)/);
    const links = [...bodies[0]!.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>/g)];
    for (const [tag, href] of links) {
      if (/^https?:/.test(href ?? '')) expect(tag, 'an outside link is only the license of the example').toMatch(/rel="license/);
    }
  });

  it('serves its stylesheet and script with their types and the same policy', async () => {
    for (const [path, type] of [['/playground.css', 'text/css'], ['/playground.js', 'text/javascript']] as const) {
      const res = await call(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe(`${type}; charset=utf-8`);
      expect(res.headers.get('Content-Security-Policy')).toMatch(/default-src 'self'/);
    }
    const script = await (await call('/playground.js')).text();
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it('serves the example article byte for byte as the seed fixture', async () => {
    const res = await call('/example.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(seed);
  });

  it('answers 304 to a matching If-None-Match and HEAD without a body', async () => {
    const first = await call('/');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const again = await call('/', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('Content-Security-Policy')).toMatch(/default-src 'self'/);
    const headPage = await call('/', { method: 'HEAD' });
    expect(headPage.status).toBe(200);
    expect(headPage.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await headPage.text()).toBe('');
    const head = await call('/playground.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    // The page's files come from the static assets, which answer conditional requests too.
    const script = await call('/playground.js');
    const scriptTag = script.headers.get('ETag') ?? '';
    expect(scriptTag).not.toBe('');
    const cached = await call('/playground.js', { headers: { 'If-None-Match': scriptTag } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('Content-Security-Policy')).toMatch(/default-src 'self'/);
  });

  it('answers 405 with Allow for a POST to the page', async () => {
    const res = await call('/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
  });

  it('weighs under 50 KB gzip for the page, its stylesheet and its script', async () => {
    let total = 0;
    for (const path of ['/', '/playground.css', '/playground.js']) total += await gzipSize(await (await call(path)).text());
    expect(total).toBeLessThan(PAGE_BUDGET_GZIP);
  });
});
