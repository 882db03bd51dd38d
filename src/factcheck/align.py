"""Alignment: which claims of different sources speak of the same fact.

Candidates come from blocking keys (aspect with predicate, unit, rare words), never all pairs;
each
candidate pair is scored with a rapidfuzz scorer on the claims' content words plus agreement of
typed slots (same predicate, shared actors). Pairs are taken best first; a claim aligns with at
most one claim of each other source, and aligned claims form one group.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations

import attrs
from rapidfuzz import fuzz

from factcheck._lexicon import PEOPLE_UNITS, SAYING, STOPWORDS
from factcheck.compare import compare
from factcheck.errors import InvalidArgument
from factcheck.model import Claim, DateMention, NameMention, Quantity, Quote, Verdict
from factcheck.normalize import _calendar
from factcheck.normalize.names import fold

__all__ = [
    "DEFAULT_SCORE_CUTOFF",
    "Alignment",
    "align_claims",
    "aspect_of",
    "context_overlap",
    "counts_a_part",
    "measure",
    "parts_differ",
    "quote_overlap",
]

DEFAULT_SCORE_CUTOFF = 55.0
"""The least pair score (0-100) at which two claims align."""

# Above this many claims a block is too generic to pair exhaustively ("say" in a 10,000-article
# feed); only the closest neighbours by position are paired in it, which keeps the cost linear.
_MAX_BLOCK = 64
_WINDOW = 20

# Predicates of a date that a person has one of: the same person's are the same fact.
_ONCE_IN_A_LIFE = frozenset({"born", "kill"})

Scorer = Callable[[str, str], float]
EntityOf = Callable[[str, NameMention], str]


@attrs.frozen
class Alignment:
    """Claims of different sources aligned as one fact, with the score that joined them."""

    claims: tuple[Claim, ...]
    score: float


def aspect_of(claim: Claim) -> str:
    """The aspect a claim compares: quantity, date, name or quote."""
    value = claim.value
    if isinstance(value, Quantity):
        return "quantity"
    if isinstance(value, DateMention):
        return "date"
    if isinstance(value, NameMention):
        return "name"
    return "quote"


_QUOTE_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_QUOTE_MIN_SHARED = 4


def _content_words(text: str) -> set[str]:
    return {w for w in _QUOTE_WORD.findall(text.lower()) if w not in STOPWORDS}


def quote_overlap(a: str, b: str) -> float:
    """How much two quotations share, 0-100: content words in common over the shorter's.

    Quotations of one statement are often cut at different places ("traveled to Caracas to conduct
    an initial assessment" within a longer quotation), so the shorter one's words are what count.
    Fewer than four shared content words score 0.

    >>> quote_overlap("traveled to Caracas to conduct an initial assessment",
    ...               "personnel traveled to Caracas to conduct an initial assessment of it")
    100.0
    """
    wa, wb = _content_words(a), _content_words(b)
    shared = len(wa & wb)
    if shared < _QUOTE_MIN_SHARED:
        return 0.0
    return 100.0 * shared / min(len(wa), len(wb))


def measure(quantity: Quantity) -> str:
    """What a figure measures, for alignment: its unit, with counts of people struck as one."""
    unit = quantity.unit or quantity.kind
    return "person" if unit in PEOPLE_UNITS else unit


def _blocks(claim: Claim) -> list[tuple[str, ...]]:
    value = claim.value
    if isinstance(value, Quantity):
        unit = measure(value)
        keys: list[tuple[str, ...]] = [("quantity", value.kind, unit)]
        if claim.key:
            keys.append(("quantity", value.kind, unit, claim.key))
        return keys
    if isinstance(value, DateMention):
        return [("date", claim.key)] if claim.key else [("date", "", claim.context[:1])]
    if isinstance(value, NameMention):
        return [("name", claim.key)]
    assert isinstance(value, Quote)
    # Two quotations of one statement share rare words: block on each of the longest three.
    words = sorted(_content_words(value.text), key=lambda w: (-len(w), w))
    return [("quote", w) for w in words[:3]]


def _pair_score(
    a: Claim,
    b: Claim,
    scorer: Scorer,
    entity_of: EntityOf,
    *,
    only_ones: bool = False,
    contexts: Callable[[Claim, Claim], float] | None = None,
) -> float:
    """Score a candidate pair 0-100.

    ``only_ones``: each of the two sources has just this one figure of this measure, which makes
    it likely that both speak of the same fact ("65 yards" and "64 yards").
    """
    va, vb = a.value, b.value
    if isinstance(va, Quote) and isinstance(vb, Quote):
        return quote_overlap(va.text, vb.text)
    context = float(scorer(a.context, b.context)) if contexts is None else contexts(a, b)
    same_key = bool(a.key) and a.key == b.key
    actors_a = {entity_of(a.source, n) for n in a.actors}
    actors_b = {entity_of(b.source, n) for n in b.actors}
    shared = len(actors_a & actors_b)
    score = 0.6 * context + (25.0 if same_key else 0.0) + min(shared, 3) * 5.0
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        if measure(va) != measure(vb) or va.kind != vb.kind:
            return 0.0
        if (a.key in _SETTING_KEYS or b.key in _SETTING_KEYS) and a.key != b.key:
            return 0.0  # a town's population or the people present is not a count of victims
        if va.kind == "age" and not _same_owner(a, b, entity_of):
            return 0.0  # the ages of two different people, or of nobody named, are not one fact
        if va.kind != "age" and a.holder is not None and b.holder is not None:
            if entity_of(a.source, a.holder) != entity_of(b.source, b.holder):
                return 0.0  # "Romney with 21 percent" and "Huckabee at 17 percent"
            score += 10.0
        if va.unit is None and not same_key:
            score -= 15.0  # a bare number with no predicate in common is weak evidence
        # A part is not the whole count: "three other people were wounded". Different bare
        # numbers, or figures of a measure other than people, need sentences alike beyond one
        # verb: "News Channel 11" and "44"; "$716 billion" and "$882 billion" for two
        # programmes. Counts of people (a death toll) and a source's only figure of a measure
        # stand.
        part = parts_differ(va, vb)
        # A length of time vouches for nothing alone: "served 20 years" and "his wife of 40
        # years" are each source's only figure in years, of two different things.
        vouched = only_ones and (same_key or va.unit not in _TIME_UNITS)
        weak = (
            va.unit is None or (measure(va) != "person" and va.kind != "age" and not vouched)
        ) and _weakly_alike(a, b)
        if (part or weak) and compare(va, vb) is Verdict.CONFLICT:
            return 0.0
        if va.unit is not None:
            # The same unit is evidence; the same event counted in it, strong evidence.
            score += 20.0 if same_key else 10.0
        if only_ones:
            score += 10.0
        # Figures of one sentence share its context: the one at the same place in the other
        # source's sentence is the likelier match ("$38.6 million … $99.3 million" against
        # "$38.7 million … $101.6 million").
        score += _PLACE_BONUS * (1.0 - abs(_place_in_sentence(a) - _place_in_sentence(b)))
    elif isinstance(va, DateMention) and isinstance(vb, DateMention):
        conflicting = compare(va, vb) is Verdict.CONFLICT
        if SAYING in (a.key, b.key) and conflicting:
            # "said Monday" dates a statement, and a story holds many: two days of saying are
            # two statements (near-identical sentences are compared word by word instead)
            return 0.0
        once = a.key in _ONCE_IN_A_LIFE and same_key and _same_person(a, b, entity_of)
        if not same_key:
            score -= 20.0  # "January 3 operation" is not "On January 9 ... traveled"
        elif once:
            score += 15.0  # one person is born once and dies once
        # Two actors in common vouch for one event only at one granularity: "the November
        # election" and "Thursday night's comments" name two events of one story.
        vouched = shared >= _SHARED_ACTORS_FOR_DATES and va.granularity == vb.granularity
        if conflicting and _same_relative_words(va, vb):
            # "on Friday" or "two days ago" in two sources read as two days: the publication
            # dates differ (or one speaks ahead, "will meet on Thursday"), not the sources
            return 0.0
        if conflicting and not once and not vouched and _weakly_alike(a, b):
            # A story has many meetings, releases and elections: two different dates with the
            # same verb are one fact only when the sentences also share what happened.
            return 0.0
    elif isinstance(va, NameMention) and isinstance(vb, NameMention):
        # A person aligns with the same person only. That two sources name different people in
        # one role is judged where the sentences are nearly the same (statement diffs), not here.
        if not same_key or entity_of(a.source, va) != entity_of(b.source, vb):
            return 0.0
        score += 15.0
    return min(score, 100.0)


_MIN_CONFLICT_OVERLAP = 0.25
_SHARED_ACTORS_FOR_DATES = 2
_PART_WORDS = frozenset("other others additional more another further remaining".split())


_PARTITIVE_DETERMINERS = frozenset("the these those his her their its our my your".split())


def counts_a_part(words: Sequence[str]) -> bool:
    """Whether a count's lower-cased words say it is a part of a larger one: "two other people",
    "3 more", "one of the victims", "four of his children" ("more than 3" is a bound, not a
    part)."""
    return _partitive(words) or any(
        w in _PART_WORDS and not (w == "more" and words[k + 1 : k + 2] == ["than"])
        for k, w in enumerate(words)
    )


def parts_differ(a: Quantity, b: Quantity) -> bool:
    """Whether two counts cannot be one fact told twice: one is a part and the other not
    ("three other people" / "five people"), or either is a subset of a group ("one of the
    victims")."""
    words_a, words_b = a.text.lower().split(), b.text.lower().split()
    return (
        counts_a_part(words_a) != counts_a_part(words_b)
        or _partitive(words_a)
        or _partitive(words_b)
    )


def _partitive(words: Sequence[str]) -> bool:
    """Whether a count picks some members of a group it names: "one of the victims", "two of
    her friends". Two such counts are two subsets, not one fact told twice."""
    return any(
        w == "of" and k + 1 < len(words) and words[k + 1] in _PARTITIVE_DETERMINERS
        for k, w in enumerate(words)
    )


_PLACE_BONUS = 4.0


# Keys of counts that set the scene (see claims._setting_key): they align with their own kind.
_SETTING_KEYS = frozenset({"population", "present"})
_WEEKDAY = re.compile(
    r"\b(" + "|".join(w for w in _calendar.WEEKDAYS if w.endswith("day")) + r")\b", re.I
)


def _same_relative_words(a: DateMention, b: DateMention) -> bool:
    """Whether two relative dates are the same words ("two days ago") or the same weekday
    ("Friday", "on Friday morning"), each resolved from its own source's publication date."""
    if not (a.relative and b.relative):
        return False
    if " ".join(a.text.lower().split()) == " ".join(b.text.lower().split()):
        return True
    wa, wb = _WEEKDAY.search(a.text), _WEEKDAY.search(b.text)
    return wa is not None and wb is not None and wa.group(1).lower() == wb.group(1).lower()


_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade"})


def _place_in_sentence(claim: Claim) -> float:
    """Where the claim's value stands in its sentence, 0 (start) to 1 (end)."""
    length = max(1, len(claim.span))
    return min(1.0, max(0.0, (claim.value.span.start - claim.span.start) / length))


def context_overlap(a: Claim, b: Claim) -> float:
    """The Jaccard similarity of two claims' sentences' content words (1.0 when both have none)."""
    wa, wb = set(a.context.split()), set(b.context.split())
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


def _weakly_alike(a: Claim, b: Claim) -> bool:
    """Whether two claims' sentences share under a quarter of their content words.

    A different value is evidence against the same fact; two values that differ need sentences
    alike beyond one verb to be one fact said two ways.
    """
    return context_overlap(a, b) < _MIN_CONFLICT_OVERLAP


def _owner(claim: Claim, entity_of: EntityOf) -> str:
    """The entity whose age an age claim gives ("age:<name>"), "" when none is named."""
    name = claim.key.removeprefix("age:")
    if not name:
        return ""
    for actor in claim.actors:
        if fold(actor.canonical) == name:
            return entity_of(claim.source, actor)
    return claim.key


def _same_owner(a: Claim, b: Claim, entity_of: EntityOf) -> bool:
    """Whether two age claims are of one named person: one name, or one linked entity."""
    if a.key == "age:" or b.key == "age:":
        return False
    return a.key == b.key or _owner(a, entity_of) == _owner(b, entity_of)


def _same_person(a: Claim, b: Claim, entity_of: EntityOf) -> bool:
    people_a = {entity_of(a.source, n) for n in a.actors if n.kind == "person"}
    return any(entity_of(b.source, n) in people_a for n in b.actors if n.kind == "person")


def align_claims(
    claims: Mapping[str, Sequence[Claim]],
    *,
    entity_of: EntityOf | None = None,
    reference: str | None = None,
    scorer: Scorer = fuzz.token_set_ratio,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
) -> list[Alignment]:
    """Group the claims of different sources that speak of the same fact.

    Args:
        claims: each source id with its claims.
        entity_of: maps a source id and a name mention to an entity id, so that "Delcy Rodriguez"
            in one source and "Delcy Rodríguez" in another count as one actor (default: the
            mention's canonical key).
        reference: if given, only pairs with one claim from this source are aligned.
        scorer: a rapidfuzz-style scorer of two strings, 0-100.
        score_cutoff: the least pair score at which two claims align.

    Returns:
        The groups of two or more aligned claims, best score first; a group holds at most one
        claim per source.

    Raises:
        InvalidArgument: if ``score_cutoff`` is outside [0, 100] or ``reference`` is unknown.
    """
    if not 0 <= score_cutoff <= 100:
        msg = f"score_cutoff={score_cutoff!r} must be in [0, 100]"
        raise InvalidArgument(msg)
    if reference is not None and reference not in claims:
        msg = f"reference={reference!r} is not one of the source ids {sorted(claims)!r}"
        raise InvalidArgument(msg)
    resolve: EntityOf = entity_of or (lambda _source, name: name.canonical)

    flat: list[Claim] = [c for cs in claims.values() for c in cs]
    index = {id(c): i for i, c in enumerate(flat)}
    extent: dict[str, int] = {}
    for c in flat:
        extent[c.source] = max(extent.get(c.source, 1), c.span.end)
    # where each value stands in its source (not its sentence: a sentence of many figures would
    # put them all at one place, and the window below would pair the wrong ones)
    place = [c.value.span.start / extent[c.source] for c in flat]
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, claim in enumerate(flat):
        for key in _blocks(claim):
            blocks[key].append(i)

    # How many different figures of each measure each source gives (one figure said twice is
    # still one).
    per_source: Counter[tuple[str, str, str]] = Counter(
        (source, kind, unit)
        for source, kind, unit, _, _ in {
            (c.source, c.value.kind, measure(c.value), c.value.low, c.value.high)
            for c in flat
            if isinstance(c.value, Quantity)
        }
    )
    scored: dict[tuple[int, int], float] = {}
    # Claims of one sentence share its context: score each pair of sentences once, not once per
    # pair of their figures (a sentence of 200 figures against its copy is 40,000 pairs).
    context_scores: dict[tuple[str, int, str, int], float] = {}

    def contexts(a: Claim, b: Claim) -> float:
        key = (a.source, a.span.start, b.source, b.span.start)
        if key not in context_scores:
            context_scores[key] = float(scorer(a.context, b.context))
        return context_scores[key]

    for members in blocks.values():
        for i, j in _candidate_pairs(members, place):
            a, b = flat[i], flat[j]
            if a.source == b.source or (i, j) in scored:
                continue
            if reference is not None and reference not in (a.source, b.source):
                continue
            score = _pair_score(
                a, b, scorer, resolve, only_ones=_only_ones(a, b, per_source), contexts=contexts
            )
            scored[(i, j)] = score

    # Greedy, best pair first: groups never hold two claims of one source.
    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    best: dict[int, float] = {}
    order = sorted(
        ((s, pair) for pair, s in scored.items() if s >= score_cutoff),
        key=lambda item: (-item[0], item[1]),
    )
    for score, (i, j) in order:
        gi, gj = group_of.get(i, i), group_of.get(j, j)
        if gi == gj:
            continue
        members_i, members_j = groups.get(gi, [i]), groups.get(gj, [j])
        sources_i = {flat[k].source for k in members_i}
        if any(flat[k].source in sources_i for k in members_j):
            continue
        if reference is not None and len(members_i) > 1 and len(members_j) > 1:
            continue  # in reference mode a group is the reference claim and its matches
        groups.pop(gi, None)
        groups.pop(gj, None)
        new = min(gi, gj)
        groups[new] = members_i + members_j
        best[new] = max(score, best.pop(gi, 0.0), best.pop(gj, 0.0))
        for k in groups[new]:
            group_of[k] = new

    result = [
        Alignment(tuple(flat[k] for k in sorted(members)), best[key])
        for key, members in groups.items()
    ]
    if reference is not None:
        # Each claim of another source is supported or contradicted by the reference on its own.
        result = [
            Alignment((ref, other), scored.get(_key(index[id(ref)], index[id(other)]), a.score))
            for a in result
            for ref in a.claims
            if ref.source == reference
            for other in a.claims
            if other.source != reference
        ]
    result.sort(key=lambda a: (-a.score, index[id(a.claims[0])]))
    return result


def _only_ones(a: Claim, b: Claim, per_source: Counter[tuple[str, str, str]]) -> bool:
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)) or va.unit is None:
        return False
    return (
        per_source[(a.source, va.kind, measure(va))] == 1
        and per_source[(b.source, vb.kind, measure(vb))] == 1
    )


def _key(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _candidate_pairs(members: Sequence[int], place: Sequence[float]) -> Iterable[tuple[int, int]]:
    """All pairs of a block, or in a big block the neighbours by relative place in their source.

    Articles of one story tell it in much the same order: ordered by how far into its source a
    claim stands, the claims of one fact from different sources come close together, and a
    window over that order pairs them at a cost linear in the block.
    """
    if len(members) <= _MAX_BLOCK:
        return combinations(members, 2)
    ordered = sorted(members, key=lambda k: (place[k], k))
    return (
        _key(ordered[i], ordered[j])
        for i in range(len(ordered))
        for j in range(i + 1, min(len(ordered), i + _WINDOW))
    )
