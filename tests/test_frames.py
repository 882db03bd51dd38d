"""Frames: corrections ("a detention center, not a penitentiary") and present roles."""

from __future__ import annotations

import pytest

from factcheck import Source, check


def _conflict_words(a: str, b: str) -> list[set[str]]:
    report = check([Source("a", a), Source("b", b)])
    return [{c.text for c in f.citations} for f in report.conflicts]


def test_a_correction_contradicts_the_word_it_denies():
    """What one source says a thing is not, another calls it: a conflict on both words."""
    a = (
        "The riot ended on 2 October 1992 in Carandiru Penitentiary in São Paulo, when military "
        "police stormed the building."
    )
    b = (
        "The facility where the Carandiru riot ended was a detention center, not a "
        "penitentiary, so the inmates had not been tried."
    )
    assert _conflict_words(a, b) == [{"Penitentiary", "detention center"}]


def test_not_but_is_a_correction_too():
    """ "not a Y but an X" says the same as "an X, not a Y"."""
    a = "Investigators blamed a boiler fault for the Delmar plant fire on Monday."
    b = "The Delmar plant fire was not a boiler fault but an arson attack, investigators said."
    assert _conflict_words(a, b) == [{"boiler fault", "arson attack"}]


@pytest.mark.parametrize(
    "b",
    [
        # the other source does not use the denied words
        "The facility where the Carandiru riot ended was a detention center, not a prison.",
        # a degree, not another thing
        "The Carandiru riot was a big problem, not a small problem, said the governor.",
        # a sentence on another matter
        "The new museum in Lisbon is a gallery, not a penitentiary, its director said.",
    ],
)
def test_no_correction_conflict_without_the_denied_words_on_the_same_matter(b):
    a = "The riot ended in Carandiru Penitentiary in São Paulo, when police stormed it."
    assert _conflict_words(a, b) == []


def test_one_persons_present_roles_conflict():
    """ "works as a medical sales rep" and "he works as a journalist" of one person conflict."""
    a = "David Brady, a former Gaelic footballer from Mayo, works as a medical sales rep in 2020."
    b = "David Brady played for Mayo in the 1990s. As of 2020, he works as a journalist."
    assert _conflict_words(a, b) == [{"medical sales rep", "journalist"}]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one role in more or fewer words
        (
            "Maria Lopez works as a sales rep for a drug company in Ohio.",
            "Maria Lopez works as a medical sales rep in Ohio.",
        ),
        # two people
        (
            "Maria Lopez works as a nurse in the county hospital.",
            "Her brother, Juan Ortega, works as a teacher in the same town.",
        ),
    ],
)
def test_roles_that_do_not_conflict(a, b):
    assert _conflict_words(a, b) == []


def test_the_last_one_named_differently_conflicts():
    """ "The last person jailed for blasphemy was A" and "… conviction for blasphemy was of B"."""
    a = "The last person to be jailed in the United States for blasphemy was Abner Kneeland."
    b = "The last known U.S. conviction for blasphemy was of the activist Charles Lee Smith."
    assert _conflict_words(a, b) == [{"Abner Kneeland", "Charles Lee Smith"}]


@pytest.mark.parametrize(
    "b",
    [
        # the same person
        "The last man jailed for blasphemy in the country was Abner Kneeland, in 1838.",
        # the first, not the last
        "The first person convicted of blasphemy in the colony was Charles Lee Smith.",
        # the last of something else
        "The last governor of the territory was Charles Lee Smith.",
    ],
)
def test_firsts_and_lasts_that_do_not_conflict(b):
    a = "The last person to be jailed in the United States for blasphemy was Abner Kneeland."
    assert _conflict_words(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "cited"),
    [
        (
            "No one has been arrested in the case, the district attorney said.",
            "Collin Finnerty was arrested on charges of kidnapping.",
            "Collin Finnerty was arrested",
        ),
        (
            "No arrests have been made and police are still investigating.",
            "Police have arrested a 24-year-old man in the shooting.",
            "Police have arrested a 24-year-old man",
        ),
        (
            "Nobody has been charged yet.",
            "Two sophomore lacrosse players were charged on Tuesday.",
            "Two sophomore lacrosse players were charged",
        ),
    ],
)
def test_no_one_arrested_conflicts_with_an_arrest(a, b, cited):
    """ "No one has been arrested" against "X was arrested": one source is outdated or wrong."""
    [finding] = check([Source("a", a), Source("b", b)]).conflicts
    assert finding.aspect.value == "statement"
    assert finding.citations[1].mention.text == cited


@pytest.mark.parametrize(
    "b",
    [
        "He was not arrested, police said.",
        "The car was detained at the border.",
        "Two people were hurt in the fire.",
        "No one was arrested at the second protest either.",
    ],
)
def test_no_one_arrested_needs_someone_arrested(b):
    """A negated arrest, a thing detained, another verb or another denial is no conflict."""
    a = "No one has been arrested in the case, the district attorney said."
    assert not check([Source("a", a), Source("b", b)]).conflicts
