"""The frozen value objects and their invariants."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from factcheck import InvalidArgument, Source, Span, SpanError
from factcheck.model import DateMention, Finding, Quantity


def test_span_slices_its_text():
    """A span's slice is the text between its offsets, end exclusive."""
    assert Span(4, 9).slice("The quick fox") == "quick"


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 2), (0, -4)])
def test_span_rejects_bad_offsets(start, end):
    """Negative or reversed offsets raise SpanError naming the bad value."""
    with pytest.raises(SpanError, match=r"start|end"):
        Span(start, end)


def test_span_past_the_text_raises():
    """Slicing a text shorter than the span raises SpanError."""
    with pytest.raises(SpanError, match="past the end"):
        Span(0, 10).slice("short")


def test_mention_text_must_fit_its_span():
    """A mention whose text length differs from its span is rejected."""
    with pytest.raises(SpanError, match="characters"):
        Quantity(Span(0, 3), "100 people", 100, 100)


def test_models_are_frozen():
    """Value objects cannot be changed in place; attrs.evolve makes a new one."""
    q = Quantity(Span(0, 3), "100", 100, 100)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.low = Decimal(5)  # type: ignore[misc]
    assert attrs.evolve(q, unit="person").unit == "person"


def test_quantity_converts_to_decimal_and_checks_order():
    """Bounds become exact decimals, and low may not exceed high."""
    q = Quantity(Span(0, 3), "0.1", 0.1, 0.1)
    assert q.low == Decimal("0.1")
    assert q.value == Decimal("0.1")
    with pytest.raises(InvalidArgument, match="low="):
        Quantity(Span(0, 3), "abc", 5, 4)


def test_date_mention_checks_order():
    """A date interval may not end before it starts."""
    with pytest.raises(InvalidArgument, match="start="):
        DateMention(Span(0, 1), "x", dt.date(2020, 1, 2), dt.date(2020, 1, 1))


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"id": "", "text": "x"}, "id="),
        ({"id": "a", "text": "   \n"}, "empty or only whitespace"),
        ({"id": "a", "text": 5}, "must be a str"),
        ({"id": "a", "text": "x", "published": "2026-13-40"}, "not an ISO date"),
        ({"id": "a", "text": "x", "published": 20260110}, "datetime.date"),
    ],
)
def test_source_rejects_bad_fields(kwargs, pattern):
    """Bad source fields raise InvalidArgument naming the field and value."""
    with pytest.raises(InvalidArgument, match=pattern):
        Source(**kwargs)


def test_source_accepts_iso_strings_and_datetimes():
    """``published`` may be given as an ISO string or a datetime, for convenience."""
    assert Source("a", "x", published="2026-01-10").published == dt.date(2026, 1, 10)
    when = dt.datetime(2026, 1, 10, 8, 30)
    assert Source("a", "x", published=when).published == dt.date(2026, 1, 10)


def test_finding_confidence_is_bounded():
    """A finding's confidence must lie in [0, 1]."""
    with pytest.raises(InvalidArgument, match="confidence"):
        Finding("F1", "agreement", "quantity", "k", (), 1.5, "x")
