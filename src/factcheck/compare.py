"""``compare(a, b)``: one verdict for two values of any supported kind."""

from __future__ import annotations

from factcheck.errors import InvalidArgument
from factcheck.model import DateMention, Mention, NameMention, Phrase, Quantity, Quote, Verdict
from factcheck.normalize.dates import compare_dates
from factcheck.normalize.names import compare_names
from factcheck.normalize.quantities import compare_quantities

__all__ = ["compare"]

_COMPARABLE = (Quantity, DateMention, NameMention, Quote, Phrase)


def compare(a: Mention, b: Mention) -> Verdict:
    """Compare two mentions of the same kind.

    Returns ``agree``, ``compatible``, ``conflict`` or ``incomparable`` (a :class:`Verdict`, which
    is also a ``str``). Mentions of different kinds are ``incomparable``, and so are quotations and
    phrases, whose comparison needs their sentences (the engine does it). The result is symmetric:
    ``compare(a, b) == compare(b, a)``.

    Raises:
        InvalidArgument: if either argument is not a quantity, date or name mention.
    """
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, _COMPARABLE):
            msg = f"{name}={value!r} must be a Quantity, DateMention, NameMention, Quote or Phrase"
            raise InvalidArgument(msg)
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return compare_quantities(a, b)
    if isinstance(a, DateMention) and isinstance(b, DateMention):
        return compare_dates(a, b)
    if isinstance(a, NameMention) and isinstance(b, NameMention):
        return compare_names(a, b)
    return Verdict.INCOMPARABLE
