"""Assertions for test suites: the facts of several texts must not contradict each other.

Use them in any test framework; a failure is an :class:`InconsistencyError`, an
``AssertionError`` whose message lists each conflict with both sides' words and spans, so that
pytest's output shows at once which figure, date or name changed and where::

    from factcheck.testing import assert_consistent

    def test_summary_keeps_the_figures():
        article = "Officials said the earthquake killed 40 people on March 3, 2024."
        assert_consistent(article, summarize(article))

.. versionadded:: 0.1
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.errors import InvalidArgument
from factcheck.model import Citation, Finding, Source
from factcheck.pipeline import check
from factcheck.report import Report

__all__ = ["InconsistencyError", "assert_consistent", "assert_no_conflicts", "format_conflicts"]

_CONTEXT = 60  # characters of the sentence shown on each side of a conflicting value


class InconsistencyError(AssertionError):
    """The sources contradict each other.

    Attributes:
        report: the whole report, for a closer look in a debugger.
        conflicts: the conflict findings, in report order.
    """

    def __init__(self, report: Report, conflicts: list[Finding]) -> None:
        self.report = report
        self.conflicts = conflicts
        super().__init__(format_conflicts(report, conflicts))


def _excerpt(text: str, c: Citation) -> str:
    """The sentence around a cited value, the value in brackets, cut to a readable width."""
    start = max(c.sentence.start, c.span.start - _CONTEXT)
    end = min(c.sentence.end, c.span.end + _CONTEXT)
    before = text[start : c.span.start]
    after = text[c.span.end : end]
    head = "…" if start > c.sentence.start else ""
    tail = "…" if end < c.sentence.end else ""
    line = f"{head}{before}[{text[c.span.start : c.span.end]}]{after}{tail}"
    return " ".join(line.split())


def format_conflicts(report: Report, conflicts: Iterable[Finding]) -> str:
    """The failure message: one block per conflict, one line per cited value.

    >>> report = check(["The raid killed 40 people.", "The raid killed 400 people."])
    >>> print(format_conflicts(report, report.conflicts))  # doctest: +NORMALIZE_WHITESPACE
    1 conflict between the sources:
    F001 quantity 'kill' (confidence 0.95):
        s1 [16:25] '40 people'
           The raid killed [40 people].
        s2 [16:26] '400 people'
           The raid killed [400 people].
    """
    found = list(conflicts)
    noun = "conflict" if len(found) == 1 else "conflicts"
    lines = [f"{len(found)} {noun} between the sources:"]
    texts = {s.id: s.text for s in report.sources}
    for f in found:
        lines.append(f"{f.id} {f.aspect.value} {f.key!r} (confidence {f.confidence:.2f}):")
        for c in f.citations:
            lines.append(f"    {c.source} [{c.span.start}:{c.span.end}] {c.text!r}")
            lines.append(f"       {_excerpt(texts[c.source], c)}")
    return "\n".join(lines)


def assert_no_conflicts(report: Report) -> None:
    """Fail if ``report`` holds any conflict.

    Args:
        report: what :func:`factcheck.check` returned.

    Raises:
        InconsistencyError: listing every conflict with both sides' words and spans.
        InvalidArgument: if ``report`` is not a :class:`~factcheck.Report`.

    >>> assert_no_conflicts(check(["It rained on March 3, 2024.", "On March 3, 2024 it rained."]))

    .. versionadded:: 0.1
    """
    if not isinstance(report, Report):
        msg = f"report={report!r:.80} must be a factcheck.Report"
        raise InvalidArgument(msg)
    conflicts = report.conflicts
    if conflicts:
        raise InconsistencyError(report, conflicts)


def assert_consistent(*sources: Source | str, reference: str | None = None) -> Report:
    """Check the sources against each other and fail on any conflict.

    Args:
        *sources: :class:`~factcheck.Source` objects or strings (ids ``s1``, ``s2``, ...), or a
            single list of them.
        reference: the id of a trusted source: then only conflicts with it count (see
            :func:`factcheck.check`).

    Returns:
        The report, for further assertions (agreements, single-source claims).

    Raises:
        InconsistencyError: listing every conflict with both sides' words and spans.
        InvalidArgument: no sources, an item that is not a source or a string, an empty text,
            duplicate ids, or an unknown ``reference``.

    >>> report = assert_consistent("The raid killed 100 people.",
    ...                            "The raid killed one hundred people.")
    >>> report.summary["conflicts"]
    0

    .. versionadded:: 0.1
    """
    items: Iterable[Source | str] = sources
    if len(sources) == 1 and isinstance(sources[0], (list, tuple)):
        items = sources[0]
    report = check(list(items), reference=reference)
    assert_no_conflicts(report)
    return report
