/**
 * A small HTML tokenizer and tree walker for article extraction: start tags with their attributes, end tags and text,
 * with the open-element stack HTML keeps (void elements, raw-text elements, the end tags a new element implies, end
 * tags that close everything opened inside them). It builds no tree and decodes no character reference: text and
 * attribute values are handed over raw, as HTMLRewriter did before it.
 *
 * Why not HTMLRewriter: in workerd every handler call crosses from the parser into JavaScript, about 50 to 150 µs a
 * call here, so a page of 40,000 text nodes took 20 s of CPU, and deep nesting (20,000 open `<div>`s) exceeded the
 * parser's memory limit and threw. This walk is one pass over the string: each character is read a bounded number
 * of times (text and comments by `indexOf`, tags by a loop over their characters), each element is pushed and popped
 * once, and the stack is searched only through per-name counts, so the cost is linear in the page for any markup.
 * Why not htmlparser2: its entity tables alone are about 22 KB of gzip, most of the Worker's bundle budget.
 */

/** An open element: its lower-case name and its attributes (names lower-case, the first of duplicates kept). */
export interface HtmlElement {
  name: string;
  attrs: ReadonlyMap<string, string>;
}

/** What the walk reports, in document order. `close` comes for every element `open` reported, void ones included. */
export interface HtmlSink {
  open(el: HtmlElement): void;
  close(el: HtmlElement): void;
  text(raw: string): void;
}

/** Elements that never have content or an end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is text up to their own end tag, markup included (`<script>var p = "<p>";</script>`). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** Elements whose start tag closes an open `<p>` (HTML's "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'dd', 'dt',
]);

/**
 * HTML's "special" elements that can be open (void ones never are): a new `<li>`, `<dt>` or `<dd>` closes an open one
 * only if none of these, bar address, div and p, was opened inside it (`<li>Story<aside><li>Promo` nests the second).
 */
const SPECIAL_SCOPE = [
  'applet', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'colgroup', 'details', 'dir', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header',
  'hgroup', 'html', 'iframe', 'listing', 'main', 'marquee', 'menu', 'nav', 'noembed', 'noframes', 'noscript', 'object',
  'ol', 'plaintext', 'pre', 'script', 'search', 'section', 'select', 'style', 'summary', 'table', 'tbody', 'td',
  'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'xmp', 'svg', 'math',
];

/** Elements whose start tag closes an open one of the same family, unless a container opened since: `<li>a<li>b`. */
const CLOSES_SIBLING: ReadonlyMap<string, { closes: readonly string[]; within: readonly string[] }> = new Map([
  ['li', { closes: ['li'], within: SPECIAL_SCOPE }],
  ['dt', { closes: ['dt', 'dd'], within: SPECIAL_SCOPE }],
  ['dd', { closes: ['dt', 'dd'], within: SPECIAL_SCOPE }],
  ['p', { closes: ['p'], within: ['button', 'table', 'td', 'th', 'caption', 'object', 'marquee', 'template'] }],
]);

const isWhite = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The open-element stack, with where each name was last opened, so "is one open" and "where" cost O(1). */
class OpenElements {
  private readonly stack: HtmlElement[] = [];
  /** For each name, the stack positions of its open elements, innermost last. */
  private readonly positions = new Map<string, number[]>();

  private readonly sink: HtmlSink;

  constructor(sink: HtmlSink) {
    this.sink = sink;
  }

  /** Stack position of the innermost open element of any of these names, or -1. */
  innermost(names: readonly string[]): number {
    let best = -1;
    for (const name of names) {
      const at = this.positions.get(name);
      if (at && at.length > 0 && at[at.length - 1]! > best) best = at[at.length - 1]!;
    }
    return best;
  }

  /** True inside an element of one of these names (`svg`, `math`: foreign content honours `/>`). */
  inside(names: readonly string[]): boolean {
    return this.innermost(names) >= 0;
  }

  push(el: HtmlElement): void {
    let at = this.positions.get(el.name);
    if (!at) this.positions.set(el.name, (at = []));
    at.push(this.stack.length);
    this.stack.push(el);
  }

  /** Closes every element from the top of the stack down to position `to`, innermost first. */
  popTo(to: number): void {
    while (this.stack.length > to) {
      const el = this.stack.pop()!;
      this.positions.get(el.name)!.pop();
      this.sink.close(el);
    }
  }

  /** An end tag: closes the innermost open element of that name and everything opened inside it; else nothing. */
  end(name: string): void {
    // </body> and </html> close nothing: browsers put what follows them in the body all the same.
    if (name === 'body' || name === 'html') return;
    // Any heading's end tag closes the open heading ("<h1>Headline</h2>").
    const at = this.innermost(HEADINGS.includes(name) ? HEADINGS : [name]);
    if (at >= 0) this.popTo(at);
  }

  /** The end tags a start tag implies: `<p>` closes an open `<p>`, `<li>` an open `<li>` of the same list, and so on. */
  implied(name: string): void {
    // A page that never closes its <head>: <body>, or any other element that has no place in a head, ends it.
    if (!IN_HEAD.has(name)) this.end('head');
    // A heading right inside another closes it ("<h1>A<h2>B" gives two headings).
    if (HEADINGS.includes(name) && HEADINGS.includes(this.stack[this.stack.length - 1]?.name ?? '')) this.popTo(this.stack.length - 1);
    if (CLOSES_P.has(name)) this.closeSibling('p');
    if (name !== 'p' && CLOSES_SIBLING.has(name)) this.closeSibling(name);
  }

  private closeSibling(name: string): void {
    const rule = CLOSES_SIBLING.get(name)!;
    const at = this.innermost(rule.closes);
    if (at >= 0 && at > this.innermost(rule.within)) this.popTo(at);
  }

  /** Closes what is still open at the end of the page. */
  finish(): void {
    this.popTo(0);
  }
}

const FOREIGN = ['svg', 'math'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** What a <head> holds; any other element (a <div>) starts the body, closing the head. */
const IN_HEAD = new Set(['head', 'html', 'base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template']);
const SELECT = ['select'];
/** The start tags a <select> takes; browsers drop any other inside it. */
const IN_SELECT = new Set(['option', 'optgroup', 'hr', 'script', 'template']);
/** The end of a comment: "-->", or "--!>" as browsers also read it. */
const COMMENT_END = /--!?>/g;

/**
 * Walks `html` once, reporting elements and text to `sink` in document order. Comments, doctypes and processing
 * instructions are skipped; a tag cut off by the end of the page is dropped, as browsers do.
 */
export function walkHtml(html: string, sink: HtmlSink): void {
  const open = new OpenElements(sink);
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      sink.text(html.slice(i));
      break;
    }
    if (lt > i) sink.text(html.slice(i, lt));
    i = lt;
    const c = html.charCodeAt(i + 1);
    if (isLetter(c)) {
      const tag = readTag(html, i + 1);
      if (tag === null) break; // cut off by the end of the page
      i = tag.end;
      // Inside a <select> only options count: "<select><option>One<p>Two</select>" holds no paragraph.
      if (open.inside(SELECT) && !IN_SELECT.has(tag.name)) continue;
      const el: HtmlElement = { name: tag.name, attrs: tag.attrs };
      open.implied(el.name);
      sink.open(el);
      if (VOID_ELEMENTS.has(el.name) || (tag.selfClosing && (FOREIGN.includes(el.name) || open.inside(FOREIGN)))) {
        sink.close(el);
        continue;
      }
      open.push(el);
      // In SVG and MathML, <title>, <style> and <script> hold markup like any element.
      if (RAW_TEXT.has(el.name) && !open.inside(FOREIGN)) {
        const close = rawTextEnd(html, i, el.name);
        if (close > i) sink.text(html.slice(i, close));
        i = close;
      }
    } else if (c === 47 /* / */ && isLetter(html.charCodeAt(i + 2))) {
      const tag = readTag(html, i + 2);
      if (tag === null) break;
      i = tag.end;
      if (tag.name === 'br') {
        // "</br>" is read as "<br>".
        const br: HtmlElement = { name: 'br', attrs: new Map() };
        sink.open(br);
        sink.close(br);
      } else open.end(tag.name);
    } else if (c === 33 /* ! */ && html.startsWith('<!--', i)) {
      // "<!-->" and "<!--->" are empty comments; a comment ends at "-->" or "--!>".
      if (html.startsWith('>', i + 4)) i += 5;
      else if (html.startsWith('->', i + 4)) i += 6;
      else {
        COMMENT_END.lastIndex = i + 4;
        const end = COMMENT_END.exec(html);
        i = end === null ? n : end.index + end[0].length;
      }
    } else if (c === 47 && i + 2 >= n) {
      sink.text('</'); // the page ends in "</"
      break;
    } else if (c === 33 || c === 63 /* ? */ || c === 47) {
      // A doctype, CDATA, a processing instruction or a bogus end tag ("</ >"): skipped up to the next ">".
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? n : end + 1;
    } else {
      sink.text('<'); // a "<" that opens no tag is text ("a < b")
      i += 1;
    }
  }
  open.finish();
}

/** Reads a tag's name and attributes from just after "<" or "</"; null when the page ends inside the tag. */
function readTag(html: string, from: number): { name: string; attrs: Map<string, string>; selfClosing: boolean; end: number } | null {
  const n = html.length;
  let i = from;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (isWhite(c) || c === 47 || c === 62) break;
    i++;
  }
  const name = html.slice(from, i).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < n) {
    let c = html.charCodeAt(i);
    if (isWhite(c)) {
      i++;
      continue;
    }
    if (c === 62 /* > */) return { name, attrs, selfClosing, end: i + 1 };
    if (c === 47 /* / */) {
      selfClosing = html.charCodeAt(i + 1) === 62;
      i++;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    i++; // the first character may be "=" ("<a =x>")
    while (i < n) {
      c = html.charCodeAt(i);
      if (isWhite(c) || c === 47 || c === 62 || c === 61) break;
      i++;
    }
    const attr = html.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < n && isWhite(html.charCodeAt(j))) j++;
    let value = '';
    if (html.charCodeAt(j) === 61 /* = */) {
      j++;
      while (j < n && isWhite(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0) return null;
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const start = j;
        while (j < n) {
          c = html.charCodeAt(j);
          if (isWhite(c) || c === 62) break;
          j++;
        }
        value = html.slice(start, j);
      }
      i = j;
    }
    if (!attrs.has(attr)) attrs.set(attr, value);
  }
  return null;
}

/** Where the raw text of a `<name>` element opened at `from` ends: at its end tag ("</script", any case), or the page's end. */
function rawTextEnd(html: string, from: number, name: string): number {
  let at = html.indexOf('</', from);
  while (at >= 0) {
    const after = html.charCodeAt(at + 2 + name.length);
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && (Number.isNaN(after) || isWhite(after) || after === 47 || after === 62)) return at;
    at = html.indexOf('</', at + 2);
  }
  return html.length;
}
