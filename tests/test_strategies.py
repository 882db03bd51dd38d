"""The strategies' own behaviour: what they draw, and invalid arguments at definition time."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import strategies as fst
from factcheck.errors import InvalidArgument
from factcheck.model import DateMention, FindingKind, PersonName, Quantity, Source, Span


def test_import_factcheck_does_not_import_strategies_or_hypothesis():
    """``import factcheck`` leaves hypothesis (an optional extra) unimported."""
    code = (
        "import sys, factcheck;"
        " print('hypothesis' in sys.modules, 'factcheck.strategies' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]


def test_all_lists_the_public_names():
    """``__all__`` names exactly the module's public strategies and classes."""
    public = {n for n in vars(fst) if not n.startswith("_")}
    exported = {n for n in public if getattr(getattr(fst, n), "__module__", "") == fst.__name__}
    assert set(fst.__all__) == exported


# ------------------------------------------------------------------- invalid arguments, eagerly

_DAY = dt.date(2024, 3, 3)


@pytest.mark.parametrize(
    ("factory", "kwargs"),
    [
        # bounds and types, in hypothesis's conventions
        (fst.quantities, {"min_value": 10, "max_value": 5}),
        (fst.quantities, {"min_value": -1}),
        (fst.quantities, {"max_value": 10**13}),
        (fst.quantities, {"min_value": 1.5}),
        (fst.quantities, {"min_value": True}),
        (fst.quantities, {"min_value": Decimal("0.2"), "max_value": Decimal("0.8")}),
        (fst.quantities, {"kinds": []}),
        (fst.quantities, {"kinds": ["weight"]}),
        (fst.quantities, {"kinds": "count"}),
        (fst.dates, {"min_value": dt.date(2024, 1, 2), "max_value": dt.date(2024, 1, 1)}),
        (fst.dates, {"min_value": "2024-01-01"}),
        (fst.dates, {"min_value": dt.datetime(2024, 1, 1, 12, 0)}),
        (fst.dates, {"min_value": dt.date(999, 12, 31)}),
        (fst.person_names, {"titles": "yes"}),
        (fst.sources, {"min_size": 0}),
        (fst.sources, {"min_size": 3, "max_size": 2}),
        (fst.sources, {"max_size": 16}),
        (fst.sources, {"ids": "abc"}),
        (fst.sources, {"published": None}),
        (fst.clusters, {"min_sources": 1}),
        (fst.clusters, {"min_sources": 4, "max_sources": 3}),
        (fst.clusters, {"conflicts": 3, "facts": 2}),
        (fst.clusters, {"conflicts": -1, "facts": 2}),
        (fst.clusters, {"facts": 0}),
        (fst.clusters, {"facts": 4, "aspects": ["date"]}),
        (fst.clusters, {"aspects": ["weather"]}),
        (fst.clusters, {"ids": ["a", "b"]}),
        (fst.clusters, {"forms": "yes"}),
        # the *_texts strategies check a value at once
        (fst.quantity_texts, {"quantity": 40}),
        (fst.quantity_texts, {"quantity": Quantity(Span(0, 5), "40-50", 40, 50)}),
        (fst.quantity_texts, {"quantity": Quantity(Span(0, 5), "40 kg", 40, 40, unit="kg")}),
        (
            fst.quantity_texts,
            {"quantity": Quantity(Span(0, 2), "40", 40, 40, unit="person"), "approximate": 1},
        ),
        (fst.date_texts, {"date": "2024-03-03"}),
        (fst.date_texts, {"date": DateMention(Span(0, 4), "2024", _DAY, dt.date(2024, 12, 31))}),
        (fst.date_texts, {"date": _DAY, "reference": "2024-03-05"}),
        (fst.name_variants, {"name": "José García"}),
        (fst.name_variants, {"name": PersonName(last="García")}),
    ],
)
def test_invalid_arguments_raise_at_definition_time(factory, kwargs):
    """Impossible or mistyped arguments raise InvalidArgument before anything is drawn."""
    with pytest.raises(InvalidArgument):
        factory(**kwargs)


def test_invalid_argument_messages_name_the_argument():
    """The message names the argument and shows its bad value with repr."""
    with pytest.raises(InvalidArgument, match=r"min_value=-1 "):
        fst.quantities(min_value=-1)
    with pytest.raises(InvalidArgument, match=r"kinds=\['weight'\]"):
        fst.quantities(kinds=["weight"])


@given(st.data())
def test_invalid_value_drawn_from_a_strategy_is_reported(data):
    """A strategy argument that yields a bad value fails with InvalidArgument when drawn."""
    with pytest.raises(InvalidArgument):
        data.draw(fst.quantity_texts(st.just(Quantity(Span(0, 5), "40-50", 40, 50))))


# ---------------------------------------------------------------------------- what they draw


@given(fst.quantities(min_value=7, max_value=5000, kinds=["count", "measure"]))
def test_quantities_respect_bounds_and_kinds(q):
    """Drawn figures lie within the bounds, have one value, their span covers their text."""
    assert q.kind in {"count", "measure"}
    assert q.value is not None
    assert 7 <= q.value <= 5000
    assert q.span == Span(0, len(q.text))
    assert q.unit == {"count": "person", "measure": "km"}[q.kind]


@given(fst.quantities(min_value=Decimal("0.5"), max_value=Decimal("2.5"), kinds=["percent"]))
def test_percentages_may_have_decimals(q):
    """Percentages may have decimal places; other kinds stay whole."""
    assert Decimal("0.5") <= q.value <= Decimal("2.5")
    assert q.text.endswith(" percent")


@given(
    fst.quantities(kinds=["money"]).flatmap(lambda q: st.tuples(st.just(q), fst.quantity_texts(q)))
)
def test_quantity_texts_keep_the_digits_or_words(pair):
    """Every money form names the dollar in some way."""
    _, text = pair
    assert "$" in text or "dollar" in text or "USD" in text


@given(fst.dates(min_value=dt.date(2020, 2, 1), max_value=dt.date(2020, 2, 29)))
def test_dates_respect_bounds(m):
    """Drawn days lie within the bounds and are one day long."""
    assert m.start == m.end
    assert dt.date(2020, 2, 1) <= m.start <= dt.date(2020, 2, 29)
    assert m.text.startswith("February ")
    assert m.text.endswith(", 2020")


@given(fst.date_texts(_DAY))
def test_date_texts_without_reference_always_hold_the_year(text):
    """Without a reference date, every form is absolute (names the year)."""
    assert "2024" in text


@given(fst.date_texts(_DAY, reference=dt.date(2024, 3, 5)))
def test_date_texts_with_reference_are_strings(text):
    """With a reference, relative forms appear, all of them non-empty."""
    assert text.strip() == text
    assert text


@given(fst.person_names(accents=False))
def test_person_names_without_accents_are_ascii(name):
    """``accents=False`` draws ASCII names."""
    assert f"{name.title}{name.first}{name.middle}{name.last}".isascii()
    assert name.first
    assert name.last


@given(fst.person_names().flatmap(lambda n: st.tuples(st.just(n), fst.name_variants(n))))
def test_name_variants_keep_the_surname(pair):
    """Every variant ends with the surname, with or without its accents."""
    name, variant = pair
    assert variant.endswith((name.last, fst._fold(name.last)))


@given(fst.sources(min_size=2, max_size=3, published=False))
def test_sources_are_valid_sources(source):
    """Sources are Source objects with sentences and no publication date when asked."""
    assert isinstance(source, Source)
    assert source.published is None
    assert source.text.count(". ") >= 2


@given(fst.clusters(min_sources=2, max_sources=5, conflicts=st.integers(0, 3), facts=4))
def test_clusters_plant_what_they_say(cluster):
    """Planted spans index their words; each conflict differs in words, each agreement not."""
    ids = [s.id for s in cluster.sources]
    assert 2 <= len(ids) <= 5
    assert len(set(ids)) == len(ids)
    texts = {s.id: s.text for s in cluster.sources}
    assert len(cluster.planted) == 4 * (len(ids) - 1)
    assert len(cluster.conflicts) <= 3
    for p in cluster.planted:
        assert p.a_source == ids[0]
        assert p.a_span.slice(texts[p.a_source]) == p.a_text
        assert p.b_span.slice(texts[p.b_source]) == p.b_text
        if p.kind is FindingKind.CONFLICT:
            assert p.a_text != p.b_text
        else:
            assert p.a_text == p.b_text


@given(fst.clusters(conflicts=2, facts=2, min_sources=2, max_sources=2))
def test_clusters_with_as_many_conflicts_as_facts_change_every_fact(cluster):
    """With ``conflicts == facts`` and two sources, every planted finding is a conflict."""
    assert [p.kind for p in cluster.planted] == [FindingKind.CONFLICT] * 2


@given(fst.clusters(aspects=["name"], ids=st.sampled_from(["x", "y", "z", "w"])))
def test_clusters_take_an_ids_strategy_and_aspects(cluster):
    """Ids come from the given strategy; only the asked aspects are planted."""
    assert {s.id for s in cluster.sources} <= {"x", "y", "z", "w"}
    assert {p.aspect.value for p in cluster.planted} <= {"name"}


@given(fst.clusters(forms=True, facts=5, max_sources=3))
def test_clusters_with_forms_vary_the_words_of_agreements(cluster):
    """With ``forms=True`` agreeing values may differ in words; spans still index them."""
    texts = {s.id: s.text for s in cluster.sources}
    for p in cluster.planted:
        assert p.a_span.slice(texts[p.a_source]) == p.a_text
        assert p.b_span.slice(texts[p.b_source]) == p.b_text
