"""Tests of the cross-source entity index (``link_entities``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import InvalidArgument
from factcheck.model import Entity, NameMention, Span
from factcheck.normalize.entities import DEFAULT_SCORE_CUTOFF, link_entities
from factcheck.normalize.names import parse_names


def link(**texts: str) -> list[Entity]:
    return link_entities({sid: parse_names(t) for sid, t in texts.items()})


def entity_of(ents: list[Entity], source: str, text: str) -> Entity:
    for e in ents:
        if any(s == source and m.text == text for s, m in e.mentions):
            return e
    raise AssertionError(f"{text!r} of {source!r} is in no entity")


def test_issue_examples_link_across_sources() -> None:
    """The issue's examples: Rodríguez, McNamara, the United States, the CIA are one entity each."""
    ents = link(
        a="Interim leader Delcy Rodríguez met Charge d’Affaires John T. McNamara in the U.S. "
        "The CIA was there.",
        b="Delcy Rodriguez met John McNamara. Later, McNamara met the Central Intelligence Agency "
        "in the United States. Rodriguez spoke.",
        c="Rodriguez and the US said so.",
    )
    for a, b in [
        (("a", "Delcy Rodríguez"), ("b", "Delcy Rodriguez")),
        (("b", "Rodriguez"), ("c", "Rodriguez")),
        (("a", "John T. McNamara"), ("b", "McNamara")),
        (("a", "U.S."), ("c", "US")),
        (("b", "United States"), ("a", "U.S.")),
        (("a", "CIA"), ("b", "Central Intelligence Agency")),
    ]:
        assert entity_of(ents, *a) is entity_of(ents, *b)


def test_same_surname_different_people_stay_apart() -> None:
    """Delcy and Jorge Rodriguez, and Nicolás Maduro and his son, are never merged."""
    ents = link(
        a="Delcy Rodriguez and Jorge Rodriguez arrived. Nicolás Maduro spoke.",
        b="Jorge Rodriguez spoke. Nicolás Maduro Guerra also spoke. Rodriguez left.",
    )
    assert entity_of(ents, "a", "Delcy Rodriguez") is not entity_of(ents, "a", "Jorge Rodriguez")
    assert entity_of(ents, "a", "Jorge Rodriguez") is entity_of(ents, "b", "Jorge Rodriguez")
    assert entity_of(ents, "a", "Nicolás Maduro") is not entity_of(
        ents, "b", "Nicolás Maduro Guerra"
    )
    for e in ents:
        texts = {m.text for _, m in e.mentions}
        assert not ({"Delcy Rodriguez", "Jorge Rodriguez"} <= texts)


def test_ambiguous_surname_across_sources_stays_alone() -> None:
    """A bare surname that fits two people of the index is an entity of its own."""
    ents = link(a="Delcy Rodriguez and Jorge Rodriguez arrived.", b="Rodriguez said no.")
    e = entity_of(ents, "b", "Rodriguez")
    assert [m.text for _, m in e.mentions] == ["Rodriguez"]


def test_change_of_actor_is_two_entities() -> None:
    """ "James Story" and "John McNamara" are two people."""
    ents = link(a="James Story traveled to Caracas.", b="John McNamara traveled to Caracas.")
    assert entity_of(ents, "a", "James Story") is not entity_of(ents, "b", "John McNamara")
    assert entity_of(ents, "a", "Caracas") is entity_of(ents, "b", "Caracas")


def test_spelling_variant_within_cutoff() -> None:
    """A one-letter variant of a full name links; the cutoff can be raised to refuse it."""
    ents = link(a="Delcy Rodriguez spoke.", b="Delcy Rodrigues spoke.")
    assert entity_of(ents, "a", "Delcy Rodriguez") is entity_of(ents, "b", "Delcy Rodrigues")
    strict = link_entities(
        {"a": parse_names("Delcy Rodriguez spoke."), "b": parse_names("Delcy Rodrigues spoke.")},
        score_cutoff=99,
    )
    assert len(strict) == 2


def test_acronym_joins_its_organization() -> None:
    """An all-caps acronym joins the organization whose initials spell it."""
    ents = link(
        a="The Tennessee Bureau of Investigation said so.",
        b="Agents of the TBI said so.",
    )
    assert entity_of(ents, "a", "Tennessee Bureau of Investigation") is entity_of(ents, "b", "TBI")


def test_ids_and_order_are_deterministic() -> None:
    """Entities are numbered E1… by first appearance: source order, then offset."""
    ents = link(b="Caracas and Bogota.", a="Bogota and Lima.")
    assert [(e.id, e.canonical) for e in ents] == [
        ("E1", "caracas"),
        ("E2", "bogota"),
        ("E3", "lima"),
    ]
    assert [s for s, _ in ents[1].mentions] == ["b", "a"]


def test_seed_report_has_one_entity_per_actor(seed_texts: dict[str, str]) -> None:
    """The seed report shows one entity for each of the issue's nine actors."""
    ents = link_entities({sid: parse_names(t) for sid, t in seed_texts.items()})
    for key in [
        "delcy rodriguez",
        "nicolas maduro",
        "john mcnamara",
        "maria corina machado",
        "cilia flores",
        "donald trump",
        "united states",
        "venezuela",
        "caracas",
    ]:
        holding = [e for e in ents if any(m.canonical == key for _, m in e.mentions)]
        assert len(holding) == 1, (key, [e.canonical for e in holding])


def test_empty_input() -> None:
    """No sources, or sources without names, give no entities."""
    assert link_entities({}) == []
    assert link_entities({"a": []}) == []
    assert DEFAULT_SCORE_CUTOFF == 88.0


@pytest.mark.parametrize(
    ("mentions", "kwargs", "match"),
    [
        ([1, 2], {}, "mentions="),
        ({"a": "text"}, {}, "mentions\\['a'\\]="),
        ({"a": ["x"]}, {}, "not a NameMention"),
        ({1: []}, {}, "source id 1"),
        ({}, {"score_cutoff": 120}, "score_cutoff=120"),
        ({}, {"score_cutoff": "90"}, "score_cutoff='90'"),
        ({}, {"score_cutoff": True}, "score_cutoff=True"),
    ],
)
def test_bad_arguments(mentions: object, kwargs: dict[str, object], match: str) -> None:
    """Bad arguments raise InvalidArgument naming the argument and its value."""
    with pytest.raises(InvalidArgument, match=match):
        link_entities(mentions, **kwargs)  # type: ignore[arg-type]


_names = st.sampled_from(
    [
        "Delcy Rodriguez",
        "Jorge Rodriguez",
        "Rodriguez",
        "John McNamara",
        "John T. McNamara",
        "US",
        "Caracas",
    ]
)


@given(st.lists(st.lists(_names, max_size=5), max_size=4))
def test_every_mention_in_exactly_one_entity(sources: list[list[str]]) -> None:
    """Each mention lands in exactly one entity, and Delcy and Jorge never share one."""
    mentions = {
        f"s{i}": [NameMention(Span(0, len(n)), n, "person", n.lower()) for n in names]
        for i, names in enumerate(sources)
    }
    ents = link_entities(mentions)
    assert sum(len(e.mentions) for e in ents) == sum(len(v) for v in mentions.values())
    for e in ents:
        texts = {m.text for _, m in e.mentions}
        assert not ({"Delcy Rodriguez", "Jorge Rodriguez"} <= texts)
