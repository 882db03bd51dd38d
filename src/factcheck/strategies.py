"""Hypothesis strategies for testing text pipelines with factcheck.

Install the extra (``pip install factcheck[hypothesis]``) and draw figures, dates and names in the
surface forms the parsers support, whole sources, or clusters of sources with planted agreements
and conflicts together with the findings a correct checker must report::

    from hypothesis import given
    from factcheck import strategies as fst
    from factcheck.testing import assert_consistent

    @given(fst.sources())
    def test_summary_keeps_facts(source):
        assert_consistent(source, summarize(source), reference=source.id)

``import factcheck`` does not import this module, so hypothesis stays an optional dependency.

Every generated value comes with what it *means* (a :class:`~factcheck.model.Quantity`, a
:class:`~factcheck.model.DateMention`, a :class:`~factcheck.model.PersonName`): the value a parser
must read back. The word tables below (first names, surnames, places, sentence templates) were
written by the factcheck developers for this module from general knowledge; they hold no text from
any evaluation set.

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Collection, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from factcheck.errors import InvalidArgument
from factcheck.model import (
    Aspect,
    DateMention,
    Finding,
    FindingKind,
    Granularity,
    PersonName,
    Quantity,
    Source,
    Span,
)
from factcheck.report import Report

__all__ = [
    "Cluster",
    "PlantedFinding",
    "clusters",
    "date_texts",
    "dates",
    "name_variants",
    "person_names",
    "quantities",
    "quantity_texts",
    "sources",
]


# ------------------------------------------------------------------------------------ figures

#: The kinds :func:`quantities` draws, with the unit each is rendered in.
_KIND_UNITS = {"count": "person", "money": "USD", "percent": "percent", "measure": "km"}
_MAX_VALUE = 10**12  # "a trillion" is the largest scale word every form below can spell
_QUALIFIERS = ("about", "nearly", "some", "around", "roughly", "approximately", "almost")

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _words_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
    if rest:
        if rest < 20:
            tail = _ONES[rest]
        else:
            tens, ones = divmod(rest, 10)
            tail = _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
        parts.append(tail)
    return " and ".join(parts) if hundreds and rest else " ".join(parts)


def _number_words(n: int) -> str:
    """English words for a whole number below a trillion ("two thousand three hundred")."""
    if n == 0:
        return "zero"
    parts = []
    for scale, word in _SCALES:
        head, n = divmod(n, scale)
        if head:
            parts.append(f"{_words_below_1000(head)} {word}")
    if n:
        parts.append(_words_below_1000(n))
    return " ".join(parts)


def _digits(value: Decimal, *, commas: bool) -> str:
    if value == value.to_integral_value():
        return f"{int(value):,}" if commas else str(int(value))
    text = format(value.normalize(), "f")
    if commas:
        whole, _, frac = text.partition(".")
        return f"{int(whole):,}.{frac}"
    return text


def _scaled(value: Decimal) -> list[tuple[str, str]]:
    """``value`` as (number, scale word) pairs: 2500000 -> ("2.5", "million")."""
    out = []
    for scale, word in _SCALES:
        if value >= scale:
            head = value / scale
            # Two decimals at most, as news writes them ("1.25 billion").
            if head == head.quantize(Decimal("0.01")):
                out.append((_digits(head.normalize(), commas=True), word))
    return out


def _check_value(name: str, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        msg = f"{name}={value!r} must be an int or a Decimal"
        raise InvalidArgument(msg)
    number = Decimal(value)
    if not number.is_finite() or number < 0 or number > _MAX_VALUE:
        msg = f"{name}={value!r} must lie in [0, {_MAX_VALUE}]"
        raise InvalidArgument(msg)
    return number


def _check_subset(name: str, value: object, allowed: Collection[str]) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Collection):
        msg = f"{name}={value!r} must be a collection of strings, some of {sorted(allowed)!r}"
        raise InvalidArgument(msg)
    items = tuple(dict.fromkeys(value))
    unknown = [v for v in items if v not in allowed]
    if unknown or not items:
        msg = f"{name}={value!r} must be a non-empty collection of some of {sorted(allowed)!r}"
        raise InvalidArgument(msg)
    return items


def _render_quantity(value: Decimal, kind: str) -> str:
    """The canonical rendering of a figure: digits with thousands commas and the unit."""
    digits = _digits(value, commas=True)
    if kind == "count":
        return f"{digits} {'person' if value == 1 else 'people'}"
    if kind == "money":
        return f"${digits}"
    if kind == "percent":
        return f"{digits} percent"
    return f"{digits} km"


def _make_quantity(value: Decimal, kind: str) -> Quantity:
    text = _render_quantity(value, kind)
    return Quantity(Span(0, len(text)), text, value, value, unit=_KIND_UNITS[kind], kind=kind)


def quantities(
    *,
    min_value: int | Decimal = 0,
    max_value: int | Decimal = 10**9,
    kinds: Collection[str] = ("count", "money", "percent", "measure"),
) -> SearchStrategy[Quantity]:
    """Figures with a single exact value, each with its canonical text.

    A drawn quantity's ``text`` is its canonical rendering ("1,200 people", "$45", "12 percent",
    "40 km") and its span covers that text, so ``parse_quantities(q.text)`` should give back
    ``[q]``. Values are whole numbers, or decimals with up to two places for percentages.

    Args:
        min_value: the least value (an int or a Decimal, at least 0).
        max_value: the greatest value (at most a trillion).
        kinds: some of ``count`` (people), ``money`` (US dollars), ``percent`` and ``measure``
            (kilometres).

    Raises:
        InvalidArgument: a bound of the wrong type or out of range, ``min_value > max_value``, or
            an empty or unknown ``kinds``.

    >>> from hypothesis import find
    >>> q = find(quantities(min_value=40, max_value=40, kinds=["count"]), lambda q: True)
    >>> (q.text, q.low, q.unit)
    ('40 people', Decimal('40'), 'person')

    .. versionadded:: 0.1
    """
    low = _check_value("min_value", min_value)
    high = _check_value("max_value", max_value)
    if low > high:
        msg = f"min_value={min_value!r} must be <= max_value={max_value!r}"
        raise InvalidArgument(msg)
    chosen = _check_subset("kinds", kinds, _KIND_UNITS)
    first = int(low.to_integral_value(rounding=ROUND_CEILING))
    last = int(high.to_integral_value(rounding=ROUND_FLOOR))
    if first > last:
        msg = f"min_value={min_value!r} and max_value={max_value!r} hold no whole number"
        raise InvalidArgument(msg)
    values = st.integers(first, last).map(Decimal)
    percent_values = st.one_of(
        values,
        st.decimals(low, high, places=1, allow_nan=False, allow_infinity=False),
        st.decimals(low, high, places=2, allow_nan=False, allow_infinity=False),
    ).map(lambda d: d.normalize() if d != d.to_integral_value() else Decimal(int(d)))
    return st.sampled_from(chosen).flatmap(
        lambda kind: (percent_values if kind == "percent" else values).map(
            lambda v: _make_quantity(v, kind)
        )
    )


def _quantity_forms(q: Quantity, approximate: bool) -> list[str]:
    """Every surface form of ``q``'s single value in its unit."""
    value = q.value
    assert value is not None  # checked by quantity_texts
    plain = [_digits(value, commas=True)]
    if value == value.to_integral_value() and value >= 1000:
        plain.append(_digits(value, commas=False))
    words = []
    if value == value.to_integral_value() and value < 10**9:
        words.append(_number_words(int(value)))
    scaled = [f"{n} {w}" for n, w in _scaled(value)]
    if q.kind == "count":
        noun = "person" if value == 1 else "people"
        forms = [f"{n} {noun}" for n in plain + words + scaled]
    elif q.kind == "money":
        forms = [f"${n}" for n in plain + scaled]
        forms += [f"US${n}" for n in plain + scaled]
        forms += [f"USD {n}" for n in plain + scaled]
        noun = "dollar" if value == 1 else "dollars"
        forms += [f"{n} {noun}" for n in plain + words + scaled]
        abbreviations = {"million": ("m", "mn"), "billion": ("bn",)}
        forms += [f"${n}{a}" for n, w in _scaled(value) for a in abbreviations.get(w, ())]
    elif q.kind == "percent":
        forms = [f"{n}%" for n in plain] + [f"{n} percent" for n in plain + words]
        forms += [f"{n} per cent" for n in plain]
    else:
        forms = [f"{n} {u}" for n in plain + words for u in ("km", "kilometers", "kilometres")]
    if approximate:
        forms += [f"{qual} {f}" for f in forms for qual in _QUALIFIERS]
    return forms


def _coerce_strategy(name: str, value: object, kind: type) -> SearchStrategy[Any]:
    if isinstance(value, SearchStrategy):
        return value
    if isinstance(value, kind):
        return st.just(value)
    msg = f"{name}={value!r} must be a {kind.__name__} or a strategy of them"
    raise InvalidArgument(msg)


def _check_quantity(q: object) -> Quantity:
    if not isinstance(q, Quantity):
        msg = f"quantity={q!r} must be a Quantity"
        raise InvalidArgument(msg)
    if q.value is None or q.kind not in _KIND_UNITS or q.unit != _KIND_UNITS[q.kind]:
        msg = (
            f"quantity={q!r} must have a single value (low == high) and one of the units"
            f" {sorted(_KIND_UNITS.values())!r} that quantities() draws"
        )
        raise InvalidArgument(msg)
    return q


def quantity_texts(
    quantity: Quantity | SearchStrategy[Quantity], *, approximate: bool = False
) -> SearchStrategy[str]:
    """The same figure in many surface forms.

    Digits with or without thousands separators, number words ("two thousand three hundred"),
    scale words ("2.5 million"), currency before or after ("$45", "US$45", "USD 45",
    "45 dollars", "$2.5m", "$2.5mn", "$2.5bn"), "percent", "per cent" and "%", "km",
    "kilometers" and "kilometres".
    Each form parses to the same interval, unit and kind as ``quantity``.

    Args:
        quantity: a single-valued quantity in one of the units :func:`quantities` draws, or a
            strategy of them.
        approximate: also draw forms with a qualifier ("about 40 people"), which mark the figure
            approximate but keep its value.

    Raises:
        InvalidArgument: if ``quantity`` is not such a quantity (when it is a value, at once).

    >>> from hypothesis import find
    >>> q = find(quantities(min_value=2500000, max_value=2500000, kinds=["money"]), lambda q: True)
    >>> find(quantity_texts(q), lambda t: "bn" in t or "million" in t)
    '$2.5 million'

    .. versionadded:: 0.1
    """
    _check_flag("approximate", approximate)
    if not isinstance(quantity, SearchStrategy):
        _check_quantity(quantity)
    strategy = _coerce_strategy("quantity", quantity, Quantity)
    return strategy.flatmap(
        lambda q: st.sampled_from(_quantity_forms(_check_quantity(q), approximate))
    )


# ------------------------------------------------------------------------------------- dates

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH_ABBR = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MIN_DATE = dt.date(1000, 1, 1)
_MAX_DATE = dt.date(2999, 12, 31)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _render_date(d: dt.date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _make_date(d: dt.date) -> DateMention:
    text = _render_date(d)
    return DateMention(Span(0, len(text)), text, d, d, Granularity.DAY)


def _check_date(name: str, value: object) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        msg = f"{name}={value!r} must be a datetime.date"
        raise InvalidArgument(msg)
    if not _MIN_DATE <= value <= _MAX_DATE:
        msg = f"{name}={value!r} must lie in [{_MIN_DATE}, {_MAX_DATE}]"
        raise InvalidArgument(msg)
    return value


def dates(
    *, min_value: dt.date = dt.date(1900, 1, 1), max_value: dt.date = dt.date(2099, 12, 31)
) -> SearchStrategy[DateMention]:
    """Calendar days as resolved date mentions with their canonical text ("March 3, 2024").

    Args:
        min_value: the earliest day (not before 1000-01-01: earlier years are not written with
            four digits).
        max_value: the latest day (not after 2999-12-31).

    Raises:
        InvalidArgument: a bound that is not a ``datetime.date``, out of range, or
            ``min_value > max_value``.

    >>> from hypothesis import find
    >>> m = find(dates(min_value=dt.date(2024, 3, 3), max_value=dt.date(2024, 3, 3)), bool)
    >>> (m.text, m.start, m.granularity.value)
    ('March 3, 2024', datetime.date(2024, 3, 3), 'day')

    .. versionadded:: 0.1
    """
    low = _check_date("min_value", min_value)
    high = _check_date("max_value", max_value)
    if low > high:
        msg = f"min_value={min_value!r} must be <= max_value={max_value!r}"
        raise InvalidArgument(msg)
    return st.dates(low, high).map(_make_date)


def _date_forms(d: dt.date, reference: dt.date | None) -> list[str]:
    month, abbr, day, year = _MONTHS[d.month - 1], _MONTH_ABBR[d.month - 1], d.day, d.year
    forms = [
        f"{month} {day}, {year}",
        f"{abbr} {day}, {year}",
        f"{day} {month} {year}",
        f"{month} {_ordinal(day)}, {year}",
        f"the {_ordinal(day)} of {month} {year}",
        f"{_WEEKDAYS[d.weekday()]}, {month} {day}, {year}",
        d.isoformat(),
        f"{d.month}/{day}/{year}",
    ]
    if reference is not None:
        delta = (reference - d).days
        if reference.year == d.year and abs(delta) <= 90:
            forms += [f"{month} {day}", f"{abbr} {day}", f"{day} {month}"]
        if delta == 0:
            forms.append("today")
        elif delta == 1:
            forms.append("yesterday")
        elif delta == -1:
            forms.append("tomorrow")
        if 2 <= delta <= 9:
            forms += [f"{delta} days ago", f"{_number_words(delta)} days ago"]
        if 1 <= delta <= 6:
            forms.append(_WEEKDAYS[d.weekday()])
    return forms


def date_texts(
    date: dt.date | DateMention | SearchStrategy[dt.date] | SearchStrategy[DateMention],
    *,
    reference: dt.date | SearchStrategy[dt.date] | None = None,
) -> SearchStrategy[str]:
    """The same calendar day in many surface forms.

    Always: "March 3, 2024", "Mar. 3, 2024" (the AP's abbreviations), "3 March 2024",
    "March 3rd, 2024", "the 3rd of March 2024", "Sunday, March 3, 2024", "2024-03-03" and
    "3/3/2024" (month first). With a ``reference`` (the publication date) also the forms that need
    it: the day without its year when it lies within 90 days of the reference in the same year,
    "today", "yesterday", "tomorrow", "N days ago" (up to nine) and the bare weekday for a day
    one to six days before the reference. Each form resolves to ``date`` against ``reference``.

    Args:
        date: a day (a ``datetime.date``, or a day-granularity :class:`DateMention` as
            :func:`dates` draws), or a strategy of them.
        reference: the publication date relative forms resolve against, or a strategy of them.

    Raises:
        InvalidArgument: an argument of the wrong type, or a date mention that is not one day.

    >>> from hypothesis import find
    >>> find(date_texts(dt.date(2024, 3, 3), reference=dt.date(2024, 3, 5)), lambda t: "ago" in t)
    '2 days ago'

    .. versionadded:: 0.1
    """
    if not isinstance(date, SearchStrategy):
        _as_day(date)
    if reference is not None and not isinstance(reference, SearchStrategy):
        _check_date("reference", reference)
    days = _coerce_strategy("date", date, dt.date if isinstance(date, dt.date) else DateMention)
    refs: SearchStrategy[dt.date | None] = (
        st.none() if reference is None else _coerce_strategy("reference", reference, dt.date)
    )
    return st.tuples(days, refs).flatmap(
        lambda pair: st.sampled_from(
            _date_forms(
                _as_day(pair[0]),
                None if pair[1] is None else _check_date("reference", pair[1]),
            )
        )
    )


def _as_day(value: object) -> dt.date:
    if isinstance(value, DateMention):
        if value.start is None or value.start != value.end:
            msg = f"date={value!r} must be resolved to a single day"
            raise InvalidArgument(msg)
        return _check_date("date", value.start)
    return _check_date("date", value)


# ------------------------------------------------------------------------------------- names

# Given names and surnames from many languages, several with accents that the names stage folds.
_FIRST = (
    "Maria José Ana Carlos Lucía Andrés Sofía Miguel Elena Tomás Ingrid Lars Anneke Pieter "
    "Fatima Omar Amira Hassan Priya Rahul Anjali Vikram Mei Wei Yuki Kenji Olga Dmitri Agnieszka "
    "Tomasz Zoë Chloé François Hélène Jürgen Günter Björn Åsa Emily James Sarah David Grace "
    "Daniel Naomi Samuel Ruth Michael Laura Peter Helen Thomas Alice"
).split()
_LAST = (
    "García López Martínez Fernández Pérez Gómez Núñez Ibáñez Müller Schröder Köhler Jansen "
    "Bakker Visser Haddad Mansour Khalil Sharma Patel Iyer Chen Wang Tanaka Sato Ivanova "
    "Kowalski Nowak Dubois Lefèvre Mercier Lindqvist Sørensen Okafor Mensah Adeyemi Walsh "
    "Brennan Hughes Morrison Fletcher Whitaker Holloway Carter Bennett Thornton Ramsey"
).split()
_TITLES = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Sen.", "Gov.", "Judge", "President", "Minister")
_MALE_TITLES = frozenset({"Mr."})
_FEMALE_TITLES = frozenset({"Ms.", "Mrs."})


_EXTRA_FOLDS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).translate(_EXTRA_FOLDS)


def person_names(
    *, titles: bool = True, middle: bool = True, accents: bool = True
) -> SearchStrategy[PersonName]:
    """People's names as :class:`~factcheck.model.PersonName` parts.

    Args:
        titles: sometimes draw a title ("Dr.", "Sen.", "President").
        middle: sometimes draw a middle initial ("Maria T. García").
        accents: draw names with accents and other letters beyond ASCII ("Sørensen"); with
            ``False`` every part is ASCII.

    Raises:
        InvalidArgument: if an option is not a ``bool``.

    >>> from hypothesis import find
    >>> n = find(person_names(titles=False, middle=False, accents=False), lambda n: True)
    >>> n.title == n.middle == "" and n.first.isascii() and n.last[0].isupper()
    True

    .. versionadded:: 0.1
    """
    for name, value in (("titles", titles), ("middle", middle), ("accents", accents)):
        _check_flag(name, value)
    firsts = _FIRST if accents else tuple(dict.fromkeys(_fold(f) for f in _FIRST))
    lasts = _LAST if accents else tuple(dict.fromkeys(_fold(s) for s in _LAST))
    return st.builds(
        PersonName,
        title=st.sampled_from(("", *_TITLES)) if titles else st.just(""),
        first=st.sampled_from(firsts),
        middle=(
            st.sampled_from(("", *(f"{c}." for c in "ABCDEFGHJKLMNPRSTW")))
            if middle
            else st.just("")
        ),
        last=st.sampled_from(lasts),
    )


def _full(name: PersonName, *, title: bool = True, middle: bool = True) -> str:
    parts = [name.title if title else "", name.first, name.middle if middle else "", name.last]
    return " ".join(p for p in parts if p)


def _name_forms(name: PersonName) -> list[str]:
    forms = [_full(name), _full(name, title=False), _full(name, title=False, middle=False)]
    if name.title:
        forms.append(_full(name, middle=False))
        forms.append(f"{name.title} {name.last}")
    if _fold(name.first) != name.first or _fold(name.last) != name.last:
        forms.append(_fold(_full(name, title=False, middle=False)))
    forms.append(name.last)
    return list(dict.fromkeys(forms))


def _check_name(value: object) -> PersonName:
    if not isinstance(value, PersonName) or not value.first or not value.last:
        msg = f"name={value!r} must be a PersonName with a first and a last name"
        raise InvalidArgument(msg)
    return value


def name_variants(name: PersonName | SearchStrategy[PersonName]) -> SearchStrategy[str]:
    """Ways news writing refers to one person.

    The full name with and without its title and middle initial, the title with the surname
    ("Dr. García"), the name with its accents folded ("Jose Garcia"), and the surname alone. All
    denote the same person: a full form and a shorter one compare as ``agree`` or ``compatible``.

    Args:
        name: a person's name with a first and a last name, or a strategy of them.

    Raises:
        InvalidArgument: if ``name`` is not such a name.

    >>> from hypothesis import find
    >>> from factcheck.model import PersonName
    >>> find(name_variants(PersonName(first="José", last="García")), lambda t: t.isascii())
    'Jose Garcia'

    .. versionadded:: 0.1
    """
    if not isinstance(name, SearchStrategy):
        _check_name(name)
    return _coerce_strategy("name", name, PersonName).flatmap(
        lambda n: st.sampled_from(_name_forms(_check_name(n)))
    )


# ----------------------------------------------------------------------------- sources, clusters

_PLACES = (
    "Oaxaca Lisbon Mombasa Gdansk Valparaíso Tromsø Dundee Cebu Tabriz Arequipa Bergen Kisumu "
    "Tampere Salta Hobart Iloilo Coimbra Nantes Leuven Tartu"
).split()
_CLOSING = (
    "Residents described long queues outside the remaining shops.",
    "Further details were expected later in the week.",
    "Local radio stations interrupted their regular programmes.",
    "Volunteers handed out water and blankets at the town hall.",
    "The weather was forecast to improve over the coming days.",
)


@attrs.frozen
class _Template:
    aspect: str  # "quantity", "date" or "name"
    kind: str  # the quantity kind, or "" for dates and names
    text: str  # with one "{v}" slot and an optional "{place}"


# Each template states one fact in words no other template shares, so that two templates never
# describe the same fact and a changed slot is the only difference between two versions.
_TEMPLATES = (
    _Template("quantity", "count", "Officials in {place} said the earthquake killed {v}."),
    _Template("quantity", "count", "Rescue crews evacuated {v} from flooded villages upstream."),
    _Template("quantity", "count", "The new stadium in {place} has room for {v} at a time."),
    _Template("quantity", "money", "The council approved {v} to rebuild the harbour bridge."),
    _Template("quantity", "money", "Investigators said the smugglers had hidden {v} in crates."),
    _Template("quantity", "percent", "Turnout in the {place} referendum reached {v}."),
    _Template("quantity", "percent", "Unemployment among graduates fell to {v} last quarter."),
    _Template("quantity", "measure", "The pipeline will run {v} along the northern coast."),
    _Template("quantity", "measure", "Tremors were felt {v} away from the epicentre."),
    _Template("date", "", "The ceasefire between the rival militias took effect on {v}."),
    _Template("date", "", "The museum in {place} reopened to visitors on {v}."),
    _Template("date", "", "Parliament ratified the fisheries treaty on {v}."),
    _Template("name", "", "The inquiry into the collapse is led by {v}, the chief engineer."),
    _Template("name", "", "The award for investigative reporting went to {v} this year."),
    _Template("name", "", "Police said the stolen painting was recovered by {v} at dawn."),
)
_ASPECTS = ("quantity", "date", "name")


@attrs.frozen
class PlantedFinding:
    """A finding that a correct checker must report for a :class:`Cluster`.

    Attributes:
        kind: ``FindingKind.CONFLICT`` or ``FindingKind.AGREEMENT``.
        aspect: what the planted value is: ``quantity``, ``date`` or ``name``.
        a_source: the id of the source with the original value.
        a_span: where that value stands in ``a_source``.
        a_text: its words.
        b_source: the id of the other source.
        b_span: where the other source's value stands.
        b_text: its words (different words for a conflict, the same for an agreement).
    """

    kind: FindingKind
    aspect: Aspect
    a_source: str
    a_span: Span
    a_text: str
    b_source: str
    b_span: Span
    b_text: str

    def matches(self, finding: Finding) -> bool:
        """Whether ``finding`` cites words of both sides: a mention overlapping ``a_span`` in
        ``a_source`` and one overlapping ``b_span`` in ``b_source`` (its kind is not checked)."""
        cites = [(c.source, c.span) for c in finding.citations]
        return any(s == self.a_source and sp.overlaps(self.a_span) for s, sp in cites) and any(
            s == self.b_source and sp.overlaps(self.b_span) for s, sp in cites
        )

    def found_in(self, report: Report) -> bool:
        """Whether ``report`` holds a finding of this kind that :meth:`matches`."""
        return any(f.kind is self.kind and self.matches(f) for f in report.findings)

    def describe(self) -> str:
        """One line for failure messages."""
        return (
            f"{self.kind.value} ({self.aspect.value}): {self.a_source} {self.a_text!r}"
            f" [{self.a_span.start}:{self.a_span.end}] vs {self.b_source} {self.b_text!r}"
            f" [{self.b_span.start}:{self.b_span.end}]"
        )


@attrs.frozen
class Cluster:
    """Sources telling one story, with the agreements and conflicts planted in them.

    Attributes:
        sources: the sources; the first holds every original value.
        planted: what a correct checker reports, pairing the first source with each other one.
    """

    sources: tuple[Source, ...]
    planted: tuple[PlantedFinding, ...]

    @property
    def conflicts(self) -> list[PlantedFinding]:
        """The planted conflicts."""
        return [p for p in self.planted if p.kind is FindingKind.CONFLICT]

    @property
    def agreements(self) -> list[PlantedFinding]:
        """The planted agreements."""
        return [p for p in self.planted if p.kind is FindingKind.AGREEMENT]


def _check_size(name: str, value: object, *, least: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        msg = f"{name}={value!r} must be an int >= {least}"
        raise InvalidArgument(msg)
    return value


def _check_flag(name: str, value: object) -> None:
    if not isinstance(value, bool):
        msg = f"{name}={value!r} must be a bool"
        raise InvalidArgument(msg)


def _check_ids(ids: object) -> None:
    if ids is not None and not isinstance(ids, SearchStrategy):
        msg = f"ids={ids!r} must be a strategy of strings"
        raise InvalidArgument(msg)


def _size_strategy(name: str, value: object, *, least: int = 0) -> SearchStrategy[int]:
    if isinstance(value, SearchStrategy):
        return value
    return st.just(_check_size(name, value, least=least))


_IDS = st.text(
    alphabet=st.characters(categories=("Ll", "Lu", "Nd"), max_codepoint=0x24F),
    min_size=1,
    max_size=8,
)


_Meaning = Quantity | DateMention | PersonName


@functools.cache
def _slot_values(aspect: str, kind: str) -> SearchStrategy[_Meaning]:
    """The strategy for one kind of slot, built once: building strategies is not free."""
    if aspect == "quantity":
        top = 100 if kind == "percent" else 10**7
        return quantities(min_value=2, max_value=top, kinds=[kind])
    if aspect == "date":
        return dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))
    return person_names(titles=False)


def _value(draw: st.DrawFn, template: _Template) -> tuple[str, _Meaning]:
    """A value for the template's slot: its words and what they mean."""
    meaning = draw(_slot_values(template.aspect, template.kind))
    if isinstance(meaning, PersonName):
        return _full(meaning), meaning
    return meaning.text, meaning


def _changed(template: _Template, meaning: _Meaning, draw: st.DrawFn) -> str:
    """Different words for a different value: the conflicting version of a slot."""
    if template.aspect == "quantity":
        q = meaning
        assert isinstance(q, Quantity)
        assert q.value is not None
        # Ten times, or a tenth: far beyond any rounding tolerance ("40" / "400").
        factor = draw(st.sampled_from((Decimal(10), Decimal("0.1") if q.value >= 20 else 10)))
        new = (q.value * factor).quantize(Decimal(1)) if q.kind != "percent" else q.value * factor
        return _render_quantity(new.normalize() if new != int(new) else Decimal(int(new)), q.kind)
    if template.aspect == "date":
        m = meaning
        assert isinstance(m, DateMention)
        assert m.start is not None
        shift = draw(st.integers(3, 400)) * draw(st.sampled_from((-1, 1)))
        return _render_date(m.start + dt.timedelta(days=shift))
    old = meaning
    assert isinstance(old, PersonName)
    # Another first name and another surname: a different person, never a variant of the same.
    first = (_FIRST.index(old.first) + draw(st.integers(1, len(_FIRST) - 1))) % len(_FIRST)
    last = (_LAST.index(old.last) + draw(st.integers(1, len(_LAST) - 1))) % len(_LAST)
    return _full(attrs.evolve(old, first=_FIRST[first], last=_LAST[last]))


def _same_value_forms(meaning: _Meaning) -> list[str]:
    """Other words for the same value, that need no reference date and no earlier mention."""
    if isinstance(meaning, Quantity):
        return _quantity_forms(meaning, approximate=False)
    if isinstance(meaning, DateMention):
        assert meaning.start is not None
        return _date_forms(meaning.start, None)
    # A surname alone or a title needs the person introduced first: full names only.
    return [f for f in _name_forms(meaning) if len(f.split()) > 1 and not f.startswith(_TITLES)]


@attrs.frozen
class _Slot:
    template: _Template
    place: str
    words: str
    meaning: _Meaning


def _render(
    slots: Sequence[_Slot], closing: str, changes: dict[int, str]
) -> tuple[str, list[Span]]:
    """The text of one source, and the span of each slot's value in it."""
    parts: list[str] = []
    spans: list[Span] = []
    offset = 0
    for i, slot in enumerate(slots):
        words = changes.get(i, slot.words)
        head, _, tail = slot.template.text.partition("{v}")
        head = head.format(place=slot.place)
        tail = tail.format(place=slot.place)
        start = offset + len(head)
        spans.append(Span(start, start + len(words)))
        sentence = f"{head}{words}{tail}"
        parts.append(sentence)
        offset += len(sentence) + 1
    parts.append(closing)
    return " ".join(parts), spans


@st.composite
def _cluster(
    draw: st.DrawFn,
    *,
    n_sources: SearchStrategy[int],
    n_conflicts: SearchStrategy[int],
    n_facts: SearchStrategy[int],
    aspects: tuple[str, ...],
    ids: SearchStrategy[str],
    forms: bool,
) -> Cluster:
    count = draw(n_sources)
    pool = [t for t in _TEMPLATES if t.aspect in aspects]
    facts = min(draw(n_facts), len(pool))
    conflicts = min(draw(n_conflicts), facts)
    templates = draw(st.permutations(pool))[:facts]
    places = draw(st.permutations(_PLACES))
    slots = []
    for i, t in enumerate(templates):
        words, meaning = _value(draw, t)
        slots.append(_Slot(t, places[i], words, meaning))
    closing = draw(st.sampled_from(_CLOSING))
    source_ids = draw(st.lists(ids, min_size=count, max_size=count, unique=True))
    published = draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
    # Each conflict is planted in one source other than the first, in a slot of its own.
    changed_slots = draw(st.permutations(range(facts)))[:conflicts]
    changes: dict[int, dict[int, str]] = {k: {} for k in range(count)}
    changed: dict[int, set[int]] = {k: set() for k in range(count)}
    for slot_index in changed_slots:
        k = draw(st.integers(1, count - 1))
        slot = slots[slot_index]
        changes[k][slot_index] = _changed(slot.template, slot.meaning, draw)
        changed[k].add(slot_index)
    if forms:
        for k in range(count):
            for i, slot in enumerate(slots):
                if i not in changed[k]:
                    changes[k][i] = draw(st.sampled_from(_same_value_forms(slot.meaning)))
    texts = [_render(slots, closing, changes[k]) for k in range(count)]
    sources = tuple(
        Source(id=source_ids[k], text=texts[k][0], published=published) for k in range(count)
    )
    planted: list[PlantedFinding] = []
    a_text, a_spans = texts[0]
    for k in range(1, count):
        b_text, b_spans = texts[k]
        for i, slot in enumerate(slots):
            kind = FindingKind.CONFLICT if i in changed[k] else FindingKind.AGREEMENT
            planted.append(
                PlantedFinding(
                    kind=kind,
                    aspect=Aspect(slot.template.aspect),
                    a_source=source_ids[0],
                    a_span=a_spans[i],
                    a_text=a_spans[i].slice(a_text),
                    b_source=source_ids[k],
                    b_span=b_spans[i],
                    b_text=b_spans[i].slice(b_text),
                )
            )
    return Cluster(sources=sources, planted=tuple(planted))


def clusters(
    *,
    min_sources: int = 2,
    max_sources: int = 4,
    conflicts: int | SearchStrategy[int] = st.integers(0, 2),  # noqa: B008 (strategies are immutable)
    facts: int | SearchStrategy[int] = st.integers(1, 5),  # noqa: B008
    aspects: Collection[str] = _ASPECTS,
    ids: SearchStrategy[str] | None = None,
    forms: bool = False,
) -> SearchStrategy[Cluster]:
    """Sources about one story with planted agreements and conflicts, and the expected findings.

    Every source tells the same facts in the same sentences; a planted conflict changes one value
    in one source other than the first, in the forms the engine supports: a figure ten times
    larger or smaller ("killed 40 people" / "killed 400 people"), a different day ("March 3, 2024"
    / "March 9, 2024"), or a different person in an otherwise identical sentence. Each unchanged
    value is a planted agreement. :attr:`Cluster.planted` pairs the first source with every other.

    Args:
        min_sources: the least number of sources (at least 2).
        max_sources: the greatest number of sources.
        conflicts: how many values to change (at most one per fact), or a strategy of that.
        facts: how many facts each source states (at most 15), or a strategy of that.
        aspects: some of ``quantity``, ``date`` and ``name``: the kinds of facts to draw.
        ids: a strategy of source ids (default: short alphanumeric strings).
        forms: write each agreeing value in a surface form of its own in every source ("1,200
            people" / "one thousand two hundred people", "March 3, 2024" / "3 March 2024",
            "José García" / "Jose Garcia"), as :func:`quantity_texts`, :func:`date_texts` and
            :func:`name_variants` draw them; conflicting values keep the canonical form.

    Raises:
        InvalidArgument: ``min_sources < 2``, ``min_sources > max_sources``, a negative count,
            ``conflicts`` greater than ``facts`` when both are numbers, or unknown ``aspects``.

    >>> from hypothesis import find
    >>> c = find(clusters(min_sources=2, max_sources=2, conflicts=1, facts=1), lambda c: True)
    >>> [p.kind.value for p in c.planted]
    ['conflict']

    .. versionadded:: 0.1
    """
    low = _check_size("min_sources", min_sources, least=2)
    high = _check_size("max_sources", max_sources, least=2)
    if low > high:
        msg = f"min_sources={min_sources!r} must be <= max_sources={max_sources!r}"
        raise InvalidArgument(msg)
    chosen = _check_subset("aspects", aspects, _ASPECTS)
    if not isinstance(facts, SearchStrategy):
        _check_size("facts", facts, least=1)
        pool = sum(t.aspect in chosen for t in _TEMPLATES)
        if facts > pool:
            msg = f"facts={facts!r} must be <= {pool}, the templates for aspects={chosen!r}"
            raise InvalidArgument(msg)
    if (
        not isinstance(conflicts, SearchStrategy)
        and not isinstance(facts, SearchStrategy)
        and _check_size("conflicts", conflicts) > facts
    ):
        msg = f"conflicts={conflicts!r} must be <= facts={facts!r}"
        raise InvalidArgument(msg)
    _check_ids(ids)
    _check_flag("forms", forms)
    return _cluster(
        n_sources=st.integers(low, high),
        n_conflicts=_size_strategy("conflicts", conflicts),
        n_facts=_size_strategy("facts", facts, least=1),
        aspects=chosen,
        ids=_IDS if ids is None else ids,
        forms=forms,
    )


@st.composite
def _source(
    draw: st.DrawFn, n_facts: SearchStrategy[int], ids: SearchStrategy[str], dated: bool
) -> Source:
    count = min(draw(n_facts), len(_TEMPLATES))
    templates = draw(st.permutations(_TEMPLATES))[:count]
    places = draw(st.permutations(_PLACES))
    slots = []
    for i, t in enumerate(templates):
        words, meaning = _value(draw, t)
        slots.append(_Slot(t, places[i], words, meaning))
    text, _ = _render(slots, draw(st.sampled_from(_CLOSING)), {})
    published = draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))) if dated else None
    return Source(id=draw(ids), text=text, published=published)


def sources(
    *,
    min_size: int = 1,
    max_size: int = 6,
    ids: SearchStrategy[str] | None = None,
    published: bool = True,
) -> SearchStrategy[Source]:
    """News-like sources: sentences stating figures, dates and names, each a checkable claim.

    Args:
        min_size: the least number of fact sentences (at least 1).
        max_size: the greatest number (at most 15; a closing sentence without facts follows).
        ids: a strategy of ids (default: short alphanumeric strings).
        published: whether to give each source a publication date.

    Raises:
        InvalidArgument: sizes out of range or ``min_size > max_size``, or a bad ``ids``.

    >>> from hypothesis import find
    >>> s = find(sources(min_size=1, max_size=1), lambda s: True)
    >>> s.text.endswith(".") and s.published is not None
    True

    .. versionadded:: 0.1
    """
    low = _check_size("min_size", min_size, least=1)
    high = _check_size("max_size", max_size, least=1)
    if low > high or high > len(_TEMPLATES):
        msg = f"min_size={min_size!r}, max_size={max_size!r}: need 1 <= min_size <= max_size <= 15"
        raise InvalidArgument(msg)
    _check_ids(ids)
    _check_flag("published", published)
    return _source(st.integers(low, high), _IDS if ids is None else ids, published)
