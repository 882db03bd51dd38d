"""Statement diffs: a changed word in otherwise the same sentence is a conflict."""

from __future__ import annotations

import pytest

from factcheck import InvalidArgument, Source
from factcheck.pipeline import extract
from factcheck.statements import diff_statements


def _diff(a: str, b: str, **kwargs):
    return diff_statements([extract(Source("a", a)), extract(Source("b", b))], **kwargs)


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            "The Las Palmas Complex in the Cape Region is primarily a mortuary pattern .",
            "The Las Palmas Complex in the Asian Region is primarily a mortuary pattern .",
            ("Cape Region", "Asian Region"),
        ),
        (
            "James Story traveled to Caracas to conduct an initial assessment of the embassy.",
            "John McNamara traveled to Caracas to conduct an initial assessment of the embassy.",
            ("James Story", "John McNamara"),
        ),
        (
            "In the total tests, 812 were samples in which 26 samples tested positive.",
            "In the total tests, 812 were samples in which 25 samples tested positive.",
            ("26 samples", "25 samples"),
        ),
    ],
)
def test_changed_words_are_cited_in_both_sources(a, b, words):
    """The changed stretch is reported with its exact words in each source."""
    [finding] = _diff(a, b)
    assert finding.kind.value == "conflict"
    assert finding.aspect.value == "statement"
    assert tuple(c.text for c in finding.citations) == words
    assert words[0] in finding.explanation
    assert words[1] in finding.explanation


def test_inserted_negation_is_a_conflict():
    """ "was released" against "was not released" is a conflict on the negated words."""
    [finding] = _diff(
        "The opposition leader was released from prison on Thursday evening.",
        "The opposition leader was not released from prison on Thursday evening.",
    )
    texts = [c.text for c in finding.citations]
    assert texts == ["was", "was not"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # spelling variants
        (
            "Washington's top diplomat in neighbouring Colombia traveled to Caracas on Friday.",
            "Washington's top diplomat in neighboring Colombia traveled to Caracas on Friday.",
        ),
        # function words only
        (
            "The delegation will visit the United States to conduct assessments soon.",
            "A delegation will visit the United States to conduct assessments soon.",
        ),
        # identical
        (
            "The embassy has been closed since 2019 amid the crisis in the country.",
            "The embassy has been closed since 2019 amid the crisis in the country.",
        ),
        # paraphrase: too many changes to be one changed fact
        (
            "Officials traveled to Caracas to conduct an initial assessment for a potential "
            "phased resumption of operations.",
            "Staff members went to the capital to carry out a first review of the possibility "
            "of resuming work in phases.",
        ),
    ],
)
def test_no_conflict_without_a_changed_fact(a, b):
    """Spelling variants, function words, identical and paraphrased sentences are no conflict."""
    assert _diff(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # who said it
        (
            "The suspect fled the scene in a silver car before officers arrived, police said.",
            "The suspect fled the scene in a silver car before officers arrived, Smith told AP.",
        ),
        # a pronoun or a title for the name
        (
            "On Tuesday Harlan signed the order to close the northern bridge for repairs.",
            "On Tuesday he signed the order to close the northern bridge for repairs.",
        ),
        # one side says more
        (
            "The crash happened on the bridge in Bristol late on Friday night, officials said.",
            "The crash happened on the bridge in Bristol, Tennessee late on Friday night, "
            "officials said.",
        ),
        # a spelling variant of a name, an inflection
        (
            "Leaders met Muammar Qaddafi in the desert tent near the old capital last year.",
            "Leaders met Moammar Qaddafi in the desert tent near the old capital last year.",
        ),
        # a figure where the other gives none, between outlets
        (
            "Police said a young boy was wounded in the shooting on Elm Street overnight.",
            "Police said a 3-year-old boy was wounded by gunfire on Elm Street overnight.",
        ),
        # a verb in other words, between outlets
        (
            "A stray bullet struck the window of a nearby bakery on Main Street, witnesses said.",
            "A stray bullet hit the window of a nearby bakery on Main Street after midnight.",
        ),
        # a negation said in other words
        (
            "It was not immediately known if the driver had been drinking before the crash.",
            "It was unclear whether the driver had been drinking before the crash.",
        ),
        # the speaker's name and title moved around the verb of saying
        (
            "“Couples will now be treated equally under our tax laws,” said Human Rights "
            "Campaign President Chad Griffin.",
            "“Couples will now be treated equally under our tax laws,” said Chad Griffin, the "
            "president of the Human Rights Campaign.",
        ),
        (
            "“The campaign received subpoenas for documents from the state committee,” said "
            "Sheridan.",
            "“The campaign received subpoenas for documents from the state committee,” the "
            "lawyer, Mark D. Sheridan, said in an email.",
        ),
        # a description for a name
        (
            "The gunman was firing shots at the motel and at vehicles along the roadway overnight.",
            "The gunman was firing shots at the motel and at vehicles along Volunteer Parkway "
            "overnight.",
        ),
        (
            "Officer Swasey was a six-year veteran of the university's police force, they said.",
            "Officer Swasey was a six-year veteran of the UCCS Police Department, they said.",
        ),
        # a short link
        (
            "Read the full statement from the county sheriff here: bit.ly/1N5ukAh today.",
            "Read the full statement from the county sheriff here: bit.ly/2diRHyp today.",
        ),
    ],
)
def test_rewording_between_outlets_is_no_conflict(a, b):
    """What two outlets word differently about one fact is not a changed fact."""
    assert _diff(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        # what one subject is, inside a longer sentence
        (
            "The flowers of the marsh orchid are pale pink and the thin stem is reddish.",
            "The flowers of the marsh orchid are slaty blue.",
            ("pale pink", "slaty blue"),
        ),
        # an antonym by prefix
        (
            "Critics called the ending of the third season of the drama predictable overall.",
            "Critics called the ending of the third season of the drama unpredictable overall.",
            ("predictable", "unpredictable"),
        ),
        # one or many
        (
            "The outline is then given to a storyboard director who draws the rough draft.",
            "The outline is then given to a storyboard directors who draws the rough draft.",
            ("director", "directors"),
        ),
    ],
)
def test_changes_that_stay_conflicts(a, b, words):
    """A copular complement, an antonym and a change of number are changed facts."""
    [finding] = _diff(a, b)
    assert tuple(c.text for c in finding.citations) == words


def test_reference_mode_puts_the_reference_first():
    """In reference mode only pairs with the reference count, and it is cited first."""
    sources = [
        Source("x", "The storm destroyed 40 houses in the coastal town of Brava yesterday."),
        Source("ref", "The storm destroyed 45 houses in the coastal town of Brava yesterday."),
        Source("y", "The storm destroyed 50 houses in the coastal town of Brava yesterday."),
    ]
    findings = diff_statements([extract(s) for s in sources], reference="ref")
    assert sorted(f.citations[1].source for f in findings) == ["x", "y"]
    assert all(f.citations[0].source == "ref" for f in findings)


def test_min_similarity_is_validated():
    """min_similarity outside [0, 1] is an InvalidArgument naming it."""
    with pytest.raises(InvalidArgument, match=r"min_similarity=1\.5"):
        _diff("a b c d e f", "a b c d e g", min_similarity=1.5)


def test_changed_decimal_figures_are_a_conflict():
    """Figures with decimal points or separators that differ are a changed fact, cited whole."""
    findings = _diff(
        "Ted 2 grossed $ 81.3 million in North America and $ 134.4 million elsewhere.",
        "Ted 2 grossed $ 81.5 million in North America and $ 134.4 million elsewhere.",
    )
    assert [tuple(c.text for c in f.citations) for f in findings] == [
        ("$ 81.3 million", "$ 81.5 million")
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("on 2038-01-08", "on January 8, 2038"),
        ("one hundred people", "100 people"),
        ("by David Sørensen", "by David Sorensen"),
        ("by Tomasz Nowak", "by Prof. Nowak"),
        ("about 20,000 people", "21,000 people"),
    ],
)
def test_one_value_in_other_words_is_no_change(a, b):
    """A figure, date or person written another way in the same sentence is no conflict."""
    sentence = "The award for the rescue of {} was handed over in the capital."
    assert _diff(sentence.format(a), sentence.format(b)) == []


def test_a_date_changed_in_other_words_is_cited_whole():
    """ "11/19/2038" against "June 22, 2039" is one changed date, cited whole on both sides."""
    sentence = "The ceasefire between the rival militias took effect on {} in the north."
    [finding] = _diff(sentence.format("11/19/2038"), sentence.format("June 22, 2039"))
    assert [c.text for c in finding.citations] == ["11/19/2038", "June 22, 2039"]


def test_two_people_of_one_surname_still_conflict():
    """ "Delcy Rodriguez" against "Jorge Rodriguez" in the same statement is a change of actor."""
    sentence = "The talks in Caracas were led by {} on behalf of the interim government."
    [finding] = _diff(sentence.format("Delcy Rodriguez"), sentence.format("Jorge Rodriguez"))
    assert [c.text for c in finding.citations] == ["Delcy Rodriguez", "Jorge Rodriguez"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("an estimated 124,435 people", "an estimated 126,952 people"),
        ("more than 100 people", "more than 200 people"),
    ],
)
def test_hedged_or_open_figures_that_differ_stay_changes(a, b):
    """Only a round figure hedged ("about 20,000") rounds another; a precise estimate or an open
    bound that moves is a changed fact."""
    sentence = "The award for the rescue of {} was handed over in the capital."
    [finding] = _diff(sentence.format(a), sentence.format(b))
    assert tuple(c.text for c in finding.citations) == (a, b)
