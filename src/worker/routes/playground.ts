import { Hono, type Context } from 'hono';
import type { App, AppEnv } from '../env.ts';
import { CLIENT_SCRIPT } from '../ui/client.ts';
import { EXAMPLE_ARTICLE } from '../ui/example.ts';
import { PAGE_HTML } from '../ui/page.ts';
import { STYLES } from '../ui/styles.ts';
import { matchesEtag } from '../respond.ts';

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

interface Asset {
  body: string;
  type: string;
}

const ASSETS: ReadonlyMap<string, Asset> = new Map([
  ['/', { body: PAGE_HTML, type: 'text/html; charset=utf-8' }],
  ['/playground.css', { body: STYLES, type: 'text/css; charset=utf-8' }],
  ['/playground.js', { body: CLIENT_SCRIPT, type: 'text/javascript; charset=utf-8' }],
  ['/example.txt', { body: EXAMPLE_ARTICLE, type: 'text/plain; charset=utf-8' }],
]);

const etags = new Map<string, string>();

/** A strong ETag for an asset: FNV-1a over its UTF-16 code units, computed on first use and kept. */
function etagOf(path: string, body: string): string {
  let tag = etags.get(path);
  if (tag === undefined) {
    let h = 0x811c9dc5;
    for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193);
    tag = `"${(h >>> 0).toString(16).padStart(8, '0')}-${body.length.toString(16)}"`;
    etags.set(path, tag);
  }
  return tag;
}

/** Serves one static asset with its security headers; 304 when the browser already holds this version. */
function serveAsset(c: Context<AppEnv>, path: string, asset: Asset): Response {
  const etag = etagOf(path, asset.body);
  const headers: Record<string, string> = {
    'Content-Type': asset.type,
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Content-Security-Policy': PLAYGROUND_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (matchesEtag(c.req.header('If-None-Match'), etag, true)) return new Response(null, { status: 304, headers });
  return new Response(asset.body, { status: 200, headers });
}

/** The playground's routes: `GET /` (the page), `/playground.css`, `/playground.js` and `/example.txt` (the seed). */
export const playgroundRoutes = new Hono<AppEnv>();
for (const [path, asset] of ASSETS) playgroundRoutes.get(path, (c) => serveAsset(c, path, asset));

/** Mounts the playground's routes on the app. */
export function mountPlayground(app: App): void {
  app.route('/', playgroundRoutes);
}
