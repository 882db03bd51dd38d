"""Statement diffs: near-identical sentences of two sources that differ in a few words.

A draft that copies its source but changes a word, a wire story and its rewrite, two revisions of
an encyclopedia sentence: when two sentences share most of their words in order, the words that
differ are very likely a changed fact ("the Cape Region" / "the Asian Region", "26 samples" /
"25 samples", "was released" / "was not released"). This stage finds such sentence pairs by
blocking on rare words, aligns their tokens with rapidfuzz's edit operations, and reports each
changed stretch as a conflict with its span in both sources.

Paraphrase is not a changed fact: a pair qualifies only when most of its tokens match in order,
at most a few stretches differ, each stretch is short, and spelling variants ("neighbouring" /
"neighboring") and changes of function words alone are ignored.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations, pairwise
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein, Opcode

from factcheck._lexicon import NEGATIONS, STOPWORDS
from factcheck.align import counts_a_part
from factcheck.claims import Extraction, is_boilerplate
from factcheck.compare import compare
from factcheck.errors import InvalidArgument
from factcheck.model import (
    Aspect,
    Citation,
    DateMention,
    Finding,
    FindingKind,
    NameMention,
    Phrase,
    Quantity,
    Span,
    Verdict,
)
from factcheck.normalize._gazetteer import PLACES
from factcheck.normalize.names import fold
from factcheck.normalize.quantities import parse_quantities

__all__ = ["DEFAULT_MIN_SIMILARITY", "diff_statements"]

DEFAULT_MIN_SIMILARITY = 0.7
"""The least share of tokens two sentences must have in common, in order, to be compared."""

_TOKEN = re.compile(r"\w+(?:[.,'’-]\w+)*|[^\w\s]")
_WORD = re.compile(r"\w+(?:[.,'’-]\w+)*")
_MIN_TOKENS = 6
_MAX_STRETCHES = 3
_MAX_STRETCH_TOKENS = 6
_BLOCK_KEYS = 3
_MAX_BLOCK = 200
# British and American spellings, and other variants that are no change of fact.
_VARIANTS = (("our", "or"), ("ise", "ize"), ("yse", "yze"), ("ll", "l"), ("tre", "ter"))

_Tokens = list[tuple[int, int, str]]
_Typed = Quantity | DateMention | NameMention


def _tokens(text: str, offset: int) -> _Tokens:
    return [
        (m.start() + offset, m.end() + offset, m.group().lower()) for m in _TOKEN.finditer(text)
    ]


def _spelling_key(words: Iterable[str]) -> str:
    key = "".join(ch for w in words for ch in w if ch.isalnum())
    for a, b in _VARIANTS:
        key = key.replace(a, b)
    return key


def _is_function_words(words: Sequence[str], original: str, *, at_start: bool) -> bool:
    """Only stop words or punctuation, in lower case: "a" for "the" is no change of fact.

    A capital counts only inside a sentence: "While She Sleeps" names a band, "She said" does not.
    """
    cased = original[:1].lower() + original[1:] if at_start else original
    return cased == cased.lower() and all(w in STOPWORDS or not w[0].isalnum() for w in words)


def _rare_keys(plain: Sequence[str], inside: Sequence[str], df: Counter[str]) -> list[str]:
    """A unit's rarest words: its plain words first; words inside its values fill up."""
    keys: list[str] = []
    for part in (plain, inside):
        found = {w for w in part if len(w) >= 4 and w.isalpha() and w not in STOPWORDS}
        keys += sorted(found - set(keys), key=lambda w: (df[w], w))[: _BLOCK_KEYS - len(keys)]
    return keys


def diff_statements(
    extractions: Sequence[Extraction],
    *,
    reference: str | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
) -> list[Finding]:
    """Report the changed words of near-identical sentences across sources as conflicts.

    Args:
        extractions: each source's extraction (its sentences are what is compared).
        reference: if given, only sentence pairs with one sentence of this source are compared.
        min_similarity: the least share (0-1) of tokens the two sentences have in common.

    Returns:
        One conflict finding (aspect ``statement``) per changed stretch, citing the stretch in
        both sources.

    Raises:
        InvalidArgument: if ``min_similarity`` is outside [0, 1].
    """
    if not 0 <= min_similarity <= 1:
        msg = f"min_similarity={min_similarity!r} must be in [0, 1]"
        raise InvalidArgument(msg)
    # Each sentence, and each clause of a sentence that has several: "The flowers are pale pink
    # and the stem is red" holds the statement "The flowers are slaty blue" contradicts.
    sentences: list[tuple[str, Span, _Tokens]] = []
    written: list[tuple[list[str], list[str]]] = []
    typed: dict[str, list[_Typed]] = {}
    for extraction in extractions:
        mentions = _typed_mentions(extraction)
        typed[extraction.source.id] = mentions
        mention_starts = [m.span.start for m in mentions]
        for sentence in extraction.sentences:
            if is_boilerplate(sentence.text):
                continue
            raw = _tokens(sentence.text, sentence.span.start)
            raw_starts = [start for start, _, _ in raw]
            tokens = _collapse(raw, mentions, mention_starts)
            if len(tokens) < _MIN_TOKENS:
                continue
            units = [tokens]
            clauses = _clauses(tokens)
            if len(clauses) > 1:
                units += [c for c in clauses if len(c) >= _MIN_TOKENS]
            for unit in units:
                sentences.append((extraction.source.id, sentence.span, unit))
                # Block on the plain words, and on the words inside values where those are too
                # few: "468 confirmed cases" is one value token, but "confirmed" and "cases"
                # are what two versions of "there are 468 confirmed cases" share.
                plain = [w for _, _, w in unit]
                present = set(plain)
                lo = bisect.bisect_left(raw_starts, unit[0][0])
                hi = bisect.bisect_left(raw_starts, unit[-1][1])
                inside = [w for _, _, w in raw[lo:hi] if w not in present]
                written.append((plain, inside))
    df: Counter[str] = Counter()
    for plain, inside in written:
        df.update({*plain, *inside})
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, (plain, inside) in enumerate(written):
        for key in _rare_keys(plain, inside, df):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= _MAX_BLOCK:
            pairs.update(combinations(members, 2))

    texts = {e.source.id: e.source.text for e in extractions}
    words = [[w for _, _, w in tokens] for _, _, tokens in sentences]
    similar: dict[tuple[int, int], float] = {}
    for i, j in pairs:
        sa, sb = sentences[i][0], sentences[j][0]
        if sa == sb or (reference is not None and reference not in (sa, sb)):
            continue
        similarity = Indel.normalized_similarity(words[i], words[j])
        if similarity >= min_similarity:
            similar[(i, j)] = similarity
    findings: list[Finding] = []
    seen: set[tuple[str, Span, str, Span]] = set()
    for (i, j), similarity in sorted(_mutual_best(similar, sentences).items()):
        (sa, span_a, ta), (sb, span_b, tb) = sentences[i], sentences[j]
        if reference is not None and sb == reference:
            (sa, span_a, ta), (sb, span_b, tb) = (sb, span_b, tb), (sa, span_a, ta)
        words_a, words_b = [w for _, _, w in ta], [w for _, _, w in tb]
        if words_a == words_b:
            continue
        stretches = _merged_stretches(Levenshtein.opcodes(words_a, words_b))
        if len(stretches) > _MAX_STRETCHES:
            continue
        for op in stretches:
            found = _stretch(op, ta, tb)
            if found is None:
                continue
            (a0, a1), (b0, b1) = found
            phrase_a = Phrase(Span(a0, a1), texts[sa][a0:a1])
            phrase_b = Phrase(Span(b0, b1), texts[sb][b0:b1])
            starts = (op.i1 == 0, op.j1 == 0)
            stretch_a, stretch_b = ta[op.i1 : op.i2], tb[op.j1 : op.j2]
            figures = _holds_figure(stretch_a) or _holds_figure(stretch_b)
            valued = (
                figures
                or _holds_name(stretch_a)
                or _holds_name(stretch_b)
                or _after_same_copula(ta, op.i1, tb, op.j1)
            )
            if not _changes_fact(phrase_a.text, phrase_b.text, starts):
                continue
            if _moved_beside_attribution(ta, op.i1, op.i2, tb) or _moved_beside_attribution(
                tb, op.j1, op.j2, ta
            ):
                continue
            if not _not_rewording(
                phrase_a.text, phrase_b.text, similarity, valued=valued, figures=figures
            ):
                continue
            if _same_value(typed[sa], phrase_a.span, typed[sb], phrase_b.span):
                continue  # "January 12, 1957" and "Jan. 12, 1957": one day in other words
            if (sa, phrase_a.span, sb, phrase_b.span) in seen:
                continue  # the same change, seen in the sentences and in their clauses
            seen.add((sa, phrase_a.span, sb, phrase_b.span))
            findings.append(
                Finding(
                    id="",
                    kind=FindingKind.CONFLICT,
                    aspect=Aspect.STATEMENT,
                    key=" / ".join(sorted((phrase_a.text.lower(), phrase_b.text.lower()))),
                    citations=(Citation(sa, phrase_a, span_a), Citation(sb, phrase_b, span_b)),
                    confidence=round(min(0.95, 0.45 + 0.5 * similarity), 3),
                    explanation=(
                        f"{sa} says “{phrase_a.text}” where {sb} says “{phrase_b.text}” in "
                        f"otherwise the same statement ({similarity:.0%} of its words alike)."
                    ),
                )
            )
    return findings


_CLAUSE_AFTER_COMMA = frozenset(
    {"and", "but", "while", "whereas", "which", "who", "although", "though", "yet"}
)
_CLAUSE_AFTER_AND = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "he", "she", "it", "they", "this"}
)


def _clauses(tokens: _Tokens) -> list[_Tokens]:
    """A sentence's tokens cut into clauses: at a semicolon, at a comma before a conjunction or
    a relative pronoun (", and", ", which"), and at "and"/"but" before a new subject ("and the
    stem"). Plain commas stay: they mostly set off appositions and lists.
    """
    cuts = [0]
    for k in range(1, len(tokens) - 1):
        word, after = tokens[k][2], tokens[k + 1][2]
        if (
            word == ";"
            or (word == "," and after in _CLAUSE_AFTER_COMMA)
            or (word in {"and", "but"} and after in _CLAUSE_AFTER_AND and tokens[k - 1][2] != ",")
        ):
            cuts.append(k)
    cuts.append(len(tokens))
    clauses = [tokens[a:b] for a, b in pairwise(cuts)]
    # The cutting word or comma opens the next clause; drop it there.
    return [c[1:] if c and c[0][2] in {",", ";"} else c for c in clauses if c]


def _typed_mentions(extraction: Extraction) -> list[_Typed]:
    """The figures, dates and names of a source, by start, none overlapping another.

    Where a year is both a figure and a date, the date stands; a longer mention stands over one
    inside it.
    """
    candidates: list[_Typed] = [
        *extraction.dates,
        *(q for q in extraction.quantities if q.kind != "year"),
        *(n for n in extraction.names if n.kind != "other"),
    ]
    candidates.sort(key=lambda m: (m.span.start, -len(m.span)))
    out: list[_Typed] = []
    for m in candidates:
        if not out or m.span.start >= out[-1].span.end:
            out.append(m)
    return out


def _value_token(mention: _Typed) -> str:
    """A figure, date or name as one token standing for its value, not its words.

    "January 8, 2038" and "2038-01-08", "100" and "one hundred", "Sørensen" and "Sorensen"
    become equal tokens, so that only a change of value is a changed stretch.
    """
    if isinstance(mention, Quantity):
        low = None if mention.low is None else mention.low.normalize()
        high = None if mention.high is None else mention.high.normalize()
        return (
            f"\x00q {low} {high} {mention.low_inclusive} {mention.high_inclusive}"
            f" {mention.unit} {mention.kind}"
        )
    if isinstance(mention, DateMention):
        if mention.resolved and (mention.start or mention.end):
            return f"\x00d {mention.start} {mention.end} {mention.open_start} {mention.open_end}"
        return f"\x00d {mention.text.lower()}"
    return f"\x00n {fold(mention.text)}"


def _collapse(tokens: _Tokens, mentions: Sequence[_Typed], starts: Sequence[int]) -> _Tokens:
    """Tokens with each typed mention's tokens replaced by one value token over their union."""
    if not tokens:
        return tokens
    k = max(0, bisect.bisect_right(starts, tokens[0][0]) - 1)
    out: _Tokens = []
    current = -1
    for start, end, word in tokens:
        while k < len(mentions) and mentions[k].span.end <= start:
            k += 1
        if k < len(mentions) and mentions[k].span.start < end:
            if current == k:
                last = out[-1]
                out[-1] = (last[0], max(last[1], end), last[2])
            else:
                current = k
                out.append((min(start, mentions[k].span.start), end, _value_token(mentions[k])))
        else:
            out.append((start, end, word))
    return out


def _same_value(
    typed_a: Sequence[_Typed], span_a: Span, typed_b: Sequence[_Typed], span_b: Span
) -> bool:
    """Whether the changed words are the same figures, dates or people in other words.

    Figures and dates must agree; a person may be named in a shorter form ("Prof. Nowak" for
    "Tomasz Nowak"). Two people of one surname ("Delcy" and "Jorge Rodriguez") still conflict.
    """
    in_a = [m for m in typed_a if m.span.overlaps(span_a)]
    in_b = [m for m in typed_b if m.span.overlaps(span_b)]
    if not in_a or len(in_a) != len(in_b):
        return False
    for a, b in zip(in_a, in_b, strict=True):
        verdict = compare(a, b)
        loose = (isinstance(a, NameMention) and isinstance(b, NameMention)) or _rounded(a, b)
        if not (verdict is Verdict.AGREE or (loose and verdict is Verdict.COMPATIBLE)):
            return False
    return True


def _rounded(a: _Typed, b: _Typed) -> bool:
    """Two figures of which one rounds the other: "about 20,000" and "21,000" (both bounded).

    Open bounds stay changes of fact in a near-identical sentence: "more than 100" against
    "more than 200" overlap, yet say different things.
    """
    return (
        isinstance(a, Quantity)
        and isinstance(b, Quantity)
        and None not in (a.low, a.high, b.low, b.high)
        and (_round_approximation(a) or _round_approximation(b))
    )


def _round_approximation(q: Quantity) -> bool:
    """An approximate single figure of one or two significant digits: "about 20,000", not
    "an estimated 124,435", which is a precise figure hedged."""
    if not q.approximate or q.low != q.high or q.low is None or q.low <= 0:
        return False
    digits = q.low.normalize().as_tuple().digits
    return len(digits) <= 2


def _mutual_best(
    similar: dict[tuple[int, int], float], sentences: Sequence[tuple[str, Span, _Tokens]]
) -> dict[tuple[int, int], float]:
    """The pairs whose sentences are each other's most similar sentence in the other source.

    A text that says "The northern bridge was closed …" and "The southern bridge was closed …"
    has each sentence matched by its own copy in another source; the cross pairs, near-identical
    as they are, are not the same statement.
    """
    # For each sentence and each other source: the most similar sentence there; ties go to the
    # nearer one by index, then the earlier, so the choice does not depend on the pairs' order.
    best: dict[tuple[int, str], tuple[float, int, int]] = {}
    for (i, j), similarity in similar.items():
        for here, there in ((i, j), (j, i)):
            key = (here, sentences[there][0])
            rank = (similarity, -abs(there - here), -there)
            if key not in best or rank > best[key]:
                best[key] = rank
    return {
        (i, j): similarity
        for (i, j), similarity in similar.items()
        if -best[(i, sentences[j][0])][2] == j and -best[(j, sentences[i][0])][2] == i
    }


class _Op(NamedTuple):
    tag: str
    i1: int
    i2: int
    j1: int
    j2: int


def _merged_stretches(opcodes: Iterable[Opcode]) -> list[_Op]:
    """The changed stretches between equal runs, adjacent edit operations merged into one.

    Edit distance may cut one change ("José A. García" for "Maria López") into a replacement and
    a deletion, and cut it differently in the two directions; between two runs of equal tokens
    there is one change, whichever way the sentences are compared.
    """
    out: list[_Op] = []
    for op in opcodes:
        if op.tag == "equal":
            continue
        if out and out[-1].i2 == op.src_start and out[-1].j2 == op.dest_start:
            last = out.pop()
            i1, j1 = last.i1, last.j1
        else:
            i1, j1 = op.src_start, op.dest_start
        i2, j2 = op.src_end, op.dest_end
        tag = "replace" if i2 > i1 and j2 > j1 else ("insert" if j2 > j1 else "delete")
        out.append(_Op(tag, i1, i2, j1, j2))
    return out


def _stretch(op: _Op, ta: _Tokens, tb: _Tokens) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Character spans of one changed stretch in both sentences, or None to pass it over."""
    tag, i1, i2, j1, j2 = op
    if max(i2 - i1, j2 - j1) > _MAX_STRETCH_TOKENS:
        return None
    if tag == "replace":
        i1, i2 = _trim(ta, i1, i2)
        j1, j2 = _trim(tb, j1, j2)
        return (ta[i1][0], ta[i2 - 1][1]), (tb[j1][0], tb[j2 - 1][1])
    # An insertion or deletion changes a fact only when it is a negation ("was not released"):
    # then cite the word before it in both sentences, with the negation where it stands.
    added = [w for _, _, w in (tb[j1:j2] if tag == "insert" else ta[i1:i2])]
    if not any(w in NEGATIONS or w.endswith("n't") for w in added) or i1 == 0 or j1 == 0:
        return None
    if tag == "insert":
        return (ta[i1 - 1][0], ta[i1 - 1][1]), (tb[j1 - 1][0], tb[j2 - 1][1])
    return (ta[i1 - 1][0], ta[i2 - 1][1]), (tb[j1 - 1][0], tb[j1 - 1][1])


# Words that report who said something, not what happened: "said Sheridan" for "he said".
_ATTRIBUTION = frozenset(
    """
    said says say saying told tells tell added adds wrote writes tweeted tweets posted posts
    replied replies stated states statement statements according reported reports read reads
    interview asked asks explained explains noted notes recalled recalls quoted
    """.split()
)
# Words that stand for a name already given: "he" for "Trump", "Mr." in "Mr. Trump".
_STAND_INS = frozenset(
    "he she it they him her his hers its their theirs them this that these those who "
    "everybody everyone somebody someone anybody anyone mr mrs ms dr".split()
)
_QUOTE_MARKS = "\"“”‘’`'«»„"
_MIN_PLAIN_SIMILARITY = 0.85
_MIN_VARIANT_RATIO = 85.0


def _holds_figure(tokens: _Tokens) -> bool:
    """A figure or date among the tokens (names are value tokens too, but not figures)."""
    return any(
        w.startswith(("\x00q", "\x00d")) or any(ch.isdigit() for ch in w) for _, _, w in tokens
    )


def _holds_name(tokens: _Tokens) -> bool:
    return any(w.startswith("\x00n") for _, _, w in tokens)


_COPULAS = frozenset("is are was were be been being became become becomes remain remains".split())
_SUBJECT_TOKENS = 3


def _after_same_copula(ta: _Tokens, i: int, tb: _Tokens, j: int) -> bool:
    """Whether both changed stretches say what one subject is: "The flowers are | pale pink" and
    "The flowers are | slaty blue". What a named thing is, two sources cannot both be right
    about; a changed verb ("struck" / "hit") is more often style."""
    if i < _SUBJECT_TOKENS or j < _SUBJECT_TOKENS or ta[i - 1][2] not in _COPULAS:
        return False
    if i < len(ta) and ta[i][2].endswith(("ing", "ed")):
        return False  # "were debating", "was held": a verb's tense or voice, not what it is
    before_a = [w for _, _, w in ta[i - _SUBJECT_TOKENS : i]]
    before_b = [w for _, _, w in tb[j - _SUBJECT_TOKENS : j]]
    return before_a == before_b


def _alnum(text: str) -> list[str]:
    """The words of a stretch, lower case, without punctuation or quotation marks; codes keep
    their case."""
    return [
        (w if _is_code(w) else w.lower()).strip(_QUOTE_MARKS).removesuffix("'s").removesuffix("’s")
        for w in _WORD.findall(text)
        if any(ch.isalnum() for ch in w)
    ]


def _content(words: Sequence[str]) -> list[str]:
    return [w for w in words if w not in STOPWORDS]


def _not_rewording(a: str, b: str, similarity: float, *, valued: bool, figures: bool) -> bool:
    """Whether a changed stretch is more than the rewording two outlets give one fact.

    Not a changed fact: a change of attribution or quotation marks ("he said" / "said
    Sheridan"), a pronoun or title for a name ("He" / "Trump"), a spelling or inflection
    variant ("Muammar" / "Moammar", "capture" / "captured"), one side adding words to the other
    ("Bristol" / "Bristol, Tennessee"). A changed word that is no figure, date or name counts
    only in sentences that are nearly the same throughout (a revision, a copy): between
    outlets, "struck" / "hit" is style.
    """
    all_a, all_b = _alnum(a), _alnum(b)
    if any(_negates(w) for w in [*all_a, *all_b]):
        # "was released" / "was not released"; but "not known if" / "unclear whether" is one
        # thing said two ways.
        rest_a = {w for w in _content(all_a) if not _negates(w)}
        rest_b = {w for w in _content(all_b) if not _negates(w)}
        return rest_a <= rest_b or rest_b <= rest_a
    words_a, words_b = _content(all_a), _content(all_b)
    if not words_a or not words_b:
        return False  # punctuation, quotation marks or function words on one side
    if any(w in _ATTRIBUTION for w in [*all_a, *all_b]):
        return False
    if any(_is_code(w) for w in [*all_a, *all_b]):
        return False  # link shorteners, phone numbers: no fact of the story
    if all(w in _STAND_INS for w in words_a) or all(w in _STAND_INS for w in words_b):
        return False
    if _describes(a, b) or _describes(b, a):
        return False  # "the roadway" / "Volunteer Parkway": a description for a name
    if len(words_a) == len(words_b) and all(map(_antonym, words_a, words_b)):
        return True  # "predictable" / "unpredictable"
    if len(words_a) == len(words_b) and all(map(_abbreviates, words_a, words_b)):
        return False  # "Sen." / "Senator"
    set_a, set_b = set(all_a), set(all_b)
    if set_a <= set_b or set_b <= set_a:
        return False  # one side says more: "Bristol" / "Bristol, Tennessee"
    if set_a & _STAND_INS or set_b & _STAND_INS:
        named_a, named_b = set(words_a) - _STAND_INS, set(words_b) - _STAND_INS
        if named_a <= named_b or named_b <= named_a:
            return False  # "this president" / "President Trump"
    revision = similarity >= _MIN_PLAIN_SIMILARITY
    if figures and not revision and not (_has_figure(a) and _has_figure(b)):
        return False  # "young" / "3-year-old": a figure where the other gives none
    if figures and counts_a_part(all_a) != counts_a_part(all_b):
        return False  # "two other people" / "five people": a part, not the whole
    joined_a, joined_b = fold(" ".join(words_a)), fold(" ".join(words_b))
    if (
        not any(ch.isdigit() for ch in a + b)
        and fuzz.ratio(joined_a, joined_b) >= _MIN_VARIANT_RATIO
        and not _inflected_for_number(joined_a, joined_b)
        and not (joined_a in PLACES and joined_b in PLACES)  # "Austria" / "Australia"
    ):
        return False  # "Muammar" / "Moammar", "capture" / "captured"
    return valued or revision


_CODE = re.compile(r"(?=\w*\d)(?=\w*[a-z])\w+[A-Z]\w*|\d{3}[-.]\d{3}[-.]\d{4}")


_ATTRIBUTION_REACH = 3


def _moved_beside_attribution(tokens: _Tokens, i1: int, i2: int, other: _Tokens) -> bool:
    """Whether a stretch beside a verb of saying only moves words the other sentence has:
    "said Human Rights Campaign President Chad Griffin" / "said Chad Griffin, the president of
    the Human Rights Campaign"; "said Sheridan" / "the lawyer, Mark D. Sheridan, said"."""
    near = tokens[max(0, i1 - _ATTRIBUTION_REACH) : i2 + _ATTRIBUTION_REACH]
    if not any(w in _ATTRIBUTION for _, _, w in near):
        return False
    moved = {_moved_key(w) for _, _, w in tokens[i1:i2] if _is_content_token(w)}
    return bool(moved) and moved <= {_moved_key(w) for _, _, w in other}


def _is_content_token(word: str) -> bool:
    return word.startswith("\x00") or (word[:1].isalnum() and word not in STOPWORDS)


def _moved_key(word: str) -> str:
    """A word, or a name by its last word ("sheridan" for "Mark D. Sheridan")."""
    return word.rsplit(" ", 1)[-1] if word.startswith("\x00n ") else word


_NAME_LINKS = frozenset({"of", "the", "and", "for", "de", "&"})
_DETERMINERS = frozenset("the a an this that these those its his her their our".split())


def _describes(description: str, name: str) -> bool:
    """Whether a lower-case phrase with a determiner stands where the other source gives a
    proper name: "the roadway" for "Volunteer Parkway", "the university's police force" for
    "UCCS Police Department" (a bare "nurse" for "Gringo" is a changed word)."""
    words, head = name.split(), description.split()[:1]
    return (
        bool(head)
        and (head[0] in _DETERMINERS or head[0].endswith(("'s", "’s")))
        and description == description.lower()
        and not any(ch.isdigit() for ch in description + name)
        and any(ch.isalpha() for ch in description)
        and bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_LINKS for w in words)
    )


def _is_code(word: str) -> bool:
    """A short-link code ("1N5ukAh") or a telephone number."""
    return bool(_CODE.fullmatch(word))


def _negates(word: str) -> bool:
    return word in NEGATIONS or word.endswith(("n't", "n’t"))


def _has_figure(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or bool(parse_quantities(text))


_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "non", "non-", "dis")


def _antonym(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return any(long == p + short for p in _NEGATING_PREFIXES)


def _abbreviates(a: str, b: str) -> bool:
    """ "sen" for "senator", "gov" for "governor": a short head of the same word, or the word."""
    short, long = sorted((a, b), key=len)
    return short == long or (
        short.isalpha() and 2 <= len(short) <= 4 < len(long) and long.startswith(short)
    )


def _inflected_for_number(a: str, b: str) -> bool:
    """ "director" / "directors", "produces" / "produce": one or many, which is a fact."""
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es")


def _trim(tokens: _Tokens, i1: int, i2: int) -> tuple[int, int]:
    """The stretch without punctuation at its ends ("slaty blue." is cited "slaty blue")."""
    while i2 - i1 > 1 and not tokens[i2 - 1][2][0].isalnum() and tokens[i2 - 1][2][0] != "\x00":
        i2 -= 1
    while i2 - i1 > 1 and not tokens[i1][2][0].isalnum() and tokens[i1][2][0] != "\x00":
        i1 += 1
    return i1, i2


def _changes_fact(a: str, b: str, starts: tuple[bool, bool]) -> bool:
    words_a = [w for _, _, w in _tokens(a, 0)]
    words_b = [w for _, _, w in _tokens(b, 0)]
    if _spelling_key(words_a) == _spelling_key(words_b):
        return False
    negation = any(w in NEGATIONS for w in words_a + words_b)
    if negation:
        return True
    return not (
        _is_function_words(words_a, a, at_start=starts[0])
        and _is_function_words(words_b, b, at_start=starts[1])
    )
