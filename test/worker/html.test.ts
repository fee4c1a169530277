import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/worker/extract/html.ts';
import { problem, summarize } from './helpers.ts';
import { ARTICLE_HTML } from './url-pages.ts';

const P1 = 'Fighting stopped on Monday after mediators brokered a truce between the two armies.';
const P2 = 'Officials said 12 soldiers were killed & 30 wounded in the last week of clashes.';
const P3 = 'Talks are due to resume in the capital next week.';

/** Wraps body markup in a minimal page. */
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractArticle', () => {
  it('keeps only the article paragraphs, the title, the date and the byline', async () => {
    const found = extractArticle(ARTICLE_HTML);
    expect(found).toEqual({ title: 'Ceasefire holds in the valley', byline: 'Jane Roe', publishedAt: '2024-03-05', text: [P1, P2, P3].join('\n\n') });
  });

  const titles: Array<[string, string, string]> = [
    ['og:title first', page('<title>T - Site</title><meta property="og:title" content="OG">', '<h1>H</h1><p>x</p>'), 'OG'],
    ['then <title>', page('<title> The  title </title>', '<h1>H</h1><p>x</p>'), 'The title'],
    ['then <h1>', page('', '<h1>Head <em>line</em></h1><p>x</p>'), 'Head line'],
    ['entities decoded', page('<meta property="og:title" content="Rock &amp; roll &#8211; &quot;live&quot;">', '<p>x</p>'), 'Rock & roll \u2013 "live"'],
  ];
  it.each(titles)('title: %s', async (_name, html, title) => {
    expect((extractArticle(html)).title).toBe(title);
  });

  const dates: Array<[string, string, string | null]> = [
    ['article:published_time', page('<meta property="article:published_time" content="2023-11-02T10:00:00+02:00">', '<p>x</p>'), '2023-11-02'],
    ['JSON-LD datePublished', page('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2022-01-31T09:00:00Z","author":{"@type":"Person","name":"A. Writer"}}]}</script>', '<p>x</p>'), '2022-01-31'],
    ['<time datetime>', page('', '<article><time datetime="2021-07-29">July 29</time><p>x</p></article>'), '2021-07-29'],
    ['meta before JSON-LD and <time>', page('<meta property="article:published_time" content="2020-05-05"><script type="application/ld+json">{"datePublished":"2019-01-01"}</script>', '<time datetime="2018-01-01"></time><p>x</p>'), '2020-05-05'],
  ];
  it.each(dates)('date: %s', async (_name, html, date) => {
    expect((extractArticle(html)).publishedAt).toBe(date);
  });

  // False positives: markup that must never become a date, a byline or article text.
  const notDates: Array<[string, string]> = [
    ['a time without datetime', page('', '<time>yesterday</time><p>x</p>')],
    ['an invalid date', page('<meta property="article:published_time" content="2023-02-30">', '<p>x</p>')],
    ['broken JSON-LD', page('<script type="application/ld+json">{"datePublished": </script>', '<p>x</p>')],
    ['a date in prose', page('', '<p>On 2020-01-01 nothing happened.</p>')],
  ];
  it.each(notDates)('no date from %s', async (_name, html) => {
    expect((extractArticle(html)).publishedAt).toBeNull();
  });

  it('ends a heading at any heading end tag, so a mismatched one gives no body text as the title', async () => {
    expect(extractArticle('<body><h1>Headline</h2><p>Body text.</p>').title).toBe('Headline');
    expect(extractArticle('<h1>A<h2>B</h2></h1><p>x</p>').title).toBe('A');
  });

  it("takes no date, headline or byline from a menu, a sidebar, comments or related stories, and the site header's only as a fallback", async () => {
    const found = extractArticle(page('', [
      '<header><h1>Daily Planet</h1><time datetime="2024-05-01">Today</time></header>',
      '<nav><time datetime="2024-05-02">May 2</time></nav>',
      '<aside><script type="application/ld+json">{"headline":"Other story","datePublished":"2019-01-01","author":"Someone Else"}</script></aside>',
      '<article><header><h1>Truce holds</h1><time datetime="2021-07-29">July 29</time></header><p>Fighting stopped on Wednesday.</p>',
      '<section class="comments"><a rel="author" href="/u/1">Troll99</a><p>lol</p></section></article>',
    ].join('')));
    expect(found).toMatchObject({ title: 'Truce holds', publishedAt: '2021-07-29', byline: null, text: 'Fighting stopped on Wednesday.' });
    // A page whose only <h1> and <time> are in its header still gets them.
    expect(extractArticle(page('', '<header><h1>Headline</h1><time datetime="2021-07-29"></time></header><p>Body.</p>'))).toMatchObject({ title: 'Headline', publishedAt: '2021-07-29' });
  });

  it('reads type="application/LD+JSON" and rel="Author" in any case, as browsers match them', async () => {
    const found = extractArticle(page('<script type="application/LD+JSON">{"headline":"H","datePublished":"2020-01-02"}</script>', '<a rel="Author">Jane Roe</a><p>Body.</p>'));
    expect(found).toMatchObject({ publishedAt: '2020-01-02', byline: 'Jane Roe' });
  });

  it('reads the byline from JSON-LD or a byline element, without "By"', async () => {
    expect((extractArticle(page('<script type="application/ld+json">[{"author":[{"name":"A"},{"name":"B"}]}]</script>', '<p>x</p>'))).byline).toBe('A, B');
    expect((extractArticle(page('', '<div class="byline">By <a rel="author">Sam Poe</a></div><p>x</p>'))).byline).toBe('Sam Poe');
  });

  const dropped: Array<[string, string]> = [
    ['navigation', '<nav><p>Menu</p></nav>'],
    ['a footer', '<footer><p>Copyright</p></footer>'],
    ['a script', '<script>var p = "<p>fake</p>";</script>'],
    ['a style', '<style>p::before { content: "x" }</style>'],
    ['a share widget', '<div class="social-share"><p>Share this</p></div>'],
    ['comments', '<div id="comments"><p>Great article!</p></div>'],
    ['an aside', '<aside><p>Read more</p></aside>'],
    ['a hidden block', '<div hidden><p>secret</p></div>'],
    ['a related-links box', '<div class="related-stories"><p>Other news</p></div>'],
    ['a block styled hidden', '<p style="display: none">None text.</p><div style="visibility:hidden"><p>Gone.</p></div>'],
  ];
  it.each(dropped)('drops %s', async (_name, markup) => {
    const found = extractArticle(page('', `${markup}<p>Body text.</p>`));
    expect(found.text).toBe('Body text.');
  });

  it('drops furniture named by a word of its class, in any case or spelling of the words', async () => {
    for (const markup of ['<div class="shareBar"><p>Tweet</p></div>', '<div class="js-Comments"><p>First!</p></div>', '<div class="advertisement"><p>Buy</p></div>', '<div id="article_comments"><p>Hi</p></div>']) {
      expect(extractArticle(page('', `${markup}<p>Body text.</p>`)).text).toBe('Body text.');
    }
  });

  // A class word that only contains a furniture word ("commentary" holds "comment") is article text.
  const kept: Array<[string, string]> = [
    ['a commentary article', '<article class="opinion commentary"><p>Body text.</p></article>'],
    ['an "unrelated" container', '<div class="unrelated-content"><p>Body text.</p></div>'],
    ['a "shared" layout inside <main>', '<main><div class="article-body shared-layout"><p>Body text.</p></div></main><div><p>Other.</p></div>'],
    ['subscriber content', '<div class="subscriber-only"><p>Body text.</p></div>'],
    ['an id with "commentary"', '<section id="commentary-body"><p>Body text.</p></section>'],
  ];
  it.each(kept)('keeps %s', async (_name, markup) => {
    expect(extractArticle(page('', markup)).text).toBe('Body text.');
  });

  it('takes only paragraphs inside <article> when the page has one, and joins <br> lines with a space', async () => {
    const found = extractArticle(page('', '<p>Site blurb.</p><article><p>One<br>two.</p></article><p>Outside.</p>'));
    expect(found.text).toBe('One two.');
  });

  it('returns empty text for a page whose only text is page furniture', async () => {
    expect((extractArticle(page('<title>Empty</title>', '<nav><p>Menu</p></nav><footer><div>Contact</div></footer>'))).text).toBe('');
  });

  it('falls back to the text of blocks and <br> lines when the page has no paragraph', async () => {
    const found = extractArticle(page('', `<nav><div>Menu</div></nav><div>${P1}</div><div>${P2}<br>${P3}</div><script>var x = 1;</script>`));
    expect(found.text).toBe([P1, P2, P3].join('\n\n'));
  });

  // Markup as real pages write it: what a browser makes of it is what counts.
  const markup: Array<[string, string, string]> = [
    ['unclosed paragraphs', '<p>One.<p>Two.<div>Three.</div>', 'One.\n\nTwo.'],
    ['a paragraph closed by a list', '<p>Intro.<ul><li>Item</ul><p>Next.', 'Intro.\n\nNext.'],
    ['upper-case tags and a stray end tag', '<P>One.</P></span><P>Two.</p>', 'One.\n\nTwo.'],
    ['a script whose text holds markup, closed in capitals', '<script>x = "</p><p>no";</SCRIPT ><p>Yes.</p>', 'Yes.'],
    ['a comment holding a paragraph', '<!-- <p>old</p> --><p>New.</p><!---->', 'New.'],
    ['a ">" inside a quoted attribute', '<p title="a > b">Kept.</p>', 'Kept.'],
    ['a self-closing svg', '<svg viewBox="0 0 1 1"/><p>After the icon.</p>', 'After the icon.'],
    ['an unclosed share widget inside a list', '<ul><li class="share">Tweet<li>Item</ul><p>Body.</p>', 'Body.'],
    ['a "<" that opens no tag', '<p>If a < b and 3<4 then.</p>', 'If a < b and 3<4 then.'],
    ['a tag cut off by the end of the page', '<p>Whole.</p><p class="x', 'Whole.'],
    ['a <style> or <title> inside svg, never closed', '<svg><style>.a{fill:red}</svg><svg><title>Share</svg><p>Article text.</p>', 'Article text.'],
    ['a comment closed by "--!>"', '<p>a</p><!-- note --!><p>b</p>', 'a\n\nb'],
    ['a list item inside an aside inside a list item', '<ul><li>Story<aside><li>Promo</li></aside> more</ul>', 'Story\n\nmore'],
    ['a paragraph inside a select', '<p>Pick <select><option>One<p>Two</select> now</p>', 'Pick now'],
    ['paragraphs after </body></html>, still in the open <main>', '<p>intro</p><main><p>a</p></body></html><p>b</p>', 'a\n\nb'],
    ['a <head> never closed, then a <div>', '<html><head><title>T</title><div>Only divs here.</div>', 'Only divs here.'],
    ['"</br>" as a line break', '<p>one</br>two</p>', 'one two'],
    ['references without their ";"', '<p>Tom &amp Jerry&nbsp;&#169 2020, &ampersand</p>', 'Tom & Jerry \u00a9 2020, &ampersand'],
    // Old pages write Windows-1252 punctuation as C1 code points: browsers show ’ “ ” — €, never control characters.
    ['C1 references as Windows-1252', '<p>don&#146;t &#147;go&#148; &#x97; &#128;5 &#129;</p>', 'don\u2019t \u201cgo\u201d \u2014 \u20ac5 \u0081'],
    ['capital letters by name', '<p>&Ouml;calan, &Eacute;mile, &Ccedil;a, &AMP; &QUOT;x&QUOT;</p>', '\u00d6calan, \u00c9mile, \u00c7a, & "x"'],
    ['names HTML does not define left as written', '<p>&OUML; &Nbsp; &Times;</p>', '&OUML; &Nbsp; &Times;'],
    ['a number past U+10FFFF, all its digits', '<p>a&#12345678;b &#x1100000;c</p>', 'a\ufffdb \ufffdc'],
  ];
  it.each(markup)('reads %s', async (_name, html, text) => {
    expect(extractArticle(html).text).toBe(text);
  });

  // Hostile pages: one pass over the string, so time grows with the length and no nesting can exhaust anything.
  const hostile: Array<[string, string]> = [
    ['100,000 nested elements', `${'<div>'.repeat(100_000)}<p>Deep.</p>`],
    ['100,000 unclosed inline elements', `<p>${'<span>'.repeat(100_000)}Deep.`],
    ['100,000 inline tags in one paragraph', `<p>${'<b>x</b>'.repeat(100_000)}</p><p>Deep.</p>`],
    ['100,000 end tags that close nothing', `${'</div>'.repeat(100_000)}<p>Deep.</p>`],
    ['100,000 comment openers', `${'<!-'.repeat(100_000)}<p>Deep.</p>`],
    ['100,000 unfinished raw-text end tags', `<script>${'</scrip'.repeat(100_000)}</script><p>Deep.</p>`],
  ];
  it.each(hostile)('extracts a page of %s in linear time', async (_name, html) => {
    const started = performance.now();
    const found = extractArticle(html);
    expect(found.text.endsWith('Deep.')).toBe(true);
    // About 0.7 MB each; a linear pass takes tens to hundreds of ms, a quadratic one minutes.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('falls back to the blocks of a fragment with no <body> tag, without its title', async () => {
    expect((extractArticle(`<title>Site</title><div>${P1}</div>`)).text).toBe(P1);
    expect((extractArticle(`<ul><li>${P1}</li><li>${P2}</li></ul>`)).text).toBe([P1, P2].join('\n\n'));
  });
});

describe('POST /v1/summarize with html', () => {
  it('answers offsets into the extracted text, which the response includes as source.text', async () => {
    const res = await summarize({ html: ARTICLE_HTML, options: { sentences: 2 } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      title: string;
      summary: { sentences: Array<{ start: number; end: number; text: string }> };
      source: { type: string; text: string; title: string; publishedAt: string; byline: string; url: null };
    };
    expect(body.source).toMatchObject({ type: 'html', title: 'Ceasefire holds in the valley', publishedAt: '2024-03-05', byline: 'Jane Roe', url: null });
    expect(body.source.text).toBe([P1, P2, P3].join('\n\n'));
    expect(body.title).toBe('Ceasefire holds in the valley');
    for (const s of body.summary.sentences) expect(body.source.text.slice(s.start, s.end)).toBe(s.text);
    expect(JSON.stringify(body)).not.toMatch(/Share on social|First comment|Copyright|tracking/);
  });

  it('caches by page: the second identical request is a HIT with the same body, a title override changes the id', async () => {
    const html = ARTICLE_HTML.replace('next week', 'next month');
    const first = await summarize({ html });
    const second = await summarize({ html });
    expect(first.headers.get('X-Cache')).toBe('MISS');
    expect(second.headers.get('X-Cache')).toBe('HIT');
    expect(await second.text()).toBe(await first.text());
    const other = await summarize({ html, title: 'Another headline' });
    expect(other.headers.get('ETag')).not.toBe(first.headers.get('ETag'));
  });

  it('answers 200 for a page nested 20,000 deep (a parser limit once made it a 500)', async () => {
    const res = await summarize({ html: `${'<div>'.repeat(20_000)}<p>Five people were killed in the attack on Monday.</p>${'</div>'.repeat(20_000)}` });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { source: { text: string } }).source.text).toBe('Five people were killed in the attack on Monday.');
  });

  it('answers 422 for a page with no article text, and for text and html together', async () => {
    const empty = await problem(await summarize({ html: '<nav><p>Menu</p></nav>' }));
    expect(empty.status).toBe(422);
    expect(empty.errors?.[0]?.path).toBe('html');
    const both = await problem(await summarize({ text: 'Some text.', html: '<p>x</p>' }));
    expect(both.status).toBe(422);
  });
});
