"""Regular-expression building blocks of the dates stage, compiled once at import.

The vocabulary comes from :mod:`factcheck.normalize._calendar` (written by hand from general
knowledge of English); the patterns are ours. Every quantifier that can repeat is bounded or
guarded by a literal word, so a scan stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from factcheck.normalize._calendar import (
    CARDINALS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    WEEKDAYS,
)

FLAGS = re.IGNORECASE


def _alt(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a trie so that the engine tries few branches."""
    trie: dict[str, dict[str, Any]] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(trie)


def _trie(node: dict[str, dict[str, Any]]) -> str:
    alts = [re.escape(ch) + _trie(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


_FULL_MONTHS = [k for k, v in MONTHS.items() if len(k) > 4 or k in ("may", "june", "july")]
_FULL_DAYS = [k for k in WEEKDAYS if k.endswith("day")]
# An abbreviation may carry a dot ("Jan.", "Tues."); a full name ends before the full stop.
MON = (
    rf"(?:(?:{_alt(_FULL_MONTHS)})(?![a-z])|"
    rf"(?:{_alt(k for k in MONTHS if k not in _FULL_MONTHS)})(?![a-z])\.?)"
)
WD = (
    rf"(?:(?:{_alt(_FULL_DAYS)})(?![a-z])|"
    rf"(?:{_alt(k for k in WEEKDAYS if k not in _FULL_DAYS)})(?![a-z])\.?)"
)

_UNITS_W = "one|two|three|four|five|six|seven|eight|nine"
_ORD_UNITS_W = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_TEENS_W = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"

#: A day of the month in words: "twenty-first", "fifteen", "the thirtieth".
DAYW = (
    rf"(?:(?:twenty|thirty)[\s-](?:{_ORD_UNITS_W}|{_UNITS_W})|(?:twenty|thirty)(?![\s-](?:{_ORD_UNITS_W}|{_UNITS_W}))|"
    rf"{_alt(k for k, v in ORDINALS.items() if 1 <= v <= 31)}|"
    rf"{_alt(k for k, v in CARDINALS.items() if 1 <= v <= 30 and k != 'oh')})(?![a-z])"
)
#: A day of the month in digits, with an optional ordinal suffix: "9", "09", "9th".
DAYN = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\da-z]|[.,:]\d)"
DAY = rf"(?:{DAYN}|{DAYW})"

YEAR4 = r"(?<![\d$£€#])(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d]|[.,]\d|%)"
_TWO_DIGIT_W = rf"(?:(?:{_TENS_W})(?:[\s-](?:{_UNITS_W}))?|{_TEENS_W}|{_UNITS_W})"
#: A year in words: "nineteen ninety six", "two thousand and fifteen", "seventeen hundred".
YEARW = (
    rf"(?:(?:{_TEENS_W}|twenty)\s+(?:hundred(?:\s+and)?\s+)?"
    rf"(?:(?:zero|oh)\s+(?:{_UNITS_W})|{_TWO_DIGIT_W})(?![a-z])|"
    rf"two\s+thousand(?:\s+(?:and\s+)?{_TWO_DIGIT_W})?(?![a-z]))"
)
YEAR = rf"(?:{YEAR4}|{YEARW})"
TIME = r"(?:at\s+)?\d{1,2}(?::\d\d){1,2}(?:\.\d+)?(?:\s*[ap]\.?m\.?)?"

#: A count in a duration: digits, number words, or vague counts ("a few").
NUM = (
    rf"(?:\d{{1,5}}(?:[.,]\d{{1,2}})?|(?:{_TENS_W})(?:[\s-](?:{_UNITS_W}))?|{_TEENS_W}|"
    rf"{_UNITS_W}|a\s+few|few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|several|an|a)"
)
UNIT = (
    r"(?:business\s+days?|working\s+days?|days?|weeks?|wks?|fortnights?|months?|"
    r"years?|yrs?|decades?|centuries|century|quarters?|hours?|hrs?|minutes?|mins?|seconds?|secs?)"
    r"(?![a-z])"
)
_SHORT_UNIT = r"(?:d|h|y|mo|m|s)(?![a-z])"
_DUR_PART = rf"(?:[-+]\s?)?(?:{NUM}\s*{UNIT}|\d{{1,5}}(?:[.,]\d{{1,2}})?{_SHORT_UNIT})"
DUR = rf"{_DUR_PART}(?:(?:\s*,\s*|\s+and\s+|\s+){_DUR_PART}){{0,6}}"

_APOS_WORDS = {
    "years",
    "valentines",
    "patricks",
    "mothers",
    "fathers",
    "workers",
    "presidents",
    "veterans",
}


def _holiday_pattern(name: str) -> str:
    parts = []
    for word in name.split():
        if word in _APOS_WORDS:
            parts.append(re.escape(word[:-1]) + r"(?:['’]s|s['’]?)?")
        elif word in {"st", "saint"}:
            parts.append(r"(?:st\.?|saint)")
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


HOLIDAY = "(?:{})(?![a-z])".format(
    "|".join(_holiday_pattern(n) for n in sorted(HOLIDAYS, key=len, reverse=True))
)
DECADE_W = _alt(DECADE_WORDS)
ORD_SMALL = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
_CENT_ORD = (
    r"(?:twenty[\s-]first|twenty[\s-]second|twentieth|"
    + _alt(k for k in ORDINALS if k != "thirtieth")
    + ")"
)
REL_MOD = (
    r"(?:this\s+coming|this\s+past|this\s+upcoming|the\s+following|the\s+previous|"
    r"last|next|this|coming|upcoming|current|past|previous|following|prior)"
)
#: The same without "the following"/"the previous": "the following year" points back into the
#: story ("in 2010 ... the following year"), not to the publication date.
PERIOD_MOD = (
    r"(?:this\s+coming|this\s+past|this\s+upcoming|"
    r"last|next|this|coming|upcoming|current|past|previous|following|prior)"
)

# Each alternative of the scanner: (name, pattern). Order matters: at one position the first
# alternative that matches wins, so the longer, more specific forms come first.
_ALTERNATIVES: list[tuple[str, str]] = [
    # "from 4 to 22 January, 1995", "9 to 12 of June", "4 to 23 next month"
    (
        "dr",
        rf"(?:(?:from|between)\s+)?(?:the\s+)?(?P<dr_a>{DAY})\s*(?:-|–|to|till|until|through|thru|and)"
        rf"\s*(?:the\s+)?(?P<dr_b>{DAY})\s*(?:of\s+|in\s+)?(?:(?P<dr_m>{MON})(?:\s*,?\s*(?P<dr_y>{YEAR}))?"
        rf"|(?P<dr_r>this|next|last)\s+month)",
    ),
    # "from 4 to January 22, 1995"
    (
        "dq",
        rf"from\s+(?:the\s+)?(?P<dq_a>{DAY})\s+(?:to|till|until|through)\s+(?P<dq_m>{MON})\s*(?:the\s+)?"
        rf"(?P<dq_b>{DAY})(?:\s*,?\s*(?P<dq_y>{YEAR4}))?",
    ),
    # "November 19-20", "April 9th through 17th, 2019"
    (
        "mr",
        rf"(?:(?:from|between)\s+)?(?P<mr_m>{MON})\s*(?:the\s+)?(?P<mr_a>{DAY})\s*(?:-|–|to|till|until|"
        rf"through|thru|and)\s*(?:the\s+)?(?P<mr_b>{DAY})(?!\s*(?:{MON}|[-/.:]\d|\d))"
        rf"(?:\s*,?\s*(?P<mr_y>{YEAR4}))?",
    ),
    # 5/1-5/7, 2020; 10/1/2018-10/7/2018; between 10/1-11/7
    (
        "nr",
        r"(?<![\d/.\-:,$])(?P<nr_a>\d{1,2})/(?P<nr_b>\d{1,2})(?:/(?P<nr_y1>\d{4}))?\s*[-–]\s*"
        r"(?P<nr_c>\d{1,2})/(?P<nr_d>\d{1,2})(?:(?:/|,\s*)(?P<nr_y>\d{4}))?(?![\d/]|[.,]\d)",
    ),
    # 2014-2018, 2014 to 2018, 2010-11
    (
        "yrr",
        rf"(?<![\d\-/.])(?P<yrr_a>{YEAR4})\s*(?:-|–|—|~|to|through|thru|till|until)\s*"
        rf"(?P<yrr_b>{YEAR4}|\d\d)(?![\d\-/]|[.,]\d)",
    ),
    # 2026-01-10, 2015.5.13, 2019-sep-1
    (
        "iso",
        rf"(?<![\d.])(?<!\d[-/])(?P<iso_y>1[0-9]\d\d|20\d\d|21\d\d)\s?(?P<iso_s>[-/.])\s?(?P<iso_m>1[0-2]|0?[1-9]|{MON})"
        rf"\s?(?P=iso_s)\s?(?P<iso_d>3[01]|[12]\d|0?[1-9])(?![\d]|[-/.]\d)",
    ),
    # 20161016
    (
        "cp",
        r"(?<![\d\-/.])(?P<cp_v>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\d\-/])",
    ),
    # 01/09/2026, 9-18-15, 13.5.2015, 05-Aug-2016
    (
        "nd",
        rf"(?<![\d/.\-:,])(?P<nd_a>\d{{1,2}})\s?(?P<nd_s>[-/.])\s?(?P<nd_b>\d{{1,2}}|{MON})"
        rf"(?:\s?(?P=nd_s)\s?(?P<nd_c>\d{{4}}|\d{{2}})|(?<=\d),\s?(?P<nd_c4>(?:1[5-9]|20)\d\d))"
        r"(?![\d]|[-/.:]\d)",
    ),
    # Sep-23-2020
    (
        "nm",
        rf"(?P<nm_m>{MON})(?P<nm_s>[-/])(?P<nm_d>\d{{1,2}})(?P=nm_s)(?P<nm_y>\d{{4}})(?![\d])",
    ),
    # Friday 7/6, this friday (jun-15), next friday 5/12
    (
        "wn",
        rf"(?:(?P<wn_mod>this|next|last)\s+)?(?P<wn_w>{WD})(?:\s*,?\s*|\s*-\s*)\(?(?:(?P<wn_a>\d{{1,2}})(?P<wn_s>[-/.])"
        rf"(?P<wn_b>\d{{1,2}})|(?P<wn_m>{MON})[-/](?P<wn_d>\d{{1,2}}))\)?(?![\d]|[-/.]\d)",
    ),
    # January 9, Jan. 15, January 9th, 2026, Nov 25 2014 10:17 pm
    (
        "md",
        rf"(?P<md_m>{MON})\s*(?:the\s+)?(?P<md_d>{DAY})(?!\s+(?:thousand|hundred))(?:\s*,?\s*(?:(?P<md_t>{TIME})\s+)?(?:of\s+|in\s+)?"
        rf"(?:(?P<md_y>{YEAR})|['’](?P<md_a>\d\d)(?!\d)))?(?!\d)",
    ),
    # 9 January 2026, the 9th of January, 16. Nov. 2016, 15 April of 87
    (
        "dm",
        rf"(?:the\s+)?(?P<dm_d>{DAY})\s*(?:(?:day\s+)?(?P<dm_of>of)\s+|-\s*|/|\.\s*)?(?P<dm_m>{MON})"
        rf"(?:\s*,?\s*(?:of\s+|in\s+)?(?P<dm_y>{YEAR})|\s*['’](?P<dm_a>\d\d)(?!\d)|\s+of\s+(?P<dm_o>\d\d)(?!\d))?",
    ),
    # 2016 November, 2016-11, 2015.3
    (
        "ym",
        rf"(?<![-/.=~_:])(?:(?P<ym_y>{YEAR4})\s*,?\s*(?P<ym_mn>{MON})|(?<![\d$£€#])(?P<ym_y2>1[5-9]\d\d|20\d\d)"
        rf"\s*(?P<ym_s>[-/.])\s*(?P<ym_mm>1[0-2]|0[1-9]|[1-9])(?![\d]|\s*[-/.]\s*\d|[.,]\d"
        r"|\s*(?:million|billion|thousand|percent|per\s+cent|%|mn|bn)(?![a-z])))",
    ),
    # March 2019, Dec-2018, April of 87
    (
        "my",
        rf"(?P<my_m>{MON})(?:\s*,?\s*(?:of\s+|in\s+)?|\s*[-/]\s*)(?:(?P<my_y>{YEAR})|['’](?P<my_a>\d\d)(?!\d)"
        rf"|(?<=of )(?P<my_o>\d\d)(?!\d)|(?P<my_r>this|next|last)\s+year)",
    ),
    # 11/2016, 3-2015
    (
        "ny",
        r"(?<![\d/.\-])(?P<ny_m>1[0-2]|0?[1-9])\s*[-/]\s*(?P<ny_y>1[5-9]\d\d|20\d\d)(?![\d]|[-/.]\d)",
    ),
    # 11/20, 2/29 (month first)
    (
        "ms",
        r"(?<![\d/.\-:,$])(?P<ms_a>\d{1,2})/(?P<ms_b>\d{1,2})(?![\d/]|[.,]\d|:)",
    ),
    # Oct/2, Jan/3
    ("mo", rf"(?P<mo_m>{MON})[/-](?P<mo_d>3[01]|[12]\d|0?[1-9])(?![\d/-])"),
    # the 20th of next month
    (
        "dn",
        rf"(?:the\s+)?(?P<dn_d>{DAY})\s+(?:day\s+)?of\s+(?:the\s+)?(?P<dn_r>this|next|last|previous|the\s+following)"
        r"\s+month",
    ),
    # Q3 2025, 2016 Q3, 2016H2, q1 of 2017
    (
        "q",
        rf"(?:(?P<q_y1>{YEAR4})\s*[-\s]?\s*)?(?:q(?P<q_n>[1-4])|h(?P<q_h>[12]))(?![a-z\d])"
        rf"(?:\s*(?:[-,]\s*|of\s+)?(?P<q_y2>{YEAR4}))?",
    ),
    # the first quarter of 2024, the second half of next year
    (
        "qw",
        rf"(?:the\s+)?(?P<qw_o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<qw_u>quarter|half)"
        rf"(?![a-z])(?:\s+(?:of|in)\s+(?:(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:year\s+)?(?P<qw_y>{YEAR})"
        rf"|(?P<qw_r>this|next|last|the)\s+year)|\s+(?P<qw_r2>this|next|last)\s+year)?",
    ),
    # the 19th century
    (
        "ce",
        rf"(?:the\s+)?(?:(?P<ce_n>\d{{1,2}})(?:st|nd|rd|th)|(?P<ce_w>{_CENT_ORD}))[\s-]+century(?![a-z])",
    ),
    # the 1990s, the '90s, the nineties
    (
        "de",
        rf"(?:the\s+)?(?P<de_y>1\d\d0|20\d0)\s?['’]?s(?![a-z])|the\s+['’]?(?P<de_2>\d0)['’]?s(?![a-z])"
        rf"|['’](?P<de_3>\d0)s(?![a-z])|(?:the\s+)?(?P<de_w>{DECADE_W})(?![a-z])"
        # the nineteen-sixties, the twenty-tens, the two thousands
        rf"|the\s+(?:(?P<de_c>eighteen|nineteen|twenty)[\s-]+(?P<de_cw>tens|{DECADE_W})"
        r"|(?P<de_tt>two)[\s-]+thousands)(?![a-z])",
    ),
    # Christmas, Easter 2019, last Easter, Labor Day weekend
    (
        "ho",
        rf"(?:(?:the\s+)?(?P<ho_wk1>weekend)\s+of\s+)?(?:(?P<ho_mod>{REL_MOD})\s+)?(?P<ho_n>{HOLIDAY})"
        rf"(?:\s+(?P<ho_y>{YEAR4}))?(?:\s+(?P<ho_wk2>weekend)(?![a-z])(?:\s+(?P<ho_y2>{YEAR4}))?)?",
    ),
    # week 31, week 3 of 2027
    (
        "wk",
        rf"week\s+(?P<wk_n>5[0-3]|[1-4]\d|0?[1-9])(?![\d])(?:\s+(?:of\s+|in\s+)?(?P<wk_y>{YEAR4})"
        rf"|\s+of\s+(?P<wk_r>this|next|last)\s+year)?",
    ),
    # the first week of Oct, the last week of 2015, the third week of this month
    (
        "wo",
        rf"(?:the\s+)?(?P<wo_o>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week\s+"
        rf"(?:(?:of|in)\s+)?(?:(?P<wo_m>{MON})(?:\s*,?\s*(?P<wo_my>{YEAR4}))?|(?P<wo_y>{YEAR})"
        rf"|(?P<wo_r>this|next|last|previous)\s+(?P<wo_u>month|year))",
    ),
    # the first Friday of next month, second Sunday, the last Monday of May
    (
        "nw",
        rf"(?:the\s+)?(?:(?P<nw_o>{ORD_SMALL})\s+(?P<nw_w>{WD})|(?P<nw_l>last|final)\s+(?P<nw_w2>{WD})"
        rf"(?=\s+(?:of|in)\s))(?:\s+(?:of|in)\s+(?:(?P<nw_m>{MON})(?:\s*,?\s*(?P<nw_y>{YEAR4}))?"
        rf"|(?P<nw_r>this|next|last|previous)\s+month))?",
    ),
    # the week after next, the year before last
    (
        "an",
        r"(?:the\s+)?(?P<an_u>week|weekend|month|year)\s+(?P<an_d>after\s+(?:the\s+)?next|before\s+last)",
    ),
    # earlier this year, later in the week
    (
        "el",
        r"(?P<el_m>earlier|later)\s+(?:this|in\s+the|in\s+this)\s+(?P<el_u>week|month|year)",
    ),
    # the rest of the week
    (
        "ro",
        r"(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+|this\s+|my\s+|current\s+)?(?P<ro_u>week|month|year)",
    ),
    ("ytd", r"year[\s-]to[\s-]date"),
    # by the end of the year, the start of the month
    (
        "eo",
        r"(?:the\s+)?(?P<eo_w>end|beginning|start|middle)\s+of\s+(?:the\s+|this\s+)?(?P<eo_u>year|month|week)"
        r"(?![a-z])",
    ),
    # next week Mon, this week Monday, previous week - Monday
    (
        "ww",
        rf"(?P<ww_k>this|next|last|previous)\s+week\s*(?:-\s*|on\s+|,\s*)?(?P<ww_w>{WD})",
    ),
    # last week, next month, this year, the next decade
    (
        "rp",
        rf"(?:the\s+)?(?P<rp_m>{PERIOD_MOD})\s+(?P<rp_u>weekend|week|month|year|quarter|decade|century|"
        r"fortnight|calendar\s+year|work(?:ing)?\s*week)(?![a-z])",
    ),
    # within 5 years 1 month 12 days
    (
        "wi",
        rf"within(?:\s+the)?(?:\s+(?:next|coming|upcoming))?\s+(?P<wi_dur>{DUR})",
    ),
    # next 3 days, the past two decades, within 5 years, 3 next weeks
    (
        "sp",
        rf"(?P<sp_m>(?:over\s+|during\s+|in\s+)?the\s+(?:next|past|last|previous|coming|following|first)|"
        rf"within(?:\s+the)?(?:\s+(?:next|coming|upcoming))?|next|past|last|previous|coming|following|upcoming)"
        rf"\s+(?P<sp_n>{NUM})\s*(?P<sp_u>{UNIT})"
        # "the last 3 months of 2021" is a part of 2021 (the "fn" form)
        rf"(?!\s+of\s+(?:(?:the|this|next|last|previous)\s+(?:year|month|decade)|{YEAR4}|{MON}))",
    ),
    (
        "sq",
        rf"(?:the\s+)?(?P<sq_n>{NUM})\s+(?P<sq_m>upcoming|next|past|previous|coming|following)\s+"
        rf"(?P<sq_u>{UNIT})",
    ),
    # two days ago, 3 weeks later, 1 month and 21 days ago, two days from tomorrow
    (
        "of",
        rf"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?P<of_dur>{DUR})\s+"
        r"(?P<of_d>ago|earlier|later|hence|back|before|after|from\s+now|from\s+today|from\s+tomorrow|"
        r"from\s+tmrw|from\s+yesterday|in\s+the\s+future|prior|from)(?![a-z])",
    ),
    # now - 2 hours, +2 years, after 4 days
    (
        "sg",
        rf"(?:(?P<sg_now>now|today)\s*(?P<sg_op>[-+])\s*(?P<sg_dur>{DUR})|(?P<sg_s>[-+])(?P<sg_dur2>{DUR})"
        rf"|after\s+(?P<sg_after>{DUR})(?!\s+(?:of|in|on|at|for|with|without|from)\b))",
    ),
    # in 3 weeks, in about two days' time
    (
        "in",
        rf"in\s+(?:about\s+|around\s+|some\s+|another\s+|just\s+)?(?P<in_dur>{DUR})(?:['’]?\s+time)?",
    ),
    # the day after tomorrow, today, yesterday
    (
        "rd",
        r"(?P<rd_w>(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw)|(?:the\s+)?day\s+before\s+yesterday|today|tonight|"
        r"tomorrow|tmrw|yesterday|just\s+now|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|otd)(?![a-z])",
    ),
    # two Sundays from now, two mondays later
    (
        "nk",
        rf"(?P<nk_n>{NUM})\s+(?P<nk_w>{WD}|(?:mon|tues|wednes|thurs|fri|satur|sun)days(?![a-z]))\s+(?:from\s+(?:now|today)|later|hence)(?![a-z])",
    ),
    # Friday the 22nd, Monday 21, Mon 13th
    (
        "wd",
        rf"(?P<wd_w>{WD})\s*,?\s*(?:(?P<wd_the>the)\s+)?(?P<wd_d>{DAY})(?!\s*(?:{MON}|[-/.:]\d|\d))",
    ),
    # last Friday, next Monday, Friday, Tuesday next week, on Sunday of next week
    (
        "rw",
        rf"(?:(?P<rw_m>{REL_MOD})\s+)?(?P<rw_w>{WD})(?:\s*,?\s*(?:of\s+)?(?:the\s+)?"
        r"(?P<rw_k>(?:this|next|last|previous|following)\s+week))?",
    ),
    # March, this September, last sept
    ("bm", rf"(?:(?P<bm_mod>{REL_MOD})\s+)?(?P<bm_m>{MON})"),
    # the 27th, the twenty second (only inside ranges)
    (
        "dd",
        rf"the\s+(?P<dd_d>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\da-z]|[.,:]\d)|"
        rf"(?:twenty|thirty)[\s-](?:{_ORD_UNITS_W})|{_alt(ORDINALS)})(?![a-z])"
        # "the third month of 2025", "the first six months of 2025" are the "fn" form
        rf"(?!\s+(?:{NUM}\s+)?(?:days?|weeks?|months?|quarters?|years?)\s+(?:of|in)\s)",
    ),
    # year 2008, the year 247, 1998
    (
        "yr",
        rf"(?:(?P<yr_p>(?:the\s+)?(?:calendar\s+)?year|cy)\s*(?P<yr_s>\d{{1,4}})(?![\d]|[.,]\d)|(?P<yr_y>{YEAR}))",
    ),
    # now, date, present (only inside ranges: "from March to date", "between now and June")
    ("now", r"(?P<now_w>right\s+now|now|current\s+date|date|the\s+present|present)(?![a-z])"),
    # The rarer forms last, so that the common ones are tried first.
    # the first six months of 2021, the last 3 weeks of this year, the third month of the year
    (
        "fn",
        rf"(?:the\s+)?(?:(?P<fn_o>first|last|final)\s+(?P<fn_n>{NUM})\s+"
        rf"(?P<fn_u>days|weeks|months|quarters|years)|(?P<fn_k>last|final|\d{{1,3}}(?:st|nd|rd|th)|"
        rf"{_alt(ORDINALS)})\s+(?P<fn_u1>day|week|month))(?![a-z])\s+(?:of|in)(?![a-z])"
        rf"(?:\s+the\s+(?P<fn_p>year|month|week|decade)(?![a-z])(?!\s*,?\s*\d))?",
    ),
    # the weekend (not "the weekend of the attack", "the weekend edition")
    (
        "twe",
        r"the\s+weekend(?![a-z])(?!\s+(?:of|before|after|that|when|following|preceding|prior|in\s+question|"
        r"edition|editions|papers?|newspapers?|magazine|supplement|show|programme|program|section)(?![a-z]))",
    ),
    # (shares rose 3%) for the week, (closed) for the day: the current one
    (
        "ft",
        r"for\s+the\s+(?P<ft_u>day|week|month|year)(?![a-z])(?!['’]s|\s*,?\s*\d)(?!\s+(?:of|before|after|ended|"
        r"ending|to|that|when|which|following|ahead|since|starting|beginning|commencing|in\s+which|"
        r"in\s+question)(?![a-z]))",
    ),
    # summer 2019, the spring of 2020, last winter, this fall
    (
        "se",
        rf"(?:(?P<se_the>the)\s+)?(?:(?P<se_mod>{PERIOD_MOD})\s+)?(?P<se_s>spring|summer|autumn|fall|winter)"
        rf"(?![a-z])(?:\s*,?\s*(?:of\s+)?(?:(?P<se_y>{YEAR4})|['’](?P<se_a>\d\d)(?!\d)))?",
    ),
]

#: Each alternative on its own, to retry the later ones where an earlier match was rejected.
ALTERNATIVES = [(n, re.compile(rf"(?<![\w])(?P<{n}>{p})")) for n, p in _ALTERNATIVES]
INDEX = {n: i for i, (n, _) in enumerate(_ALTERNATIVES)}

_START_WORDS = [
    *MONTHS,
    *WEEKDAYS,
    *DECADE_WORDS,
    *(w for w in CARDINALS if w not in ("oh", "zero")),
    *ORDINALS,
    *"from between since within over during few couple several this next last past previous "
    "coming upcoming current following prior early mid late earlier later year week weekend "
    "weekends month calendar cy right just now date present today tonight tomorrow tmrw "
    "yesterday otd christmas xmas easter halloween thanksgiving juneteenth pentecost "
    "independence labor labour memorial veterans columbus presidents mothers fathers valentines "
    "st saint boxing earth armistice remembrance bastille international martin mlk cyber holy "
    "ash palm maundy whit may spring summer autumn fall winter".split(),
]
_AFTER_THE = [
    *MONTHS,
    *WEEKDAYS,
    *DECADE_WORDS,
    *(w for w in CARDINALS if w not in ("oh", "zero")),
    *ORDINALS,
    *"week weekend month year day end beginning start middle rest remainder past next last "
    "previous following coming first final calendar fiscal present fortnight spring summer autumn "
    "fall winter".split(),
]
#: Where an expression may begin: a digit or sign, or one of the words above; the commonest
#: words ("the", "a", "in") only before a word that can follow them in a date. The scanner checks
#: this first, so most word starts fail after one pass down a trie.
START = (
    r"(?=(?<!\d[/.\-:])(?<!/)\d|[+\-'’(]|[qh]\d|(?:"
    + _alt(sorted(set(_START_WORDS)))
    + r")(?![a-z])|the\s+(?:[\d'’]|(?:"
    + _alt(sorted(set(_AFTER_THE)))
    + r")(?![a-z]))|an?\s+(?:few|couple|"
    + UNIT
    + r")|in\s+(?:\d|an?\s|about|around|some|another|just|the\s|"
    + _alt(w for w in CARDINALS if w not in ("oh", "zero"))
    + r")|day\s+(?:after|before)|for\s+the\s+(?:day|week|month|year)(?![a-z])|after\s+(?:\d|an?\s|"
    + _alt(w for w in CARDINALS if w not in ("oh", "zero"))
    + r")|new\s+year|good\s+friday|black\s+friday|(?:end|beginning|start|middle|rest|remainder)"
    r"\s+of|(?:about|around|some|nearly|almost|roughly)\s+(?:\d|an?\s|"
    + _alt(w for w in CARDINALS if w not in ("oh", "zero"))
    + r"))"
)

SCANNER = re.compile(
    r"(?<![\w])" + START + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in _ALTERNATIVES) + ")",
)

#: One (count, unit) pair inside a duration.
DUR_PART = re.compile(
    rf"(?P<sign>[-+]\s?)?(?:(?P<n>{NUM})\s*(?P<u>{UNIT})|(?P<n2>\d{{1,5}}(?:[.,]\d{{1,2}})?)(?P<u2>{_SHORT_UNIT}))",
    FLAGS,
)
NUM_RE = re.compile(NUM, FLAGS)

#: What may stand before an ambiguous bare month ("in May", "since March").
MONTH_CONTEXT = re.compile(
    r"(?:^|\b)(?:in|since|until|till|by|before|after|from|to|through|thru|of|during|between|and|"
    r"early|mid|late|last|next|this|coming|past|previous|starting|beginning|end|start|middle|"
    r"on|around|throughout|as\s+of)[\s-]+$",
    FLAGS,
)
#: Nouns that show a four-digit number is a count, not a year ("2024 people").
COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|[-\s]?(?:people|persons|men|women|children|kids|troops|soldiers|"
    r"votes|voters|cases|deaths|dead|homes|houses|jobs|units|cars|vehicles|miles|km|kilomet|metres|"
    r"meters|feet|ft|tons|tonnes|barrels|dollars|euros|pounds|points|pts|students|members|residents|"
    r"workers|employees|officers|police|delegates|seats|acres|hectares|calories|hours|minutes|block|"
    r"times|shares|pages|words|kg|lbs|items|patients|prisoners|detainees|migrants|refugees|"
    r"protesters|civilians|victims|families|signatures|copies|visitors|users|followers|hrs|mins|"
    r"sq|square|bpd|mw|gw|kw|ml|mg|cc|rpm|yards|yds|inches|years\s+old|feet)\b)",
    FLAGS,
)
#: Characters before a four-digit number that show it is not a year ("$2019", "No. 2019").
NOT_YEAR_BEFORE = re.compile(
    r"(?:[$€£#]|\d[.,]|\d\s*[-/.]\s*|\d\s|\b(?:no\.?|number|page|pages|p\.|pp\.|room|flight|route|rte|"
    r"highway|hwy|model|tel|phone|fax|ext|box|suite|apt|unit|lot|code|zip|rank|ranked|id|"
    r"article|section|resolution|bill|h\.r\.|s\.|rule|chapter|vol\.?|volume|issue|form)\s*)$",
    FLAGS,
)
