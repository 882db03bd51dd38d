"""Figures in running text: find them and normalize them to intervals with units.

The parser is a tokenizer plus a small grammar:

1. one compiled master pattern finds number tokens (digits in their many written forms, number
   words, vulgar fractions) in a single ``finditer`` pass;
2. tokens separated only by blanks, hyphens, "and", "point", "a" or "of a" are composed into
   numbers by a small state machine ("two hundred and five", "half a million", "three fifths");
3. each number is then decorated by looking a few characters to its right (scale words, currency,
   units, counted nouns, rates, ranges, "or more") and to its left (currency symbols, signs,
   qualifiers such as "more than", "between", "from"), with patterns anchored at the number so
   that no character is scanned more than a bounded number of times.

See ``docs/explanation/quantities.md`` for the rules with examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation, localcontext
from typing import Final

from factcheck.errors import InvalidArgument
from factcheck.model import Quantity, Span, Verdict
from factcheck.normalize import _calendar, _currencies, _numbers, _units

__all__ = ["compare_quantities", "parse_quantities"]

# ----------------------------------------------------------------------------- word tables

_T_UNIT, _T_TEEN, _T_TENS, _T_HUNDRED, _T_SCALE = "unit", "teen", "tens", "hundred", "scale"
_T_DOZEN, _T_ORD, _T_FRAC, _T_HALF, _T_QUARTER, _T_DIGIT = (
    "dozen",
    "ord",
    "frac",
    "half",
    "quarter",
    "digit",
)


def _word_table() -> dict[str, tuple[str, Decimal]]:
    table: dict[str, tuple[str, Decimal]] = {}
    for words, kind in (
        (_numbers.UNITS, _T_UNIT),
        (_numbers.TEENS, _T_TEEN),
        (_numbers.TENS, _T_TENS),
        (_numbers.SCALES, _T_SCALE),
        (_numbers.ORDINALS, _T_ORD),
        (_numbers.FRACTION_PLURALS, _T_FRAC),
        (_numbers.DOZENS, _T_DOZEN),
    ):
        for word, value in words.items():
            table[word] = (kind, Decimal(value))
    table["hundred"] = (_T_HUNDRED, Decimal(100))
    table["hundreds"] = (_T_HUNDRED, Decimal(100))
    table["half"] = (_T_HALF, Decimal(2))
    table["quarter"] = (_T_QUARTER, Decimal(4))
    return table


_WORDS: Final[dict[str, tuple[str, Decimal]]] = _word_table()


class _Node(dict[str, "_Node"]):
    """A node of a character trie; the key "" marks the end of a word."""


def _trie_regex(node: _Node) -> str:
    branches = [re.escape(ch) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _alternation(words: Iterable[str]) -> str:
    """A regex for a word list, factored by shared prefixes.

    A plain ``a|b|c`` alternation tests every word at every position of the text; the trie
    tests a handful of characters, which keeps the scan fast. Longer words are tried first.
    """
    tree = _Node()
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, _Node())
        node[""] = _Node()
    return _trie_regex(tree)


_VULGAR_CHARS: Final[str] = "".join(_numbers.VULGAR)

# Digits in their written forms. Order matters: the longest plausible reading comes first.
_DIGITS: Final[str] = (
    r"""
(?<![\d.])(?:
    (?P<skip>                                   # not figures: dates, times, phones, versions
        \d{4}-\d{1,2}-\d{1,2}(?!\d)
      | \d{4}-\d{1,2}(?![\d\w])
      | \d{1,4}(?:/\d{1,4}){2,}
      | \+\d{1,3}(?:[-.\ ]?\(?\d{1,4}\)?)(?:[-./\ ]\d{2,5}){2,}
      | \(\d{3}\)\ ?\d{3}-\d{4}
      | (?<=[A-Z][A-Z]\ )\d{5}-\d{4}(?!\d)
      | (?:1-)?\d{3}-\d{3,4}-\d{4}
      | 1-8\d\d-(?=[A-Z0-9])
      | \d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?
      | \d{1,2}(?:\.[0-5]\d)?\s*[apAP]\.?[mM]\.?(?![A-Za-z])
    )
  | (?P<dotted>\d+(?:\.\d+){2,})
  | (?P<ordd>\d+(?:st|nd|rd|th))(?![A-Za-z])
  | (?P<frac>(?:(?P<whole>\d+)\s+)?(?P<fnum>\d+)/(?P<fden>\d+)(?![\d/]))
  | (?P<num>
        \d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d|,\d)
      | \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d|,\d)
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])
      | (?<![A-Za-z])\d{1,3}(?:[\ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d|[.,]\d)
      | (?<!,)\d+,\d{1,2}(?![\d,])
      | \d+(?:\.\d+)?
      | \.\d+
    )
    (?P<exp>
        [eE][-+]?\d+(?![\w])
      | \s?[x×]\s?(?:10\s?\^?\s?[-−+]?\d+|\d{1,3}\s?\^\s?[-−+]?\d{1,3})
      | \^[-+]*\d+
    )?
    (?P<vf>["""
    + _VULGAR_CHARS
    + r"""])?
)
"""
)

_TOKEN: Final[re.Pattern[str]] = re.compile(
    r"(?=[\d+(.])"
    + _DIGITS
    + r"|(?P<v>["
    + _VULGAR_CHARS
    + r"])|(?<![\w'’])(?=[a-zA-Z])(?P<w>(?i:"
    + _alternation(_WORDS)
    + r"))(?![\w'’])",
    re.VERBOSE,
)

# What may stand between two number tokens of one number, by label.
_GAP: Final[re.Pattern[str]] = re.compile(
    r"""
    (?P<space>[ \t\u00a0]{1,8})$
  | (?P<hyphen>[ \t]{0,3}[-–][ \t]{0,3})$
  | (?P<and_a>[ \t]+and[ \t]+an?[ \t]+)$
  | (?P<and>[ \t]+and[ \t]+|[ \t]*&[ \t]*)$
  | (?P<point>[ \t]+point[ \t]+)$
  | (?P<of_a>[ \t]+of[ \t]+an?[ \t]+)$
  | (?P<a>[ \t]+an?[ \t]+)$
  | (?P<comma>,[ \t]{0,3})$
    """,
    re.VERBOSE | re.IGNORECASE,
)

_ZERO: Final[Decimal] = Decimal(0)
_ONE: Final[Decimal] = Decimal(1)

# ----------------------------------------------------------------------------- tokens


class _Tok:
    __slots__ = ("end", "gap", "start", "type", "value", "word")

    def __init__(self, start: int, end: int, kind: str, value: Decimal, *, word: bool) -> None:
        self.start = start
        self.end = end
        self.type = kind
        self.value = value
        self.word = word
        self.gap = ""


class _Num:
    """A number before decoration: its span, value and what it is made of."""

    __slots__ = ("end", "frac", "kind", "ntok", "scale", "start", "value", "word", "year_like")

    def __init__(
        self, start: int, end: int, value: Decimal, kind: str, *, word: bool, ntok: int = 1
    ) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.kind = kind  # "num", "ord", "frac", "skip"
        self.word = word
        self.ntok = ntok
        self.year_like = False
        self.frac = False
        self.scale = _ONE


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _digits_value(raw: str) -> Decimal | None:
    """Value of a digit string with separators: "1,234.5", "1.234,5", "12,34,567", "1 234"."""
    if raw.isdigit():
        return Decimal(raw)
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "")
    if "," in s and "." in s:
        s = (
            s.replace(".", "").replace(",", ".")
            if s.rfind(",") > s.rfind(".")
            else s.replace(",", "")
        )
    elif "," in s:
        head, _, tail = s.rpartition(",")
        s = (
            head.replace(",", "") + "." + tail
            if len(tail) <= 2 and head.count(",") == 0
            else s.replace(",", "")
        )
    return _dec(s)


def _power(base: Decimal, exp_text: str) -> Decimal | None:
    e = exp_text.replace("−", "-").replace(" ", "")
    try:
        with localcontext() as ctx:
            ctx.prec = 28
            if e[:1] in "eE":
                return base.scaleb(int(e[1:]))
            if e[:1] in "x×":
                if "^" in e and not e[1:].startswith("10"):
                    b, _, x = e[1:].partition("^")
                    return base * Decimal(int(b)) ** int(x)
                tail = e[1:].lstrip("1").lstrip("0").lstrip("^")
                return base.scaleb(int(tail))
            tail = e.lstrip("^")
            sign = -1 if tail.count("-") % 2 else 1
            n = int(tail.lstrip("+-")) * sign
            if abs(n) > 60:
                return None
            return base**n
    except (ValueError, ArithmeticError):
        return None


_URL: Final[re.Pattern[str]] = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)


def _url_spans(text: str) -> list[tuple[int, int]]:
    if "://" not in text and "www." not in text:
        return []
    return [m.span() for m in _URL.finditer(text)]


def _month_day(num: int, den: int) -> bool:
    """Whether "num/den" is a month and a day rather than a fraction.

    A fraction in news has a small or a binary denominator (halves to sixteenths, hundredths);
    a month (1-12) over 13 to 31 is a date ("11/29"), and "9/11" names the 2001 attacks.
    """
    return (1 <= num <= 12 and 13 <= den <= 31 and den != 16) or (num, den) == (9, 11)


def _tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    urls = _url_spans(text)
    for m in _TOKEN.finditer(text):
        last = m.lastgroup
        if urls and any(a <= m.start() < b for a, b in urls):
            continue
        start, end = m.span()
        if last == "num":  # plain digits, the common case
            raw = m.group("num")
            num = _digits_value(raw)
            if num is not None:
                append(_Tok(start, end, _T_DIGIT, num, word=False))
            continue
        if last == "w":
            kind, value = _WORDS[m.group("w").lower()]
            append(_Tok(start, end, kind, value, word=True))
            continue
        if last == "v":
            a, b = _numbers.VULGAR[m.group("v")]
            append(_Tok(start, end, _T_DIGIT, Decimal(a) / Decimal(b), word=False))
            continue
        g = m.group
        if g("skip") is not None:
            append(_Tok(start, end, "skip", _ZERO, word=False))
            continue
        if g("dotted") is not None:
            if g("dotted").count(".") > 3:
                # not an address or a version: a run of dotted digits is no figure
                append(_Tok(start, end, "skip", _ZERO, word=False))
                continue
            pos = start
            for part in g("dotted").split("."):
                append(_Tok(pos, pos + len(part), _T_DIGIT, Decimal(part), word=False))
                pos += len(part) + 1
            continue
        if g("ordd") is not None:
            append(_Tok(start, end, "dord", Decimal(g("ordd")[:-2]), word=False))
            continue
        if g("frac") is not None:
            den = Decimal(g("fden"))
            if den == 0:
                append(_Tok(start, end, "skip", _ZERO, word=False))
                continue
            if g("whole") is None and _month_day(int(g("fnum")), int(den)):
                # "UPDATE 11/29", "the 9/11 attacks": a month and a day, not a fraction
                append(_Tok(start, end, "skip", _ZERO, word=False))
                continue
            value = Decimal(g("fnum")) / den
            if g("whole") is not None:
                value += Decimal(g("whole"))
            append(_Tok(start, end, _T_DIGIT, value, word=False))
            continue
        num = _digits_value(g("num"))
        if num is None:
            continue
        exp = g("exp")
        if exp:
            powered = _power(num, exp)
            if powered is None:
                continue
            num = powered
        if g("vf"):
            a, b = _numbers.VULGAR[g("vf")]
            num += Decimal(a) / Decimal(b)
        append(_Tok(start, end, _T_DIGIT, num, word=False))
    return toks


# ----------------------------------------------------------------------------- composition


def _gap_label(text: str, a: _Tok, b: _Tok) -> str | None:
    if b.start - a.end > 16:
        return None
    if b.start == a.end:
        return "space" if a.word and b.word else None
    m = _GAP.match(text, a.end, b.start)
    return m.lastgroup if m else None


_SMALL_TYPES: Final[frozenset[str]] = frozenset({_T_UNIT, _T_TEEN, _T_TENS})
_NUMERATOR_TYPES: Final[frozenset[str]] = frozenset({_T_UNIT, _T_TEEN, _T_TENS, _T_DIGIT})


def _small_fraction(toks: list[_Tok], k: int) -> tuple[int, Decimal] | None:
    """A fraction like "three fifths", "fifty-four hundredths", "one half" starting at ``k``."""
    n = len(toks)
    numer = _ZERO
    last = ""
    j = k
    while j < n:
        t = toks[j]
        if j > k and t.gap not in ("space", "hyphen"):
            return None
        if (t.type == _T_UNIT and (last in ("", _T_TENS))) or (
            t.type in (_T_TEEN, _T_TENS) and last == ""
        ):
            numer += t.value
        elif (
            t.type == _T_DIGIT
            and last == ""
            and t.word is False
            and t.value == t.value.to_integral()
        ):
            numer = t.value
        elif j > k and t.type == _T_FRAC:
            return j + 1, numer / t.value
        elif j > k and t.type == _T_HALF:
            return j + 1, numer / 2
        elif j > k and t.type == _T_ORD and numer == 1 and t.value >= 3:
            return j + 1, _ONE / t.value
        else:
            return None
        last = t.type
        j += 1
    return None


def _compose(toks: list[_Tok], text: str) -> list[_Num]:
    """Group tokens into numbers with a small state machine."""
    out: list[_Num] = []
    n = len(toks)
    for k in range(1, n):
        lab = _gap_label(text, toks[k - 1], toks[k])
        toks[k].gap = lab or ""
    i = 0
    while i < n:
        j, num = _parse_one(toks, i)
        if num is not None:
            out.append(num)
        i = max(j, i + 1)
    return out


def _parse_one(toks: list[_Tok], i: int) -> tuple[int, _Num | None]:
    n = len(toks)
    t0 = toks[i]
    if t0.type == "skip":
        return i + 1, _Num(t0.start, t0.end, _ZERO, "skip", word=False)
    if t0.type == "dord":
        return i + 1, _Num(t0.start, t0.end, t0.value, "ord", word=False)
    if t0.type == _T_DIGIT and (i + 1 == n or not toks[i + 1].gap):
        num = _Num(t0.start, t0.end, t0.value, "num", word=False)
        num.year_like = _is_year_token(t0)
        return i + 1, num
    total = _ZERO
    group = _ZERO
    last = t0.type
    last_scale: Decimal | None = None
    has_hundred = False
    and_base: Decimal | None = None
    kind = "num"
    decimal: str | None = None
    after_tens_unit = False
    frac = False
    if t0.type == _T_DIGIT or t0.type in _SMALL_TYPES:
        group = t0.value
    elif t0.type == _T_HUNDRED:
        group = Decimal(100)
        has_hundred = True
    elif t0.type == _T_SCALE:
        total = t0.value
        last_scale = t0.value
    elif t0.type == _T_DOZEN:
        group = Decimal(12)
    elif t0.type == _T_ORD:
        kind = "ord"
        group = t0.value
    elif t0.type == _T_FRAC:
        return i + 1, None
    elif t0.type == _T_HALF:
        group = Decimal("0.5")
        frac = True
    elif t0.type == _T_QUARTER:
        group = Decimal("0.25")
        frac = True
    k = i + 1
    while kind != "ord" and k < n:
        t = toks[k]
        gap = t.gap
        tt = t.type
        v = t.value
        if not gap or tt in ("skip", "dord"):
            break
        if decimal is not None:
            if tt in _SMALL_TYPES and gap in ("space", "hyphen"):
                if tt == _T_UNIT and last == _T_TENS and decimal.endswith("0"):
                    decimal = decimal[:-1] + str(v)
                else:
                    decimal += str(v)
                last = tt
                k += 1
                continue
            if tt == _T_SCALE and gap == "space":
                base = total + group + Decimal("0." + decimal)
                decimal = None
                total, group = base * v, _ZERO
                last_scale = v
                last = _T_SCALE
                k += 1
                continue
            break
        if gap == "point":
            if tt in _SMALL_TYPES and last in (*_SMALL_TYPES, _T_HUNDRED, _T_SCALE):
                decimal = str(v)
                last = tt
                k += 1
                continue
            break
        if gap == "and":
            fr = _small_fraction(toks, k) if tt in _NUMERATOR_TYPES else None
            if fr is not None and fr[1] < 1:
                k2, f = fr
                if k2 < n and toks[k2].type == _T_SCALE and toks[k2].gap == "space":
                    f *= toks[k2].value
                    k2 += 1
                elif last == _T_SCALE and last_scale is not None:
                    f *= last_scale
                group += f
                frac = True
                last = "fracdone"
                k = k2
                continue
            if tt in _NUMERATOR_TYPES and last in (_T_HUNDRED, _T_SCALE, _T_DOZEN):
                if tt == _T_DIGIT and v != v.to_integral():
                    break
                if tt == _T_DIGIT and v == 0:
                    break
                if k + 1 < n and toks[k + 1].gap == "space":
                    t2 = toks[k + 1].type
                    if (
                        t2 == _T_SCALE
                        and last_scale is not None
                        and toks[k + 1].value >= last_scale
                    ):
                        break
                    if t2 == _T_HUNDRED and last == _T_HUNDRED:
                        break  # "three hundred and two hundred": a list of two numbers
                and_base = total + group
                group += v
                last = tt
                after_tens_unit = False
                k += 1
                continue
            if tt == _T_ORD and last in (_T_HUNDRED, _T_SCALE) and v < 100:
                group += v
                kind = "ord"
                k += 1
                break
            break
        if gap == "and_a":
            if tt in (_T_HALF, _T_QUARTER) or (tt == _T_ORD and v >= 3):
                f = _ONE / v
                k2 = k + 1
                if k2 < n and toks[k2].type == _T_SCALE and toks[k2].gap == "space":
                    scale = toks[k2].value
                    if last_scale is None and total + group < 1000:
                        group = (total + group + f) * scale
                        total = _ZERO
                        last_scale = scale
                    else:
                        group += f * scale
                    k2 += 1
                elif last == _T_SCALE and last_scale is not None:
                    group += f * last_scale
                else:
                    group += f
                frac = True
                last = "fracdone"
                k = k2
                continue
            break
        if gap in ("a", "of_a"):
            if last in (_T_HALF, _T_QUARTER, "fracnum") and tt in (_T_SCALE, _T_DOZEN, _T_HUNDRED):
                group *= v if tt != _T_HUNDRED else Decimal(100)
                last = tt
                k += 1
                continue
            break
        if gap == "comma":
            nx = toks[k + 1] if k + 1 < n else None
            if (
                nx is not None
                and nx.type == _T_SCALE
                and nx.gap == "space"
                and last_scale is not None
                and nx.value >= last_scale
            ):
                break  # "one million, two million": a list, not one number
            if last == _T_SCALE and tt in _SMALL_TYPES:
                group = v
                last = tt
                k += 1
                continue
            break
        # space or hyphen
        if tt == _T_UNIT:
            if last == _T_TENS and not after_tens_unit and v > 0:
                group += v
                after_tens_unit = True
                last = tt
                k += 1
                continue
            if last in (_T_HUNDRED, _T_SCALE):
                group += v
                last = tt
                k += 1
                continue
            break
        if tt in (_T_TEEN, _T_TENS):
            if last in (_T_HUNDRED, _T_SCALE):
                group += v
                after_tens_unit = False
                last = tt
                k += 1
                continue
            nx = toks[k + 1] if k + 1 < n else None
            if (
                tt == _T_TENS
                and nx is not None
                and nx.type == _T_FRAC
                and nx.value < 10
                and nx.gap in ("space", "hyphen")
                and last in _NUMERATOR_TYPES
            ):
                # "three twenty-firsts", "twenty twenty fifths": a compound denominator
                total, group = _ZERO, (total + group) / (v + nx.value)
                frac = True
                last = "fracnum"
                k += 2
                continue
            break
        if tt == _T_HUNDRED:
            if (
                last in (*_SMALL_TYPES, _T_DIGIT)
                and not has_hundred
                and (group < 100 or last == _T_DIGIT)
            ):
                group *= 100
                has_hundred = True
                last = tt
                k += 1
                continue
            break
        if tt == _T_SCALE:
            ok_last = last in (
                *_SMALL_TYPES,
                _T_HUNDRED,
                _T_DIGIT,
                _T_HALF,
                _T_QUARTER,
                "fracnum",
                _T_DOZEN,
                "fracdone",
            )
            if (
                last == _T_SCALE
                and gap == "space"
                and last_scale is not None
                and v > last_scale
                and group == 0
            ):
                # stacked scales multiply: "a thousand million", "three lakh crore"
                total *= v
                last_scale = v
                k += 1
                continue
            if ok_last and (last_scale is None or v < last_scale) and group > 0:
                if last == "fracdone" and last_scale is None:
                    total, group = (total + group) * v, _ZERO
                else:
                    total, group = total + group * v, _ZERO
                has_hundred = False
                last_scale = v
                last = tt
                and_base = None
                k += 1
                continue
            break
        if tt == _T_DOZEN:
            if last in (*_SMALL_TYPES, _T_HUNDRED, _T_DIGIT, _T_HALF):
                if and_base is not None:
                    group = (total + group - and_base) * 12 + and_base - total
                else:
                    group *= 12
                last = tt
                k += 1
                continue
            break
        if tt == _T_FRAC:
            if last in (*_SMALL_TYPES, _T_HUNDRED, _T_DIGIT, _T_SCALE):
                whole = total + group
                prev = toks[k - 1]
                if (
                    last == _T_TENS
                    and v < 10
                    and prev.gap in ("space", "hyphen")
                    and whole > prev.value
                ):
                    # "one hundred thirty-fifths": the tens belong to the denominator
                    value = (whole - prev.value) / (prev.value + v)
                elif and_base is not None and whole - and_base < v:
                    value = and_base + (whole - and_base) / v
                else:
                    value = whole / v
                total, group = _ZERO, value
                frac = True
                last = "fracnum"
                k += 1
                continue
            break
        if tt in (_T_HALF, _T_QUARTER) and last == _T_UNIT and group > 0 and total == 0:
            group = group / v
            frac = True
            last = "fracnum"
            k += 1
            continue
        if tt == _T_ORD:
            if last == _T_TENS and v < 10 and not after_tens_unit:
                group += v
                kind = "ord"
                k += 1
                break
            if last in (_T_HUNDRED, _T_SCALE) and v < 100:
                group += v
                kind = "ord"
                k += 1
                break
            if last in (*_SMALL_TYPES, _T_HUNDRED) and v >= 100:
                if last_scale is not None and v < last_scale:
                    group *= v
                else:
                    group = (total + group) * v
                    total = _ZERO
                kind = "ord"
                k += 1
                break
            break
        if tt == _T_DIGIT:
            if (
                last in (_T_HUNDRED, _T_SCALE)
                and v == v.to_integral()
                and v < 1000
                and t.gap == "space"
            ):
                group += v
                last = tt
                k += 1
                continue
            break
        break
    value = total + group
    if decimal is not None:
        value += Decimal("0." + decimal)
    last_tok = toks[k - 1]
    if kind == "num" and t0.type == _T_QUARTER and k == i + 1:
        kind = "quarter"
    num = _Num(
        t0.start,
        last_tok.end,
        value,
        kind,
        word=any(toks[x].word for x in range(i, k)),
        ntok=k - i,
    )
    num.frac = frac
    if last == _T_SCALE and last_scale is not None:
        num.scale = last_scale
    if t0.type == _T_DIGIT and k == i + 1:
        num.year_like = _is_year_token(t0)
    return k, num


def _is_year_token(tok: _Tok) -> bool:
    v = tok.value
    return (tok.end - tok.start) == 4 and v == v.to_integral() and 1000 <= v <= 2100


# ----------------------------------------------------------------------------- decoration

# a minus sign, but not the dash of a range ("1000 - 5000") or of a word ("F-16")
_SIGN_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?<![\w)\]%.,-])(?<![\d)\]%][ \t])(?<![\d)\]%][ \t][ \t])[-−]"
    r"|\b(?:minus|negative))[ \t]{0,3}$",
    re.IGNORECASE,
)
_A_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?<![\w'’])an?[ \t]+$", re.IGNORECASE)
_VAGUE_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:several|few|many|multiple|couple(?:[ \t]+of)?)[ \t]+$", re.IGNORECASE
)
_ONE_SKIP_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:the|this|that|which|each|every|any|no|another|one|some)[ \t]+$", re.IGNORECASE
)
# "the next one", "a new one", "the biggest one": "one" standing for a noun after an adjective
_PROP_ONE_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:the|this|that|which|each|every|any|another|a|an|his|her|its|their|our|my|your)"
    r"[ \t]+(?!(?:of|and|or|but|than|as|very|mere|whopping|additional|extra)[ \t])"
    r"[a-z]{2,}[ \t]+$",
    re.IGNORECASE,
)
# "last but one", "next but one": a place counted from the end, not a figure
_BUT_ONE_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:last|next)[ \t]+but[ \t]+$", re.IGNORECASE
)
# "one another", "one last time", "one final push": the reciprocal and the emphatic "one"
_ONE_IDIOM_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:another|last|final)\b", re.IGNORECASE
)
# "one of the first", "one of its largest", "among the first": membership of a superlative
# group states no figure
_OF_SUPERLATIVE_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+of[ \t]+(?:the|its|his|her|their|our|my|your|these|those)[ \t]+"
    r"(?:(?P<most>most|least)[ \t]+|very[ \t]+)?(?P<w>[a-z]+)\b",
    re.IGNORECASE,
)
_GROUP_OF_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:(?:one|some|many|several|few)[ \t]+of[ \t]+the|among[ \t]+the)[ \t]+(?:very[ \t]+)?$",
    re.IGNORECASE,
)
# nouns ending in "-est" that are no superlatives ("one of the protests")
_EST_NOUNS: Final[frozenset[str]] = frozenset(
    """interest protest contest forest harvest request conquest arrest guest quest test chest
    west rest nest pest crest inquest manifest behest bequest unrest tempest honest modest
    digest suggest invest priest""".split()
)
_SUPERLATIVE_WORDS: Final[frozenset[str]] = frozenset(
    {"first", "last", "best", "worst", "few", "only", "many", "most", "least"}
)
# ordinals in compounds where they no longer order anything: "second-hand" (used), "second-rate"
# (poor), "first aid", "first responders" (emergency crews),
# "a third party" (an outsider), "second nature", "first of all", "second to
# last" (a place from the end, not 2). Where the ordinal still picks one member of a series it
# stays a figure: "first class" against "second class", "the Second World War", "first lady"
# against "second lady" are differences of fact.
_ORD_IDIOM_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]+|-)(?:rate|hand|handed|aid|nature|thoughts?|guess(?:ed|es|ing)?|"
    r"party|parties|of[ \t]+all|and[ \t]+foremost|off|to[ \t]+(?:last|none)|responders?)\b",
    re.IGNORECASE,
)
_AT_FIRST_BEFORE: Final[re.Pattern[str]] = re.compile(r"\bat[ \t]+$", re.IGNORECASE)

_SHORT_SCALE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]{0,2}(?P<s>" + _alternation(_numbers.SHORT_SCALES) + r")(?![A-Za-z0-9])"
)

_CODES_ALT: Final[str] = _alternation(_currencies.CODES)
_CUR_SYM_ALT: Final[str] = _alternation(_currencies.SYMBOLS)

_CUR_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?P<sym>"
    + _CUR_SYM_ALT
    + r")|(?<![A-Za-z])(?P<mcode>M(?:"
    + _CODES_ALT
    + r"))|(?<![A-Za-z])(?P<code>(?i:"
    + _CODES_ALT
    + r")))[ \t]{0,2}$"
)
_CUR_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]{0,2}(?:(?P<sym>[$€£¥₹₩₽₺₿₡₾₭₦₱₴₪₫฿元]|ரூ)|(?P<mcode>M(?:"
    + _CODES_ALT
    + r"))(?![A-Za-z])|(?P<code>(?i:"
    + _CODES_ALT
    + r"))(?![A-Za-z]))"
)
_CUR_NAME_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]{0,2}|[ \t]?-[ \t]?)(?P<w>(?i:" + _alternation(_currencies.NAMES) + r"))(?![\w])"
)
_PERCENT_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]{0,2}(?:(?P<pp>(?i:percentage[ \t]+points?|percent(?:age)?[ \t]+points?|pp|"
    r"basis[ \t]+points?|bps))(?![\w])|(?P<p>%|(?i:per[ \t]?cent(?:age)?s?|percents?|pct))(?![\w]))"
)
_PERCENT_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?i:per[ \t]?cents?|percents?)[ \t]+of[ \t]+$"
)
_UNIT_WORD_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]{0,2}|[ \t]?-[ \t]?)(?P<u>(?i:" + _alternation(_units.UNIT_WORDS) + r"))(?![\w])"
)
_UNIT_SYM_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]?|[ \t]?(?P<ob>[(\[{<])[ \t]?)(?P<u>"
    + _alternation(_units.UNIT_SYMBOLS)
    + r")(?(ob)[ \t]?[)\]}>])(?![\w])"
)
_RATE_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]+(?:a|an|per|each|every)[ \t]+|[ \t]?/[ \t]?|[ \t]?-a-)(?P<r>(?i:"
    + _alternation(_units.RATE_DENOMINATORS)
    + r"))(?![\w])"
)
_AGE_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]?-[ \t]?|[ \t]+)(?:(?:years?|yrs?|months?|weeks?|days?)[ \t]?-?[ \t]?old|"
    r"(?:years?|months?|weeks?|days?)[ \t]+of[ \t]+age|yo|y/o|y\.o\.)(?![\w])",
    re.IGNORECASE,
)
_AGE_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:aged|age|ages)[ \t]+$|[A-Z][\w'’.-]+,[ \t]$", re.IGNORECASE
)
_AGE_NAME_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:[A-Z][a-zà-ÿ'’-]*(?:[a-zà-ÿ]|\.)|[A-Z][a-z]+[ \t]+(?:II|III|IV)),[ \t]$"
)
# the apposition ends at a comma, a bracket, the end of the sentence ("…, said Ann Lee, 20."),
# or "and" before the next name of a list ("the deaths of Lindsay, 24 and Duncan, 23")
_AGE_NAME_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:,|[ \t]*\)|\.(?!\w)|;"
    r"|[ \t]+and[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]*\d{1,3}"
    r"(?=,|\.(?!\d)|;|[ \t]*\)|[ \t]+and\b|$))"
)
# a date or a weekday before the comma is no name ("on Sunday, 20.", "in June, 12.")
_CALENDAR_NAME_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|[a-z]{3}\.),[ \t]$"
)
_NOUN_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:(?P<adj>more|new|other|additional|extra|further|young|armed|american|"
    r"venezuelan|innocent|unarmed|civilian|foreign|local|military|political|full-time|"
    r"small|large|big|major|separate|different|top|senior|former|suspected|"
    r"injured|wounded|dead)[ \t]+)?(?P<n>[A-Za-z][a-z]+(?:-[a-z]+)?)(?![\w'’])"
)
_MONTHS: Final[str] = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:" + _MONTHS + r")\.?[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
_MONTH_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]+of)?[ \t]+(?:" + _MONTHS + r")\b", re.IGNORECASE
)
_YEAR_CONTEXT_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:in|since|of|by|until|till|from|during|before|after|the|fiscal|year|early|late|"
    r"mid|around|circa|through|to|between|and|for|summer|winter|spring|autumn|fall)[ \t-]+$",
    re.IGNORECASE,
)
_IDENT_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b[A-Za-z][A-Za-z0-9]*-|#|\b(?:no|nr|nrs|page|pages|p|pp|vol|chapter|section|article|room|"
    r"flight|route|highway|exit|number|version|v|rule|resolution|amendment|grade|"
    r"level|phase|stage|ch|fig|figure|table|item|line|act|episode|season|"
    r"verse|paragraph|clause|book|part|step|model|type|class|gate|platform|apt|"
    r"suite|unit|bus|track|lot|district|ward|precinct|zone|image|photo|slide|picture)\.?[ \t]?)$",
    re.IGNORECASE,
)
# the total of a numbered series: "Image 107 of 111", "page 3 of 10"
_SERIES_OF_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?i:no|page|chapter|section|article|episode|season|part|step|item|image|photo|slide|"
    r"picture)\.?[ \t]?\d+[ \t]+of[ \t]+$"
)
_LETTER_CODE_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?<![A-Za-z])(?:M?(?:" + _CODES_ALT + r")|(?i:" + _CODES_ALT + r"))$"
)

_QUAL_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?<![\w])(?P<q>(?i:"
    + _alternation(q for q in _numbers.PREFIX_QUALIFIERS if q[0].isalpha()).replace(
        r"\ ", r"[ \t]+"
    )
    + r"))|(?<![<>=\d])(?P<qs>"
    + _alternation(q for q in _numbers.PREFIX_QUALIFIERS if not q[0].isalpha())
    + r"))[ \t]{0,3}(?:(?i:the)[ \t]+)?$"
)
_BETWEEN_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w])(?P<q>(?i:between|from|ranging[ \t]+from|range[ \t]+of))[ \t]+(?:(?i:the)[ \t]+)?$"
)
_RANGE_SEP: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]*-?[ \t]+(?P<w>(?i:to|through|thru|and|or))[ \t]+|[ \t]*(?P<dash>[-–—~])[ \t]*)"
    r"(?:(?i:the)[ \t]+)?"
)
_SUFFIX_QUAL_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?P<q>(?i:"
    + _alternation(_numbers.SUFFIX_QUALIFIERS).replace(r"\ ", r"[ \t]+")
    + r"))(?![\w])(?:[ \t]+(?i:equal(?:[ \t]+to)?)(?:[ \t]+it)?(?![\w]))?|(?P<plus>\+)(?![\d])"
)
_OR_EQUAL_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+or[ \t]+equal(?:[ \t]+to)?(?![\w])(?![ \t]+\d)", re.IGNORECASE
)
_BOUND_JOIN: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*(?:,|and|but|,[ \t]*and|,[ \t]*but)[ \t]*", re.IGNORECASE
)
_FRAC_JOIN: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?P<w>over|out[ \t]+of|in|divided[ \t]+by)[ \t]+", re.IGNORECASE
)


_CUR_LAST_CHARS: Final[frozenset[str]] = frozenset(sym[-1] for sym in _currencies.SYMBOLS)


def _prev(text: str, s: int) -> str:
    """The nearest character before ``s`` that is not a blank (looking back at most 3)."""
    j = s - 1
    stop = max(-1, s - 4)
    while j > stop and text[j] in " \t":
        j -= 1
    return text[j] if j >= 0 and j > stop else ""


# Codes that news writes in lower case too; any other code counts only in capitals, since most
# three-letter codes are also English words ("pen", "all", "try", "won", "cup").
_LOWERCASE_CODES: Final[frozenset[str]] = frozenset(
    {"usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud"}
)


_TEMPERATURE_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*(?:[,;:!?)]|\.(?!\w)|$|(?:in|on|at|and|or|with|by|to|today|tonight|yesterday|"
    r"outside|overnight|during|before|after)\b)"
)


def _code_ok(code: str) -> bool:
    return (code.isupper() and code not in {"ALL", "SEN"}) or code in _LOWERCASE_CODES


def _cur_from_match(m: re.Match[str]) -> str:
    sym = m.group("sym")
    if sym is not None:
        return _currencies.SYMBOLS.get(sym) or _currencies.SYMBOLS.get(sym.upper(), "USD")
    code = m.group("code")
    if code is not None:
        code = code.upper()
        return "CNY" if code == "RMB" else code
    return m.group("mcode")[1:]


class _Fig:
    """A decorated figure under construction."""

    __slots__ = (
        "approx",
        "end",
        "high",
        "hinc",
        "kind",
        "linc",
        "low",
        "num_end",
        "qual",
        "start",
        "unit",
        "value",
    )

    def __init__(self, start: int, end: int, value: Decimal) -> None:
        self.start = start
        self.end = end
        self.num_end = end
        self.value = value
        self.low: Decimal | None = value
        self.high: Decimal | None = value
        self.linc = True
        self.hinc = True
        self.unit: str | None = None
        self.kind = "count"
        self.approx = False
        self.qual: str | None = None


# After "one", a noun is told from a verb ("one remains") only by knowing it: the counted nouns of
# news about people struck by events.
_SINGULAR_COUNTED: Final[frozenset[str]] = frozenset(
    {
        "person",
        "death",
        "casualty",
        "fatality",
        "victim",
        "child",
        "man",
        "woman",
        "soldier",
        "officer",
        "civilian",
        "student",
        "worker",
        "employee",
        "prisoner",
        "detainee",
        "hostage",
        "injury",
        "patient",
        "case",
        "vote",
        "seat",
        "suspect",
    }
)


# Nouns that count people, which an adjective of any kind may stand before ("two elderly
# individuals", "eight native speakers", "three senior members").
_PEOPLE_NOUNS: Final[frozenset[str]] = _SINGULAR_COUNTED | frozenset(
    {
        "individual",
        "speaker",
        "member",
        "resident",
        "inhabitant",
        "adult",
        "teenager",
        "citizen",
        "voter",
        "passenger",
        "migrant",
        "refugee",
        "survivor",
        "participant",
        "volunteer",
    }
)
_DESCRIBED_PEOPLE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?!(?:of|and|or|in|on|at|to|for|who|were|are|was|is|had|have|has|the|a|an)\b)"
    r"[a-z]+(?:-[a-z]+)?[ \t]+(?P<n>[a-z]+)(?![\w'’-])"
)


def _lemma(word: str) -> str | None:
    """Singular of a plural counted noun, or None when ``word`` does not look like one."""
    w = word.lower()
    if w in _units.IRREGULAR_PLURALS:
        return _units.IRREGULAR_PLURALS[w]
    if w in _units.NOT_COUNTED or len(w) < 3 or not w.endswith("s") or w.endswith("ss"):
        return None
    if w.endswith(("us", "is", "ous")):
        return None
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return w[:-2]  # "sizes", "prizes" keep their "e"; "buzzes", "boxes" do not
    return w[:-1]


_CAPITAL_WORD_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]+[A-Z][a-z]")


def _suffix_units(text: str, fig: _Fig, *, word_number: bool, has_scale: bool) -> None:
    """Attach what follows the number: currency, percent, unit, counted noun, rate."""
    e = fig.end
    if fig.unit is None:
        m = _PERCENT_AFTER.match(text, e)
        if m:
            fig.kind = "percent"
            fig.unit = "percentage point" if m.group("pp") else "percent"
            if m.group("pp") and m.group("pp").lower().startswith(("basis", "bp")):
                fig.unit = "basis point"
            fig.end = m.end()
            return
        m = _CUR_AFTER.match(text, e)
        if m and not (m.group("code") and not _code_ok(m.group("code"))):
            code = _cur_from_match(m)
            fig.kind = "money"
            fig.unit = code
            if m.group("mcode"):
                fig.value *= 10**6
                fig.low = fig.high = fig.value
            fig.end = m.end()
            sm = _SHORT_SCALE.match(text, fig.end)
            if sm and sm.group("s") in ("million", "M", "MM", "bn", "billion", "mn"):
                pass
            m2 = re.match(
                r"[ \t]+(million|billion|trillion|thousand)\b", text[fig.end : fig.end + 14], re.I
            )
            if m2:
                mult = _numbers.SCALES[m2.group(1).lower()]
                fig.value *= mult
                fig.low = fig.high = fig.value
                fig.end += m2.end()
            return
        if not word_number and text[e : e + 1] in ("c", "p") and _subunit_glued(text, fig, e):
            return
        m = _CUR_NAME_AFTER.match(text, e)
        if m:
            w = m.group("w").lower()
            fig.kind = "money"
            fig.unit = _currencies.NAMES[w]
            fig.end = m.end()
            return
        if re.match(r"(?:[ \t]{0,2}|[ \t]?-[ \t]?)pounds?(?![\w])", text[e : e + 10], re.I):
            m = re.match(r"(?:[ \t]{0,2}|[ \t]?-[ \t]?)pounds?(?![\w])", text[e : e + 10], re.I)
            assert m is not None
            if has_scale:
                fig.kind, fig.unit = "money", "GBP"
            else:
                fig.kind, fig.unit = "measure", "lb"
            fig.end = e + m.end()
            return
        m = _UNIT_WORD_AFTER.match(text, e)
        m2 = _UNIT_SYM_AFTER.match(text, e)
        if m2 and (m is None or m2.end() > m.end()):
            sym = m2.group("u")
            ok = True
            if sym in ("in", "t", "b", "C", "F", "K", "cd", "J", "V", "W", "A", "g", "l", "L", "m"):
                # one-letter symbols only right after the digits or before punctuation
                nxt = text[m2.end() : m2.end() + 2]
                glued = m2.start("u") == e
                if sym == "in":
                    ok = bool(
                        re.match(
                            r"\s*(?:[.,;)]|$|thick|long|wide|tall|high|deep|gap)",
                            text[m2.end() : m2.end() + 8],
                        )
                    )
                elif sym in ("C", "F"):
                    # "13F filing", "777F freighter", "PA 23456 F Block": a letter, not a scale,
                    # unless punctuation or the end follows, at a temperature the weather has.
                    ok = (
                        (glued or text[e : e + 1] == " ")
                        and not re.match(r"[-/]|\.\w|[ \t][A-Z]", nxt)
                        and -100 <= fig.value <= 200
                        and _TEMPERATURE_AFTER.match(text, m2.end()) is not None
                    )
                else:
                    ok = not re.match(r"-\w|[ \t]?\d|[ \t]?[A-Z]", nxt)
                if word_number:
                    ok = ok and sym not in ("m", "b", "l", "in", "g", "t")
            if ok:
                fig.unit = _units.UNIT_SYMBOLS[sym]
                fig.kind = "measure"
                fig.end = m2.end()
                _attach_rate(text, fig)
                return
        if m:
            u = m.group("u").lower()
            canon = _units.UNIT_WORDS[u]
            fig.unit = canon
            fig.kind = "measure"
            fig.end = m.end()
            m3 = re.match(
                r"(?:\^|\*\*)?2(?!\d)|[ \t]?²|[ \t]+squared\b", text[fig.end : fig.end + 9]
            )
            if m3 and canon in ("km", "m", "cm", "mile", "foot"):
                fig.unit = canon + "2"
                fig.end += m3.end()
            m3 = re.match(r"(?:\^|\*\*)?3(?!\d)|[ \t]?³|[ \t]+cubed\b", text[fig.end : fig.end + 9])
            if m3 and canon in ("km", "m", "cm", "foot"):
                fig.unit = canon + "3"
                fig.end += m3.end()
            _attach_rate(text, fig)
            return
        m = _NOUN_AFTER.match(text, e)
        if m and fig.value == 1 and m.group("n").lower() in _SINGULAR_COUNTED:
            fig.unit = m.group("n").lower()  # "one person", "1 death"
            fig.end = m.end()
            _attach_rate(text, fig)
            return
        if m and fig.value != 1:  # "one remains", "one likes": a verb after "one"
            noun = m.group("n")
            lemma = _lemma(noun)
            described = _DESCRIBED_PEOPLE.match(text, e)
            if described and _lemma(described.group("n")) in _PEOPLE_NOUNS:
                # "two elderly individuals", "eight native speakers": any one adjective before
                # a noun that counts people
                m, noun, lemma = described, described.group("n"), _lemma(described.group("n"))
            if lemma is not None and noun[0].isupper() and _CAPITAL_WORD_AFTER.match(text, m.end()):
                lemma = None  # "8286 Adams Street", "3600 Las Vegas Blvd": an address
            if lemma is not None:
                named = _units.UNIT_WORDS.get(noun.lower())
                fig.unit = named or lemma  # "three more years" is a measure of time
                if named is not None:
                    fig.kind = "measure"
                fig.end = m.end()
                _attach_rate(text, fig)
                return
        if (
            e < len(text)
            and text[e] in " \t-"
            and _counted_further(text, fig, e, word_number=word_number)
        ):
            _attach_rate(text, fig)
    else:
        _attach_rate(text, fig)


# Words that cannot stand between a number and the noun it counts: function words, auxiliaries
# and common verbs ("14 were hitters", "two say lawmakers" count no hitters or lawmakers).
_NOT_MODIFIERS: Final[frozenset[str]] = frozenset(
    """of and or but nor in on at to for from by with into onto upon over under about above
    below after before since until during without within through across against among between
    per via than as so then also too not only even just still already again ever never always
    often who whom whose which what that this these those there here where when while because
    unless until once whenever wherever fought won lost held led paid sent spent kept met brought
    bought caught taught sought built began became wrote drew grew threw knew bore hid hit shot
    struck stole sold heard stood sat wore broke chose spoke rose fell drove rode flew hung dug
    face faces need needs want wants have has
    if though although whether the a an his her their its our my your them they we he she it us
    him me you be is was were are been being am has have had do does did will would could should
    may might must can shall said says say told tell think thought believe want wanted need
    needed got get gets make made makes took take takes saw see sees gave give gives went go
    goes came come comes left leave put set run ran found find called call like such each every
    all both either neither some any many much more most less least few other another own same
    times percent per cent
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
    august september october november december monday tuesday wednesday thursday friday
    saturday sunday""".split()
)
# a number and a plural with one modifier between: "four studio albums", "450 French soldiers",
# "5,000 active-duty troops", "two ICE agents"
_MODIFIED_NOUN: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:(?i:more|other|additional|new|extra|further)[ \t]+)?"
    r"(?P<a>[A-Za-z][a-z]+(?:-[a-z]+)*|[A-Z]{2,5})"
    r"[ \t]+(?P<n>[a-z]{3,})(?![\w'’-])"
)
# two modifiers: "five law enforcement officers", "three alleged gang members"
_TWICE_MODIFIED_NOUN: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:(?i:more|other|additional|new|extra|further)[ \t]+)?"
    r"(?P<a>[A-Za-z][a-z]+(?:-[a-z]+)*|[A-Z]{2,5})"
    r"[ \t]+(?P<a2>[A-Za-z][a-z]+(?:-[a-z]+)*|[A-Z]{2,5})"
    r"[ \t]+(?P<n>[a-z]{3,})(?![\w'’-])"
)
# participles that news uses as adjectives before a counted noun; another word in "-ed" may be
# a verb ("three suffered gunshot wounds")
_PARTICIPLE_ADJECTIVES: Final[frozenset[str]] = frozenset(
    """alleged suspected attempted armed injured wounded unidentified undocumented elected
    retired licensed registered confirmed reported unarmed unnamed detained accused convicted
    married skilled trained qualified related affected infected vaccinated unvaccinated
    recorded documented disputed contested protected endangered abandoned damaged destroyed
    used unused estimated projected stranded displaced dedicated unemployed employed
    uninsured insured""".split()
)
# "two of the victims", "three of her friends", "12 of the injured passengers"
_OF_THE_NOUN: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?i:of)[ \t]+(?i:the|his|her|their|its|our|my|your|these|those)[ \t]+"
    r"(?P<a>[a-z]+(?:-[a-z]+)*)(?![\w'’-])(?:[ \t]+(?P<b>[a-z]{3,})(?![\w'’-]))?"
)
# news counts people by their state: "3 dead, 1 wounded", "nearly 40 injured"
_PEOPLE_STATE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?P<s>dead|killed|injured|wounded|hurt|missing)(?![\w'’-])"
)
_STATE_UNITS: Final[dict[str, str]] = {
    "dead": "dead",
    "killed": "dead",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "missing": "missing",
}
# "shot six times", "three times a day": a count of occasions (or a multiple)
_TIMES_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]+times(?![\w'’-])")
# "a four-page report", "a 12-member jury", "a three-star general": the number counts the noun
_HYPHEN_NOUN: Final[re.Pattern[str]] = re.compile(r"-(?P<n>[a-z]{3,})(?=[ \t]+[A-Za-z])")
_NOT_HYPHEN_NOUNS: Final[frozenset[str]] = frozenset(
    """and the for but nor odd plus something ish fold way style era type like esque based
    related linked wide long high deep tall strong thick old year""".split()
)
_FOUR_DIGITS: Final[re.Pattern[str]] = re.compile(r"\d{4}")


def _modifier_ok(word: str) -> bool:
    """Whether ``word`` may modify a counted noun: no function word, verb or number word."""
    w = word.lower()
    if w.endswith("ed") and w not in _PARTICIPLE_ADJECTIVES:
        return False
    return w not in _NOT_MODIFIERS and w.split("-", 1)[0] not in _WORDS


def _counted_further(text: str, fig: _Fig, e: int, *, word_number: bool) -> bool:
    """A counted noun one step away from the number; return whether a unit was attached.

    "four studio albums" (a modifier between), "two of the victims" (a partitive), "3 dead" (a
    state that stands for people), "six times" (occasions), "a four-page report" (a compound).
    """
    value = fig.value
    if value != value.to_integral() or value < 1:
        return False  # "half of the voters" is a share, not a count of voters
    if not word_number and _FOUR_DIGITS.fullmatch(text, fig.start, e) and 1000 <= value <= 2100:
        return False  # "in 2019 oil prices", "the 2016-era rules": a year qualifies the noun
    nxt = text[e + 1 : e + 2] or " "
    m = _TIMES_AFTER.match(text, e) if nxt == "t" else None
    if m:
        fig.unit, fig.end = "time", m.end()
        return True
    if text[e] == "-":
        m = _HYPHEN_NOUN.match(text, e)
        noun = m.group("n") if m else ""
        if m and noun not in _NOT_HYPHEN_NOUNS and not noun.endswith(("ed", "ly", "ing", "s")):
            fig.unit, fig.end = noun, m.end()
            return True
        return False
    if value != 1:
        for pattern in (_MODIFIED_NOUN, _TWICE_MODIFIED_NOUN):
            m = pattern.match(text, e)
            if m is None or not _modifier_ok(m.group("a")):
                break
            if pattern is _TWICE_MODIFIED_NOUN and not _modifier_ok(m.group("a2")):
                break
            noun = m.group("n")
            lemma = _lemma(noun)
            if lemma is None or _CAPITAL_WORD_AFTER.match(text, m.end()):
                continue
            named = _units.UNIT_WORDS.get(noun)
            fig.unit = named or lemma  # "three straight days" is a measure of time
            if named is not None:
                fig.kind = "measure"
            fig.end = m.end()
            return True
    m = _OF_THE_NOUN.match(text, e) if nxt in "oO" else None
    if m:
        a, b = m.group("a"), m.group("b")
        if _lemma(a) is not None:
            fig.unit, fig.end = _lemma(a), m.end("a")
            return True
        if b is not None and _modifier_ok(a) and _lemma(b) is not None:
            fig.unit, fig.end = _lemma(b), m.end("b")
            return True
    m = _PEOPLE_STATE.match(text, e) if nxt in "dkiwhm" else None
    if m:
        fig.unit, fig.end = _STATE_UNITS[m.group("s")], m.end()
        return True
    return False


# video resolutions are written like pence ("1080p")
_RESOLUTIONS: Final[frozenset[Decimal]] = frozenset(
    Decimal(v) for v in (144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320)
)


def _subunit_glued(text: str, fig: _Fig, e: int) -> bool:
    """ "17c a share", "99p": cents and pence as a letter glued to the digits ("4c" of weather)."""
    letter = text[e]
    nxt = text[e + 1 : e + 2]
    if nxt.isalnum() or nxt in ("'", "’") or (nxt == "-" and not text[e + 2 : e + 3].isdigit()):
        return False  # "3com", "5p-shaped": a name, not money
    if fig.kind != "count":
        return False
    if letter == "c" and _near_temperature(text, fig.start, e + 1):
        if not -100 <= fig.value <= 200:
            return False
        fig.kind, fig.unit = "measure", "degC"  # "lows of -4c": weather writes Celsius so too
    elif fig.value <= 0 or (letter == "p" and fig.value in _RESOLUTIONS):
        return False
    else:
        fig.kind = "money"
        fig.unit = "cent" if letter == "c" else "penny"
    fig.end = e + 1
    _attach_rate(text, fig)
    return True


def _attach_rate(text: str, fig: _Fig) -> None:
    m = _RATE_AFTER.match(text, fig.end)
    if m and fig.unit is not None:
        den = _units.RATE_DENOMINATORS.get(m.group("r").lower(), m.group("r"))
        if den != fig.unit:
            fig.unit = f"{fig.unit}/{den}"
            fig.end = m.end()


def _apply_qualifier(fig: _Fig, q: str, op: str, approx: bool) -> None:
    fig.qual = q
    fig.approx = fig.approx or approx
    v = fig.value
    if op == "gt":
        fig.low, fig.high, fig.linc, fig.hinc = v, None, False, True
    elif op == "ge":
        fig.low, fig.high, fig.linc, fig.hinc = v, None, True, True
    elif op == "lt":
        fig.low, fig.high, fig.linc, fig.hinc = None, v, True, False
    elif op == "le":
        fig.low, fig.high, fig.linc, fig.hinc = None, v, True, True


def _norm_q(q: str) -> str:
    return " ".join(q.lower().split())


# ----------------------------------------------------------------------------- main loop


_PLAIN_NEIGHBOURS: Final[frozenset[str]] = frozenset({"", ",", ".", ";", "\n", "|"})


def parse_quantities(text: str) -> list[Quantity]:
    """Find every figure in ``text`` and normalize it to an interval with a unit.

    Args:
        text: running English text.

    Returns:
        The figures in order of their start offsets, without overlaps. Each has its exact span
        (``text[q.span.start:q.span.end] == q.text``), its bounds as exact decimals (``None``
        where unbounded), a canonical unit and a kind.

    Raises:
        InvalidArgument: if ``text`` is not a ``str``.

    >>> [(q.text, str(q.low), q.unit) for q in parse_quantities("Strikes killed 100 people.")]
    [('100 people', '100', 'person')]
    >>> q = parse_quantities("more than one hundred deaths")[0]
    >>> (q.low, q.high, q.low_inclusive, q.unit, q.qualifier)
    (Decimal('100'), None, False, 'death', 'more than')
    >>> [(q.text, str(q.value), q.unit) for q in parse_quantities("$100bn and 2.5 per cent")]
    [('$100bn', '100000000000', 'USD'), ('2.5 per cent', '2.5', 'percent')]
    >>> [(q.low, q.high) for q in parse_quantities("between 30 and 50 million barrels")]
    [(Decimal('30000000'), Decimal('50000000'))]
    """
    if not isinstance(text, str):
        msg = f"text={text!r} must be a str"
        raise InvalidArgument(msg)
    if not text:
        return []
    toks = _tokens(text)
    nums = _compose(toks, text) if toks else []
    nums = _merge_word_fractions(text, nums)
    if _A_UNIT_HINT.search(text):
        nums = _with_one_units(text, nums)
    figs: list[_Fig] = []
    last_end = 0
    i = 0
    n = len(nums)
    while i < n:
        num = nums[i]
        i += 1
        if num.start < last_end or num.kind == "skip":
            continue
        if (
            not num.word
            and num.kind == "num"
            and text[num.start - 1 : num.start] in _PLAIN_NEIGHBOURS
            and text[num.end : num.end + 1] in _PLAIN_NEIGHBOURS
        ):
            # a bare number between list punctuation ("1,2,3", "1.2.3.4"): nothing around it
            # can change it, so skip the context look-ups (this keeps lists of numbers fast)
            plain = _Fig(num.start, num.end, num.value)
            if num.year_like:
                plain.kind = "year"
            figs.append(plain)
            last_end = plain.end
            continue
        fig = _decorate(text, num)
        if fig is None:
            continue
        # ranges: "30 to 50 million", "10-15 exabytes", "between 44 and 50 mg"
        # an age may open a range only when written before it ("aged 15-24", "ages 5 to 11")
        if i < n and (fig.kind != "age" or fig.end == num.end):
            consumed = 0
            if fig.qual is None or fig.approx:
                consumed = _try_compound(text, fig, nums, i) or _try_range(text, fig, num, nums, i)
            i += consumed or _try_plus_minus(text, fig, nums, i)
        if fig.start < last_end:
            fig.start = max(fig.start, last_end)
            if fig.start >= num.end:
                continue
        figs.append(fig)
        last_end = fig.end
    if _VAGUE_HINT.search(text):
        figs = _with_vague_figures(text, figs)
    if (
        "0s" in text
        or "teens" in text
        or "nties" in text
        or "irties" in text
        or "orties" in text
        or "fties" in text
        or "xties" in text
        or "hties" in text
    ):  # the endings of "20s", "teens", "twenties" … "nineties"
        figs = _with_decade_ages(text, figs)
    _join_bounds(text, figs)
    out: list[Quantity] = []
    for f in figs:
        if f.start >= f.end:
            continue
        out.append(
            Quantity(
                span=Span(f.start, f.end),
                text=text[f.start : f.end],
                low=f.low,
                high=f.high,
                low_inclusive=f.linc,
                high_inclusive=f.hinc,
                unit=f.unit,
                kind=f.kind,
                approximate=f.approx,
                qualifier=f.qual,
            )
        )
    return out


# ----------------------------------------------------------------------------- vague magnitudes

_VAGUE_HINT: Final[re.Pattern[str]] = re.compile(
    r"(?i:dozens|hundreds|thousands|millions|billions|trillions|several|few|couple|many|multiple)"
)
_VAGUE_SCALES: Final[dict[str, int]] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "tens": 10,
}
_VAGUE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’-])(?:"
    r"(?P<q>several|a[ \t]+few|few|many|multiple|(?:a[ \t]+)?couple(?:[ \t]+of)?)[ \t]+"
    r"(?P<one>dozen|hundred|thousand|million|billion|trillion)"
    r"(?:[ \t]+(?P<one2>thousand|million|billion|trillion))?"
    r"|(?:(?P<m>tens|dozens|hundreds)[ \t]+of[ \t]+)?"
    r"(?P<pl>dozens|hundreds|thousands|millions|billions|trillions)"
    r")(?![\w'’-])",
    re.IGNORECASE,
)
_WORD_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?:(?P<d>\d)|(?P<w>[A-Za-z]+))[ \t-]*$")
_OF_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]+of(?=[ \t]+[A-Za-z])", re.IGNORECASE)


def _vague_figure(text: str, m: re.Match[str]) -> _Fig | None:
    """ "hundreds of people", "several thousand", "a couple of hundred": a magnitude, not a count.

    A plural of a scale is more than one of it and open above ("hundreds" is more than 100,
    "tens of thousands" more than 10,000); "several" and "a few" stay below ten of it; "a couple
    of" is about two of it. All are approximate.
    """
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before and (before.group("d") or before.group("w").lower() in _WORDS):
        return None  # "five hundreds", "3 dozens": a number times a scale, read as such
    q = m.group("q")
    if q is None:
        base = Decimal(_VAGUE_SCALES[m.group("pl").lower()[:-1]])
        if m.group("m"):
            lead = m.group("m").lower()
            base *= _VAGUE_SCALES[lead if lead == "tens" else lead[:-1]]
    else:
        base = Decimal(_VAGUE_SCALES[m.group("one").lower()])
        if m.group("one2"):
            base *= _VAGUE_SCALES[m.group("one2").lower()]
    fig = _Fig(m.start(), m.end(), base)
    fig.approx = True
    word = _norm_q(q) if q is not None else None
    if word is None or word == "many":
        fig.low, fig.high, fig.linc, fig.hinc = base, None, False, True
    elif word.endswith(("couple", "couple of")):
        fig.value = fig.low = fig.high = base * 2
    else:  # several, few, a few, multiple
        fig.low, fig.high, fig.linc, fig.hinc = base, base * 10, False, False
    fig.qual = word
    of = _OF_AFTER.match(text, fig.end)
    end = fig.end
    if of:
        fig.end = of.end()
    bounds = (fig.low, fig.high)
    _suffix_units(text, fig, word_number=True, has_scale=base >= 1000)
    if fig.unit is None:
        fig.end = end
    fig.low, fig.high = bounds  # a unit never changes the magnitude
    return fig


def _with_vague_figures(text: str, figs: list[_Fig]) -> list[_Fig]:
    """Put vague magnitudes in place of the figures read inside them ("hundreds" as 100)."""
    vague = [f for m in _VAGUE.finditer(text) if (f := _vague_figure(text, m)) is not None]
    if not vague:
        return figs
    kept = [f for f in figs if not any(f.start < v.end and v.start < f.end for v in vague)]
    return sorted(kept + vague, key=lambda f: f.start)


# ----------------------------------------------------------------------------- ages by decade

# "a man in his 60s", "in her early thirties", "their late teens": an age by decade needs the
# possessive, since "the 60s" without one is a decade of the calendar (the dates stage reads it)
_DECADE_WORD: Final[re.Pattern[str]] = re.compile(
    r"0s(?![\w'’])|(?<![\w'’])(?i:teens|twenties|thirties|forties|fifties|sixties|"
    r"seventies|eighties|nineties)(?![\w'’])"
)
_DECADE_AGE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w'’])(?i:his|her|their|my|your|our)[ \t]+"
    r"(?P<fig>(?:(?P<part>(?i:early|mid|late))(?:[ \t]*-[ \t]*|[ \t]+))?"
    r"(?:['’]?(?P<d>[1-9]0)s|(?P<w>(?i:teens|twenties|thirties|forties|fifties|sixties|"
    r"seventies|eighties|nineties))))$"
)
# the calendar's decade words from the twenties on, and the teens of a life
_DECADE_WORDS: Final[dict[str, int]] = {
    "teens": 10,
    **{word: d for word, d in _calendar.DECADE_WORDS.items() if d >= 20},
}
# which years of a decade "early", "mid" and "late" cover; the teens start at thirteen
_DECADE_PARTS: Final[dict[str | None, tuple[int, int]]] = {
    None: (0, 9),
    "early": (0, 3),
    "mid": (4, 6),
    "late": (7, 9),
}
_TEEN_PARTS: Final[dict[str | None, tuple[int, int]]] = {
    None: (13, 19),
    "early": (13, 15),
    "mid": (14, 16),
    "late": (17, 19),
}


def _with_decade_ages(text: str, figs: list[_Fig]) -> list[_Fig]:
    """Put ages by decade ("in his 60s" = 60 to 69 years) among the figures."""
    ages: list[_Fig] = []
    for w in _DECADE_WORD.finditer(text):
        end = w.end()
        m = _DECADE_AGE.search(text, max(0, w.start() - 24), end)
        if m is None:
            continue
        part = m.group("part").lower() if m.group("part") else None
        d = m.group("d")
        base = int(d) if d else _DECADE_WORDS[m.group("w").lower()]
        if base == 10:
            if m.group("d"):
                continue  # "his 10s" is not written for an age
            lo, hi = _TEEN_PARTS[part]
        else:
            lo, hi = (base + k for k in _DECADE_PARTS[part])
        fig = _Fig(m.start("fig"), m.end("fig"), Decimal(lo))
        fig.high = Decimal(hi)
        fig.kind, fig.unit, fig.qual = "age", "year", part
        ages.append(fig)
    if not ages:
        return figs
    kept = [f for f in figs if not any(f.start < a.end and a.start < f.end for a in ages)]
    return sorted(kept + ages, key=lambda f: f.start)


_A_UNIT_HINT: Final[re.Pattern[str]] = re.compile(
    r"(?i:\ban?)[ \t]+(?i:" + _alternation(_units.ONE_UNIT_WORDS) + r")\b"
)


def _with_one_units(text: str, nums: list[_Num]) -> list[_Num]:
    """ "a gallon", "a penny": one of a unit of measure or money, merged into ``nums`` in order."""
    extra = [
        _Num(m.start(), m.start() + len(m.group().split()[0]), _ONE, "num", word=True)
        for m in _A_UNIT_HINT.finditer(text)
    ]
    return sorted(nums + extra, key=lambda x: x.start)


def _merge_word_fractions(text: str, nums: list[_Num]) -> list[_Num]:
    """ "one fifth", "1 over 3", "one out of three": a numerator joined to its denominator."""
    out: list[_Num] = []
    i = 0
    n = len(nums)
    while i < n:
        a = nums[i]
        if i + 1 < n:
            b = nums[i + 1]
            if (
                a.kind == "num"
                and b.kind == "ord"
                and a.word
                and a.ntok == 1
                and a.value == 1
                and b.word
                and b.value >= 3
                and _GAP.match(text, a.end, b.start)
                and text[a.end : b.start].strip(" -") == ""
            ):
                merged = _Num(a.start, b.end, _ONE / b.value, "num", word=True, ntok=2)
                merged.frac = True
                out.append(merged)
                i += 2
                continue
            if a.kind == "num" and b.kind == "num" and a.value >= 0 and b.value > 0:
                m = _FRAC_JOIN.match(text, a.end, b.start)
                if m and m.end() == b.start and not b.year_like:
                    w = m.group("w").lower()
                    ok = w == "over" or (
                        w != "over" and a.value < b.value and (a.word or b.word or w != "in")
                    )
                    if w in ("in",) and not (a.word or b.word):
                        ok = False
                    if ok and _unit_follows(text, b.end):
                        ok = False
                    if ok:
                        merged = _Num(a.start, b.end, a.value / b.value, "num", word=True, ntok=2)
                        merged.frac = True
                        out.append(merged)
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


def _unit_follows(text: str, pos: int) -> bool:
    m = _NOUN_AFTER.match(text, pos)
    return bool(
        _UNIT_WORD_AFTER.match(text, pos)
        or (m and _lemma(m.group("n")) is not None and m.group("n").lower() not in ("tvs",))
    )


_SCALE_WORDS: Final[tuple[str, ...]] = ("thousand", "million", "billion", "trillion")
_A_LEADS: Final[frozenset[str]] = frozenset(
    {
        "hundred",
        "hundreds",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
        "half",
        "quarter",
    }
)
_SCALE_WORD_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(million|billion|trillion|thousand)s?\b", re.IGNORECASE
)
_OLD_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*-?[ \t]*old\b|[ \t]+of[ \t]+age\b", re.IGNORECASE
)
_AGE_OF_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?P<q>(?i:over|under|above|below))[ \t]+)?\b(?i:the[ \t]+age[ \t]+of)[ \t]+$"
)
_AGE_WORD_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?i)\bage[sd]?[ \t]+$")


# compounds of "half", "one" and "two" that name a thing or a manner, not an amount
_NUMBER_IDIOM_AFTER: Final[re.Pattern[str]] = re.compile(
    r"-(?i:lifes?|lives|brothers?|sisters?|siblings?|hearted(?:ly)?|mast|staff|truths?|baked|"
    r"witted|sided|offs?|on-one|faced|liners?|stop|dimensional)(?![\w-])"
)
_BAKERS_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?i:\b(?:an?[ \t]+)?baker['’]s[ \t]+)$")
_HALF_PERIOD_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:first|second|1st|2nd)[ \t-]+$", re.IGNORECASE
)
_DETERMINER_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?i:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|['’]s)[ \t]+$"
)


_CODE_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t][A-Za-z]{1,3}-?\d{2,}")
_ADDRESS_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|Terrace|Square|Sq)\b"
)


# a US postal address ends ", <state> <ZIP code>"
_STATE_BEFORE: Final[re.Pattern[str]] = re.compile(
    r",[ \t]+(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|"
    r"P[AR]|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])[ \t]$"
)


_EMERGENCY_NUMBERS: Final[frozenset[Decimal]] = frozenset({Decimal(911), Decimal(999)})
_DIAL_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?i:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|phoned?|phoning|text(?:ed)?)[ \t]+"
    r"(?:to[ \t]+)?$"
)
_CALL_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t-]+(?i:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|system|emergency|"
    r"lines?|services?|tapes?|recordings?|hang-?ups?)\b"
)
# US police reports give addresses as blocks of a hundred house numbers
_BLOCK_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]+block[ \t]+of\b", re.IGNORECASE)


def _is_emergency_call(text: str, s: int, e: int) -> bool:
    """ "called 911", "a 911 call", "dial 999": the emergency number, not a figure."""
    return bool(_DIAL_BEFORE.search(text, max(0, s - 14), s) or _CALL_AFTER.match(text, e))


def _skip_digits(text: str, num: _Num) -> bool:
    """Digits that are not figures: identifiers ("i7", "COVID-19", "No. 5") and days of months."""
    s, e, value = num.start, num.end, num.value
    if (
        s > 0
        and (text[s - 1].isalpha() or text[s - 1] == "_")
        and not _LETTER_CODE_BEFORE.search(text, max(0, s - 5), s)
    ):
        return True
    pc = _prev(text, s)
    if pc and (pc.isalpha() or pc in "#.-") and _IDENT_BEFORE.search(text, max(0, s - 12), s):
        return True
    if pc == "f" and _SERIES_OF_BEFORE.search(text, max(0, s - 24), s):
        return True
    if text[s - 2 : s] in ("<>", "=>", "=<"):
        return True  # not a comparison any reader would write
    if text[e : e + 1] in " \t" and (_CODE_AFTER.match(text, e) or _ADDRESS_AFTER.match(text, e)):
        return True  # "24703 L-202", "123 Random Street", "8 Mile Road"
    if e - s == 5 and pc.isupper() and _STATE_BEFORE.search(text, max(0, s - 6), s):
        return True  # "Springfield, IL 62704": a ZIP code
    if e - s == 3 and value in _EMERGENCY_NUMBERS and _is_emergency_call(text, s, e):
        return True  # "called 911", "a 999 call": a telephone number
    if value >= 100 and _BLOCK_AFTER.match(text, e):
        return True  # "the 3700 block of Fannin": an address
    if value != value.to_integral() or not 1 <= value <= 31:
        return False
    if pc and (pc.isalpha() or pc == ".") and _MONTH_BEFORE.search(text, max(0, s - 12), s):
        return True
    return bool(_MONTH_AFTER.match(text, e))


_TEMPERATURE_WORD: Final[re.Pattern[str]] = re.compile(
    r"[°º]|(?i:celsius|centigrade|fahrenheit|kelvins?|temperatures?)"
)


def _near_temperature(text: str, start: int, end: int) -> bool:
    """Whether a temperature is written within 40 characters of ``text[start:end]``."""
    return bool(
        _TEMPERATURE_WORD.search(text, max(0, start - 40), start)
        or _TEMPERATURE_WORD.search(text, end, end + 40)
    )


_MILLION_NOUNS: Final[frozenset[str]] = _PEOPLE_NOUNS | frozenset(
    """people user customer subscriber viewer household home job dose share barrel tonne ton
    copy visitor tourist follower account""".split()
)
_NOUN_RIGHT_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]+(?P<n>[A-Za-z]+)(?![\w'’-])")


def _millions_follow(text: str, sm: re.Match[str]) -> bool:
    """ "30m people", "30m euros": a glued "m" before a currency or a plural of people or goods
    is millions, where "a 30m yacht" or "the 100m hurdles" are metres."""
    if sm.group().startswith((" ", "\t")):
        return False
    if _CUR_NAME_AFTER.match(text, sm.end()) and text[sm.end() : sm.end() + 1] == " ":
        return True
    m = _NOUN_RIGHT_AFTER.match(text, sm.end())
    if m is None:
        return False
    noun = m.group("n").lower()
    return noun in ("people", "pounds") or (noun.endswith("s") and _lemma(noun) in _MILLION_NOUNS)


def _scale_after_digits(text: str, fig: _Fig, e: int, cur: str | None) -> bool:
    """Apply "30m", "$54K", "2bn", "1.2 billion" after digits; say whether a scale was found."""
    sm = _SHORT_SCALE.match(text, e)
    if sm is None:
        m2 = _SCALE_WORD_AFTER.match(text, e)
        if m2 is None:
            return False
        fig.value *= _numbers.SCALES[m2.group(1).lower()]
        fig.end = m2.end()
        return True
    sym = sm.group("s")
    # lower-case "m", "b", "mm" and bare "T" are metres, bits, millimetres and teslas unless
    # money is being counted; "G" before a unit is giga ("2.80 GHz")
    if cur is None and sym in ("m", "mm", "T") and not (sym == "m" and _millions_follow(text, sm)):
        return False
    if cur is None and sym == "K" and _near_temperature(text, fig.start, sm.end()):
        return False  # "300 °C (573.15K)": kelvins beside another temperature, not thousands
    if cur is None and sym == "b" and fig.value == fig.value.to_integral():
        return False
    if sym == "G":
        um = _UNIT_SYM_AFTER.match(text, e)
        if um is not None and um.end() > sm.end():
            return False
    fig.value *= _numbers.SHORT_SCALES[sym]
    fig.end = sm.end()
    return True


def _currency_before(text: str, fig: _Fig, s: int) -> str | None:
    pc = _prev(text, fig.start)
    if not pc or not (pc.isalpha() or pc in _CUR_LAST_CHARS):
        return None
    m = _CUR_BEFORE.search(text, max(0, s - 8), s)
    if m is None:
        return None
    code = m.group("code")
    if code is not None and not _code_ok(code):
        return None  # "pen 7", "All 70": English words that look like currency codes
    cur = _cur_from_match(m)
    if m.group("mcode"):
        fig.value *= 10**6
    fig.start = m.start()
    fig.kind = "money"
    fig.unit = cur
    return cur


def _mark_age(text: str, fig: _Fig, num: _Num) -> None:
    """ "29 years old", "aged 77", "Dilsia Caro, 50,": ages."""
    s, e = num.start, num.end
    am = _AGE_AFTER.match(text, fig.num_end if fig.unit is None else e)
    if am is None and fig.unit in ("year", "month", "week", "day"):
        om = _OLD_AFTER.match(text, fig.end)
        if om:
            fig.kind = "age"
            fig.end = om.end()
        return
    if am is not None and fig.kind in ("count", "measure"):
        fig.kind = "age"
        fig.end = max(fig.end, am.end())
        if fig.unit is None:
            fig.unit = "year"
        return
    if fig.kind == "count" and fig.unit is None and text[s - 3 : s] == "of ":
        om = _AGE_OF_BEFORE.search(text, max(0, s - 30), s)
        if om and 0 < num.value < 130:
            # "at the age of 12", "over the age of 65" = (65, ∞) years
            fig.kind, fig.unit = "age", "year"
            q = om.group("q")
            if q is not None:
                op, approx = _numbers.PREFIX_QUALIFIERS[q.lower()]
                fig.start = om.start("q")
                _apply_qualifier(fig, q.lower(), op, approx)
            return
    if fig.kind != "count" or fig.unit is not None or num.word:
        return
    value = num.value
    if value != value.to_integral() or not 0 < value < 130:
        return
    pc = _prev(text, s)
    if not pc or pc not in ",eEdDsS" or not _AGE_BEFORE.search(text, max(0, s - 40), s):
        return
    if _AGE_NAME_BEFORE.search(text, max(0, s - 40), s):
        if _AGE_NAME_AFTER.match(text, e) and not _CALENDAR_NAME_BEFORE.search(
            text, max(0, s - 14), s
        ):  # "Josefina Castro, 70, a civil activist", "said Ann Lee, 20."
            fig.kind, fig.unit = "age", "year"
    elif _AGE_WORD_BEFORE.search(text, max(0, s - 6), s):
        fig.kind, fig.unit = "age", "year"


# A copula or a colon needs a complement, so "(…)" after one is the figure itself, not an aside.
_COPULA_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?i:is|was|were|are|be|been|being|stands?[ \t]+at|stood[ \t]+at)|[:=])[ \t]*$"
)


def _accounting_negative(text: str, fig: _Fig) -> None:
    """ "revenue was ($99.99)": the accountant's parentheses mark a negative amount.

    In news an amount in parentheses is usually an aside or a conversion ("£75 ($99.99)"), so
    the parentheses count as a sign only where nothing else could be the complement.
    """
    s, e = fig.start, fig.end
    if text[s - 1 : s] != "(" or text[e : e + 1] != ")":
        return
    if not _COPULA_BEFORE.search(text, max(0, s - 12), s - 1):
        return
    fig.value = -fig.value
    fig.low = fig.high = fig.value
    fig.start, fig.end = s - 1, e + 1


def _figure_follows(text: str, e: int) -> bool:
    """Whether a unit, a percent sign, a currency or a counted noun follows position ``e``."""
    if _unit_follows(text, e) or _PERCENT_AFTER.match(text, e) or _CUR_NAME_AFTER.match(text, e):
        return True
    m = _NOUN_AFTER.match(text, e)
    return bool(m and m.group("n").lower() in _SINGULAR_COUNTED)


def _is_superlative(word: str) -> bool:
    w = word.lower()
    return w in _SUPERLATIVE_WORDS or (len(w) > 4 and w.endswith("est") and w not in _EST_NOUNS)


def _pronoun_one(text: str, s: int, e: int) -> bool:
    """Whether the word "one" at ``text[s:e]`` is a pronoun or part of an idiom, not a count."""
    if _ONE_IDIOM_AFTER.match(text, e) or _BUT_ONE_BEFORE.search(text, max(0, s - 12), s):
        return True
    m = _OF_SUPERLATIVE_AFTER.match(text, e)
    if m and (m.group("most") or _is_superlative(m.group("w"))):
        return True  # "one of the first examples", "one of the largest ports"
    if _ONE_SKIP_BEFORE.search(text, max(0, s - 10), s) and not _unit_follows(text, e):
        return True
    return bool(_PROP_ONE_BEFORE.search(text, max(0, s - 24), s) and not _figure_follows(text, e))


# A capitalized number word between a capitalized word and a lower-case one belongs to a name:
# in running text a number word is not capitalized mid-sentence, and in a title-case headline
# the next word would be capitalized too ("Police Say Three People Died" keeps its figure).
_CAPITAL_WORD_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+[ \t]+$")
_LOWER_WORD_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]+[a-z]")
_CALENDAR_WORDS: Final[frozenset[str]] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)


def _in_proper_name(text: str, s: int, e: int) -> bool:
    m = _CAPITAL_WORD_BEFORE.search(text, max(0, s - 16), s)
    return bool(
        m
        and m.group().split()[0].lower() not in _CALENDAR_WORDS
        and _LOWER_WORD_AFTER.match(text, e)
        and m.start() > 0
        and _prev(text, m.start()) not in (".", "!", "?", ":", "\n")
    )


def _decorate(text: str, num: _Num) -> _Fig | None:
    """Turn a number into a figure: currency, scale, sign, unit, age, year and qualifier."""
    s, e = num.start, num.end
    value = num.value
    if num.kind == "ord":
        return _decorate_ordinal(text, num)
    if num.kind == "quarter" and not _A_BEFORE.search(text, max(0, s - 4), s):
        return None
    if (
        num.word
        and num.ntok == 1
        and value == 1
        and text[s:e].lower() == "one"
        and _pronoun_one(text, s, e)
    ):
        return None  # "the one you mentioned", "which one", "the next one"
    if not num.word and _skip_digits(text, num):
        return None
    if num.word and text[s].isupper() and _in_proper_name(text, s, e):
        return None  # "the Final Four tournament", "Formula One racing": part of a name
    if num.word and text[s:e].lower() in ("a", "an"):
        fig = _Fig(s, e, _ONE)
        _suffix_units(text, fig, word_number=True, has_scale=False)
        return fig if fig.unit is not None else None
    lead = text[s:e].split(maxsplit=1)[0].lower() if num.word else ""
    if (
        lead in _A_LEADS
        and lead not in ("half", "quarter")
        and _VAGUE_BEFORE.search(text, max(0, s - 10), s)
    ):
        return None  # "several hundred", "a few thousand": no figure to compare
    if lead == "half" and num.ntok == 1 and _HALF_PERIOD_BEFORE.search(text, max(0, s - 8), s):
        return None  # "the first half of 2021" is a period, not a fraction
    if (
        num.word
        and num.ntok == 1
        and text[s:e].lower() in ("half", "one", "two")
        and _NUMBER_IDIOM_AFTER.match(text, e)
    ):
        return None  # "half-life", "half-brother", "one-sided", "two-faced": no figure
    fig = _Fig(s, e, value)
    has_scale = num.word and any(w in text[s:e].lower() for w in _SCALE_WORDS)
    if lead in _A_LEADS:
        m = _A_BEFORE.search(text, max(0, s - 4), s)
        if m:
            fig.start = m.start()
        elif lead == "dozen" and num.ntok == 1:
            m = _BAKERS_BEFORE.search(text, max(0, s - 12), s)
            if m:  # "a baker's dozen" is thirteen
                fig.start = m.start()
                fig.value = value / 12 * 13
    cur = _currency_before(text, fig, s)
    if not num.word and _scale_after_digits(text, fig, e, cur):
        has_scale = True
    pc = _prev(text, fig.start)
    if pc and cur is None and (pc in "-−" or pc in "seSE"):
        sgn = _SIGN_BEFORE.search(text, max(0, fig.start - 12), fig.start)
        # A dash before a number word is punctuation or a bullet ("Wash. - Three people",
        # "-Three additional officers"), and so is a spaced one after a stop ("Wash. - 3 dead").
        dash = sgn is not None and sgn.group().lstrip()[:1] in "-−"
        spaced = sgn is not None and text[sgn.end() - 1] in " \t"
        after_stop = sgn is not None and text[: sgn.start()].rstrip()[-1:] in tuple(".!?:;,")
        if sgn and not (dash and (num.word or (spaced and after_stop))):
            fig.value = -fig.value
            fig.start = sgn.start()
    elif cur is not None and s > 0 and text[s - 1] in "-−":
        fig.value = -fig.value  # "$-99.99"
    fig.low = fig.high = fig.value
    if pc and pc in "fF":  # "per cent of 210"
        pm = _PERCENT_BEFORE.search(text, max(0, fig.start - 20), fig.start)
        if pm:
            fig.kind, fig.unit = "percent", "percent"
            fig.start = pm.start()
    plus = text.startswith("+", fig.end) and not text[fig.end + 1 : fig.end + 2].isdigit()
    if plus:  # "500+ people"
        fig.end += 1
    _suffix_units(text, fig, word_number=num.word, has_scale=has_scale)
    if plus:
        _apply_qualifier(fig, "+", "ge", False)
    elif fig.kind == "money" and fig.value > 0:
        _accounting_negative(text, fig)
    _mark_age(text, fig, num)
    if not num.word and fig.end == e and e < len(text) and text[e].isalpha():
        if not (num.year_like and text[e] == "s" and not text[e + 1 : e + 2].isalpha()):
            return None  # an identifier such as "3D", "24703L202"
        fig.end = e + 1  # a decade: "the 1960s"
    _prefix_qualifier(text, fig)
    if fig.kind == "count" and num.year_like and fig.qual is None:
        if fig.unit is None:
            fig.kind = "year"
        elif _DETERMINER_BEFORE.search(text, max(0, s - 8), s):
            # "the 2015 slayings", "its 2017 rates": the year qualifies the noun
            fig.kind, fig.unit, fig.end = "year", None, e
    return fig


def _decorate_ordinal(text: str, num: _Num) -> _Fig | None:
    """An ordinal figure, or a fraction for "a fifth", or nothing for "a second" of time."""
    s, e = num.start, num.end
    if not num.word and (
        _MONTH_BEFORE.search(text, max(0, s - 12), s) or _MONTH_AFTER.match(text, e)
    ):
        return None  # "May 4th" belongs to the dates
    word = text[s:e].lower()
    if num.word and num.ntok == 1 and word in ("first", "second", "third"):
        if _ORD_IDIOM_AFTER.match(text, e):
            return None  # "a first class seat", "second to last", "a third party"
        if word == "first" and (
            _AT_FIRST_BEFORE.search(text, max(0, s - 4), s)
            or _GROUP_OF_BEFORE.search(text, max(0, s - 24), s)
        ):
            return None  # "at first", "one of the first", "among the first"
    if num.word and num.value >= 3:
        m = _A_BEFORE.search(text, max(0, s - 4), s)
        single = num.ntok == 1 or (num.ntok == 2 and "-" in word)
        if (
            m
            and single
            and (not word.endswith(("first", "second")) or "-" in word)
            and not _ordinal_noun_follows(text, e)
        ):
            return _Fig(m.start(), e, _ONE / num.value)  # "a fifth", "a twenty-first"
    if word == "second":
        # "per second", "wait a second." are time; "a second round" is an ordinal
        before = text[max(0, s - 8) : s]
        if _PER_BEFORE.search(before) or (
            _A_SECOND_BEFORE.search(before) and _TIME_SECOND_AFTER.match(text, e)
        ):
            return None
    fig = _Fig(s, e, num.value)
    fig.kind = "ordinal"
    _prefix_qualifier(text, fig)
    return fig


# "a fourth victim", "a fifth-floor flat": "a" and an ordinal before a noun pick one of a
# series; before "of", a comparative, a verb or a unit it is a fraction ("a third of", "a fifth
# higher", "a quarter mile", "a third were")
_ORDINAL_NOUN_AFTER: Final[re.Pattern[str]] = re.compile(
    r"-[a-z]{3,}|[ \t]+(?P<w>[a-z]{3,})(?![\w'’-])"
)
_FRACTION_GOES_ON: Final[frozenset[str]] = frozenset(
    """higher lower larger smaller bigger greater cheaper fewer faster slower longer shorter
    wider narrower heavier lighter richer poorer older younger last next this year annually
    instead overall""".split()
)


def _ordinal_noun_follows(text: str, e: int) -> bool:
    m = _ORDINAL_NOUN_AFTER.match(text, e)
    if m is None:
        return False
    w = m.group("w")
    if w is None:
        return True  # "a fifth-floor apartment", "a third-degree burn"
    return (
        w not in _NOT_MODIFIERS
        and w not in _FRACTION_GOES_ON
        and w not in _units.UNIT_WORDS
        and w not in _WORDS
    )


_PER_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?i)\b(?:per|split|a[ \t]+split)[ \t]+$")
_A_SECOND_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?i)\b(?:a|one|each|every)[ \t]+$")
_TIME_SECOND_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*(?:[^\w \t]|$|(?i:later|earlier|ago|or|and|before|after|long|too|to)\b)"
)


# people named right before "under N" or "over N" are bounded by age
_PEOPLE_BEFORE_BOUND: Final[re.Pattern[str]] = re.compile(
    r"\b(?i:people|persons?|anyone|anybody|someone|everyone|children|child|kids|adults|"
    r"teens|teenagers|minors|youths?|women|men|girls|boys|those|students|drivers|patients|"
    r"residents|seniors|voters)[ \t]+$"
)
_HOW_BEFORE: Final[re.Pattern[str]] = re.compile(r"\b(?i:how|what)[ \t]+$")


def _prefix_qualifier(text: str, fig: _Fig) -> None:
    s = fig.start
    pc = _prev(text, s)
    qm = _QUAL_BEFORE.search(text, max(0, s - 34), s) if pc.isalpha() or pc in "<>=~≥≤." else None
    if qm:
        q = _norm_q(qm.group("q") or qm.group("qs"))
        if q == "about" and _HOW_BEFORE.search(text, max(0, qm.start() - 6), qm.start()):
            return  # "how about 2?" proposes a figure, it does not round one
        op, approx = _numbers.PREFIX_QUALIFIERS[q]
        if q in ("over", "under", "above", "below") and fig.kind == "ordinal":
            return
        if q == "some" and fig.kind in ("ordinal",):
            return
        fig.start = qm.start()
        _apply_qualifier(fig, q, op, approx)
        if (
            q in ("over", "under", "above", "below")
            and fig.kind == "count"
            and fig.unit is None
            and fig.value == fig.value.to_integral()
            and 0 < fig.value < 130
            and _PEOPLE_BEFORE_BOUND.search(text, max(0, fig.start - 16), fig.start)
        ):
            fig.kind, fig.unit = "age", "year"  # "children under 5", "anyone over 65"
        # "more than 5000 or equal to"
        om = _OR_EQUAL_AFTER.match(text, fig.end)
        if om and op in ("gt", "lt"):
            if op == "gt":
                fig.linc = True
            else:
                fig.hinc = True
            fig.end = om.end()
        if op not in ("approx", "eq"):
            return
    sm = _SUFFIX_QUAL_AFTER.match(text, fig.end)
    if sm:
        if sm.group("plus"):
            if fig.kind == "ordinal":
                return
            _apply_qualifier(fig, "+", "ge", False)
            fig.end = sm.end()
            return
        q = _norm_q(sm.group("q"))
        op = _numbers.SUFFIX_QUALIFIERS[q]
        if q.endswith("than") and re.match(r"[ \t]+[\d\w]", text[sm.end() : sm.end() + 2]):
            # "200 or greater than 190": the qualifier belongs to the next figure
            nm = re.match(
                r"[ \t]+(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten))",
                text[sm.end() : sm.end() + 7],
            )
            if nm:
                return
        _apply_qualifier(fig, q, op, False)
        fig.end = sm.end()
        if q.endswith(("older", "younger")) and fig.kind == "count" and fig.unit is None:
            fig.kind, fig.unit = "age", "year"  # "anyone 19 or older" speaks of age
        if text[fig.end - 2 : fig.end].lower() == "it":
            pass


# A score or a vote tally "X-Y" gives the two sides, in either order, not a range: it is told by
# a verb of winning or voting before it or a noun of outcome after it.
_TALLY_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?i:won|wins?|winning|lost|lose|loses|losing|beat|beats|beaten|defeated|edged|"
    r"voted|votes?|ruled|scored?|scores|tied|drew|draws?|trail(?:s|ed|ing)?|led|leads?|"
    r"record|margin)[ \t]+(?:(?i:by|of|at)[ \t]+)?(?:(?i:an?|the)[ \t]+)?$"
    r"|\b(?i:votes?|score|tally|count|result)[ \t]+(?i:was|is|were|stood[ \t]+at|ended)[ \t]+$"
)
_TALLY_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t-]+(?i:votes?|vote|win|wins|victory|loss|losses|defeat|decision|majority|ruling|"
    r"lead|margin|split|score|scoreline|record|tie|draw|verdict|count|tally|advantage)\b"
)


def _is_tally(text: str, start: int, end: int) -> bool:
    return bool(
        _TALLY_BEFORE.search(text, max(0, start - 24), start) or _TALLY_AFTER.match(text, end)
    )


def _try_range(text: str, fig: _Fig, num: _Num, nums: list[_Num], i: int) -> int:
    """Join ``fig`` with the next number into a range; return how many numbers were used."""
    nxt = nums[i]
    if nxt.kind not in ("num",) and not (nxt.kind == "ord" and num.kind == "ord"):
        return 0
    between = (
        _BETWEEN_BEFORE.search(text, max(0, fig.start - 20), fig.start)
        if _prev(text, fig.start).isalpha()
        else None
    )
    sep_from = fig.num_end if fig.end > fig.num_end and fig.unit is None else fig.end
    for start_at in {fig.end, sep_from, num.end}:
        m = _RANGE_SEP.match(text, start_at)
        if m is None:
            continue
        word = (m.group("w") or "").lower()
        if word in ("and",) and between is None:
            continue
        if word == "or" and (num.word != nxt.word or num.year_like or fig.unit is not None):
            continue  # "2019 or 2020", "5 km or 6": alternatives, not an estimate
        if word == "to" and between is not None and between.group("q").lower() == "between":
            pass
        dash = m.group("dash")
        if (
            dash
            and (text[m.start() : m.end()].count(" ") and not num.word)
            and fig.kind == "count"
            and fig.unit is None
        ):
            # "1000 - 5000" is fine; "2013 - 14" is not
            pass
        rest = m.end()
        tgt = nxt.start
        cm = _CUR_BEFORE.search(text, rest, tgt) if tgt > rest else None
        if cm is not None and cm.start() == rest and cm.end() <= tgt:
            rest = cm.end()
        if _SIGN_BEFORE.search(text, rest, tgt + 0) and tgt - rest <= 9:
            rest = tgt
        while rest < tgt and text[rest] in " \t":
            rest += 1
        if rest != tgt:
            continue
        if dash and num.year_like and nxt.end - nxt.start == 2:
            return 0
        if dash and num.word and nxt.word:
            return 0  # "three-nought-four" is a sequence; word ranges say "to"
        second = _decorate(text, nxt)
        if second is None or second.qual is not None:
            return 0
        lo_v, hi_v = fig.value, second.value
        unit, kind = fig.unit, fig.kind
        if fig.unit is None and second.unit is not None:
            unit, kind = second.unit, second.kind
            # shared multiplier: "between 30 and 50 million", "$30-50 million"
        elif fig.unit is not None and second.unit is not None and fig.unit != second.unit:
            return 0
        if kind == "year" and second.kind != "year":
            kind = "count"
        if fig.kind == "money" and second.kind != "money" and second.unit is None:
            unit, kind = fig.unit, "money"
        nxt_text = text[nxt.start : second.end].lower()
        second_scaled = (second.value != nxt.value and not nxt.word) or any(
            w in nxt_text for w in ("thousand", "million", "billion", "trillion")
        )
        first_scaled = fig.value != num.value or any(
            w in text[num.start : fig.end].lower()
            for w in ("thousand", "million", "billion", "trillion")
        )
        if second_scaled and not first_scaled and nxt.value != 0:
            mult = nxt.scale if nxt.scale != 1 else abs(second.value / nxt.value)
            if mult > 1 and lo_v * mult <= hi_v:
                lo_v = lo_v * mult
        if (
            dash
            and word == ""
            and fig.kind == "count"
            and fig.unit is None
            and second.unit is None
            and lo_v > hi_v
        ):
            return 0  # "won 3-1", "a 242-190 majority": a score or a tally, not a range
        if (
            dash
            and word == ""
            and fig.unit is None
            and second.unit is None
            and fig.kind == second.kind == "count"
            and _is_tally(text, fig.start, second.end)
        ):
            return 0  # "lost 2-3", "a 48-52 vote": the two sides of a score, not a range
        if word == "or":
            if not (_ONE <= lo_v < hi_v <= 2 * lo_v) or lo_v != lo_v.to_integral():
                return 0  # "1 or 5", "six or three": a choice between figures
            fig.approx = True  # "five or six people", "two or three times": an estimate
        low, high = (lo_v, hi_v) if lo_v <= hi_v else (hi_v, lo_v)
        fig.low, fig.high = low, high
        fig.value = low
        fig.unit, fig.kind = unit, kind
        if between is not None:
            fig.start = between.start()
            fig.qual = _norm_q(between.group("q"))
        fig.end = second.end
        fig.approx = fig.approx or second.approx
        return 1
    return 0


_COMPOUND_JOIN: Final[re.Pattern[str]] = re.compile(r"(?:[ \t]*,)?(?:[ \t]+and)?[ \t]+")
_INCHES_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]*(?:inch(?:es)?|in\.?|\"|″)(?![\w])")
_CENTS_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]*(?:(?P<c>cents?)(?![\w])|(?=[ \t]*(?:[.,;!?)]|$|more\b|and\b)))", re.IGNORECASE
)
_MAJOR_CURRENCY: Final[frozenset[str]] = frozenset({"USD", "EUR", "CNY", "CAD", "AUD", "GBP"})


def _try_compound(text: str, fig: _Fig, nums: list[_Num], i: int) -> int:
    """ "5 feet 2 inches", "thirteen dollars and forty-five cents", "15 USD 25"."""
    nxt = nums[i]
    if nxt.kind != "num" or fig.low != fig.high or fig.qual is not None:
        return 0
    m = _COMPOUND_JOIN.match(text, fig.end)
    if m is None or m.end() != nxt.start:
        return 0
    v = nxt.value
    if fig.unit == "foot" and 0 <= v < 12:
        im = _INCHES_AFTER.match(text, nxt.end)
        if im:
            fig.value += v / 12
            fig.end = im.end()
    elif fig.kind == "money" and fig.unit in _MAJOR_CURRENCY and 0 < v < 100 and v == int(v):
        if "million" in text[fig.start : fig.end].lower() or fig.value != int(fig.value):
            return 0
        cm = _CENTS_AFTER.match(text, nxt.end)
        if cm is None or (cm.group("c") is None and "," in m.group()):
            return 0
        fig.value += v / 100
        fig.end = cm.end() if cm.group("c") else nxt.end
    else:
        return 0
    fig.low = fig.high = fig.value
    return 1


_PLUS_MINUS: Final[re.Pattern[str]] = re.compile(r"[ \t]*(?:±|\+/-|\+-|\+/−)[ \t]*")


def _try_plus_minus(text: str, fig: _Fig, nums: list[_Num], i: int) -> int:
    """ "9.83 +/- 0.01 km": an interval around the value."""
    nxt = nums[i]
    at = fig.num_end if fig.unit is None else fig.end
    m = _PLUS_MINUS.match(text, at)
    if m is None or m.end() != nxt.start or nxt.kind != "num":
        return 0
    if fig.low is not None and fig.high is not None and fig.low != fig.high:
        return 0
    second = _decorate(text, nxt)
    if second is None or (fig.unit is not None and second.unit not in (None, fig.unit)):
        return 0
    u = abs(nxt.value)
    # "no more than 2.5±0.1 kg": the stated bound keeps its open side, the other widens by u
    if fig.low is not None:
        fig.low = fig.value - u
    if fig.high is not None:
        fig.high = fig.value + u
    fig.approx = True
    fig.qual = "±" if fig.qual is None else f"{fig.qual} ±"
    if fig.unit is None:
        fig.unit, fig.kind = second.unit, second.kind
    fig.end = max(fig.end, second.end)
    return 1


def _join_bounds(text: str, figs: list[_Fig]) -> None:
    """ "more than 10 and less than 20": two one-sided bounds joined into one interval."""
    k = 0
    while k + 1 < len(figs):
        a, b = figs[k], figs[k + 1]
        one_a = (a.low is None) != (a.high is None)
        one_b = (b.low is None) != (b.high is None)
        same = (a.unit == b.unit and a.kind == b.kind) or (
            (a.unit is None or b.unit is None) and "count" in (a.kind, b.kind)
        )
        if one_a and one_b and same:
            m = _BOUND_JOIN.match(text, a.end, b.start)
            if m and m.end() == b.start:
                low = a.low if a.low is not None else b.low
                high = a.high if a.high is not None else b.high
                if low is not None and high is not None and low < high:
                    a.low, a.high = low, high
                    a.linc = a.linc if a.low is not None and a.high is None else b.linc
                    if a.low is low and b.low is low:
                        a.linc = b.linc
                    a.hinc = b.hinc if b.high is high else a.hinc
                    a.end = b.end
                    a.qual = f"{a.qual} … {b.qual}"
                    if a.unit is None:
                        a.unit, a.kind = b.unit, b.kind
                    del figs[k + 1]
                    continue
        k += 1


# ----------------------------------------------------------------------------- comparison

_HUMAN: Final[frozenset[str]] = frozenset(
    """person man woman child death victim casualty fatality body dead life civilian soldier
    people resident citizen worker employee migrant refugee detainee prisoner hostage
    protester student patient passenger member troop""".split()
)

_APPROX_TOLERANCE: Final[Decimal] = Decimal("0.1")
_ROUNDING_TOLERANCE: Final[Decimal] = Decimal("0.005")


def _units_match(a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind:
        # a bare number can stand for a count of something; years and ordinals stand apart
        return {a.kind, b.kind} <= {"count", "age"} and (a.unit is None or b.unit is None)
    if a.unit == b.unit:
        return True
    if a.kind == "count":
        return a.unit is None or b.unit is None or (a.unit in _HUMAN and b.unit in _HUMAN)
    return False


def _tolerance(q: Quantity) -> Decimal:
    mag = max(
        abs(q.low) if q.low is not None else _ZERO, abs(q.high) if q.high is not None else _ZERO
    )
    return mag * (_APPROX_TOLERANCE if q.approximate else _ROUNDING_TOLERANCE)


def _gap(a: Quantity, b: Quantity) -> tuple[Decimal, bool]:
    """Distance between two intervals, and whether they share a point."""
    # a entirely below b?
    if (
        a.high is not None
        and b.low is not None
        and (a.high < b.low or (a.high == b.low and not (a.high_inclusive and b.low_inclusive)))
    ):
        return b.low - a.high, False
    if (
        b.high is not None
        and a.low is not None
        and (b.high < a.low or (b.high == a.low and not (b.high_inclusive and a.low_inclusive)))
    ):
        return a.low - b.high, False
    return _ZERO, True


def compare_quantities(a: Quantity, b: Quantity) -> Verdict:
    """Compare two figures: ``agree``, ``compatible``, ``conflict`` or ``incomparable``.

    The result is symmetric. Figures of different kinds or units are ``incomparable`` (a bare
    count and a count of people compare; "people" and "deaths" compare). Equal intervals
    ``agree``; overlapping intervals, or intervals that touch or lie within the rounding
    tolerance (10 % of the larger bound when either side is approximate, 0.5 % otherwise), are
    ``compatible``; disjoint intervals beyond it are a ``conflict``.

    Raises:
        InvalidArgument: if either argument is not a :class:`~factcheck.model.Quantity`.

    >>> a = parse_quantities("killed 100 people")[0]
    >>> b = parse_quantities("more than one hundred deaths")[0]
    >>> compare_quantities(a, b).value
    'compatible'
    >>> compare_quantities(parse_quantities("40 deaths")[0], b).value
    'conflict'
    >>> c = parse_quantities("$100bn")[0]
    >>> compare_quantities(c, parse_quantities("100 billion dollars")[0]).value
    'agree'
    """
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, Quantity):
            msg = f"{name}={value!r} must be a Quantity"
            raise InvalidArgument(msg)
    if not _units_match(a, b):
        return Verdict.INCOMPARABLE
    if (a.low, a.high, a.low_inclusive or a.low is None, a.high_inclusive or a.high is None) == (
        b.low,
        b.high,
        b.low_inclusive or b.low is None,
        b.high_inclusive or b.high is None,
    ):
        return Verdict.AGREE
    distance, overlap = _gap(a, b)
    if overlap:
        return Verdict.COMPATIBLE
    if distance <= max(_tolerance(a), _tolerance(b)):
        return Verdict.COMPATIBLE
    return Verdict.CONFLICT
