/**
 * The playground's stylesheet (served as `/playground.css`). One column up to 60rem, two above; colours chosen for at
 * least 4.5:1 contrast in the light and the dark scheme; highlights never rely on colour alone (underline, outline).
 */
export const STYLES = String.raw`
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --panel: #f6f8fa; --border: #c9d1d9;
  --accent: #0b5cad; --accent-fg: #ffffff; --focus: #1a56db;
  --sum-bg: #fff1a8; --sum-fg: #1b1f24; --ev-bg: #b9d7ff; --ev-fg: #0a1f3d; --ev-line: #0b5cad;
  --err-bg: #fff0f0; --err-fg: #a40e26; --err-border: #e5a0a8;
  --b-none-bg: #eef0f3; --b-none-fg: #3a424c; --b-talk-bg: #e3eeff; --b-talk-fg: #0b3f80;
  --b-ok-bg: #dff5e3; --b-ok-fg: #0f5323; --b-warn-bg: #fff0d6; --b-warn-fg: #6b3900; --b-bad-bg: #ffe1e1; --b-bad-fg: #8a1020;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111418; --fg: #e6e9ed; --muted: #a3abb5; --panel: #1a1f26; --border: #3d4651;
    --accent: #5aa5ff; --accent-fg: #0b1220; --focus: #8ab8ff;
    --sum-bg: #5c4d00; --sum-fg: #fff8d6; --ev-bg: #123f73; --ev-fg: #e8f1ff; --ev-line: #8ab8ff;
    --err-bg: #3a1218; --err-fg: #ffc2c9; --err-border: #8a2a36;
    --b-none-bg: #2a3038; --b-none-fg: #d5dae0; --b-talk-bg: #15315a; --b-talk-fg: #cfe1ff;
    --b-ok-bg: #123d1c; --b-ok-fg: #c8f0d1; --b-warn-bg: #4a2c00; --b-warn-fg: #ffe0ad; --b-bad-bg: #4d1119; --b-bad-fg: #ffd0d5;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif;
}
a { color: var(--accent); }
code, kbd, pre, textarea.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
kbd { border: 1px solid var(--border); border-radius: 3px; padding: 0 .25em; font-size: .85em; background: var(--panel); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 0 0 .75rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
h4 { font-size: .95rem; margin: 1rem 0 .35rem; }
.muted { color: var(--muted); font-weight: normal; }
.small, .hint { font-size: .875rem; color: var(--muted); }
.hint { margin: .25rem 0 .5rem; }
.lede { margin: .25rem 0; max-width: 60rem; }
.top { padding: 1rem; border-bottom: 1px solid var(--border); }
.layout { display: grid; gap: 1rem; padding: 1rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) {
  .layout { grid-template-columns: minmax(0, 26rem) minmax(0, 1fr); align-items: start; }
  .panel { position: sticky; top: 1rem; }
}
.panel { background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: 1rem; }
.field { display: flex; flex-direction: column; gap: .25rem; margin-bottom: .75rem; }
.field label { font-weight: 600; }
.row { display: flex; gap: .75rem; flex-wrap: wrap; }
.grow { flex: 1 1 12rem; }
textarea, input {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 6px;
  padding: .5rem; width: 100%;
}
textarea { resize: vertical; min-height: 12rem; font-size: .9rem; line-height: 1.45; }
#sentences { width: 6rem; }
textarea[aria-invalid="true"], input[aria-invalid="true"] { border-color: var(--err-fg); border-width: 2px; }
button {
  font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--accent); color: var(--accent);
  background: var(--bg); padding: .45rem .9rem; min-height: 2.5rem;
}
button.primary { background: var(--accent); color: var(--accent-fg); font-weight: 600; }
button[aria-busy="true"] { cursor: progress; opacity: .8; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.status { font-size: .9rem; color: var(--muted); }
.error:empty { display: none; }
.error {
  background: var(--err-bg); color: var(--err-fg); border: 1px solid var(--err-border); border-radius: 6px;
  padding: .5rem .75rem; margin: 0 0 .75rem;
}
.error p { margin: 0; }
.error ul { margin: .25rem 0 0; padding-left: 1.25rem; }
.attribution { margin: .75rem 0 0; }
details > summary { cursor: pointer; padding: .25rem 0; }
.key { margin: 0 0 .75rem; }
.key > summary { font-weight: 600; }
.key .field { margin: .5rem 0 0; }
.result { min-width: 0; }
.result > h2 { outline-offset: 4px; }
.meta { margin: 0; font-size: .9rem; color: var(--muted); }
.meta strong { color: var(--fg); }
.summary { margin: 0; padding-left: 1.5rem; }
.summary li { margin-bottom: .5rem; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 0 1rem 1rem; margin-top: 1.25rem; }
.card > h3 { margin-top: 1rem; }
.scroll { overflow-x: auto; position: relative; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .35rem; }
th, td { border-bottom: 1px solid var(--border); padding: .3rem .45rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { font-size: .85rem; color: var(--muted); }
tfoot th, tfoot td { border-bottom: 0; border-top: 2px solid var(--border); font-weight: 600; }
.fact {
  border: 1px solid transparent; background: none; color: var(--accent); padding: .1rem .35rem; min-height: 2rem;
  min-width: 2rem; text-decoration: underline; text-underline-offset: 2px; font-variant-numeric: tabular-nums;
}
.fact:hover { border-color: var(--accent); }
.fact[aria-pressed="true"] { background: var(--ev-bg); color: var(--ev-fg); border-color: var(--ev-line); text-decoration: none; }
td .fact { font-weight: inherit; }
.nil { color: var(--muted); }
.facts-list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem .5rem; }
.facts-list.stack { flex-direction: column; }
.facts-list .note { color: var(--muted); font-size: .875rem; }
.badge {
  display: inline-block; border-radius: 999px; padding: .15rem .7rem; font-weight: 600; font-size: .9rem;
  border: 1px solid currentColor; background: var(--b-none-bg); color: var(--b-none-fg);
}
button.badge { min-height: 2rem; text-decoration: none; }
.badge[data-status="called_for"], .badge[data-status="proposed"] { background: var(--b-talk-bg); color: var(--b-talk-fg); }
.badge[data-status="agreed"] { background: var(--b-ok-bg); color: var(--b-ok-fg); }
.badge[data-status="violated"] { background: var(--b-warn-bg); color: var(--b-warn-fg); }
.badge[data-status="collapsed"] { background: var(--b-bad-bg); color: var(--b-bad-fg); }
.badge[aria-pressed="true"] { outline: 3px solid var(--ev-line); outline-offset: 1px; }
.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
.chips li { border: 1px solid var(--border); border-radius: 999px; padding: .1rem .6rem; font-size: .9rem; background: var(--panel); }
.article {
  white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--border); border-radius: 8px;
  padding: .75rem 1rem; max-height: 32rem; overflow-y: auto; line-height: 1.6; background: var(--bg);
}
mark { color: inherit; background: none; }
mark.sum { background: var(--sum-bg); color: var(--sum-fg); border-bottom: 1px dashed currentColor; }
mark.ev {
  background: var(--ev-bg); color: var(--ev-fg); box-shadow: inset 0 -2px var(--ev-line);
  -webkit-box-decoration-break: clone; box-decoration-break: clone; outline: 1px solid var(--ev-line);
}
.curl {
  background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: .75rem;
  max-height: 12rem; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .8rem; margin: 0 0 .5rem;
}
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (max-width: 30rem) {
  .top, .layout { padding: .75rem .5rem; }
  .panel { padding: .75rem; }
  .card { padding: 0 .6rem .75rem; }
  th, td { padding: .3rem .15rem; }
  table { font-size: .875rem; }
  thead th { font-size: .75rem; }
}
@media (prefers-reduced-motion: no-preference) { .article { scroll-behavior: smooth; } }
`;
