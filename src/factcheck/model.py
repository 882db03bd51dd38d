"""Frozen value objects shared by every stage.

Every extracted thing carries a :class:`Span` of character offsets into the text exactly as the
caller gave it, so ``text[span.start:span.end] == mention.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Union

import attrs

from factcheck.errors import InvalidArgument, SpanError

__all__ = [
    "Aspect",
    "Citation",
    "Claim",
    "DateMention",
    "Entity",
    "Finding",
    "FindingKind",
    "Granularity",
    "Mention",
    "NameMention",
    "PersonName",
    "Phrase",
    "Quantity",
    "Quote",
    "Sentence",
    "Source",
    "Span",
    "Verdict",
]


class FindingKind(str, enum.Enum):
    """What a finding says about the sources it cites."""

    AGREEMENT = "agreement"
    CONFLICT = "conflict"
    SINGLE_SOURCE = "single_source"


class Aspect(str, enum.Enum):
    """Which kind of value a finding compares."""

    QUANTITY = "quantity"
    DATE = "date"
    NAME = "name"
    QUOTE = "quote"
    STATEMENT = "statement"


class Verdict(str, enum.Enum):
    """The result of :func:`factcheck.compare` on two values.

    A ``str`` enum, so ``compare(a, b) == "agree"`` reads naturally.
    """

    AGREE = "agree"
    COMPATIBLE = "compatible"
    CONFLICT = "conflict"
    INCOMPARABLE = "incomparable"


class Granularity(str, enum.Enum):
    """How precise a date mention is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


def _non_negative(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        msg = f"{attribute.name}={value!r} must be >= 0"
        raise SpanError(msg)


@attrs.frozen(order=True)
class Span:
    """Character offsets ``[start, end)`` into a text; the end is exclusive.

    >>> Span(4, 9).slice("The quick fox")
    'quick'
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            msg = f"end={self.end!r} must be >= start={self.start!r}"
            raise SpanError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers, checking that it fits.

        Raises:
            SpanError: if the span reaches past the end of ``text``.
        """
        if self.end > len(text):
            msg = f"span={self!r} reaches past the end of a text of {len(text)} characters"
            raise SpanError(msg)
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> Span:
        """The same span moved by ``offset`` characters."""
        return Span(self.start + offset, self.end + offset)


def _check_text_length(instance: _HasSpan, _: attrs.Attribute[str], value: str) -> None:
    if len(value) != len(instance.span):
        msg = (
            f"text={value!r} has {len(value)} characters"
            f" but span={instance.span!r} covers {len(instance.span)}"
        )
        raise SpanError(msg)


class _HasSpan:
    span: Span


def _dec(value: Decimal | int | str | float | None) -> Decimal | None:
    """Cheap coercion to Decimal; floats go through ``str`` so 0.1 stays 0.1."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    return Decimal(value)


@attrs.frozen
class Quantity:
    """A figure in running text, normalized to an interval with a unit.

    ``low``/``high`` are exact decimals; ``None`` means unbounded on that side ("more than 100"
    has ``low=100, low_inclusive=False, high=None``).

    Attributes:
        span: where the figure stands in the text.
        text: the figure's own words, ``text == source[span.start:span.end]``.
        low: the lower bound, or ``None`` when unbounded below.
        high: the upper bound, or ``None`` when unbounded above.
        low_inclusive: whether ``low`` itself is part of the interval.
        high_inclusive: whether ``high`` itself is part of the interval.
        unit: canonical unit ("person", "USD", "percent", "barrel/day", "km") or ``None``.
        kind: ``count``, ``money``, ``percent``, ``measure``, ``ordinal``, ``age`` or ``year``.
        approximate: whether a qualifier ("about", "nearly", "some") makes the value approximate.
        qualifier: the qualifier word(s) as written, lower-cased, or ``None``.
    """

    span: Span
    text: str = attrs.field(validator=_check_text_length)
    low: Decimal | None = attrs.field(converter=_dec, default=None)
    high: Decimal | None = attrs.field(converter=_dec, default=None)
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str | None = None
    kind: str = "count"
    approximate: bool = False
    qualifier: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            msg = f"low={self.low!r} must be <= high={self.high!r}"
            raise InvalidArgument(msg)

    @property
    def value(self) -> Decimal | None:
        """The single value when ``low == high``, else ``None``."""
        return self.low if self.low is not None and self.low == self.high else None


@attrs.frozen
class DateMention:
    """A date expression resolved to an inclusive interval of days with a granularity.

    Attributes:
        span: where the expression stands in the text.
        text: the expression's own words.
        start: first day of the interval, or ``None`` when unresolved or open at the start.
        end: last day of the interval (inclusive), or ``None`` when unresolved or open at the end.
        granularity: ``day``, ``week``, ``month``, ``quarter``, ``year``, ``decade`` or ``century``.
        relative: whether the expression needs a reference date ("Friday", "last week").
        resolved: ``False`` for a relative expression without a reference date.
        open_start: the interval is open towards the past ("until June").
        open_end: the interval is open towards the future ("since 2019").
    """

    span: Span
    text: str = attrs.field(validator=_check_text_length)
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity = attrs.field(default=Granularity.DAY, converter=Granularity)
    relative: bool = False
    resolved: bool = True
    open_start: bool = False
    open_end: bool = False

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            msg = f"start={self.start!r} must be <= end={self.end!r}"
            raise InvalidArgument(msg)


@attrs.frozen
class NameMention:
    """A mention of a person, organization, place or other named thing.

    Attributes:
        span: where the name stands in the text (without any title before it).
        text: the name's own words.
        kind: ``person``, ``organization``, ``place`` or ``other``.
        canonical: a folded key: accents and typography folded, case folded, titles removed.
        title: a title standing before the name ("Foreign Minister"), or ``None``.
    """

    span: Span
    text: str = attrs.field(validator=_check_text_length)
    kind: str = "other"
    canonical: str = ""
    title: str | None = None


@attrs.frozen
class PersonName:
    """A person's name split into its parts; absent parts are empty strings."""

    title: str = ""
    first: str = ""
    middle: str = ""
    last: str = ""
    suffix: str = ""
    nickname: str = ""


@attrs.frozen
class Quote:
    """Words a source puts in quotation marks, without the marks themselves.

    Attributes:
        span: where the quoted words stand in the text.
        text: the quoted words.
        speaker: the folded name of who the source says spoke them, or ``None``.
    """

    span: Span
    text: str = attrs.field(validator=_check_text_length)
    speaker: str | None = None


@attrs.frozen
class Phrase:
    """Words of a statement that another source's version of the statement words differently.

    Attributes:
        span: where the words stand in the text.
        text: the words.
    """

    span: Span
    text: str = attrs.field(validator=_check_text_length)


Mention = Union[Quantity, DateMention, NameMention, Quote, Phrase]  # noqa: UP007 (a runtime alias)


def _check_id(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = f"{attribute.name}={value!r} must be a non-empty string"
        raise InvalidArgument(msg)


def _check_text(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        msg = f"{attribute.name}={value!r} must be a str"
        raise InvalidArgument(msg)
    if not value.strip():
        msg = f"{attribute.name}={value[:40]!r} is empty or only whitespace"
        raise InvalidArgument(msg)


def _check_published(_: object, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
    if value is not None and not isinstance(value, dt.date):
        msg = f"{attribute.name}={value!r} must be a datetime.date or None"
        raise InvalidArgument(msg)


def _to_date(value: object) -> object:
    """Accept an ISO string or a datetime; anything else is left to the validator."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            msg = f"published={value!r} is not an ISO date (YYYY-MM-DD)"
            raise InvalidArgument(msg) from None
    return value


@attrs.frozen
class Source:
    """One text to check against the others.

    Attributes:
        id: a unique, non-empty identifier ("001", "reuters", "draft").
        text: the text exactly as given; every offset in a report indexes it.
        published: the publication date; relative dates ("Friday") resolve against it.
        outlet: who published it.
        url: where it came from.
        title: its headline.
    """

    id: str = attrs.field(validator=_check_id)
    text: str = attrs.field(validator=_check_text, repr=lambda t: repr(t[:40] + "…"))
    published: dt.date | None = attrs.field(
        default=None, converter=_to_date, validator=_check_published
    )
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


@attrs.frozen
class Sentence:
    """A sentence of a source, by its span."""

    span: Span
    text: str = attrs.field(validator=_check_text_length)


@attrs.frozen
class Claim:
    """One checkable statement of a source: a value with the predicate and actors around it.

    Attributes:
        source: the id of the source that makes the claim.
        span: the sentence (or clause) that holds the claim.
        key: the normalized predicate or measure ("killed", "travel", "invest"), used to align.
        value: the compared value: a quantity, a date or a name.
        actors: the names that the claim is about.
        negated: whether the statement is negated ("was not released").
        attribution: who the source says made the claim ("Trump", "Caracas authorities"), if anyone.
        context: the lower-cased content words of the sentence, for fuzzy alignment.
        holder: the person a figure is given for, when one is named just before it ("Mitt
            Romney leads with 21 percent"), else None.
    """

    source: str
    span: Span
    key: str
    value: Mention
    actors: tuple[NameMention, ...] = ()
    negated: bool = False
    attribution: str | None = None
    context: str = ""
    holder: NameMention | None = None


@attrs.frozen
class Citation:
    """A value in one source that a finding rests on, with the sentence around it."""

    source: str
    mention: Mention
    sentence: Span

    @property
    def span(self) -> Span:
        """The span of the compared value itself."""
        return self.mention.span

    @property
    def text(self) -> str:
        """The compared value's own words."""
        return self.mention.text


@attrs.frozen
class Finding:
    """An agreement, a conflict or a single-source claim, with its evidence in every source.

    Attributes:
        id: stable within a report ("F001").
        kind: agreement, conflict or single-source.
        aspect: what is compared: quantity, date, name, quote or statement.
        key: the aligned claims' predicate or measure.
        citations: the values compared, one or more per source.
        confidence: in [0, 1].
        explanation: one sentence quoting the sources' own words.
    """

    id: str
    kind: FindingKind = attrs.field(converter=FindingKind)
    aspect: Aspect = attrs.field(converter=Aspect)
    key: str
    citations: tuple[Citation, ...]
    confidence: float = attrs.field()
    explanation: str

    @confidence.validator
    def _check_confidence(self, attribute: attrs.Attribute[float], value: float) -> None:
        if not 0.0 <= value <= 1.0:
            msg = f"{attribute.name}={value!r} must be in [0, 1]"
            raise InvalidArgument(msg)

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources cited, in order of first citation."""
        return tuple(dict.fromkeys(c.source for c in self.citations))

    def _repr_html_(self) -> str:
        """The notebook view of this finding (see :func:`factcheck.html.finding_html`)."""
        from factcheck.html import finding_html  # noqa: PLC0415 (html imports this module)

        return finding_html(self)


@attrs.frozen
class Entity:
    """One person, organization or place, with every mention of it across the sources."""

    id: str
    canonical: str
    kind: str
    mentions: tuple[tuple[str, NameMention], ...]
