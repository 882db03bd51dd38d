"""``check()`` end to end: behaviour that holds whatever the parsers' coverage."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import InvalidArgument, Source, check
from factcheck.model import FindingKind


def _all_spans_valid(report):
    texts = {s.id: s.text for s in report.sources}
    for finding in report.findings:
        for c in finding.citations:
            assert texts[c.source][c.span.start : c.span.end] == c.text
            assert c.sentence.contains(c.span)
    for entity in report.entities:
        for source, m in entity.mentions:
            assert texts[source][m.span.start : m.span.end] == m.text


def test_plain_strings_get_ids():
    """Strings are accepted and named s1, s2, ... in order."""
    report = check(["One fact here.", "Another fact there."])
    assert [s.id for s in report.sources] == ["s1", "s2"]


def test_a_changed_figure_is_a_conflict():
    """The same event with figures far apart is reported as a conflict citing both figures."""
    report = check(
        [
            Source("a", "The storm killed 40 people in the coastal town on Monday."),
            Source("b", "The storm killed 400 people in the coastal town on Monday."),
        ]
    )
    [conflict] = report.conflicts
    assert {c.source for c in conflict.citations} == {"a", "b"}
    words = {c.source: c.text for c in conflict.citations}
    assert "40" in words["a"]
    assert "400" not in words["a"]
    assert "400" in words["b"]
    assert "a says" in conflict.explanation
    assert "b says" in conflict.explanation


def test_an_identical_copy_never_conflicts(seed_texts):
    """A source checked against an identical copy of itself yields no conflict."""
    text = seed_texts[sorted(seed_texts)[1]]
    report = check([Source("a", text), Source("b", text)])
    assert report.conflicts == []
    assert report.agreements


def test_same_figure_is_an_agreement():
    """The same figure for the same event in two sources is an agreement."""
    report = check(
        [
            Source("a", "Officials said the flood killed 12 people in the valley."),
            Source("b", "The flood in the valley killed 12 people, officials said."),
        ]
    )
    assert report.conflicts == []
    assert any(f.aspect.value == "quantity" for f in report.agreements)


def test_unrelated_figures_are_not_aligned():
    """Figures of different facts in different sources are single-source, not conflicts."""
    report = check(
        [
            Source("a", "The company hired 300 engineers in Berlin last spring."),
            Source("b", "Rainfall in the region reached 12 inches during the storm."),
        ]
    )
    assert report.conflicts == []
    assert report.agreements == []


def test_reference_mode_only_pairs_with_the_reference():
    """In reference mode every finding involves the reference, and its own claims are not single."""
    texts = [
        Source("ref", "The storm killed 40 people in the coastal town on Monday."),
        Source("x", "The storm killed 40 people in the coastal town on Monday."),
        Source("y", "The storm killed 90 people in the coastal town on Monday."),
    ]
    report = check(texts, reference="ref")
    assert report.reference == "ref"
    for finding in report.agreements + report.conflicts:
        assert "ref" in finding.sources
    assert all(f.sources != ("ref",) for f in report.single_source)
    assert [set(f.sources) for f in report.conflicts] == [{"ref", "y"}]
    assert {"ref", "x"} in [set(f.sources) for f in report.agreements]


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"sources": []}, "at least one"),
        ({"sources": ["a", ""]}, "empty or only whitespace"),
        ({"sources": ["a"], "reference": "zz"}, "reference='zz'"),
        ({"sources": ["a"], "score_cutoff": 101}, "score_cutoff=101"),
        ({"sources": [1, 2]}, r"sources\[0\]=1"),
        ({"sources": 42}, "sources=42"),
    ],
)
def test_bad_arguments(kwargs, pattern):
    """Bad arguments raise InvalidArgument naming the argument and value."""
    with pytest.raises(InvalidArgument, match=pattern):
        check(**kwargs)


def test_seed_report_spans_and_json_round_trip(seeds_dir):
    """On the seeds, every span is valid and the JSON is stable under a round trip."""
    report = check(factcheck.load_sources(seeds_dir))
    _all_spans_valid(report)
    data = report.to_dict()
    assert json.loads(report.to_json()) == data
    assert len({f["id"] for f in data["findings"]}) == len(data["findings"])


def test_findings_are_ordered_conflicts_first():
    """Findings come as conflicts, then agreements, then single-source claims."""
    report = check(
        [
            Source("a", "The storm killed 40 people on Monday. Officials hired 7 guards."),
            Source("b", "The storm killed 400 people on Monday, officials said."),
        ]
    )
    order = {FindingKind.CONFLICT: 0, FindingKind.AGREEMENT: 1, FindingKind.SINGLE_SOURCE: 2}
    ranks = [order[f.kind] for f in report.findings]
    assert ranks == sorted(ranks)


def test_published_date_is_each_sources_reference():
    """A source's publication date anchors its relative dates (never the machine's clock)."""
    a = Source("a", "The minister resigned on Friday.", published=dt.date(2026, 1, 10))
    extracted = factcheck.pipeline.extract(a)
    friday = [d for d in extracted.dates if d.text.endswith("Friday")]
    if friday:  # the dates stage resolves weekdays against the reference
        assert friday[0].start == dt.date(2026, 1, 9)


_WORDS = st.sampled_from(
    [
        "The",
        "storm",
        "killed",
        "40",
        "people",
        "on",
        "Friday",
        "in",
        "Caracas",
        ".",
        "“",
        "”",
        "John",
        "McNamara",
        "$100",
        "billion",
        "since",
        "2019",
        "\n",
        "U.S.",
        "Jan.",
        "15",
        ",",
    ]
)


@given(st.lists(st.lists(_WORDS, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=4))
def test_spans_are_always_valid(texts):
    """Whatever the text, every mention's span slices exactly its text in its source."""
    texts = [t for t in texts if t.strip()]
    if not texts:
        return
    _all_spans_valid(check(texts))


@given(st.text(min_size=1).filter(str.strip))
def test_check_never_raises_on_any_text(text):
    """Any non-blank text is checked without an exception escaping."""
    report = check([text, text + " More."])
    _all_spans_valid(report)


def test_workers_give_the_same_report(seeds_dir):
    """Extraction in worker processes yields exactly the report of a single process."""
    sources = factcheck.load_sources(seeds_dir)
    assert check(sources, workers=2).to_dict() == check(sources).to_dict()


@pytest.mark.parametrize("workers", [0, -1, 1.5, "2", True])
def test_bad_workers(workers):
    """workers must be a whole number >= 1."""
    with pytest.raises(InvalidArgument, match="workers="):
        check(["a.", "b."], workers=workers)


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_is_reported_per_source(workers):
    """progress(done, total) is called once per source, counting up to the total."""
    calls = []
    check(
        ["One fact.", "Two facts.", "Three facts."],
        workers=workers,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_one_long_source_costs_linear_time(seed_texts):
    """Four times the text costs well under sixteen times the time (no quadratic stage)."""
    import time

    article = "\n".join(seed_texts.values())

    def cost(size: int) -> float:
        text = (article * (size // len(article) + 1))[:size]
        start = time.process_time()
        check([text, "The storm killed 40 people."])
        return time.process_time() - start

    cost(20_000)  # warm the caches and imports
    small, large = cost(100_000), cost(400_000)
    assert large < 8 * max(small, 0.05)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two meetings of one story, on different days, with one verb in common
        (
            "The president and the speaker met Sunday afternoon at the White House for the "
            "first time in weeks.",
            "Thursday night's meeting marks the second time in a week the two leaders have "
            "met in person, after two phone calls.",
        ),
        # two sums of money with little else in common
        (
            "The Senate approved $716 billion for the defense budget and $40 billion for "
            "veterans over the coming year.",
            "State lawmakers also approved $882 billion in unrelated highway spending and "
            "$12 billion for bridges.",
        ),
        # a part of a count is not the whole count
        (
            "Two other people were wounded in the attack on the market, police said.",
            "Five people were wounded in the attack on the market, police said.",
        ),
    ],
)
def test_different_values_with_little_in_common_are_no_conflict(a, b):
    """A differing date or sum needs sentences alike beyond one verb; a part is not a whole."""
    report = check(
        [
            Source("a", a, published=dt.date(2012, 12, 20)),
            Source("b", b, published=dt.date(2012, 12, 21)),
        ]
    )
    assert report.conflicts == []


def test_a_death_toll_conflicts_in_different_words():
    """Counts of the dead conflict even when the sentences share little beyond the toll."""
    report = check(
        [
            Source("a", "A total of 50 people were killed in the shooting; 53 were injured."),
            Source("b", "Officially, 49 people were killed by the gunman in the massacre."),
        ]
    )
    assert [{c.text for c in f.citations} for f in report.conflicts] == [{"50 people", "49 people"}]


def test_a_person_agreement_cites_each_full_form_a_source_uses():
    """ "Ronald Everett Wilkson" and later "Ronald Wilkson" in one source are both cited."""
    report = check(
        [
            Source("a", "Deputies found Ronald Everett Wilkson at home. Ronald Wilkson was 55."),
            Source("b", "The victim, Ronald Wilkson, was found by deputies on Monday."),
        ]
    )
    [finding] = [f for f in report.agreements if f.aspect.value == "name"]
    cited = sorted((c.source, c.text) for c in finding.citations)
    assert cited == [
        ("a", "Ronald Everett Wilkson"),
        ("a", "Ronald Wilkson"),
        ("b", "Ronald Wilkson"),
    ]


def test_figures_of_one_sentence_pair_with_their_counterparts():
    """Each changed figure of a sentence conflicts with its counterpart, and only with it.

    "production" names the budget's figure, the one nearest it, not the total before it.
    (Tokenized text, as some corpora give it: "$ 38.6 million".)
    """
    a = (
        ", The Lost City has grossed $ 38.6 million in the United States and Canada and $ 99.3 "
        "million in other territories for a worldwide total of $ 137.9 million , against a "
        "production budget of $ 175 million ."
    )
    b = (
        ", The Lost City has grossed $ 38.7 million in the United States and Canada and $ 101.6 "
        "million in other territories for a worldwide total of $ 140 million , against a "
        "production budget of $ 175 million ."
    )
    report = check([Source("a", a), Source("b", b)])
    pairs = {frozenset(c.text for c in f.citations) for f in report.conflicts}
    assert pairs == {
        frozenset({"$ 38.6 million", "$ 38.7 million"}),
        frozenset({"$ 99.3 million", "$ 101.6 million"}),
        frozenset({"$ 137.9 million", "$ 140 million"}),
    }


def test_the_same_weekday_without_publication_dates_is_no_agreement():
    """ "Friday" in two undated sources may be two Fridays: neither agreement nor conflict."""
    report = check(
        [
            Source("a", "The minister announced the new tariffs on Friday in the capital."),
            Source("b", "The minister announced the new tariffs on Friday, officials said."),
        ]
    )
    assert not [f for f in report.findings if f.aspect.value == "date"]


def test_a_negation_contradicts_only_the_same_statement():
    """ "was not released on Friday" contradicts "was released on Friday"; a "not" in an
    otherwise different sentence does not turn an equal figure into a conflict."""
    same = check(
        [
            Source("a", "The opposition leader was released on 40 days of bail, police said."),
            Source("b", "The opposition leader was not released on 40 days of bail, police said."),
        ]
    )
    assert same.conflicts
    different = check(
        [
            Source("a", "Talks will not resume before the 35 days of the shutdown are over."),
            Source("b", "The shutdown lasted 35 days, the longest on record, economists noted."),
        ]
    )
    assert not [f for f in different.conflicts if f.aspect.value == "quantity"]


def test_shared_actors_do_not_tie_dates_of_different_granularity():
    """ "the November election" and "Thursday night" with the same people are two events."""
    report = check(
        [
            Source(
                "a",
                "In a radio interview, Jim DeMint said Michael Steele needs to refocus the "
                "party on the November election and on jobs.",
                published=dt.date(2010, 7, 3),
            ),
            Source(
                "b",
                "Remarks by Michael Steele to wealthy donors in Connecticut on Thursday night "
                "about Afghanistan drew a rebuke from Jim DeMint before the election.",
                published=dt.date(2010, 7, 3),
            ),
        ]
    )
    assert not [f for f in report.conflicts if f.aspect.value == "date"]


def test_figures_pair_with_the_figures_of_the_same_person():
    """A poll's shares pair by who holds them, not by where they stand in the sentence."""
    report = check(
        [
            Source(
                "a",
                "In the poll, Maria Lopez leads the field with 21 percent of voters surveyed, "
                "followed by John Park at 17 percent.",
            ),
            Source(
                "b",
                "The survey shows John Park in second place at 17 percent (Maria Lopez leads "
                "the pack at 21 percent).",
            ),
        ]
    )
    assert report.conflicts == []
    shares = sorted(
        tuple(c.text for c in f.citations)
        for f in report.agreements
        if f.aspect.value == "quantity"
    )
    assert shares == [("17 percent", "17 percent"), ("21 percent", "21 percent")]
