"""An optional name extractor built on a spaCy pipeline (the ``factcheck[spacy]`` extra).

spaCy is never required: this module imports nothing from it, and works with any object that
behaves like a ``spacy.Language`` (calling it on a text gives a ``Doc`` with ``ents``). Pass an
instance to :func:`factcheck.normalize.names.parse_names` through ``extractors=``::

    import spacy
    from factcheck.normalize.names import parse_names
    from factcheck.normalize.names_spacy import SpacyNameExtractor

    nlp = spacy.load("en_core_web_sm")  # or a blank pipeline with an EntityRuler
    mentions = parse_names(text, extractors=[SpacyNameExtractor(nlp)])

.. versionadded:: 0.1
"""

from __future__ import annotations

from typing import Any

from factcheck.errors import InvalidArgument
from factcheck.model import NameMention, Span
from factcheck.normalize.names import _alias, name_key

__all__ = ["DEFAULT_LABELS", "SpacyNameExtractor"]

#: spaCy (OntoNotes) entity labels and the kinds they map to; other labels are left out.
DEFAULT_LABELS: dict[str, str] = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


class SpacyNameExtractor:
    """Name mentions from a spaCy pipeline's entities.

    Args:
        nlp: a loaded spaCy pipeline (``spacy.load(...)``, or ``spacy.blank("en")`` with an
            ``entity_ruler``), or anything callable on a text that returns an object with
            ``ents`` whose items have ``start_char``, ``end_char`` and ``label_``.
        labels: entity label → kind; labels not in it are skipped.

    Raises:
        InvalidArgument: if ``nlp`` is not callable or ``labels`` is not a dict of str to str.
    """

    name = "spacy"

    def __init__(self, nlp: Any, *, labels: dict[str, str] | None = None) -> None:  # noqa: ANN401 - any spaCy Language
        if not callable(nlp):
            msg = f"nlp={nlp!r} must be a callable spaCy pipeline"
            raise InvalidArgument(msg)
        labels = DEFAULT_LABELS if labels is None else labels
        if not isinstance(labels, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in labels.items()
        ):
            msg = f"labels={labels!r} must be a dict of entity label to kind"
            raise InvalidArgument(msg)
        self.nlp = nlp
        self.labels = dict(labels)

    def __call__(self, text: str, /) -> list[NameMention]:
        """Return the mentions of the pipeline's entities in ``text``, in order."""
        doc = self.nlp(text)
        out: list[NameMention] = []
        for ent in doc.ents:
            kind = self.labels.get(str(ent.label_))
            if kind is None:
                continue
            start, end = int(ent.start_char), int(ent.end_char)
            for tail in _POSSESSIVE:
                if text.endswith(tail, start, end) and end - len(tail) > start:
                    end -= len(tail)
                    break
            if text[start:end].startswith(("the ", "The ")) and end - start > 4:
                start += 4
            words = text[start:end]
            if not words.strip():
                continue
            key = name_key(words)
            out.append(NameMention(Span(start, end), words, kind, _alias(key)))
        out.sort(key=lambda m: (m.span.start, m.span.end))
        return out
