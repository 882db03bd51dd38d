"""Date expressions in running text, resolved against a reference date with their granularity.

PLACEHOLDER first version: "Month D, YYYY" only. Replaced by the dates stage proper.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.model import DateMention, Span, Verdict

__all__ = ["compare_dates", "parse_dates"]

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_DATE = re.compile(r"\b(" + "|".join(m.title() for m in _MONTHS) + r") (\d{1,2}), (\d{4})\b")


def parse_dates(text: str, *, reference: dt.date | None = None) -> list[DateMention]:
    """Return every date expression in ``text`` with its span, in order."""
    out = []
    for m in _DATE.finditer(text):
        d = dt.date(int(m[3]), _MONTHS.index(m[1].lower()) + 1, int(m[2]))
        out.append(DateMention(Span(m.start(), m.end()), m.group(), d, d))
    return out


def compare_dates(a: DateMention, b: DateMention) -> Verdict:
    """Compare two date mentions: agree, compatible, conflict or incomparable."""
    if not (a.resolved and b.resolved) or None in (a.start, a.end, b.start, b.end):
        return Verdict.INCOMPARABLE
    if (a.start, a.end) == (b.start, b.end):
        return Verdict.AGREE
    return Verdict.CONFLICT
