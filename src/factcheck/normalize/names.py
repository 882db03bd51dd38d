"""Names of people, organizations and places, and when two mentions mean the same one.

PLACEHOLDER first version: runs of capitalized words. Replaced by the names stage proper.
"""

from __future__ import annotations

import re
import unicodedata

from factcheck.model import NameMention, PersonName, Span, Verdict

__all__ = ["compare_names", "fold", "parse_names", "parse_person_name"]

_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


def fold(text: str) -> str:
    """Fold accents, typography and case: ``fold("Rodríguez") == "rodriguez"``."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def parse_names(text: str) -> list[NameMention]:
    """Return every name mention in ``text`` with its span, in order."""
    return [
        NameMention(Span(m.start(), m.end()), m.group(), "other", fold(m.group()))
        for m in _NAME.finditer(text)
    ]


def parse_person_name(text: str) -> PersonName:
    """Split a person's name into title, first, middle, last, suffix and nickname."""
    parts = text.split()
    if not parts:
        return PersonName()
    if len(parts) == 1:
        return PersonName(first=parts[0])
    return PersonName(first=parts[0], middle=" ".join(parts[1:-1]), last=parts[-1])


def compare_names(a: NameMention, b: NameMention) -> Verdict:
    """Compare two name mentions: agree when they fold to the same key, else conflict."""
    return Verdict.AGREE if a.canonical == b.canonical else Verdict.CONFLICT
