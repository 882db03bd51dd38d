"""Date expressions in running text, resolved against a reference date with their granularity.

:func:`parse_dates` finds "January 9", "Jan. 15", "2026-01-10", "March 2019", "the 1990s",
"mid-2019", "Q3 2025", "the 19th century", "Friday", "last week", "two days ago", "from March to May
2019", "since 2019" and many more, and resolves each to an inclusive interval of days with a
granularity. Relative expressions resolve against ``reference`` (a source's publication date);
without one they are reported unresolved, never against the machine's clock.

:func:`compare_dates` says whether two mentions agree, are compatible, conflict or cannot be
compared. The rules are written in ``docs/explanation/dates.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings
from typing import NamedTuple

from factcheck.errors import InvalidArgument
from factcheck.model import DateMention, Granularity, Span, Verdict
from factcheck.normalize import _dates_patterns as P
from factcheck.normalize._calendar import (
    AMBIGUOUS_MONTHS,
    CARDINALS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    VAGUE_COUNTS,
    WEEKDAYS,
)

__all__ = ["compare_dates", "parse_dates"]

_D = dt.date
_DAY1 = dt.timedelta(days=1)
_DAY0 = dt.timedelta(0)
_G = Granularity
_ORDER = {
    _G.DAY: 0,
    _G.WEEK: 1,
    _G.MONTH: 2,
    _G.QUARTER: 3,
    _G.YEAR: 4,
    _G.DECADE: 5,
    _G.CENTURY: 6,
}


class _V(NamedTuple):
    """An interval under construction; ``md`` keeps a yearless (month, day) for re-resolution."""

    lo: dt.date | None
    hi: dt.date | None
    gran: Granularity
    rel: bool = False
    ok: bool = True
    olo: bool = False
    ohi: bool = False
    md: tuple[int, int | None] | None = None


class _Atom(NamedTuple):
    start: int
    end: int
    kind: str
    v: _V
    weak: bool = False


_UNRESOLVED = {g: _V(None, None, g, rel=True, ok=False) for g in _G}


# ---------------------------------------------------------------- calendar arithmetic


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return _D(year, 12, 31)
    return _D(year, month + 1, 1) - _DAY1


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    return _D(year, m + 1, min(d.day, _month_end(year, m + 1).day))


def _add_years(d: dt.date, n: int) -> dt.date:
    year = d.year + n
    if d.month == 2 and d.day == 29 and not _is_leap(year):
        return _D(year, 2, 28)
    return d.replace(year=year)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _month(year: int, month: int) -> _V:
    return _V(_D(year, month, 1), _month_end(year, month), _G.MONTH)


def _year(year: int) -> _V:
    return _V(_D(year, 1, 1), _D(year, 12, 31), _G.YEAR)


def _quarter(year: int, q: int) -> _V:
    return _V(_D(year, 3 * q - 2, 1), _month_end(year, 3 * q), _G.QUARTER)


def _half(year: int, h: int) -> _V:
    return _V(_D(year, 6 * h - 5, 1), _month_end(year, 6 * h), _G.QUARTER)


def _week(d: dt.date) -> _V:
    s = _week_start(d)
    return _V(s, s + dt.timedelta(days=6), _G.WEEK)


def _day(d: dt.date, *, rel: bool = False) -> _V:
    return _V(d, d, _G.DAY, rel=rel)


def _first_thursday_week(year: int, month: int) -> dt.date:
    first = _D(year, month, 1)
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    return _week_start(thursday)


def _last_thursday_week(year: int, month: int) -> dt.date:
    last = _month_end(year, month)
    thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    return _week_start(thursday)


def _iso_week(year: int, n: int) -> dt.date:
    return _first_thursday_week(year, 1) + dt.timedelta(weeks=n - 1)


def _nearest_md(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The date with this month and day nearest to ``ref`` (ties go to the past)."""
    best: dt.date | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1, ref.year - 2, ref.year + 2, ref.year + 3):
        try:
            d = _D(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
        if (month != 2 or day != 29) and year == ref.year + 1:
            break
    return best


def _nearest_month(month: int, ref: dt.date) -> int:
    """The year in which ``month`` lies nearest to ``ref`` (ties go to the past)."""
    best_year, best_dist = ref.year, 10**9
    for year in (ref.year - 1, ref.year, ref.year + 1):
        lo, hi = _D(year, month, 1), _month_end(year, month)
        dist = 0 if lo <= ref <= hi else min(abs((lo - ref).days), abs((hi - ref).days))
        if dist < best_dist:
            best_year, best_dist = year, dist
    return best_year


def _shift(d: dt.date, n: float, unit: str) -> dt.date:
    """Move ``d`` by ``n`` units (negative: into the past); hours and minutes count from noon."""
    u = unit.lower()
    whole = int(n)
    if u.startswith(("business", "working")):
        step = 1 if n >= 0 else -1
        left = abs(whole)
        while left:
            d += dt.timedelta(days=step)
            if d.weekday() < 5:
                left -= 1
        return d
    if u.startswith("day"):
        if n == whole:
            return d + dt.timedelta(days=whole)
        return (dt.datetime(d.year, d.month, d.day, 12) + dt.timedelta(days=n)).date()
    if u.startswith(("week", "wk")):
        return d + dt.timedelta(weeks=n)
    if u.startswith("fortnight"):
        return d + dt.timedelta(weeks=2 * n)
    if u.startswith("mo"):
        return _add_months(d, whole)
    if u.startswith("quarter"):
        return _add_months(d, 3 * whole)
    if u in ("y", "yr", "yrs") or u.startswith("year"):
        return _add_years(d, whole)
    if u.startswith("decade"):
        return _add_years(d, 10 * whole)
    if u.startswith("centur"):
        return _add_years(d, 100 * whole)
    if u.startswith("h"):
        return (dt.datetime(d.year, d.month, d.day, 12) + dt.timedelta(hours=n)).date()
    if u.startswith("m"):
        return (dt.datetime(d.year, d.month, d.day, 12) + dt.timedelta(minutes=n)).date()
    return d


def _unit_gran(unit: str) -> Granularity:
    u = unit.lower()
    if u.startswith(("week", "wk", "fortnight")):
        return _G.WEEK
    if u.startswith("mo"):
        return _G.MONTH
    if u.startswith("quarter"):
        return _G.QUARTER
    if u in ("y", "yr", "yrs") or u.startswith("year"):
        return _G.YEAR
    if u.startswith("decade"):
        return _G.DECADE
    if u.startswith("centur"):
        return _G.CENTURY
    return _G.DAY


# ---------------------------------------------------------------- number words


def _word_number(s: str) -> int | None:
    """'twenty-first' -> 21, 'fifteen' -> 15, '21st' -> 21, '09' -> 9."""
    s = s.lower().strip()
    m = re.match(r"(\d+)", s)
    if m:
        return int(m.group(1))
    total = 0
    for w in re.split(r"[\s-]+", s):
        if w in ORDINALS:
            total += ORDINALS[w]
        elif w in CARDINALS:
            total += CARDINALS[w]
        elif w in ("and", "the"):
            continue
        else:
            return None
    return total


def _word_year(s: str) -> int | None:
    """'nineteen ninety six' -> 1996, 'two thousand and five' -> 2005, '2019' -> 2019."""
    s = s.lower().strip()
    if s.isdigit():
        return int(s)
    words = [w for w in re.split(r"[\s-]+", s) if w != "and"]
    if len(words) >= 2 and words[0] == "two" and words[1] == "thousand":
        rest = _word_number(" ".join(words[2:])) if words[2:] else 0
        return None if rest is None else 2000 + rest
    if not words:
        return None
    hi = CARDINALS.get(words[0])
    if hi is None:
        return None
    rest_words = words[1:]
    if rest_words and rest_words[0] == "hundred":
        rest_words = rest_words[1:]
    if rest_words and rest_words[0] in ("zero", "oh"):
        rest_words = rest_words[1:]
    lo = _word_number(" ".join(rest_words)) if rest_words else 0
    if lo is None or lo > 99:
        return None
    return hi * 100 + lo


def _count(s: str) -> float | None:
    s = " ".join(s.lower().split())
    if s in VAGUE_COUNTS:
        return float(VAGUE_COUNTS[s])
    if s[:1].isdigit():
        return float(s.replace(",", "."))
    n = _word_number(s)
    return None if n is None else float(n)


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < 40 else 1900 + yy


def _mon(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _wd(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def _year_of(s: str | None) -> int | None:
    if s is None:
        return None
    y = _word_year(s)
    if y is None or not 1 <= y <= 9999:
        return None
    return y


# ---------------------------------------------------------------- resolution helpers


def _md_value(month: int, day: int | None, year: int | None, ref: dt.date | None) -> _V | None:
    """A month-day (or month) with or without its year; without a year it needs ``ref``."""
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None:
        try:
            if day is None:
                return _month(year, month)
            return _day(_D(year, month, day))
        except ValueError:
            return None
    if day is not None and day > _month_end(2000, month).day:
        return None
    gran = _G.MONTH if day is None else _G.DAY
    if ref is None:
        return _V(None, None, gran, rel=True, ok=False, md=(month, day))
    if day is None:
        v = _month(_nearest_month(month, ref), month)
        return v._replace(rel=True, md=(month, None))
    d = _nearest_md(month, day, ref)
    if d is None:
        return None
    return _V(d, d, _G.DAY, rel=True, md=(month, day))


def _with_year(v: _V, year: int) -> _V | None:
    """Re-resolve a yearless month-day in ``year``."""
    if v.md is None:
        return v
    month, day = v.md
    return _md_value(month, day, year, None)


def _weekday_near(wd: int, ref: dt.date) -> dt.date:
    """News convention: the most recent such day on or before the reference."""
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


def _rel_weekday(mod: str | None, wd: int, ref: dt.date) -> dt.date:
    m = " ".join((mod or "").lower().split())
    ws = _week_start(ref)
    if m in ("next", "following", "the following"):
        return ws + dt.timedelta(days=7 + wd)
    if m in ("previous", "the previous", "prior"):
        return ws + dt.timedelta(days=wd - 7)
    if m in ("last", "past", "this past"):
        return ref - dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
    if m in ("coming", "upcoming", "this coming", "this upcoming"):
        return ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
    if m == "this":
        return ws + dt.timedelta(days=wd)
    return _weekday_near(wd, ref)


def _rel_offset(mod: str) -> int:
    m = mod.lower().split()[-1]
    if m in ("last", "past", "previous", "prior"):
        return -1
    if m in ("next", "coming", "upcoming", "following"):
        return 1
    return 0


# ---------------------------------------------------------------- the tense of a clause

#: Where a clause starts or ends: a sentence end, a semicolon, a colon, a line break, a quote.
_CLAUSE_EDGE = re.compile(r"[.!?;:](?=\s|$)|[\n\"“”]")
#: A full stop after these is an abbreviation ("Mr. Rhodes", "the U.S. envoy"), not an edge.
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "ms",
        "mrs",
        "dr",
        "st",
        "jr",
        "sr",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "sgt",
        "det",
        "lt",
        "no",
    }
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")
#: A verb phrase about the future: "will meet", "is scheduled to appear", "plans to".
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t)\b|\w['’]ll\b|\bshould\b(?!\s+have)|"
    r"\b(?:is|are|am|'s|'re)\s+(?:(?:not|also|now|still)\s+)?"
    r"(?:going|scheduled|set|due|expected|slated|planned|poised|supposed|likely|to\s+be)\b|"
    r"\b(?:plans?|intends?|hopes?|aims?|vows?|promises?|pledges?|likely)\s+to\b",
    re.IGNORECASE,
)
#: Substrings one of which every match of ``_FUTURE`` holds (a cheap test first).
_FUTURE_HINTS = (
    "will",
    "shall",
    "won",
    "'ll",
    "’ll",
    "should",
    "going",
    "schedul",
    "set ",
    "due",
    "expect",
    "slated",
    "planned",
    "poised",
    "suppos",
    "likely",
    "to be",
    "plan",
    "intend",
    "hope",
    "aim",
    "vow",
    "promis",
    "pledg",
)
#: A reporting verb: "He will appear in court, police said Tuesday" dates the saying.
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|announced|announces|reported|reports|according|added|confirmed)\b",
    re.IGNORECASE,
)
#: A finite past-tense verb narrating the clause: an irregular one, or a lower-case word in -ed.
_PAST = re.compile(
    r"\b(?:(?i:was|were|had|did)|came|went|took|left|got|made|saw|found|began|gave|became|fled|ran|"
    r"won|lost|met|held|sent|spent|kept|brought|thought|fought|caught|bought|knew|grew|threw|"
    r"wrote|spoke|broke|chose|rose|fell|stood|sat|led|paid|heard|felt|built|struck|told|said|"
    r"(?P<ed>[a-z]{2,}ed))\b"
)
#: Words in -ed that are not past verbs.
_NOT_PAST_ED = frozenset(
    {
        "need",
        "speed",
        "seed",
        "feed",
        "weed",
        "deed",
        "breed",
        "greed",
        "creed",
        "bleed",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
        "hundred",
        "bed",
        "red",
        "shed",
        "wed",
        "embed",
        "sled",
        "biased",
        "based",
        "armed",
        "alleged",
        "called",
        "named",
        "related",
        "united",
        "limited",
        "advanced",
        "detailed",
        "interested",
        "concerned",
        "unprecedented",
        "expected",
        "planned",
        "scheduled",
        "proposed",
        "suspected",
        "accused",
    }
)
#: A first, a record or a perfect negation before "in <duration>": the duration looks back.
_RECORD_BEFORE = re.compile(
    r"\b(?:first|only|highest|lowest|best|worst|biggest|largest|smallest|greatest|most|least|"
    r"deadliest|longest|shortest|strongest|weakest|fastest|slowest|hottest|coldest|wettest|"
    r"driest|heaviest|busiest|sharpest|steepest|record|"
    r"(?:has|have|had|having)(?:\s+not|\s+never|n['’]t)|not\s+having|"
    r"(?:hasn|haven|hadn)['’]t)\b",
    re.IGNORECASE,
)
#: After a duration, words that show it is not an offset: an age ("13 years old"), a compound
#: ("an hours-long standoff"), a role ("after eight years as minority leader"), the direction of
#: an offset that starts here ("moved in a couple of years ago").
_NOT_AN_OFFSET_AFTER = re.compile(
    r"-[a-z]|[\s-]+old\b|\s+(?:as|ago|earlier|later|before|back|prior)\b", re.IGNORECASE
)
#: "in a year when neither party is popular", "in a week of protests": a period described.
_CLAUSE_AFTER_PERIOD = re.compile(
    r"\s+(?:when|that|where|which|in\s+which|during\s+which|of|like|full)\b", re.IGNORECASE
)
_ORDINAL_SECOND = re.compile(r"an?\s+second", re.IGNORECASE)
#: Offsets that count from an event of the story, not from the publication date, when the
#: clause narrates the past: "three weeks later, he was arrested", "a day earlier".
_STORY_DIRECTIONS = frozenset({"later", "earlier", "before", "prior", "after"})
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*\s+$")
_SUBJECT_WORDS = frozenset(
    {
        "i",
        "he",
        "she",
        "himself",
        "herself",
        "itself",
        "themselves",
        "it",
        "we",
        "they",
        "you",
        "who",
        "which",
        "that",
        "and",
        "also",
        "then",
        "later",
        "had",
        "was",
        "were",
        "been",
        "being",
        "is",
        "are",
        "be",
    }
)
#: A past that looks ahead ("was scheduled for", "was supposed to", "would"): not a tell.
_FUTURE_IN_PAST = re.compile(
    r"\b(?:would|scheduled|set\s+(?:to|for)|expected|supposed|planned|due|slated|postponed|"
    r"delayed|moved|rescheduled|until|till|to\s+be|intended|hoped|aimed|vowed|promised|pledged|"
    r"(?:was|were)\s+[a-z]+ing)\b",
    re.IGNORECASE,
)


def _is_edge(text: str, c: re.Match[str]) -> bool:
    if c.group() != ".":
        return True
    w = _WORD_BEFORE.search(text, max(0, c.start() - 4), c.start())
    if w is None:
        return True
    word = w.group(1)
    return not ((len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS)


def _clause_before(text: str, s: int) -> str:
    """The words of the clause before offset ``s`` (at most 160 characters back)."""
    lo = max(0, s - 160)
    for c in reversed(list(_CLAUSE_EDGE.finditer(text, lo, s))):
        if _is_edge(text, c):
            return text[c.end() : s]
    return text[lo:s]


def _clause_after(text: str, e: int) -> str:
    """The words of the clause after offset ``e`` (at most 120 characters on)."""
    hi = min(len(text), e + 120)
    for c in _CLAUSE_EDGE.finditer(text, e, hi):
        if _is_edge(text, c):
            return text[e : c.start()]
    return text[e:hi]


def _future_clause(text: str, s: int) -> bool:
    """The clause before ``s`` speaks of the future ("Obama will meet Sanders on Thursday")."""
    window = text[max(0, s - 160) : s].lower()
    if not any(w in window for w in _FUTURE_HINTS) or not _FUTURE.search(window):
        return False  # most dates: no need to find the clause
    before = _clause_before(text, s)
    last = None
    for f in _FUTURE.finditer(before):
        last = f
    if last is None or _REPORTING.search(before, last.end()):
        return False
    # "who plans to support the effort, tried on Tuesday": a finite past verb after the future
    # one dates another event ("will be held Monday": a participle after "be" does not)
    for p in _PAST.finditer(before, last.end()):
        ed = p.group("ed")
        if ed in _NOT_PAST_ED or p.group().lower() in ("was", "were", "had", "did"):
            continue
        prev = _PREV_WORD.search(before, last.end(), p.start())
        passive = prev is not None and prev.group(1).lower() in _PASSIVE_AUXILIARIES
        if not passive and not _BY_AFTER.match(before, p.end()):  # "the areas ravaged by"
            return False
    return True


def _story_offset(direction: str, text: str, s: int, e: int) -> bool:
    """A count 'later' or 'earlier' counts from the story unless it speaks from the writer's
    now: alone ("two days later") or about the future ("will meet again two weeks later").
    A count 'before' or 'after' with no anchor does so in a clause that narrates the past."""
    if direction in ("later", "earlier"):
        alone = not _clause_before(text, s).strip() and not _clause_after(text, e).strip(" .?!")
        return not alone and not _future_clause(text, s)
    return _past_clause(text, s, e)


def _past_clause(text: str, s: int, e: int, *, strict: bool = False) -> bool:
    """The clause around ``s``-``e`` narrates a past event, with nothing looking ahead.

    ``strict``: a word in -ed counts only after a subject it can be the verb of (a pronoun, a
    name, "who", "and", an auxiliary, a word opening the clause): "Flynn stepped down", "police
    arrested", not "keep the government funded".
    """
    words = _clause_before(text, s) + " " + _clause_after(text, e)
    if _FUTURE_IN_PAST.search(words) or _FUTURE.search(words):
        return False
    return _has_past_verb(words, strict=strict)


def _past_verb_follows(text: str, s: int, e: int) -> bool:
    """A past verb right after a date, before any comma: "on Saturday accelerated his plans"."""
    after = _clause_after(text, e).split(",", 1)[0]
    return _has_past_verb(text[s:e] + after, strict=True)


def _has_past_verb(words: str, *, strict: bool) -> bool:
    for p in _PAST.finditer(words):
        ed = p.group("ed")
        if not ed:
            return True
        if ed in _NOT_PAST_ED:
            continue
        if not strict:
            return True
        prev = _PREV_WORD.search(words, 0, p.start())
        if prev is None:
            continue
        head = words[: prev.start()].rstrip()
        if (
            prev.group(1)[0].isupper()
            or prev.group(1).lower() in _SUBJECT_WORDS
            or not head
            or not head[-1].isalpha()  # "On April 8, police arrested"
        ):
            return True
    return False


def _unit_period(unit: str, ref: dt.date, k: int) -> _V | None:
    """The calendar unit containing ``ref`` moved by ``k`` units ("next month": k=1)."""
    u = unit.lower()
    if u.startswith("weekend"):
        sat = _week_start(ref) + dt.timedelta(days=5 + 7 * k)
        return _V(sat, sat + _DAY1, _G.WEEK)
    if u.startswith("work"):
        mon = _week_start(ref) + dt.timedelta(days=7 * k)
        return _V(mon, mon + dt.timedelta(days=4), _G.WEEK)
    if u.startswith("week"):
        return _week(ref + dt.timedelta(weeks=k))
    if u.startswith("fortnight"):
        fs = _week_start(ref) + dt.timedelta(weeks=2 * k)
        return _V(fs, fs + dt.timedelta(days=13), _G.WEEK)
    if u.startswith("month"):
        d = _add_months(ref.replace(day=1), k)
        return _month(d.year, d.month)
    if u.startswith("quarter"):
        q0 = (ref.month - 1) // 3 + k
        y, q = divmod(q0, 4)
        return _quarter(ref.year + y, q + 1)
    if u.startswith(("year", "calendar")):
        return _year(ref.year + k)
    if u.startswith("decade"):
        s = ref.year // 10 * 10 + 10 * k
        return _V(_D(s, 1, 1), _D(s + 9, 12, 31), _G.DECADE)
    if u.startswith("centur"):
        s = ref.year // 100 * 100 + 100 * k
        return _V(_D(s, 1, 1), _D(s + 99, 12, 31), _G.CENTURY)
    return None


# ---------------------------------------------------------------- the scanner's handlers


def _handle(
    m: re.Match[str], kind: str, ref: dt.date | None, dayfirst: bool, text: str
) -> _Atom | None:
    g = m.group

    def o(name: str) -> str:
        """The group as written (the scanner sees the lower-cased text)."""
        a, b = m.span(name)
        return text[a:b]

    s, e = m.span(kind)
    v: _V | None = None
    weak = False
    if kind == "dr":
        a, b = _word_number(g("dr_a")), _word_number(g("dr_b"))
        if a is None or b is None or not 1 <= a < b <= 31:
            return None
        if g("dr_m"):
            if _ambiguous_month_word(o("dr_m")) and not g("dr_y") and o("dr_m")[0].islower():
                return None
            month = _mon(g("dr_m"))
            lo = _md_value(month, a, _year_of(g("dr_y")), ref)
            if lo is None:
                return None
            hi = _md_value(month, b, lo.lo.year if lo.lo else None, None) if lo.lo else None
            v = _range(lo, hi) if hi else lo._replace(hi=None)
            if not lo.ok:
                v = _UNRESOLVED[_G.DAY]
        elif ref is None:
            v = _UNRESOLVED[_G.DAY]
        else:
            base = _add_months(ref.replace(day=1), _rel_offset(g("dr_r")))
            try:
                v = _V(base.replace(day=a), base.replace(day=b), _G.DAY, rel=True)
            except ValueError:
                return None
    elif kind == "dq":
        a, b = _word_number(g("dq_a")), _word_number(g("dq_b"))
        if a is None or b is None or not 1 <= a < b <= 31:
            return None
        month = _mon(g("dq_m"))
        hi = _md_value(month, b, _year_of(g("dq_y")), ref)
        if hi is None:
            return None
        if not hi.ok or hi.lo is None:
            v = _UNRESOLVED[_G.DAY]
        else:
            v = _V(hi.lo.replace(day=a), hi.hi, _G.DAY, rel=hi.rel)
    elif kind == "mr":
        a, b = _word_number(g("mr_a")), _word_number(g("mr_b"))
        if a is None or b is None or not 1 <= a < b <= 31:
            return None
        if _ambiguous_month_word(o("mr_m")) and not g("mr_y") and o("mr_m")[0].islower():
            return None
        month = _mon(g("mr_m"))
        lo = _md_value(month, a, _year_of(g("mr_y")), ref)
        if lo is None:
            return None
        if not lo.ok or lo.lo is None:
            v = _UNRESOLVED[_G.DAY]
        else:
            try:
                v = _V(lo.lo, lo.lo.replace(day=b), _G.DAY, rel=lo.rel)
            except ValueError:
                return None
    elif kind == "nr":
        v = _numeric_range(m, ref, dayfirst)
    elif kind == "yrr":
        a = int(g("yrr_a"))
        braw = g("yrr_b")
        if len(braw) == 2:
            b = a // 100 * 100 + int(braw)
            if b != a + 1:
                return None
        else:
            b = int(braw)
        if not a < b <= a + 200:
            return None
        v = _V(_D(a, 1, 1), _D(b, 12, 31), _G.YEAR)
    elif kind == "iso":
        ms = g("iso_m")
        month = int(ms) if ms.isdigit() else _mon(ms)
        v = _md_value(month, int(g("iso_d")), int(g("iso_y")), None)
    elif kind == "dn":
        day = _word_number(g("dn_d"))
        if day is None or not 1 <= day <= 31:
            return None
        if ref is None:
            v = _UNRESOLVED[_G.DAY]
        else:
            base = _add_months(ref.replace(day=1), _rel_offset(g("dn_r")))
            try:
                v = _day(base.replace(day=day), rel=True)
            except ValueError:
                return None
    elif kind == "cp":
        raw = g("cp_v")
        v = _md_value(int(raw[4:6]), int(raw[6:]), int(raw[:4]), None)
    elif kind == "nd":
        if g("nd_c4") and (g("nd_s") != "/" or P.COUNT_AFTER.match(text, e)):
            return None
        v = _numeric_dmy(g("nd_a"), g("nd_b"), g("nd_c") or g("nd_c4"), g("nd_s"), dayfirst)
    elif kind == "nm":
        v = _md_value(_mon(g("nm_m")), int(g("nm_d")), int(g("nm_y")), None)
    elif kind == "wn":
        if g("wn_a"):
            a, b = int(g("wn_a")), int(g("wn_b"))
            month, day = (b, a) if (dayfirst or a > 12) and b <= 12 else (a, b)
        else:
            month, day = _mon(g("wn_m")), int(g("wn_d"))
        if not 1 <= month <= 12:
            return None
        v = _md_value(month, day, None, ref)
        if v is not None and v.ok and ref is not None and g("wn_mod"):
            mod = g("wn_mod").lower()
            if mod == "next" and v.lo is not None and v.lo <= ref:
                v = _with_year(v, v.lo.year + 1)
            elif mod == "this" and v.lo is not None and v.lo.year != ref.year:
                v = _with_year(v, ref.year)
    elif kind == "md":
        mon_s = o("md_m")
        day = _word_number(g("md_d"))
        year = _year_of(g("md_y"))
        if g("md_a"):
            year = _two_digit_year(int(g("md_a")))
        if day is None:
            return None
        if (
            year is None
            and _ambiguous_month_word(mon_s)
            and (mon_s[0].islower() or mon_s.isupper())
        ):
            return None
        if year is None and _looks_like_count(text, e):
            return None
        if g("md_y") is None and g("md_t") is not None:
            e = m.start("md_t")
            e = _rstrip(text, m.start(kind), e)
        v = _md_value(_mon(mon_s), day, year, ref)
    elif kind == "dm":
        mon_s = o("dm_m")
        day = _word_number(g("dm_d"))
        year = _year_of(g("dm_y"))
        two = g("dm_a") or g("dm_o")
        if two:
            year = _two_digit_year(int(two))
        if day is None or _CURRENCY_BEFORE.search(text, max(0, s - 3), s):
            return None
        if (
            year is None
            and _ambiguous_month_word(mon_s)
            and (mon_s[0].islower() or mon_s.isupper())
            and not g("dm_of")
        ):
            return None
        dtext = g("dm_d").lower()
        if dtext in CARDINALS and not g("dm_of") and year is None and not mon_s[0].isupper():
            return None
        v = _md_value(_mon(mon_s), day, year, ref)
    elif kind == "ym":
        year = int(g("ym_y") or g("ym_y2"))
        if g("ym_mn"):
            mon_s = o("ym_mn")
            if _ambiguous_month_word(mon_s) and mon_s[0].islower() and "," not in m.group(kind):
                return None
            v = _month(year, _mon(mon_s))
        else:
            mm = g("ym_mm")
            if len(mm) == 2 and int(mm) == (year + 1) % 100 and g("ym_s") in "-/":
                v = _V(_D(year, 1, 1), _D(year + 1, 12, 31), _G.YEAR)
            elif g("ym_s") == "." and len(mm) == 2:
                return None
            else:
                v = _month(year, int(mm))
    elif kind == "my":
        year = _year_of(g("my_y"))
        if g("my_r"):
            if ref is None:
                return _Atom(s, e, kind, _UNRESOLVED[_G.MONTH])
            year = ref.year + _rel_offset(g("my_r"))
        two = g("my_a") or g("my_o")
        if two:
            year = _two_digit_year(int(two))
        if year is None:
            return None
        mon_s = o("my_m")
        if _ambiguous_month_word(mon_s) and mon_s[0].islower() and not _has_context(text, s):
            return None
        v = _month(year, _mon(mon_s))._replace(rel=bool(g("my_r")))
    elif kind == "ny":
        v = _month(int(g("ny_y")), int(g("ny_m")))
    elif kind == "ms":
        a, b = int(g("ms_a")), int(g("ms_b"))
        month, day = (b, a) if (dayfirst or a > 12) and b <= 12 else (a, b)
        if (a, b) in ((24, 7), (9, 11)) or not 1 <= month <= 12:
            if (a, b) == (9, 11):
                v = _day(_D(2001, 9, 11))
            else:
                return None
        elif _looks_like_fraction(text, s, e, (a, b)):
            return None
        else:
            v = _md_value(month, day, None, ref)
    elif kind == "mo":
        v = _md_value(_mon(g("mo_m")), int(g("mo_d")), None, ref)
    elif kind == "q":
        y1, y2 = g("q_y1"), g("q_y2")
        if y1 and y2:
            return None
        ystr = y1 or y2
        if g("q_h"):
            if ystr is None:
                return None
            v = _half(int(ystr), int(g("q_h")))
        elif ystr:
            v = _quarter(int(ystr), int(g("q_n")))
        elif ref is None:
            v = _UNRESOLVED[_G.QUARTER]
        else:
            v = _quarter(ref.year, int(g("q_n")))._replace(rel=True)
    elif kind == "qw":
        v, weak = _quarter_words(m, ref)
    elif kind == "ce":
        n = int(g("ce_n")) if g("ce_n") else _word_number(g("ce_w"))
        if n is None or not 1 <= n <= 22:
            return None
        lo_y = max(1, (n - 1) * 100)
        v = _V(_D(lo_y, 1, 1), _D(n * 100 - 1, 12, 31), _G.CENTURY)
    elif kind == "de":
        v = _decade(m, ref)
    elif kind == "ho":
        v = _holiday(m, ref)
        if v is not None and v.lo is not None and (g("ho_wk1") or g("ho_wk2")):
            v = _holiday_weekend(v.lo)._replace(rel=v.rel)
    elif kind == "wk":
        n = int(g("wk_n"))
        if g("wk_y"):
            year = int(g("wk_y"))
        elif ref is None:
            v = _UNRESOLVED[_G.WEEK]
            year = 0
        else:
            year = ref.year + (_rel_offset(g("wk_r")) if g("wk_r") else 0)
        if year:
            s0 = _iso_week(year, n)
            v = _V(s0, s0 + dt.timedelta(days=6), _G.WEEK, rel=not g("wk_y"))
    elif kind == "wo":
        v = _week_of(m, ref)
    elif kind == "nw":
        v = _nth_weekday_of(m, ref)
    elif kind == "fn":
        if g("fn_p"):
            per = _unit_period(g("fn_p"), ref, 0) if ref is not None else _UNRESOLVED[_G.YEAR]
            v = _part_of(m, per._replace(rel=True)) if per is not None else None
        else:  # joined with the period that follows ("of 2021") in _combine, or dropped
            v, weak = _UNRESOLVED[_G.DAY], True
    elif kind == "an":
        if ref is None:
            v = _UNRESOLVED[_G.WEEK]
        else:
            k = 2 if g("an_d").lower().startswith("after") else -2
            v = _unit_period(g("an_u"), ref, k)
            v = v._replace(rel=True) if v else None
    elif kind == "el":
        v = _earlier_later(g("el_m"), g("el_u"), ref)
    elif kind == "ro":
        if ref is None:
            v = _UNRESOLVED[_G.DAY]
        else:
            per = _unit_period(g("ro_u"), ref, 0)
            if per is not None and per.hi is not None:
                last_day = per.hi
                if g("ro_u").lower() == "week":
                    last_day = _week_start(ref) + dt.timedelta(days=6)
                v = _V(ref, last_day, _G.DAY, rel=True)
    elif kind == "ytd":
        v = _UNRESOLVED[_G.DAY] if ref is None else _V(_D(ref.year, 1, 1), ref, _G.DAY, rel=True)
    elif kind == "ww":
        if ref is None:
            v = _UNRESOLVED[_G.DAY]
        else:
            k = _rel_offset(g("ww_k"))
            d = _week_start(ref) + dt.timedelta(days=7 * k + _wd(g("ww_w")))
            v = _day(d, rel=True)
    elif kind == "rp":
        unit = g("rp_u")
        if ref is None:
            v = _UNRESOLVED[_unit_gran(unit) if not unit.lower().startswith("q") else _G.QUARTER]
        else:
            mod = " ".join(g("rp_m").lower().split())
            if mod in ("following", "previous") and (
                _THE_BEFORE.search(text, max(0, s - 5), s)
                or m.group(kind).lower().startswith("the")
            ):
                return None  # "the following year" points back into the story
            per = _rolling(m.group(kind), mod, unit, ref, of_after=bool(_OF_AFTER.match(text, e)))
            if per is None:
                per = _unit_period(unit, ref, _rel_offset(mod))
            v = per._replace(rel=True) if per else None
    elif kind == "ft":
        unit = g("ft_u").lower()
        if ref is None:
            v = _UNRESOLVED[_unit_gran(unit)]
        else:
            per = _day(ref) if unit == "day" else _unit_period(unit, ref, 0)
            v = per._replace(rel=True) if per is not None else None
    elif kind == "se":
        v = _season(m, ref, text)
    elif kind == "twe":
        v = _the_weekend(text, s, e, ref)
    elif kind == "wi":
        if ref is None or _OF_AFTER.match(text, e):
            v = _UNRESOLVED[_G.DAY]  # "within a minute of the shooting": of a story event
        else:
            far = _duration_shift(ref, g("wi_dur"), 1)
            v = None if far is None else _V(ref, far, _G.DAY, rel=True)
    elif kind == "sp":
        v = _span_of(g("sp_m"), g("sp_n"), g("sp_u"), ref)
    elif kind == "sq":
        if not g("sq_u").endswith("s") and _count(g("sq_n")) != 1:
            return None  # "only 3 next week": a count, then "next week"
        v = _span_of(g("sq_m"), g("sq_n"), g("sq_u"), ref)
    elif kind == "of":
        v = _offset(g("of_dur"), g("of_d"), ref)
        direction = g("of_d").lower()
        if (
            v is not None
            and direction in _STORY_DIRECTIONS
            and _story_offset(direction, text, s, e)
        ):
            v = _UNRESOLVED[_G.DAY]  # "he was arrested three weeks later": after a story event
        if v is not None and direction in ("before", "after", "prior", "from"):
            weak = True
            if direction == "before" and _end_of_phrase(text, e):
                weak = False
    elif kind == "sg":
        if g("sg_dur"):
            v = _offset(g("sg_dur"), "ago" if g("sg_op") == "-" else "later", ref)
        elif g("sg_dur2"):
            if not g("sg_dur2")[:1].isdigit():
                return None  # "-- a day after the meeting": a dash, not a minus sign
            v = _offset(g("sg_s") + g("sg_dur2"), "later", ref)
        else:
            if _NOT_AN_OFFSET_AFTER.match(text, e) or _ORDINAL_SECOND.fullmatch(g("sg_after")):
                return None  # "after 13 years old", "after an hours-long standoff", "a second"
            v = _offset(g("sg_after"), "later", ref)
            if v is not None and _past_clause(text, s, e):
                v = _UNRESOLVED[_G.DAY]  # "the marriage ended after 20 years"
    elif kind == "eo":
        if ref is None:
            v = _UNRESOLVED[_unit_gran(g("eo_u"))]
        else:
            per = _unit_period(g("eo_u"), ref, 0)
            v = _modify(per, g("eo_w")) if per is not None else None
            v = v._replace(rel=True) if v is not None else None
    elif kind == "in":
        if _FREQUENCY_BEFORE.search(text, max(0, s - 12), s):
            return None  # "17 hours in a month", "twice in a year": a rate, not a date
        if _NOT_AN_OFFSET_AFTER.match(text, e) or _CLAUSE_AFTER_PERIOD.match(text, e):
            # "moved in a couple of years ago" (the offset is "a couple of years ago"), "an
            # hours-long standoff", "in a year when …", "in a year of protests"
            return None
        before = _clause_before(text, s)
        if _RECORD_BEFORE.search(before) and not _FUTURE.search(before):
            # "the first in 22 days", "the worst drought in 50 years", "hasn't rained in weeks":
            # the stretch of time before the reference, as "the past 22 days"
            if ref is None:
                return _Atom(s, e, kind, _UNRESOLVED[_G.DAY])
            back = _duration_shift(ref, g("in_dur"), -1)
            return None if back is None else _Atom(s, e, kind, _V(back, ref, _G.DAY, rel=True))
        v = _offset(g("in_dur"), "later", ref)
    elif kind == "rd":
        word = " ".join(g("rd_w").lower().split())
        delta = 0
        if "after tomorrow" in word or "after tmrw" in word:
            delta = 2
        elif "before yesterday" in word:
            delta = -2
        elif word.startswith(("tomorrow", "tmrw")):
            delta = 1
        elif word.startswith("yesterday") or word == "last night":
            delta = -1
        if word == "today" and _USA_BEFORE.search(text, max(0, s - 4), s):
            return None  # the newspaper
        v = _UNRESOLVED[_G.DAY] if ref is None else _day(ref + dt.timedelta(days=delta), rel=True)
    elif kind == "wd":
        wd = _wd(g("wd_w"))
        dtext = g("wd_d")
        day = _word_number(dtext)
        if day is None or not 1 <= day <= 31:
            return None
        if not (g("wd_the") or dtext[-2:].isalpha() or _end_of_phrase(text, e)):
            return None
        if dtext.lower() in CARDINALS and not g("wd_the"):
            return None
        if _is_weekday_abbrev_risky(g("wd_w")) and not dtext[-2:].isalpha():
            return None
        v = _weekday_dom(wd, day, ref)
    elif kind == "rw":
        v, weak = _rel_weekday_atom(m, ref, text)
    elif kind == "bm":
        v, weak = _bare_month(m, ref, text)
    elif kind == "nk":
        times = _count(g("nk_n"))
        if times is None or times != int(times) or not 1 <= times <= 52:
            return None
        if ref is None:
            v = _UNRESOLVED[_G.DAY]
        else:
            wd = _wd(g("nk_w").removesuffix("s") if g("nk_w").endswith("days") else g("nk_w"))
            first = ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
            v = _day(first + dt.timedelta(weeks=int(times) - 1), rel=True)
    elif kind == "dd":
        day = _word_number(g("dd_d"))
        if day is None or not 1 <= day <= 31:
            return None
        if _HYPHEN_WORD_AFTER.match(text, e):
            return None  # "the 11-year-old", "the 21-gun salute": a count in a compound
        # "for the 27th", "on the 21st." name a day of the month; "the 21st floor" does not
        weak = not (_DAY_OF_MONTH_BEFORE.search(text, max(0, s - 8), s) and _end_of_phrase(text, e))
        if ref is None:
            v = _UNRESOLVED[_G.DAY]
        else:
            cands = []
            for k in (-1, 0, 1):
                base = _add_months(ref.replace(day=1), k)
                try:
                    cands.append(base.replace(day=day))
                except ValueError:
                    continue
            if not cands:
                return None
            d = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
            v = _V(d, d, _G.DAY, rel=True)
    elif kind == "yr":
        v = _bare_year(m, text)
    elif kind == "now":
        weak = True
        v = _UNRESOLVED[_G.DAY] if ref is None else _day(ref, rel=True)
    if v is None:
        return None
    return _Atom(s, e, kind, v, weak)


def _rstrip(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " ,\t\n":
        e -= 1
    return e


def _ambiguous_month_word(s: str) -> bool:
    return s.lower().rstrip(".") in AMBIGUOUS_MONTHS and not s.endswith(".")


def _day_looks_like_day(s: str) -> bool:
    s = s.lower()
    return s[-2:] in ("st", "nd", "rd", "th") or s[:1].isdigit()


_COUNT_AFTER_DAY = re.compile(r"\s*(?:[a-z]+\s+){0,1}(?:people|persons|votes|percent|%)", P.FLAGS)


def _looks_like_count(text: str, end: int) -> bool:
    return bool(_COUNT_AFTER_DAY.match(text, end, end + 30))


_FREQUENCY_BEFORE = re.compile(rf"\b(?:once|twice|times?|per|{P.UNIT})\s+$", P.FLAGS)
_POSSESSIVE = re.compile(r"['’]s\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", P.FLAGS)
_USA_BEFORE = re.compile(r"\bUSA\s$")
_CURRENCY_BEFORE = re.compile(r"[$€£¥]\s?$")
_DAY_OF_MONTH_BEFORE = re.compile(
    r"\b(?:on|for|by|until|till|since|from|before|after)\s+$", P.FLAGS
)


_FRACTIONS = frozenset({(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 8), (3, 8), (5, 8), (7, 8)})
_MIXED_NUMBER_BEFORE = re.compile(r"\d\s$")
_OF_AFTER = re.compile(r"\s+of\b", P.FLAGS)


def _looks_like_fraction(text: str, start: int, end: int, pair: tuple[int, int]) -> bool:
    """'1 1/2 miles', '2/3 of the vote', 'a 3/4 majority': a fraction, not a month and day."""
    if _MIXED_NUMBER_BEFORE.search(text, max(0, start - 2), start) or _OF_AFTER.match(text, end):
        return True
    return pair in _FRACTIONS and not _DAY_OF_MONTH_BEFORE.search(text, max(0, start - 8), start)


def _end_of_phrase(text: str, end: int) -> bool:
    rest = text[end : end + 3]
    return not rest.strip() or rest.lstrip()[:1] in ".,;:!?)—–-\"'”’"


def _is_weekday_abbrev_risky(s: str) -> bool:
    return s.lower().rstrip(".") in ("sat", "sun", "wed", "mon")


def _has_context(text: str, start: int) -> bool:
    return bool(P.MONTH_CONTEXT.search(text, max(0, start - 16), start))


def _numeric_dmy(a_s: str, b_s: str, c_s: str, sep: str, dayfirst: bool) -> _V | None:
    a = int(a_s)
    year = int(c_s) if len(c_s) == 4 else _two_digit_year(int(c_s))
    if not b_s.isdigit():
        return _md_value(_mon(b_s), a, year, None)
    b = int(b_s)
    if sep == "." or dayfirst:
        day, month = a, b
        if month > 12 and day <= 12:
            day, month = month, day
    else:
        month, day = a, b
        if month > 12 and day <= 12:
            day, month = month, day
    if not 1 <= month <= 12:
        return None
    return _md_value(month, day, year, None)


def _numeric_range(m: re.Match[str], ref: dt.date | None, dayfirst: bool) -> _V | None:
    """'5/1-5/7, 2020': two numeric month-days sharing a year (or each with its own)."""
    g = m.group
    ends = []
    for a_s, b_s in (("nr_a", "nr_b"), ("nr_c", "nr_d")):
        a, b = int(g(a_s)), int(g(b_s))
        month, day = (b, a) if (dayfirst or a > 12) and b <= 12 else (a, b)
        if not 1 <= month <= 12:
            return None
        ends.append((month, day))
    y2 = int(g("nr_y")) if g("nr_y") else None
    y1 = int(g("nr_y1")) if g("nr_y1") else y2
    if y1 is not None and y2 is None:
        return None
    lo = _md_value(*ends[0], y1, ref)
    if lo is None or lo.lo is None:
        return None if lo is None else _UNRESOLVED[_G.DAY]
    hi = _md_value(*ends[1], y2 if y2 is not None else lo.lo.year, None)
    if hi is None or hi.hi is None:
        return None
    if y2 is None and hi.hi < lo.lo:
        hi = _md_value(*ends[1], lo.lo.year + 1, None)
    return _range(lo, hi)


def _quarter_words(m: re.Match[str], ref: dt.date | None) -> tuple[_V | None, bool]:
    g = m.group
    o = g("qw_o").lower()
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(o, 4)
    half = g("qw_u").lower() == "half"
    if o in ("final", "last"):
        n = 2 if half else 4
    if half and n > 2:
        return None, False
    year: int | None = None
    rel = False
    if g("qw_y"):
        year = _year_of(g("qw_y"))
    elif g("qw_r") or g("qw_r2"):
        rel = True
        if ref is not None:
            r = (g("qw_r") or g("qw_r2")).lower()
            year = ref.year + (1 if r == "next" else -1 if r == "last" else 0)
    else:
        if o == "last" and not half and ref is not None:
            return _unit_period("quarter", ref, -1), False
        rel = True
        if ref is not None:
            year = ref.year
    weak = not g("qw_y") and not g("qw_r") and not g("qw_r2")
    if year is None:
        return _UNRESOLVED[_G.QUARTER], weak
    v = _half(year, n) if half else _quarter(year, n)
    return v._replace(rel=rel), weak


def _decade(m: re.Match[str], ref: dt.date | None) -> _V | None:
    g = m.group
    if g("de_y"):
        start = int(g("de_y"))
    elif g("de_tt"):
        start = 2000
    elif g("de_c"):
        cw = g("de_cw").lower()
        start = CARDINALS[g("de_c").lower()] * 100 + (10 if cw == "tens" else DECADE_WORDS[cw])
    else:
        two = g("de_2") or g("de_3")
        if two:
            yy = int(two)
            start = 2000 + yy if yy <= 10 else 1900 + yy
        else:
            yy = DECADE_WORDS[g("de_w").lower()]
            if ref is None:
                start = 1900 + yy if yy else 2000
            else:
                start = ref.year // 100 * 100 + yy
                if start > ref.year:
                    start -= 100
    return _V(_D(start, 1, 1), _D(start + 9, 12, 31), _G.DECADE)


def _holiday_key(s: str) -> str:
    s = s.lower().replace("’", "").replace("'", "").replace(".", "")
    return " ".join(s.split())


def _holiday(m: re.Match[str], ref: dt.date | None) -> _V | None:
    g = m.group
    key = _holiday_key(g("ho_n"))
    rule = HOLIDAYS.get(key)
    if rule is None and key.startswith("saint "):
        rule = HOLIDAYS.get("st " + key[6:])
    if rule is None:
        return None
    if g("ho_y") or g("ho_y2"):
        return _day(rule(int(g("ho_y") or g("ho_y2"))))
    if ref is None:
        return _UNRESOLVED[_G.DAY]
    mod = " ".join((g("ho_mod") or "").lower().split())
    cands = [rule(y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if mod in ("last", "previous", "past", "this past", "the previous", "prior"):
        d = max(c for c in cands if c < ref)
    elif mod in ("next", "coming", "upcoming", "following", "this coming", "the following"):
        d = min(c for c in cands if c > ref)
    elif mod in ("this", "current"):
        d = cands[1]
    else:
        d = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
    return _day(d, rel=True)


def _holiday_weekend(d: dt.date) -> _V:
    """'Labor Day weekend': the weekend the holiday belongs to, the holiday included.

    A Monday holiday closes a long weekend (Saturday to Monday), a Thursday or Friday one opens it
    (to Sunday), a weekend holiday lies in it, a midweek one is followed by it.
    """
    wd = d.weekday()
    if wd == 0:
        return _V(d - dt.timedelta(days=2), d, _G.WEEK)
    if wd in (3, 4):
        return _V(d, d + dt.timedelta(days=6 - wd), _G.WEEK)
    if wd == 5:
        return _V(d, d + _DAY1, _G.WEEK)
    if wd == 6:
        return _V(d - _DAY1, d, _G.WEEK)
    sat = d + dt.timedelta(days=5 - wd)
    return _V(sat, sat + _DAY1, _G.WEEK)


def _week_of(m: re.Match[str], ref: dt.date | None) -> _V | None:
    g = m.group
    o = g("wo_o").lower()
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
    n.update({"fifth": 5, "5th": 5})
    last = o in ("last", "final")
    year: int | None = None
    month: int | None = None
    rel = False
    if g("wo_m"):
        month = _mon(g("wo_m"))
        if g("wo_my"):
            year = int(g("wo_my"))
        elif ref is not None:
            year = _nearest_month(month, ref)
            rel = True
    elif g("wo_y"):
        year = _year_of(g("wo_y"))
    elif ref is not None:
        rel = True
        k = _rel_offset(g("wo_r"))
        if g("wo_u").lower() == "month":
            d = _add_months(ref.replace(day=1), k)
            year, month = d.year, d.month
        else:
            year = ref.year + k
    if year is None:
        return _UNRESOLVED[_G.WEEK]
    if month is None:
        s0 = _last_thursday_week(year, 12) if last else _iso_week(year, n[o])
    elif last:
        s0 = _last_thursday_week(year, month)
    else:
        s0 = _first_thursday_week(year, month) + dt.timedelta(weeks=n[o] - 1)
    return _V(s0, s0 + dt.timedelta(days=6), _G.WEEK, rel=rel)


def _nth_weekday_of(m: re.Match[str], ref: dt.date | None) -> _V | None:
    g = m.group
    wd = _wd(g("nw_w") or g("nw_w2"))
    if _is_weekday_abbrev_risky(g("nw_w") or g("nw_w2")):
        return None
    year: int | None = None
    month: int | None = None
    rel = True
    if g("nw_m"):
        month = _mon(g("nw_m"))
        if g("nw_y"):
            year, rel = int(g("nw_y")), False
        elif ref is not None:
            year = _nearest_month(month, ref)
    elif ref is not None:
        d = _add_months(ref.replace(day=1), _rel_offset(g("nw_r")) if g("nw_r") else 0)
        year, month = d.year, d.month
    if year is None or month is None:
        return _UNRESOLVED[_G.DAY]
    if g("nw_l"):
        last = _month_end(year, month)
        return _day(last - dt.timedelta(days=(last.weekday() - wd) % 7), rel=rel)
    n = int(_word_number(g("nw_o")) or 1)
    first = _D(year, month, 1)
    d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    if d.month != month:
        return None
    return _day(d, rel=rel)


def _parts_of_periods(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join 'the first six months of' to the period after it ('2021', 'last year')."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if a.kind == "fn" and a.weak and i + 1 < len(atoms):
            b = atoms[i + 1]
            m = _FN_RX.match(text[a.start : a.end].lower())
            if m is not None and not text[a.end : b.start].strip():
                part = _part_of(m, b.v)
                if part is not None:
                    out.append(_Atom(a.start, b.end, "fn", part))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _part_of(m: re.Match[str], period: _V) -> _V | None:
    """'the first 2 weeks of 2021', 'the last four months of the year', 'the 9th month of 2022'.

    Weeks are the Monday-to-Sunday weeks the period's months own by the ISO 8601 rule (a week
    belongs to the month of its Thursday), as for "the first week of March".
    """
    g = m.group
    unit = (g("fn_u") or g("fn_u1")).lower().rstrip("s")
    gran = _unit_gran(unit)
    if not period.ok:
        return _UNRESOLVED[gran]
    lo, hi = period.lo, period.hi
    if lo is None or hi is None or _ORDER[gran] >= _ORDER[period.gran]:
        return None
    if g("fn_o"):
        raw = " ".join(g("fn_n").lower().split())
        count = None if raw in VAGUE_COUNTS else _count(raw)
        if count is None or count != int(count) or count < 1:
            return None
        n, last = int(count), g("fn_o").lower() != "first"
        k = None
    else:
        n, last = 1, g("fn_k").lower() in ("last", "final")
        k = None if last else _word_number(g("fn_k"))
        if k is not None and k < 1:
            return None
    if unit == "day":
        if k is not None:
            a = b = lo + dt.timedelta(days=k - 1)
        elif last:
            a, b = hi - dt.timedelta(days=n - 1), hi
        else:
            a, b = lo, lo + dt.timedelta(days=n - 1)
    elif unit == "week":
        if last:
            b = _last_thursday_week(hi.year, hi.month) + dt.timedelta(days=6)
            a = b - dt.timedelta(days=7 * n - 1)
        else:
            a = _first_thursday_week(lo.year, lo.month) + dt.timedelta(weeks=(k or 1) - 1)
            b = a + dt.timedelta(days=7 * n - 1)
    else:
        months = {"month": 1, "quarter": 3, "year": 12}[unit]
        if k is not None:
            a = _add_months(lo, months * (k - 1))
            b = _add_months(a, months) - _DAY1
        elif last:
            a = _add_months(hi.replace(day=1), -(months * n - 1))
            b = hi
        else:
            a = lo
            b = _add_months(lo, months * n) - _DAY1
    if a < lo - dt.timedelta(days=6) or b > hi + dt.timedelta(days=6):
        return None
    return _V(a, b, gran, rel=period.rel)


def _earlier_later(which: str, unit: str, ref: dt.date | None) -> _V | None:
    if ref is None:
        return _UNRESOLVED[_G.DAY]
    per = _unit_period(unit, ref, 0)
    if per is None or per.lo is None or per.hi is None:
        return None
    if which.lower() == "earlier":
        return _V(per.lo, ref, _G.DAY, rel=True)
    return _V(ref, per.hi, _G.DAY, rel=True)


#: Meteorological seasons of the northern hemisphere, as news and weather services count them:
#: (first month, offset of its year from the season's year). Winter 2019 is December 2018 to
#: February 2019, named, as in climate records, by the year of its January.
_SEASONS = {
    "spring": (3, 0),
    "summer": (6, 0),
    "autumn": (9, 0),
    "fall": (9, 0),
    "winter": (12, -1),
}
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_IN_BEFORE = re.compile(r"\b(?:in|during|through|throughout|until|since|by)\s+$", P.FLAGS)


def _season_of(name: str, year: int) -> _V:
    month, shift = _SEASONS[name]
    lo = _D(year + shift, month, 1)
    hi = _add_months(lo, 3) - _DAY1
    return _V(lo, hi, _G.QUARTER)


def _season(m: re.Match[str], ref: dt.date | None, text: str) -> _V | None:
    """'summer 2019', 'the spring of 2020', 'last winter', 'this fall': three months.

    A season needs a year or a modifier ("this", "last", "next" …): "summer" alone is too vague
    to check, and "fall" alone is mostly the verb. "Arab Spring", "Prague Spring" are names.
    """
    g = m.group
    word = text[m.start("se_s") : m.end("se_s")]
    name = word.lower()
    s = m.start("se")
    year = int(g("se_y")) if g("se_y") else None
    if g("se_a"):
        year = _two_digit_year(int(g("se_a")))
    mod = " ".join((g("se_mod") or "").lower().split())
    if year is None and not mod:
        return None
    if word[0].isupper() and not g("se_mod") and _NAME_BEFORE.search(text, max(0, s - 20), s):
        return None
    if (
        name == "fall"
        and not (mod or g("se_the") or word[0].isupper())
        and not _IN_BEFORE.search(text, max(0, s - 12), s)
    ):
        return None  # "prices fall 2019 …"
    if year is not None:
        return _season_of(name, year)
    if ref is None:
        return _UNRESOLVED[_G.QUARTER]
    # the instances around the reference, in order
    cands = [_season_of(name, y) for y in range(ref.year - 1, ref.year + 3)]
    k = _rel_offset(mod)
    if k < 0:
        v = max((c for c in cands if c.hi is not None and c.hi < ref), key=lambda c: c.lo or ref)
    elif k > 0:
        v = min((c for c in cands if c.lo is not None and c.lo > ref), key=lambda c: c.lo or ref)
    else:
        inside = [c for c in cands if c.lo is not None and c.hi is not None and c.lo <= ref <= c.hi]
        if inside:
            v = inside[0]
        elif name != "winter":
            v = _season_of(name, ref.year)
        else:  # "this winter": the coming one from September, the one just past before
            v = _season_of(name, ref.year + 1 if ref.month >= 9 else ref.year)
    return v._replace(rel=True)


_FOR_BEFORE = re.compile(r"\bfor\s+$", P.FLAGS)


def _the_weekend(text: str, start: int, end: int, ref: dt.date | None) -> _V | None:
    """'the weekend': the nearest weekend; 'for the weekend' the one of the reference's week.

    A news story mostly reports what has happened: published Monday to Wednesday, "over the
    weekend", "spent the weekend", "the weekend's protests" are the weekend just past; published
    Thursday or Friday, the coming one. "For the weekend" looks ahead ("heading home for the
    weekend"), as "this weekend" does. "The Weekend" with a capital is a title, not a date.
    """
    if text[end - 7].isupper():
        return None
    if ref is None:
        return _UNRESOLVED[_G.WEEK]
    k = 0
    if ref.weekday() <= 2 and not _FOR_BEFORE.search(text, max(0, start - 8), start):
        k = -1
    v = _unit_period("weekend", ref, k)
    return v._replace(rel=True) if v is not None else None


def _rolling(words: str, mod: str, unit: str, ref: dt.date, *, of_after: bool) -> _V | None:
    """'the past year', 'the last week', 'the past fortnight': the time up to the reference.

    As "the past three months" does, these count back from the publication date: "over the past
    year" is the last twelve months, not the previous calendar year ("last year", without "the");
    "over the past decade" is the last ten years, not the 2010s. Followed by "of" ("the last week
    of July", "the last decade of the century") they name a calendar unit. Quarters and
    centuries stay calendar units.
    """
    u = unit.lower()
    if of_after or mod not in ("past", "last") or words[:3].lower() != "the":
        return None
    if u == "decade":
        return _V(_shift(ref, -10, "year"), ref, _G.DAY)
    if u not in ("week", "month", "year", "fortnight"):
        return None
    return _V(_shift(ref, -1, u), ref, _G.DAY)


def _span_of(mod: str, num: str, unit: str, ref: dt.date | None) -> _V | None:
    n = _count(num)
    if n is None or n <= 0 or n != int(n):
        return None
    k = int(n)
    gran = _unit_gran(unit)
    u = unit.lower()
    if u.startswith(("h", "min", "sec", "m")) and not u.startswith("mo"):
        return None
    mw = " ".join(mod.lower().split())
    if mw.endswith("first"):
        return None  # "the first 3 days" is a part of a period the text names
    if ref is None:
        return _UNRESOLVED[gran]
    past = any(w in mw for w in ("past", "last", "previous"))
    within = mw.startswith("within")
    try:
        if past and u.startswith("decade"):
            # "the past two decades": the last twenty years, as "the past two years" counts
            return _V(_shift(ref, -10 * k, "year"), ref, _G.DAY, rel=True)
        if u.startswith(("quarter", "decade", "centur")):
            cur = _unit_period(u, ref, 0)
            if cur is None:
                return None
            if past:
                lo = _unit_period(u, ref, -k)
                hi = _unit_period(u, ref, -1)
            else:
                lo = _unit_period(u, ref, 1)
                hi = _unit_period(u, ref, k)
            if lo is None or hi is None:
                return None
            return _V(lo.lo, hi.hi, gran, rel=True)
        if past:
            return _V(_shift(ref, -n, unit), ref, _G.DAY, rel=True)
        if within:
            return _V(ref, _shift(ref, n, unit), _G.DAY, rel=True)
        lo_d = ref + _DAY1
        return _V(lo_d, _shift(ref, n, unit), _G.DAY, rel=True)
    except (ValueError, OverflowError):
        return None


def _duration_parts(dur: str, sign: int) -> list[tuple[float, str]] | None:
    """'-1 decade +2 years' -> [(-1, 'decade'), (2, 'years')]; None if a count is unreadable."""
    parts: list[tuple[float, str]] = []
    cur = sign
    for p in P.DUR_PART.finditer(dur):
        if p.group("sign"):
            cur = (-1 if p.group("sign").strip() == "-" else 1) * sign
        n = _count(p.group("n") or p.group("n2"))
        if n is None:
            return None
        unit = p.group("u") or {
            "d": "day",
            "h": "hour",
            "y": "year",
            "mo": "month",
            "m": "minute",
        }.get(p.group("u2").lower(), "second")
        parts.append((cur * n, unit))
    return parts or None


def _duration_shift(d: dt.date, dur: str, sign: int) -> dt.date | None:
    parts = _duration_parts(dur, sign)
    if parts is None:
        return None
    # the larger units go first either way, as in ISO 8601 durations and dateutil's relativedelta:
    # "1 month 21 days ago" from 23 Nov is 2 Oct; "2 years 21 days later" from 23 Nov 2017 is
    # 14 Dec 2019; "1 month and 12 days ago" from 10 Jan 2026 is 28 Nov 2025 (not the 29th)
    ordered = sorted(parts, key=lambda p: _ORDER[_unit_gran(p[1])], reverse=True)
    try:
        for n, unit in ordered:
            d = _shift(d, n, unit)
    except (ValueError, OverflowError):
        return None
    return d


def _dur_gran(dur: str) -> Granularity:
    """The granularity of a duration's smallest unit ("2 hours", "3d": a day)."""
    parts = list(P.DUR_PART.finditer(dur))
    grans = [_unit_gran(p.group("u")) if p.group("u") else _G.DAY for p in parts]
    return min(grans, key=lambda x: _ORDER[x]) if grans else _G.DAY


def _offset(dur: str, direction: str, ref: dt.date | None) -> _V | None:
    d = " ".join(direction.lower().split())
    base_shift = 0
    if d in ("from tomorrow", "from tmrw"):
        base_shift, sign = 1, 1
    elif d == "from yesterday":
        base_shift, sign = -1, 1
    elif d in ("ago", "earlier", "back", "before", "prior"):
        sign = -1
    else:
        sign = 1
    if not P.DUR_PART.search(dur):
        return None
    if ref is None:
        return _UNRESOLVED[_G.DAY]
    res = _duration_shift(ref + dt.timedelta(days=base_shift), dur, sign)
    if res is None:
        return None
    # a count is as precise as its smallest unit: "a month ago" is a day of about a month ago,
    # compared at the month ("a month ago" and "Sept. 11" agree in a story of mid-October)
    return _V(res, res, _dur_gran(dur), rel=True)


def _weekday_dom(wd: int, day: int, ref: dt.date | None) -> _V | None:
    """'Friday the 22nd': the nearest month whose ``day`` falls on that weekday."""
    if ref is None:
        return _UNRESOLVED[_G.DAY]
    best: dt.date | None = None
    for k in range(-14, 15):
        base = _add_months(ref.replace(day=1), k)
        try:
            d = base.replace(day=day)
        except ValueError:
            continue
        if d.weekday() == wd and (best is None or abs((d - ref).days) < abs((best - ref).days)):
            best = d
    if best is None:
        return None
    return _day(best, rel=True)


#: Words that make a weekday part of a name or a holiday ("Bloody Sunday", "Super Tuesday").
_WEEKDAY_NAME_BEFORE = re.compile(
    r"\b(?:good|black|bloody|holy|ash|palm|easter|maundy|cyber|super|girl|man|casual|freaky|fat|"
    r"shrove|whit|low|blue|manic|giving|mad|great|plough|trinity|passion|white|spy|red|"
    r"mothering|low|bad|lazy|sunny|news)[ \t]+$",
    P.FLAGS,
)


def _rel_weekday_atom(m: re.Match[str], ref: dt.date | None, text: str) -> tuple[_V | None, bool]:
    g = m.group
    w = text[m.start("rw_w") : m.end("rw_w")]
    wd = _wd(w)
    bare = w.lower().rstrip(".")
    weak = False
    if bare in ("sat", "sun", "wed", "mon"):
        if not g("rw_m") and not g("rw_k"):
            return None, False
    elif len(bare) <= 4 and not g("rw_m") and not g("rw_k") and not w[0].isupper():
        return None, False
    if not g("rw_m"):
        start = m.start("rw")
        if w[0].isupper() and _WEEKDAY_NAME_BEFORE.search(text, max(0, start - 12), start):
            return None, False
        if text[m.end("rw") : m.end("rw") + 1] == "s" and not g("rw_k"):
            return None, False
    if ref is None:
        return _UNRESOLVED[_G.DAY], weak
    if g("rw_k"):
        k = _rel_offset(g("rw_k").split()[0])
        return _day(_week_start(ref) + dt.timedelta(days=7 * k + wd), rel=True), weak
    return _day(_rel_weekday(g("rw_m"), wd, ref), rel=True), weak


def _bare_month(m: re.Match[str], ref: dt.date | None, text: str) -> tuple[_V | None, bool]:
    g = m.group
    mon_s = text[m.start("bm_m") : m.end("bm_m")]
    month = _mon(mon_s)
    mod = " ".join((g("bm_mod") or "").lower().split())
    word = mon_s.lower().rstrip(".")
    full = len(word) > 4 or word in ("may", "june", "july")
    weak = False
    if mod and word in ("may", "march") and mon_s[0].islower():
        return None, False
    day_after = _DAY_AFTER.match(text, m.end("bm")) if mod else None
    if day_after is not None and not _looks_like_count(text, day_after.end()):
        return None, False  # "last May 5": the month-day, with its modifier
    if not mod:
        context = _has_context(text, m.start("bm"))
        if _ambiguous_month_word(mon_s) or word == "may":
            if not context or (mon_s[0].islower() and word in ("may", "march")):
                weak = True
        elif not full and not mon_s.endswith(".") and not context:
            weak = True
        if mon_s[0].islower() and word in ("may", "march", "august") and not context:
            weak = True
    if ref is None:
        v = _V(None, None, _G.MONTH, rel=True, ok=False, md=(month, None))
        return v, weak
    if mod in ("this", "current"):
        year = ref.year
    elif mod in ("last", "previous", "past", "this past", "prior", "the previous"):
        year = ref.year - 1 if month >= ref.month else ref.year
    elif mod in ("next", "coming", "upcoming", "this coming", "following", "the following"):
        year = ref.year + 1 if month <= ref.month else ref.year
    else:
        year = _nearest_month(month, ref)
    # a modifier fixes the year: "from this May to Oct 2020" does not lend May the year 2020
    return _month(year, month)._replace(rel=True, md=None if mod else (month, None)), weak


_DAY_AFTER = re.compile(
    r"\.?\s*(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\d)", P.FLAGS
)
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|of|by|until|till|from|to|through|between|and|year|early|mid|late|before|"
    r"after|around|circa|c\.|during|about|the)[\s-]+$",
    P.FLAGS,
)
_UNIT_AFTER = re.compile(rf"\s*{P.UNIT}", P.FLAGS)
_HYPHEN_WORD_AFTER = re.compile(r"-[A-Za-z]")
#: A street name after a number: one to three capitalised words and a street-type word.
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z'’]*\.?\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|"
    r"Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Pl|Place|Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Cir|"
    r"Circle|Trl|Trail|Pike)\b"
)
#: "in 1998 Main Street was renamed", "the 1989 Tiananmen Square protests": a year after all.
_YEAR_ATTRIBUTE_BEFORE = re.compile(r"\b(?:in|during|since|by|until|the|a|an)\s+$", P.FLAGS)
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_CODE_AFTER = re.compile(r"\s*[-/.]\s*\d")


def _bare_year(m: re.Match[str], text: str) -> _V | None:
    g = m.group
    if g("yr_p"):
        y = int(g("yr_s"))
        if (
            y < 1
            or _UNIT_AFTER.match(text, m.end("yr_s"))
            or _DIGIT_BEFORE.search(text, max(0, m.start("yr_p") - 3), m.start("yr_p"))
        ):
            return None
        if g("yr_p").lower() == "cy" and len(g("yr_s")) == 2:
            y = 2000 + y
        return _year(y)
    raw = g("yr_y")
    s = m.start("yr_y")
    if raw[0].isdigit():
        if P.NOT_YEAR_BEFORE.search(text, max(0, s - 12), s):
            return None
        if P.COUNT_AFTER.match(text, m.end("yr_y")) or _CODE_AFTER.match(text, m.end("yr_y")):
            return None
        if _STREET_AFTER.match(text, m.end("yr_y")) and not _YEAR_ATTRIBUTE_BEFORE.search(
            text, max(0, s - 12), s
        ):
            return None  # "1555 Main St.", "2100 N. Oak Avenue": a house number
        y = int(raw)
        if not 1000 <= y <= 2199:
            return None
        if y < 1500 and not _YEAR_CONTEXT.search(text, max(0, s - 12), s):
            return None  # "Item 1001", "1200 troops": early years need "in", "since", "of" …
        return _year(y)
    y2 = _word_year(raw)
    if y2 is None or not 1000 <= y2 <= 2199:
        return None
    return _year(y2)


# ---------------------------------------------------------------- combining atoms

_RANGE_GAP = re.compile(
    r"\s*(?:-|–|—|~|to|till|til|until|through|thru|and|up\s+to|(?:,\s*)?through)\s*(?:the\s+)?",
    P.FLAGS,
)
_RANGE_START = re.compile(r"(?:\b(?P<w>from|between|in)\s+(?:the\s+)?)$", P.FLAGS)
_WEEKDAY_DATE_GAP = re.compile(r"\s*,?\s*(?:the\s+)?\(?\s*", P.FLAGS)
_OPEN_BEFORE = re.compile(
    r"\b(?P<w>since|after|starting(?:\s+(?:on|from|in))?|beginning(?:\s+(?:on|in))?|"
    r"later\s+than(?:\s+or\s+(?:at|in|on))?|no\s+earlier\s+than|greater\s+than|"
    r"after\s+or\s+equal\s+to|on\s+or\s+after|until|till|til|before|prior\s+to|up\s+to|by|"
    r"earlier\s+than|no\s+later\s+than|as\s+early\s+as|on\s+or\s+before)\s+(?:the\s+)?$|"
    r"(?P<ge>>\s*=?|=)\s*$",
    P.FLAGS,
)
_OPEN_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?P<later>(?:or|and)\s+(?:later|after|afterwards?|beyond|greater|onwards?)"
    r"|onwards?)|(?P<earlier>(?:or|and)\s+(?:earlier|before)))(?![a-z])(?!\s+than)"
    # "2018 or before 2000": "before" opens the next expression
    r"(?!\s+(?:\d|the\s|this\s|next\s|last\s))",
    P.FLAGS,
)
_MODIFIER_BEFORE = re.compile(
    r"\b(?:the\s+)?(?P<w>early|mid|late|end\s+of|beginning\s+of|start\s+of|middle\s+of|"
    r"the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]*$|"
    r"(?P<eoy>\bmid)-?$|(?P<eoh>\bend)-$",
    P.FLAGS,
)
_WEEK_OF_BEFORE = re.compile(
    r"(?:\b(?:the\s+)?week\s+(?:of|(?:beginning|starting|commencing)(?:\s+on)?)\s+(?:the\s+)?"
    r"|\bw/c\s+)$",
    P.FLAGS,
)
#: Substrings that every match of _MODIFIER_BEFORE / _OPEN_BEFORE contains: a quick filter.
_MODIFIER_KEYS = ("early", "mid", "late", "end", "begin", "start")
_OPEN_KEYS = (
    "since",
    "after",
    "start",
    "begin",
    "than",
    "til",
    "before",
    "prior",
    "up",
    "by",
    "early",
    ">",
    "=",
)
_WEEKEND_OF_BEFORE = re.compile(r"\b(?:the\s+)?weekend\s+of\s+(?:the\s+)?$", P.FLAGS)
_WEAK_KINDS = frozenset({"now", "dd"})


def _lend_year(a: _V, b: _V) -> _V | None:
    """A yearless month or month-day before a dated one of a list takes its year."""
    if a.md is None or b.md is not None or b.lo is None or not b.ok or b.gran != a.gran:
        return None
    if b.olo or b.ohi or b.lo.year != (b.hi or b.lo).year:
        return None
    v = _with_year(a, b.lo.year)
    return None if v is None else v._replace(rel=False, md=None)


_UNIT_BEFORE_OB = re.compile(r"\bthe\s+(?P<u>day|night|week|month|year)\s+$", P.FLAGS)


def _next_to(v: _V, unit: str, after: bool) -> _V | None:
    """'the day before', 'the week after', 'the year before' a date: the period next to it."""
    if not v.ok or v.lo is None or v.hi is None or v.olo or v.ohi:
        return None
    if unit in ("day", "night"):
        return _day(v.hi + _DAY1 if after else v.lo - _DAY1, rel=v.rel)
    if unit == "week":
        lo, hi = (v.hi + _DAY1, v.hi + _WEEK) if after else (v.lo - _WEEK, v.lo - _DAY1)
        return _V(lo, hi, _G.DAY, rel=v.rel)
    if unit == "month":
        d = _add_months(v.hi.replace(day=1), 1) if after else _add_months(v.lo.replace(day=1), -1)
        return _month(d.year, d.month)._replace(rel=v.rel)
    return _year(v.hi.year + 1 if after else v.lo.year - 1)._replace(rel=v.rel)


_NOUN_AFTER = re.compile(r"[ \t]+[a-z]", P.FLAGS)
_AGENT_BY_BEFORE = re.compile(
    r"\b(?:followed|preceded|replaced|succeeded|overtaken|stopped|dropped|swung|came|come|went)"
    r"\s+$",
    P.FLAGS,
)
_END_OF = re.compile(r"(?:the\s+)?end\b", P.FLAGS)
_EITHER_GAP = re.compile(r"\s*,?\s*or\s+(?:in\s+|on\s+)?", P.FLAGS)


def _consecutive(a: _V, b: _V) -> bool:
    """Two closed months or years, the second starting the day after the first."""
    return (
        a.ok
        and b.ok
        and a.gran == b.gran
        and a.gran in (_G.MONTH, _G.YEAR)
        and a.hi is not None
        and b.lo is not None
        and a.lo is not None
        and b.hi is not None
        and not (a.olo or a.ohi or b.olo or b.ohi)
        and b.lo == a.hi + _DAY1
    )


def _range(a: _V, b: _V | None) -> _V | None:
    if b is None or a.lo is None or b.hi is None:
        return None
    if b.hi < a.lo:
        return None
    gran = a.gran if _ORDER[a.gran] <= _ORDER[b.gran] else b.gran
    return _V(a.lo, b.hi, gran, rel=a.rel or b.rel)


def _pair(a: _V, b: _V) -> _V | None:
    """Join two ends of a range, lending a written year to a yearless end."""
    if (not a.ok and a.md is None) or (not b.ok and b.md is None):
        return None
    if a.md is not None and b.md is None and b.lo is not None:
        year = b.hi.year if b.hi else b.lo.year
        aa = _with_year(a, year)
        if aa is not None and aa.lo is not None and aa.lo > b.lo:
            aa = _with_year(a, year - 1)
        if aa is None:
            return None
        a = aa._replace(rel=False)
    elif b.md is not None and a.lo is not None and (a.md is None or a.ok):
        year = a.lo.year
        bb = _with_year(b, year)
        if bb is not None and bb.hi is not None and bb.hi < a.lo:
            bb = _with_year(b, year + 1)
        if bb is None:
            return None
        b = bb._replace(rel=a.rel)
    if not a.ok or not b.ok:
        return None
    if (
        b.gran == _G.DAY
        and b.rel
        and a.lo is not None
        and b.lo is not None
        and b.lo < a.lo
        and (a.lo - b.lo).days < 7
    ):
        b = b._replace(lo=b.lo + dt.timedelta(days=7), hi=b.lo + dt.timedelta(days=7))
    return _range(a, b)


_BARE_WEEKDAY = re.compile(rf"{P.WD}", P.FLAGS)
_WEEKDAY_OFFSET_GAP = re.compile(r"\s*,?\s*")
_OFFSET_WEEKDAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?", P.FLAGS)


_AGO_WEEKDAY = re.compile(
    rf"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|exactly\s+)?"
    rf"(?P<dur>{P.DUR})\s+ago[ \t]+(?:on[ \t]+)?{P.WD}",
    P.FLAGS,
)


def _weekday_offsets(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """'in two weeks, on Monday', 'Saturday, 3 days from now': the weekday nearest the offset.

    A weekday beside an offset names the same day; where the count is round ("in two weeks")
    the weekday is the more exact of the two, so it wins, taken nearest to the offset's day.
    After a week ("next week, on Wednesday") the weekday is the one of that week.
    """
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and "rw" in (a.kind, b.kind) and {a.kind, b.kind} & {"of", "in"}:
            wd_atom, off, gap = (
                (a, b, _WEEKDAY_OFFSET_GAP) if a.kind == "rw" else (b, a, _OFFSET_WEEKDAY_GAP)
            )
            g = gap.match(text, a.end, b.start)
            since = _AGO_WEEKDAY.fullmatch(text, a.start, b.end) if a.kind == "of" else None
            if since is not None and b.v.ok and b.v.lo is not None:
                # "a month ago Thursday", "a year ago Tuesday": counted back from that weekday
                back = _duration_shift(b.v.lo, since.group("dur"), -1)
                if back is not None:
                    out.append(_Atom(a.start, b.end, "of", _day(back, rel=True)))
                    i += 2
                    continue
            if (
                g is not None
                and g.end() == b.start
                and not off.weak
                and off.v.ok
                and off.v.lo is not None
                and off.v.lo == off.v.hi
                and _BARE_WEEKDAY.fullmatch(text, wd_atom.start, wd_atom.end) is not None
            ):
                d = off.v.lo
                ahead = (_wd(text[wd_atom.start : wd_atom.end]) - d.weekday()) % 7
                d += dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
                out.append(_Atom(a.start, b.end, "of", _day(d, rel=True)))
                i += 2
                continue
        if (
            b is not None
            and b.kind == "rw"
            and a.v.gran == _G.WEEK
            and a.v.ok
            and a.v.lo is not None
            and a.v.hi is not None
            and (a.v.hi - a.v.lo).days == 6
            and a.v.lo.weekday() == 0
        ):
            # "next week, on Wednesday", "the first week of March, on Friday": that week's day
            g = _OFFSET_WEEKDAY_GAP.match(text, a.end, b.start)
            if (
                g is not None
                and g.end() == b.start
                and _BARE_WEEKDAY.fullmatch(text, b.start, b.end)
            ):
                d = a.v.lo + dt.timedelta(days=_wd(text[b.start : b.end]))
                out.append(_Atom(a.start, b.end, "ww", _day(d, rel=a.v.rel)))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _weekday_after(text: str, b: _Atom, a: _V) -> _V:
    """A bare weekday closing a range is the first such day on or after its start.

    "from next Monday to Friday" ends on the Friday of that week, not the Friday before.
    """
    if b.kind != "rw" or not b.v.ok or a.gran != _G.DAY or a.lo is None:
        return b.v
    if _BARE_WEEKDAY.fullmatch(text, b.start, b.end) is None:
        return b.v
    wd = _wd(text[b.start : b.end])
    return _day(a.lo + dt.timedelta(days=(wd - a.lo.weekday()) % 7), rel=True)


def _modify(v: _V, word: str) -> _V | None:
    """'early March', 'mid-2019', 'the end of 2008', 'late last week'."""
    if v.lo is None or v.hi is None:
        return v
    w = " ".join(word.lower().replace("the ", "").split())
    lo, hi = v.lo, v.hi
    g = v.gran
    if g == _G.MONTH:
        if w == "early" or w.startswith(("beginning", "start")):
            return v._replace(hi=lo.replace(day=15))
        if w == "mid" or w.startswith("middle"):
            return v._replace(lo=lo.replace(day=10), hi=lo.replace(day=20))
        return v._replace(lo=lo.replace(day=16))
    if g == _G.YEAR and lo.year == hi.year:
        y = lo.year
        if w == "early":
            return v._replace(hi=_D(y, 6, 30))
        if w == "late":
            return v._replace(lo=_D(y, 7, 1))
        if w.startswith(("beginning", "start")):
            return v._replace(hi=_D(y, 4, 30))
        if w == "mid" or w.startswith("middle"):
            return v._replace(lo=_D(y, 5, 1), hi=_D(y, 8, 31))
        return v._replace(lo=_D(y, 9, 1))
    if g == _G.WEEK and (hi - lo).days == 6:
        if w == "early" or w.startswith(("beginning", "start")):
            return v._replace(hi=lo + dt.timedelta(days=2))
        if w == "mid" or w.startswith("middle"):
            return v._replace(lo=lo + _DAY1, hi=lo + dt.timedelta(days=4))
        return v._replace(lo=lo + dt.timedelta(days=3))
    if g in (_G.DECADE, _G.CENTURY):
        span = (hi.year - lo.year + 1) // 10 if g == _G.CENTURY else 1
        y = lo.year
        if w == "early" or w.startswith(("beginning", "start")):
            return v._replace(hi=_D(y + 3 * span, 12, 31))
        if w == "mid" or w.startswith("middle"):
            return v._replace(lo=_D(y + 3 * span, 1, 1), hi=_D(y + 6 * span, 12, 31))
        return v._replace(lo=_D(y + 7 * span, 1, 1))
    return v


def _combine(text: str, atoms: list[_Atom], ref: dt.date | None) -> list[_Atom]:
    # 1. a weekday followed by a written date: "Friday, January 9", "Friday 2018-7-6"
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if a.kind == "rw" and i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = _WEEKDAY_DATE_GAP.match(text, a.end, b.start)
            if (
                gap
                and gap.end() == b.start
                and b.v.gran == _G.DAY
                and b.kind in ("md", "dm", "iso", "nd", "cp", "ms", "mo", "nm")
            ):
                end = b.end
                if text[end : end + 1] == ")" and "(" in text[a.end : b.start]:
                    end += 1
                v = b.v
                out.append(_Atom(a.start, end, b.kind, v, b.weak))
                i += 2
                continue
        out.append(a)
        i += 1
    kinds = {a.kind for a in out}
    if ref is not None:
        out = [_md_with_modifier(text, a, ref) if a.v.md is not None else a for a in out]
        out = [_tensed(text, a, ref) if a.v.md is not None or a.kind == "rw" else a for a in out]
    out = [_nine_eleven(text, a) if a.v.md == (9, 11) else a for a in out]
    atoms = _duration_spans(text, out, ref)

    # 2. "3 days after January 12th", "2 weeks before Christmas"
    out = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if a.kind == "of" and a.weak and i + 1 < len(atoms):
            b = atoms[i + 1]
            between = text[a.end : b.start]
            if not between.strip() and b.v.lo is not None and b.v.ok:
                m = P.SCANNER.match(text[a.start : a.end].lower())
                if m is not None and m.lastgroup == "of":
                    d = m.group("of_d").lower()
                    sign = -1 if d in ("before", "prior") else 1
                    res = _duration_shift(b.v.lo, m.group("of_dur"), sign)
                    if res is not None:
                        out.append(_Atom(a.start, b.end, "of", _day(res, rel=b.v.rel)))
                        i += 2
                        continue
            elif not between.strip() and not b.v.ok:
                out.append(_Atom(a.start, b.end, "of", _UNRESOLVED[_G.DAY]))
                i += 2
                continue
        out.append(a)
        i += 1
    atoms = out

    if "rw" in kinds and kinds & {"of", "in", "rp", "wo", "wk", "an"}:
        atoms = _weekday_offsets(text, atoms)

    # 2b. a part of the period that follows: "the first six months of" + "2021"
    if "fn" in kinds:
        atoms = _parts_of_periods(text, atoms)

    # 3. prefixes that change the interval: "the week of", "early", "mid-", "the end of"
    out = []
    prev_end = 0
    for atom in atoms:
        a = atom
        s, v = a.start, a.v
        # plain substring tests first: most dates have neither word before them
        before = text[max(prev_end, s - 40) : s].lower()
        w = we = None
        if "week" in before or "w/c" in before:
            w = _WEEK_OF_BEFORE.search(text, max(prev_end, s - 40), s)
            if not w and "weekend" in before:
                we = _WEEKEND_OF_BEFORE.search(text, max(prev_end, s - 20), s)
        if w and v.gran == _G.DAY and v.lo is not None:
            v = _week(v.lo)._replace(rel=v.rel)
            s = w.start()
            a = a._replace(weak=False)
        elif we and v.gran == _G.DAY and v.lo is not None and a.kind != "ho":
            # "the weekend of June 14": a Monday closes the weekend before it
            sat = _week_start(v.lo - _DAY1 if v.lo.weekday() == 0 else v.lo) + dt.timedelta(days=5)
            v = _V(sat, sat + _DAY1, _G.WEEK, rel=v.rel)
            s = we.start()
            a = a._replace(weak=False)
        else:
            mm = None
            if any(k in before[-24:] for k in _MODIFIER_KEYS):
                mm = _MODIFIER_BEFORE.search(text, max(prev_end, s - 24), s)
            if mm and a.kind not in ("rd", "of", "in", "sp", "el", "ro", "span"):
                word = mm.group("w") or mm.group("eoy") or mm.group("eoh")
                nv = _modify(v, word)
                if nv is not None and nv != v:
                    v, s = nv, mm.start()
                    a = a._replace(weak=False)
                elif nv is not None and not v.ok and v.gran in (_G.MONTH, _G.YEAR, _G.WEEK):
                    s = mm.start()
                    a = a._replace(weak=False)
        out.append(_Atom(s, a.end, a.kind, v, a.weak))
        prev_end = a.end
    atoms = out

    # 4. ranges: "from March to May 2019", "between 2019 and 2021", "Nov 18-Dec 19, 2015"
    out = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            alt = _EITHER_GAP.match(text, a.end, b.start)
            if alt and alt.end() == b.start and not (a.weak or b.weak):
                av: _V | None = a.v
                if a.v.md is not None and b.v.md is None and b.v.lo is not None:
                    av = _with_year(a.v, b.v.lo.year)  # "March or April 2019"
                if av is not None and _consecutive(av, b.v):
                    # "in 1989 or 1990", "March or April": one of two neighbours, in both
                    out.append(_Atom(a.start, b.end, "range", av._replace(hi=b.v.hi, md=None)))
                    i += 2
                    continue
            gap = _RANGE_GAP.match(text, a.end, b.start)
            if gap and gap.end() == b.start:
                conn = text[a.end : b.start].strip().lower()
                lo_bound = out[-1].end if out else 0
                st = _RANGE_START.search(text, max(lo_bound, a.start - 12), a.start)
                word = st.group("w").lower() if st else ""
                ok = True
                if conn.startswith("and") and word != "between":
                    ok = False
                    lent = _lend_year(a.v, b.v)
                    if lent is not None:
                        a = a._replace(v=lent)  # "in June and July of 2009": both of 2009
                if not conn and word not in ("from", "between"):
                    ok = False
                if conn in ("-", "–", "—", "~") and (a.weak or b.weak):
                    ok = word in ("from", "between") or (a.kind == "bm" and not b.weak)
                if ok:
                    bv = _weekday_after(text, b, a.v)
                    pv = _pair(a.v, bv)
                    if pv is None and (not a.v.ok or not b.v.ok) and not (a.weak and b.weak):
                        pv = _UNRESOLVED[a.v.gran]
                    if pv is not None:
                        start = st.start() if st and word in ("from", "between") else a.start
                        out.append(_Atom(start, b.end, "range", pv, a.weak and b.weak))
                        i += 2
                        continue
        out.append(a)
        i += 1
    atoms = out

    # 5. open intervals: "since 2019", "until June", "after Feb", "2012 or later"
    out = []
    prev_end = 0
    for a in atoms:
        s, e, v = a.start, a.end, a.v
        weak = a.weak
        if a.kind in ("yrr", "range", "dr", "mr", "dq", "nr"):
            st = _RANGE_START.search(text, max(prev_end, s - 12), s)
            if st and st.group("w").lower() in ("from", "between"):
                s = st.start()
        near = text[max(prev_end, s - 40) : s].lower()
        ob = None
        if any(k in near for k in _OPEN_KEYS):
            ob = _OPEN_BEFORE.search(text, max(prev_end, s - 40), s)
        oa = _OPEN_AFTER.match(text, e)
        if ob and (
            _POSSESSIVE.match(text, e)  # "before Wednesday's vote": the day of the vote
            or (a.kind in ("bm", "dd") and ob.group().rstrip().lower().endswith("the"))
        ):
            ob = None
        unit = _UNIT_BEFORE_OB.search(text, max(prev_end, s - 40), ob.start()) if ob else None
        if ob and unit and ob.group("w") and ob.group("w").lower() in ("before", "after"):
            nv = _next_to(v, unit.group("u").lower(), ob.group("w").lower() == "after")
            if nv is not None:
                # "the day before Thanksgiving", "the week after Christmas": that period
                out.append(_Atom(unit.start(), e, a.kind, nv, weak))
                prev_end = e
                continue
        if ob and not (a.kind == "now" and ob.group("w") and ob.group("w").lower() == "up to"):
            how = " ".join((ob.group("w") or ob.group("ge")).lower().split())
            if how in ("before", "prior to") and _END_OF.match(text, s):
                how = "by"  # "before the end of the year": by December 31, not by September
            elif (
                v.gran != _G.DAY
                and ob.group().rstrip().lower().endswith("the")
                and _NOUN_AFTER.match(text, e)
            ):
                # "before the 2016 election", "after the 2016 election": an event in that year
                if how in ("before", "prior to", "earlier than"):
                    how = "by"
                elif how in ("after", "later than"):
                    how = "since"
            if how == "by" and _AGENT_BY_BEFORE.search(text, max(0, ob.start() - 12), ob.start()):
                how = ""  # "August followed by June": the agent, not a deadline
            nv = _open(v, how) if how else None
            if nv is not None:
                v, s = nv, ob.start()
                if a.kind == "now":
                    weak = True
        elif oa:
            if oa.group("later"):
                v = v._replace(hi=None, ohi=True)
            else:
                v = v._replace(lo=None, olo=True)
            e = oa.end()
        out.append(_Atom(s, e, a.kind, v, weak))
        prev_end = e
    return [a for a in out if not a.weak]


#: A length of time that opens at a day: "for 3 days starting Friday", "a week beginning on May 4",
#: "for two weeks, from today". A bare "from" needs "for" ("3 days from Tuesday" is one day).
_SPAN_LEAD = re.compile(
    rf"(?:\b(?P<pre>for|less\s+than|under)\s+)?(?P<dur>{P.DUR})\s*,?\s*"
    r"(?P<w>(?:starting|beginning|commencing)(?:\s+(?:from|on|in|with))?|from)\s+(?:the\s+)?$",
    P.FLAGS,
)
#: A quick test before the full one: a word that can open a length of time ends near the date.
_SPAN_KEY = re.compile(r"starting|beginning|commencing|from|Starting|Beginning|Commencing|From")
_SPAN_WORDS = frozenset({"starting", "beginning", "commencing"})
_SPAN_PRE = re.compile(r"\b(?P<pre>for|less\s+than|under)\s+$", P.FLAGS)
_OF_RX = P.ALTERNATIVES[P.INDEX["of"]][1]
_FN_RX = P.ALTERNATIVES[P.INDEX["fn"]][1]


def _length_from(anchor: dt.date, dur: str, *, after: bool) -> _V | None:
    """The days a length of time covers from ``anchor`` on (the day after it for 'after')."""
    lo = anchor + _DAY1 if after else anchor
    far = _duration_shift(lo, dur, 1)
    if far is None or far <= lo:
        return None
    return _V(lo, far - _DAY1, _G.DAY)


_MD_MOD_BEFORE = re.compile(
    r"\b(?P<w>this\s+coming|this\s+past|next|last|this|coming|past)\s+(?:the\s+)?$", P.FLAGS
)


def _md_with_modifier(text: str, a: _Atom, ref: dt.date) -> _Atom:
    """'next April 6' is the first April 6 after the reference, 'last May 5' the latest before it.

    'this June 3' is June 3 of the reference's year; a month-day without one of these words is
    the nearest one (``_nearest_md``).
    """
    v = a.v
    if v.md is None or v.md[1] is None or not v.ok or v.lo is None:
        return a
    mm = _MD_MOD_BEFORE.search(text, max(0, a.start - 16), a.start)
    if mm is None:
        return a
    w = mm.group("w").lower().split()[-1]
    nv: _V | None = v
    if w in ("next", "coming"):
        nv = _with_year(
            v, ref.year if (v.lo.month, v.lo.day) > (ref.month, ref.day) else ref.year + 1
        )
    elif w in ("last", "past"):
        nv = _with_year(
            v, ref.year if (v.lo.month, v.lo.day) < (ref.month, ref.day) else ref.year - 1
        )
    else:
        nv = _with_year(v, ref.year)
    if nv is None:
        return a
    return _Atom(mm.start(), a.end, a.kind, nv._replace(rel=True), a.weak)


_RANGE_WORD_BEFORE = re.compile(r"(?:\b(?:from|between|to|and|through|since)|[-–—])\s*$", P.FLAGS)
_RANGE_WORD_AFTER = re.compile(
    r"\s*(?:(?:to|and|through)\b|[-–—])\s*(?:\d|(?:mid|early|late|the|end|jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
    P.FLAGS,
)
_WEEK = dt.timedelta(days=7)
_MONTH_AHEAD = dt.timedelta(days=31)


def _tensed(text: str, a: _Atom, ref: dt.date) -> _Atom:
    """A bare weekday, month or month-day read in the tense of its clause.

    "Obama will meet Sanders on Thursday" is the coming Thursday, not the last one; "he is
    expected to leave in July", written in December, is next July; "Flynn stepped down in
    February", written in December, is the February past. Without such a tell the weekday is
    the latest on or before the reference and the month the nearest (``_weekday_near``,
    ``_nearest_month``). A day or two either way is left alone: publication dates run late.
    """
    v = a.v
    if not v.ok or v.lo is None or v.hi is None or v.olo or v.ohi:
        return a
    if a.kind == "rw":
        if (
            v.lo < ref
            and _future_clause(text, a.start)
            and _BARE_WEEKDAY.fullmatch(text, a.start, a.end)
            and not _past_verb_follows(text, a.start, a.end)
            and not _in_a_range(text, a)
        ):
            return a._replace(v=_day(v.lo + _WEEK, rel=True))
        return a
    if v.md is None:
        return a
    month, day = v.md
    year = v.lo.year
    if (
        v.hi < ref - (_WEEK if day else _DAY0)
        and _future_clause(text, a.start)
        and not _past_verb_follows(text, a.start, a.end)
    ):
        year += 1
    elif v.lo > ref + (_MONTH_AHEAD if day else _DAY0) and (
        (
            _BACK_IN_BEFORE.search(text, max(0, a.start - 12), a.start)
            and not _future_clause(text, a.start)
        )
        or _past_clause(text, a.start, a.end, strict=True)
    ):
        year -= 1
    else:
        return a
    if (
        _in_a_range(text, a)
        or _BARE_WEEKDAY.search(text, a.start, a.end)  # "this Friday 5/12": the weekday's year
        or _THE_BEFORE.search(text, max(0, a.start - 5), a.start)
    ):
        return a  # "charged in the January shooting": the name of an event has no tense
    nv = _md_value(month, day, year, None)
    return a if nv is None else a._replace(v=nv._replace(rel=True, md=v.md))


_BY_AFTER = re.compile(r"\s+by\b")
_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "get", "got", "gets", "getting", "have"})
_BACK_IN_BEFORE = re.compile(r"\bback\s+(?:in|on)\s+$", P.FLAGS)


def _in_a_range(text: str, a: _Atom) -> bool:
    """A range's ends are read together; "since" always looks back."""
    return bool(
        _RANGE_WORD_BEFORE.search(text, max(0, a.start - 10), a.start)
        or _RANGE_WORD_AFTER.match(text, a.end)
    )


_ATTACKS_AFTER = re.compile(
    r"(?:th)?,?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack(?:ing|ers)?|victims|plot(?:ters)?|"
    r"commission)\b",
    P.FLAGS,
)


def _nine_eleven(text: str, a: _Atom) -> _Atom:
    """'the Sept. 11 attacks', like 'the 9/11 attacks', names the attacks of 2001."""
    if not _ATTACKS_AFTER.match(text, a.end):
        return a
    return a._replace(v=_day(_D(2001, 9, 11)))


def _duration_spans(text: str, atoms: list[_Atom], ref: dt.date | None) -> list[_Atom]:
    """A length of time tied to the day it opens at is the span of those days.

    "for 3 days starting Friday", "a week starting tomorrow", "for 3 days from today",
    "less than 2 weeks from today", "less than 3 days after tomorrow": the days from the anchor
    (the day after it for "for … after") to the end of the length. Without "for", "less than"
    or a word like "starting", "3 days from Tuesday" stays the one day it names.
    """
    out: list[_Atom] = []
    i = 0
    prev_end = 0
    # where "starting", "from" … end: one pass over the text, then a look-up before each date
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        made: _Atom | None = None
        used = 1
        if a.kind == "of":
            made, used = _of_span(text, a, b, ref, prev_end)
        elif _SPAN_KEY.search(text, max(prev_end, a.start - 30), a.start):
            made = _lead_span(text, a, prev_end)
        if made is None:
            made, used = a, 1
        out.append(made)
        prev_end = made.end
        i += used
    return out


def _of_span(
    text: str, a: _Atom, b: _Atom | None, ref: dt.date | None, prev_end: int
) -> tuple[_Atom | None, int]:
    """'for 3 days from today', 'less than 3 days after tomorrow' (``b`` is the anchor)."""
    pre = _SPAN_PRE.search(text, max(prev_end, a.start - 12), a.start)
    m = _OF_RX.match(text[a.start : a.end].lower()) if pre is not None else None
    if pre is None or m is None:
        return None, 1
    how = " ".join(m.group("of_d").split())
    after = how == "after" and pre.group("pre").lower() == "for"
    if how in ("from now", "from today", "from tomorrow", "from tmrw"):
        if ref is None:
            return _Atom(pre.start(), a.end, "span", _UNRESOLVED[_G.DAY]), 1
        anchor = ref + dt.timedelta(days=1 if how in ("from tomorrow", "from tmrw") else 0)
        end, used, rel = a.end, 1, True
    elif how in ("after", "from") and b is not None and not text[a.end : b.start].strip():
        if not b.v.ok:
            return _Atom(pre.start(), b.end, "span", _UNRESOLVED[_G.DAY]), 2
        if b.v.lo is None:
            return None, 1
        anchor, end, used, rel = b.v.lo, b.end, 2, b.v.rel
    else:
        return None, 1
    got = _length_from(anchor, m.group("of_dur"), after=after)
    if got is None:
        return None, 1
    return _Atom(pre.start(), end, "span", got._replace(rel=rel)), used


def _lead_span(text: str, a: _Atom, prev_end: int) -> _Atom | None:
    """'3 days starting from next Monday', 'for 1 week, from Dec. 20' (``a`` is the anchor)."""
    if a.v.ok and a.v.lo is None:
        return None
    # a cheap test of the word before first: this runs before every date in the text
    words = text[max(prev_end, a.start - 30) : a.start].lower().split()[-3:]
    if words and words[-1] == "the":
        words.pop()
    if len(words) >= 2 and words[-1] in ("on", "in", "from", "with") and words[-2] in _SPAN_WORDS:
        words.pop()
    if not words or (words[-1] not in _SPAN_WORDS and words[-1] != "from"):
        return None
    lead = _SPAN_LEAD.search(text, max(prev_end, a.start - 60), a.start)
    if lead is None or (lead.group("w").lower() == "from" and not lead.group("pre")):
        return None
    if not a.v.ok or a.v.lo is None:
        return _Atom(lead.start(), a.end, "span", _UNRESOLVED[_G.DAY])
    got = _length_from(a.v.lo, lead.group("dur"), after=False)
    if got is None:
        return None
    return _Atom(lead.start(), a.end, "span", got._replace(rel=a.v.rel))


def _open(v: _V, word: str) -> _V | None:
    if word in ("since", "from", "as of") or word.startswith(("starting", "beginning")):
        return v._replace(hi=None, ohi=True)
    if word in (
        "later than or at",
        "later than or in",
        "later than or on",
        "after or equal to",
        "on or after",
        ">=",
        "> =",
        "as early as",
    ):
        return v._replace(hi=None, ohi=True)
    if word in ("after", "later than", "no earlier than", "greater than", ">"):
        lo = v.hi + _DAY1 if v.hi is not None else None
        if word == "no earlier than" or v.gran == _G.DAY:
            lo = v.lo
        return v._replace(lo=lo, hi=None, ohi=True)
    if word in ("before", "earlier than", "prior to"):
        hi = v.lo - _DAY1 if v.lo is not None else None
        return v._replace(lo=None, hi=hi, olo=True)
    if word in ("until", "till", "til", "up to", "by", "no later than", "on or before"):
        return v._replace(lo=None, olo=True)
    if word == "=":
        return v
    return None


# ---------------------------------------------------------------- public API


def _check_reference(reference: object) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    msg = f"reference={reference!r} must be a datetime.date, a datetime.datetime or None"
    raise InvalidArgument(msg)


def parse_dates(
    text: str, *, reference: dt.date | None = None, dayfirst: bool = False
) -> list[DateMention]:
    """Find every date expression in ``text`` and resolve it to an interval of days.

    Args:
        text: any text; offsets in the result index it exactly as given.
        reference: the publication date that relative expressions ("Friday", "last week",
            "Jan. 15") resolve against; a ``datetime.datetime`` is accepted for its date. Without
            it, relative expressions are returned with ``resolved=False`` and no bounds.
        dayfirst: read ambiguous numeric dates like ``01/09/2026`` as day first (9 January).

    Returns:
        The date mentions in order of their start offset, without overlaps.

    Raises:
        InvalidArgument: if ``text`` is not a ``str``, ``reference`` is not a date or ``None``, or
            ``dayfirst`` is not a ``bool``.

    >>> [m.text for m in parse_dates("Talks resumed on Jan. 15 after a pause since March 2019.")]
    ['Jan. 15', 'since March 2019']
    >>> m = parse_dates("announced on Friday", reference=dt.date(2026, 1, 10))[0]
    >>> m.text, m.start, m.granularity.value, m.relative
    ('Friday', datetime.date(2026, 1, 9), 'day', True)
    >>> parse_dates("announced on Friday")[0].resolved
    False
    >>> parse_dates("The 1990s")[0].end
    datetime.date(1999, 12, 31)
    """
    if not isinstance(text, str):
        msg = f"text={text!r} must be a str"
        raise InvalidArgument(msg)
    if not isinstance(dayfirst, bool):
        msg = f"dayfirst={dayfirst!r} must be a bool"
        raise InvalidArgument(msg)
    ref = _check_reference(reference)
    if not text:
        return []
    return list(_parse_cached(text, ref, dayfirst))


@functools.lru_cache(maxsize=256)
def _parse_cached(text: str, ref: dt.date | None, dayfirst: bool) -> tuple[DateMention, ...]:
    low = text.lower()
    if len(low) != len(text):
        # a few characters lower-case to two ("İ"); keep offsets by leaving those as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    atoms: list[_Atom] = []
    n = len(low)
    pos = 0
    while pos < n:
        m = P.SCANNER.search(low, pos)
        if m is None:
            break
        kind = m.lastgroup
        atom = None
        if kind is not None:
            try:
                atom = _handle(m, kind, ref, dayfirst, text)
            except (ValueError, OverflowError, KeyError):
                atom = None
        if atom is not None and _ends_mid_word(text, atom.end):
            atom = None  # "María": a month abbreviation inside a word with an accent
        match_end = m.end()
        if (atom is None or atom.end <= atom.start) and kind is not None:
            # a later alternative's match: what the rejected one read past it is read again
            atom = _retry(low, m.start(), kind, ref=ref, dayfirst=dayfirst, text=text, hi=n)
            match_end = 0
        if atom is None or atom.end <= atom.start:
            pos = m.start() + 1
            continue
        if atoms and atom.start < atoms[-1].end:
            pos = atoms[-1].end
            continue
        atoms.append(atom)
        pos = max(match_end, atom.end)
    atoms = _long_tail(text, low, atoms)
    atoms = _combine(text, atoms, ref)
    out: list[DateMention] = []
    last_end = 0
    for a in atoms:
        s, e = a.start, a.end
        e = _rstrip(text, s, e)
        if s < last_end or e <= s:
            continue
        v = a.v
        lo, hi = v.lo, v.hi
        if lo is not None and hi is not None and lo > hi:
            continue
        resolved = v.ok and (lo is not None or hi is not None)
        out.append(
            DateMention(
                span=Span(s, e),
                text=text[s:e],
                start=lo if resolved else None,
                end=hi if resolved else None,
                granularity=v.gran,
                relative=v.rel or not v.ok,
                resolved=resolved,
                open_start=v.olo,
                open_end=v.ohi,
            )
        )
        last_end = e
    return tuple(out)


def _ends_mid_word(text: str, end: int) -> bool:
    return 0 < end < len(text) and text[end].isalpha() and text[end - 1].isalpha()


def _retry(
    low: str, pos: int, kind: str, *, ref: dt.date | None, dayfirst: bool, text: str, hi: int
) -> _Atom | None:
    """Try the alternatives after a rejected one at the same position."""
    for name, rx in P.ALTERNATIVES[P.INDEX[kind] + 1 :]:
        m = rx.match(low, pos, hi)
        if m is None:
            continue
        try:
            atom = _handle(m, name, ref, dayfirst, text)
        except (ValueError, OverflowError, KeyError):
            atom = None
        if atom is not None and atom.end > atom.start and not _ends_mid_word(text, atom.end):
            return atom
    return None


#: A token of three parts joined by one separator with a four-digit year among them, that the
#: scanner did not read ("2020/23/Sep", "23-2020-September"): dateparser's long tail.
_ODD = re.compile(r"(?:\d{1,4}|[a-z]{3,9})([-/.])(?:\d{1,4}|[a-z]{3,9})\1(?:\d{1,4}|[a-z]{3,9})\.?")
_LETTER_DIGIT_JOIN = re.compile(r"[a-z][-/.]\d|\d[-/.][a-z]")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_TOKEN_EDGE = re.compile(r"[^\s,;:()\[\]\"'“”‘’]{1,30}")
_DATEPARSER_SETTINGS = {
    # Only complete dates, so that nothing is ever filled in from a relative base or the clock.
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),  # fixed, and unused once all parts are required
}


@functools.lru_cache(maxsize=4096)
def _dateparser_day(candidate: str) -> dt.date | None:
    """dateparser on one short candidate string, cached; ``None`` when it finds no full date."""
    try:
        with warnings.catch_warnings():
            # its import and its parsing may warn (deprecations in its own dependencies)
            warnings.simplefilter("ignore")
            import dateparser  # noqa: PLC0415 - slow to import: only when the long tail is met

            value = dateparser.parse(candidate, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except Exception:  # missing, or failing on odd input: no date
        return None
    return value.date() if isinstance(value, dt.datetime) else None


def _long_tail(text: str, low: str, atoms: list[_Atom]) -> list[_Atom]:
    """Hand the odd date-like tokens the scanner left to dateparser."""
    out = list(atoms)
    last = -1
    # the odd tokens join a letter and a digit with a separator: few places in real text
    for hit in _LETTER_DIGIT_JOIN.finditer(low):
        if hit.start() < last:
            continue
        s = hit.start()
        while s > 0 and s > hit.start() - 12 and low[s - 1] not in " \t\n,;:()[]\"'“”‘’":
            s -= 1
        tok = _TOKEN_EDGE.match(low, s)
        if tok is None:
            continue
        last = tok.end()
        if not _FOUR_DIGITS.search(low, s, tok.end()):
            continue
        m = _ODD.fullmatch(low, s, tok.end())
        if m is None:
            continue
        e = m.end()
        if low[e - 1] == ".":
            e -= 1
        if any(
            a.start < e and s < a.end and not (s <= a.start and a.end <= m.end()) for a in atoms
        ):
            continue
        if any(a.start == s and a.end == e for a in atoms):
            continue
        day = _dateparser_day(text[s:e])
        if day is None:
            continue
        out = [a for a in out if not (a.start < e and s < a.end)]
        out.append(_Atom(s, e, "dp", _day(day)))
    out.sort(key=lambda a: a.start)
    return out


def _coarsen(d: dt.date, gran: Granularity, *, end: bool) -> dt.date:
    if gran == _G.DAY:
        return d
    if gran == _G.WEEK:
        s = _week_start(d)
        return s + dt.timedelta(days=6) if end else s
    if gran == _G.MONTH:
        return _month_end(d.year, d.month) if end else d.replace(day=1)
    if gran == _G.QUARTER:
        q = (d.month - 1) // 3
        return _month_end(d.year, 3 * q + 3) if end else _D(d.year, 3 * q + 1, 1)
    if gran == _G.YEAR:
        return _D(d.year, 12, 31) if end else _D(d.year, 1, 1)
    size = 10 if gran == _G.DECADE else 100
    y0 = d.year // size * size
    return _D(min(y0 + size - 1, 9999), 12, 31) if end else _D(max(y0, 1), 1, 1)


def compare_dates(a: DateMention, b: DateMention) -> Verdict:
    """Compare two date mentions: ``agree``, ``compatible``, ``conflict`` or ``incomparable``.

    Same interval: agree. One interval inside the other, or overlapping once both are widened to
    the coarser of the two granularities: compatible. Disjoint at the coarser granularity:
    conflict. An unresolved mention, or one without any bound: incomparable. Symmetric.

    Args:
        a: a date mention.
        b: another date mention.

    Returns:
        The verdict.

    Raises:
        InvalidArgument: if either argument is not a :class:`DateMention`.

    >>> ref = dt.date(2026, 1, 10)
    >>> fri = parse_dates("Friday", reference=ref)[0]
    >>> jan9 = parse_dates("January 9", reference=ref)[0]
    >>> compare_dates(fri, jan9).value
    'agree'
    >>> y, m = parse_dates("2019")[0], parse_dates("March 2019")[0]
    >>> compare_dates(y, m).value
    'compatible'
    >>> compare_dates(parse_dates("January 6, 2026")[0], jan9).value
    'conflict'
    """
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, DateMention):
            msg = f"{name}={value!r} must be a DateMention"
            raise InvalidArgument(msg)
    if not (a.resolved and b.resolved):
        return Verdict.INCOMPARABLE
    ends = []
    for m in (a, b):
        if (m.start is None and not m.open_start) or (m.end is None and not m.open_end):
            return Verdict.INCOMPARABLE
        ends.append((m.start, m.end))
    if (a.start, a.end, a.open_start, a.open_end) == (b.start, b.end, b.open_start, b.open_end):
        return Verdict.AGREE
    gran = a.granularity if _ORDER[a.granularity] >= _ORDER[b.granularity] else b.granularity
    lo_max = None
    hi_min = None
    for s, e in ends:
        if s is not None:
            cs = _coarsen(s, gran, end=False)
            lo_max = cs if lo_max is None or cs > lo_max else lo_max
        if e is not None:
            ce = _coarsen(e, gran, end=True)
            hi_min = ce if hi_min is None or ce < hi_min else hi_min
    if lo_max is not None and hi_min is not None and lo_max > hi_min:
        return Verdict.CONFLICT
    return Verdict.COMPATIBLE
