"""Claim building: from a source's sentences and mentions to checkable claims.

A claim is one value (a figure, a date, a named actor or a quotation) with the predicate around it
("killed", "traveled", "closed"), the actors named in its sentence, and whether it is negated or
attributed. A sentence holds as many claims as it has values.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import attrs

from factcheck._lexicon import (
    COUNT_NOUNS,
    COUNTED_NOUN_EVENTS,
    NEGATIONS,
    PREDICATES,
    SAYING,
    STOPWORDS,
)
from factcheck.model import (
    Claim,
    DateMention,
    Granularity,
    Mention,
    NameMention,
    Quantity,
    Quote,
    Sentence,
    Source,
    Span,
)
from factcheck.normalize.dates import parse_dates
from factcheck.normalize.names import GENERATIONAL, fold

__all__ = ["Extraction", "build_claims", "find_quotes", "is_boilerplate"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Quoted stretches: typographic or straight double quotes, on one line.
_QUOTE = re.compile(r"“([^”\n]{1,2000})”|\"([^\"\n]{1,2000})\"")
_QUOTE_MIN_WORDS = 4
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|stated|states|declared|insisted|"
    r"claimed|claims|asked|explained|noted|according to)\b",
    re.IGNORECASE,
)
# How far from a quotation its verb of saying, and from the verb its speaker, may stand.
_SPEECH_REACH = 25
_SPEAKER_REACH = 25
# Names longer than this end too far from where they start to be found by their start alone.
_LONGEST_NAME = 200
# Where a claim's predicate is looked for: this many characters either side of the value.
_PREDICATE_WINDOW = 130
# Matched against the lower-cased sentence: four times faster than IGNORECASE.
_BOILERPLATE = re.compile(
    r"you can now listen|click here|sign up for|subscribe to|all rights reserved|"
    r"photo:|image:|getty images|\(ap photo|reporting by|editing by|follow us on|"
    r"read more:|related:|advertisement"
)
_SKIPPED_QUANTITY_KINDS = frozenset({"ordinal", "year"})
# Keys that name what a figure counts ("members", "residents"), not an event a date can date:
# "sent an e-mail to committee members Saturday" is no membership dated Saturday.
_COUNTED_KEYS = frozenset({"member", "population"})
M = TypeVar("M", Quantity, DateMention, NameMention, Quote)
_T = TypeVar("_T")
_Word = tuple[int, int, str]


@attrs.frozen
class Extraction:
    """Everything the extraction stages found in one source."""

    source: Source
    sentences: tuple[Sentence, ...]
    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    names: tuple[NameMention, ...]
    quotes: tuple[Quote, ...]


def is_boilerplate(sentence: str) -> bool:
    """Whether a sentence is site furniture rather than a statement ("You can now listen ...").

    >>> is_boilerplate("NEW You can now listen to Fox News articles!")
    True
    >>> is_boilerplate("Caracas authorities say the assault killed 100 people.")
    False
    """
    return _BOILERPLATE.search(sentence.lower()) is not None


def find_quotes(text: str, names: Sequence[NameMention] = ()) -> list[Quote]:
    """Find quoted words of at least four words, with their speaker where the text names one.

    The speaker is a person named beside a verb of saying that stands right before or after the
    quotation ("“…,” said Dilsia Caro", "Trump wrote: “…”"); otherwise the speaker is unknown.

    >>> [q.text for q in find_quotes('He said “we are making tremendous progress” today.')]
    ['we are making tremendous progress']
    """
    people, starts = _by_start([n for n in names if n.kind == "person"])
    quotes: list[Quote] = []
    for m in _QUOTE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        inner = m.group(group)
        if len(inner.split()) < _QUOTE_MIN_WORDS:
            continue
        start, end = m.start(group), m.end(group)
        speaker = _speaker(text, people, starts, m.start(), m.end())
        quotes.append(Quote(Span(start, end), inner, speaker))
    return quotes


def _speaker(
    text: str, people: Sequence[NameMention], starts: Sequence[int], start: int, end: int
) -> str | None:
    """The person named beside a verb of saying right after or before the quotation.

    ``people`` sorted by start, ``starts`` their starts: only the few near the verb are looked at.
    """
    after = _SPEECH.search(text, end, min(len(text), end + _SPEECH_REACH))
    before = _SPEECH.search(text, max(0, start - _SPEECH_REACH), start)
    for verb in (after, before):
        if verb is None:
            continue
        lo = bisect.bisect_left(starts, verb.start() - _SPEAKER_REACH - _LONGEST_NAME)
        hi = bisect.bisect_right(starts, verb.end() + _SPEAKER_REACH)
        near = [
            p
            for p in people[lo:hi]
            if abs(p.span.start - verb.end()) <= _SPEAKER_REACH
            or abs(verb.start() - p.span.end) <= _SPEAKER_REACH
        ]
        if near:
            best = min(
                near,
                key=lambda p: min(abs(p.span.start - verb.end()), abs(verb.start() - p.span.end)),
            )
            return best.canonical
    return None


def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(m.start() + offset, m.end() + offset, m.group().lower()) for m in _WORD.finditer(text)]


def _capitalized(text: str, offset: int, words: Sequence[tuple[int, int, str]]) -> frozenset[int]:
    """Start offsets of capitalized words other than the sentence's first (``words`` are the
    sentence's words, from :func:`_words`)."""
    return frozenset(start for start, _, _ in words[1:] if text[start - offset].isupper())


def _predicate(
    words: _Ordered[_Word],
    span: Span,
    unit: str | None,
    capitalized: frozenset[int] = frozenset(),
    others: _Ordered[Span] | None = None,
    *,
    exclude: frozenset[str] = frozenset(),
) -> str:
    """The event key of the predicate nearest a value, within reach, that no other value of the
    sentence (``others``) stands nearer to, other than the keys in ``exclude``."""
    if unit is not None:
        base = unit.split("/")[0]
        if unit in COUNTED_NOUN_EVENTS:
            return COUNTED_NOUN_EVENTS[unit]
        if base in COUNTED_NOUN_EVENTS:
            return COUNTED_NOUN_EVENTS[base]
    best: tuple[int, str] | None = None
    # Only the words within reach are read: a sentence of thousands of figures costs each
    # figure its neighbourhood, not the whole sentence.
    reach = words.within(span.start - _PREDICATE_WINDOW - 1, span.end + _PREDICATE_WINDOW)
    for start, end, word in reach:
        if start in capitalized:
            continue  # "Charge d’Affaires", "Strike Force": a title or a name, not a predicate
        key = PREDICATES.get(word.replace("’", "'"))
        if key is None or key in exclude:
            continue
        distance = _distance(span, start, end)
        if distance > _PREDICATE_WINDOW or (best is not None and distance >= best[0]):
            continue
        near = others.within(start - distance, end + distance) if others else ()
        if any(_distance(o, start, end) < distance for o in near if o != span):
            continue  # "a total of $137.9 million, against a production budget of $175 million"
        best = (distance, key)
    return best[1] if best else ""


class _Ordered(Generic[_T]):
    """Items with start and end offsets (spans, or word tuples), in text order and not
    overlapping, so that those near a stretch are found by bisection."""

    def __init__(
        self, items: Sequence[_T], start: Callable[[_T], int], end: Callable[[_T], int]
    ) -> None:
        self.items = items
        self.starts = [start(i) for i in items]
        self.ends = [end(i) for i in items]

    def within(self, lo: int, hi: int) -> Sequence[_T]:
        """The items that end after ``lo`` and start before ``hi``."""
        return self.items[bisect.bisect_right(self.ends, lo) : bisect.bisect_left(self.starts, hi)]

    def last_ending_by(self, position: int, count: int) -> Sequence[_T]:
        """The last ``count`` items that end at or before ``position``."""
        k = bisect.bisect_right(self.ends, position)
        return self.items[max(0, k - count) : k]

    def last_before(self, position: int) -> _T | None:
        """The last item that ends at or before ``position``."""
        found = self.last_ending_by(position, 1)
        return found[0] if found else None

    def first_after(self, position: int) -> _T | None:
        """The first item that starts at or after ``position``."""
        k = bisect.bisect_left(self.starts, position)
        return self.items[k] if k < len(self.items) else None


def _distance(span: Span, start: int, end: int) -> int:
    """How far a word stands from a value; words after it ("100 people were killed") a little
    farther than they are."""
    if span.start <= start and end <= span.end:
        return 0
    if end <= span.start:
        return span.start - end
    return start - span.end + 5


def _context(words: Sequence[tuple[int, int, str]]) -> str:
    return " ".join(w for _, _, w in words if w not in STOPWORDS and len(w) > 1)


def _spans(spans: Sequence[Span]) -> _Ordered[Span]:
    return _Ordered(spans, lambda s: s.start, lambda s: s.end)


# A dateline: at the start of a line (or after the loader's "date YYYY-MM-DD" header), a place
# and a comma ("WASHINGTON, Jan 10", "Bristol, Tenn., Jan. 3"), then an agency in parentheses,
# a dash or the lead sentence.
_DATELINE_BEFORE = re.compile(
    r"(?:\A|\n|\bdate[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)[ \t]*"
    r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}(?:,[ \t]+[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?"
    r",[ \t]*\Z"
)
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[-–—:]|[A-Z])")
_DATELINE_REACH = 80
_HEADER_BEFORE = re.compile(r"(?:\A|\n)[ \t]*date[ \t]+\Z")


def _in_dateline(text: str, span: Span) -> bool:
    """Whether a date is a story's dateline, which says when it was filed, not what happened."""
    lo = max(0, span.start - _DATELINE_REACH)
    if _HEADER_BEFORE.search(text, lo, span.start):
        return True  # the loader's own "date YYYY-MM-DD" line
    return (
        _DATELINE_BEFORE.search(text, lo, span.start) is not None
        and _DATELINE_AFTER.match(text, span.end) is not None
    )


def _inside(spans: _Ordered[Span], span: Span) -> bool:
    return any(
        s.start <= span.start and span.end <= s.end for s in spans.within(span.start, span.end)
    )


def _negated(words: _Ordered[_Word], span: Span) -> bool:
    before = words.last_ending_by(span.start, 6)
    return any(w in NEGATIONS or w.endswith("n't") for _, _, w in before)


def _in(mentions: Sequence[M], starts: Sequence[int], sentence: Span) -> list[M]:
    """The mentions inside a sentence; ``mentions`` sorted by start, ``starts`` their starts.

    Bisection on the starts: the cost is the mentions found, not all the text's mentions.
    """
    lo = bisect.bisect_left(starts, sentence.start)
    hi = bisect.bisect_left(starts, sentence.end, lo)
    return [m for m in mentions[lo:hi] if m.span.end <= sentence.end]


def _by_start(mentions: Sequence[M]) -> tuple[list[M], list[int]]:
    ordered = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    return ordered, [m.span.start for m in ordered]


def build_claims(extraction: Extraction) -> list[Claim]:
    """Build the claims of one source from its extracted mentions.

    Every figure (other than ordinals and bare years), date, person named beside a predicate,
    and quotation of four words or more becomes a claim, keyed by its predicate.
    Boilerplate sentences make no claims.
    """
    source = extraction.source
    claims: list[Claim] = []
    quantities, quantity_starts = _by_start(extraction.quantities)
    dates, date_starts = _by_start(extraction.dates)
    quotes, quote_starts = _by_start(extraction.quotes)
    all_names, name_starts = _by_start(extraction.names)
    for sentence in extraction.sentences:
        if is_boilerplate(sentence.text):
            continue
        sspan = sentence.span
        words = _words(sentence.text, sspan.start)
        capitalized = _capitalized(sentence.text, sspan.start, words)
        context = _context(words)
        names = _in(all_names, name_starts, sspan)
        actors = tuple(n for n in names if n.kind in {"person", "organization", "place"})
        values: list[Mention] = []
        values += _in(quantities, quantity_starts, sspan)
        values += _lifespans(extraction.source.text, _in(dates, date_starts, sspan))
        values += _in(quotes, quote_starts, sspan)
        # Values of a kind compete for the words around them: "a total of $137.9 million,
        # against a production budget of $175 million". A date and a figure share their verb
        # ("killed 100 people on Friday").
        figures = _spans(
            [
                v.span
                for v in values
                if isinstance(v, Quantity) and v.kind not in _SKIPPED_QUANTITY_KINDS
            ]
        )
        days = _spans([v.span for v in values if isinstance(v, DateMention)])
        # "15 years" in "approved 15 years ago": the resolved date says it; the figure is no
        # claim of its own (unresolved, it is the only thing to compare, and stays)
        resolved = _spans([v.span for v in values if isinstance(v, DateMention) and v.resolved])
        people = _Ordered(
            [n for n in names if n.kind == "person"], lambda n: n.span.start, lambda n: n.span.end
        )
        ordered_words = _Ordered(words, lambda w: w[0], lambda w: w[1])
        for found in values:
            if isinstance(found, Quantity) and (
                found.kind in _SKIPPED_QUANTITY_KINDS or _inside(resolved, found.span)
            ):
                continue
            if isinstance(found, DateMention) and _in_dateline(source.text, found.span):
                continue  # "WASHINGTON, Jan 10 (Reuters) -": when the story was filed
            value = _with_implied_unit(source.text, found) if isinstance(found, Quantity) else found
            unit = value.unit if isinstance(value, Quantity) else None
            key = (
                _lifespan_key(source.text, value)
                or _setting_key(source.text, value)
                or _said_key(source.text, value)
                or _predicate(
                    ordered_words,
                    value.span,
                    unit,
                    capitalized,
                    figures if isinstance(value, Quantity) else days,
                    exclude=frozenset() if isinstance(value, Quantity) else _COUNTED_KEYS,
                )
            )
            if isinstance(value, Quantity) and value.kind == "age":
                key = "age:" + _age_owner(source.text, people, value)
            claims.append(
                Claim(
                    source=source.id,
                    span=sspan,
                    key=key,
                    value=value,
                    actors=actors,
                    negated=_negated(ordered_words, value.span),
                    attribution=value.speaker if isinstance(value, Quote) else None,
                    context=context,
                    holder=_holder(source.text, people, figures.starts, value)
                    if isinstance(value, Quantity)
                    else None,
                )
            )
    return claims


_LIFESPAN_DASH = re.compile(r"\s*[–—-]\s*")


def _lifespans(text: str, dates: Sequence[Mention]) -> list[Mention]:
    """Split a lifespan in parentheses ("(8 September 1838 – 2 March 1881)") into its two dates.

    Encyclopedic and news text gives birth and death this way; as one range it would compare
    with neither "born in 1838" nor "died on 3 March 1881". The parts keep their own spans; their
    predicates ("born", "died") are set by :func:`build_claims` from the lifespan's position.
    """
    out: list[Mention] = []
    for date in dates:
        if not (isinstance(date, DateMention) and _closes_parenthesis(text, date.span)):
            out.append(date)
            continue
        dash = _LIFESPAN_DASH.search(date.text)
        if dash is None:
            out.append(date)
            continue
        born = _part(date, 0, dash.start())
        died = _part(date, dash.end(), len(date.text))
        if born is None or died is None:
            out.append(date)
            continue
        out += (born, died)
    return out


def _part(date: DateMention, start: int, end: int) -> DateMention | None:
    """One end of a lifespan, as a date of its own (a bare year keeps the range's reading)."""
    text = date.text[start:end]
    found = parse_dates(text)
    if len(found) == 1:
        return attrs.evolve(found[0], span=found[0].span.shift(date.span.start + start))
    if date.granularity is Granularity.YEAR and text.isdigit() and date.start and date.end:
        # "1211–1255": years too early to read alone as dates are years inside this range.
        year = int(text)
        if date.start.year <= year <= date.end.year:
            return attrs.evolve(
                date,
                span=Span(date.span.start + start, date.span.start + end),
                text=text,
                start=dt.date(year, 1, 1),
                end=dt.date(year, 12, 31),
            )
    return None


_COUNT_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$")


# "spoken by two elderly individuals": people counted as the doers of a passive verb.
_AGENTS_OF = re.compile(
    r"\b(spoken|used|read|watched|visited|attended)\b[^.;:!?]{0,80}?[\s,]by\s+$", re.IGNORECASE
)
_AGENT_NOUNS = {
    "spoken": "speaker",
    "used": "user",
    "read": "reader",
    "watched": "viewer",
    "visited": "visitor",
    "attended": "attendee",
}
_PEOPLE_COUNTED = frozenset({None, "person", "individual"})


def _with_implied_unit(text: str, quantity: Quantity) -> Quantity:
    """A count with the unit its words imply.

    "a membership of 652,723" counts members (a counting noun before "of"); "spoken by two
    individuals" counts speakers (people as the doers of a passive verb). Without it, "a
    membership of 652,723" and "650,000 members" would be two measures.
    """
    if quantity.kind != "count":
        return quantity
    before = max(0, quantity.span.start - 120)
    unit: str | None = None
    if quantity.unit in _PEOPLE_COUNTED:
        agents = _AGENTS_OF.search(text, before, quantity.span.start)
        unit = _AGENT_NOUNS[agents.group(1).lower()] if agents else None
    if unit is None and quantity.unit is None:
        match = _COUNT_OF.search(text, before, quantity.span.start)
        unit = COUNT_NOUNS.get(match.group(1).lower()) if match else None
    return quantity if unit is None else attrs.evolve(quantity, unit=unit)


_PARENTHESIS_REACH = 120


def _closes_parenthesis(text: str, span: Span) -> bool:
    """Whether a date ends a parenthesis it opens or that is open before it.

    "(1838 – 1881)", and the last item of one: "(Persian: علاءالدین; 1211–1255)", "(née Smith,
    1920–2001)".
    """
    if _next_char(text, span.end) != ")":
        return False
    return _opens_parenthesis(text, span.start)


def _next_char(text: str, position: int) -> str:
    """The first character at or after ``position`` that is not white space ("" at the end).

    It reads only the white space it skips: a slice of the rest of the text per value would make
    a long text quadratic.
    """
    while position < len(text) and text[position].isspace():
        position += 1
    return text[position : position + 1]


def _previous_char(text: str, position: int) -> str:
    """The last character before ``position`` that is not white space ("" at the start)."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return text[position - 1 : position]


def _opens_parenthesis(text: str, start: int) -> bool:
    """Whether the words before ``start`` end "(" or "(...;" / "(...," with no ")" between."""
    before = text[max(0, start - _PARENTHESIS_REACH) : start].rstrip()
    if before.endswith("("):
        return True
    if not before.endswith((";", ",")):
        return False
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:] and "\n" not in before[opened:]


def _lifespan_key(text: str, value: Mention) -> str:
    """ "born" or "kill" (died) for a part of a lifespan, else ""."""
    if not isinstance(value, DateMention):
        return ""
    if _opens_parenthesis(text, value.span.start):
        return "born" if _next_char(text, value.span.end) in "–—-" else ""
    if (
        _previous_char(text, value.span.start) in ("–", "—", "-")
        and _next_char(text, value.span.end) == ")"
    ):
        return "kill"
    return ""


# "the county seat of 8,300 people", "a town of about 20,000": how many live there.
_POPULATION_BEFORE = re.compile(
    r"\b(?:town|towns|city|cities|village|county|community|country|nation|state|seat|suburb|"
    r"borough|municipality|island|region|district|province|population)\s+of\s+$",
    re.IGNORECASE,
)
# "There were between 100 and 200 people in the club": who was there, not what befell them.
_THERE_WERE_BEFORE = re.compile(
    r"\bthere\s+(?:were|was|are|is|had\s+been|have\s+been|will\s+be)\s+$", re.IGNORECASE
)
_PLACE_AFTER = re.compile(r"\s*(?:[,.;:)]|\s(?:in|at|inside|on|outside|near|when|as)\b|$)")
_SETTING_REACH = 40
_WERE_INSIDE_AFTER = re.compile(r"\s+(?:were|was)\s+(?:inside|in|at)\s+(?:the|a|an)\s", re.I)


# "Authorities said Monday", "told reporters on Capitol Hill Friday": the date of the saying.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+[A-Za-z]+){0,4}?|stated|added|tweeted|wrote)"
    r"(?:\s+(?:on|late|early|last|this))?\s+$",
    re.IGNORECASE,
)
_SAID_REACH = 60


def _said_key(text: str, value: Mention) -> str:
    """:data:`SAYING` for a date that follows a verb of saying: it dates the statement, not the
    event the statement reports ("Authorities said Monday a boy shot a girl last Friday")."""
    if not isinstance(value, DateMention):
        return ""
    before = text[max(0, value.span.start - _SAID_REACH) : value.span.start]
    return SAYING if _SAID_BEFORE.search(before) else ""


def _setting_key(text: str, value: Mention) -> str:
    """The key of a count that sets the scene rather than tells the event: a place's
    population ("a town of 20,000 people") or the people present ("there were 100 people in
    the club when the shooting began"), which the event's verb nearby must not claim."""
    if not isinstance(value, Quantity) or value.kind != "count":
        return ""
    before = text[max(0, value.span.start - _SETTING_REACH) : value.span.start]
    if _POPULATION_BEFORE.search(before):
        return "population"
    if _THERE_WERE_BEFORE.search(before) and _PLACE_AFTER.match(text, value.span.end):
        return "present"
    if _WERE_INSIDE_AFTER.match(text, value.span.end):
        return "present"  # "About 100 people were inside the theater when the shooting began"
    return ""


# "57-year-old Michael Oehme", "the 45-year-old suspect, Larry Gordon": the name that follows.
_AGE_THEN_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,?\s*$")
# "Dilsia Caro, 50,", "Norris Greenhouse Jr., 32": the name just before.
_NAME_THEN_AGE = re.compile(r"^[.,]?\s*,?\s*(?:aged\s+)?$")


_HOLDER_REACH = 60


def _holder(
    text: str, people: _Ordered[NameMention], figure_starts: Sequence[int], value: Quantity
) -> NameMention | None:
    """The person a figure is given for: the last person named before it in its sentence, at
    most a few words before and with no other figure between ("Mitt Romney leads the field with
    21 percent", "Trump and Mike Huckabee at 17 percent each"). ``figure_starts``: where the
    sentence's figures start, in text order.
    """
    last = people.last_before(value.span.start)
    if last is None or value.span.start - last.span.end > _HOLDER_REACH:
        return None
    k = bisect.bisect_left(figure_starts, value.span.start) - 1
    if k >= 0 and figure_starts[k] >= last.span.end:
        return None  # another figure stands between the name and this one
    gap = text[last.span.end : value.span.start]
    return None if any(mark in gap for mark in ".;:!?") else last


def _age_owner(text: str, people: _Ordered[NameMention], age: Quantity) -> str:
    """The person whose age this is, or "" when the sentence does not tie it to one.

    An age before a name is that person's ("57-year-old Michael Oehme", "the 45-year-old
    suspect, Larry Gordon"); an age set off after a name is that person's ("Dilsia Caro, 50,").
    In "61-year-old Joseph Zangaro and 63-year-old Ronald Kienzle" each age has its own owner.
    """
    if age.text.lower().endswith("old"):
        after = people.first_after(age.span.end)
        between = text[age.span.end : after.span.start] if after else ""
        if (
            after
            and _AGE_THEN_NAME.match(" " + between)
            and not any(w in STOPWORDS for w in between.replace(",", " ").split())
        ):
            return _owner_key(after)  # "the 45-year-old suspect, Larry Gordon", not
            # "a 29-year-old man from Fort Pierce"
    before = people.last_before(age.span.start)
    if before and _NAME_THEN_AGE.match(text[before.span.end : age.span.start]):
        return _owner_key(before)
    return ""


def _owner_key(person: NameMention) -> str:
    """A person's key for an age, with the generation the text gives: "Dwayne Jackson Jr., 10"
    and "Dwayne Jackson, 50" are a son and his father, whose names one key may join."""
    key = fold(person.canonical)
    last = person.text.rsplit(None, 1)[-1].lower().strip(".,")
    return f"{key} {last}" if last in GENERATIONAL and not key.endswith(last) else key
