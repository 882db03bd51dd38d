"""``check()``: the whole pipeline, from sources to a report.

loading → sentence segmentation → mention extraction and normalization (figures, dates, names,
quotes) → entity linking → claim building → alignment → comparison → report.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

from factcheck.align import DEFAULT_SCORE_CUTOFF, align_claims
from factcheck.claims import Extraction, build_claims, find_quotes
from factcheck.compare import compare
from factcheck.errors import InvalidArgument
from factcheck.findings import entity_findings, judge, restatements, single_source
from factcheck.frames import frame_findings
from factcheck.model import (
    Aspect,
    Claim,
    Entity,
    Finding,
    FindingKind,
    NameMention,
    Source,
    Span,
    Verdict,
)
from factcheck.normalize.dates import parse_dates
from factcheck.normalize.entities import link_entities
from factcheck.normalize.names import parse_names
from factcheck.normalize.quantities import parse_quantities
from factcheck.report import Report, number_findings
from factcheck.segment import split_sentences
from factcheck.sources import coerce_sources
from factcheck.statements import diff_statements

__all__ = ["check", "compare_extractions", "extract", "extract_all"]

_TYPED = frozenset({Aspect.QUANTITY, Aspect.DATE})


def extract(source: Source) -> Extraction:
    """Run every extraction stage on one source; its ``published`` date anchors relative dates."""
    text = source.text
    names = parse_names(text)
    return Extraction(
        source=source,
        sentences=tuple(split_sentences(text)),
        quantities=tuple(parse_quantities(text)),
        dates=tuple(parse_dates(text, reference=source.published)),
        names=tuple(names),
        quotes=tuple(find_quotes(text, names)),
    )


def whole_number(name: str, value: object) -> int:
    """``value`` if it is a whole number >= 1, else :class:`InvalidArgument` naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{name}={value!r} must be a whole number >= 1"
        raise InvalidArgument(msg)
    return value


def extract_all(
    sources: Sequence[Source],
    *,
    workers: int = 1,
    progress: Callable[[int, int], object] | None = None,
) -> list[Extraction]:
    """Run :func:`extract` on every source, in worker processes when ``workers > 1``.

    Args:
        sources: the sources.
        workers: how many processes; the results are the same for any number.
        progress: called as ``progress(done, total)`` after each source is extracted.

    Raises:
        InvalidArgument: if ``workers`` is not a whole number >= 1.
    """
    whole_number("workers", workers)
    total = len(sources)
    if workers == 1 or total < 2:
        results = (extract(s) for s in sources)
        return _reporting(results, total, progress)
    # Sources travel to the workers in chunks, so that many tiny sources do not cost one round
    # trip each; map keeps the order, so the report does not depend on the number of workers.
    chunk = max(1, total // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return _reporting(pool.map(extract, sources, chunksize=chunk), total, progress)


def _reporting(
    results: Iterable[Extraction], total: int, progress: Callable[[int, int], object] | None
) -> list[Extraction]:
    out: list[Extraction] = []
    for extraction in results:
        out.append(extraction)
        if progress is not None:
            progress(len(out), total)
    return out


def check(
    sources: Iterable[Source | str] | Source | str,
    *,
    reference: str | None = None,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    workers: int = 1,
    progress: Callable[[int, int], object] | None = None,
) -> Report:
    """Check sources against each other.

    Args:
        sources: :class:`Source` objects or plain strings (their ids are then ``s1``, ``s2``, ...).
        reference: the id of a trusted source. Then each claim of the other sources is reported as
            supported (agreement), contradicted (conflict) or unsupported (single-source) by it.
        score_cutoff: the least alignment score (0-100) at which two claims count as one fact.
        workers: how many processes run the extraction stages; the report is the same for any
            number. Worth it from a few hundred kilobytes of text on.
        progress: called as ``progress(done, total)`` as each source's extraction (most of the
            work) finishes, for progress bars.

    Returns:
        The report: agreements, conflicts and single-source claims with spans in every source, and
        the entities mentioned.

    Raises:
        InvalidArgument: no sources, an empty text, duplicate ids, an unknown ``reference``, a
            ``score_cutoff`` outside [0, 100], or ``workers`` not a whole number >= 1.

    >>> report = check(["Caracas said the raid killed 100 people.",
    ...                 "The raid killed more than one hundred people, Caracas said."])
    >>> report.summary["conflicts"]
    0

    .. versionadded:: 0.1
    """
    items = coerce_sources(sources)
    ids = [s.id for s in items]
    if reference is not None and reference not in ids:
        msg = f"reference={reference!r} is not one of the source ids {ids!r}"
        raise InvalidArgument(msg)
    extractions = extract_all(items, workers=workers, progress=progress)
    return compare_extractions(extractions, reference=reference, score_cutoff=score_cutoff)


def compare_extractions(
    extractions: Sequence[Extraction],
    *,
    reference: str | None = None,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
) -> Report:
    """The report of :func:`check` from extractions already made (:func:`extract`).

    Everything after extraction: entity linking, claim building, alignment, comparison, statement
    diffs and the report. Feeds and clusters extract once, where the text is, and compare where
    a story's extractions meet (see ``factcheck.feed`` and ``factcheck.dask``).

    Raises:
        InvalidArgument: an unknown ``reference`` or a ``score_cutoff`` outside [0, 100].
    """
    items = tuple(e.source for e in extractions)
    if reference is not None and reference not in {s.id for s in items}:
        msg = f"reference={reference!r} is not one of the source ids {[s.id for s in items]!r}"
        raise InvalidArgument(msg)
    entities = link_entities({e.source.id: e.names for e in extractions})
    entity_of = _entity_lookup(entities)
    claims = {e.source.id: build_claims(e) for e in extractions}
    alignments = align_claims(
        claims, entity_of=entity_of, reference=reference, score_cutoff=score_cutoff
    )
    restated = restatements(alignments, (c for cs in claims.values() for c in cs))
    findings = judge(alignments, entity_of=entity_of, restated=restated)
    aligned = {id(c) for a in alignments for c in a.claims}
    aligned.update(id(r) for again in restated.values() for r in again)
    unaligned: Sequence[Claim] = [
        c
        for cs in claims.values()
        for c in cs
        if id(c) not in aligned and (reference is None or c.source != reference)
    ]
    findings += single_source(unaligned)
    findings += entity_findings(
        entities,
        sentence_of=_sentence_lookup(extractions),
        reference=reference,
        sources=len(items),
    )
    statements = diff_statements(extractions, reference=reference)
    statements += [
        f
        for f in frame_findings(extractions, entity_of=entity_of)
        if reference is None or any(c.source == reference for c in f.citations)
    ]
    findings = _merge_statements(findings, statements)
    return Report(
        sources=items,
        findings=number_findings(findings),
        entities=tuple(entities),
        reference=reference,
    )


def _entity_lookup(entities: Sequence[Entity]) -> Callable[[str, NameMention], str]:
    table = {
        (source, mention.span.start, mention.span.end): entity.id
        for entity in entities
        for source, mention in entity.mentions
    }

    def entity_of(source: str, mention: NameMention) -> str:
        return table.get((source, mention.span.start, mention.span.end), mention.canonical)

    return entity_of


def _sentence_lookup(extractions: Sequence[Extraction]) -> Callable[[str, Span], Span]:
    sentences = {e.source.id: e.sentences for e in extractions}
    starts = {e.source.id: [s.span.start for s in e.sentences] for e in extractions}

    def sentence_of(source: str, span: Span) -> Span:
        # Sentences are in order and do not overlap: the last one starting at or before the span.
        k = bisect.bisect_right(starts[source], span.start) - 1
        if k >= 0 and sentences[source][k].span.contains(span):
            return sentences[source][k].span
        return span  # a name across a sentence break: cite the name alone

    return sentence_of


def _covers(finding: Finding, other: Finding) -> bool:
    """Whether ``finding`` cites, in every source of ``other``, words that ``other`` cites."""
    return all(
        any(c.source == o.source and c.span.overlaps(o.span) for c in finding.citations)
        for o in other.citations
    )


def _merge_statements(findings: list[Finding], statements: list[Finding]) -> list[Finding]:
    """Add the statement conflicts that no typed finding already explains.

    A typed finding (figures, dates, names, quotations) knows more than a word diff — that "100"
    and "one hundred" are the same figure — so where both speak of the same words, the typed one
    stands, with one exception: a figure or date that is merely *compatible* ("$160.3 million"
    and "$160.4 million", "at least 360" and "at least 420") but was changed in otherwise the
    same sentence is a deliberate change of fact, and the statement conflict replaces the
    agreement. A single-source claim inside a statement conflict is no longer single-source.
    """
    compared = [f for f in findings if f.kind is not FindingKind.SINGLE_SOURCE]
    kept: list[Finding] = []
    replaced: set[int] = set()
    for statement in statements:
        covering = [f for f in compared if _covers(f, statement)]
        if not covering:
            kept.append(statement)
        elif all(_merely_compatible(f, statement) for f in covering):
            kept.append(statement)
            replaced.update(id(f) for f in covering)
    return [
        f
        for f in findings
        if id(f) not in replaced
        and (
            f.kind is not FindingKind.SINGLE_SOURCE
            or not any(
                c.source == f.citations[0].source and c.span.overlaps(f.citations[0].span)
                for s in kept
                for c in s.citations
            )
        )
    ] + kept


def _merely_compatible(finding: Finding, statement: Finding) -> bool:
    """Whether a typed agreement's values in the two sources are compatible but not equal."""
    if finding.kind is not FindingKind.AGREEMENT or finding.aspect not in _TYPED:
        return False
    values = []
    for side in statement.citations:
        cited = [c for c in finding.citations if c.source == side.source]
        if not cited:
            return False
        values.append(cited[0].mention)
    return compare(values[0], values[1]) is Verdict.COMPATIBLE
