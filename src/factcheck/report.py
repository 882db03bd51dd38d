"""The report: findings and entities over a set of sources, and its renderings.

The JSON form follows the versioned contract ``factcheck.report/1`` (see
``docs/reference/report.md`` and the JSON Schema that :func:`factcheck.schema` returns).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from factcheck.model import (
    Aspect,
    Citation,
    DateMention,
    Entity,
    Finding,
    FindingKind,
    Mention,
    NameMention,
    Quantity,
    Quote,
    Source,
)

__all__ = ["SCHEMA_ID", "Report", "mention_value"]

SCHEMA_ID = "factcheck.report/1"


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < Decimal(10) ** 18:
        return int(value)
    return float(value)


def mention_value(mention: Mention) -> dict[str, Any]:
    """The normalized value of a mention as JSON-ready data.

    >>> from factcheck.model import Quantity, Span
    >>> mention_value(Quantity(Span(0, 10), "100 people", 100, 100, unit="person"))["unit"]
    'person'
    """
    if isinstance(mention, Quantity):
        return {
            "low": _number(mention.low),
            "high": _number(mention.high),
            "unit": mention.unit,
            "kind": mention.kind,
            "low_inclusive": mention.low_inclusive,
            "high_inclusive": mention.high_inclusive,
            "approximate": mention.approximate,
            "qualifier": mention.qualifier,
        }
    if isinstance(mention, DateMention):
        return {
            "start": mention.start.isoformat() if mention.start else None,
            "end": mention.end.isoformat() if mention.end else None,
            "granularity": mention.granularity.value,
            "relative": mention.relative,
            "resolved": mention.resolved,
            "open_start": mention.open_start,
            "open_end": mention.open_end,
        }
    if isinstance(mention, NameMention):
        return {"canonical": mention.canonical, "kind": mention.kind, "title": mention.title}
    if isinstance(mention, Quote):
        return {"quote": mention.text, "speaker": mention.speaker}
    return {"text": mention.text}


def _citation(c: Citation) -> dict[str, Any]:
    return {
        "source": c.source,
        "start": c.span.start,
        "end": c.span.end,
        "text": c.text,
        "value": mention_value(c.mention),
        "sentence": {"start": c.sentence.start, "end": c.sentence.end},
    }


_KIND_ORDER = {FindingKind.CONFLICT: 0, FindingKind.AGREEMENT: 1, FindingKind.SINGLE_SOURCE: 2}
_ASPECT_ORDER = {
    Aspect.QUANTITY: 0,
    Aspect.DATE: 1,
    Aspect.STATEMENT: 2,
    Aspect.QUOTE: 3,
    Aspect.NAME: 4,
}


@attrs.frozen
class Report:
    """What :func:`factcheck.check` found: findings and entities over the sources.

    Attributes:
        sources: the sources checked, in the order given.
        findings: conflicts first, then agreements, then single-source claims.
        entities: every person, organization and place, with its mentions across the sources.
        reference: the id of the trusted source in reference mode, else ``None``.
    """

    sources: tuple[Source, ...]
    findings: tuple[Finding, ...]
    entities: tuple[Entity, ...] = ()
    reference: str | None = None

    @property
    def agreements(self) -> list[Finding]:
        """The findings where sources agree."""
        return [f for f in self.findings if f.kind is FindingKind.AGREEMENT]

    @property
    def conflicts(self) -> list[Finding]:
        """The findings where sources contradict each other."""
        return [f for f in self.findings if f.kind is FindingKind.CONFLICT]

    @property
    def single_source(self) -> list[Finding]:
        """The checkable claims that only one source makes."""
        return [f for f in self.findings if f.kind is FindingKind.SINGLE_SOURCE]

    @property
    def summary(self) -> dict[str, int]:
        """Counts per kind: ``{"agreements": n, "conflicts": n, "single_source": n}``."""
        counts = Counter(f.kind for f in self.findings)
        return {
            "agreements": counts[FindingKind.AGREEMENT],
            "conflicts": counts[FindingKind.CONFLICT],
            "single_source": counts[FindingKind.SINGLE_SOURCE],
        }

    def source(self, source_id: str) -> Source:
        """The source with this id.

        Raises:
            KeyError: if no source has this id.
        """
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data following the ``factcheck.report/1`` contract."""
        return {
            "schema": SCHEMA_ID,
            "reference": self.reference,
            "sources": [
                {
                    "id": s.id,
                    "published": s.published.isoformat() if s.published else None,
                    "outlet": s.outlet,
                    "url": s.url,
                    "title": s.title,
                    "chars": len(s.text),
                }
                for s in self.sources
            ],
            "findings": [
                {
                    "id": f.id,
                    "kind": f.kind.value,
                    "aspect": f.aspect.value,
                    "key": f.key,
                    "confidence": f.confidence,
                    "explanation": f.explanation,
                    "mentions": [_citation(c) for c in f.citations],
                }
                for f in self.findings
            ],
            "entities": [
                {
                    "id": e.id,
                    "canonical": e.canonical,
                    "kind": e.kind,
                    "mentions": [
                        {"source": sid, "start": m.span.start, "end": m.span.end, "text": m.text}
                        for sid, m in e.mentions
                    ],
                }
                for e in self.entities
            ],
            "summary": self.summary,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as a JSON string (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self) -> str:
        """Plain text for people: grouped by kind, the sources' own words side by side."""
        return _render(self, markdown=False)

    def to_markdown(self) -> str:
        """A Markdown rendering for tickets and chats."""
        return _render(self, markdown=True)

    def to_html(self, *, title: str | None = None) -> str:
        """A self-contained HTML page (see :func:`factcheck.html.report_page`)."""
        from factcheck.html import report_page  # noqa: PLC0415 (keeps import time low)

        return report_page(self, title=title)

    def _repr_html_(self) -> str:
        """The notebook view (see :func:`factcheck.html.report_html`)."""
        from factcheck.html import report_html  # noqa: PLC0415 (keeps import time low)

        return report_html(self)

    def to_frame(self) -> Any:  # noqa: ANN401 (a pandas.DataFrame; pandas is optional)
        """One row per mention, as a pandas DataFrame (see :func:`factcheck.frame.to_frame`)."""
        from factcheck.frame import to_frame  # noqa: PLC0415 (pandas is optional and slow)

        return to_frame(self)


def _sentence(report: Report, c: Citation, width: int = 220) -> str:
    text = report.source(c.source).text
    s, e = c.sentence.start, c.sentence.end
    before, value, after = (
        text[s : c.span.start],
        text[c.span.start : c.span.end],
        text[c.span.end : e],
    )
    line = f"{before}[{value}]{after}".replace("\n", " ")
    if len(line) > width:
        # Keep the compared value in view: trim around it.
        head = max(0, len(before) - width // 2)
        line = ("…" if head else "") + line[head : head + width] + "…"
    return line


_TITLES = {
    FindingKind.CONFLICT: "Conflicts",
    FindingKind.AGREEMENT: "Agreements",
    FindingKind.SINGLE_SOURCE: "Single-source claims",
}


def _render(report: Report, *, markdown: bool) -> str:
    out: list[str] = []
    summary = report.summary
    head = (
        f"{len(report.sources)} sources: {summary['agreements']} agreements, "
        f"{summary['conflicts']} conflicts, {summary['single_source']} single-source claims"
    )
    out.append(f"# factcheck report\n\n{head}" if markdown else head)
    for kind in (FindingKind.CONFLICT, FindingKind.AGREEMENT, FindingKind.SINGLE_SOURCE):
        group = [f for f in report.findings if f.kind is kind]
        if not group:
            continue
        title = f"{_TITLES[kind]} ({len(group)})"
        out.append(f"\n## {title}" if markdown else f"\n{title}\n{'=' * len(title)}")
        for f in group:
            label = f"{f.id} [{f.aspect.value}: {f.key}] confidence {f.confidence:.2f}"
            out.append(
                f"\n**{label}**  \n{f.explanation}" if markdown else f"\n{label}\n  {f.explanation}"
            )
            for c in f.citations:
                line = _sentence(report, c)
                out.append(f"- `{c.source}` {line}" if markdown else f"    {c.source:>24}  {line}")
    return "\n".join(out) + "\n"


def number_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Order findings and number them.

    Conflicts, agreements, then single-source claims; within each, figures, dates, statements,
    quotations, then names (what an editor checks first), then by source and offset.
    """
    ordered = sorted(
        findings,
        key=lambda f: (
            _KIND_ORDER[f.kind],
            _ASPECT_ORDER[f.aspect],
            f.citations[0].source,
            f.citations[0].span.start,
            f.key,
        ),
    )
    width = max(3, len(str(len(ordered))))
    return tuple(attrs.evolve(f, id=f"F{i:0{width}d}") for i, f in enumerate(ordered, start=1))
