"""Feeds: grouping articles into stories, and checking within each story."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck.feed
from factcheck import InvalidArgument, Source, check
from factcheck.feed import check_feed, group_stories

# Hand-written articles about three invented events: a fire in Tarvik, floods in Velmora and an
# election in Ostrava Province. Each story's articles share names and the day of the event.
_FIRE = [
    Source(
        "fire-1",
        "A fire at the Halden textile mill in Tarvik killed 4 workers on March 3, 2025, the "
        "Tarvik fire chief Ansel Brodsky said. Brodsky said the blaze began in a dryer.",
        title="Fire at Halden mill in Tarvik kills four",
        published="2025-03-03",
    ),
    Source(
        "fire-2",
        "Four workers died when fire swept through the Halden mill in Tarvik on March 3, 2025. "
        "Fire chief Ansel Brodsky said an inquiry would begin on Monday.",
        title="Four dead in Tarvik mill blaze",
        published="2025-03-04",
    ),
    Source(
        "fire-3",
        "Tarvik mourned the Halden mill workers on Sunday. Ansel Brodsky, the fire chief, said "
        "the fire of March 3, 2025 started in a dryer.",
        title="Tarvik mourns Halden mill dead",
        published="2025-03-09",
    ),
]
_FLOOD = [
    Source(
        "flood-1",
        "Floods in Velmora forced 12,000 people from their homes on June 18, 2024, said "
        "Governor Ilse Marchetti. The Corran River rose 3 meters overnight.",
        title="Velmora floods force 12,000 from homes",
        published="2024-06-18",
    ),
    Source(
        "flood-2",
        "Governor Ilse Marchetti said 12,500 people left their homes as the Corran River burst "
        "its banks in Velmora on June 18, 2024.",
        title="Corran River bursts banks in Velmora",
        published="2024-06-19",
    ),
]
_VOTE = [
    Source(
        "vote-1",
        "Voters in Ostrava Province elected Petra Lindqvist as governor on November 9, 2023, "
        "with 54 percent of the vote, the Ostrava electoral commission said.",
        title="Lindqvist wins Ostrava governor race",
        published="2023-11-10",
    ),
    Source(
        "vote-2",
        "Petra Lindqvist won the Ostrava Province governor election of November 9, 2023 with "
        "52 percent, according to the electoral commission.",
        title="Ostrava elects Lindqvist",
        published="2023-11-10",
    ),
]
_TRUTH = {s.id: name for name, group in [("fire", _FIRE), ("flood", _FLOOD), ("vote", _VOTE)]
          for s in group}  # fmt: skip
_MIXED = [_FIRE[0], _FLOOD[0], _VOTE[0], _FIRE[1], _VOTE[1], _FLOOD[1], _FIRE[2]]


def _ids(stories):
    return [[s.id for s in story] for story in stories]


def test_a_mixed_feed_splits_into_its_stories():
    """Articles of three invented events, interleaved, come back as the three stories."""
    assert _ids(group_stories(_MIXED)) == [
        ["fire-1", "fire-2", "fire-3"],
        ["flood-1", "flood-2"],
        ["vote-1", "vote-2"],
    ]


def test_stories_keep_the_feed_order():
    """Stories come in order of their first article and keep the feed's order inside."""
    feed = list(reversed(_MIXED))
    stories = _ids(group_stories(feed))
    assert [story[0] for story in stories] == ["fire-3", "flood-2", "vote-2"]
    for story in stories:
        positions = [[s.id for s in feed].index(i) for i in story]
        assert positions == sorted(positions)


def test_two_articles_of_one_story_form_one_story():
    """A feed of two articles on one event is one story, though every term is in both."""
    assert _ids(group_stories(_FLOOD)) == [["flood-1", "flood-2"]]


def test_unrelated_articles_stay_apart():
    """Articles with no name, day or title word in common are stories of their own."""
    feed = [
        Source("a", "It rained.", title="Weather"),
        Source("b", "Prices rose.", title="Markets"),
    ]
    assert _ids(group_stories(feed)) == [["a"], ["b"]]


def test_identical_copies_are_one_story():
    """Copies of one article under different ids form one story, however many there are."""
    feed = [Source(f"copy-{i}", _FIRE[0].text, title=_FIRE[0].title) for i in range(100)]
    assert len(group_stories(feed)) == 1


def test_plain_strings_are_accepted():
    """Strings get the ids s1, s2, ... as in check()."""
    stories = group_stories([s.text for s in _FLOOD])
    assert _ids(stories) == [["s1", "s2"]]


def test_the_cutoff_trades_joining_for_splitting():
    """At cutoff 100 nothing but copies joins; at 0 every blocked pair joins."""
    assert len(group_stories(_MIXED, score_cutoff=100)) == len(_MIXED)
    assert len(group_stories(_MIXED, score_cutoff=0)) <= 3


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        pytest.param({"score_cutoff": -1}, "score_cutoff", id="negative cutoff"),
        pytest.param({"score_cutoff": 101}, "score_cutoff", id="cutoff above 100"),
        pytest.param({"score_cutoff": "50"}, "score_cutoff", id="cutoff as a string"),
        pytest.param({"score_cutoff": True}, "score_cutoff", id="cutoff as a bool"),
    ],
)
def test_group_stories_rejects_bad_options(kwargs, name):
    """Bad options raise InvalidArgument naming the argument and its value."""
    with pytest.raises(InvalidArgument, match=name):
        group_stories(_MIXED, **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        pytest.param({"workers": 0}, "workers", id="no workers"),
        pytest.param({"workers": 1.5}, "workers", id="fractional workers"),
        pytest.param({"min_sources": 0}, "min_sources", id="min_sources 0"),
        pytest.param({"min_sources": "2"}, "min_sources", id="min_sources as a string"),
        pytest.param({"story_cutoff": 200}, "story_cutoff", id="story cutoff above 100"),
        pytest.param({"score_cutoff": -5}, "score_cutoff", id="alignment cutoff negative"),
    ],
)
def test_check_feed_rejects_bad_options(kwargs, name):
    """Bad options raise InvalidArgument naming the argument and its value."""
    with pytest.raises(InvalidArgument, match=name):
        check_feed(_MIXED, **kwargs)


@pytest.mark.parametrize(
    "sources",
    [
        pytest.param([], id="empty feed"),
        pytest.param([Source("a", "x"), Source("a", "y")], id="duplicate ids"),
        pytest.param([1, 2], id="not sources"),
    ],
)
def test_bad_feeds_are_rejected(sources):
    """An empty feed, duplicate ids or items of another type raise InvalidArgument."""
    with pytest.raises(InvalidArgument):
        group_stories(sources)


def test_each_story_report_is_the_report_of_check():
    """check_feed's report for a story is exactly check() on that story's articles."""
    reports = check_feed(_MIXED)
    assert [[s.id for s in r.sources] for r in reports] == _ids(group_stories(_MIXED))
    for report in reports:
        alone = check(list(report.sources))
        assert json.dumps(report.to_dict()) == json.dumps(alone.to_dict())


def test_changed_figures_in_one_story_conflict():
    """A figure changed between two articles of one story is a conflict in its report."""
    [vote] = [r for r in check_feed(_MIXED) if r.sources[0].id == "vote-1"]
    assert any("54" in c.text and c.source == "vote-1" for f in vote.conflicts for c in f.citations)


def test_min_sources_leaves_out_small_stories():
    """Stories below min_sources get no report; min_sources=1 reports every story."""
    feed = [*_FLOOD, Source("lone", "The museum reopened.", title="Museum")]
    assert [len(r.sources) for r in check_feed(feed)] == [2]
    assert [len(r.sources) for r in check_feed(feed, min_sources=1)] == [2, 1]


def test_workers_do_not_change_the_reports():
    """The reports are the same with one worker process or two."""
    one = [r.to_dict() for r in check_feed(_MIXED, workers=1)]
    two = [r.to_dict() for r in check_feed(_MIXED, workers=2)]
    assert json.dumps(one) == json.dumps(two)


def test_big_blocks_cost_linear_work(monkeypatch):
    """A term shared by the whole feed pairs each article with a bounded number of others."""
    calls = 0
    dot = factcheck.feed._dot

    def counting(a, b):
        nonlocal calls
        calls += 1
        return dot(a, b)

    monkeypatch.setattr(factcheck.feed, "_dot", counting)
    n = 600
    feed = [
        Source(f"a{i}", f"Police in Brantley said case {i} of item{i:04x} was closed.")
        for i in range(n)
    ]
    group_stories(feed)
    assert calls <= n * (factcheck.feed._WINDOW + factcheck.feed._TOP_TERMS) + 2 * n


_texts = st.text(
    alphabet=st.sampled_from(list("abc ABC Tarvik Halden 2025 March 3, .\n")),
    min_size=1,
    max_size=80,
).filter(str.strip)


@settings(max_examples=40, deadline=None)
@given(st.lists(_texts, min_size=1, max_size=8))
def test_every_article_is_in_exactly_one_story(texts):
    """Any feed is partitioned: each article in one story, none lost, none repeated."""
    stories = group_stories(texts)
    ids = [s.id for story in stories for s in story]
    assert sorted(ids) == sorted(f"s{i}" for i in range(1, len(texts) + 1))
    assert [story[0].id for story in stories] == sorted(
        (story[0].id for story in stories), key=lambda i: int(i[1:])
    )


def test_an_outlets_own_name_does_not_join_its_stories():
    """Two stories of one outlet that both name the outlet stay apart when the outlet is known."""
    texts = [
        ("fire", "KVLM News reports that a fire at the Halden mill in Tarvik killed 4.", "Fire"),
        ("flood", "KVLM News reports that floods in Velmora forced 12,000 from homes.", "Floods"),
    ]
    unknown = [Source(i, t, title=h) for i, t, h in texts]
    known = [Source(i, t, title=h, outlet="www.kvlm.com") for i, t, h in texts]
    assert _ids(group_stories(unknown)) == [["fire", "flood"]]
    assert _ids(group_stories(known)) == [["fire"], ["flood"]]
