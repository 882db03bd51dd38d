"""Comparison of aligned claims: agreements, conflicts and single-source claims, explained."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations

import attrs
from rapidfuzz import fuzz

from factcheck._lexicon import EVENT_NAMES, SAYING
from factcheck.align import (
    Alignment,
    aspect_of,
    context_overlap,
    measure,
    parts_differ,
    quote_overlap,
)
from factcheck.compare import compare
from factcheck.model import (
    Aspect,
    Citation,
    Claim,
    DateMention,
    Entity,
    Finding,
    FindingKind,
    Mention,
    NameMention,
    Phrase,
    Quantity,
    Quote,
    Span,
    Verdict,
)
from factcheck.normalize.names import fold as fold_name

__all__ = ["entity_findings", "judge", "restatements", "single_source"]

_DIGITS = re.compile(r"\d[\d,.]*")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing)\b|n['’]t\b", re.IGNORECASE)
_QUOTE_AGREE = 85.0
_QUOTE_SAME = 75.0

EntityOf = Callable[[str, NameMention], str]


def _cite(claim: Claim) -> Citation:
    return Citation(claim.source, claim.value, claim.span)


def _quote_verdict(a: Quote, b: Quote) -> Verdict:
    """Quotes of one statement: a changed number or negation is a conflict; wording is not."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return Verdict.INCOMPARABLE
    if quote_overlap(a.text, b.text) < _QUOTE_SAME:
        # Related words but not one statement: agreeing in part, never a conflict.
        return Verdict.COMPATIBLE
    # One quotation may be cut shorter than the other, at either end: only the stretch both
    # hold is compared ("… the best deal possible" against "… the best deal possible, and if we
    # don't get it, there should be no deal").
    text_a, text_b = _shared_stretch(a.text, b.text)
    digits_a, digits_b = sorted(_DIGITS.findall(text_a)), sorted(_DIGITS.findall(text_b))
    similar_length = min(len(text_a), len(text_b)) >= 0.7 * max(len(text_a), len(text_b))
    if digits_a != digits_b and ((digits_a and digits_b) or similar_length):
        return Verdict.CONFLICT
    negated_a, negated_b = bool(_NEGATION.search(text_a)), bool(_NEGATION.search(text_b))
    if negated_a != negated_b and similar_length:
        return Verdict.CONFLICT
    if fuzz.ratio(a.text.lower(), b.text.lower()) >= _QUOTE_AGREE:
        return Verdict.AGREE
    return Verdict.COMPATIBLE


_EDGE_PUNCTUATION = "\"'“”‘’.,;:!?()[]—–-"


def _shared_stretch(a: str, b: str) -> tuple[str, str]:
    """Each quotation from the first to the last word the two have in common, in order."""
    words_a, words_b = a.split(), b.split()
    matcher = difflib.SequenceMatcher(
        None,
        [w.strip(_EDGE_PUNCTUATION).lower() for w in words_a],
        [w.strip(_EDGE_PUNCTUATION).lower() for w in words_b],
        autojunk=False,
    )
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return a, b
    first, last = blocks[0], blocks[-1]
    return (
        " ".join(words_a[first.a : last.a + last.size]),
        " ".join(words_b[first.b : last.b + last.size]),
    )


# How alike (Jaccard of content words) two sentences must be for a negation in one of them to
# contradict the other: "was not released on Friday" against "was released on Friday".
_NEGATION_ALIKE = 0.5


def _verdict(a: Claim, b: Claim, entity_of: EntityOf) -> Verdict:
    va, vb = a.value, b.value
    # A "not" within a few words before a value says little when the two sentences are
    # otherwise different ("did not say when, but on Friday …" against "on Friday"): then the
    # values are compared as they are.
    if a.negated != b.negated and context_overlap(a, b) >= _NEGATION_ALIKE:
        return Verdict.CONFLICT
    if isinstance(va, Quote) and isinstance(vb, Quote):
        return _quote_verdict(va, vb)
    if (
        isinstance(va, NameMention)
        and isinstance(vb, NameMention)
        and entity_of(a.source, va) == entity_of(b.source, vb)
    ):
        return Verdict.AGREE
    if isinstance(va, Quantity) and isinstance(vb, Quantity) and measure(va) == measure(vb):
        # "100 people" killed and "100 deaths" count one thing: compare them as one unit.
        va, vb = attrs.evolve(va, unit=measure(va)), attrs.evolve(vb, unit=measure(vb))
    verdict = compare(va, vb)
    if (
        verdict is Verdict.CONFLICT
        and isinstance(va, Quantity)
        and isinstance(vb, Quantity)
        and parts_differ(va, vb)
    ):
        # A group can join a part and the whole through a third claim: "one of the victims"
        # and "10 victims" were never paired, and do not conflict in a group either.
        return Verdict.INCOMPARABLE
    return verdict


def _verdicts(
    claims: Sequence[Claim], entity_of: EntityOf
) -> tuple[tuple[Claim, Claim] | None, bool, bool]:
    """The group's first conflicting pair (in the group's order), whether every pair agrees
    exactly, and whether no pair can be compared.

    Each distinct value is compared once, and the first conflict ends the comparison: a story
    told by 1,000 sources puts 1,000 claims in one group, and pairing them all would cost half a
    million comparisons.
    """
    first: dict[object, Claim] = {}
    for claim in claims:
        first.setdefault(_value_key(claim), claim)
    exact = incomparable = True
    compared = False
    for a, b in combinations(list(first.values()), 2):
        verdict = _verdict(a, b, entity_of)
        if verdict is Verdict.CONFLICT:
            return (a, b), False, False
        compared = True
        exact = exact and verdict is Verdict.AGREE
        incomparable = incomparable and verdict is Verdict.INCOMPARABLE
    # One value said by every claim needs no comparison: it agrees.
    return None, exact, compared and incomparable


def _value_key(claim: Claim) -> object:
    """What decides a claim's verdicts: its value (figures and resolved dates by their
    interval), and whether it is negated; anything else stands for itself."""
    value = claim.value
    if isinstance(value, Quantity):
        interval: object = (
            value.low,
            value.high,
            value.low_inclusive,
            value.high_inclusive,
            value.unit,
            value.kind,
        )
    elif isinstance(value, DateMention) and value.resolved:
        interval = (value.start, value.end, value.open_start, value.open_end, value.granularity)
    else:
        # Quotations, names, and dates no reference resolves ("Friday" in two sources without
        # a publication date may be two Fridays): each compared on its own.
        interval = id(claim)
    return (type(value).__name__, interval, claim.negated)


_CLIP = 90


def _words(value: Mention) -> str:
    """The value's words in quotation marks, long quotations cut in the middle."""
    text = " ".join(value.text.split())
    if len(text) > _CLIP:
        text = text[: _CLIP // 2 - 1].rstrip() + " … " + text[-(_CLIP // 2 - 1) :].lstrip()
    return f"“{text}”"


def _group_key(claims: Sequence[Claim]) -> str:
    """The aligned claims' predicate, or failing one what their values measure.

    Never taken from whichever claim comes first, so that the key does not depend on the order
    of the sources.
    """
    keys = sorted({c.key for c in claims if c.key})
    if keys:
        return keys[0]
    value = claims[0].value
    if isinstance(value, Quantity):
        return measure(value)
    return aspect_of(claims[0])


def _topic(claim: Claim) -> str:
    """What a claim is about, for explanations: "the dead", "the age of Dilsia Caro"."""
    if claim.key.startswith("age:"):
        owner = claim.key.removeprefix("age:")
        return f"the age of {owner.title()}" if owner else "an age"
    return EVENT_NAMES.get(claim.key, f"“{claim.key}”" if claim.key else "")


def _list_sources(ids: Sequence[str]) -> str:
    if len(ids) <= 2:
        return " and ".join(ids)
    return ", ".join(ids[:-1]) + " and " + ids[-1]


def judge(
    alignments: Iterable[Alignment],
    *,
    entity_of: EntityOf,
    restated: Mapping[int, Sequence[Claim]] | None = None,
) -> list[Finding]:
    """Compare each group of aligned claims and return one finding per group.

    A group with any conflicting pair is a conflict (citing the two conflicting claims first);
    otherwise an agreement. ``restated`` maps a claim (by ``id()``) to the claims of its own
    source that say the same again (see :func:`restatements`): they are cited after the group's
    claims. Findings are given ids later by the report.
    """
    restated = restated or {}
    findings: list[Finding] = []
    for alignment in alignments:
        claims = alignment.claims
        again = tuple(_cite(r) for c in claims for r in restated.get(id(c), ()))
        aspect = aspect_of(claims[0])
        conflict, exact, incomparable = _verdicts(claims, entity_of)
        if incomparable:
            continue
        key = _group_key(claims)
        strength = alignment.score / 100.0
        if conflict is not None:
            a, b = conflict
            rest = [c for c in claims if c is not a and c is not b]
            citations = tuple(_cite(c) for c in (a, b, *rest)) + again
            topic = _topic(a)
            explanation = (
                f"{'On ' + topic + ', ' if topic else ''}{a.source} says {_words(a.value)}; "
                f"{b.source} says {_words(b.value)}{_why(a, b)}."
            )
            confidence = round(min(0.95, 0.35 + 0.6 * strength), 3)
            kind = FindingKind.CONFLICT
        else:
            citations = tuple(_cite(c) for c in claims) + again
            quoted = "; ".join(f"{c.source}: {_words(c.value)}" for c in claims)
            how = "agree" if exact else "are compatible"
            topic = _topic(claims[0])
            on = f" on {topic}" if topic else ""
            if isinstance(claims[0].value, Quote):
                # a quotation's nearest verb says nothing of what the quotes share
                how = "quote the same words" if exact else "quote overlapping words"
                speaker = next((c.attribution for c in claims if c.attribution), None)
                on = f" of {speaker.title()}" if speaker else on
            explanation = f"{_list_sources([c.source for c in claims])} {how}{on}: {quoted}."
            confidence = round(min(0.99, 0.4 + 0.6 * strength), 3)
            kind = FindingKind.AGREEMENT
        findings.append(
            Finding(
                id="",
                kind=kind,
                aspect=Aspect(aspect),
                key=key,
                citations=citations,
                confidence=confidence,
                explanation=explanation,
            )
        )
    return findings


def restatements(
    alignments: Iterable[Alignment], claims: Iterable[Claim]
) -> dict[int, list[Claim]]:
    """The claims no group holds that say again, in the same source, what a grouped claim says.

    An article that gives "26-year-old Esteban Santiago" and later "Esteban Santiago, 26," states
    one fact twice; the second is no single-source claim but more support for the finding the
    first is in. A restatement has the grouped claim's key (the same predicate, or the same
    person's age) and a value that agrees exactly. Returns: grouped claim ``id()`` → restatements.
    """
    groups = list(alignments)
    grouped = {id(c) for a in groups for c in a.claims}
    loose: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if id(c) not in grouped and c.key and c.key != "age:":
            loose[(c.source, c.key)].append(c)
    out: dict[int, list[Claim]] = {}
    used: set[int] = set()
    for alignment in groups:
        for member in alignment.claims:
            again = [
                r
                for r in loose.get((member.source, member.key), ())
                if id(r) not in used and compare(r.value, member.value) is Verdict.AGREE
            ]
            if again:
                used.update(id(r) for r in again)
                out[id(member)] = again
    return out


def _why(a: Claim, b: Claim) -> str:
    va, vb = a.value, b.value
    if a.negated != b.negated:
        negated = a if a.negated else b
        return f" (only {negated.source} negates it)"
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return " (the figures do not overlap)"
    if isinstance(va, DateMention) and isinstance(vb, DateMention):
        return " (the dates do not overlap)"
    if isinstance(va, NameMention) and isinstance(vb, NameMention):
        return " (different names in the same role)"
    if isinstance(va, Quote) and isinstance(vb, Quote):
        return " (the quoted words differ in a number or a negation)"
    return ""


def single_source(claims: Iterable[Claim]) -> list[Finding]:
    """One single-source finding per claim that no other source aligns with and that is checkable.

    Checkable: a figure, a resolved date tied to a predicate, or a person named as an actor.
    """
    findings: list[Finding] = []
    seen: set[tuple[str, str, str]] = set()
    for claim in claims:
        value = claim.value
        if isinstance(value, (Quote, NameMention, Phrase)):
            continue  # people are reported by entity (see single_source_entities)
        if isinstance(value, DateMention) and not (
            claim.key and claim.key != SAYING and value.resolved
        ):
            continue  # undated events, and the days statements were made, are not checked alone
        if isinstance(value, Quantity) and not _checkable(claim, value):
            continue
        key = claim.key or value.text.lower()
        # The same value for the same predicate twice in one source is one claim.
        identity = (claim.source, key, value.text.lower())
        if identity in seen:
            continue
        seen.add(identity)
        findings.append(
            Finding(
                id="",
                kind=FindingKind.SINGLE_SOURCE,
                aspect=Aspect(aspect_of(claim)),
                key=key,
                citations=(_cite(claim),),
                confidence=0.5,
                explanation=(
                    f"Only {claim.source} says {_words(value)}"
                    f"{' about ' + _topic(claim) if claim.key else ''}."
                ),
            )
        )
    return findings


def _checkable(claim: Claim, value: Quantity) -> bool:
    """A figure worth reporting alone: tied to a predicate, or money, a share or a measure.

    "two countries" or "one little drop" with no event around them are not claims to check.
    """
    if value.kind in {"money", "percent", "measure", "age"}:
        return True
    if not claim.key:
        return False
    return not (value.unit is None and value.high is not None and value.high <= 1)


def entity_findings(
    entities: Iterable[Entity],
    *,
    sentence_of: Callable[[str, Span], Span],
    reference: str | None = None,
    sources: int,
) -> list[Finding]:
    """Who is named where: an agreement per person several sources name, else single-source.

    Sources that name the same person ("Delcy Rodríguez", "Delcy Rodriguez", "Rodriguez") agree
    that the person is part of the story; a person only one source names is a single-source
    claim. Each source is cited by its fullest mention, and in an agreement by each other full
    form of the name it uses, at its first use. In reference mode, a person named by
    another source is supported when the reference names them too, and unsupported otherwise.

    Args:
        entities: the report's entity index.
        sentence_of: the span of the sentence around a span of a source.
        reference: the trusted source in reference mode.
        sources: how many sources were checked; with one, nothing is reported.
    """
    if sources < 2:
        return []
    findings: list[Finding] = []
    for entity in entities:
        if entity.kind != "person":
            continue
        fullest: dict[str, NameMention] = {}
        forms: dict[str, dict[str, NameMention]] = {}
        for source, mention in entity.mentions:
            if source not in fullest or len(mention.text) > len(fullest[source].text):
                fullest[source] = mention
            if len(mention.text.split()) > 1:
                forms.setdefault(source, {}).setdefault(fold_name(mention.text), mention)
        if reference is None:
            groups = [list(fullest)]
        elif reference in fullest:
            groups = [[reference, other] for other in fullest if other != reference]
        else:
            groups = [[other] for other in fullest]
        for group in groups:
            citations = tuple(
                Citation(s, fullest[s], sentence_of(s, fullest[s].span)) for s in group
            )
            names = {fold_name(c.text) for c in citations}
            if len(group) == 1:
                kind, confidence = FindingKind.SINGLE_SOURCE, 0.5
                explanation = f"Only {group[0]} names {citations[0].text}."
            else:
                kind = FindingKind.AGREEMENT
                # The same full name in every source is surer than a surname against a full name.
                confidence = 0.95 if len(names) == 1 else 0.8
                quoted = "; ".join(f"{c.source}: “{c.text}”" for c in citations)
                explanation = f"{_list_sources(group)} name the same person: {quoted}."
                # Each other full form a source uses is cited too, at its first use: "Ronald
                # Wilkson" beside "Ronald Everett Wilkson", a misspelt "Kurt Meyers" beside
                # "Kurt Myers".
                citations += tuple(
                    Citation(s, m, sentence_of(s, m.span))
                    for s in group
                    for m in forms.get(s, {}).values()
                    if m is not fullest[s]
                )
            findings.append(
                Finding(
                    id="",
                    kind=kind,
                    aspect=Aspect.NAME,
                    key=f"person:{entity.canonical}",
                    citations=citations,
                    confidence=confidence,
                    explanation=explanation,
                )
            )
    return findings
