"""Figures in running text: find them and normalize them to intervals with units.

PLACEHOLDER first version: digits only. Replaced by the figures stage proper.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.model import Quantity, Span, Verdict

__all__ = ["compare_quantities", "parse_quantities"]

_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def parse_quantities(text: str) -> list[Quantity]:
    """Return every figure in ``text`` with its span, in order."""
    out = []
    for m in _NUM.finditer(text):
        v = Decimal(m.group().replace(",", ""))
        out.append(Quantity(Span(m.start(), m.end()), m.group(), v, v))
    return out


def compare_quantities(a: Quantity, b: Quantity) -> Verdict:
    """Compare two quantities: agree, compatible, conflict or incomparable."""
    if a.unit != b.unit or a.kind != b.kind:
        return Verdict.INCOMPARABLE
    if (a.low, a.high) == (b.low, b.high):
        return Verdict.AGREE
    return Verdict.CONFLICT
