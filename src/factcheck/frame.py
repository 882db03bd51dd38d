"""A report as a pandas DataFrame: one row per mention (``pip install 'factcheck[pandas]'``).

pandas is imported only when :func:`to_frame` is called, so ``import factcheck`` stays light.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from factcheck.errors import InvalidArgument
from factcheck.model import DateMention, Mention, NameMention, Quantity, Quote
from factcheck.report import mention_value

if TYPE_CHECKING:
    from factcheck.report import Report

__all__ = ["COLUMNS", "MissingDependency", "normalized", "to_frame"]

COLUMNS = (
    "finding",
    "kind",
    "aspect",
    "key",
    "confidence",
    "source",
    "start",
    "end",
    "text",
    "normalized",
    "value",
)


class MissingDependency(ImportError):
    """An optional dependency that a feature needs is not installed; the message names the extra.

    An ``ImportError``, so ``except ImportError`` catches it.
    """


def _num(value: Decimal) -> str:
    """A decimal in plain notation without trailing zeros: 3.5E+6 → 3500000, 2.50 → 2.5."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _bound(value: Decimal | None) -> str:
    return "…" if value is None else _num(value)


def normalized(mention: Mention) -> str:
    """A short, readable form of a mention's normalized value.

    >>> from factcheck.model import Quantity, Span
    >>> normalized(Quantity(Span(0, 10), "100 people", 100, 100, unit="person"))
    '100 person'
    >>> normalized(Quantity(Span(0, 18), "more than 100 dead", 100, None, low_inclusive=False))
    '>100'
    """
    if isinstance(mention, Quantity):
        unit = f" {mention.unit}" if mention.unit else ""
        low, high = mention.low, mention.high
        if low is not None and low == high:
            body = _num(low)
        elif high is None and low is not None:
            body = f"{'>=' if mention.low_inclusive else '>'}{_num(low)}"
        elif low is None and high is not None:
            body = f"{'<=' if mention.high_inclusive else '<'}{_num(high)}"
        else:
            body = f"{_bound(low)}–{_bound(high)}"
        return ("~" if mention.approximate else "") + body + unit
    if isinstance(mention, DateMention):
        if mention.start is None and mention.end is None:
            return "unresolved"
        if mention.start == mention.end and mention.start is not None:
            return mention.start.isoformat()
        start = mention.start.isoformat() if mention.start else "…"
        end = mention.end.isoformat() if mention.end else "…"
        return f"{start}/{end}"
    if isinstance(mention, NameMention):
        return mention.canonical or mention.text
    if isinstance(mention, Quote):
        return mention.text
    return mention.text


def _rows(report: Report) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for f in report.findings:
        for c in f.citations:
            columns["finding"].append(f.id)
            columns["kind"].append(f.kind.value)
            columns["aspect"].append(f.aspect.value)
            columns["key"].append(f.key)
            columns["confidence"].append(f.confidence)
            columns["source"].append(c.source)
            columns["start"].append(c.span.start)
            columns["end"].append(c.span.end)
            columns["text"].append(c.text)
            columns["normalized"].append(normalized(c.mention))
            columns["value"].append(mention_value(c.mention))
    return columns


def to_frame(report: Report) -> Any:  # noqa: ANN401 (a pandas.DataFrame; pandas is optional)
    """One row per mention of every finding, as a ``pandas.DataFrame``.

    Columns: ``finding`` (its id), ``kind``, ``aspect``, ``key``, ``confidence``, ``source``,
    ``start``, ``end`` (offsets into the source's text), ``text`` (the mention's own words),
    ``normalized`` (a short readable value: ``"400 person"``, ``"2026-01-09"``) and ``value``
    (the normalized value as a dict, as in the JSON report).

    Args:
        report: the report.

    Returns:
        A DataFrame in the order of the findings; empty (with the columns) when there are none.

    Raises:
        MissingDependency: (an ``ImportError``) if pandas is not installed.
        InvalidArgument: if ``report`` is not a Report.

    >>> import factcheck
    >>> report = factcheck.check(["The storm killed 40 people on Monday.",
    ...                           "The storm killed 400 people on Monday."])
    >>> frame = to_frame(report)  # doctest: +SKIP
    >>> frame.loc[frame.kind == "conflict", ["source", "text"]].values.tolist()  # doctest: +SKIP
    [['s1', '40 people'], ['s2', '400 people']]

    .. versionadded:: 0.1
    """
    from factcheck.report import Report  # noqa: PLC0415 (report imports this module lazily)

    if not isinstance(report, Report):
        msg = f"report={report!r} must be a factcheck.Report"
        raise InvalidArgument(msg)
    try:
        import pandas as pd  # noqa: PLC0415 (optional, and slow to import)
    except ImportError as exc:
        msg = (
            "Report.to_frame() needs pandas, which is not installed: "
            "pip install 'factcheck[pandas]'"
        )
        raise MissingDependency(msg, name="pandas") from exc
    frame = pd.DataFrame(_rows(report), columns=list(COLUMNS))
    return frame.astype({"start": "int64", "end": "int64", "confidence": "float64"})
