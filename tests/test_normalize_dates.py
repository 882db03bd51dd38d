"""Tests of the dates stage: parse_dates and compare_dates."""

from __future__ import annotations

import datetime as dt
import doctest
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import InvalidArgument
from factcheck.model import DateMention, Granularity, Span, Verdict
from factcheck.normalize import dates
from factcheck.normalize.dates import compare_dates, parse_dates

D = dt.date
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
REF = D(2026, 1, 10)  # a Saturday


def one(text: str, reference: dt.date | None = REF, **kw: bool) -> DateMention:
    """The single mention in ``text``."""
    found = parse_dates(text, reference=reference, **kw)
    assert len(found) == 1, found
    return found[0]


def check_spans(text: str, found: list[DateMention]) -> None:
    """Every mention quotes the text exactly, in order, without overlaps."""
    last = 0
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
        assert m.span.start >= last
        last = m.span.end


# (text, reference, start, end, granularity)
ISSUE_EXAMPLES = [
    ("January 9", REF, D(2026, 1, 9), D(2026, 1, 9), "day"),
    ("Jan. 15", REF, D(2026, 1, 15), D(2026, 1, 15), "day"),
    ("Jan 10", REF, D(2026, 1, 10), D(2026, 1, 10), "day"),
    ("9 January 2026", None, D(2026, 1, 9), D(2026, 1, 9), "day"),
    ("January 9th, 2026", None, D(2026, 1, 9), D(2026, 1, 9), "day"),
    ("2026-01-10", None, D(2026, 1, 10), D(2026, 1, 10), "day"),
    ("01/09/2026", None, D(2026, 1, 9), D(2026, 1, 9), "day"),
    ("March 2019", None, D(2019, 3, 1), D(2019, 3, 31), "month"),
    ("2019", None, D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("the 1990s", None, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("mid-2019", None, D(2019, 5, 1), D(2019, 8, 31), "year"),
    ("early March", REF, D(2026, 3, 1), D(2026, 3, 15), "month"),
    ("the first quarter of 2024", None, D(2024, 1, 1), D(2024, 3, 31), "quarter"),
    ("Q3 2025", None, D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    ("the 19th century", None, D(1800, 1, 1), D(1899, 12, 31), "century"),
    ("Friday", REF, D(2026, 1, 9), D(2026, 1, 9), "day"),
    ("last Friday", REF, D(2026, 1, 9), D(2026, 1, 9), "day"),
    ("next Monday", REF, D(2026, 1, 12), D(2026, 1, 12), "day"),
    ("yesterday", REF, D(2026, 1, 9), D(2026, 1, 9), "day"),
    ("today", REF, REF, REF, "day"),
    ("tomorrow", REF, D(2026, 1, 11), D(2026, 1, 11), "day"),
    ("two days ago", REF, D(2026, 1, 8), D(2026, 1, 8), "day"),
    ("last week", REF, D(2025, 12, 29), D(2026, 1, 4), "week"),
    ("next month", REF, D(2026, 2, 1), D(2026, 2, 28), "month"),
    ("last year", REF, D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("earlier this year", REF, D(2026, 1, 1), REF, "day"),
    ("from March to May 2019", None, D(2019, 3, 1), D(2019, 5, 31), "month"),
    ("between 2019 and 2021", None, D(2019, 1, 1), D(2021, 12, 31), "year"),
]

NEWS_FORMS = [
    ("on Thursday", D(2026, 1, 9), D(2026, 1, 8), D(2026, 1, 8), "day"),
    ("Friday, January 9", REF, D(2026, 1, 9), D(2026, 1, 9), "day"),
    ("Dec. 31, 1994", None, D(1994, 12, 31), D(1994, 12, 31), "day"),
    ("the third week of March 2020", None, D(2020, 3, 16), D(2020, 3, 22), "week"),
    ("November 19-20, 2016", None, D(2016, 11, 19), D(2016, 11, 20), "day"),
    ("Nov 18-Dec 19, 2015", None, D(2015, 11, 18), D(2015, 12, 19), "day"),
    ("2014-2018", None, D(2014, 1, 1), D(2018, 12, 31), "year"),
    ("the 2010-11 season", None, D(2010, 1, 1), D(2011, 12, 31), "year"),
    ("a month ago", REF, D(2025, 12, 10), D(2025, 12, 10), "month"),  # as precise as its unit
    ("in three weeks", REF, D(2026, 1, 31), D(2026, 1, 31), "week"),
    ("3 days after January 12th", REF, D(2026, 1, 15), D(2026, 1, 15), "day"),
    ("Christmas 2019", None, D(2019, 12, 25), D(2019, 12, 25), "day"),
    ("Easter 2024", None, D(2024, 3, 31), D(2024, 3, 31), "day"),
    ("Good Friday 2024", None, D(2024, 3, 29), D(2024, 3, 29), "day"),
    ("Labor Day weekend 2021", None, D(2021, 9, 4), D(2021, 9, 6), "week"),
    ("Thanksgiving weekend 2023", None, D(2023, 11, 23), D(2023, 11, 26), "week"),
    ("the late 1980s", None, D(1987, 1, 1), D(1989, 12, 31), "decade"),
    ("the nineteen-sixties", None, D(1960, 1, 1), D(1969, 12, 31), "decade"),
    ("the eighteen nineties", REF, D(1890, 1, 1), D(1899, 12, 31), "decade"),
    ("the twenty-tens", None, D(2010, 1, 1), D(2019, 12, 31), "decade"),
    ("the two thousands", None, D(2000, 1, 1), D(2009, 12, 31), "decade"),
    ("H1 2016", None, D(2016, 1, 1), D(2016, 6, 30), "quarter"),
    ("week 10 of 2019", None, D(2019, 3, 4), D(2019, 3, 10), "week"),
    ("the end of the year", REF, D(2026, 9, 1), D(2026, 12, 31), "year"),
    ("nineteen ninety six", None, D(1996, 1, 1), D(1996, 12, 31), "year"),
    ("13.5.2015", None, D(2015, 5, 13), D(2015, 5, 13), "day"),
    ("two Sundays from now", REF, D(2026, 1, 18), D(2026, 1, 18), "day"),
    ("end-2024", None, D(2024, 9, 1), D(2024, 12, 31), "year"),
    ("end-March 2025", None, D(2025, 3, 16), D(2025, 3, 31), "month"),
    pytest.param(
        "the same year", REF, D(2026, 1, 1), D(2026, 12, 31), "year",
        marks=pytest.mark.xfail(strict=True),
    ),
    pytest.param(
        "the day after the attack", REF, None, None, "day", marks=pytest.mark.xfail(strict=True)
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "start", "end", "gran"), ISSUE_EXAMPLES)
def test_issue_examples(text, ref, start, end, gran):
    """The forms the issue lists resolve to the right interval and granularity."""
    m = one(text, ref)
    assert (m.start, m.end, m.granularity) == (start, end, Granularity(gran))
    assert m.resolved


@pytest.mark.parametrize(("text", "ref", "start", "end", "gran"), NEWS_FORMS)
def test_news_forms(text, ref, start, end, gran):
    """Other forms common in news text resolve correctly."""
    m = one(text, ref)
    assert (m.start, m.end, m.granularity) == (start, end, Granularity(gran))


# A length of time opening at a day: (text, start, end); reference REF, Saturday 2026-01-10.
LENGTHS = [
    ("The curfew holds for two weeks starting Monday.", D(2026, 1, 5), D(2026, 1, 18)),
    ("The festival runs for 4 days beginning on March 3, 2026.", D(2026, 3, 3), D(2026, 3, 6)),
    ("Roads close for three days, from tomorrow.", D(2026, 1, 11), D(2026, 1, 13)),
    ("Flags fly at half-mast for 5 days from today.", D(2026, 1, 10), D(2026, 1, 14)),
    ("The vote is less than 3 weeks from now.", D(2026, 1, 10), D(2026, 1, 30)),
    ("Talks resume less than 2 days after Christmas 2026.", D(2026, 12, 25), D(2026, 12, 26)),
    ("Shops stay shut for 2 days after Christmas 2026.", D(2026, 12, 26), D(2026, 12, 27)),
    ("The ban lasts a month starting Feb. 1, 2026.", D(2026, 2, 1), D(2026, 2, 28)),
]


@pytest.mark.parametrize(("text", "start", "end"), LENGTHS)
def test_length_from_a_day(text, start, end):
    """'for 3 days starting Friday' is those three days; '3 days from Tuesday' stays one day."""
    found = parse_dates(text, reference=REF)
    check_spans(text, found)
    spans = [(m.start, m.end) for m in found if m.end != m.start]
    assert spans == [(start, end)]


def test_length_without_for_is_a_day():
    """Without 'for', 'less than' or 'starting', a length from a day names one day."""
    m = one("The vote is 3 days from Tuesday.")
    assert (m.start, m.end) == (D(2026, 1, 9), D(2026, 1, 9))
    m = one("for 3 days from today", None)
    assert (m.resolved, m.text) == (False, "for 3 days from today")
    m = one("a 10-day strike beginning on March 3, 2026")
    assert (m.start, m.end, m.open_end) == (D(2026, 3, 3), None, True)


# A part of a period: (text, reference, start, end, granularity).
PARTS = [
    ("in the first six months of 2025", None, D(2025, 1, 1), D(2025, 6, 30), "month"),
    ("the first nine months of the year", REF, D(2026, 1, 1), D(2026, 9, 30), "month"),
    ("over the last three months of last year", REF, D(2025, 10, 1), D(2025, 12, 31), "month"),
    ("the first two quarters of 2024", None, D(2024, 1, 1), D(2024, 6, 30), "quarter"),
    ("the first 10 days of May 2025", None, D(2025, 5, 1), D(2025, 5, 10), "day"),
    ("the final 5 days of the month", REF, D(2026, 1, 27), D(2026, 1, 31), "day"),
    # weeks belong to the month of their Thursday (ISO 8601), as in "the first week of March"
    ("the first 2 weeks of 2026", None, D(2025, 12, 29), D(2026, 1, 11), "week"),
    ("the last two weeks of June 2025", None, D(2025, 6, 16), D(2025, 6, 29), "week"),
    ("the last day of February 2024", None, D(2024, 2, 29), D(2024, 2, 29), "day"),
    ("the third month of 2025", None, D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("the 100th day of 2025", None, D(2025, 4, 10), D(2025, 4, 10), "day"),
    ("the 12th week of 2021", None, D(2021, 3, 22), D(2021, 3, 28), "week"),
]


@pytest.mark.parametrize(("text", "ref", "start", "end", "gran"), PARTS)
def test_part_of_a_period(text, ref, start, end, gran):
    """'the first six months of 2025' is January to June 2025, one mention."""
    m = one(text, ref)
    assert (m.start, m.end, m.granularity) == (start, end, Granularity(gran))


def test_part_of_something_else_is_not_a_date():
    """'the first 3 weeks of the war', 'the first day of school' point into the story."""
    text = "the first 3 weeks of the war; the first day of school"
    assert parse_dates(text, reference=REF) == []
    assert one("the first six months of the year", None).resolved is False


# (text, reference, start, end): REF is Saturday 2026-01-10.
SMALL_FORMS = [
    # "next"/"last"/"this" before a month-day pick the year
    ("The summit opens next March 3.", REF, D(2026, 3, 3), D(2026, 3, 3)),
    ("They met next Jan. 5 again.", REF, D(2027, 1, 5), D(2027, 1, 5)),
    ("It closed last December 2.", REF, D(2025, 12, 2), D(2025, 12, 2)),
    ("It closed last March 2.", REF, D(2025, 3, 2), D(2025, 3, 2)),
    ("Results are due this June 30.", REF, D(2026, 6, 30), D(2026, 6, 30)),
    # a bare weekday closing a range is the first such day on or after its start
    ("Schools shut from next Tuesday to Friday.", REF, D(2026, 1, 13), D(2026, 1, 16)),
    ("Roads close from Jan. 8 through Sunday.", REF, D(2026, 1, 8), D(2026, 1, 11)),
    # a modifier fixes a month's year in a range
    ("from this May to October 2027", REF, D(2026, 5, 1), D(2027, 10, 31)),
    # the larger units of an offset go first (ISO 8601): 2026-01-10 - 1 month = 2025-12-10,
    # - 12 days = 2025-11-28 (the days first would give 2025-11-29)
    ("It began 1 month and 12 days ago.", REF, D(2025, 11, 28), D(2025, 11, 28)),
    # "the past year" counts back from the reference, as "the past 3 months" does
    ("Prices rose 8% over the past year.", REF, D(2025, 1, 10), REF),
    ("In the last week, 40 ships crossed.", REF, D(2026, 1, 3), REF),
    ("the past fortnight", REF, D(2025, 12, 27), REF),
    ("Prices rose 8% last year.", REF, D(2025, 1, 1), D(2025, 12, 31)),
    ("in the last week of July 2025", REF, D(2025, 7, 28), D(2025, 8, 3)),
    # and so do decades: "over the past decade" is the last ten years, not the 2010s
    ("Rents doubled over the past decade.", REF, D(2016, 1, 10), REF),
    ("Output fell in the last two decades.", REF, D(2006, 1, 10), REF),
    ("The city grew fast last decade.", REF, D(2010, 1, 1), D(2019, 12, 31)),
    # "the weekend" is the nearest weekend; "for the weekend" the one of the reference's week
    ("Storms are forecast for the weekend.", D(2026, 1, 12), D(2026, 1, 17), D(2026, 1, 18)),
    ("Over the weekend, talks collapsed.", D(2026, 1, 12), D(2026, 1, 10), D(2026, 1, 11)),
    ("She spent the weekend in Ohio.", D(2026, 1, 14), D(2026, 1, 10), D(2026, 1, 11)),
    ("Talks go on through the weekend.", D(2026, 1, 16), D(2026, 1, 17), D(2026, 1, 18)),
    ("The weekend's protests were peaceful.", D(2026, 1, 13), D(2026, 1, 10), D(2026, 1, 11)),
    ("Over the weekend, rain is likely.", D(2026, 1, 15), D(2026, 1, 17), D(2026, 1, 18)),
    ("Markets were calm over the weekend.", D(2026, 1, 11), D(2026, 1, 10), D(2026, 1, 11)),
    # a weekday beside an offset: the weekday nearest the offset's day
    ("The trial opens in two weeks, on Monday.", REF, D(2026, 1, 26), D(2026, 1, 26)),
    ("It ended on Tuesday, a month ago.", REF, D(2025, 12, 9), D(2025, 12, 9)),
    ("Thursday, three days from now", REF, D(2026, 1, 15), D(2026, 1, 15)),
    # after a week, the weekday of that week
    ("The vote is next week, on Wednesday.", REF, D(2026, 1, 14), D(2026, 1, 14)),
    ("in the second week of March 2026, on Friday", None, D(2026, 3, 13), D(2026, 3, 13)),
    # "the weekend of" a day: the Saturday and Sunday of its week (a Monday closes the one before)
    ("on the weekend of June 13, 2026", None, D(2026, 6, 13), D(2026, 6, 14)),
    ("the weekend of June 10, 2026", None, D(2026, 6, 13), D(2026, 6, 14)),
    ("the weekend of June 15, 2026", None, D(2026, 6, 13), D(2026, 6, 14)),
    # "for the week", "for the day": the current one (market and closure reports)
    ("The index fell 2% for the week.", D(2026, 1, 16), D(2026, 1, 12), D(2026, 1, 18)),
    ("The museum is closed for the day.", REF, REF, REF),
    ("Shares are up 30% for the year.", REF, D(2026, 1, 1), D(2026, 12, 31)),
    ("Figures for the year 2018 show a rise.", REF, D(2018, 1, 1), D(2018, 12, 31)),
    # a count before "next week" is not "the 3 next weeks"
    ("Only 3 next week.", REF, D(2026, 1, 12), D(2026, 1, 18)),
]


@pytest.mark.parametrize(("text", "ref", "start", "end"), SMALL_FORMS)
def test_small_forms(text, ref, start, end):
    """Modifiers before month-days, ranges closed by a weekday, counts before 'next week'."""
    m = one(text, ref)
    assert (m.start, m.end) == (start, end)


# Seasons (meteorological, northern hemisphere): (text, reference, start, end).
SEASONS = [
    ("The bridge opens in summer 2027.", None, D(2027, 6, 1), D(2027, 8, 31)),
    ("in the spring of 1978", None, D(1978, 3, 1), D(1978, 5, 31)),
    ("the autumn of '68", None, D(1968, 9, 1), D(1968, 11, 30)),
    ("Enrolment fell in fall 2024.", None, D(2024, 9, 1), D(2024, 11, 30)),
    # winter is named by the year of its January
    ("the harsh winter of 2021", None, D(2020, 12, 1), D(2021, 2, 28)),
    ("The station closes this summer.", REF, D(2026, 6, 1), D(2026, 8, 31)),
    ("It was colder last winter.", REF, D(2024, 12, 1), D(2025, 2, 28)),
    ("It is colder this winter.", REF, D(2025, 12, 1), D(2026, 2, 28)),
    ("Harvests failed last autumn.", REF, D(2025, 9, 1), D(2025, 11, 30)),
    ("Talks resume next spring.", REF, D(2026, 3, 1), D(2026, 5, 31)),
    ("Talks resumed last summer.", D(2026, 7, 20), D(2025, 6, 1), D(2025, 8, 31)),
]


@pytest.mark.parametrize(("text", "ref", "start", "end"), SEASONS)
def test_seasons(text, ref, start, end):
    """A season with a year or a modifier is its three months."""
    m = one(text, ref)
    assert (m.start, m.end, m.granularity) == (start, end, Granularity.QUARTER)


def test_seasons_that_are_not_dates():
    """A season alone, a falling price and a named spring are not dates."""
    text = "In summer, prices fall quickly; the Prague Spring ended."
    assert parse_dates(text, reference=REF) == []
    assert [m.text for m in parse_dates("the Arab Spring of 2011", reference=REF)] == ["2011"]


OPEN = [
    ("since 2019", D(2019, 1, 1), None, False, True),
    ("until June", None, D(2026, 6, 30), True, False),
    ("after 2018", D(2019, 1, 1), None, False, True),
    ("before March 2019", None, D(2019, 2, 28), True, False),
    ("2012 or later", D(2012, 1, 1), None, False, True),
    ("before the end of the year", None, D(2026, 12, 31), True, False),
    ("prior to the end of March 2019", None, D(2019, 3, 31), True, False),
    ("before the 2016", None, D(2015, 12, 31), True, False),
]


EVENT_OF_A_YEAR = [
    ("weeks before the 2016 election", "before the 2016", None, D(2016, 12, 31)),
    ("soon after the 2016 election", "after the 2016", D(2016, 1, 1), None),
    ("before the March 2019 vote", "before the March 2019", None, D(2019, 3, 31)),
    ("shortly before the Nov. 8 elections", "before the Nov. 8", None, D(2025, 11, 7)),
]


@pytest.mark.parametrize(("text", "words", "start", "end"), EVENT_OF_A_YEAR)
def test_before_and_after_an_event_of_a_year_include_the_year(text, words, start, end):
    """'before the 2016 election' is before a day in 2016, not before 2016 began."""
    m = one(text)
    assert (m.text, m.start, m.end) == (words, start, end)


def test_by_after_followed_is_not_a_deadline():
    found = parse_dates("Sales peak in July, followed by June.", reference=REF)
    assert [(m.text, m.open_start) for m in found] == [("July", False), ("June", False)]


@pytest.mark.parametrize(("text", "start", "end", "open_start", "open_end"), OPEN)
def test_open_intervals(text, start, end, open_start, open_end):
    """'since', 'until', 'after', 'before' and 'or later' leave one side open, and say so."""
    m = one(text)
    assert (m.start, m.end, m.open_start, m.open_end) == (start, end, open_start, open_end)
    assert m.text == text


NOT_DATES = [
    "He may resign, and the crowd may march on the capital.",
    "The march drew 2,024 people.",
    "Officials counted 2024 people at the border.",
    "The ticket cost $2019 in total.",
    "See page 2019 of the report.",
    "Call 555-2019-2020 for details.",
    "May I ask why?",
    "Protesters marked Bloody Sunday in Derry.",
    "Mortgages were at 6.45 percent.",
    "The ssn is 123-12-1234",
    "Marshals only work 17 hours in a month.",
    "He was released after 12 days of protests.",
    "Right now, it doesn't appear so.",
    "It was the second time in a week.",
    "Sales rose sharply the following year.",
    "Item 1001 arrived.",
    "He was arrested on the weekend of the riots.",
    "Profit for the year ahead and for the day of the vote is unclear.",
    "It ran in The Weekend Australian and the weekend edition of the Times.",
    "The bill passed with a 2/3 majority after 1 1/2 hours.",
    "Police were called to 1555 Main St. at noon.",
    "He lives at 1014 Floral Lane with his mother.",
    "Here is what comes next for the 11-year-old.",
    "The senator left -- a day after the vote -- for home.",
    "It is a steep climb in a year when neither party is popular.",
    "He returned after eight years as minority leader.",
    "A clerk was charged after 13 year old was shot.",
    "Police arrested him after an hours-long standoff.",
    "People ducked for cover after a second scare at the airport.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    """Verbs, counts, money, page and phone numbers and names are not dates."""
    assert parse_dates(text, reference=REF) == []


# Publication dates the issue gives for the seeds: 2026-01-09 for 001, 2026-01-10 for 002 and 003.
SEED_EXPECTATIONS = [
    ("001", D(2026, 1, 9), "Friday", D(2026, 1, 9), "day"),
    ("001", D(2026, 1, 9), "Thursday", D(2026, 1, 8), "day"),
    ("001", D(2026, 1, 9), "January 3", D(2026, 1, 3), "day"),
    ("001", D(2026, 1, 9), "2024", D(2024, 1, 1), "year"),
    ("002", D(2026, 1, 10), "Friday", D(2026, 1, 9), "day"),
    ("002", D(2026, 1, 10), "since 2019", D(2019, 1, 1), "year"),
    ("003", D(2026, 1, 10), "Jan 10", D(2026, 1, 10), "day"),
    ("003", D(2026, 1, 10), "January 9", D(2026, 1, 9), "day"),
    ("003", D(2026, 1, 10), "March 2019", D(2019, 3, 1), "month"),
    ("004", D(2026, 1, 21), "Jan. 15", D(2026, 1, 15), "day"),
]


@pytest.mark.parametrize(("seed", "ref", "text", "start", "gran"), SEED_EXPECTATIONS)
def test_seeds(seed, ref, text, start, gran):
    """Every such expression in a seed article resolves against its publication date."""
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    source = path.read_text(encoding="utf-8")
    found = parse_dates(source, reference=ref)
    check_spans(source, found)
    hits = [m for m in found if m.text == text]
    assert hits, [m.text for m in found]
    assert all(m.start == start and m.granularity == Granularity(gran) for m in hits)


def test_no_reference_leaves_relative_dates_unresolved():
    """Without a reference, relative and yearless dates are unresolved, never read off the clock."""
    found = parse_dates("On Friday, then Jan. 15 and last week, but also March 2019.")
    assert [(m.text, m.resolved, m.relative) for m in found] == [
        ("Friday", False, True),
        ("Jan. 15", False, True),
        ("last week", False, True),
        ("March 2019", True, False),
    ]
    assert found[0].start is None
    assert found[0].end is None


def test_early_years_need_context():
    """A year before 1500 is read after 'in', 'since' or 'of', not standing alone."""
    assert one("The war ended in 1066.", None).start == D(1066, 1, 1)
    assert parse_dates("Item 1066 arrived.") == []


def test_possessive_day_is_a_point():
    """'before Wednesday's vote' is the day of the vote, not an open interval."""
    m = one("moments before Wednesday's vote", D(2026, 1, 10))
    assert (m.text, m.start, m.open_start) == ("Wednesday", D(2026, 1, 7), False)


def test_or_before_a_date_is_not_an_open_start():
    """'2018 or before 2000' is two mentions; '1990 or earlier' is open towards the past."""
    found = parse_dates("from 2010 to 2018 or before 2000", reference=REF)
    assert [(m.text, m.open_start) for m in found] == [
        ("from 2010 to 2018", False),
        ("before 2000", True),
    ]
    assert one("born in 1990 or earlier").open_start


def test_weekday_then_count_words():
    """A weekday followed by a number word keeps what follows ('Monday two weeks from now')."""
    m = one("Monday two weeks from now", D(2026, 1, 7))
    assert (m.text, m.start) == ("Monday two weeks from now", D(2026, 1, 19))
    assert one("On Monday two people died.").start == D(2026, 1, 5)


def test_and_since_is_not_an_open_end():
    """'March 2019 and since 2019' is two mentions, the second one open."""
    found = parse_dates("in March 2019 and since 2019", reference=REF)
    assert [(m.text, m.open_end) for m in found] == [("March 2019", False), ("since 2019", True)]


def test_range_lends_its_year():
    """A written year resolves a yearless start without any reference."""
    m = one("from Nov 18 to Feb 2, 2017", None)
    assert (m.start, m.end, m.resolved) == (D(2016, 11, 18), D(2017, 2, 2), True)


def test_dayfirst_option():
    """Numeric dates are month first by default and day first on request."""
    assert one("01/09/2026").start == D(2026, 1, 9)
    assert one("01/09/2026", dayfirst=True).start == D(2026, 9, 1)
    assert one("25/12/2025").start == D(2025, 12, 25)


def test_full_stop_is_not_part_of_a_name():
    """A full weekday or month name ends before the full stop; an abbreviation keeps its dot."""
    assert [m.text for m in parse_dates("He said Monday. It was Jan. 5.", reference=REF)] == [
        "Monday",
        "Jan. 5",
    ]


def test_datetime_reference():
    """A datetime reference counts by its date."""
    assert one("yesterday", dt.datetime(2026, 1, 10, 23, 59)).start == D(2026, 1, 9)


def test_publication_day_itself():
    """A weekday that is the publication day means that day (news convention)."""
    assert one("on Friday", D(2026, 1, 9)).start == D(2026, 1, 9)


BAD_ARGS = [
    ({"text": b"Friday"}, "text"),
    ({"text": None}, "text"),
    ({"text": "Friday", "reference": "2026-01-10"}, "reference"),
    ({"text": "Friday", "reference": 20260110}, "reference"),
    ({"text": "Friday", "dayfirst": "yes"}, "dayfirst"),
]


@pytest.mark.parametrize(("kwargs", "name"), BAD_ARGS)
def test_invalid_arguments(kwargs, name):
    """Bad argument types raise InvalidArgument naming the argument."""
    text = kwargs.pop("text")
    with pytest.raises(InvalidArgument, match=name):
        parse_dates(text, **kwargs)


def test_compare_invalid_arguments():
    """compare_dates only takes date mentions."""
    m = one("2019", None)
    with pytest.raises(InvalidArgument, match="b="):
        compare_dates(m, "2019")  # type: ignore[arg-type]


COMPARISONS = [
    ("Friday", "January 9", Verdict.AGREE),
    ("2019", "March 2019", Verdict.COMPATIBLE),
    ("January 6", "January 9", Verdict.CONFLICT),
    ("March 2019", "April 2019", Verdict.CONFLICT),
    ("since 2019", "March 2021", Verdict.COMPATIBLE),
    ("since 2019", "2017", Verdict.CONFLICT),
    ("the 1990s", "1994", Verdict.COMPATIBLE),
    ("two years ago", "2024", Verdict.COMPATIBLE),
    ("early March", "March 20", Verdict.COMPATIBLE),
]


@pytest.mark.parametrize(("a", "b", "verdict"), COMPARISONS)
def test_compare(a, b, verdict):
    """Same interval agrees, containment is compatible, disjoint at the coarser grain conflicts."""
    ma, mb = one(a), one(b)
    assert compare_dates(ma, mb) == verdict
    assert compare_dates(mb, ma) == verdict


def test_compare_unresolved_is_incomparable():
    """An unresolved relative date cannot be compared."""
    assert compare_dates(one("Friday", None), one("January 9, 2026")) == Verdict.INCOMPARABLE


# ---------------------------------------------------------------- properties

_FORMS = [
    lambda d, ref: (f"{d:%B} {d.day}, {d.year}", d, d),
    lambda d, ref: (f"{d.day} {d:%B} {d.year}", d, d),
    lambda d, ref: (
        f"{d:%b}. {d.day}, {d.year}" if d.month != 5 else f"May {d.day}, {d.year}",
        d,
        d,
    ),
    lambda d, ref: (d.isoformat(), d, d),
    lambda d, ref: (f"{d.month:02d}/{d.day:02d}/{d.year}", d, d),
    lambda d, ref: (f"{d:%B} {d.year}", d.replace(day=1), dates._month_end(d.year, d.month)),
    lambda d, ref: (f"in {d.year}", D(d.year, 1, 1), D(d.year, 12, 31)),
]


@given(
    day=st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)),
    ref=st.dates(min_value=D(1990, 1, 1), max_value=D(2060, 12, 31)),
    form=st.sampled_from(range(len(_FORMS))),
)
def test_round_trip_absolute(day, ref, form):
    """A date written out in full parses back to the same interval, whatever the reference."""
    text, start, end = _FORMS[form](day, ref)
    sentence = f"Officials said {text} was the date."
    found = parse_dates(sentence, reference=ref)
    check_spans(sentence, found)
    assert [(m.start, m.end) for m in found] == [(start, end)]


@given(
    ref=st.dates(min_value=D(1990, 1, 1), max_value=D(2060, 12, 31)),
    back=st.integers(min_value=0, max_value=6),
)
def test_round_trip_weekday(ref, back):
    """A weekday name resolves to the most recent such day on or before the reference."""
    day = ref - dt.timedelta(days=back)
    m = one(f"It happened on {day:%A}.", ref)
    assert m.start == day


@given(
    ref=st.dates(min_value=D(1990, 1, 1), max_value=D(2060, 12, 31)),
    n=st.integers(min_value=2, max_value=9),
)
def test_round_trip_days_ago(ref, n):
    """'N days ago' is N days before the reference."""
    assert one(f"It began {n} days ago.", ref).start == ref - dt.timedelta(days=n)


@given(st.text(max_size=300), st.none() | st.dates())
def test_never_raises(text, ref):
    """Any string parses without raising, and every mention quotes the text exactly."""
    found = parse_dates(text, reference=ref)
    check_spans(text, found)


_PIECES = st.sampled_from(
    [
        "January ",
        "9 ",
        "2019",
        "-",
        "/",
        " to ",
        "from ",
        "the ",
        "last ",
        "Friday",
        ", ",
        "s",
        "Q3",
    ]
)


@given(st.lists(_PIECES, max_size=40).map("".join), st.none() | st.dates())
def test_never_raises_on_date_soup(text, ref):
    """Strings made of date fragments parse without raising and with exact spans."""
    found = parse_dates(text, reference=ref)
    check_spans(text, found)


@given(st.lists(_PIECES, min_size=1, max_size=12).map("".join))
def test_compare_symmetric(text):
    """compare_dates(a, b) == compare_dates(b, a) for any pair of mentions."""
    found = parse_dates(text + " and Jan. 15, 2019 and 2019", reference=REF)
    for a in found:
        for b in found:
            assert compare_dates(a, b) == compare_dates(b, a)


@pytest.mark.parametrize(
    "unit",
    ["1/1/1 ", "January 9, ", "2019-2019-", "the the ", "9999999999", "last last ", "- - "],
)
def test_linear_time(unit):
    """Time grows linearly with the length of an adversarial string (no backtracking blow-up)."""
    small = unit * (20_000 // len(unit))
    big = unit * (200_000 // len(unit))
    t0 = time.perf_counter()
    parse_dates(small + "x", reference=REF)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    parse_dates(big + "y", reference=REF)
    t_big = time.perf_counter() - t0
    assert t_big < 25 * max(t_small, 0.005)


def test_one_megabyte_adversarial():
    """A 1 MB string of date fragments parses in seconds."""
    text = ("Jan 9, 2019-2019 1/1/1 the last 99999 - May " * 25_000)[:1_000_000]
    t0 = time.perf_counter()
    found = parse_dates(text, reference=REF)
    assert time.perf_counter() - t0 < 20.0
    check_spans(text, found[:1000])


def test_doctests():
    """The examples in the module's docstrings hold."""
    assert doctest.testmod(dates).failed == 0


def test_mention_fields():
    """A mention carries its span, text and flags."""
    m = one("It closed in March 2019.", None)
    assert m == DateMention(
        span=Span(13, 23), text="March 2019", start=D(2019, 3, 1), end=D(2019, 3, 31),
        granularity=Granularity.MONTH,
    )  # fmt: skip


# "later", "earlier", "before", "after" with no anchor count from an event of the story when the
# clause narrates the past; the same words alone, or about the future, count from the reference.
STORY_OFFSETS = [
    ("He was arrested three weeks later.", "three weeks later"),
    ("Two days later, the mayor resigned.", "Two days later"),
    ("When the firefighters arrived ten minutes later, the house was gone.", "ten minutes later"),
    ("A week earlier, a storm had flooded the town.", "A week earlier"),
    ("The company had filed for bankruptcy two months before.", "two months before"),
    ("Their partnership ended after 12 years.", "after 12 years"),
    ("She returned to the club a year later and won the league.", "a year later"),
    ("A year later the parking lot still bears the scars.", "A year later"),
    ("Ten minutes later, Mr. Rhodes wrote back.", "Ten minutes later"),
]


@pytest.mark.parametrize(("text", "words"), STORY_OFFSETS)
def test_story_offsets_are_unresolved(text, words):
    m = one(text)
    assert m.text == words
    assert not m.resolved
    assert m.relative
    assert (m.start, m.end) == (None, None)


ANCHORED_OFFSETS = [
    ("three weeks later", D(2026, 1, 31)),
    ("The committee will meet again two weeks later.", D(2026, 1, 24)),
    ("He was arrested three weeks ago.", D(2025, 12, 20)),
    ("The man died 3 days after January 2.", D(2026, 1, 5)),
    ("after 4 days", D(2026, 1, 14)),
]


@pytest.mark.parametrize(("text", "start"), ANCHORED_OFFSETS)
def test_anchored_offsets_stay_resolved(text, start):
    m = one(text)
    assert m.resolved
    assert m.start == start


# After a first, a superlative, "record" or a perfect negation, "in <duration>" looks back.
LOOKING_BACK = [
    ("the first woman in 40 years to lead the party", D(1986, 1, 10)),
    ("the worst drought in 50 years", D(1976, 1, 10)),
    ("a meeting, the first in 22 days, ended without a deal", D(2025, 12, 19)),
    ("Prices rose at their fastest pace in three months.", D(2025, 10, 10)),
    ("It hasn't rained in three weeks.", D(2025, 12, 20)),
    ("She met him again after not having seen him in a decade.", D(2016, 1, 10)),
]


@pytest.mark.parametrize(("text", "start"), LOOKING_BACK)
def test_in_a_duration_after_a_record_looks_back(text, start):
    m = one(text)
    assert (m.start, m.end) == (start, REF)


def test_in_a_duration_about_the_future_looks_ahead():
    assert one("The first payments will arrive in 3 weeks.").start == D(2026, 1, 31)
    assert one("He returns in 3 weeks.").start == D(2026, 1, 31)


# A bare weekday, month or month-day takes the tense of its clause (REF is Saturday 2026-01-10).
TENSED = [
    ("The council will vote on Tuesday.", D(2026, 1, 13)),
    ("She is scheduled to testify Friday.", D(2026, 1, 16)),
    ("The family plans to hold a vigil on Sunday.", D(2026, 1, 11)),
    ("The funeral is expected to take place on Saturday.", REF),
    ("The council voted on Tuesday.", D(2026, 1, 6)),
    ("He will appear in court, police said Tuesday.", D(2026, 1, 6)),
    ("The minister is expected to step down in September.", D(2026, 9, 1)),
    ("The trial will open on Oct. 12.", D(2026, 10, 12)),
    ("He resigned in March after the audit.", D(2025, 3, 1)),
    ("In May, Acme announced the merger.", D(2025, 5, 1)),
    ("On April 8, police arrested two men.", D(2025, 4, 8)),
    ("He was supposed to leave in March.", D(2026, 3, 1)),
    ("Talks are set for September.", D(2026, 9, 1)),
    ("A hearing will be held for two men charged in the October shooting.", D(2025, 10, 1)),
    ("He was arrested on Jan. 20.", D(2026, 1, 20)),
    ("He will leave soon, days after the U.S. envoy on Tuesday announced his exit.", D(2026, 1, 6)),
    ("Pelosi, who plans to back the bill, tried on Tuesday to calm the party.", D(2026, 1, 6)),
    ("She will visit the towns ravaged by the storm on Tuesday.", D(2026, 1, 13)),
    ("He will travel to Ohio Thursday to meet the families.", D(2026, 1, 15)),
    ("The Senate passed the bill in June to fund the schools.", D(2025, 6, 1)),
    ("Even Steele himself declared back in March that the war was lost.", D(2025, 3, 1)),
    ("I'll go back in March.", D(2026, 3, 1)),
    ("Late that night, he appeared likely to leave Friday for Asia.", D(2026, 1, 16)),
]


@pytest.mark.parametrize(("text", "start"), TENSED)
def test_tense_of_the_clause(text, start):
    assert one(text).start == start


def test_tense_leaves_ranges_and_since_alone():
    m = one("The exhibition will run from Oct. 2 to Oct. 9.")
    assert (m.start, m.end) == (D(2025, 10, 2), D(2025, 10, 9))
    assert one("The road will stay closed since March.").start == D(2026, 3, 1)


def test_years_before_a_street_name_with_a_preposition_or_article():
    assert one("In 1998 Main Street was renamed.").start == D(1998, 1, 1)
    assert one("an 1898 Supreme Court ruling").start == D(1898, 1, 1)
    assert one("the 1989 Tiananmen Square protests").start == D(1989, 1, 1)


EITHER = [
    ("He was first arrested in 1989 or 1990.", D(1989, 1, 1), D(1990, 12, 31)),
    ("The plant closes in March or April 2019.", D(2019, 3, 1), D(2019, 4, 30)),
]


@pytest.mark.parametrize(("text", "start", "end"), EITHER)
def test_one_of_two_neighbouring_periods_is_both(text, start, end):
    m = one(text)
    assert (m.start, m.end) == (start, end)


def test_one_of_two_distant_years_or_two_days_stays_two():
    assert [m.text for m in parse_dates("in 2010 or 2014", reference=REF)] == ["2010", "2014"]
    found = parse_dates("on Monday or Tuesday", reference=REF)
    assert [m.text for m in found] == ["Monday", "Tuesday"]


def test_an_offset_after_a_verb_particle_is_read_whole():
    m = one("The family moved in a couple of years ago.")
    assert (m.text, m.start) == ("a couple of years ago", D(2024, 1, 10))


def test_within_a_duration_of_a_story_event_is_unresolved():
    m = one("Police arrived within a minute of the shooting.")
    assert m.text == "within a minute"
    assert not m.resolved


def test_a_list_lends_its_year():
    found = parse_dates("during the months of June and July of 2009", reference=REF)
    assert [(m.text, m.start) for m in found] == [
        ("June", D(2009, 6, 1)),
        ("July of 2009", D(2009, 7, 1)),
    ]
    found = parse_dates("on Nov. 3 and Dec. 5, 2015", reference=None)
    assert [m.start for m in found] == [D(2015, 11, 3), D(2015, 12, 5)]
    found = parse_dates("in June and in 2009", reference=REF)
    assert [(m.text, m.start) for m in found] == [("June", D(2026, 6, 1)), ("2009", D(2009, 1, 1))]


def test_an_offset_is_compared_at_its_unit():
    ref = D(2012, 10, 12)
    ago = parse_dates("a month ago", reference=ref)[0]
    assert ago.granularity is Granularity.MONTH
    assert compare_dates(ago, parse_dates("Sept. 11", reference=ref)[0]) is Verdict.COMPATIBLE
    assert compare_dates(ago, parse_dates("Aug. 11", reference=ref)[0]) is Verdict.CONFLICT
    assert parse_dates("two days ago", reference=ref)[0].granularity is Granularity.DAY
    m = one("the attack, which happened a month ago Thursday", reference=ref)
    assert (m.text, m.start, m.granularity) == (
        "a month ago Thursday",
        D(2012, 9, 11),
        Granularity.DAY,
    )


def test_the_september_11_attacks_are_of_2001():
    named = ("the Sept. 11 attacks", "the September 11th terrorist attacks", "Sept. 11 victims")
    for text in named:
        assert one(text, reference=D(2016, 9, 28)).start == D(2001, 9, 11)
    assert one("on Sept. 11", reference=D(2016, 9, 28)).start == D(2016, 9, 11)


def test_a_month_abbreviation_inside_an_accented_word_is_not_a_month():
    found = parse_dates("In 1846, María Zozaya brought water to the troops.", reference=None)
    assert [(m.text, m.granularity) for m in found] == [("1846", Granularity.YEAR)]


NEXT_TO_A_DATE = [
    ("the day before Thanksgiving", D(2025, 11, 26), D(2025, 11, 26)),
    ("the night before Jan. 5", D(2026, 1, 4), D(2026, 1, 4)),
    ("the week before Christmas", D(2025, 12, 18), D(2025, 12, 24)),
    ("the month after March 2019", D(2019, 4, 1), D(2019, 4, 30)),
    ("It happened the year before 2015.", D(2014, 1, 1), D(2014, 12, 31)),
]


@pytest.mark.parametrize(("text", "start", "end"), NEXT_TO_A_DATE)
def test_the_period_next_to_a_date(text, start, end):
    m = one(text)
    assert (m.start, m.end, m.open_start, m.open_end) == (start, end, False, False)
