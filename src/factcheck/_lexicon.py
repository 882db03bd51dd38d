"""Predicate lexicon: word forms of news events, mapped to one event key each.

Written by the factcheck developers from common English news usage (inflections of each verb, its
nominalizations and the usual synonyms). Keys are what claims align on: "killed", "deaths" and
"death toll" all map to ``kill``, so "killed 100 people" and "more than one hundred deaths" speak of
the same fact.
"""

from __future__ import annotations

__all__ = [
    "COUNTED_NOUN_EVENTS",
    "COUNT_NOUNS",
    "EVENT_NAMES",
    "NEGATIONS",
    "PEOPLE_UNITS",
    "PREDICATES",
    "SAYING",
    "STOPWORDS",
]

_EVENTS: dict[str, str] = {
    "kill": "kill killed kills killing dead death deaths died die dies dying fatalities fatality"
    " fatal toll lives slain",
    "injure": "injure injured injures injuring injury injuries wounded wounding hurt",
    "travel": "travel traveled travelled travels traveling travelling visit visited visits"
    " visiting arrive arrived arrives arriving trip trips",
    "close": "close closed closes closing closure shut shuttered suspend suspended suspends"
    " suspension withdrew withdraw withdrawn",
    "reopen": "reopen reopened reopening reopens resume resumed resumption resuming restore"
    " restored restoring re-opening re-establishing reestablish re-establish",
    "release": "release released releases releasing releasing free freed freeing frees",
    "capture": "capture captured captures capturing arrest arrested arrests detain detained"
    " detention seize seized seizure kidnapping kidnapped abducted removed",
    "meet": "meet met meets meeting meetings",
    "invest": "invest invested investing investment investments committed",
    "sell": "sell sold sells selling sale sales",
    "buy": "buy bought buys buying purchase purchased",
    "elect": "election elections elected vote voted won win wins",
    "strike": "strike strikes airstrike airstrikes attack attacks attacked bombing bombed"
    " assault operation raid",
    "charge": "charge charged charges indicted indictment",
    "sentence": "sentenced sentence jailed imprisoned prison",
    "announce": "announce announced announces announcement",
    "cancel": "cancel cancelled canceled cancels shelved",
    "sanction": "sanction sanctions sanctioned",
    "protest": "protest protests protesters protested demonstration demonstrations",
    "grow": "grew grow grows growth rose rise rises increased increase",
    "fall": "fell fall falls decline declined decreased decrease dropped drop",
    "born": "born birth",
    "found": "founded found establishes established",
    "marry": "married marry wedding",
    "shoot": "shot shooting shootings shoots gunfire gunman",
    "hospitalize": "hospitalized hospital",
    "evacuate": "evacuate evacuated evacuation",
    "employ": "employ employs employed employees staff workers",
    "pay": "pay paid pays payment fine fined",
    "produce": "produce produced production output",
    "export": "export exports exported",
    "import": "import imports imported",
    "population": "population inhabitants residents",
    "speak": "speak speaks spoke spoken speaking speaker speakers",
    "member": "member members membership memberships",
}

#: The key of a date that dates a statement ("authorities said Monday"), not the event reported.
SAYING = "say"

# How explanations name an event key: "On the death toll, 001 says …".
EVENT_NAMES: dict[str, str] = {
    "kill": "the death toll",
    "injure": "the injured",
    "travel": "the trip",
    "close": "the closure",
    "reopen": "the reopening",
    "release": "the release",
    "capture": "the capture",
    "meet": "the meeting",
    "invest": "the investment",
    "sell": "the sale",
    "buy": "the purchase",
    "elect": "the election",
    "strike": "the attack",
    "charge": "the charges",
    "sentence": "the sentence",
    "announce": "the announcement",
    "cancel": "the cancellation",
    "protest": "the protests",
    "born": "the birth",
    "oil": "the oil",
    "shoot": "the shooting",
    "pay": "the payment",
    "population": "the population",
    "speak": "the speakers",
    "member": "the membership",
    "present": "the people present",
    SAYING: "the statement",
}

PREDICATES: dict[str, str] = {form: key for key, forms in _EVENTS.items() for form in forms.split()}

# A counted noun that names the event itself: "100 deaths" is a claim about killing.
COUNTED_NOUN_EVENTS: dict[str, str] = {
    "death": "kill",
    "fatality": "kill",
    "casualty": "kill",
    "injury": "injure",
    "arrest": "capture",
    "vote": "elect",
    "barrel": "oil",
    "barrel/day": "oil",
    "speaker": "speak",
    "member": "member",
    "inhabitant": "population",
    "resident": "population",
}

# Nouns whose "of" gives a count of something: "a membership of 652,723" counts members, "a
# death toll of 100" deaths, "a population of 8,300" inhabitants.
COUNT_NOUNS: dict[str, str] = {
    "membership": "member",
    "toll": "death",
    "population": "inhabitant",
    "workforce": "worker",
    "enrollment": "student",
    "enrolment": "student",
    "readership": "reader",
    "audience": "viewer",
}

# Counted nouns that count people struck by an event: "100 people" killed, "100 deaths" and
# "100 lives" claimed are one measure. Groups of people ("soldiers", "children") are not: they
# may be a part of the whole ("100 people, including 30 soldiers").
PEOPLE_UNITS = frozenset(
    {"person", "individual", "death", "fatality", "casualty", "victim", "injury", "life"}
)

NEGATIONS = frozenset(
    "not no never n't without neither nor denied deny denies refused refuse".split()
)

STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at by for with from as into onto over under about after
    before between through during since until than then that this these those there here it its
    is are was were be been being has have had do does did will would shall should can could may
    might must he she they we you i his her their our your my him them us me who whom which what
    when where why how also said says say told according other such very more most some any
    all each both few many much own same so too just only not no yet already still even
    """.split()
)
