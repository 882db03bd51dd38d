"""Dask: check a feed on a cluster, with the report of :func:`factcheck.feed.check_feed`.

Install with ``pip install 'factcheck[dask]'``; ``import factcheck`` never imports Dask, only
``import factcheck.dask`` does. The work runs wherever Dask's current scheduler runs it: on a
``dask.distributed`` cluster once a :class:`distributed.Client` is connected, else on Dask's
local scheduler.

The stages, each a Dask operation:

1. **extraction per partition**: every article is read once, in the partition that holds it
   (:func:`factcheck.pipeline.extract`), and the extractions stay on the workers (``persist``);
2. **grouping**: only each article's story terms (a few hundred bytes) travel to the client,
   which groups the feed into stories exactly as :func:`factcheck.feed.group_stories` does;
3. **a shuffle by story key**: the extractions move so that each story's articles meet on one
   worker (``Bag.groupby`` with the task-based shuffle);
4. **comparison per story**: each story is checked on its own, and the reports come back to the
   client in the order of the single-machine :func:`factcheck.feed.check_feed`.

The reports are the same as on one machine, whatever the partitioning and the number of
workers.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, cast

import dask
import dask.bag as db

from factcheck.align import DEFAULT_SCORE_CUTOFF
from factcheck.claims import Extraction
from factcheck.errors import InvalidArgument
from factcheck.feed import (
    DEFAULT_STORY_CUTOFF,
    _check_cutoff,
    _cluster,
    _extraction_features,
    _Features,
)
from factcheck.model import Source
from factcheck.pipeline import compare_extractions, extract, whole_number
from factcheck.report import Report

__all__ = ["check_feed", "to_bag"]

# Dask's bag functions carry no annotations: they are called through these two ``Any`` names.
_dask: Any = dask
_db: Any = db

_FIELDS = ("id", "text", "published", "outlet", "url", "title")


def _missing(value: object) -> bool:
    """Whether a record's field is absent: ``None``, or pandas' NaN / NaT in a dataframe."""
    return value is None or value != value  # noqa: PLR0124 (NaN and NaT are not equal to themselves)


def _to_source(record: object) -> Source:
    """A :class:`Source` from a Source or a record (a mapping or a dataframe row as a dict)."""
    if isinstance(record, Source):
        return record
    if isinstance(record, str):
        msg = f"record={record!r:.60} must be a Source or a mapping with 'id' and 'text'"
        raise InvalidArgument(msg)
    if not isinstance(record, Mapping):
        msg = f"record={record!r:.60} must be a Source or a mapping with 'id' and 'text'"
        raise InvalidArgument(msg)
    fields = {k: record[k] for k in _FIELDS if k in record and not _missing(record[k])}
    if "id" not in fields or "text" not in fields:
        msg = f"record={record!r:.60} lacks 'id' or 'text'"
        raise InvalidArgument(msg)
    fields["id"] = str(fields["id"])
    return Source(**fields)


def to_bag(sources: Any, *, npartitions: int | None = None) -> db.Bag:  # noqa: ANN401
    """A Dask bag of :class:`~factcheck.Source` from a bag, a dataframe or a plain iterable.

    Args:
        sources: a ``dask.bag.Bag`` of Sources or records (mappings with ``id``, ``text`` and
            optionally ``published``, ``outlet``, ``url``, ``title``); a ``dask.dataframe`` or
            ``pandas`` DataFrame with those columns; or an iterable of Sources or records.
        npartitions: for an iterable, how many partitions to cut it into (default: about 100
            sources a partition).

    Returns:
        A lazy bag of Sources, in the order given.

    Raises:
        InvalidArgument: if ``sources`` is none of those, or ``npartitions`` is not a whole
            number >= 1. A bad record raises when the bag is computed.

    >>> bag = to_bag([{"id": "a", "text": "One."}, Source("b", "Two.")])
    >>> [s.id for s in bag.compute()]
    ['a', 'b']
    """
    if npartitions is not None:
        whole_number("npartitions", npartitions)
    if isinstance(sources, db.Bag):
        return cast("db.Bag", _db.Bag.map(sources, _to_source))
    if hasattr(sources, "to_bag"):  # a dask dataframe: one dict per row
        return cast("db.Bag", sources.to_bag(format="dict").map(_to_source))
    if hasattr(sources, "to_dict") and hasattr(sources, "columns"):  # a pandas dataframe
        sources = sources.to_dict(orient="records")
    if isinstance(sources, (str, bytes, Mapping)) or not isinstance(sources, Iterable):
        msg = f"sources={sources!r:.60} must be a dask bag or dataframe, or an iterable of records"
        raise InvalidArgument(msg)
    items = [_to_source(r) for r in sources]
    if not items:
        msg = "sources=[] must hold at least one source"
        raise InvalidArgument(msg)
    parts = npartitions or max(1, math.ceil(len(items) / 100))
    return cast("db.Bag", _db.from_sequence(items, npartitions=min(parts, len(items))))


def _extract_partition(sources: Iterable[Source]) -> list[tuple[Extraction, _Features]]:
    """Stage 1, on a worker: every source of one partition, extracted once."""
    out = []
    for source in sources:
        extraction = extract(source)
        out.append((extraction, _extraction_features(extraction)))
    return out


def _light(pair: tuple[Extraction, _Features]) -> tuple[str, _Features]:
    return pair[0].source.id, pair[1]


def _keyed(
    pair: tuple[Extraction, _Features], story_of: Mapping[str, tuple[int, int]]
) -> Iterator[tuple[int, int, Extraction]]:
    """Stage 3: (story, position in the feed, extraction), for the stories to be checked."""
    extraction = pair[0]
    found = story_of.get(extraction.source.id)
    if found is not None:
        yield found[0], found[1], extraction


def _compare_group(
    group: tuple[int, Sequence[tuple[int, int, Extraction]]], score_cutoff: float
) -> tuple[int, Report]:
    """Stage 4, on a worker: one story's report, its articles in feed order."""
    story, members = group
    ordered = [e for _, _, e in sorted(members, key=lambda m: m[1])]
    return story, compare_extractions(ordered, score_cutoff=score_cutoff)


def check_feed(
    sources: Any,  # noqa: ANN401 (a dask bag or dataframe, or an iterable)
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    story_cutoff: float = DEFAULT_STORY_CUTOFF,
    min_sources: int = 2,
    npartitions: int | None = None,
) -> list[Report]:
    """:func:`factcheck.feed.check_feed` on Dask: the same reports, computed on the cluster.

    Args:
        sources: a Dask bag or dataframe, a pandas DataFrame, or an iterable of Sources or
            records (see :func:`to_bag`).
        score_cutoff: the alignment cutoff inside a story, as in :func:`factcheck.check`.
        story_cutoff: the grouping cutoff, as in :func:`factcheck.feed.group_stories`.
        min_sources: stories with fewer articles are not checked.
        npartitions: how many partitions the shuffle by story makes (default: as many as the
            input has); for an iterable, also how many it is cut into.

    Returns:
        One report per story of at least ``min_sources`` articles, in the order of
        :func:`factcheck.feed.group_stories`.

    Raises:
        InvalidArgument: a bad cutoff, ``min_sources`` or ``npartitions``, an input of another
            type, a record without id or text, no sources, or duplicate ids.

    >>> feed = [
    ...     Source("a", "The Mukilteo gunman killed 3 people.", title="Mukilteo shooting"),
    ...     Source("b", "Floods hit Dhaka as the monsoon arrives.", title="Dhaka floods"),
    ...     Source("c", "The Mukilteo gunman killed 4 people.", title="Mukilteo gunman"),
    ... ]
    >>> [([s.id for s in r.sources], r.summary["conflicts"]) for r in check_feed(feed)]
    [(['a', 'c'], 1)]

    .. versionadded:: 0.1
    """
    align_cutoff = _check_cutoff("score_cutoff", score_cutoff)
    cutoff = _check_cutoff("story_cutoff", story_cutoff)
    whole_number("min_sources", min_sources)
    bag: Any = to_bag(sources, npartitions=npartitions)
    extracted = bag.map_partitions(_extract_partition).persist()
    light: list[tuple[str, _Features]] = extracted.map(_light).compute()
    if not light:
        msg = "sources=[] must hold at least one source"
        raise InvalidArgument(msg)
    ids = [sid for sid, _ in light]
    if len(set(ids)) != len(ids):
        twice = next(sid for sid, n in Counter(ids).items() if n > 1)
        msg = f"sources contain the id {twice!r} more than once; ids must be unique"
        raise InvalidArgument(msg)
    stories = [s for s in _cluster([f for _, f in light], cutoff) if len(s) >= min_sources]
    if not stories:
        return []
    story_of = {ids[i]: (k, i) for k, story in enumerate(stories) for i in story}
    # One copy of the story table travels to each worker, not one per partition.
    table = _dask.delayed(story_of, traverse=False)
    groups = extracted.map(_keyed, table).flatten()
    shuffled = groups.groupby(
        operator.itemgetter(0),
        shuffle="tasks",
        npartitions=npartitions or extracted.npartitions,
    )
    reports: list[tuple[int, Report]] = shuffled.map(_compare_group, align_cutoff).compute()
    return [report for _, report in sorted(reports, key=lambda r: r[0])]
