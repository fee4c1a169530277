import type { Context } from 'hono';
import { Hono } from '../hono.ts';
import type { App, AppEnv } from '../env.ts';
import { PAGE_HTML } from '../ui/page.ts';
import { ProblemError } from '../problems.ts';
import { matchesEtag } from '../respond.ts';
import { serveAsset } from '../assets.ts';

/** The paths the playground serves (for the app's 405 table): the page, its stylesheet and script, the example. */
export const PLAYGROUND_PATHS = /^\/(?:|playground\.css|playground\.js|example\.txt)$/;

/**
 * The page's policy: everything from its own origin, nothing inline, no frames, no plugins. `data:` images only for
 * the empty favicon that keeps browsers from asking for `/favicon.ico`.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The page's security headers, on the page and on every file it loads. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PLAYGROUND_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The files the page loads, with their media types: static assets (`public/`, the `ASSETS` binding), kept out of the
 * Worker bundle, so the code that starts on every request stays small.
 */
const FILES: ReadonlyMap<string, string> = new Map([
  ['/playground.css', 'text/css; charset=utf-8'],
  ['/playground.js', 'text/javascript; charset=utf-8'],
  ['/example.txt', 'text/plain; charset=utf-8'],
]);

let pageTag: string | undefined;

/** A strong ETag for the page: FNV-1a over its UTF-16 code units, computed on first use and kept. */
function pageEtag(): string {
  if (pageTag === undefined) {
    let h = 0x811c9dc5;
    for (let i = 0; i < PAGE_HTML.length; i++) h = Math.imul(h ^ PAGE_HTML.charCodeAt(i), 0x01000193);
    pageTag = `"${(h >>> 0).toString(16).padStart(8, '0')}-${PAGE_HTML.length.toString(16)}"`;
  }
  return pageTag;
}

/** Serves the page (it carries the engine version, so the Worker renders it); 304 when the browser holds it. */
function servePage(c: Context<AppEnv>): Response {
  const etag = pageEtag();
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache', ETag: etag, ...SECURITY_HEADERS };
  if (matchesEtag(c.req.header('If-None-Match'), etag, true)) return new Response(null, { status: 304, headers });
  return new Response(c.req.method === 'HEAD' ? null : PAGE_HTML, { status: 200, headers });
}

/** The playground's routes: `GET /` (the page), `/playground.css`, `/playground.js` and `/example.txt` (the seed). */
export const playgroundRoutes = new Hono<AppEnv>();
playgroundRoutes.get('/', servePage);
// Each with the page's security headers and its media type; no-cache: the browser revalidates with the ETag.
const noFile = (path: string) => new ProblemError('not-found', `No file at ${path}.`);
for (const [path, type] of FILES) {
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS };
  playgroundRoutes.get(path, (c) => serveAsset(c, path, headers, noFile));
}

/** Mounts the playground's routes on the app. */
export function mountPlayground(app: App): void {
  app.route('/', playgroundRoutes);
}
