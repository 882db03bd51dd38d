"""Calendar vocabulary for the dates stage: month and weekday names, number words, holidays.

Written by hand from general knowledge of English and of the Gregorian calendar (month and weekday
names with their usual newspaper abbreviations, English number words, the fixed-date and
rule-based public holidays of the United States and a few international ones, and the anonymous
Gregorian computus for Easter as published by Meeus, *Astronomical Algorithms*, ch. 8). Nothing
here is taken from any evaluation data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factcheck.normalize import _numbers

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Month words that are also everyday English words ("may", "march") and so need context.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "sep", "dec", "oct", "august"})

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

# Number words come from the figures stage's table, less the ones that never name a day or a
# count of days in dates ("nil", "nought"), plus the "oh" of spoken years ("nineteen oh five").
CARDINALS: dict[str, int] = {
    "oh": 0,
    **{
        word: value
        for word, value in {**_numbers.UNITS, **_numbers.TEENS, **_numbers.TENS}.items()
        if word not in {"nought", "naught", "nil", "fourty"}
    },
}

ORDINALS: dict[str, int] = {
    word: value for word, value in _numbers.ORDINALS.items() if value <= 30 and word != "nineth"
}

#: Vague counts in durations ("a few days ago").
VAGUE_COUNTS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "a few": 3,
    "few": 3,
    "a couple of": 2,
    "couple of": 2,
    "a couple": 2,
    "couple": 2,
    "several": 3,
}

#: Decade words ("the nineties").
DECADE_WORDS: dict[str, int] = {
    "noughties": 0,
    "aughts": 0,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of ``year`` by the anonymous Gregorian computus.

    >>> easter(2019)
    datetime.date(2019, 4, 21)
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` for the last one.

    >>> nth_weekday(2026, 11, 3, 4)  # Thanksgiving 2026
    datetime.date(2026, 11, 26)
    """
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda y: dt.date(y, month, day)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], dt.date]:
    return lambda y: nth_weekday(y, month, weekday, n)


def _easter_offset(days: int) -> Callable[[int], dt.date]:
    return lambda y: easter(y) + dt.timedelta(days=days)


#: Holiday name (lower case, apostrophes dropped, single spaces) -> the day in a given year.
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new years day": _fixed(1, 1),
    "new year day": _fixed(1, 1),
    "new years eve": _fixed(12, 31),
    "new year": _fixed(1, 1),
    "new years": _fixed(1, 1),
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "xmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "valentines day": _fixed(2, 14),
    "st patricks day": _fixed(3, 17),
    "saint patricks day": _fixed(3, 17),
    "st patrick": _fixed(3, 17),
    "saint patrick": _fixed(3, 17),
    "earth day": _fixed(4, 22),
    "may day": _fixed(5, 1),
    "international workers day": _fixed(5, 1),
    "labour day": _fixed(5, 1),
    "juneteenth": _fixed(6, 19),
    "independence day": _fixed(7, 4),
    "bastille day": _fixed(7, 14),
    "halloween": _fixed(10, 31),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "martin luther king day": _nth(1, 0, 3),
    "mlk day": _nth(1, 0, 3),
    "presidents day": _nth(2, 0, 3),
    "mothers day": _nth(5, 6, 2),
    "memorial day": _nth(5, 0, -1),
    "fathers day": _nth(6, 6, 3),
    "labor day": _nth(9, 0, 1),
    "columbus day": _nth(10, 0, 2),
    "thanksgiving": _nth(11, 3, 4),
    "thanksgiving day": _nth(11, 3, 4),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    "easter": _easter_offset(0),
    "easter sunday": _easter_offset(0),
    "easter monday": _easter_offset(1),
    "good friday": _easter_offset(-2),
    "holy saturday": _easter_offset(-1),
    "maundy thursday": _easter_offset(-3),
    "palm sunday": _easter_offset(-7),
    "ash wednesday": _easter_offset(-46),
    "pentecost": _easter_offset(49),
    "whit monday": _easter_offset(50),
}
