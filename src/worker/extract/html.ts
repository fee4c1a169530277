import { parseIsoDate } from '../../core/text/dates.ts';
import { decodeEntities } from './entities.ts';
import { VOID_ELEMENTS, walkHtml, type HtmlElement } from './tokenizer.ts';

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
 * related links, forms, hidden blocks. Everything until the element's end tag is skipped.
 */
const SKIP_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'button', 'select', 'svg',
  'iframe', 'figure',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
/**
 * Beginnings of a word of a `class` value that mark page furniture: `social-share`, `shareBar`, `comments`,
 * `related_stories`, `advertisement`. Words, not substrings: `commentary`, `unrelated-content` or `shared-layout` hold
 * an article (a substring match dropped them, and a commentary page became a 422).
 */
const SKIP_CLASSES = ['share', 'social', 'comment', 'related', 'newsletter', 'promo', 'advert', 'cookie', 'subscribe', 'byline', 'caption'];
/** Words that begin like page furniture but name article content. */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['commentary', 'commentaries', 'commentator', 'shared', 'subscriber', 'subscribers']);
const HIDDEN_STYLES = ['display:none', 'display: none', 'visibility:hidden', 'visibility: hidden'];

const contains = (value: string | undefined, parts: readonly string[]): boolean => value !== undefined && parts.some((p) => value.includes(p));

const NO_WORDS: readonly string[] = [];

/**
 * The words of a class or an id (split at white space, `-`, `_` and a lower-to-upper case change), in lower case,
 * without those that name article content (ARTICLE_WORDS): worked out once per element, for isSkipped and metadataRank.
 */
function furnitureWords(value: string | undefined): readonly string[] {
  if (value === undefined) return NO_WORDS;
  return value
    .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    .filter((w) => !ARTICLE_WORDS.has(w));
}

/** True when one of `words` (furnitureWords) begins with one of `starts`. */
function hasWord(words: readonly string[], starts: readonly string[]): boolean {
  return words.some((w) => starts.some((s) => w.startsWith(s)));
}

/** The words of an element's class and id (furnitureWords). */
interface ClassWords {
  classes: readonly string[];
  id: readonly string[];
}

/** True for a container whose text is page furniture, not the article. */
function isSkipped(el: HtmlElement, words: ClassWords): boolean {
  const a = el.attrs;
  return (
    SKIP_TAGS.has(el.name) || SKIP_ROLES.has(a.get('role') ?? '') || a.get('aria-hidden') === 'true' || a.has('hidden') ||
    hasWord(words.classes, SKIP_CLASSES) || hasWord(words.id, ['comment']) || contains(a.get('style'), HIDDEN_STYLES)
  );
}

/** Words of a class (or an id) that mark another page's or the readers' content: its dates, headings and authors are not the article's. */
const OTHER_CONTENT = ['comment', 'related', 'promo', 'advert', 'newsletter', 'share', 'social'];

/**
 * Where a container puts the metadata inside it (a `<time>`, an `<h1>`, an author link, JSON-LD): `none` for a menu, a
 * sidebar, a footer, comments, related stories or promotions (a commenter is no byline, a related story's date no
 * publication date); `site` for a `<header>` outside the article, the site's (its `<h1>` is a fallback for a page with
 * no other); `article` otherwise.
 */
function metadataRank(el: HtmlElement, words: ClassWords, inArticle: boolean): 'none' | 'site' | 'article' {
  const role = el.attrs.get('role') ?? '';
  if (el.name === 'nav' || el.name === 'aside' || el.name === 'footer' || role === 'navigation' || role === 'complementary' || role === 'contentinfo') return 'none';
  if (hasWord(words.classes, OTHER_CONTENT) || hasWord(words.id, OTHER_CONTENT)) return 'none';
  if ((el.name === 'header' || role === 'banner') && !inArticle) return 'site';
  return 'article';
}

/** Containers that hold the article itself: when a page has one, only paragraphs inside it count. */
function isArticle(el: HtmlElement): boolean {
  return el.name === 'article' || el.name === 'main' || el.attrs.get('itemprop') === 'articleBody' || el.attrs.get('role') === 'main';
}

/** Elements that start a new block of text in the fallback for pages without paragraphs. */
const BLOCK_TAGS = new Set(['div', 'section', 'li', 'br', 'tr', 'td', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'pre']);
/** The most JSON-LD read from one script (characters): metadata, not a page's worth of brackets to parse. */
const MAX_JSON_LD = 200_000;
/** The most fallback text kept (characters): far beyond an article, so a hostile page cannot grow it without bound. */
const MAX_BLOCK_TEXT = 2_000_000;

/** `<meta>` elements that name the title, the date or the author: attribute, its value, and the field it fills. */
const META_FIELDS: ReadonlyArray<[string, string, 'ogTitle' | 'metaDate' | 'metaAuthor']> = [
  ['property', 'og:title', 'ogTitle'],
  ['name', 'twitter:title', 'ogTitle'],
  ['property', 'article:published_time', 'metaDate'],
  ['itemprop', 'datePublished', 'metaDate'],
  ['name', 'author', 'metaAuthor'],
  ['property', 'article:author', 'metaAuthor'],
];

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

/** Text of the first element of a kind, up to its end tag (nested elements of the same kind add nothing). */
class FirstText {
  private owner: HtmlElement | null = null;
  private buffer = '';
  done = false;
  value: string | null = null;

  open(el: HtmlElement): void {
    if (this.owner || this.done) return;
    if (VOID_ELEMENTS.has(el.name)) {
      // `<meta itemprop="author" content="...">` has no text: its content is the value.
      this.done = true;
      this.value = squash(decodeEntities(el.attrs.get('content') ?? '')) || null;
    } else this.owner = el;
  }

  text(raw: string): void {
    if (this.owner && this.buffer.length < 2000) this.buffer += raw;
  }

  close(el: HtmlElement): void {
    if (el !== this.owner) return;
    this.owner = null;
    this.done = true;
    this.value = squash(decodeEntities(this.buffer)) || null;
  }
}

/** One pass over the page: the candidates for every field, kept per source so precedence is applied at the end. */
class Collector {
  private skipDepth = 0;
  private articleDepth = 0;
  /** Depth inside <head> or <title>, whose text is no block of the page. */
  private headDepth = 0;
  private pDepth = 0;
  /** Depth inside containers whose metadata is not the article's (`none`), or is the site's (`site`): metadataRank. */
  private noMetaDepth = 0;
  private siteDepth = 0;
  /** Elements that raised a depth, with what they raised. */
  private readonly raised = new Map<HtmlElement, { skip: boolean; article: boolean; head: boolean; rank: 'none' | 'site' | 'article' }>();
  readonly paragraphs: Array<{ text: string; inArticle: boolean; skipped: boolean }> = [];
  private current: { text: string; inArticle: boolean; skipped: boolean } | null = null;
  ogTitle: string | null = null;
  metaDate: string | null = null;
  metaAuthor: string | null = null;
  titleTag = '';
  private inTitle = 0;
  /** The first `<time datetime>` of the article, and of the site's header (a fallback). */
  readonly timeDate: [string | null, string | null] = [null, null];
  jsonLdDate: string | null = null;
  jsonLdAuthor: string | null = null;
  jsonLdHeadline: string | null = null;
  private jsonLd: HtmlElement | null = null;
  private scriptBuffer = '';
  /** Each candidate twice: found in the article (or outside any furniture), and found in the site's header (a fallback). */
  readonly h1 = [new FirstText(), new FirstText()] as const;
  readonly relAuthor = [new FirstText(), new FirstText()] as const;
  readonly bylineClass = [new FirstText(), new FirstText()] as const;
  private readonly firstTexts: readonly FirstText[] = [...this.h1, ...this.relAuthor, ...this.bylineClass];
  /** Text of the body outside skipped containers, blocks separated by a blank line (for pages without `<p>` text). */
  blocks = '';

  open(el: HtmlElement): void {
    const { name, attrs } = el;
    const words: ClassWords = { classes: furnitureWords(attrs.get('class')), id: furnitureWords(attrs.get('id')) };
    const skip = isSkipped(el, words);
    const article = isArticle(el);
    const head = name === 'head' || name === 'title';
    const rank = metadataRank(el, words, this.articleDepth > 0 || article);
    if (skip || article || head || rank !== 'article') {
      this.raised.set(el, { skip, article, head, rank });
      if (skip) this.skipDepth++;
      if (article) this.articleDepth++;
      if (head) this.headDepth++;
      if (rank === 'none') this.noMetaDepth++;
      if (rank === 'site') this.siteDepth++;
    }
    // Which candidate this element's metadata fills: 0 the article's, 1 the site header's, null none.
    const slot: 0 | 1 | null = this.noMetaDepth > 0 ? null : this.siteDepth > 0 ? 1 : 0;
    if (BLOCK_TAGS.has(name)) this.blocks += '\n\n';
    if (name === 'meta') this.meta(attrs);
    else if (name === 'title') this.inTitle++;
    else if (name === 'h1') {
      if (slot !== null) this.h1[slot].open(el);
    } else if (name === 'time') {
      const v = attrs.get('datetime');
      if (slot !== null && this.timeDate[slot] === null && v) this.timeDate[slot] = toDate(v);
    } else if (name === 'script' && slot !== null && (attrs.get('type') ?? '').toLowerCase() === 'application/ld+json') {
      this.jsonLd = el;
      this.scriptBuffer = '';
    } else if (name === 'p') {
      this.pDepth++;
      this.current = { text: '', inArticle: this.articleDepth > 0, skipped: this.skipDepth > 0 };
      this.paragraphs.push(this.current);
    } else if (name === 'br' && this.pDepth > 0 && this.current) this.current.text += ' ';
    if (slot === null) return;
    if ((attrs.get('rel') ?? '').toLowerCase() === 'author' || attrs.get('itemprop') === 'author') this.relAuthor[slot].open(el);
    if ((attrs.get('class') ?? '').includes('byline')) this.bylineClass[slot].open(el);
  }

  private meta(attrs: ReadonlyMap<string, string>): void {
    for (const [attr, value, field] of META_FIELDS) {
      if (attrs.get(attr) !== value) continue;
      const content = attrs.get('content');
      if (this[field] === null && content && content.trim()) this[field] = decodeEntities(content);
    }
  }

  text(raw: string): void {
    if (this.inTitle > 0 && this.skipDepth === 0) this.titleTag += raw;
    for (const field of this.firstTexts) field.text(raw);
    if (this.jsonLd && this.scriptBuffer.length < MAX_JSON_LD) this.scriptBuffer += raw.slice(0, MAX_JSON_LD - this.scriptBuffer.length);
    if (this.pDepth > 0 && this.current && this.skipDepth === 0) this.current.text += raw;
    if (this.skipDepth === 0 && this.headDepth === 0 && this.blocks.length < MAX_BLOCK_TEXT) this.blocks += raw;
  }

  close(el: HtmlElement): void {
    const raised = this.raised.get(el);
    if (raised) {
      this.raised.delete(el);
      if (raised.skip) this.skipDepth--;
      if (raised.article) this.articleDepth--;
      if (raised.head) this.headDepth--;
      if (raised.rank === 'none') this.noMetaDepth--;
      if (raised.rank === 'site') this.siteDepth--;
    }
    if (el.name === 'title') this.inTitle--;
    else if (el.name === 'p') this.pDepth--;
    else if (el === this.jsonLd) {
      this.readJsonLd(this.scriptBuffer);
      this.jsonLd = null;
    }
    for (const field of this.firstTexts) field.close(el);
  }

  /** Takes the first article date, author and headline out of a JSON-LD script. */
  private readJsonLd(raw: string): void {
    for (const node of jsonLdNodes(raw)) {
      if (this.jsonLdDate === null && typeof node.datePublished === 'string') this.jsonLdDate = toDate(node.datePublished);
      if (this.jsonLdAuthor === null && node.author !== undefined) this.jsonLdAuthor = jsonLdAuthor(node.author);
      if (this.jsonLdHeadline === null && typeof node.headline === 'string') this.jsonLdHeadline = decodeEntities(node.headline);
    }
  }
}

/** Picks the extracted fields from the collected candidates, in order of precedence. */
function assemble(state: Collector): ExtractedArticle {
  const kept = state.paragraphs.filter((p) => !p.skipped);
  const inArticle = kept.filter((p) => p.inArticle);
  const chosen = inArticle.length > 0 ? inArticle : kept;
  let paragraphs = chosen.map((p) => squash(decodeEntities(p.text))).filter((p) => p.length > 0);
  // A page without paragraphs (text in <div>s, lines split by <br>): its blocks of text, one paragraph each.
  if (paragraphs.length === 0) paragraphs = state.blocks.split('\n\n').map((b) => squash(decodeEntities(b))).filter((b) => b.length > 0);
  const titleTag = squash(decodeEntities(state.titleTag));
  const title = [state.ogTitle, titleTag, state.h1[0].value ?? state.h1[1].value, state.jsonLdHeadline].map((t) => (t ? squash(t) : '')).find((t) => t.length > 0);
  const byline = [state.metaAuthor, state.jsonLdAuthor, state.relAuthor[0].value, state.bylineClass[0].value, state.relAuthor[1].value, state.bylineClass[1].value].map((b) => (b ? cleanByline(b) : null)).find((b) => b);
  return {
    title: title ? title.slice(0, 1000) : null,
    byline: byline ?? null,
    publishedAt: toDate(state.metaDate) ?? state.jsonLdDate ?? state.timeDate[0] ?? state.timeDate[1],
    text: paragraphs.join('\n\n'),
  };
}

/**
 * Extracts the article from an HTML page in one linear pass (`tokenizer.ts`): title (`og:title`, `<title>`, `<h1>`,
 * JSON-LD `headline`), publication date (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`),
 * byline, and the text of the `<p>` paragraphs, without navigation, scripts, styles, share widgets, comments and
 * footers. When the page marks up its article (`<article>`, `<main>`, `itemprop=articleBody`), only paragraphs inside
 * it are kept. A page with no `<p>` at all gives the text of its blocks (`<div>`, `<li>`, `<br>`-separated lines)
 * instead. Pure and synchronous: the same page gives the same result on every runtime.
 */
export function extractArticle(html: string): ExtractedArticle {
  const collector = new Collector();
  walkHtml(html, collector);
  return assemble(collector);
}
