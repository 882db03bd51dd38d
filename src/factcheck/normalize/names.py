"""Names of people, organizations and places, and when two mentions mean the same one.

The stage works without any model download: a single compiled pattern finds runs of capitalized
words (with Unicode letters, initials, name particles, apostrophes and hyphens), and small
gazetteers (:mod:`factcheck.normalize._gazetteer`, :mod:`factcheck.normalize._titles`) tell
people, organizations and places apart. Evidence from the text itself decides the hard cases:
a sentence-initial or headline word is a name only when the same text also capitalizes it in
mid-sentence, or a gazetteer knows it.

Within one text, a short form ("Maduro") resolves to the full name introduced in the same text
("Nicolás Maduro"); when it fits two people, the title or the nearest preceding full mention
decides, and when neither does it stays ambiguous (its canonical key is its own folded form).

.. versionadded:: 0.1
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from factcheck.errors import ExtractorError, InvalidArgument, SpanError
from factcheck.model import NameMention, PersonName, Span, Verdict
from factcheck.normalize import _gazetteer as _gz
from factcheck.normalize import _titles as _tt

__all__ = [
    "NameExtractor",
    "compare_names",
    "fold",
    "name_key",
    "parse_names",
    "parse_person_name",
    "persons_compatible",
]

# ---------------------------------------------------------------------------------- folding

_TYPO = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u02bb": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u00a0": " ",
        "\u00f8": "o",
        "\u00d8": "O",
        "\u0142": "l",
        "\u0141": "L",
        "\u0111": "d",
        "\u0110": "D",
        "\u00e6": "ae",
        "\u00c6": "AE",
        "\u0153": "oe",
        "\u0152": "OE",
        "\u0131": "i",
        "\u00df": "ss",
        "\u00fe": "th",
        "\u00f0": "d",
    }
)


def _check_str(name: str, value: object) -> str:
    if not isinstance(value, str):
        msg = f"{name}={value!r} must be a str"
        raise InvalidArgument(msg)
    return value


def fold(text: str) -> str:
    """Fold accents, typography and case, keeping everything else.

    Args:
        text: any string.

    Returns:
        ``text`` without accents, with typographic quotes and dashes made plain, case-folded.

    Raises:
        InvalidArgument: if ``text`` is not a ``str``.

    >>> fold("Rodríguez")
    'rodriguez'
    >>> fold("Charge d’Affaires")
    "charge d'affaires"
    """
    _check_str("text", text)
    if text.isascii():
        return text.casefold()
    plain = text.translate(_TYPO)
    if not plain.isascii():
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold()


_KEY_DROP = re.compile(r"[.\"()\[\]]+")
_KEY_SPACE = re.compile(r"[\s\-]+")


def name_key(text: str) -> str:
    """The comparison key of a name: folded, periods dropped, hyphens and spaces made one space.

    Args:
        text: a name as written.

    Returns:
        The key, e.g. ``"john t mcnamara"``.

    >>> name_key("John T. McNamara")
    'john t mcnamara'
    >>> name_key("U.S.")
    'us'
    """
    folded = fold(text)
    folded = _KEY_DROP.sub("", folded)
    return _KEY_SPACE.sub(" ", folded).strip(" ,;:'")


def _alias(key: str) -> str:
    """The canonical key of an entity from a mention's key, through the alias tables."""
    got = _gz.ALIASES.get(key)
    if got is not None:
        return got
    if key.startswith("the "):
        rest = key[4:]
        return _gz.ALIASES.get(rest, rest)
    return key


# ---------------------------------------------------------------------------------- patterns


def _upper_class() -> str:
    """The body of a regex character class of the upper-case letters of European scripts.

    Latin (with its extensions), Greek and Cyrillic only: a class of every upper-case letter
    Unicode knows is several times slower to scan with, and names in other scripts have no case.
    """
    blocks = ((0x41, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1EFF))
    ranges: list[tuple[int, int]] = []
    for lo_block, hi_block in blocks:
        for cp in range(lo_block, hi_block + 1):
            ch = chr(cp)
            if ch.isupper() or ch.istitle():
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1] = (ranges[-1][0], cp)
                else:
                    ranges.append((cp, cp))
    parts = []
    for lo, hi in ranges:
        esc_lo = re.escape(chr(lo))
        parts.append(esc_lo if lo == hi else f"{esc_lo}-{re.escape(chr(hi))}")
    return "".join(parts)


_U_BODY = _upper_class()
_U = f"[{_U_BODY}]"
_L = r"[^\W\d_]"
_APOS = "'\u2019"
# A capitalized word: "McNamara", "O'Reilly", "Times-News"; never a possessive "'s".
_WORD = rf"{_U}{_L}*(?:(?:[{_APOS}](?!s\b)|-(?={_U})){_L}+)*"
_ACRONYM = rf"{_U}\.(?:{_U}\.)+"
_INITIAL = rf"{_U}\.(?=[ \u00a0]{_U})"
_PREFIXED = rf"(?:al|el|bin|ibn|abu|ben)-{_U}{_L}*"
_TOKEN = rf"(?:{_ACRONYM}|{_INITIAL}|{_PREFIXED}|{_WORD})"
_PARTICLE = (
    r"(?:de|del|della|der|den|da|das|do|dos|du|di|van|von|la|le|las|los|y|bin|ibn|al|el|ter|zu)"
)
_SEP = rf"[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,3}}"
_RUN = re.compile(rf"(?<![\w{_APOS}\-.]){_TOKEN}(?:{_SEP}{_TOKEN})*")
_SPACE_SPLIT = re.compile(r"[^ \u00a0]+")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]+(?![\w])")
_OF_GAP = re.compile(r"[ \u00a0]of(?:[ \u00a0]the)?[ \u00a0]")
_DATELINE = re.compile(
    rf"^[ \t]*({_U}[{_U_BODY}.'\u2019\-]+(?:[ ]{_U}[{_U_BODY}.'\u2019\-]+){{0,3}})"
    rf"(?:,[ ]+({_U}[a-z]+\.?(?:[ ]{_U}[a-z]+\.?)?))?"
    r"[ ]*(?:\([^()\n]{1,20}\)[ ]*)?[\u2013\u2014\-]",
    re.MULTILINE,
)
_STATE_AFTER = re.compile(rf",[ \u00a0]+({_U}[a-z]+|{_U}\.{_U}\.)\.?(?![\w])")
_SENT_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n")
_OF_TITLES = frozenset("chief secretary minister director head commander".split())
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]{0,5}")
#: Generational suffixes that end a name ("Jr.", "III"): one family, two people.
GENERATIONAL = frozenset("jr jnr sr snr ii iii iv".split())
_US_STATES = frozenset(_gz.STATE_ABBREVIATIONS.values())
_TITLE_ABBREV = frozenset(
    "mr mrs ms dr prof rev fr sen rep gov lt gen col maj capt sgt cpl adm cmdr det insp supt "
    "st hon pres amb messrs mme mlle sr jr".split()
)
_OPENERS = "\"'\u201c\u2018\u00ab([*\u2022"
_CLOSERS = ".!?:"

# ---------------------------------------------------------------------------------- tokens


class _Tok:
    """A word of a capitalized run, with its folded key (periods dropped)."""

    __slots__ = ("end", "key", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = (text.lower() if text.isascii() else fold(text)).replace(".", "")


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group()) for m in _SPACE_SPLIT.finditer(text, start, end)]


def _is_acronym(tok: _Tok) -> bool:
    t = tok.text.replace(".", "")
    return len(t) >= 2 and t.isupper()


_PARTICLE_KEYS = frozenset(
    "de del della der den da das do dos du di van von la le las los y bin ibn al el ter zu".split()
)


def _known(key: str) -> bool:
    return (
        key in _gz.PLACES
        or key in _gz.ALIASES
        or key in _gz.KNOWN_ORGS
        or key in _gz.ORG_ACRONYMS
        or key in _gz.FIRST_NAMES
    )


def _titleish(tok: _Tok) -> bool:
    k = tok.key
    return (
        k in _tt.TITLE_HEADS
        or k in _tt.PERSON_TITLES
        or k in _tt.TITLE_MODIFIERS
        or k in _gz.NATIONALITIES
        or k in _gz.PLACES
        or k in _gz.ORG_ACRONYMS
        or k in _gz.KNOWN_ORGS
        or k in _gz.ORG_WORDS
        or _is_acronym(tok)
    )


def _is_head(tok: _Tok) -> bool:
    k = tok.key
    return (k in _tt.TITLE_HEADS or k in _tt.PERSON_TITLES) and k not in {"us", "u.s", "the"}


# ---------------------------------------------------------------------------------- context


_HEADLINE_MAX = 200


class _Context:
    """Per-text facts computed once: line starts, headline lines, evidence, lower-case words."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Lines are found around the positions asked about, not listed up front: a text of
        # millions of blank lines costs nothing until a name stands on one of them.
        self._one_line = "\n" not in text
        self._headline: dict[int, bool] = {}
        self._lower: set[str] | None = None
        self._breaks: list[int] | None = None
        self.evidence: set[str] = set()

    def is_headline(self, pos: int) -> bool:
        """Whether ``pos`` stands on a short line that reads like a headline.

        Only the 200 characters either side are looked at: a longer line is no headline, and a
        text of one very long line or of millions of blank lines costs no more than any other.
        """
        if self._one_line:
            return False
        lo = max(0, pos - _HEADLINE_MAX)
        cut = self.text.rfind("\n", lo, pos)
        if cut < 0 and lo > 0:
            return False
        start = cut + 1
        got = self._headline.get(start)
        if got is None:
            end = self.text.find("\n", pos, start + _HEADLINE_MAX + 1)
            if end < 0:
                end = len(self.text) if len(self.text) - start <= _HEADLINE_MAX else -1
            got = (
                end >= 0
                and end - start < _HEADLINE_MAX
                and _looks_like_headline(self.text[start:end])
            )
            self._headline[start] = got
        return got

    def lower_words(self) -> set[str]:
        if self._lower is None:
            self._lower = set(_LOWER_WORD.findall(self.text))
        return self._lower

    def sentence_of(self, pos: int) -> int:
        if self._breaks is None:
            self._breaks = [m.end() for m in _SENT_BREAK.finditer(self.text)]
        return bisect.bisect_right(self._breaks, pos)


def _looks_like_headline(line: str) -> bool:
    """A short line of mostly capitalized words without closing punctuation."""
    s = line.strip()
    if not s or s[-1] in '.!?:;,"\u201d\u2019)\u2026':
        return False
    words = s.split()
    if len(words) > 14:
        return False
    long_words = [w for w in words if len(w) > 3]
    if not long_words:
        return words[0][:1].isupper()
    caps = sum(1 for w in long_words if w[:1].isupper())
    return caps / len(long_words) >= 0.6


def _initial_like(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` starts a sentence, a line or a quotation."""
    i = pos - 1
    quoted = False
    while i >= 0 and pos - i < 12:
        c = text[i]
        if c in " \t\u00a0":
            i -= 1
            continue
        if c in _OPENERS:
            quoted = True
            i -= 1
            continue
        break
    if i < 0 or text[i] in "\n\r":
        return True
    if quoted:
        return True
    c = text[i]
    if c in "!?:":
        return True
    if c == ".":
        # "Dr. John Doe", "John T. McNamara": a title abbreviation or an initial is no sentence end
        j = i - 1
        while j >= 0 and (text[j].isalpha() or text[j] == "."):
            j -= 1
        word = text[j + 1 : i].replace(".", "").lower()
        return not (word in _TITLE_ABBREV or len(word) == 1)
    return False


# ---------------------------------------------------------------------------------- mentions


class _Cand:
    """A name candidate before short-form resolution."""

    __slots__ = ("canonical", "end", "key", "kind", "start", "title", "title_start", "toks")

    def __init__(
        self, toks: list[_Tok], kind: str, key: str, canonical: str, title: str | None
    ) -> None:
        self.toks = toks
        self.start = toks[0].start
        self.end = toks[-1].end
        self.kind = kind
        self.key = key
        self.canonical = canonical
        self.title = title
        self.title_start = self.start


def _lookback_title(text: str, start: int, have_title: bool) -> int | None:
    """Start offset of a lower-case title before ``start`` ("opposition leader"), or None."""
    if start < 2 or text[start - 1] not in " \u00a0":
        return None
    if not have_title:
        # the cheap common case: the word before the name is no title
        near = text[max(0, start - 30) : start].split()
        if not near:
            return None
        k = fold(near[-1]).strip(".")
        if k.startswith(("d'", "l'")):
            k = k[2:]
        if k not in _tt.TITLE_HEADS and k not in _tt.PERSON_TITLES:
            return None
    window_start = max(0, start - 90)
    window = text[window_start:start]
    words = list(_SPACE_SPLIT.finditer(window))
    found: int | None = None
    head_seen = have_title
    for m in reversed(words):
        w = m.group()
        if w[-1] in ',;:()"\u201c\u201d':
            break
        k = fold(w).strip(".")
        if k.startswith(("d'", "l'")):
            k = k[2:]
        if k in _tt.TITLE_HEADS or (k in _tt.PERSON_TITLES and k not in {"us", "his", "her"}):
            head_seen = True
            found = window_start + m.start()
            continue
        if not head_seen:
            break
        if k in _tt.TITLE_MODIFIERS or k in _gz.NATIONALITIES or _is_acronym(_Tok(0, 0, w)):
            if k in {"the", "of", "for", "de"}:
                break
            found = window_start + m.start()
            continue
        break
    return found


def _classify(toks: list[_Tok], key: str, has_title: bool) -> tuple[str, str]:
    """Kind and canonical key of a name from its words."""
    return _classify_keys(tuple(t.key for t in toks), _is_acronym(toks[0]), key, has_title)


@functools.lru_cache(maxsize=16384)
def _classify_keys(
    keys: tuple[str, ...], first_is_acronym: bool, key: str, has_title: bool
) -> tuple[str, str]:
    """:func:`_classify` on the words' keys; cached, since news repeats its names."""
    canonical = _alias(key)
    last = keys[-1].split("-")[-1]
    if has_title:
        return "person", canonical
    if key in _gz.PLACES or canonical in _gz.PLACES:
        return "place", canonical
    if key in _gz.KNOWN_ORGS or key in _gz.ORG_ACRONYMS or canonical in _gz.KNOWN_ORGS:
        return "organization", canonical
    if canonical != key and key not in _gz.ORG_ACRONYMS:
        # a known person's full legal name, or an organization alias
        if " " in canonical and last not in _gz.ORG_WORDS and not first_is_acronym:
            return "person", canonical
        return "organization", canonical
    if "of" in keys[1:-1]:
        head = keys[keys.index("of") - 1]
        if head in _gz.ORG_WORDS:
            return "organization", canonical
        if head in _gz.PLACE_WORDS or head in _gz.PLACES:
            return "place", canonical
    if len(keys) >= 2 and last in _gz.ORG_WORDS:
        first = keys[0]
        if first in _gz.ALIASES and _gz.ALIASES[first] in _gz.PLACES:
            canonical = _alias(key[len(first) + 1 :])
            canonical = (
                f"{_gz.ALIASES[first]} {canonical}"
                if canonical == key[len(first) + 1 :]
                else canonical
            )
        return "organization", canonical
    if len(keys) >= 2 and last in _gz.PLACE_WORDS:
        return "place", canonical
    if len(keys) >= 2 and (last in _gz.OTHER_WORDS or keys[0] in _gz.OTHER_FIRST_WORDS):
        return "other", canonical  # "Affordable Care Act", "Hurricane Sandy", "Super Bowl"
    if len(keys) >= 2 and (last in _gz.ORG_ACRONYMS or keys[0] in _gz.ORG_FIRST_WORDS):
        return "organization", canonical  # "House GOP", "National Enquirer"
    if len(keys) == 1:
        if first_is_acronym and len(key) <= 6:
            return "organization", canonical
        if key in _gz.FIRST_NAMES:
            return "person", canonical
        return "other", canonical
    if len(keys) <= 5 and not any(k in _gz.NATIONALITIES for k in keys):
        words = canonical.split()
        while len(words) > 2 and words[-1] in GENERATIONAL:
            words.pop()  # "Robert Lee Adams Jr." is Robert Lee Adams
        return "person", " ".join(words)
    return "other", canonical


def _segments(
    toks: list[_Tok], ctx: _Context, initial: bool, headline: bool
) -> Iterator[list[_Tok]]:
    """Split a run's words at words that cannot belong to a name."""
    seg: list[_Tok] = []
    for i, tok in enumerate(toks):
        k = tok.key
        drop = False
        if k in _gz.CALENDAR_WORDS and not (seg and k in {"may", "march", "sun"}):
            drop = True
        elif _PARTY_STATE.fullmatch(tok.text) is not None:
            drop = True  # "Sen. Charles Schumer, D-N.Y.": party and state
        elif (
            tok.text.isupper()
            and len(k) >= 2
            and not _known(k)
            and k not in _gz.STATE_ABBREVIATIONS
        ):
            # shouted words ("FIRST ON FOX", "WASHINGTON") unless an acronym
            drop = len(k) > 5 or k in _gz.COMMON_WORDS or k in _gz.SHOUTED_WORDS
        elif (
            k in _gz.COMMON_WORDS
            and not (_known(k) and (tok.text.isupper() or "." in tok.text or len(k) > 3))
            and (not seg or seg[-1].text.endswith("."))
        ):
            # "U.S. The": an acronym's period can end a sentence; "Us" and "Who" are words
            # where "US" and "WHO" are names
            drop = True
        elif headline or (initial and i == 0):
            confirmed = (
                k in ctx.evidence
                or _known(k)
                or k in _tt.PERSON_TITLES
                or k in _tt.TITLE_HEADS
                or (k in _tt.TITLE_MODIFIERS and not headline and len(toks) > 1)
                # the surname after a known given name: "Joe Biden" in a headline
                or (bool(seg) and seg[-1].key in _gz.FIRST_NAMES and i > 0)
            )
            if not confirmed:
                # a word never written in lower case in this text may be a name ("Rodriguez
                # said"); inflected forms and plurals ("Exchanges are") are not
                drop = (
                    headline
                    or k in ctx.lower_words()
                    or k.endswith(("ing", "ed", "ly"))
                    or (len(toks) == 1 and k.endswith("s") and not k.endswith(("ss", "us", "es")))
                )
        if drop:
            if seg:
                yield seg
            seg = []
            continue
        seg.append(tok)
    if seg:
        yield seg


def _split_before_given_name(seg: list[_Tok]) -> list[list[_Tok]]:
    """Split "Daily News Joseph Brown" before a given name that starts a full name.

    A given name from the gazetteer, with at least a surname after it, after a word that is
    neither a given name nor a title, starts a new name: photo credits and headings often run
    into the name that follows them.
    """
    for i in range(1, len(seg) - 1):
        if (
            seg[i].key in _gz.FIRST_NAMES
            and seg[i].text[:1].isupper()
            and not seg[i].text.isupper()
        ):
            prev = seg[i - 1]
            if prev.key in _gz.FIRST_NAMES or _is_head(prev) or prev.key in _PARTICLE_KEYS:
                continue
            if prev.text.endswith(".") and len(prev.text) == 2:
                continue  # an initial: "J. Robert Oppenheimer"
            if any(_is_head(t) for t in seg[:i]):
                continue  # a title before the name: "Minister of Foreign Affairs Yvan Gil"
            return [seg[:i], *_split_before_given_name(seg[i:])]
    return [seg]


def _trim(seg: list[_Tok]) -> list[_Tok]:
    while (
        seg
        and (seg[-1].key in _gz.COMMON_WORDS or seg[-1].key in _PARTICLE_KEYS)
        and not _known(seg[-1].key)
        and not (len(seg) > 1 and seg[-1].key in _gz.CALENDAR_WORDS)  # "Theresa May"
    ):
        seg = seg[:-1]
    while seg and seg[0].key in _PARTICLE_KEYS:
        seg = seg[1:]
    return seg


def _last_word(text: str, start: int, end: int) -> str:
    """The folded last word of ``text[start:end]``, looking at no more than 40 characters."""
    tail = text[max(start, end - 40) : end]
    return fold(tail.rsplit(None, 1)[-1]) if tail.strip() else ""


def _candidates(text: str, ctx: _Context) -> list[_Cand]:
    runs: list[tuple[int, int]] = [(m.start(), m.end()) for m in _RUN.finditer(text)]
    # "Bureau of Investigation", "United States of America": join runs across "of (the)"
    merged: list[tuple[int, int]] = []
    prev_last = ""
    for start, end in runs:
        if merged:
            pstart, pend = merged[-1]
            if (
                start - pend <= 8
                and (prev_last in _gz.OF_HEADS or prev_last in _OF_TITLES)
                and _OF_GAP.fullmatch(text, pend, start) is not None
            ):
                merged[-1] = (pstart, end)
                prev_last = _last_word(text, start, end)
                continue
        merged.append((start, end))
        prev_last = _last_word(text, start, end)

    datelines: dict[int, int] = {}
    for m in _DATELINE.finditer(text):
        datelines[m.start(1)] = m.end(1)

    infos: list[tuple[list[_Tok], bool, bool]] = []
    for start, end in merged:
        toks = _tokens(text, start, end)
        headline = ctx.is_headline(start)
        initial = _initial_like(text, start)
        infos.append((toks, initial, headline))
        if not headline:
            for tok in toks[1:] if initial else toks:
                if not tok.text.isupper():
                    ctx.evidence.add(tok.key)

    out: list[_Cand] = []
    for toks, initial, headline in infos:
        if toks[0].start in datelines:
            key = name_key(text[toks[0].start : datelines[toks[0].start]])
            dl_toks = [t for t in toks if t.end <= datelines[toks[0].start]]
            if dl_toks:
                out.append(_Cand(dl_toks, "place", key, _alias(key), None))
                continue
        whole = " ".join(t.key for t in toks)
        if len(toks) > 1 and (whole in _gz.PLACES or whole in _gz.KNOWN_ORGS):
            kind, canonical = _classify(toks, whole, has_title=False)
            out.append(_Cand(toks, kind, whole, canonical, None))
            continue
        for raw in _segments(toks, ctx, initial, headline):
            for part in _split_before_given_name(_trim(raw)):
                seg = _trim(part)
                if seg:
                    out.extend(_name_of_segment(text, seg))
    return out


def _organization_before_title(seg: list[_Tok]) -> int:
    """Where a title head follows an organization's name of two words or more inside one run
    ("Human Rights Campaign President Chad Griffin", "Acme Corp. CEO Jane Doe"), with a name of
    two words after it; 0 when there is none."""
    for h in range(2, len(seg) - 2):
        if (
            _is_head(seg[h])
            and seg[h - 1].key in _gz.ORG_WORDS
            and not _titleish(seg[0])
            and not any(_is_head(t) for t in seg[h + 1 :])
        ):
            return h
    return 0


def _name_of_segment(text: str, seg: list[_Tok]) -> list[_Cand]:
    """Title, modifiers and name of one segment: "US President Donald Trump"."""
    split = _organization_before_title(seg)
    if split:
        # "Human Rights Campaign President Chad Griffin": the organization, then its officer
        org = seg[:split]
        key = " ".join(t.key for t in org)
        _, canonical = _classify(org, key, has_title=False)
        return [
            _Cand(org, "organization", key, canonical, None),
            *_name_of_segment(text, seg[split:]),
        ]
    out: list[_Cand] = []
    n = len(seg)
    # in-run title: title-like words followed by at least one name word
    i = 0
    last_head = -1
    while i < n - 1:
        t = seg[i]
        if t.key == "of" and last_head == i - 1 and i + 1 < n - 1:
            # "Secretary of State", "Chief of Staff", "Minister of Foreign Affairs": the words
            # after "of" complete the title while a name of two words or more is left after them
            j = i + 1
            if seg[j].key == "the" and j + 1 < n - 1:
                j += 1
            while n - (j + 1) > 2 and seg[j + 1].key not in _gz.FIRST_NAMES:
                j += 1
            last_head = j
            i = j + 1
            continue
        if not _titleish(t):
            break
        if _is_head(t):
            last_head = i
        i += 1
    if (
        last_head < 0
        and n >= 1
        and _is_head(seg[-1])
        and all(_titleish(t) or t.key in _gz.COMMON_WORDS for t in seg)
    ):
        return out  # a title alone: "President", "First Lady"
    title_start: int | None = None
    name = seg
    if last_head >= 0:
        name = seg[last_head + 1 :]
        # modifiers that are places or organizations are mentions in their own right
        mods_end = 0
        for j in range(last_head + 1):
            t = seg[j]
            if _is_head(t) or t.key in _tt.TITLE_MODIFIERS:
                break
            mods_end = j + 1
        for j in range(mods_end):
            t = seg[j]
            if t.key in _gz.NATIONALITIES:
                continue
            kind, canonical = _classify([t], t.key, has_title=False)
            if kind in ("place", "organization"):
                out.append(_Cand([t], kind, t.key, canonical, None))
        title_start = seg[0].start
    elif _is_head(seg[-1]) and n > 1:
        # "Constitutional President", "Police Chief": a title with no name
        return out
    key = " ".join(t.key for t in name).replace("-", " ")
    if not name or key in _gz.NATIONALITIES or all(t.key in _gz.NATIONALITIES for t in name):
        return out
    # a title with no name in the run may stand before it in lower case: "opposition leader X"
    kind0, _ = _classify(name, key, has_title=False)
    if kind0 in ("person", "other") or last_head >= 0:
        look = _lookback_title(
            text, title_start if title_start is not None else name[0].start, last_head >= 0
        )
        if look is not None:
            title_start = look
    title = None
    if title_start is not None:
        title = " ".join(text[title_start : name[0].start].split()) or None
    kind, canonical = _classify(
        name, key, has_title=title is not None and kind0 in ("person", "other")
    )
    cand = _Cand(name, kind, key, canonical, title)
    if title_start is not None:
        cand.title_start = title_start
    out.append(cand)
    return out


# ---------------------------------------------------------------------------------- persons


def _initials_ok(a: str, b: str) -> bool:
    """Two given-name words agree: equal, or one is the other's initial."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return False


def persons_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two full names (word lists of two words or more) can denote one person.

    First and last words must agree (an initial agrees with a word of that letter); middle
    words are optional, but when both names have them they must agree in order. "John T.
    McNamara" fits "John McNamara"; "Nicolás Maduro Guerra" does not fit "Nicolás Maduro".
    """
    if len(a) < 2 or len(b) < 2:
        return False
    if not _initials_ok(a[0], b[0]) or a[-1] != b[-1]:
        return False
    ma, mb = a[1:-1], b[1:-1]
    if not ma or not mb:
        return True
    if len(ma) != len(mb):
        short, long_ = (ma, mb) if len(ma) < len(mb) else (mb, ma)
        it = iter(long_)
        return all(any(_initials_ok(s, x) for x in it) for s in short)
    return all(_initials_ok(x, y) for x, y in zip(ma, mb, strict=True))


def _resolve(cands: list[_Cand], ctx: _Context) -> None:
    """Resolve short forms and name variants to the full names of the same text, in place."""
    # Each distinct full name once per surname, and per tail word each distinct full name with
    # the positions of its mentions: a text that repeats one name 10,000 times costs 10,000
    # steps, not 10,000 squared.
    by_last: dict[str, dict[tuple[str, ...], list[str]]] = {}
    by_tail: dict[str, dict[str, tuple[list[str], list[int], list[_Cand]]]] = {}
    for idx, c in enumerate(cands):
        if c.kind != "person" or " " not in c.canonical:
            continue
        words = c.canonical.split()
        known = by_last.setdefault(words[-1], {})
        if tuple(words) not in known:
            for w in known.values():
                if persons_compatible(w, words):
                    c.canonical = " ".join(w)
                    words = w
                    break
            else:
                known[tuple(words)] = words
        for tail_word in set(words[1:]):
            entry = by_tail.setdefault(tail_word, {}).setdefault(c.canonical, (words, [], []))
            entry[1].append(idx)
            entry[2].append(c)
    if not by_tail:
        return
    for idx, c in enumerate(cands):
        if c.kind not in ("person", "other") or len(c.toks) > 2:
            continue
        words = c.key.split()
        if not words or words[0] not in by_tail or c.key in _gz.ORG_WORDS or _known(c.key):
            continue
        if len(words) == 2 and words[0] in _gz.FIRST_NAMES:
            continue  # "Larry Zamora" is a full name, not the tail of a longer one
        n = len(words)
        matches: dict[str, tuple[list[int], list[_Cand]]] = {}
        for canonical, (fw, positions, full) in by_tail[words[0]].items():
            if len(fw) <= n or positions == [idx]:
                continue
            tail = fw[1:]
            if n == 1 or any(tail[j : j + n] == words for j in range(len(tail) - n + 1)):
                matches[canonical] = (positions, full)
        if not matches:
            continue
        chosen: str | None = None
        if len(matches) == 1:
            chosen = next(iter(matches))
        else:
            if c.title:
                head = fold(c.title).split()[-1]
                titled = [
                    k
                    for k, (_, full) in matches.items()
                    if any(f.title and fold(f.title).split()[-1] == head for f in full)
                ]
                if len(titled) == 1:
                    chosen = titled[0]
            if chosen is None:
                # the nearest mention of each full name before this one (positions are sorted)
                before = {
                    k: positions[bisect.bisect_left(positions, idx) - 1]
                    for k, (positions, _) in matches.items()
                    if positions[0] < idx
                }
                preceding = sorted(((f, k) for k, f in before.items()), reverse=True)
                if len(preceding) == 1:
                    chosen = preceding[0][1]
                elif len(preceding) >= 2:
                    near, runner = preceding[0][0], preceding[1][0]
                    if ctx.sentence_of(cands[near].start) != ctx.sentence_of(cands[runner].start):
                        chosen = preceding[0][1]
        if chosen is not None:
            c.canonical = chosen
            c.kind = "person"


# ---------------------------------------------------------------------------------- public


@runtime_checkable
class NameExtractor(Protocol):
    """A pluggable name finder: any callable from a text to name mentions in it.

    Its mentions must index the text it gets (``text[m.span.start:m.span.end] == m.text``).
    An optional ``name`` attribute names it in errors. See
    :class:`factcheck.normalize.names_spacy.SpacyNameExtractor` for one built on spaCy.
    """

    def __call__(self, text: str, /) -> Iterable[NameMention]:
        """Return the name mentions found in ``text``."""
        ...


def parse_names(text: str, *, extractors: Sequence[NameExtractor] = ()) -> list[NameMention]:
    """Find every mention of a person, organization or place in ``text``.

    Each mention's span covers the name itself: a title before it goes to ``.title`` and a
    possessive "'s" after it is left out. ``canonical`` is the folded key of the entity the
    mention refers to: short forms resolve to a full name introduced in the same text, and
    aliases resolve through the alias tables ("U.S." → ``"united states"``).

    Args:
        text: one source's text, exactly as given.
        extractors: more name finders (e.g. a spaCy model) whose mentions fill in where the
            rules found nothing; where both found a name, the rules' span stays and the
            extractor's kind replaces a kind of ``other``.

    Returns:
        The mentions in order of their start offset, without overlaps.

    Raises:
        InvalidArgument: if ``text`` is not a ``str``.
        ExtractorError: if an extractor raises or returns mentions that do not index ``text``;
            the original exception is chained.

    >>> found = parse_names("Nicolás Maduro spoke. Maduro’s aide left.")
    >>> [(m.text, m.kind, m.canonical) for m in found]
    [('Nicolás Maduro', 'person', 'nicolas maduro'), ('Maduro', 'person', 'nicolas maduro')]
    >>> m = parse_names("He met Foreign Minister Yvan Gil in Caracas.")[0]
    >>> (m.text, m.title)
    ('Yvan Gil', 'Foreign Minister')
    """
    _check_str("text", text)
    if not text:
        return []
    ctx = _Context(text)
    cands = _candidates(text, ctx)
    if extractors:
        cands = _merge_extracted(text, cands, extractors)
    _mark_city_state(text, cands)
    _resolve(cands, ctx)
    out: list[NameMention] = []
    last_end = -1
    for c in cands:
        if c.start < last_end:
            continue
        # a capitalized title word seen as a name of its own ("Interim" of "Interim leader X")
        while out and out[-1].kind == "other" and out[-1].span.start >= c.title_start:
            out.pop()
        out.append(
            NameMention(Span(c.start, c.end), text[c.start : c.end], c.kind, c.canonical, c.title)
        )
        last_end = c.end
    return out


def _extractor_name(extractor: object) -> str:
    name = getattr(extractor, "name", None)
    if isinstance(name, str):
        return name
    return str(getattr(extractor, "__name__", type(extractor).__name__))


def _merge_extracted(
    text: str, cands: list[_Cand], extractors: Sequence[NameExtractor]
) -> list[_Cand]:
    """Add the mentions of pluggable extractors where the rules found no name."""
    if isinstance(extractors, (str, bytes)) or not isinstance(extractors, Sequence):
        msg = f"extractors={extractors!r} must be a sequence of callables"
        raise InvalidArgument(msg)
    extra: list[_Cand] = []
    for extractor in extractors:
        if not callable(extractor):
            msg = f"extractors holds {extractor!r}, which is not callable"
            raise InvalidArgument(msg)
        name = _extractor_name(extractor)
        try:
            found = list(extractor(text))
            for m in found:
                if not isinstance(m, NameMention):
                    msg = f"{m!r} is not a NameMention"
                    raise TypeError(msg)
                if m.span.slice(text) != m.text:
                    msg = f"mention {m!r} does not index the text"
                    raise SpanError(msg)
        except Exception as exc:
            raise ExtractorError(name, "<text>") from exc
        for m in found:
            toks = _tokens(text, m.span.start, m.span.end)
            if not toks:
                continue
            key = name_key(m.text)
            extra.append(_Cand(toks, m.kind, key, _alias(key), m.title))
    if not extra:
        return cands
    merged = list(cands)
    starts = [c.start for c in merged]
    for e in sorted(extra, key=lambda c: (c.start, c.end)):
        i = bisect.bisect_left(starts, e.start)
        near = [c for c in merged[max(0, i - 1) : i + 2] if c.start < e.end and e.start < c.end]
        if near:
            for c in near:
                if c.kind == "other" and (c.start, c.end) == (e.start, e.end) and e.kind != "other":
                    c.kind = e.kind
            continue
        merged.insert(i, e)
        starts.insert(i, e.start)
    return merged


def _mark_city_state(text: str, cands: list[_Cand]) -> None:
    """ "Bristol, Tenn.": a name followed by a US state is a place, and so is the state."""
    for i, c in enumerate(cands[:-1]):
        nxt = cands[i + 1]
        if c.title is not None or c.kind == "organization" or len(c.toks) > 3:
            continue
        if c.kind == "person" and c.toks[0].key in _gz.FIRST_NAMES:
            continue
        m = _STATE_AFTER.match(text, c.end)
        if m is None or m.start(1) != nxt.start or len(nxt.toks) > 2:
            continue
        state = _gz.STATE_ABBREVIATIONS.get(nxt.key.replace(" ", ""))
        if state is None and nxt.key in _US_STATES and nxt.key != "washington":
            state = nxt.key
        if state is None:
            continue
        c.kind = "place"
        nxt.kind = "place"
        nxt.canonical = state


def compare_names(a: NameMention, b: NameMention) -> Verdict:
    """Compare two name mentions by the rules that link entities.

    Args:
        a: a name mention.
        b: another name mention.

    Returns:
        ``AGREE`` when both denote the same entity (same key, an alias, or a full name that
        differs only by a middle name or initial), ``COMPATIBLE`` when one is a short form
        of the other ("Maduro" and "Nicolás Maduro"), ``CONFLICT`` when both are of the same
        kind and clearly different, ``INCOMPARABLE`` when their kinds differ.

    Raises:
        InvalidArgument: if ``a`` or ``b`` is not a ``NameMention``.

    >>> x, y, z = parse_names("John T. McNamara met John McNamara and James Story.")
    >>> compare_names(x, y).value, compare_names(x, z).value
    ('agree', 'conflict')
    """
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, NameMention):
            msg = f"{name}={value!r} must be a NameMention"
            raise InvalidArgument(msg)
    ka = _alias(name_key(a.canonical or a.text))
    kb = _alias(name_key(b.canonical or b.text))
    if a.kind != b.kind and "other" not in (a.kind, b.kind):
        return Verdict.INCOMPARABLE
    if ka == kb:
        return Verdict.AGREE
    wa, wb = ka.split(), kb.split()
    person = "person" in (a.kind, b.kind)
    if person and persons_compatible(wa, wb):
        return Verdict.AGREE
    if person:
        short, full = (wa, wb) if len(wa) < len(wb) else (wb, wa)
        n = len(short)
        tail = full[1:]
        if short and any(tail[j : j + n] == short for j in range(len(tail) - n + 1)):
            return Verdict.COMPATIBLE
    if a.kind != b.kind:
        return Verdict.INCOMPARABLE
    return Verdict.CONFLICT


# ---------------------------------------------------------------------------------- person names

# Emoji, pictographs, dingbats, private-use characters and lone surrogates: never part of a name.
_SYMBOLS = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff\ue000-\uf8ff"
    "\ufe0f\u200d\ud800-\udfff\U0001f000-\U0001faff]+"
)
# No leading white space in the pattern: tried at every position of a run of blanks it would read
# the run to its end each time (quadratic); white space is folded after the substitution anyway.
_NICK = re.compile(
    r"\(([^()]*)\)|\"([^\"]+)\"|\u201c([^\u201d]+)\u201d|(?:(?<=\s)|^)'([^']+)'(?=\s|$)"
)
_PHD = re.compile(r"\bph\.?\s+d\.?", re.IGNORECASE)
_INITIAL_RE = re.compile(r"^(?:\w\.|[A-Z])$")
_ROMAN = re.compile(r"^(?=[ivxlc]+$)(?:x{0,3})(?:ix|iv|v?i{0,3})$", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def _pkey(piece: str) -> str:
    return fold(piece).replace(".", "")


def _is_title_piece(piece: str, extra: set[str]) -> bool:
    return piece in extra or _is_title_word(piece)


@functools.lru_cache(maxsize=8192)
def _is_title_word(piece: str) -> bool:
    k = _pkey(piece)
    if k in _tt.PERSON_TITLES:
        return True
    parts = [p for p in re.split(r"[.\-]", fold(piece)) if p]
    return len(parts) > 1 and all(p in _tt.PERSON_TITLES for p in parts)


def _is_initial(piece: str) -> bool:
    return _INITIAL_RE.match(piece) is not None


@functools.lru_cache(maxsize=8192)
def _is_suffix(piece: str) -> bool:
    if _is_initial(piece):
        return False
    k = _pkey(piece.rstrip(","))
    if k in _tt.SUFFIXES:
        return True
    parts = [p for p in fold(piece).split(".") if p]
    return "." in piece and len(parts) > 1 and all(p in _tt.SUFFIXES or len(p) <= 2 for p in parts)


def _is_conj(piece: str) -> bool:
    return piece.lower() in _tt.CONJUNCTIONS


def _is_prefix(piece: str) -> bool:
    return _pkey(piece) in _tt.PARTICLES


def _join_conjunctions(pieces: list[str], extra_titles: set[str]) -> list[str]:
    """Join words around conjunctions: "Velasquez y Garcia", "John and Jane", "Mr. and Mrs.".

    Runs of conjunctions join first ("of the"); a piece joined to a title is a title too. A
    single-letter conjunction in a name of fewer than four words is an initial ("John e Smith").
    One pass with a stack, so long inputs stay linear.
    """
    if len(pieces) < 3:
        return pieces
    # conjunctions count as words here: "John e Smith" has three, "Juan Velasquez y Garcia" four
    total = sum(
        1
        for p in pieces
        if not (_is_title_piece(p, extra_titles) or _is_prefix(p) or _is_suffix(p))
    )
    runs: list[str] = []
    i = 0
    while i < len(pieces):
        if _is_conj(pieces[i]):
            j = i
            while j + 1 < len(pieces) and _is_conj(pieces[j + 1]):
                j += 1
            runs.append(" ".join(pieces[i : j + 1]))
            i = j + 1
        else:
            runs.append(pieces[i])
            i += 1
    # joined pieces are kept as word lists (joined once at the end) so long inputs stay linear
    out: list[list[str]] = []
    titled: list[bool] = []
    pending = False  # the last piece of ``out`` ends with a conjunction waiting for a right side
    for p in runs:
        is_conj = all(_is_conj(w) for w in p.split()) and not (len(p) == 1 and total < 4)
        if pending:
            if len(out) == 1 and len(out[0]) == 1 and _is_title_piece(p, extra_titles):
                titled[-1] = True  # "The Rt": a conjunction first joined to a title
            out[-1].append(p)
            pending = is_conj
            continue
        if is_conj:
            if not out:
                out.append([p])
                titled.append(False)
            else:
                out[-1].append(p)
            pending = True
            continue
        out.append([p])
        titled.append(_is_title_piece(p, extra_titles))
    joined = [" ".join(words) for words in out]
    for piece, is_title in zip(joined, titled, strict=True):
        if is_title and " " in piece:
            extra_titles.add(piece)
    return joined


def _join_prefixes(pieces: list[str]) -> list[str]:
    """Join particles to the surname after them: "de la Vega", "van der Velt", "St. John".

    A particle (or a run of them) takes the next word and then more words until another
    particle or a suffix; a particle first in the name stays a given name ("Van Johnson").
    """
    if len(pieces) < 2:
        return pieces
    out = [pieces[0]]
    i, n = 1, len(pieces)
    while i < n:
        if not _is_prefix(pieces[i]):
            out.append(pieces[i])
            i += 1
            continue
        j = i + 1
        while j < n and _is_prefix(pieces[j]):
            j += 1
        j = min(j + 1, n)
        while j < n and not _is_prefix(pieces[j]) and not _is_suffix(pieces[j]):
            j += 1
        if j > i + 1 or j == n:
            out.append(" ".join(pieces[i:j]))
            i = j
        else:
            out.append(pieces[i])
            i += 1
    return out


def _pieces(part: str) -> list[str]:
    return [p for p in part.split() if p]


def parse_person_name(text: str) -> PersonName:
    """Split a person's name into title, first, middle, last, suffix and nickname.

    Handles "Last, First Middle" order, suffixes after a comma, titles and honorifics
    ("Dr.", "Lt. Gen.", "Secretary of State"), compound surnames with particles
    ("de la Vega", "van der Velt", "Velasquez y Garcia") and nicknames in quotes or brackets.
    Absent parts are empty strings; text that is not a name gives an empty ``PersonName``.

    Args:
        text: a person's name, alone.

    Returns:
        The parts, each as written.

    Raises:
        InvalidArgument: if ``text`` is not a ``str``.

    >>> parse_person_name("Dr. Juan Q. de la Vega, Jr.")
    PersonName(title='Dr.', first='Juan', middle='Q.', last='de la Vega', suffix='Jr.', nickname='')
    >>> parse_person_name("Doe, John A.").last
    'Doe'
    """
    _check_str("text", text)
    s = text if text.isascii() else _SYMBOLS.sub("", text)
    # keep "Ph. D." one piece; the placeholder turns back into a space at the end
    s = _PHD.sub(lambda m: m.group().replace(" ", "\x00"), s)
    nicknames: list[str] = []

    def _nick(m: re.Match[str]) -> str:
        paren, dq, cq, sq = m.groups()
        value = dq or cq or sq
        if value is not None:
            nicknames.append(value.strip())
        elif (
            paren is not None
            and paren.strip()
            and not (paren.strip()[:1].isupper() and paren.strip() in {"Unknown"})
        ):
            nicknames.append(paren.strip())
        return " "

    s = _NICK.sub(_nick, s)
    # parenthesized words that are not one short nickname are dropped ("(Google Docs)")
    nickname = nicknames[0] if nicknames else ""
    s = " ".join(s.split()).strip(" ,")
    if not s:
        return PersonName(nickname=nickname)
    parts = [p.strip() for p in s.split(",")]
    parts = [p for p in parts if p]
    title: list[str] = []
    first: list[str] = []
    middle: list[str] = []
    last: list[str] = []
    suffix: list[str] = []
    extra: set[str] = set()

    if len(parts) == 1 or (
        len(parts) > 1
        and all(_is_suffix(p) for p in _pieces(parts[1]))
        and len(_pieces(parts[0])) > 1
    ):
        pieces = _join_prefixes(_join_conjunctions(_pieces(parts[0]), extra))
        suffix_after = parts[1:] if len(parts) > 1 else []
        p_len = len(pieces)
        # pieces[suffix_from:] are all suffixes; found once, so long inputs stay linear
        suffix_from = p_len
        while suffix_from > 0 and _is_suffix(pieces[suffix_from - 1]):
            suffix_from -= 1
        for i, piece in enumerate(pieces):
            nxt = pieces[i + 1] if i + 1 < p_len else None
            if (
                not first
                and (nxt is not None or p_len == 1)
                and _is_title_piece(piece, extra)
                and not last
            ):
                title.append(piece)
                continue
            if not first:
                at_end = i + 1 >= p_len
                if at_end and title and not nickname:
                    t = _pkey(title[-1].split()[-1])
                    if t in _tt.FIRST_NAME_TITLES:
                        first.append(piece)
                    else:
                        last.append(piece)
                    continue
                if at_end and nickname:
                    last.append(piece)
                    continue
                first.append(piece)
                continue
            if (i + 1 < p_len and i + 1 >= suffix_from) or (
                nxt is not None
                and i == p_len - 2
                and _ROMAN.match(nxt) is not None
                and not _is_initial(piece)
            ):
                last.append(piece)
                suffix.extend(pieces[i + 1 :])
                break
            if nxt is None:
                last.append(piece)
                continue
            middle.append(piece)
        suffix.extend(suffix_after)
    else:
        last_pieces = _pieces(parts[0])
        for piece in last_pieces:
            if _is_suffix(piece) and last:
                suffix.append(piece)
            else:
                last.append(piece)
        pieces = _join_conjunctions(_pieces(parts[1]), extra)
        for i, piece in enumerate(pieces):
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            if (
                _is_title_piece(piece, extra)
                and (nxt is not None or len(pieces) == 1)
                and not first
            ):
                title.append(piece)
                continue
            if not first:
                first.append(piece)
                continue
            if _is_suffix(piece):
                suffix.append(piece)
                continue
            middle.append(piece)
        suffix.extend(parts[2:])
    return PersonName(
        title=" ".join(title).replace("\x00", " "),
        first=" ".join(first).replace("\x00", " "),
        middle=" ".join(middle).replace("\x00", " "),
        last=" ".join(last).replace("\x00", " "),
        suffix=", ".join(suffix).replace("\x00", " "),
        nickname=nickname,
    )
