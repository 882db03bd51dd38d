"""The library's own property suite, drawn from ``factcheck.strategies``.

Invariants: normalization is idempotent and reads back what the strategies render; ``compare`` is
symmetric; ``check()`` does not depend on the order of the sources or on their ids; a source never
conflicts with an identical copy; planted conflicts are found and planted agreements never turn
into conflicts; every span indexes its source; the JSON report round-trips and follows its schema.

Run ``HYPOTHESIS_PROFILE=thorough`` for a long run (see ``conftest.py``).
"""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import (
    Source,
    Verdict,
    check,
    compare,
    parse_dates,
    parse_names,
    parse_person_name,
    parse_quantities,
    schema,
)
from factcheck import strategies as fst
from factcheck.model import FindingKind, PersonName, Quantity
from factcheck.report import Report

# ------------------------------------------------------------------------------------ helpers


def _value(q: Quantity) -> tuple[object, ...]:
    return (q.low, q.high, q.low_inclusive, q.high_inclusive, q.unit, q.kind)


def spans_valid(report: Report) -> None:
    """Every cited and linked mention's span indexes its source's text exactly."""
    texts = {s.id: s.text for s in report.sources}
    for f in report.findings:
        for c in f.citations:
            assert c.span.slice(texts[c.source]) == c.text
            assert c.sentence.contains(c.span)
            assert c.sentence.end <= len(texts[c.source])
    for e in report.entities:
        for source, m in e.mentions:
            assert m.span.slice(texts[source]) == m.text


def signature(report: Report, rename: dict[str, str] | None = None) -> set[tuple[object, ...]]:
    """The findings as a set, independent of numbering and order (ids optionally renamed).

    The key is left out: where a sentence has no predicate, the engine keys a finding by the first
    source's words, which depends on the order (see ``test_finding_key_is_order_independent``).
    """
    rename = rename or {}
    return {
        (
            f.kind,
            f.aspect,
            frozenset(
                (rename.get(c.source, c.source), c.span.start, c.span.end) for c in f.citations
            ),
        )
        for f in report.findings
    }


def render_person(name: PersonName) -> str:
    """A person's parts written back as one name."""
    head = " ".join(p for p in (name.title, name.first, name.middle, name.last) if p)
    nick = f' "{name.nickname}"' if name.nickname else ""
    return head + nick + (f", {name.suffix}" if name.suffix else "")


_VALIDATOR = jsonschema.Draft202012Validator(schema())
_REFS = st.dates(dt.date(1950, 1, 1), dt.date(2049, 12, 31))

# ------------------------------------------------------------------ render -> parse round trips


@given(fst.quantities(min_value=2))
def test_canonical_quantity_parses_back(q):
    """A drawn figure's canonical text parses to exactly that figure."""
    assert parse_quantities(q.text) == [q]


@given(st.data())
def test_quantity_texts_parse_to_the_same_value(data):
    """Every surface form of a figure parses to one figure with the same interval and unit."""
    q = data.draw(fst.quantities(min_value=2))
    text = data.draw(fst.quantity_texts(q, approximate=True))
    [found] = parse_quantities(text)
    assert found.text == text
    assert (found.low, found.high, found.unit, found.kind) == (q.low, q.high, q.unit, q.kind)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # singular counted nouns after one
        ("1 person", 1, "person"),
        ("one person", 1, "person"),
        ("$5m", 5_000_000, "USD"),
        ("$5bn", 5_000_000_000, "USD"),
        ("2 people", 2, "person"),
    ],
)
def test_quantity_examples(text, value, unit):
    """Forms near the edges of what the strategies draw."""
    [q] = parse_quantities(text)
    assert q.text == text
    assert (q.value, q.unit) == (value, unit)


@given(fst.dates())
def test_canonical_date_parses_back(m):
    """A drawn day's canonical text parses to exactly that day."""
    [found] = parse_dates(m.text)
    assert (found.text, found.start, found.end, found.granularity) == (
        m.text,
        m.start,
        m.end,
        m.granularity,
    )


@given(st.data())
def test_date_texts_resolve_to_the_same_day(data):
    """Every surface form of a day resolves to that day against the reference."""
    m = data.draw(fst.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)))
    ref = data.draw(
        st.one_of(st.none(), st.integers(-95, 95).map(lambda d: m.start + dt.timedelta(days=d)))
    )
    text = data.draw(fst.date_texts(m, reference=ref))
    [found] = parse_dates(text, reference=ref)
    assert found.text == text
    assert (found.start, found.end) == (m.start, m.end)


@given(st.data())
def test_name_variants_denote_the_same_person(data):
    """A full name and any variant of it compare as agree or compatible."""
    name = data.draw(fst.person_names(titles=False, middle=False))
    full = f"{name.first} {name.last}"
    variant = data.draw(fst.name_variants(name))
    # A surname alone is a name only where the text has introduced the person, as news does.
    text = f"{full} arrived on the night train. Hours later, {variant} spoke to reporters."
    found = parse_names(text)
    assert [m.text for m in found] == [full, variant]
    assert compare(found[0], found[1]) in (Verdict.AGREE, Verdict.COMPATIBLE)


@given(st.data())
def test_relative_dates_resolve_in_check(data):
    """A relative date in a source resolves against its publication date: parse_dates with
    that reference gives the day that date_texts meant (the engine's input)."""
    m = data.draw(fst.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 20)))
    published = m.start + dt.timedelta(days=data.draw(st.integers(0, 9)))
    text = data.draw(fst.date_texts(m, reference=published))
    [found] = parse_dates(f"It happened {text}.", reference=published)
    assert (found.start, found.end) == (m.start, m.end)


@pytest.mark.parametrize(
    ("absolute", "relative", "published"),
    [
        ("on May 31, 2020", "yesterday", dt.date(2020, 6, 1)),
        ("on March 10, 2034", "on Friday", dt.date(2034, 3, 14)),
        ("on April 8, 1967", "on 8 April", dt.date(1967, 4, 14)),
        ("on November 7, 2033", "two days ago", dt.date(2033, 11, 9)),
    ],
)
def test_a_relative_date_agrees_with_the_day_it_names(absolute, relative, published):
    """ "Yesterday" in a source published on June 1 is no conflict with "May 31"."""
    sentence = "The ceasefire between the rival militias took effect {}."
    a = Source("a", sentence.format(absolute), published=published)
    b = Source("b", sentence.format(relative), published=published)
    assert check([a, b]).conflicts == []


# ---------------------------------------------------------------------------------- idempotence


@given(fst.sources(), _REFS)
def test_quantity_normalization_is_idempotent(source, ref):
    """Re-parsing a figure's own words gives the same figure."""
    for q in parse_quantities(source.text):
        again = parse_quantities(q.text)
        assert [_value(a) for a in again] == [_value(q)]


@given(fst.sources())
def test_date_normalization_is_idempotent(source):
    """Re-parsing a date's own words against the same reference gives the same interval."""
    for m in parse_dates(source.text, reference=source.published):
        [again] = parse_dates(m.text, reference=source.published)
        assert (again.start, again.end, again.granularity) == (m.start, m.end, m.granularity)


@given(fst.sources(min_size=3))
def test_name_normalization_is_idempotent(source):
    """Re-parsing a name mention's own words gives the same kind and an agreeing key.

    Only mentions that stand for themselves are re-parsed: a short form ("García") resolves to a
    full name introduced elsewhere in the text, which its own words cannot know.
    """
    for m in parse_names(source.text):
        if len(m.text.split()) < 2:
            continue
        # Re-parsed as a sentence of its own: a name that ends the text loses its last word
        # (see test_a_name_at_the_end_of_the_text_keeps_its_last_word).
        [again] = [a for a in parse_names(m.text + ".") if a.text == m.text]
        # In its text a variant takes the key of the full name it refers to ("Maria A. García"
        # after "Maria García"); alone it keeps its own, which must still denote the same person.
        assert again.kind == m.kind
        assert compare(again, m) is Verdict.AGREE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joe Biden spoke.", "Joe Biden"),
        ("He met Maria García.", "Maria García"),
        ("Joe Biden", "Joe Biden"),
        ("Maria García and", "Maria García"),
    ],
)
def test_a_name_at_the_end_of_the_text_keeps_its_last_word(text, expected):
    """A full name is found whole wherever it stands in the text."""
    assert parse_names(text)[0].text == expected


@given(fst.person_names())
def test_person_name_parsing_is_idempotent(name):
    """Parsing a name, writing its parts back and parsing again gives the same parts."""
    once = parse_person_name(render_person(name))
    assert parse_person_name(render_person(once)) == once


@given(fst.person_names())
def test_person_name_parts_read_back(name):
    """A drawn name's parts are read back from its written form."""
    assert parse_person_name(render_person(name)) == name


@given(fst.sources())
def test_parsing_is_deterministic(source):
    """The same text parses to equal results twice (no hidden state, no clock)."""
    text = source.text
    assert parse_quantities(text) == parse_quantities(text)
    assert parse_dates(text) == parse_dates(text)
    assert parse_names(text) == parse_names(text)


# ------------------------------------------------------------------------------------- compare


def _mentions() -> st.SearchStrategy[object]:
    quantity = fst.quantities(min_value=2).flatmap(
        lambda q: fst.quantity_texts(q, approximate=True)
    )
    date = st.tuples(fst.dates().flatmap(fst.date_texts), st.none())
    name = fst.person_names().flatmap(fst.name_variants).map(lambda t: f"{t} spoke.")
    return (
        st.one_of(
            quantity.map(parse_quantities),
            date.map(lambda pair: parse_dates(pair[0])),
            name.map(parse_names),
        )
        .filter(bool)
        .map(lambda found: found[0])
    )


@given(_mentions(), _mentions())
def test_compare_is_symmetric(a, b):
    """``compare(a, b) == compare(b, a)`` for any two mentions of any kinds."""
    assert compare(a, b) == compare(b, a)


@given(_mentions())
def test_compare_with_itself_agrees(a):
    """A mention agrees with itself."""
    assert compare(a, a) is Verdict.AGREE


# ------------------------------------------------------------------------------------- check()


# Names are left out: a changed name's statement diff is cut by word-level edit operations whose
# tie-breaking depends on the order (see test_statement_diff_of_a_name_is_order_independent).
@given(fst.clusters(max_sources=3, aspects=["quantity", "date"]), st.randoms(use_true_random=False))
def test_check_is_invariant_to_source_order(cluster, rnd):
    """Shuffling the sources changes no finding (only their numbering)."""
    shuffled = list(cluster.sources)
    rnd.shuffle(shuffled)
    assert signature(check(shuffled)) == signature(check(cluster.sources))


@given(fst.clusters(max_sources=3), st.data())
def test_check_is_invariant_to_renaming_ids(cluster, data):
    """Renaming the sources renames the report's citations and changes nothing else."""
    old = [s.id for s in cluster.sources]
    new = data.draw(
        st.lists(
            st.text(min_size=1, max_size=5).filter(str.strip),
            min_size=len(old),
            max_size=len(old),
            unique=True,
        )
    )
    renamed = [attrs.evolve(s, id=n) for s, n in zip(cluster.sources, new, strict=True)]
    before = signature(check(cluster.sources), rename=dict(zip(old, new, strict=True)))
    assert signature(check(renamed)) == before


def test_finding_key_is_order_independent():
    """A finding's key does not depend on which source comes first."""
    a = Source("a", "The new stadium in Oaxaca can seat 2 people spectators.")
    b = Source("b", "The new stadium in Oaxaca can seat 20 people spectators.")
    [ab] = check([a, b]).conflicts
    [ba] = check([b, a]).conflicts
    assert ab.key == ba.key


def test_statement_diff_of_a_name_is_order_independent():
    """The words cited for a changed name are the same whichever source comes first."""
    a = Source("a", "The inquiry into the collapse is led by José A. García, the chief engineer.")
    b = Source("b", "The inquiry into the collapse is led by Maria López, the chief engineer.")
    c = Source("c", a.text)
    cited = [
        {(x.source, x.span.start, x.span.end) for f in check(order).conflicts for x in f.citations}
        for order in ([a, c, b], [a, b, c])
    ]
    assert cited[0] == cited[1]


@given(fst.clusters(max_sources=3, forms=True))
def test_check_is_deterministic(cluster):
    """The same sources give the same JSON report twice (no clock, no hash order)."""
    assert check(cluster.sources).to_json() == check(list(cluster.sources)).to_json()


@given(fst.sources())
def test_a_source_never_conflicts_with_its_copy(source):
    """A source checked against an identical copy of itself yields no conflict."""
    copy = attrs.evolve(source, id=source.id + "-copy")
    assert check([source, copy]).conflicts == []


@given(fst.clusters(min_sources=2, max_sources=4, conflicts=st.integers(1, 3), facts=4))
def test_planted_conflicts_are_found(cluster):
    """Every planted conflict is reported as a conflict citing both changed values."""
    report = check(cluster.sources)
    missing = [p.describe() for p in cluster.conflicts if not p.found_in(report)]
    assert not missing, missing


@given(fst.clusters(min_sources=2, max_sources=4, conflicts=st.integers(1, 3), facts=4))
def test_planted_conflicts_are_found_against_a_reference(cluster):
    """With the first source as the reference, each planted conflict is reported against it."""
    report = check(cluster.sources, reference=cluster.sources[0].id)
    missing = [p.describe() for p in cluster.conflicts if not p.found_in(report)]
    assert not missing, missing
    for f in report.findings:
        assert f.kind is FindingKind.SINGLE_SOURCE or cluster.sources[0].id in f.sources


@given(fst.clusters(min_sources=2, max_sources=4, conflicts=st.integers(0, 3), facts=4))
def test_planted_agreements_are_never_conflicts(cluster):
    """No conflict cites both sides of a planted agreement."""
    report = check(cluster.sources)
    # A conflict finding groups every source's version of one fact, so it may cite two sources
    # that agree beside a third that differs: wrong only where no planted conflict explains it.
    wrong = [
        (p.describe(), f.explanation)
        for p in cluster.agreements
        for f in report.conflicts
        if p.matches(f) and not any(c.matches(f) for c in cluster.conflicts)
    ]
    assert not wrong, wrong


# Figures and dates: a shortened name ("Maria García") in a text that names two people of that
# name ("Maria A. García", "Maria B. García") is ambiguous, not an agreement with either.
@given(
    fst.clusters(
        max_sources=3,
        conflicts=st.integers(0, 2),
        facts=4,
        forms=True,
        aspects=["quantity", "date"],
    )
)
def test_agreements_in_other_words_are_never_conflicts(cluster):
    """The same figures in other surface forms ("forty people", "$2.5m") never conflict, and
    planted conflicts are still found among them."""
    report = check(cluster.sources)
    wrong = [
        (p.describe(), f.explanation)
        for p in cluster.agreements
        for f in report.conflicts
        if p.matches(f) and not any(c.matches(f) for c in cluster.conflicts)
    ]
    assert not wrong, wrong
    missing = [p.describe() for p in cluster.conflicts if not p.found_in(report)]
    assert not missing, missing


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("January 12, 1957", "January 12, 1957"),
        ("January 12, 1957", "Jan. 12, 1957"),
        ("27 April 1989", "4/27/1989"),
        ("2038-01-08", "January 8, 2038"),
        ("the 4th of April 2000", "2000-04-04"),
    ],
)
def test_the_same_day_in_other_words_is_no_conflict(a, b):
    """One day written two ways in an otherwise identical sentence is no conflict."""
    sentence = "The ceasefire between the rival militias took effect on {}."
    report = check([Source("a", sentence.format(a)), Source("b", sentence.format(b))])
    assert report.conflicts == []


def test_a_numeric_date_changed_in_words_is_a_conflict():
    """ "11/19/2038" and "June 22, 2039" in otherwise identical sentences conflict."""
    sentence = "The ceasefire between the rival militias took effect on {}."
    report = check(
        [Source("a", sentence.format("11/19/2038")), Source("b", sentence.format("June 22, 2039"))]
    )
    assert len(report.conflicts) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tomasz Nowak", "Dr. Tomasz Nowak"),
        ("Tomasz Nowak", "Tomasz K. Nowak"),
        ("Tomasz Nowak", "Prof. Nowak"),
    ],
)
def test_a_name_variant_in_the_same_sentence_is_no_conflict(a, b):
    """A person named by a variant of the full name in an otherwise identical sentence."""
    sentence = "The award for investigative reporting went to {} this year."
    assert check([Source("a", sentence.format(a)), Source("b", sentence.format(b))]).conflicts == []


def test_a_name_without_its_accents_is_no_conflict():
    """ "David Sørensen" and "David Sorensen" are one person, even beside a second mention."""
    a = (
        "The award for investigative reporting went to David Sørensen this year."
        " Police said the stolen painting was recovered by David W. Sørensen at dawn."
    )
    b = (
        "The award for investigative reporting went to David Sorensen this year."
        " Police said the stolen painting was recovered by David Sørensen at dawn."
    )
    assert check([Source("a", a), Source("b", b)]).conflicts == []


@given(fst.clusters(min_sources=2, max_sources=4, conflicts=0, facts=st.integers(1, 5)))
def test_clusters_without_conflicts_are_consistent(cluster):
    """Sources with only planted agreements yield no conflict at all."""
    assert check(cluster.sources).conflicts == []


# ------------------------------------------------------------------------------ spans and JSON


@given(fst.clusters(max_sources=3))
def test_every_span_is_valid(cluster):
    """Every citation and entity mention indexes its source's text exactly."""
    spans_valid(check(cluster.sources))


@given(fst.clusters(max_sources=3), st.booleans())
def test_json_round_trips(cluster, with_reference):
    """The JSON report parses back to ``to_dict()``, follows the schema and cites true words."""
    reference = cluster.sources[0].id if with_reference else None
    report = check(cluster.sources, reference=reference)
    data = json.loads(report.to_json())
    assert data == json.loads(json.dumps(report.to_dict()))
    _VALIDATOR.validate(data)
    texts = {s.id: s.text for s in cluster.sources}
    assert [s["id"] for s in data["sources"]] == list(texts)
    for f in data["findings"]:
        for m in f["mentions"]:
            assert texts[m["source"]][m["start"] : m["end"]] == m["text"]
    assert data["summary"] == report.summary


@given(fst.sources(min_size=2, max_size=4), st.sampled_from([None, 0]))
def test_json_round_trips_for_a_single_source(source, indent):
    """A report on one source also round-trips, whatever the indentation."""
    report = check([source])
    assert json.loads(report.to_json(indent=indent)) == json.loads(json.dumps(report.to_dict()))
