"""Claim building: predicates, lifespans, quotations and boilerplate."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from factcheck import Source, check
from factcheck.claims import build_claims, find_quotes, is_boilerplate
from factcheck.model import DateMention
from factcheck.pipeline import extract


def _claims(text: str, **kwargs):
    return build_claims(extract(Source("a", text, **kwargs)))


def test_counted_noun_names_the_event():
    """ "more than one hundred deaths" is a claim about killing, like "killed 100 people"."""
    [claim] = [c for c in _claims("The action led to more than one hundred deaths.") if c.key]
    assert claim.key == "kill"


def test_titles_are_not_predicates():
    """ "Charge d'Affaires" names a title; the predicate of the date is "traveled"."""
    text = (
        "On January 9, personnel including Charge d’Affaires John T. McNamara, traveled to "
        "Caracas to conduct an initial assessment."
    )
    keys = {c.value.text: c.key for c in _claims(text, published=dt.date(2026, 1, 10))}
    assert keys["January 9"] == "travel"


def test_lifespan_splits_into_birth_and_death():
    """ "(8 September 1838 – 2 March 1881)" holds a birth date and a death date."""
    text = "Karl Weyprecht (8 September 1838 – 2 March 1881) was an Austro-Hungarian explorer."
    dates = {c.value.text: c.key for c in _claims(text)}
    assert dates == {"8 September 1838": "born", "2 March 1881": "kill"}


def test_lifespan_conflicts_with_a_death_date():
    """A death date in a lifespan conflicts with another source's "died on"."""
    report = check(
        [
            Source("a", "Karl Weyprecht (8 September 1838 – 2 March 1881) was an explorer."),
            Source("b", "Karl Weyprecht died on 3 March 1881 (aged 42)."),
        ]
    )
    assert [{c.text for c in f.citations} for f in report.conflicts] == [
        {"2 March 1881", "3 March 1881"}
    ]


@pytest.mark.parametrize(
    ("text", "born", "died"),
    [
        ("Rashid al-Amin (Persian: رشید; 1211–1255) was the ruler of the fort.", "1211", "1255"),
        ("Anna Kowalska (née Nowak, 1920–2001) was a chemist.", "1920", "2001"),
    ],
)
def test_lifespan_at_the_end_of_a_parenthesis(text, born, died):
    """A lifespan after other words in its parenthesis, early bare years included."""
    keys = {c.value.text: c.key for c in _claims(text) if isinstance(c.value, DateMention)}
    assert keys == {born: "born", died: "kill"}


def test_a_parenthesis_that_goes_on_is_no_lifespan():
    """A range inside a parenthesis that does not close after it stays one range."""
    text = "The dynasty (1211–1255 by most counts) ruled the valley."
    keys = {c.value.text: c.key for c in _claims(text) if isinstance(c.value, DateMention)}
    assert "born" not in keys.values()


def test_birth_years_of_one_person_conflict_across_spellings():
    """ "born in 1213" and a lifespan from 1211 are one fact about one person, in two spellings."""
    report = check(
        [
            Source("a", "Rashid Muhammad III of Alamut was born in 1213 in the fortress."),
            Source("b", "Rashid Muḥammad III (Persian: رشید; 1211–1255) was the 26th imam."),
        ]
    )
    assert [{c.text for c in f.citations} for f in report.conflicts] == [{"1213", "1211"}]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“When I heard the news, I broke down,” said Dilsia Caro, 50, as she waited.", "caro"),
        ("Donald Trump wrote: “Venezuela is releasing large numbers of prisoners.”", "trump"),
        ("Officials told AFP that John McNamara “traveled to Caracas to conduct talks.”", None),
    ],
)
def test_quotation_speakers(text, speaker):
    """A speaker is named beside a verb of saying; a subject inside the report is no speaker."""
    extracted = extract(Source("a", text))
    [quote] = find_quotes(text, extracted.names)
    if speaker is None:
        assert quote.speaker is None
    else:
        assert quote.speaker is not None
        assert speaker in quote.speaker


def test_short_quotes_are_not_quotations():
    """Scare quotes of fewer than four words are not compared as quotations."""
    assert find_quotes('Trump said he was "in charge" of the country.') == []


def test_boilerplate_makes_no_claims():
    """Site furniture makes no claims even when it holds a figure."""
    assert is_boilerplate("Sign up for our newsletter to get 50% off")
    assert _claims("Sign up for our newsletter to get 50% off today.") == []


def test_negation_is_recorded():
    """A value under "not" is marked negated."""
    [claim] = [
        c
        for c in _claims("The ministry did not release 300 prisoners on Friday.")
        if c.value.text.startswith("300")
    ]
    assert claim.negated


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (
            "The sheriff named the bailiffs as 61-year-old Joseph Zangaro and 63-year-old "
            "Ronald Kienzle.",
            {"61-year-old": "joseph zangaro", "63-year-old": "ronald kienzle"},
        ),
        (
            "The gunman killed bailiffs Joseph Zangaro, 61, and Ronald Kienzle, 63, police said.",
            {"61": "joseph zangaro", "63": "ronald kienzle"},
        ),
        (
            "The 45-year-old suspect, Larry Darnell Gordon, was at the courthouse for a hearing.",
            {"45-year-old": "larry darnell gordon"},
        ),
        ("A 37-year-old Shelton man was killed in the gunfire.", {"37-year-old": ""}),
    ],
)
def test_an_age_belongs_to_the_person_it_is_written_with(text, owners):
    """An age before a name is that person's; one after a name, set off by commas, is theirs."""
    ages = {c.value.text: c.key.removeprefix("age:") for c in _claims(text) if c.key[:4] == "age:"}
    assert ages == owners


def test_ages_of_nobody_named_do_not_align():
    """Two ages that no sentence ties to a person are not one fact, whatever the words around."""
    report = check(
        [
            Source("a", "A 29-year-old man from Fort Pierce was later named as the suspect."),
            Source("b", "A 32-year-old man from Fort Pierce was with friends at the club."),
        ]
    )
    assert report.conflicts == []


def test_an_age_given_twice_is_no_single_source_claim():
    """A source that gives one person's age twice supports the agreement twice."""
    report = check(
        [
            Source(
                "a",
                "Police named 26-year-old Esteban Santiago as the gunman. Later in the day, "
                "officers said Esteban Santiago, 26, had flown in from Alaska.",
            ),
            Source("b", "The gunman, Esteban Santiago, 26, was arrested at the scene."),
        ]
    )
    [agreement] = [f for f in report.agreements if f.aspect.value == "quantity"]
    assert sorted(c.text for c in agreement.citations) == ["26", "26", "26-year-old"]
    assert not [f for f in report.single_source if f.aspect.value == "quantity"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The federation has a membership of 652,723 across the country.", "member"),
        ("Officials raised the death toll of the quake to 1,204 on Tuesday.", None),
        ("The quake brought the death toll to 1,204, officials said.", None),
        ("The town, with a population of about 8,300, lies on the river.", "inhabitant"),
    ],
)
def test_a_count_of_a_noun_takes_its_unit(text, unit):
    """ "a membership of 652,723" counts members; a count not governed by "of" keeps none."""
    [claim] = [c for c in _claims(text) if getattr(c.value, "kind", None) == "count"]
    assert claim.value.unit == unit


def test_a_membership_compares_with_a_count_of_members():
    """ "a membership of 652,723" and "650,000 members" are one measure (and within rounding)."""
    report = check(
        [
            Source("a", "The Federation of United Trade Unions has a membership of 652,723."),
            Source("b", "The Federation of United Trade Unions has 650,000 members."),
        ]
    )
    [finding] = [f for f in report.agreements if f.aspect.value == "quantity"]
    assert {c.text for c in finding.citations} == {"652,723", "650,000 members"}


def test_people_doing_a_passive_verb_are_counted_as_its_doers():
    """ "spoken only in one village, by two elderly individuals" counts speakers."""
    [claim] = [
        c
        for c in _claims("The dialect is spoken only in Ontario, by two elderly individuals.")
        if getattr(c.value, "kind", None) == "count"
    ]
    assert (claim.value.unit, claim.key) == ("speaker", "speak")


def test_speakers_in_other_words_conflict():
    """Two speakers against eight native speakers of one language is a conflict."""
    report = check(
        [
            Source(
                "a", "As of 2018, Lenape was spoken only in Ontario, by two elderly individuals."
            ),
            Source("b", "Currently the Lenape language has eight native speakers, experts say."),
        ]
    )
    assert [{c.text for c in f.citations} for f in report.conflicts] == [
        {"two elderly individuals", "eight native speakers"}
    ]


def test_a_date_and_a_figure_share_their_verb():
    """In "killed 100 people on Friday" both the figure and the day are about the killing."""
    text = "The storm killed 100 people on Friday, officials said."
    keys = {c.value.text: c.key for c in _claims(text, published=dt.date(2026, 1, 10))}
    assert keys == {"100 people": "kill", "Friday": "kill"}


def test_a_figure_inside_a_resolved_date_is_no_claim_of_its_own():
    """ "15 years" in "approved 15 years ago" is part of the date; undated, it is what compares."""
    text = "The fix that Medicare approved 15 years ago was extended."
    dated = build_claims(extract(Source(id="a", text=text, published=dt.date(2010, 12, 1))))
    assert [type(c.value).__name__ for c in dated] == ["DateMention"]
    assert dated[0].value.start == dt.date(1995, 12, 1)
    undated = build_claims(extract(Source(id="a", text=text)))
    assert "15 years" in [c.value.text for c in undated]


def test_quotation_agreements_say_what_the_sources_share():
    """Two sources quoting one statement "quote the same words"; excerpts "overlapping words"."""
    said = "“We will not agree to any legislative item until the tax cuts pass,” said John Smith."
    cut = "John Smith wrote that they would block “any legislative item until the tax cuts pass.”"
    same = check([Source("a", said), Source("b", said)])
    [agreement] = [f for f in same.agreements if f.aspect.value == "quote"]
    assert agreement.explanation.startswith("a and b quote the same words of John Smith: ")
    parts = check([Source("a", said), Source("b", cut)])
    [agreement] = [f for f in parts.agreements if f.aspect.value == "quote"]
    assert "a and b quote overlapping words" in agreement.explanation


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        (
            "It happened in Mukilteo, a waterfront town of about 20,000 people.",
            "about 20,000 people",
            "population",
        ),
        (
            "The county seat of 8,300 people mourned after the shooting.",
            "8,300 people",
            "population",
        ),
        ("There were 150 people in the club when the gunfire erupted.", "150 people", "present"),
        ("There were 13 people shot in the club.", "13 people", "shoot"),
        (
            "About 100 people were inside the theater when the shooting began.",
            "About 100 people",
            "present",
        ),
    ],
)
def test_counts_that_set_the_scene_have_their_own_key(text, figure, key):
    """A place's population and the people present are not what the event's verb counts."""
    [claim] = [c for c in _claims(text) if c.value.text == figure]
    assert claim.key == key


def _conflicts(a: str, b: str) -> list[str]:
    return [f.explanation for f in check([Source("a", a), Source("b", b)]).conflicts]


def test_scene_setting_counts_do_not_conflict_with_the_event():
    """ "a town of 20,000 people" and "three people were shot" are no conflict."""
    shot = "Three people were shot in the Mukilteo shooting."
    assert (
        _conflicts("The shooting happened in Mukilteo, a town of about 20,000 people.", shot) == []
    )
    assert _conflicts("There were 150 people in the club when the shooting began.", shot) == []
    assert _conflicts(
        "Mukilteo is a town of 20,000 people.", "Mukilteo is a town of 30,000 people."
    )


def test_lengths_of_time_of_different_things_do_not_conflict():
    """Each source's only figure in years is no evidence that they measure the same thing."""
    served = (
        "Andres, who served the shipyard and the U.S. Navy for 20 years, worked as a technician."
    )
    married = (
        "Terry Andres, shown with his wife of 40 years, was shot to death at the airport Friday."
    )
    assert _conflicts(served, married) == []
    assert _conflicts(served, served.replace("20 years", "25 years"))


def test_the_same_relative_words_read_from_two_publication_dates_do_not_conflict():
    """ "said on Friday" in an article dated Thursday and one dated Friday: the dates differ,
    not the sources. Two different days stay a conflict."""

    def two(a: str, b: str, day_a: int, day_b: int) -> list[str]:
        sources = [
            Source("a", a, published=dt.date(2010, 5, day_a)),
            Source("b", b, published=dt.date(2010, 5, day_b)),
        ]
        return [f.aspect.value for f in check(sources).conflicts]

    said = "The White House said on Friday that the offer was made to Sestak."
    assert two(said, said, 27, 28) == []
    ago = "She said she had spoken to Viola Warren, who worked at the airport, two days ago."
    assert two(ago, ago, 27, 28) == []
    assert two(said, said.replace("Friday", "Wednesday"), 28, 28) == ["statement"]


_SHORTER = (
    "“The president should listen to and work with his allies in Congress to make sure we get"
    " the best deal possible,” Clinton said."
)
_LONGER = (
    "“work with his allies in Congress to make sure we get the best deal possible, and if we"
    " don't get it, there should be no deal,” Clinton said."
)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a negation or a number inside the words both quote
        (
            "“We will not raise taxes on the middle class next year,” Smith said.",
            "“We will raise taxes on the middle class next year,” Smith said.",
            True,
        ),
        (
            "“We will hire 300 new teachers for the city schools,” Smith said.",
            "“We will hire 500 new teachers for the city schools,” Smith said.",
            True,
        ),
        # each outlet cuts the quotation at another end: what only one holds is no contradiction
        (_SHORTER, _LONGER, False),
    ],
)
def test_quotations_conflict_only_in_the_words_both_hold(a, b, conflict):
    """Two quotations of one statement conflict on a changed number or negation in their
    shared stretch; words only one of them quotes are no conflict."""
    found = check([Source("a", a), Source("b", b)])
    assert any(f.aspect.value == "quote" for f in found.conflicts) is conflict
    if not conflict:
        assert [f.aspect.value for f in found.agreements] == ["quote"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Five victims died in the shooting at the bar.",
            "One of the victims died in the shooting at the bar.",
        ),
        (
            "Eight of the victims were treated at the hospital.",
            "Five of the victims were treated at the hospital.",
        ),
        (
            "Two other teens were wounded in the shooting.",
            "One of the teens was wounded in the shooting.",
        ),
    ],
)
def test_a_count_of_some_of_a_group_is_no_whole(a, b):
    """ "one of the victims" picks members of a group: it does not conflict with the whole, nor
    with another subset."""
    assert not [
        f for f in check([Source("a", a), Source("b", b)]).conflicts if f.aspect.value == "quantity"
    ]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("WASHINGTON, Jan 10 (Reuters) - The talks began on Jan. 9.", ["Jan. 9"]),
        ("Bristol, Tenn., Jan. 3 -- Police said the road was closed.", []),
        ("date 2026-01-10 Washington, Jan 10 The government said it wants talks.", []),
        ("The meeting on Jan 10 was cancelled, officials said.", ["Jan 10"]),
    ],
)
def test_a_dateline_is_no_claim(text, dates):
    """The date of a dateline says when the story was filed, not what happened."""
    claims = _claims(text, published=dt.date(2026, 1, 10))
    assert [c.value.text for c in claims if isinstance(c.value, DateMention)] == dates


def test_a_son_and_his_father_have_their_own_ages():
    """ "Dwayne Jackson Jr., 10" and "Dwayne Jackson, 50" are two people, not one age twice."""
    son = "The dead were identified as Caleb Jackson, 9; Dwayne Jackson Jr., 10; and Ann Lee, 13."
    father = "Those killed were identified as her husband Dwayne Jackson, 50; and Ann Lee, 13."
    report = check([Source("a", son), Source("b", father)])
    assert not report.conflicts
    assert [f.key for f in report.agreements if f.aspect.value == "quantity"] == ["age:ann lee"]


def test_a_counting_noun_dates_nothing():
    """ "sent an e-mail to committee members Saturday": no membership happened on Saturday."""
    [claim] = [
        c
        for c in _claims("Steele sent an e-mail to committee members Saturday night.")
        if isinstance(c.value, DateMention)
    ]
    assert claim.key != "member"


def test_the_day_of_a_statement_is_not_the_day_of_the_event():
    """ "Authorities said Monday a boy shot a girl last Friday": Monday dates the saying; two
    sources' days of saying are two statements, not one event's date in conflict."""
    [said, shot] = [
        c
        for c in _claims(
            "Authorities said Monday a 12-year-old boy shot and killed a girl last Friday.",
            published=dt.date(2015, 12, 15),
        )
        if isinstance(c.value, DateMention)
    ]
    assert (said.key, shot.key) == ("say", "kill")
    a = Source(
        "a", "The sheriff said Monday that the girl was shot.", published=dt.date(2015, 12, 15)
    )
    b = Source(
        "b", "The sheriff said Tuesday that the girl was shot.", published=dt.date(2015, 12, 16)
    )
    report = check([a, b])
    assert not [f for f in report.conflicts if f.aspect.value == "date"]
    assert not [f for f in report.single_source if f.aspect.value == "date"]


def test_a_group_holding_a_part_and_the_whole_is_no_conflict():
    """A third claim can join "one of the victims" and "10 victims" in one group; the judge does
    not set the subset against the whole."""
    from factcheck.align import Alignment
    from factcheck.findings import judge

    [whole] = _claims("Police said 10 victims were shot at the bar.")
    [part] = _claims("Police said one of the victims was shot at the bar.")
    part = attrs.evolve(part, source="b")
    findings = judge(
        [Alignment((whole, part), 80.0)], entity_of=lambda source, name: name.canonical
    )
    assert findings == []
