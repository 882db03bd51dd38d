"""Sentence segmentation with exact offsets.

A rule-based splitter tuned for news text: a line break always ends a sentence (headlines and
paragraphs are lines), and ``.``, ``!`` or ``?`` end one when white space and a capital, a digit or
an opening quote follow, unless the word before is a known abbreviation ("U.S.", "Jan.", "Gen.",
"Mr.") or a single initial ("John T. McNamara").
"""

from __future__ import annotations

import re

from factcheck.model import Sentence, Span

__all__ = ["split_sentences"]

# Abbreviations that rarely end a sentence in news text. "U.S." is handled by the
# dotted-initialism rule below; a sentence that does end on one is joined with the next, which
# costs less than splitting "U.S. Embassy" in two.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    no nos vol vols fig figs inc corp co ltd bros dept univ est approx vs etc al cf ca
    """.split()
)

# A candidate end: terminal punctuation, closing quotes or brackets, then white space.
# A run of line breaks (with blanks between) is one boundary: long blank stretches cost one step.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=[ \t]+)|\n(?:[ \t\r\f\v]*\n)*")
_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:\.[A-Za-z]+)*)\.?$")
_STARTS_SENTENCE = re.compile(r"[ \t]+(?:[\"'“‘(\[]*[A-Z0-9¿¡]|[\"“‘])")


def _ends_sentence(text: str, start: int, end: int, punct: str) -> bool:
    if _STARTS_SENTENCE.match(text, end) is None:
        return False
    if not punct.startswith("."):
        return True
    word = _WORD_BEFORE.search(text, max(0, start - 40), start + 1)
    if word is None:
        return True
    token = word.group(1)
    if "." in token:  # "U.S.", "D.C.", "a.m."
        return False
    if len(token) == 1 and token.isupper():  # an initial: "John T. McNamara"
        return False
    return token.lower() not in _ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; each keeps its exact span, trimmed of white space.

    >>> [s.text for s in split_sentences("U.S. envoy John T. McNamara came. He met Gen. Cruz.")]
    ['U.S. envoy John T. McNamara came.', 'He met Gen. Cruz.']
    >>> [s.text for s in split_sentences("Headline\\nBody text starts here.")]
    ['Headline', 'Body text starts here.']

    Returns:
        The sentences in order; blank stretches produce none.
    """
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        punct = m.group()
        newline = punct[0] == "\n"
        if not newline and not _ends_sentence(text, m.start(), m.end(), punct):
            continue
        end = m.start() if newline else m.end()
        _append(sentences, text, start, end)
        start = m.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(Span(start, end), text[start:end]))
