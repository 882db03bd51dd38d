"""Frames: ways a text states a fact that word diffs and typed values do not catch.

- A correction: "The facility was a detention center, not a penitentiary." A source that says
  what it is not contradicts every other source that calls the same thing by the denied word
  ("Carandiru Penitentiary") in a sentence about the same matter.
- A present role: "David Brady … works as a medical sales rep" and "he works as a journalist".
  One person's present occupation in two sources, in words that share nothing, conflict.
- A first or a last: "The last person jailed for blasphemy was …" naming two people.
- A denial of an arrest: "No one has been arrested" against "Collin Finnerty was arrested".

All are conflicts of aspect ``statement``, citing the words in each source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from factcheck._lexicon import STOPWORDS
from factcheck.claims import Extraction, is_boilerplate
from factcheck.model import (
    Aspect,
    Citation,
    Finding,
    FindingKind,
    NameMention,
    Phrase,
    Sentence,
    Span,
)

__all__ = ["frame_findings"]

EntityOf = Callable[[str, NameMention], str]

# A noun phrase with its article: what a thing is, not an opinion ("more hostage taking").
_NP = r"(?:a|an|the)\s+([A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})"
# "was a detention center, not a penitentiary"; "is X rather than Y" is a preference, not this.
_CORRECTION = re.compile(
    rf"\b(?:is|are|was|were)\s+{_NP},?\s+(?:and\s+)?not\s+{_NP}(?=[\s,.;:)]|$)", re.IGNORECASE
)
# "not a penitentiary but a detention center"
_NOT_BUT = re.compile(rf"\bnot\s+{_NP},?\s+but\s+{_NP}(?=[\s,.;:)]|$)", re.IGNORECASE)
# "works as a journalist", "is employed as a nurse", "serves as the club's coach"
_ROLE = re.compile(
    r"\b(?:works|is\s+working|is\s+employed|serves|is\s+serving)\s+as\s+"
    r"(?:(?:a|an|the)\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
    r"(?=\s+(?:in|at|for|with|since|from|on|and|who|which|until)\b|[,.;:)]|$)",
)
_PRONOUNS = frozenset({"he", "she", "they"})
_MIN_SHARED_WORDS = 2
# Each correction is looked for in every sentence of the other sources; a text makes a few. A
# flood of them is no article, and reading them all would cost their number times the sentences.
_MAX_CORRECTIONS = 100
_WORD = re.compile(r"[a-z0-9][\w'’-]*")


def frame_findings(extractions: Sequence[Extraction], *, entity_of: EntityOf) -> list[Finding]:
    """Conflicts that corrections and present roles state across sources.

    Args:
        extractions: each source's extraction.
        entity_of: maps a source id and a name mention to its entity id (people are matched
            through it).

    Returns:
        One conflict finding (aspect ``statement``) per contradicted correction or role.
    """
    findings = _corrections(extractions)
    findings += _roles(extractions, entity_of)
    findings += _firsts(extractions, entity_of)
    findings += _nobody(extractions)
    return findings


# "No one has been arrested", "nobody was charged", "no arrests have been made": a denial that a
# legal step happened to anyone. Casualty verbs are left out: one story has many incidents, and
# "no one was hurt" in one of them says nothing of another.
_VERBS = "arrested|charged|detained|indicted|convicted"
_NOBODY = re.compile(
    rf"\b(?:no\s+one|nobody|no\s+suspects?)\s+(?:else\s+)?(?:has|have|had)?\s*(?:yet\s+)?"
    rf"(?:been|was|were)\s+(?:yet\s+)?(?P<verb>{_VERBS})\b"
    r"|\bno\s+(?P<noun>arrests?|charges?)\s+(?:has|have|had)\s+(?:yet\s+)?been\s+"
    r"(?:made|filed|brought)\b",
    re.IGNORECASE,
)
_NOUN_VERBS = {
    "arrest": "arrested",
    "arrests": "arrested",
    "charge": "charged",
    "charges": "charged",
}
# Someone to whom it did happen: "Collin Finnerty was arrested", "Two players were charged",
# "police arrested a 24-year-old man".
_SOMEONE = {
    verb: re.compile(
        rf"\b(?P<passive>was|were|has\s+been|have\s+been|had\s+been)"
        rf"\s+(?:also\s+|later\s+|since\s+|formally\s+)?{verb}\b"
        rf"|\b(?i:police|authorities|officers|deputies|agents|prosecutors)\s+(?:have\s+|had\s+)?"
        rf"{verb}\s+(?:a|an|two|three|four|five|\d+|[A-Z])",
    )
    for verb in _VERBS.split("|")
}
_SUBJECT_BEFORE = re.compile(
    r"(?:[A-Z][\w'’.-]*|\d+|he|she|they|men|women|people|players|suspects)[\s,]*$"
)
_MAX_DENIALS = 50
_OBJECT = re.compile(r"[\w'’-]+(?:[ \t]+(?!(?:on|in|at|for|with|after|and)\b)[\w'’-]+){0,3}")


def _nobody(extractions: Sequence[Extraction]) -> list[Finding]:
    """ "No one has been arrested" in one source, "X was arrested" in another: a conflict (one of
    them may be older news; the reader should know).

    Each source is read once per verb for who was arrested (or charged, …), and each denial takes
    the first such statement of another source: the cost is linear in the sources."""
    findings: list[Finding] = []
    someone: dict[str, list[tuple[Extraction, Span, Span]]] = {}
    for extraction in extractions:
        denials = 0
        for sentence in _sentences(extraction):
            for match in _NOBODY.finditer(sentence.text):
                denials += 1
                if denials > _MAX_DENIALS:
                    break
                verb = (match.group("verb") or _NOUN_VERBS[match.group("noun").lower()]).lower()
                if verb not in someone:
                    someone[verb] = _someone(extractions, verb)
                found = next(
                    (f for f in someone[verb] if f[0].source.id != extraction.source.id), None
                )
                if found is None:
                    continue
                other, where, span = found
                denial = Span(*match.span()).shift(sentence.span.start)
                said = extraction.source.text[denial.start : denial.end]
                other_text = other.source.text[span.start : span.end]
                findings.append(
                    _conflict(
                        f"nobody {verb}",
                        Citation(extraction.source.id, Phrase(denial, said), sentence.span),
                        Citation(other.source.id, Phrase(span, other_text), where),
                        (
                            f"{extraction.source.id} says “{said}”; {other.source.id} says "
                            f"“{other_text}”."
                        ),
                    )
                )
    return findings


def _someone(extractions: Sequence[Extraction], verb: str) -> list[tuple[Extraction, Span, Span]]:
    """Per source, its first sentence that says someone was ``verb`` (the sentence and the words),
    for at most two sources: a denial needs one other than its own."""
    pattern = _SOMEONE[verb]
    found: list[tuple[Extraction, Span, Span]] = []
    for other in extractions:
        if len(found) >= 2:
            break
        hit = _first_someone(other, pattern)
        if hit is not None:
            found.append((other, *hit))
    return found


def _first_someone(other: Extraction, pattern: re.Pattern[str]) -> tuple[Span, Span] | None:
    for sentence in _sentences(other):
        if _NOBODY.search(sentence.text):
            continue
        for match in pattern.finditer(sentence.text):
            if match.group("passive") and not _SUBJECT_BEFORE.search(
                sentence.text, max(0, match.start() - 40), match.start()
            ):
                continue  # "the car was detained": a subject that is no one
            if match.group("passive"):
                start, end = _subject_start(sentence.text, match.start()), match.end()
            else:  # "Police arrested a 24-year-old man": the object's words after the verb
                start = match.start()
                obj = _OBJECT.match(sentence.text, match.end() - 1)
                end = obj.end() if obj else match.end()
            return sentence.span, Span(start, end).shift(sentence.span.start)
    return None


def _subject_start(text: str, at: int) -> int:
    """Where the words just before a verb phrase start (up to five words of its subject)."""
    head = text[max(0, at - 60) : at]
    words = list(re.finditer(r"\S+", head))[-5:]
    for k in range(len(words) - 1, -1, -1):
        if words[k].group().endswith((".", ";", ":", "\u201d", '"')) and k < len(words) - 1:
            return max(0, at - 60) + words[k + 1].start()
    return max(0, at - 60) + words[0].start() if words else at


# "The last person to be jailed for blasphemy was Abner Kneeland", "The first woman to lead the
# bank is Maria Lopez", "the last known conviction for blasphemy was of activist Charles Smith"
_FIRST = re.compile(
    r"\b[Tt]he\s+(?P<which>first|last|only|youngest|oldest)\s+(?P<what>[^;:!?]{3,90}?)\s+"
    r"(?:was|is|became)\s+(?:(?:that\s+)?of\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
_FIRST_REACH = 160
# A text names a handful of firsts and lasts; a flood of them is a list, not claims, and comparing
# every pair of them would cost the square of their number.
_MAX_FIRSTS = 200
_FIRST_GENERIC = frozenset("known person people man woman time one recorded ever".split())


def _firsts(extractions: Sequence[Extraction], entity_of: EntityOf) -> list[Finding]:
    """ "The first/last/only … was NAME": one person holds such a place; two sources that name
    different people for it, in words that share a telling word, conflict."""
    found: list[tuple[str, str, set[str], NameMention, Span]] = []
    for extraction in extractions:
        text = extraction.source.text
        starts = [s.span.start for s in extraction.sentences]
        for name in extraction.names:
            if name.kind != "person":
                continue
            k = bisect.bisect_right(starts, name.span.start) - 1
            sentence = extraction.sentences[k] if k >= 0 else None
            if sentence is None or not sentence.span.contains(name.span):
                continue
            # "The last … was" stands within the description's reach before the name.
            start = max(sentence.span.start, name.span.start - _FIRST_REACH)
            match = _FIRST.search(text, start, name.span.start)
            if match is None:
                continue
            what = _words(match.group("what")) - _FIRST_GENERIC
            if what and len(found) < _MAX_FIRSTS:
                found.append(
                    (extraction.source.id, match.group("which").lower(), what, name, sentence.span)
                )
    findings: list[Finding] = []
    for i, (sa, which_a, what_a, name_a, sent_a) in enumerate(found):
        for sb, which_b, what_b, name_b, sent_b in found[i + 1 :]:
            if sa == sb or which_a != which_b or not what_a & what_b:
                continue
            if entity_of(sa, name_a) == entity_of(sb, name_b):
                continue
            findings.append(
                _conflict(
                    " / ".join(sorted((name_a.canonical, name_b.canonical))),
                    Citation(sa, name_a, sent_a),
                    Citation(sb, name_b, sent_b),
                    (
                        f"{sa} names {name_a.text} and {sb} names {name_b.text} as the "
                        f"{which_a} ({', '.join(sorted(what_a & what_b))})."
                    ),
                )
            )
    return findings


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2}


def _conflict(key: str, first: Citation, second: Citation, explanation: str) -> Finding:
    """A frame's finding: a conflict of aspect statement citing the words of each source."""
    return Finding(
        id="",
        kind=FindingKind.CONFLICT,
        aspect=Aspect.STATEMENT,
        key=key,
        citations=(first, second),
        confidence=0.6,
        explanation=explanation,
    )


def _sentences(extraction: Extraction) -> list[Sentence]:
    return [s for s in extraction.sentences if not is_boilerplate(s.text)]


def _corrections(extractions: Sequence[Extraction]) -> list[Finding]:
    findings: list[Finding] = []
    for extraction in extractions:
        source = extraction.source
        read = 0
        for sentence in _sentences(extraction):
            if read >= _MAX_CORRECTIONS:
                break
            for match in (*_CORRECTION.finditer(sentence.text), *_NOT_BUT.finditer(sentence.text)):
                read += 1
                said, denied = (1, 2) if match.re is _CORRECTION else (2, 1)
                said_span = Span(*match.span(said)).shift(sentence.span.start)
                denied_words = match.group(denied)
                said_words, denied_set = _words(match.group(said)), _words(denied_words)
                if not said_words or not denied_set or said_words & denied_set:
                    continue  # "was a big problem, not a small problem": a degree, not a thing
                about = _words(sentence.text) - _words(match.group(0))
                for other in extractions:
                    if other.source.id == source.id:
                        continue
                    found = _denied_in(other, denied_words, about)
                    if found is None:
                        continue
                    where, span = found
                    said_text = source.text[said_span.start : said_span.end]
                    other_text = other.source.text[span.start : span.end]
                    findings.append(
                        _conflict(
                            f"{said_text.lower()} / {other_text.lower()}",
                            Citation(other.source.id, Phrase(span, other_text), where),
                            Citation(source.id, Phrase(said_span, said_text), sentence.span),
                            f"{source.id} says it was “{said_text}”, not “{denied_words}”, "
                            f"which {other.source.id} says (“{other_text}”).",
                        )
                    )
    return findings


def _denied_in(other: Extraction, denied: str, about: set[str]) -> tuple[Span, Span] | None:
    """The first place another source uses the denied words, in a sentence on the same matter.

    The sentence must share at least two content words with the correcting sentence ("Carandiru",
    "massacre") and must not itself deny them.
    """
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, denied.split())) + r"\b", re.I)
    for sentence in _sentences(other):
        match = pattern.search(sentence.text)
        if match is None or len(_words(sentence.text) & about) < _MIN_SHARED_WORDS:
            continue
        if re.search(r"\bnot\s+(?:a|an|the)?\s*" + pattern.pattern, sentence.text, re.I):
            continue
        return sentence.span, Span(*match.span()).shift(sentence.span.start)
    return None


def _roles(extractions: Sequence[Extraction], entity_of: EntityOf) -> list[Finding]:
    """Present roles per person and source; differing ones of one person conflict."""
    roles: dict[str, dict[str, tuple[Span, Span, str, str]]] = {}
    for extraction in extractions:
        source = extraction.source.id
        people = sorted(
            (n for n in extraction.names if n.kind == "person"), key=lambda n: n.span.start
        )
        ends = [n.span.end for n in people]
        for sentence in _sentences(extraction):
            for match in _ROLE.finditer(sentence.text):
                start = sentence.span.start + match.start()
                person = _subject(people, ends, sentence, start)
                if person is None:
                    continue
                span = Span(*match.span(1)).shift(sentence.span.start)
                entity = entity_of(source, person)
                roles.setdefault(entity, {}).setdefault(
                    source, (span, sentence.span, match.group(1), person.text)
                )
    findings: list[Finding] = []
    texts = {e.source.id: e.source.text for e in extractions}
    for by_source in roles.values():
        ids = sorted(by_source)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                span_a, sent_a, role_a, who = by_source[a]
                span_b, sent_b, role_b, _ = by_source[b]
                if _words(role_a) & _words(role_b):
                    continue  # "a sales rep" and "a medical sales rep": one role
                text_a, text_b = (
                    texts[a][span_a.start : span_a.end],
                    texts[b][span_b.start : span_b.end],
                )
                findings.append(
                    _conflict(
                        " / ".join(sorted((role_a.lower(), role_b.lower()))),
                        Citation(a, Phrase(span_a, text_a), sent_a),
                        Citation(b, Phrase(span_b, text_b), sent_b),
                        (f"{a} says {who} works as “{text_a}”; {b} says “{text_b}”."),
                    )
                )
    return findings


def _subject(
    people: Sequence[NameMention], ends: Sequence[int], sentence: Sentence, start: int
) -> NameMention | None:
    """Who holds the role: the last person named before it in its sentence, or, when the
    sentence says "he"/"she" first, the last person named before the sentence.

    ``people`` are in text order and ``ends`` their end offsets."""
    k = bisect.bisect_right(ends, start)
    if k == 0:
        return None
    last = people[k - 1]
    if last.span.start >= sentence.span.start:
        return last
    opening = sentence.text[: start - sentence.span.start].lower().split()
    return last if any(w.strip(",") in _PRONOUNS for w in opening) else None
