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
from itertools import combinations
from typing import NamedTuple

from rapidfuzz.distance import Indel, Levenshtein, Opcode

from factcheck._lexicon import NEGATIONS, STOPWORDS
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
from factcheck.normalize.names import fold

__all__ = ["DEFAULT_MIN_SIMILARITY", "diff_statements"]

DEFAULT_MIN_SIMILARITY = 0.7
"""The least share of tokens two sentences must have in common, in order, to be compared."""

_TOKEN = re.compile(r"\w+(?:[.,'’-]\w+)*|[^\w\s]")
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


def _rare_keys(tokens: _Tokens, df: Counter[str]) -> list[str]:
    words = {w for _, _, w in tokens if len(w) >= 4 and w.isalpha() and w not in STOPWORDS}
    return sorted(words, key=lambda w: (df[w], w))[:_BLOCK_KEYS]


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
    sentences: list[tuple[str, Span, _Tokens]] = []
    typed: dict[str, list[_Typed]] = {}
    for extraction in extractions:
        mentions = _typed_mentions(extraction)
        typed[extraction.source.id] = mentions
        mention_starts = [m.span.start for m in mentions]
        for sentence in extraction.sentences:
            if is_boilerplate(sentence.text):
                continue
            tokens = _collapse(
                _tokens(sentence.text, sentence.span.start), mentions, mention_starts
            )
            if len(tokens) >= _MIN_TOKENS:
                sentences.append((extraction.source.id, sentence.span, tokens))
    df: Counter[str] = Counter()
    for _, _, tokens in sentences:
        df.update({w for _, _, w in tokens})
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, tokens) in enumerate(sentences):
        for key in _rare_keys(tokens, df):
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
            if not _changes_fact(phrase_a.text, phrase_b.text, starts):
                continue
            if _same_value(typed[sa], phrase_a.span, typed[sb], phrase_b.span):
                continue  # "January 12, 1957" and "Jan. 12, 1957": one day in other words
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
        names = isinstance(a, NameMention) and isinstance(b, NameMention)
        if not (verdict is Verdict.AGREE or (names and verdict is Verdict.COMPATIBLE)):
            return False
    return True


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
        return (ta[i1][0], ta[i2 - 1][1]), (tb[j1][0], tb[j2 - 1][1])
    # An insertion or deletion changes a fact only when it is a negation ("was not released"):
    # then cite the word before it in both sentences, with the negation where it stands.
    added = [w for _, _, w in (tb[j1:j2] if tag == "insert" else ta[i1:i2])]
    if not any(w in NEGATIONS or w.endswith("n't") for w in added) or i1 == 0 or j1 == 0:
        return None
    if tag == "insert":
        return (ta[i1 - 1][0], ta[i1 - 1][1]), (tb[j1 - 1][0], tb[j2 - 1][1])
    return (ta[i1 - 1][0], ta[i2 - 1][1]), (tb[j1 - 1][0], tb[j1 - 1][1])


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
