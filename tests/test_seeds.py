"""The seed articles end to end: the findings a careful editor would sign off.

The publication dates of 001 and 002 are not in their files; the issue gives them (2026-01-09 and
2026-01-10). 003 and 004 carry theirs in a leading ``date`` line.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import factcheck
from factcheck.model import Aspect, FindingKind

PUBLISHED = {"001": dt.date(2026, 1, 9), "002": dt.date(2026, 1, 10)}


def _load(seeds_dir):
    return [
        attrs.evolve(s, published=PUBLISHED[s.id[:3]]) if s.id[:3] in PUBLISHED else s
        for s in factcheck.load_sources(seeds_dir)
    ]


@pytest.fixture(scope="module")
def sources(seeds_dir):
    """The seeds with their publication dates."""
    return _load(seeds_dir)


@pytest.fixture(scope="module")
def report(sources):
    """The report on the seeds."""
    return factcheck.check(sources)


def _short(source_id: str) -> str:
    return source_id[:3]


def _finding(findings, *, aspect=None, sources=None, words=()):
    """The findings citing all ``words`` (each in some citation) from exactly ``sources``."""
    out = []
    for f in findings:
        if aspect is not None and f.aspect is not aspect:
            continue
        if sources is not None and {_short(s) for s in f.sources} != set(sources):
            continue
        texts = [c.text for c in f.citations]
        if all(any(w in t for t in texts) for w in words):
            out.append(f)
    return out


def test_no_conflicts(report):
    """Five outlets telling one story in different words: nothing a careful reader would reject."""
    assert report.conflicts == []


def test_caracas_trip_led_by_mcnamara(report):
    """The trip of US diplomats to Caracas: the quoted assessment, McNamara, and its date agree."""
    quote = _finding(
        report.agreements,
        aspect=Aspect.QUOTE,
        words=("traveled to Caracas to conduct an initial assessment",),
    )
    assert quote
    assert {"001", "002", "003"} <= {_short(s) for s in quote[0].sources}
    person = _finding(report.agreements, aspect=Aspect.NAME, words=("McNamara",))
    assert {"001", "002", "003"} <= {_short(s) for s in person[0].sources}
    # 002 says the officials visited Caracas "Friday" (published 2026-01-10); 003 "On January 9".
    when = _finding(
        report.agreements, aspect=Aspect.DATE, sources={"002", "003"}, words=("January 9",)
    )
    assert when
    assert {c.text for c in when[0].citations} == {"Friday", "January 9"}


def test_embassy_closed_since_2019(report):
    """ "closed since 2019" (002) and "suspended embassy operations in March 2019" (003) agree."""
    [finding] = _finding(report.agreements, aspect=Aspect.DATE, words=("since 2019", "March 2019"))
    assert finding.key == "close"
    assert "compatible" in finding.explanation


def test_exploratory_diplomatic_process(report):
    """The statement on an exploratory diplomatic process is quoted alike by 001, 002 and 003."""
    [finding] = _finding(
        report.agreements, aspect=Aspect.QUOTE, words=("exploratory diplomatic process",)
    )
    assert {_short(s) for s in finding.sources} == {"001", "002", "003"}


def test_death_toll_is_compatible(report):
    """ "killed 100 people" (001) and "more than one hundred deaths" (003) agree, not conflict."""
    [finding] = _finding(
        report.agreements, aspect=Aspect.QUANTITY, words=("100 people", "one hundred deaths")
    )
    assert finding.key == "kill"


@pytest.mark.parametrize(
    "words",
    [("$100 billion",), ("between 30 million and 50 million barrels",), ("Jan. 15",)],
)
def test_single_source_claims(report, words):
    """What only one outlet reports: the investment, the oil sale, Rodriguez's meeting date."""
    assert _finding(report.single_source, words=words)


@pytest.mark.parametrize(
    "person",
    ["Delcy Rodr", "Maduro", "McNamara", "Machado", "Cilia Flores", "Trump"],
)
def test_people_named_across_outlets(report, person):
    """People several outlets name are reported as agreeing names."""
    assert _finding(report.agreements, aspect=Aspect.NAME, words=(person,))


def test_jorge_and_delcy_rodriguez_stay_apart(report):
    """Jorge Rodriguez, named by one outlet, is not merged with Delcy Rodriguez."""
    jorge = _finding(report.single_source, aspect=Aspect.NAME, words=("Jorge Rodriguez",))
    assert jorge
    for finding in _finding(report.agreements, aspect=Aspect.NAME, words=("Delcy",)):
        assert not any("Jorge" in c.text for c in finding.citations)


def _plant(sources, source_prefix, old, new):
    out = []
    for source in sources:
        if _short(source.id) == source_prefix:
            assert old in source.text
            out.append(attrs.evolve(source, text=source.text.replace(old, new, 1)))
        else:
            out.append(source)
    return out


@pytest.mark.parametrize(
    ("prefix", "old", "new", "aspect", "words"),
    [
        # a figure: the death toll
        ("001", "killed 100 people", "killed 40 people", Aspect.QUANTITY, ("40 people",)),
        # a date: the day of the trip
        ("003", "On January 9, US", "On January 6, US", Aspect.DATE, ("January 6",)),
        # a name: who traveled, in a sentence that another outlet prints word for word
        (
            "002",
            "Colombia, John McNamara, and",
            "Colombia, James Story, and",
            None,
            ("James Story",),
        ),
    ],
)
def test_planted_conflicts_are_found(sources, prefix, old, new, aspect, words):
    """A copy of the seeds with one figure, date or name changed shows that conflict."""
    planted = _plant(sources, prefix, old, new)
    if aspect is None:
        # 001 prints 002's sentence word for word (as outlets do with a wire's copy), so the two
        # differ in the name alone.
        wire = next(s for s in sources if _short(s.id) == "002").text
        start = wire.index("The official, who requested anonymity")
        sentence = wire[start : wire.index("\n", start)]
        planted = _plant(planted, "001", "Venezuela also said", sentence + " Venezuela also said")
    report = factcheck.check(planted)
    found = _finding(report.conflicts, aspect=aspect, words=words)
    assert found, report.to_text()
    conflict = found[0]
    assert conflict.kind is FindingKind.CONFLICT
    assert len(conflict.sources) >= 2
    texts = {s.id: s.text for s in planted}
    for c in conflict.citations:
        assert texts[c.source][c.span.start : c.span.end] == c.text
    assert words[0] in conflict.explanation
