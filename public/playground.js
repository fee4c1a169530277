// The playground's script (served as /playground.js from the Worker's static assets, public/): plain browser
// JavaScript, no build step. It posts the form to POST /v1/summarize and renders the answer. Article text only ever
// reaches the page through textContent and text nodes, never through HTML parsing.
'use strict';
(function () {
  var COLUMNS = ['killed', 'wounded', 'missing', 'displaced'];
  var CEASEFIRE = {
    none: 'none reported', called_for: 'called for', proposed: 'proposed',
    agreed: 'agreed', violated: 'violated', collapsed: 'collapsed'
  };
  var LEADS = {
    400: 'The request could not be read.',
    401: 'This server needs a valid API key: enter yours under “API key”, above the Summarize button.',
    413: 'The article is too long for the API.',
    415: 'The request was not sent as JSON.',
    422: 'Some fields need fixing.',
    429: 'Too many requests: wait a moment and try again.'
  };
  var FIELDS = { text: 'text', title: 'title', 'options.sentences': 'sentences' };
  // The API's field paths as the form labels them.
  var LABELS = { text: 'Article', title: 'Title', 'options.sentences': 'Sentences' };

  var ui = {};
  var state = { text: '', title: null, summary: [], facts: [], active: -1, controller: null, curl: '' };

  function byId(id) { return document.getElementById(id); }

  function node(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function num(n) { return Number(n).toLocaleString('en-US'); }

  function announce(message) { ui.status.textContent = message; }

  function clearError() {
    ui.error.textContent = '';
    ['text', 'title', 'sentences', 'key'].forEach(function (id) { byId(id).removeAttribute('aria-invalid'); });
  }

  function showError(message, details, field) {
    ui.error.textContent = '';
    ui.error.appendChild(node('p', '', message));
    if (details && details.length) {
      var list = node('ul');
      details.forEach(function (d) { list.appendChild(node('li', '', d)); });
      ui.error.appendChild(list);
    }
    // The field to fix takes the focus (its description includes this message), so keyboard and screen-reader
    // users land where the correction goes.
    if (field) { byId(field).setAttribute('aria-invalid', 'true'); byId(field).focus(); }
  }

  function showProblem(res, raw) {
    var problem = null;
    try { problem = JSON.parse(raw); } catch (e) { problem = null; }
    var lead = LEADS[res.status] || (res.status >= 500 ? 'The server failed to answer; try again in a moment.' : 'The request was refused.');
    var detail = problem && typeof problem.detail === 'string' ? problem.detail : 'HTTP ' + res.status + '.';
    var details = [];
    var field = null;
    if (problem && Array.isArray(problem.errors)) {
      problem.errors.forEach(function (e) {
        var name = LABELS[e.path] || e.path || 'body';
        details.push(name + ': ' + e.message);
        if (!field && FIELDS[e.path]) field = FIELDS[e.path];
      });
    }
    if (!field && res.status === 413) field = 'text';
    if (res.status === 401) { field = 'key'; ui.keyBox.open = true; }
    // With a list of fields, the detail only repeats it ("text: Expected …"): the lead and the list say it once.
    showError(details.length ? lead : lead + ' ' + detail, details, field);
    announce('');
  }

  function readForm() {
    var text = ui.text.value;
    if (!text.trim()) {
      showError('Paste an article first: the Article box is empty.', [], 'text');
      return null;
    }
    var n = Number(ui.sentences.value);
    var min = Number(ui.sentences.min), max = Number(ui.sentences.max);
    if (!Number.isInteger(n) || n < min || n > max) {
      showError('Sentences must be a whole number from ' + min + ' to ' + max + '.', [], 'sentences');
      return null;
    }
    var body = { text: text };
    var title = ui.title.value.trim();
    if (title) body.title = title;
    body.options = { sentences: n };
    return body;
  }

  function requestHeaders() {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var key = ui.key.value.trim();
    if (key) headers.Authorization = 'Bearer ' + key;
    return headers;
  }

  function submit(event) {
    if (event) event.preventDefault();
    clearError();
    announce(''); // an earlier status ("Evidence highlight cleared.") must not stand beside a new error
    var body = readForm();
    if (!body) return;
    if (state.controller) state.controller.abort();
    var controller = new AbortController();
    state.controller = controller;
    ui.submit.setAttribute('aria-busy', 'true');
    announce('Summarizing…');
    var started = performance.now();
    fetch('/v1/summarize', {
      method: 'POST',
      headers: requestHeaders(),
      body: JSON.stringify(body),
      signal: controller.signal,
      cache: 'no-store'
    }).then(function (res) {
      return res.text().then(function (raw) { return { res: res, raw: raw }; });
    }).then(function (r) {
      if (controller !== state.controller) return;
      var ms = performance.now() - started;
      if (!r.res.ok) { showProblem(r.res, r.raw); return; }
      render(JSON.parse(r.raw), body, r.res.headers, ms);
    }).catch(function (err) {
      if (err && err.name === 'AbortError') return;
      showError('Could not reach the API (' + (err && err.message ? err.message : String(err)) + '). Your text is still in the box; try again.', [], null);
      announce('');
    }).finally(function () {
      if (controller === state.controller) {
        state.controller = null;
        ui.submit.removeAttribute('aria-busy');
      }
    });
  }

  function render(data, body, headers, ms) {
    state.text = body.text;
    // Evidence found in the title indexes into the answer's title (white space collapsed), shown above the text.
    state.title = typeof data.title === 'string' && data.title ? data.title : null;
    state.summary = data.summary.sentences;
    state.facts = [];
    state.active = -1;
    renderMeta(data, headers, ms);
    renderSummary(data.summary.sentences);
    renderFacts(data.facts);
    renderKeywords(data.keywords);
    renderArticle();
    renderCurl(body, Boolean(ui.key.value.trim()));
    ui.result.hidden = false;
    // In one column (a phone) the result lands below the form, out of sight: bring its heading into view. The focus
    // stays where it was, so Ctrl+Enter in the article can be pressed again.
    if (ui.result.getBoundingClientRect().top > window.innerHeight - 48) ui.result.scrollIntoView({ block: 'start' });
    var n = data.summary.sentences.length;
    announce('Done: ' + n + ' summary sentence' + (n === 1 ? '' : 's') + ', ' + data.facts.casualties.events.length + ' casualty reports.');
  }

  function renderMeta(data, headers, ms) {
    ui.meta.textContent = '';
    var timing = /analysis;dur=([0-9.]+)/.exec(headers.get('Server-Timing') || '');
    var parts = [
      ['Cache', headers.get('X-Cache') || 'unknown'],
      ['Analysis', timing ? timing[1] + ' ms' : 'not run (cached)'],
      ['Round trip', ms.toFixed(0) + ' ms'],
      ['Text', num(data.stats.sentences) + ' sentences, ' + num(data.stats.words) + ' words']
    ];
    parts.forEach(function (p, i) {
      if (i) ui.meta.appendChild(document.createTextNode(' · '));
      ui.meta.appendChild(document.createTextNode(p[0] + ': '));
      var v = node('strong', '', p[1]);
      v.setAttribute('data-meta', p[0].toLowerCase().replace(' ', '-'));
      ui.meta.appendChild(v);
    });
  }

  function renderSummary(sentences) {
    ui.summary.textContent = '';
    if (!sentences.length) ui.summary.appendChild(node('li', 'nil', 'No sentence could be selected.'));
    sentences.forEach(function (s) { ui.summary.appendChild(node('li', '', s.text)); });
  }

  function addFact(label, spans, titleSpans) {
    state.facts.push({ label: label, spans: spans, titleSpans: titleSpans });
    return state.facts.length - 1;
  }

  // A fact's evidence: spans of the text, and spans of the title (`in: "title"`), highlighted in the title line.
  function factButton(text, label, evidence, className) {
    var all = (evidence || []).filter(function (e) { return e && e.end > e.start; });
    var spans = all.filter(function (e) { return e.in !== 'title'; });
    var titleSpans = state.title ? all.filter(function (e) { return e.in === 'title'; }) : [];
    if (!spans.length && !titleSpans.length) return node('span', className || '', text);
    var b = node('button', 'fact' + (className ? ' ' + className : ''), text);
    b.type = 'button';
    b.setAttribute('aria-pressed', 'false');
    b.setAttribute('data-fact', String(addFact(label, spans, titleSpans)));
    b.title = 'Show the evidence in the text';
    return b;
  }

  function section(parent, title) {
    parent.appendChild(node('h4', '', title));
  }

  function list(parent, items, stack) {
    if (!items.length) { parent.appendChild(node('p', 'nil', 'None found.')); return; }
    var ul = node('ul', 'facts-list' + (stack ? ' stack' : ''));
    items.forEach(function (item) {
      var li = node('li');
      li.appendChild(item[0]);
      if (item[1]) li.appendChild(node('span', 'note', ' ' + item[1]));
      ul.appendChild(li);
    });
    parent.appendChild(ul);
  }

  function renderFacts(facts) {
    var root = ui.facts;
    root.textContent = '';
    renderCasualties(root, facts.casualties);
    renderCeasefire(root, facts.ceasefire);
    section(root, 'Mediators');
    list(root, facts.mediators.map(function (m) {
      return [factButton(m.name, m.name + ', ' + m.role, m.evidence), m.role];
    }));
    section(root, 'Parties');
    list(root, facts.parties.map(function (p) {
      return [factButton(p.name, p.name, p.evidence), null];
    }));
    section(root, 'People');
    list(root, facts.people.map(function (p) {
      var about = [p.title, p.affiliation].filter(Boolean).join(', ');
      return [factButton(p.name, p.name, p.evidence), about];
    }), true);
    section(root, 'Places');
    list(root, facts.locations.map(function (l) {
      return [factButton(l.name, l.name, l.evidence), l.type];
    }));
    section(root, 'Sources');
    list(root, facts.sources.map(function (s) {
      return [factButton(s.name, s.name, s.evidence), null];
    }));
  }

  function eventsOf(events, type, party) {
    return events.filter(function (e) { return e.type === type && (party === undefined || e.party === party); })
      .map(function (e) { return e.evidence; });
  }

  function countCell(tag, value, events, type, party, rowName) {
    var cell = node(tag);
    if (value === null || value === undefined) {
      cell.appendChild(node('span', 'nil', '—')).setAttribute('aria-hidden', 'true');
      cell.appendChild(node('span', 'vh', 'not reported'));
      return cell;
    }
    var b = factButton(num(value), rowName + ': ' + num(value) + ' ' + type, eventsOf(events, type, party));
    if (b.tagName === 'BUTTON') b.setAttribute('aria-label', num(value) + ' ' + type + ', ' + rowName + ': show evidence');
    b.setAttribute('data-cell', rowName + ':' + type);
    cell.appendChild(b);
    return cell;
  }

  function renderCasualties(root, c) {
    var columns = COLUMNS.slice();
    var captured = c.byParty.concat([c.total]).some(function (r) { return r.captured !== null; });
    if (captured) columns.splice(3, 0, 'captured');
    var wrap = node('div', 'scroll');
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', 'Casualties table');
    var table = node('table');
    table.id = 'casualties';
    table.appendChild(node('caption', '', 'Casualties (repeated reports counted once; background figures left out)'));
    var head = node('tr');
    head.appendChild(node('th', '', 'Party')).setAttribute('scope', 'col');
    columns.forEach(function (k) { head.appendChild(node('th', '', k[0].toUpperCase() + k.slice(1))).setAttribute('scope', 'col'); });
    table.appendChild(node('thead')).appendChild(head);
    var tbody = table.appendChild(node('tbody'));
    c.byParty.forEach(function (row) {
      var tr = node('tr');
      tr.setAttribute('data-party', row.party);
      tr.appendChild(node('th', '', row.party)).setAttribute('scope', 'row');
      columns.forEach(function (k) { tr.appendChild(countCell('td', row[k], c.events, k, row.party, row.party)); });
      tbody.appendChild(tr);
    });
    if (!c.byParty.length) {
      var empty = node('td', 'nil', 'No figure is attributed to a party.');
      empty.colSpan = columns.length + 1;
      tbody.appendChild(node('tr')).appendChild(empty);
    }
    var total = node('tr');
    total.setAttribute('data-party', '');
    total.appendChild(node('th', '', 'Total')).setAttribute('scope', 'row');
    columns.forEach(function (k) { total.appendChild(countCell('td', c.total[k], c.events, k, undefined, 'Total')); });
    table.appendChild(node('tfoot')).appendChild(total);
    wrap.appendChild(table);
    root.appendChild(wrap);
    renderReports(root, c);
  }

  function describeEvent(e) {
    var bits = [e.party, e.date, e.place, e.source ? 'per ' + e.source : null].filter(Boolean);
    return bits.join(' · ');
  }

  function renderReports(root, c) {
    var details = node('details');
    details.appendChild(node('summary', '', 'Every report (' + c.events.length + ') and background figures (' + c.historical.length + ')'));
    var items = c.events.map(function (e, i) {
      var text = '#' + (i + 1) + ' ' + num(e.count) + ' ' + e.type;
      var note = describeEvent(e) + (e.duplicateOf !== null ? ' (repeats #' + (e.duplicateOf + 1) + ')' : '');
      return [factButton(text, text, [e.evidence]), note];
    });
    var box = node('div');
    list(box, items, true);
    if (c.historical.length) {
      box.appendChild(node('p', 'hint', 'Background, not counted above:'));
      list(box, c.historical.map(function (e) {
        var text = (e.low !== null && e.high === null && e.low === e.count ? 'at least ' : '') + num(e.count) + ' ' + e.type;
        return [factButton(text, 'background: ' + text, [e.evidence]), describeEvent(e)];
      }), true);
    }
    details.appendChild(box);
    root.appendChild(details);
  }

  function renderCeasefire(root, cf) {
    section(root, 'Ceasefire');
    var p = node('p');
    var text = 'Ceasefire: ' + (CEASEFIRE[cf.status] || cf.status);
    var badge = factButton(text, text, cf.evidence, 'badge');
    badge.id = 'ceasefire';
    badge.setAttribute('data-status', cf.status);
    p.appendChild(badge);
    var notes = [];
    if (cf.brokeredBy.length) notes.push('brokered by ' + cf.brokeredBy.join(', '));
    if (cf.acceptedBy.length) notes.push('accepted by ' + cf.acceptedBy.join(', '));
    if (cf.violationsAlleged) notes.push('violations alleged');
    if (notes.length) p.appendChild(node('span', 'note', ' ' + notes.join(' · ')));
    root.appendChild(p);
  }

  function renderKeywords(keywords) {
    ui.keywords.textContent = '';
    if (!keywords.length) ui.keywords.appendChild(node('li', 'nil', 'None.'));
    keywords.forEach(function (k) { ui.keywords.appendChild(node('li', '', k.term)); });
  }

  function spansToEdges() {
    var edges = [];
    var len = state.text.length;
    function push(start, end, kind, id) {
      var s = Math.max(0, Math.min(len, start)), e = Math.max(0, Math.min(len, end));
      if (e <= s) return;
      edges.push({ at: s, kind: kind, delta: 1, id: id });
      edges.push({ at: e, kind: kind, delta: -1, id: id });
    }
    state.summary.forEach(function (s, i) { push(s.start, s.end, 'sum', i); });
    if (state.active >= 0) state.facts[state.active].spans.forEach(function (s) { push(s.start, s.end, 'ev', 0); });
    edges.sort(function (a, b) { return a.at - b.at || a.delta - b.delta; });
    return edges;
  }

  function renderArticle() {
    var text = state.text;
    var edges = spansToEdges();
    var frag = document.createDocumentFragment();
    var open = { sum: 0, ev: 0 };
    var sentence = -1;
    var pos = 0;
    function emit(end) {
      if (end <= pos) return;
      var piece = text.slice(pos, end);
      if (!open.sum && !open.ev) { frag.appendChild(document.createTextNode(piece)); }
      else {
        var mark = node('mark', [open.sum ? 'sum' : '', open.ev ? 'ev' : ''].join(' ').trim(), piece);
        if (open.sum) mark.setAttribute('data-s', String(sentence));
        frag.appendChild(mark);
      }
      pos = end;
    }
    edges.forEach(function (edge) {
      emit(edge.at);
      open[edge.kind] += edge.delta;
      if (edge.kind === 'sum' && edge.delta > 0) sentence = edge.id;
    });
    emit(text.length);
    ui.article.textContent = '';
    ui.article.appendChild(frag);
    renderTitle();
  }

  function renderTitle() {
    var box = ui.articleTitle;
    box.textContent = '';
    box.hidden = !state.title;
    if (!state.title) return;
    var title = state.title;
    box.appendChild(document.createTextNode('Title: '));
    var spans = state.active >= 0 ? state.facts[state.active].titleSpans.slice() : [];
    spans.sort(function (a, b) { return a.start - b.start; });
    var pos = 0;
    spans.forEach(function (s) {
      var start = Math.max(pos, Math.min(title.length, s.start)), end = Math.max(start, Math.min(title.length, s.end));
      if (start > pos) box.appendChild(document.createTextNode(title.slice(pos, start)));
      if (end > start) box.appendChild(node('mark', 'ev', title.slice(start, end)));
      pos = Math.max(pos, end);
    });
    box.appendChild(document.createTextNode(title.slice(pos)));
  }

  function activate(index) {
    state.active = state.active === index ? -1 : index;
    var buttons = ui.facts.querySelectorAll('[data-fact]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(Number(buttons[i].getAttribute('data-fact')) === state.active));
    }
    renderArticle();
    if (state.active < 0) { announce('Evidence highlight cleared.'); return; }
    var fact = state.facts[state.active];
    var first = ui.articleTitle.querySelector('mark.ev') || ui.article.querySelector('mark.ev');
    if (first) first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    var n = fact.spans.length + fact.titleSpans.length;
    announce('Highlighted ' + n + ' passage' + (n === 1 ? '' : 's') + (fact.titleSpans.length ? ' (' + fact.titleSpans.length + ' in the title)' : '') + ' for ' + fact.label + '.');
  }

  function renderCurl(body, withKey) {
    state.curl = "curl -sS '" + location.origin + "/v1/summarize' \\\n" +
      "  -H 'Content-Type: application/json' \\\n" +
      (withKey ? '  -H "Authorization: Bearer $NEWSBRIEF_API_KEY" \\\n' : '') +
      "  --data-binary @- <<'JSON'\n" + JSON.stringify(body) + '\nJSON';
    ui.curl.firstChild.textContent = state.curl;
  }

  function copyCurl() {
    function fallback() {
      var range = document.createRange();
      range.selectNodeContents(ui.curl);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      announce(ok ? 'Command copied.' : 'Command selected: press Ctrl+C to copy.');
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(state.curl).then(function () { announce('Command copied.'); }, fallback);
    } else fallback();
  }

  function loadExample() {
    clearError();
    announce('Loading the example…');
    fetch('/example.txt').then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.text();
    }).then(function (text) {
      // A replaced value cannot be undone (Ctrl+Z does not bring back text set by a script): ask first.
      var typed = ui.text.value;
      if (typed.trim() && typed !== text && !window.confirm('Replace the article in the box with the example? Your text will be lost.')) {
        announce('The example was not loaded; your text is kept.');
        return;
      }
      ui.text.value = text;
      ui.title.value = ui.example.getAttribute('data-title') || '';
      announce('Example article loaded. Press Summarize.');
    }).catch(function (err) {
      showError('Could not load the example (' + err.message + ').', [], null);
      announce('');
    });
  }

  function init() {
    ['form', 'text', 'title', 'sentences', 'submit', 'example', 'status', 'result', 'meta', 'summary', 'facts',
      'keywords', 'article', 'curl', 'copy', 'key'].forEach(function (id) { ui[id] = byId(id); });
    ui.keyBox = byId('key-box');
    ui.articleTitle = byId('article-title');
    ui.error = byId('form-error');
    ui.form.addEventListener('submit', submit);
    ui.text.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (ui.form.requestSubmit) ui.form.requestSubmit(ui.submit); else submit(null);
      }
    });
    ui.example.addEventListener('click', loadExample);
    ui.copy.addEventListener('click', copyCurl);
    ui.facts.addEventListener('click', function (e) {
      var target = e.target.closest ? e.target.closest('[data-fact]') : null;
      if (target) activate(Number(target.getAttribute('data-fact')));
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
