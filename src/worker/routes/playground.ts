import { Hono } from '../hono.ts';
import type { App, AppEnv } from '../env.ts';
import { ProblemError } from '../problems.ts';
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
 * The page and the files it loads, with their media types: static assets (`public/`, the `ASSETS` binding), kept out
 * of the Worker bundle, so the code that starts on every request stays small. The page, `public/playground.html`, is
 * written from src/worker/ui/page.ts by `npm run openapi` (it names the engine version).
 */
const FILES: ReadonlyMap<string, string> = new Map([
  ['/', 'text/html; charset=utf-8'],
  ['/playground.css', 'text/css; charset=utf-8'],
  ['/playground.js', 'text/javascript; charset=utf-8'],
  ['/example.txt', 'text/plain; charset=utf-8'],
]);

/** The playground's routes: `GET /` (the page), `/playground.css`, `/playground.js` and `/example.txt` (the seed). */
export const playgroundRoutes = new Hono<AppEnv>();
// Each with the page's security headers and its media type; no-cache: the browser revalidates with the ETag.
const noFile = (path: string) => new ProblemError('not-found', `No file at ${path}.`);
for (const [path, type] of FILES) {
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS };
  const file = path === '/' ? '/playground.html' : path;
  playgroundRoutes.get(path, (c) => serveAsset(c, file, headers, noFile));
}

/** Mounts the playground's routes on the app. */
export function mountPlayground(app: App): void {
  app.route('/', playgroundRoutes);
}
