"""Sentence segmentation with offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. officials met. They left.", ["U.S. officials met.", "They left."]),
        ("On Jan. 15 she met Gen. Smith. Then.", ["On Jan. 15 she met Gen. Smith.", "Then."]),
        ("John T. McNamara traveled. Others left.", ["John T. McNamara traveled.", "Others left."]),
        ("“I broke down,” said Caro. She waited.", ["“I broke down,” said Caro.", "She waited."]),
        ("He said “it is over.” Then he left.", ["He said “it is over.”", "Then he left."]),
        ("Headline here\nBody one. Body two!", ["Headline here", "Body one.", "Body two!"]),
        ("Prices rose 2.5 percent. Really?  Yes.", ["Prices rose 2.5 percent.", "Really?", "Yes."]),
        ("   \n\n  ", []),
    ],
)
def test_examples(text, expected):
    """News abbreviations, initials and quotes do not end sentences; line breaks do."""
    assert [s.text for s in split_sentences(text)] == expected


@given(st.text())
def test_spans_index_the_text(text):
    """Every sentence's span slices exactly its text, in order, without overlap."""
    sentences = split_sentences(text)
    last = 0
    for s in sentences:
        assert text[s.span.start : s.span.end] == s.text
        assert s.span.start >= last
        assert s.text
        assert s.text == s.text.strip()
        last = s.span.end
