"""HTML renderings of a report: a notebook view, a self-contained page, and one finding.

Everything is self-contained: inline CSS (light and dark), inline SVG pictures, and on the page a
few lines of inline script; nothing is fetched. Every piece of source text, id and explanation is
escaped with :func:`html.escape`, so a source cannot inject markup into the page.

- :func:`report_html` is what a notebook shows for a :class:`~factcheck.Report`: a summary (counts
  per kind and per source), a source × source matrix and per-source bars, then the findings
  grouped by kind, conflicts first, each with the sources' sentences side by side.
- :func:`report_page` is the page that ``factcheck check --format html`` writes: the same, plus
  every source's full text with each mention highlighted and linked to its finding.
- :func:`finding_html` renders one :class:`~factcheck.Finding` on its own.
"""

from __future__ import annotations

import hashlib
import html
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from factcheck._html_assets import CSS, PAGE_CSS, SCRIPT
from factcheck.errors import InvalidArgument
from factcheck.model import Citation, Finding, FindingKind, Source

if TYPE_CHECKING:
    from factcheck.report import Report

__all__ = ["finding_html", "report_html", "report_page"]

_ORDER = (FindingKind.CONFLICT, FindingKind.AGREEMENT, FindingKind.SINGLE_SOURCE)
_RANK = {kind: rank for rank, kind in enumerate(_ORDER)}
_TITLES = {
    FindingKind.CONFLICT: "Conflicts",
    FindingKind.AGREEMENT: "Agreements",
    FindingKind.SINGLE_SOURCE: "Single-source claims",
}
_SINGULAR = {
    FindingKind.CONFLICT: "conflict",
    FindingKind.AGREEMENT: "agreement",
    FindingKind.SINGLE_SOURCE: "single-source claim",
}
# A sentence longer than this is trimmed around the compared value in the side-by-side view.
_SENTENCE_WIDTH = 320
_LABEL_CHARS = 22


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _check_report(report: object) -> Report:
    from factcheck.report import Report  # noqa: PLC0415 (report imports this module lazily)

    if not isinstance(report, Report):
        msg = f"report={report!r} must be a factcheck.Report"
        raise InvalidArgument(msg)
    return report


def _check_limit(name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{name}={value!r} must be a non-negative int or None"
        raise InvalidArgument(msg)
    return value


def _uid(report: Report) -> str:
    """A deterministic element-id prefix, so two reports on one page keep their anchors apart."""
    digest = hashlib.blake2b(digest_size=5)
    for s in report.sources:
        digest.update(f"{s.id}\0{len(s.text)}\0{s.text[:200]}\0".encode())
    for f in report.findings:
        digest.update(f"{f.id}\0{f.explanation}\0".encode())
    return "fcr-" + digest.hexdigest()


def _short(label: str, width: int = _LABEL_CHARS) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _plural(n: int, kind: FindingKind) -> str:
    word = _SINGULAR[kind]
    if n == 1:
        return f"1 {word}"
    return f"{n} {word}s"


# ---------------------------------------------------------------------------------------------
# Counts


class _Counts:
    """Findings per source and kind, and per pair of sources and kind, counted once."""

    def __init__(self, report: Report) -> None:
        self.per_source: dict[str, Counter[FindingKind]] = {s.id: Counter() for s in report.sources}
        self.pairs: Counter[tuple[str, str, FindingKind]] = Counter()
        for f in report.findings:
            ids = f.sources
            for sid in ids:
                self.per_source.setdefault(sid, Counter())[f.kind] += 1
            if f.kind is FindingKind.SINGLE_SOURCE:
                continue
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    self.pairs[a, b, f.kind] += 1
                    self.pairs[b, a, f.kind] += 1


# ---------------------------------------------------------------------------------------------
# Pictures


def _matrix_svg(report: Report, counts: _Counts) -> str:
    """Sources × sources: agreements above the diagonal, conflicts below, single-source on it."""
    ids = [s.id for s in report.sources]
    n = len(ids)
    pairs = counts.pairs
    singles = {sid: c[FindingKind.SINGLE_SOURCE] for sid, c in counts.per_source.items()}
    cell = 30 if n <= 12 else max(12, 360 // n)
    left = 30 + 7 * min(_LABEL_CHARS, max((len(i) for i in ids), default=1))
    top = 22
    width, height = left + n * cell + 4, top + n * cell + 4
    peak = {
        FindingKind.AGREEMENT: max(
            (v for (_, _, k), v in pairs.items() if k is FindingKind.AGREEMENT), default=1
        ),
        FindingKind.CONFLICT: max(
            (v for (_, _, k), v in pairs.items() if k is FindingKind.CONFLICT), default=1
        ),
        FindingKind.SINGLE_SOURCE: max(singles.values(), default=1) or 1,
    }
    out = [
        f'<svg class="fcr-matrix" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        "<title>Source × source matrix: agreements above the diagonal, conflicts below it, "
        "single-source claims on it</title>",
    ]
    for j in range(n):
        x = left + j * cell + cell / 2
        out.append(f'<text class="fcr-axis" x="{x:g}" y="14" text-anchor="middle">{j + 1}</text>')
    for i, a in enumerate(ids):
        y = top + i * cell
        out.append(
            f'<text class="fcr-axis" x="{left - 6}" y="{y + cell / 2 + 4:g}" text-anchor="end">'
            f"<title>{_e(a)}</title>{i + 1} {_e(_short(a))}</text>"
        )
        for j, b in enumerate(ids):
            x = left + j * cell
            if i == j:
                kind, value = FindingKind.SINGLE_SOURCE, singles.get(a, 0)
                tip = f"{a}: {_plural(value, kind)}"
            else:
                kind = FindingKind.AGREEMENT if i < j else FindingKind.CONFLICT
                value = pairs[a, b, kind]
                tip = f"{a} × {b}: {_plural(value, kind)}"
            out.append(
                f'<g><title>{_e(tip)}</title><rect class="fcr-cell" x="{x}" y="{y}" '
                f'width="{cell}" height="{cell}"/>'
            )
            if value:
                opacity = 0.35 + 0.65 * value / max(peak[kind], 1)
                out.append(
                    f'<rect class="fcr-fill-{kind.value}" x="{x + 1}" y="{y + 1}" '
                    f'width="{cell - 2}" height="{cell - 2}" opacity="{opacity:.2f}"/>'
                )
                if cell >= 20:
                    # White on a strong fill; the page's own colour on a pale one.
                    on = "fcr-on" if opacity >= 0.6 else "fcr-on-pale"
                    out.append(
                        f'<text class="{on}" x="{x + cell / 2:g}" y="{y + cell / 2 + 4:g}" '
                        f'text-anchor="middle">{value}</text>'
                    )
            out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _bars_svg(report: Report, per_source: _Counts) -> str:
    """One stacked bar per source: agreements, conflicts and single-source claims it is cited in."""
    counts = per_source.per_source
    ids = [s.id for s in report.sources]
    total = max((sum(counts[i].values()) for i in ids), default=0) or 1
    left = 10 + 7 * min(_LABEL_CHARS, max((len(i) for i in ids), default=1))
    bar_width, row = 260, 22
    width, height = left + bar_width + 40, 8 + row * len(ids) + 18
    out = [
        f'<svg class="fcr-bars" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        "<title>Findings per source: agreements, conflicts and single-source claims</title>",
    ]
    for r, sid in enumerate(ids):
        y = 4 + r * row
        out.append(
            f'<text class="fcr-axis" x="{left - 6}" y="{y + 14}" text-anchor="end">'
            f"<title>{_e(sid)}</title>{_e(_short(sid))}</text>"
        )
        x = float(left)
        for kind in (FindingKind.AGREEMENT, FindingKind.CONFLICT, FindingKind.SINGLE_SOURCE):
            value = counts[sid][kind]
            if not value:
                continue
            w = bar_width * value / total
            out.append(
                f"<g><title>{_e(sid)}: {_e(_plural(value, kind))}</title>"
                f'<rect class="fcr-fill-{kind.value}" x="{x:.1f}" y="{y + 2}" '
                f'width="{w:.1f}" height="{row - 6}"/>'
            )
            if w >= 18:
                out.append(
                    f'<text class="fcr-on" x="{x + w / 2:.1f}" y="{y + 14}" '
                    f'text-anchor="middle">{value}</text>'
                )
            out.append("</g>")
            x += w
    legend_y = 4 + row * len(ids) + 12
    x = left
    for kind, word in (
        (FindingKind.AGREEMENT, "agreements"),
        (FindingKind.CONFLICT, "conflicts"),
        (FindingKind.SINGLE_SOURCE, "single-source"),
    ):
        out.append(
            f'<rect class="fcr-fill-{kind.value}" x="{x}" y="{legend_y - 9}" width="10" '
            f'height="10"/><text x="{x + 14}" y="{legend_y}">{word}</text>'
        )
        x += 24 + 7 * len(word)
    out.append("</svg>")
    return "".join(out)


def _pictures(report: Report, counts: _Counts) -> str:
    if not report.sources:
        return ""
    return (
        '<div class="fcr-picture">'
        f"<figure>{_matrix_svg(report, counts)}<figcaption>Source × source: agreements above the "
        "diagonal, conflicts below it, each source's single-source claims on it.</figcaption>"
        f"</figure><figure>{_bars_svg(report, counts)}<figcaption>Findings that cite each source."
        "</figcaption></figure></div>"
    )


# ---------------------------------------------------------------------------------------------
# Summary


def _summary(report: Report, counts: _Counts, *, title: str | None) -> str:
    summary = report.summary
    pills = "".join(
        f'<span class="fcr-pill fcr-k-{kind.value}">'
        f"{_e(_plural(summary[_summary_key(kind)], kind))}</span>"
        for kind in _ORDER
    )
    head = f"<h1>{_e(title)}</h1>" if title else ""
    mode = (
        f' <span class="fcr-meta">reference: {_e(report.reference)}</span>'
        if report.reference
        else ""
    )
    rows = []
    for s in report.sources:
        c = counts.per_source[s.id]
        about = " · ".join(
            _e(part)
            for part in (s.outlet, s.published.isoformat() if s.published else None, s.title)
            if part
        )
        rows.append(
            f"<tr><td>{_e(s.id)}</td><td>{about}</td><td class='fcr-n'>{len(s.text):,}</td>"
            f"<td class='fcr-n'>{c[FindingKind.AGREEMENT]}</td>"
            f"<td class='fcr-n'>{c[FindingKind.CONFLICT]}</td>"
            f"<td class='fcr-n'>{c[FindingKind.SINGLE_SOURCE]}</td></tr>"
        )
    table = (
        '<table class="fcr-table"><thead><tr><th>source</th><th>about</th><th>chars</th>'
        "<th>agreements</th><th>conflicts</th><th>single-source</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    n = len(report.sources)
    return (
        f'{head}<div class="fcr-head"><strong>{n} source{"" if n == 1 else "s"}:</strong>'
        f"{pills}{mode}</div>{table}"
    )


def _summary_key(kind: FindingKind) -> str:
    return {
        FindingKind.AGREEMENT: "agreements",
        FindingKind.CONFLICT: "conflicts",
        FindingKind.SINGLE_SOURCE: "single_source",
    }[kind]


# ---------------------------------------------------------------------------------------------
# Findings


def _sentence_html(text: str, c: Citation) -> str:
    """The citation's sentence with the compared value marked, trimmed around it when long."""
    start, end = c.sentence.start, c.sentence.end
    vs, ve = c.span.start, c.span.end
    if not (start <= vs <= ve <= end <= len(text)):
        start, end = vs, ve  # a value outside its sentence: show the value alone
    head = text[start:vs]
    tail = text[ve:end]
    room = max(40, (_SENTENCE_WIDTH - (ve - vs)) // 2)
    if len(head) > room:
        head = "…" + head[-room:]
    if len(tail) > room:
        tail = tail[:room] + "…"
    return f"{_e(head)}<mark class='fcr-mark'>{_e(text[vs:ve])}</mark>{_e(tail)}"


def _finding_card(
    f: Finding,
    *,
    texts: dict[str, str] | None,
    prefix: str,
    linked: bool,
) -> str:
    kind = f.kind.value
    cites = []
    for n, c in enumerate(f.citations):
        if texts is not None and c.source in texts:
            body = _sentence_html(texts[c.source], c).replace(
                "<mark class='fcr-mark'>", f"<mark class='fcr-k-{kind}'>", 1
            )
        else:
            body = f"<mark class='fcr-k-{kind}'>{_e(c.text)}</mark>"
        label = _e(c.source)
        if linked:
            label = f'<a href="#{prefix}-m-{_e(f.id)}-{n}">{label}</a>'
        cites.append(
            f'<div class="fcr-cite"><div class="fcr-src">{label} '
            f'<span class="fcr-meta">{c.span.start}–{c.span.end}</span></div>'
            f'<div class="fcr-sent">{body}</div></div>'
        )
    return (
        f'<div class="fcr-finding fcr-k-{kind}" id="{prefix}-{_e(f.id)}" '
        f'data-finding="{_e(f.id)}"><div class="fcr-fhead">'
        f'<span class="fcr-badge fcr-k-{kind}">{_e(_SINGULAR[f.kind])}</span>'
        f"<strong>{_e(f.id)}</strong>"
        f'<span class="fcr-meta">{_e(f.aspect.value)} · {_e(f.key)} · confidence '
        f"{f.confidence:.2f}</span></div>"
        f'<div class="fcr-expl">{_e(f.explanation)}</div>'
        f'<div class="fcr-cites">{"".join(cites)}</div></div>'
    )


def _findings(report: Report, *, prefix: str, linked: bool, max_findings: int | None) -> str:
    texts = {s.id: s.text for s in report.sources}
    out = []
    for kind in _ORDER:
        group = [f for f in report.findings if f.kind is kind]
        if not group:
            continue
        shown = group if max_findings is None else group[:max_findings]
        cards = "".join(_finding_card(f, texts=texts, prefix=prefix, linked=linked) for f in shown)
        more = ""
        if len(shown) < len(group):
            more = (
                f'<p class="fcr-more">… and {len(group) - len(shown)} more '
                "(<code>report.to_html()</code> shows them all).</p>"
            )
        is_open = " open" if kind is FindingKind.CONFLICT or linked else ""
        out.append(
            f'<details class="fcr-group fcr-group-{kind.value}"{is_open}>'
            f"<summary>{_TITLES[kind]} ({len(group)})</summary>{cards}{more}</details>"
        )
    if not out:
        out.append('<p class="fcr-more">No findings.</p>')
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Source texts with every mention marked


def _marked_text(text: str, marks: Sequence[tuple[int, int, int, str, str]], prefix: str) -> str:
    """The text with every cited span marked; overlapping spans split into shared segments.

    ``marks`` holds ``(start, end, rank, finding id, anchor)``; a segment covered by several
    findings carries all their ids in ``data-f`` (the highest-ranked kind first) and takes the
    colour of that kind.
    """
    if not marks:
        return _e(text)
    bounds = sorted({0, len(text)} | {m[0] for m in marks} | {m[1] for m in marks})
    starts: dict[int, list[tuple[int, int, int, str, str]]] = {}
    for m in marks:
        starts.setdefault(m[0], []).append(m)
    active: list[tuple[int, int, int, str, str]] = []
    anchored: set[str] = set()
    out = []
    for left, right in itertools.pairwise(bounds):
        if left in starts:
            active.extend(starts[left])
        active = [m for m in active if m[1] > left]
        piece = _e(text[left:right])
        if not active or left == right:
            out.append(piece)
            continue
        ordered = sorted(active, key=lambda m: (m[2], m[3]))
        ids = " ".join(dict.fromkeys(m[3] for m in ordered))
        kind = _ORDER[ordered[0][2]].value
        anchors = [m[4] for m in ordered if m[4] not in anchored]
        anchored.update(anchors)
        id_attr = f' id="{prefix}-m-{_e(anchors[0])}"' if anchors else ""
        extra = "".join(f'<a id="{prefix}-m-{_e(a)}"></a>' for a in anchors[1:])
        out.append(
            f'{extra}<mark class="fcr-k-{kind}"{id_attr} data-f="{_e(ids)}" '
            f'title="{_e(ids)}">{piece}</mark>'
        )
    return "".join(out)


def _source_texts(report: Report, *, prefix: str) -> str:
    marks: dict[str, list[tuple[int, int, int, str, str]]] = {s.id: [] for s in report.sources}
    for f in report.findings:
        for n, c in enumerate(f.citations):
            if c.source in marks and c.span.end > c.span.start:
                marks[c.source].append(
                    (c.span.start, c.span.end, _RANK[f.kind], f.id, f"{f.id}-{n}")
                )
    out = ["<h2>Sources</h2>"]
    for s in report.sources:
        out.append(_source_block(s, marks[s.id], prefix))
    return "".join(out)


def _source_block(s: Source, marks: list[tuple[int, int, int, str, str]], prefix: str) -> str:
    about = " · ".join(
        _e(part)
        for part in (s.outlet, s.published.isoformat() if s.published else None, s.url)
        if part
    )
    title = f"<div><em>{_e(s.title)}</em></div>" if s.title else ""
    return (
        f'<section class="fcr-source" id="{prefix}-s-{_e(s.id)}" data-source="{_e(s.id)}">'
        f"<h3>{_e(s.id)}</h3>{title}<div class='fcr-source-meta'>{about}</div>"
        f'<div class="fcr-text">{_marked_text(s.text, marks, prefix)}</div></section>'
    )


# ---------------------------------------------------------------------------------------------
# Public renderers


def report_html(report: Report, *, max_findings: int | None = 200) -> str:
    """The notebook view of a report: one ``<div>`` with inline CSS and SVG, no script.

    Args:
        report: the report to render.
        max_findings: the most findings shown of each kind (``None`` shows all); the page from
            :func:`report_page` always shows all.

    Returns:
        An HTML fragment: a summary with counts per kind and per source, a source × source
        matrix and per-source bars, then the findings grouped by kind, conflicts first.

    Raises:
        InvalidArgument: if ``report`` is not a Report or ``max_findings`` is not an int >= 0.

    >>> import factcheck
    >>> report = factcheck.check(["The storm killed 40 people on Monday.",
    ...                           "The storm killed 400 people on Monday."])
    >>> fragment = report_html(report)
    >>> fragment.startswith('<div class="fcr"') and "Conflicts (1)" in fragment
    True

    .. versionadded:: 0.1
    """
    report = _check_report(report)
    limit = _check_limit("max_findings", max_findings)
    prefix = _uid(report)
    counts = _Counts(report)
    return (
        f'<div class="fcr" id="{prefix}"><style>{CSS}</style>'
        f"{_summary(report, counts, title=None)}{_pictures(report, counts)}"
        f"{_findings(report, prefix=prefix, linked=False, max_findings=limit)}</div>"
    )


def report_page(report: Report, *, title: str | None = None) -> str:
    """A self-contained HTML page: summary, pictures, findings and every source's full text.

    Every mention in the sources' texts is highlighted in its finding's colour and linked to the
    finding; clicking a finding highlights all its spans (both sides of a conflict) and scrolls
    to the first, clicking a highlighted span scrolls to its finding. ``page.html#F003`` opens
    with F003 selected.

    Args:
        report: the report to render.
        title: the page's title; ``"factcheck report"`` by default.

    Returns:
        A complete HTML document (``<!DOCTYPE html>`` ...), with inline CSS, SVG and script.

    Raises:
        InvalidArgument: if ``report`` is not a Report or ``title`` is not a string.

    >>> import factcheck
    >>> report = factcheck.check(["The storm killed 40 people on Monday.",
    ...                           "The storm killed 400 people on Monday."])
    >>> page = report_page(report, title="Storm <draft>")
    >>> page.startswith("<!DOCTYPE html>") and "Storm &lt;draft&gt;" in page
    True

    .. versionadded:: 0.1
    """
    report = _check_report(report)
    if title is not None and not isinstance(title, str):
        msg = f"title={title!r} must be a str or None"
        raise InvalidArgument(msg)
    heading = title or "factcheck report"
    prefix = _uid(report)
    counts = _Counts(report)
    body = (
        f'<div class="fcr" id="{prefix}">{_summary(report, counts, title=heading)}'
        f"{_pictures(report, counts)}"
        f"<h2>Findings</h2>{_findings(report, prefix=prefix, linked=True, max_findings=None)}"
        f"{_source_texts(report, prefix=prefix)}<script>{SCRIPT}</script></div>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light dark">'
        '<meta name="generator" content="factcheck">'
        f"<title>{_e(heading)}</title><style>{CSS}{PAGE_CSS}</style></head>"
        f"<body>{body}</body></html>\n"
    )


def finding_html(finding: Finding, *, sources: Iterable[Source] = ()) -> str:
    """One finding as an HTML fragment with inline CSS, for a notebook.

    Args:
        finding: the finding to render.
        sources: the sources it cites; when given, each citation shows its whole sentence with
            the value marked, otherwise the value's own words.

    Returns:
        A ``<div>`` with the finding's kind, explanation and citations side by side.

    Raises:
        InvalidArgument: if ``finding`` is not a Finding or ``sources`` holds something else
            than Source objects.

    >>> import factcheck
    >>> report = factcheck.check(["The storm killed 40 people on Monday.",
    ...                           "The storm killed 400 people on Monday."])
    >>> "400 people" in finding_html(report.conflicts[0])
    True

    .. versionadded:: 0.1
    """
    if not isinstance(finding, Finding):
        msg = f"finding={finding!r} must be a factcheck.Finding"
        raise InvalidArgument(msg)
    texts: dict[str, str] = {}
    for s in sources:
        if not isinstance(s, Source):
            msg = f"sources=... holds {s!r}, which is not a factcheck.Source"
            raise InvalidArgument(msg)
        texts[s.id] = s.text
    return (
        f'<div class="fcr"><style>{CSS}</style>'
        f"{_finding_card(finding, texts=texts or None, prefix='fcr', linked=False)}</div>"
    )
