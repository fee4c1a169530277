import { parseIsoDate } from '../../core/text/dates.ts';
import { decodeEntities } from './entities.ts';

/** What was read out of an HTML page: the article's text (paragraphs joined by a blank line) and its metadata. */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** Publication date, YYYY-MM-DD. */
  publishedAt: string | null;
  text: string;
}

/**
 * Containers whose paragraphs are never article text: navigation, page chrome, scripts, share widgets, comments,
 * related links, forms. Matched on element start; everything until the element's end tag is skipped.
 */
const SKIP_SELECTORS = [
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'button', 'select', 'svg',
  'iframe', 'figure', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]',
  '[aria-hidden="true"]', '[hidden]', '[class*="share"]', '[class*="social"]', '[class*="comment"]', '[id*="comment"]',
  '[class*="related"]', '[class*="newsletter"]', '[class*="promo"]', '[class*="advert"]', '[class*="cookie"]',
  '[class*="subscribe"]', '[class*="byline"]', '[class*="caption"]', '[style*="display:none"]', '[style*="display: none"]',
  '[style*="visibility:hidden"]', '[style*="visibility: hidden"]',
];

/** Containers that hold the article itself: when a page has one, only paragraphs inside it count. */
const ARTICLE_SELECTORS = ['article', '[itemprop="articleBody"]', '[role="main"]', 'main'];

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A publication date as YYYY-MM-DD, from an ISO 8601 timestamp, or null. */
function toDate(value: string | null | undefined): string | null {
  return parseIsoDate(value ? squash(decodeEntities(value)) : null);
}

/** Strips a leading "By" from a byline. */
function cleanByline(value: string): string | null {
  const s = squash(value).replace(/^by\s+/i, '');
  return s.length > 0 && s.length <= 200 ? s : null;
}

/** The JSON-LD objects of one script, flattened through arrays and `@graph`. */
function jsonLdNodes(raw: string): Array<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  const out: Array<Record<string, unknown>> = [];
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length < 100) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v.slice(0, 100).reverse());
    else if (v && typeof v === 'object') {
      const node = v as Record<string, unknown>;
      out.push(node);
      if (Array.isArray(node['@graph'])) stack.push(node['@graph']);
    }
  }
  return out;
}

/** The author's name in a JSON-LD `author` value (string, Person, or a list of them). */
function jsonLdAuthor(author: unknown): string | null {
  const list = Array.isArray(author) ? author : [author];
  const names = list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as { name?: unknown }).name : null))
    .filter((n): n is string => typeof n === 'string' && n.trim().length > 0);
  return names.length > 0 ? names.join(', ') : null;
}

/** Mutable state of one extraction; candidates are kept per source so precedence is applied at the end. */
interface State {
  skipDepth: number;
  articleDepth: number;
  /** Depth inside <head> or <title>, whose text is no block of the page. */
  headDepth: number;
  paragraphs: Array<{ text: string; inArticle: boolean; skipped: boolean }>;
  current: { text: string; inArticle: boolean; skipped: boolean } | null;
  ogTitle: string | null;
  titleTag: string;
  h1: string | null;
  metaDate: string | null;
  jsonLdDate: string | null;
  timeDate: string | null;
  metaAuthor: string | null;
  jsonLdAuthor: string | null;
  jsonLdHeadline: string | null;
  relAuthor: string | null;
  bylineClass: string | null;
  scriptBuffer: string | null;
  /** Text of the body outside skipped containers, blocks separated by a blank line (for pages without `<p>` text). */
  blocks: string;
}

/** Elements that start a new block of text in the fallback for pages without paragraphs. */
const BLOCK_SELECTORS = 'div, section, li, br, tr, td, blockquote, h2, h3, h4, h5, h6, dd, dt, pre';
/** The most fallback text kept (characters): far beyond an article, so a hostile page cannot grow it without bound. */
const MAX_BLOCK_TEXT = 2_000_000;

/** A handler that counts nesting of matched containers through their end tags. */
function depthCounter(state: State, field: 'skipDepth' | 'articleDepth' | 'headDepth'): HTMLRewriterElementContentHandlers {
  return {
    element(el) {
      state[field] += 1;
      try {
        el.onEndTag(() => {
          state[field] -= 1;
        });
      } catch {
        state[field] -= 1; // an element that cannot have an end tag
      }
    },
  };
}

/**
 * Handlers that keep the text of the first element a selector matches, up to its end tag (nested matches of the same
 * selector add nothing).
 */
function firstText(state: State, key: 'h1' | 'relAuthor' | 'bylineClass'): HTMLRewriterElementContentHandlers {
  let open = false;
  let done = false;
  let buffer = '';
  return {
    element(el) {
      if (open || done) return;
      open = true;
      try {
        el.onEndTag(() => {
          open = false;
          done = true;
          state[key] = squash(decodeEntities(buffer)) || null;
        });
      } catch {
        // a void element (`<meta itemprop="author" content="...">`) has no end tag and no text
        open = false;
        done = true;
        state[key] = squash(decodeEntities(el.getAttribute('content') ?? '')) || null;
      }
    },
    text(t) {
      if (open && buffer.length < 2000) buffer += t.text;
    },
  };
}

/** Handlers that read the title, date and byline candidates. */
function metadataHandlers(rewriter: HTMLRewriter, state: State): HTMLRewriter {
  const firstAttr = (key: 'ogTitle' | 'metaDate' | 'metaAuthor', attr: string): HTMLRewriterElementContentHandlers => ({
    element(el) {
      const v = el.getAttribute(attr);
      if (state[key] === null && v && v.trim()) state[key] = decodeEntities(v);
    },
  });
  return rewriter
    .on('meta[property="og:title"]', firstAttr('ogTitle', 'content'))
    .on('meta[name="twitter:title"]', firstAttr('ogTitle', 'content'))
    .on('meta[property="article:published_time"]', firstAttr('metaDate', 'content'))
    .on('meta[itemprop="datePublished"]', firstAttr('metaDate', 'content'))
    .on('meta[name="author"]', firstAttr('metaAuthor', 'content'))
    .on('meta[property="article:author"]', firstAttr('metaAuthor', 'content'))
    .on('title', { text: (t) => void (state.skipDepth === 0 && (state.titleTag += t.text)) })
    .on('h1', firstText(state, 'h1'))
    .on('time', {
      element(el) {
        const v = el.getAttribute('datetime');
        if (state.timeDate === null && v) state.timeDate = toDate(v);
      },
    })
    .on('[rel="author"], [itemprop="author"]', firstText(state, 'relAuthor'))
    .on('[class*="byline"]', firstText(state, 'bylineClass'))
    .on('script[type="application/ld+json"]', {
      element() {
        state.scriptBuffer = '';
      },
      text(t) {
        if (state.scriptBuffer === null) return;
        if (state.scriptBuffer.length < 200_000) state.scriptBuffer += t.text;
        if (t.lastInTextNode) readJsonLd(state, state.scriptBuffer);
      },
    });
}

/** Takes the first article date, author and headline out of a JSON-LD script. */
function readJsonLd(state: State, raw: string): void {
  for (const node of jsonLdNodes(raw)) {
    if (state.jsonLdDate === null && typeof node.datePublished === 'string') state.jsonLdDate = toDate(node.datePublished);
    if (state.jsonLdAuthor === null && node.author !== undefined) state.jsonLdAuthor = jsonLdAuthor(node.author);
    if (state.jsonLdHeadline === null && typeof node.headline === 'string') state.jsonLdHeadline = decodeEntities(node.headline);
  }
  state.scriptBuffer = null;
}

/** Handlers that collect paragraph text, marking paragraphs inside skipped containers and inside the article. */
function paragraphHandlers(rewriter: HTMLRewriter, state: State): HTMLRewriter {
  rewriter.on(SKIP_SELECTORS.join(', '), depthCounter(state, 'skipDepth'));
  rewriter.on(ARTICLE_SELECTORS.join(', '), depthCounter(state, 'articleDepth'));
  rewriter.on(BLOCK_SELECTORS, { element: () => void (state.blocks += '\n\n') });
  // Every text node outside the head: a fragment ("<div>…</div>", "<ul><li>…") has no <body> element to match.
  rewriter.on('head, title', depthCounter(state, 'headDepth'));
  rewriter.onDocument({
    text(t) {
      if (state.skipDepth === 0 && state.headDepth === 0 && state.blocks.length < MAX_BLOCK_TEXT) state.blocks += t.text;
    },
  });
  return rewriter
    .on('p', {
      element() {
        state.current = { text: '', inArticle: state.articleDepth > 0, skipped: state.skipDepth > 0 };
        state.paragraphs.push(state.current);
      },
      text(t) {
        if (state.current && state.skipDepth === 0) state.current.text += t.text;
      },
    })
    .on('p br', { element: () => void (state.current && (state.current.text += ' ')) });
}

/** Picks the extracted fields from the collected candidates, in order of precedence. */
function assemble(state: State): ExtractedArticle {
  const kept = state.paragraphs.filter((p) => !p.skipped);
  const inArticle = kept.filter((p) => p.inArticle);
  const chosen = inArticle.length > 0 ? inArticle : kept;
  let paragraphs = chosen.map((p) => squash(decodeEntities(p.text))).filter((p) => p.length > 0);
  // A page without paragraphs (text in <div>s, lines split by <br>): its blocks of text, one paragraph each.
  if (paragraphs.length === 0) paragraphs = state.blocks.split('\n\n').map((b) => squash(decodeEntities(b))).filter((b) => b.length > 0);
  const titleTag = squash(decodeEntities(state.titleTag));
  const title = [state.ogTitle, titleTag, state.h1, state.jsonLdHeadline].map((t) => (t ? squash(t) : '')).find((t) => t.length > 0);
  const byline = [state.metaAuthor, state.jsonLdAuthor, state.relAuthor, state.bylineClass].map((b) => (b ? cleanByline(b) : null)).find((b) => b);
  return {
    title: title ? title.slice(0, 1000) : null,
    byline: byline ?? null,
    publishedAt: toDate(state.metaDate) ?? state.jsonLdDate ?? state.timeDate,
    text: paragraphs.join('\n\n'),
  };
}

/**
 * Extracts the article from an HTML page with the Workers streaming `HTMLRewriter`: title (`og:title`, `<title>`,
 * `<h1>`), publication date (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`), byline, and the
 * text of the `<p>` paragraphs, without navigation, scripts, styles, share widgets, comments and footers. When the
 * page marks up its article (`<article>`, `<main>`, `itemprop=articleBody`), only paragraphs inside it are kept. A page
 * with no `<p>` at all gives the text of its blocks (`<div>`, `<li>`, `<br>`-separated lines) instead.
 */
export async function extractArticle(html: ReadableStream<Uint8Array> | string): Promise<ExtractedArticle> {
  const state: State = {
    skipDepth: 0, articleDepth: 0, headDepth: 0, paragraphs: [], current: null, ogTitle: null, titleTag: '', h1: null,
    metaDate: null, jsonLdDate: null, timeDate: null, metaAuthor: null, jsonLdAuthor: null, jsonLdHeadline: null,
    relAuthor: null, bylineClass: null, scriptBuffer: null, blocks: '',
  };
  const rewriter = paragraphHandlers(metadataHandlers(new HTMLRewriter(), state), state);
  const page = new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  await rewriter.transform(page).body?.pipeTo(new WritableStream());
  return assemble(state);
}
