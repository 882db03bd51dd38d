"""Inline CSS and script of the HTML renderings (written for this package, no third-party code).

Every rule is scoped under ``.fcr`` so a report can sit inside a notebook or another page without
touching its styles. Colours are CSS variables: light by default, dark under
``prefers-color-scheme: dark`` and under the dark themes of JupyterLab and VS Code notebooks, which
mark their pages instead of following the system setting.
"""

from __future__ import annotations

__all__ = ["CSS", "PAGE_CSS", "SCRIPT"]

_LIGHT = """
  --fcr-fg: #1f2328; --fcr-muted: #59636e; --fcr-bg: #ffffff; --fcr-card: #f6f8fa;
  --fcr-border: #d1d9e0; --fcr-agree: #1a7f37; --fcr-agree-bg: #dafbe1;
  --fcr-conflict: #cf222e; --fcr-conflict-bg: #ffebe9; --fcr-single: #6e7781;
  --fcr-single-bg: #eaeef2; --fcr-active: #bf8700; --fcr-active-bg: #fff8c5;
"""

_DARK = """
  --fcr-fg: #e6edf3; --fcr-muted: #9198a1; --fcr-bg: #0d1117; --fcr-card: #161b22;
  --fcr-border: #3d444d; --fcr-agree: #3fb950; --fcr-agree-bg: #12361f;
  --fcr-conflict: #f85149; --fcr-conflict-bg: #4b1113; --fcr-single: #9198a1;
  --fcr-single-bg: #262c36; --fcr-active: #d29922; --fcr-active-bg: #4d3800;
"""

CSS = (
    ".fcr {"
    + _LIGHT
    + """  color: var(--fcr-fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  max-width: 72rem; }
@media (prefers-color-scheme: dark) { .fcr {"""
    + _DARK
    + """} }
[data-jp-theme-light="false"] .fcr, body.vscode-dark .fcr, body.vscode-high-contrast .fcr,
.fcr.fcr-dark {"""
    + _DARK
    + """}
.fcr * { box-sizing: border-box; }
.fcr h1 { font-size: 1.4em; margin: 0.2em 0 0.4em; }
.fcr h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; }
.fcr .fcr-head { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; }
.fcr .fcr-pill { display: inline-block; padding: 0 0.6em; border-radius: 1em; font-weight: 600;
  border: 1px solid var(--fcr-border); }
.fcr .fcr-k-conflict.fcr-pill, .fcr .fcr-badge.fcr-k-conflict {
  color: var(--fcr-conflict); background: var(--fcr-conflict-bg); }
.fcr .fcr-k-agreement.fcr-pill, .fcr .fcr-badge.fcr-k-agreement {
  color: var(--fcr-agree); background: var(--fcr-agree-bg); }
.fcr .fcr-k-single_source.fcr-pill, .fcr .fcr-badge.fcr-k-single_source {
  color: var(--fcr-single); background: var(--fcr-single-bg); }
.fcr table.fcr-table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.92em; }
.fcr .fcr-table th, .fcr .fcr-table td { border-bottom: 1px solid var(--fcr-border);
  padding: 0.2em 0.7em; text-align: left; color: var(--fcr-fg); background: transparent; }
.fcr .fcr-table td.fcr-n { text-align: right; font-variant-numeric: tabular-nums; }
.fcr .fcr-picture { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start;
  margin: 0.6em 0; }
.fcr .fcr-picture figure { margin: 0; }
.fcr .fcr-picture figcaption { color: var(--fcr-muted); font-size: 0.85em; max-width: 26em; }
.fcr svg text { fill: var(--fcr-fg); font: 11px system-ui, sans-serif; }
.fcr svg .fcr-axis { fill: var(--fcr-muted); }
.fcr svg .fcr-cell { fill: var(--fcr-card); stroke: var(--fcr-border); }
.fcr svg .fcr-fill-agreement { fill: var(--fcr-agree); }
.fcr svg .fcr-fill-conflict { fill: var(--fcr-conflict); }
.fcr svg .fcr-fill-single_source { fill: var(--fcr-single); }
.fcr svg text.fcr-on { fill: #ffffff; font-weight: 600; }
.fcr svg text.fcr-on-pale { fill: var(--fcr-fg); font-weight: 600; }
.fcr details { margin: 0.4em 0; }
.fcr summary { cursor: pointer; font-weight: 600; font-size: 1.05em; }
.fcr .fcr-finding { border: 1px solid var(--fcr-border); border-left-width: 4px;
  border-radius: 6px; padding: 0.5em 0.7em; margin: 0.5em 0; background: var(--fcr-bg); }
.fcr .fcr-finding.fcr-k-conflict { border-left-color: var(--fcr-conflict); }
.fcr .fcr-finding.fcr-k-agreement { border-left-color: var(--fcr-agree); }
.fcr .fcr-finding.fcr-k-single_source { border-left-color: var(--fcr-single); }
.fcr .fcr-finding.fcr-selected { outline: 2px solid var(--fcr-active); }
.fcr .fcr-fhead { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: baseline; }
.fcr .fcr-badge { font-size: 0.8em; padding: 0 0.5em; border-radius: 4px; font-weight: 600; }
.fcr .fcr-meta { color: var(--fcr-muted); font-size: 0.88em; }
.fcr .fcr-expl { margin: 0.3em 0; }
.fcr .fcr-cites { display: grid; gap: 0.5em;
  grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
.fcr .fcr-cite { background: var(--fcr-card); border-radius: 4px; padding: 0.35em 0.6em; }
.fcr .fcr-src { font-size: 0.8em; font-weight: 600; color: var(--fcr-muted);
  overflow-wrap: anywhere; }
.fcr .fcr-src a { color: inherit; }
.fcr mark { color: inherit; border-radius: 3px; padding: 0 1px; }
.fcr mark.fcr-k-conflict { background: var(--fcr-conflict-bg);
  box-shadow: inset 0 -2px var(--fcr-conflict); }
.fcr mark.fcr-k-agreement { background: var(--fcr-agree-bg);
  box-shadow: inset 0 -2px var(--fcr-agree); }
.fcr mark.fcr-k-single_source { background: var(--fcr-single-bg);
  box-shadow: inset 0 -2px var(--fcr-single); }
.fcr mark.fcr-active { background: var(--fcr-active-bg); outline: 2px solid var(--fcr-active); }
.fcr .fcr-more { color: var(--fcr-muted); }
"""
)

PAGE_CSS = """
html { background: #ffffff; }
@media (prefers-color-scheme: dark) { html { background: #0d1117; } }
body { margin: 0; padding: 1.2em 1.5em 4em; }
.fcr { margin: 0 auto; }
.fcr .fcr-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--fcr-card);
  border: 1px solid var(--fcr-border); border-radius: 6px; padding: 0.8em 1em;
  font: 14px/1.6 Georgia, "Times New Roman", serif; }
.fcr .fcr-text mark { cursor: pointer; }
.fcr .fcr-finding { cursor: pointer; scroll-margin-top: 1em; }
.fcr .fcr-text mark { scroll-margin-top: 3em; }
.fcr .fcr-source-meta { color: var(--fcr-muted); font-size: 0.88em; }
"""

# Clicking a finding selects it: every mark that cites it gets ``fcr-active`` and the first one
# scrolls into view. Clicking a mark in a source text selects its first finding and scrolls to
# the finding's card. ``#F001`` in the address selects F001 on load.
SCRIPT = """
(function () {
  var root = document.currentScript && document.currentScript.closest('.fcr');
  if (!root) { return; }
  var prefix = root.id;
  function select(fid, scrollTo) {
    root.querySelectorAll('.fcr-active').forEach(function (m) {
      m.classList.remove('fcr-active'); });
    root.querySelectorAll('.fcr-selected').forEach(function (c) {
      c.classList.remove('fcr-selected'); });
    var marks = root.querySelectorAll('mark[data-f~="' + CSS.escape(fid) + '"]');
    marks.forEach(function (m) { m.classList.add('fcr-active'); });
    var card = document.getElementById(prefix + '-' + fid);
    if (card) { card.classList.add('fcr-selected'); }
    root.setAttribute('data-selected', fid);
    if (scrollTo === 'mark' && marks.length) {
      marks[0].scrollIntoView({block: 'center'});
    } else if (scrollTo === 'card' && card) {
      card.scrollIntoView({block: 'center'});
    }
  }
  root.addEventListener('click', function (event) {
    var mark = event.target.closest('mark[data-f]');
    if (mark && root.contains(mark)) {
      select(mark.getAttribute('data-f').split(' ')[0], 'card');
      return;
    }
    var card = event.target.closest('[data-finding]');
    if (card && root.contains(card)) {
      event.preventDefault();
      select(card.getAttribute('data-finding'), 'mark');
    }
  });
  var wanted = decodeURIComponent(location.hash.slice(1));
  if (/^F[0-9]+$/.test(wanted)) { select(wanted, 'mark'); }
})();
"""
