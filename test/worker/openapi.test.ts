// @ts-expect-error the package ships no types for its resolve.js module
import { checkRefs as untypedCheckRefs } from '@seriousme/openapi-schema-validator/resolve.js';
import oas31 from '@seriousme/openapi-schema-validator/schemas/v3.1/schema.json';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/worker/app.ts';
import { docsPage } from '../../src/worker/docs-page.ts';
import { openApiJson } from '../../src/worker/openapi.ts';
import { PROBLEM_TYPES } from '../../src/worker/problems.ts';
import { call, seed, summarize } from './helpers.ts';
import { ARTICLE_HTML } from './url-pages.ts';

type Json = Record<string, any>;

const checkRefs = untypedCheckRefs as (doc: Json) => { valid: boolean; errors?: string };

/** The served document. */
async function document(): Promise<Json> {
  const res = await call('/openapi.json');
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

/**
 * Validates a document as @seriousme/openapi-schema-validator does (its OpenAPI 3.1 JSON Schema, then its `$ref`
 * check). Its `Validator` class reads the schema from disk with node:fs, which tests inside workerd cannot reach,
 * so the same two steps are run here on the imported schema.
 */
function validateOpenApi31(doc: Json): { valid: boolean; errors: unknown } {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('media-range', true);
  const validate = ajv.compile(oas31 as Json);
  if (!validate(doc)) return { valid: false, errors: validate.errors };
  const refs = checkRefs(doc);
  return { valid: refs.valid, errors: refs.errors ?? null };
}

/** Resolves a `$ref` to `#/components/...`. */
function deref(doc: Json, node: Json): Json {
  if (typeof node.$ref !== 'string') return node;
  return (node.$ref as string).slice(2).split('/').reduce((at: Json, key) => at[key], doc);
}

/**
 * Checks a real response against the document: its status is documented for the operation (or falls to `default`),
 * its media type is the documented one, its body matches the documented JSON Schema, and documented headers are set.
 */
async function conforms(doc: Json, method: string, path: string, res: Response): Promise<void> {
  const op = doc.paths[path]?.[method];
  expect(op, `${method} ${path} documented`).toBeDefined();
  const declared = op.responses[String(res.status)] ?? op.responses.default;
  expect(declared, `${method} ${path} ${res.status} documented`).toBeDefined();
  const response = deref(doc, declared);
  for (const name of Object.keys(response.headers ?? {})) {
    if (['X-Request-Id', 'X-Cache', 'ETag', 'WWW-Authenticate', 'Allow', 'Server-Timing', 'Accept-Post', 'Cache-Control'].includes(name) && !(name === 'Allow' && res.status !== 405)) {
      expect(res.headers.get(name), `${method} ${path} ${res.status} header ${name}`).not.toBeNull();
    }
  }
  if (!response.content) return;
  const mediaType = (res.headers.get('Content-Type') ?? '').split(';')[0] ?? '';
  const content = response.content[mediaType];
  expect(content, `${method} ${path} ${res.status} as ${mediaType}`).toBeDefined();
  if (!mediaType.endsWith('json')) return;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const rewrite = (v: unknown): Json => JSON.parse(JSON.stringify(v).replaceAll('#/components/schemas/', '#/$defs/')) as Json;
  const validate = ajv.compile({ ...rewrite(content.schema), $defs: rewrite(doc.components.schemas) });
  const body = await res.json();
  const ok = validate(body);
  expect(ok ? [] : validate.errors?.slice(0, 5), `${method} ${path} ${res.status} body`).toEqual([]);
}

describe('GET /openapi.json', () => {
  it('is the document built from the schemas and operations (public/openapi.json is current: `npm run openapi`)', async () => {
    const res = await call('/openapi.json');
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await res.text()).toBe(openApiJson());
  });

  it('answers a conditional request with 304 (the static assets carry an ETag)', async () => {
    const etag = (await call('/openapi.json')).headers.get('ETag');
    expect(etag).toBeTruthy();
    const res = await call('/openapi.json', { headers: { 'If-None-Match': etag as string } });
    expect(res.status).toBe(304);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    const result = validateOpenApi31(doc);
    expect(result.errors).toBeNull();
    expect(result.valid).toBe(true);
    // The check can fail: a broken reference or a missing field is caught.
    expect(validateOpenApi31({ ...doc, info: { title: 'x' } }).valid).toBe(false);
    expect(validateOpenApi31({ ...doc, paths: { '/x': { get: { responses: { 200: { $ref: '#/components/responses/Nope' } } } } } }).valid).toBe(false);
  });

  it('lists every route the app serves (the 405 table), and every documented path answers', async () => {
    const doc = await document();
    const paths = Object.keys(doc.paths).map((p) => p.replace(/\{[^}]+\}/g, 'x'));
    for (const route of ROUTES) {
      expect(paths.some((p) => route.pattern.test(p)), `route ${route.pattern} is in /openapi.json (add it to OPERATIONS in src/worker/openapi.ts)`).toBe(true);
    }
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const method of Object.keys(item)) {
        const res = await call(path.replace('{id}', 'a'.repeat(64)).replace('{slug}', 'not-found'), {
          method: method.toUpperCase(),
          redirect: 'manual',
          ...(method === 'post' ? { headers: { 'Content-Type': 'application/json' }, body: '{}' } : {}),
        });
        expect([404, 405], `${method} ${path}`).not.toContain(res.status === 404 && path.includes('{id}') ? 0 : res.status);
      }
    }
  });

  it('documents every problem type, the cache, ETag, rate-limit and request-id headers, and the API key scheme', async () => {
    const doc = await document();
    const text = JSON.stringify(doc);
    for (const slug of Object.keys(PROBLEM_TYPES)) expect(text).toContain(`/problems/${slug}`);
    for (const header of ['X-Cache', 'ETag', 'RateLimit-Policy', 'Retry-After', 'X-Request-Id', 'Server-Timing']) expect(doc.components.headers[header]).toBeDefined();
    expect(doc.paths['/v1/summarize'].post.responses['429']).toBeDefined();
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.SummarizeRequest.properties).toHaveProperty('html');
  });

  it('documents the 400 a lookup by id answers to a query string that is not UTF-8', async () => {
    const doc = await document();
    const res = await call(`/v1/summaries/${'0'.repeat(64)}?%FF=1`);
    expect(res.status).toBe(400);
    expect(doc.paths['/v1/summaries/{id}'].get.responses['400']).toBeDefined();
  });

  it('matches real responses: results, batches, problems and public routes', async () => {
    const doc = await document();
    const ok = await summarize({ text: seed });
    await conforms(doc, 'post', '/v1/summarize', ok.clone());
    const id = ((await ok.json()) as { id: string }).id;
    await conforms(doc, 'post', '/v1/summarize', await summarize({ html: ARTICLE_HTML }));
    await conforms(doc, 'post', '/v1/summarize', await summarize({ url: 'https://pages.example/article.html' }));
    await conforms(doc, 'post', '/v1/summarize', await summarize({ text: '' }));
    await conforms(doc, 'post', '/v1/summarize', await summarize('{nope'));
    await conforms(doc, 'post', '/v1/summarize', await summarize({ url: 'https://pages.example/missing' }));
    await conforms(doc, 'post', '/v1/summarize', await call('/v1/summarize', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: 'x' }));
    await conforms(doc, 'post', '/v1/summarize', await call('/v1/summarize')); // 405: the operation's default response
    const batch = await call('/v1/summarize/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ items: [{ id: 'a', text: seed }, { id: 'b' }] }),
    });
    await conforms(doc, 'post', '/v1/summarize/batch', batch);
    await conforms(doc, 'get', '/v1/summaries/{id}', await call(`/v1/summaries/${id}`));
    await conforms(doc, 'get', '/v1/summaries/{id}', await call(`/v1/summaries/${id}`, { headers: { 'If-None-Match': `"${id}"` } }));
    await conforms(doc, 'post', '/integrations/slack/command', await call('/integrations/slack/command', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    await conforms(doc, 'get', '/v1/summaries/{id}', await call(`/v1/summaries/${'0'.repeat(64)}`));
    await conforms(doc, 'get', '/healthz', await call('/healthz'));
    await conforms(doc, 'get', '/openapi.json', await call('/openapi.json'));
    await conforms(doc, 'get', '/docs', await call('/docs'));
  });
});

describe('GET /docs', () => {
  it('renders every operation and problem type from the document with no external request', async () => {
    const res = await call('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
    const html = await res.text();
    // public/docs.html is current: `npm run openapi`.
    expect(html).toBe(docsPage(openApiJson()));
    for (const path of ['/v1/summarize', '/v1/summarize/batch', '/v1/summaries/{id}', '/healthz']) expect(html).toContain(`<code>${path}</code>`);
    for (const slug of Object.keys(PROBLEM_TYPES)) expect(html).toContain(`id="${slug}"`);
    // No scripts, and no URL that a browser would fetch: no src, no stylesheet links, no absolute hrefs.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    expect(html.match(/href="[^"#/][^"]*"/g) ?? []).toEqual([]);
    // The curl examples expand $KEY: in single quotes the shell would send the letters "$KEY" as the key.
    expect(html).toContain('-H &quot;Authorization: Bearer $KEY&quot;');
    expect(html).not.toContain('&#39;Authorization: Bearer $');
    // A problem response names its types, linked to their rows, not a component name ("Problem415"); schema
    // references link to their entries; every in-page link has a target.
    expect(html).toContain('<b>415</b> <a href="#unsupported-media-type"><code>/problems/unsupported-media-type</code></a>');
    expect(html).not.toMatch(/<\/b> Problem\d/);
    expect(html).toContain('<a href="#schema-SummarizeRequest">');
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(html, `target of #${id}`).toContain(`id="${id}"`);
  });

  it('resolves problem type URIs to their entry on the docs page', async () => {
    const res = await call('/problems/rate-limited', { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/docs#rate-limited');
    expect((await call('/problems/nope')).status).toBe(404);
  });
});
