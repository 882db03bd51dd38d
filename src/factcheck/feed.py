"""Feeds: many articles about many stories, grouped into stories and checked within each.

A day's feed holds thousands of articles about hundreds of stories. Checking every article
against every other would cost time quadratic in the feed and would compare articles that have
nothing to do with each other, so :func:`group_stories` first clusters the feed into stories and
:func:`check_feed` then runs the :func:`factcheck.check` pipeline inside each story alone.

How two articles are judged to tell one story:

- each article becomes a bag of *terms*: the canonical keys of the people, places and
  organizations it names (:func:`factcheck.parse_names`; not its own outlet's name), the days
  its dates resolve to (:func:`factcheck.parse_dates`, relative dates against the article's
  ``published`` date) and the content words of its title (or, without a title, of its first
  words);
- terms are weighted by tf-idf over the feed, so that a victim's name or a street weighs more
  than "police" or "United States";
- *blocking*: only articles that share one of their most telling terms become candidate pairs,
  and a term found in many articles pairs each article with a few neighbours only, so the work
  grows with the feed's size, not with its square;
- a candidate pair's score (0-100) is the cosine of the two weighted bags, nudged by the
  rapidfuzz ``token_set_ratio`` of the two titles;
- pairs at or above ``score_cutoff`` are taken best first, and each joins its two stories when
  the stories' centroids (the sums of their articles' vectors) still score at or above the
  cutoff (a little more for stories past eight articles): a chain of weak links through a
  common place name does not merge two incidents, nor coverage of the same people one topic;
- stories are listed in order of their first article; inside a story the articles keep the
  feed's order. Nothing depends on the machine, the clock or the number of workers.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import NamedTuple

from rapidfuzz import fuzz

from factcheck._story_words import STOP_WORDS
from factcheck.align import DEFAULT_SCORE_CUTOFF
from factcheck.claims import Extraction
from factcheck.errors import InvalidArgument
from factcheck.model import DateMention, Granularity, NameMention, Source
from factcheck.normalize.dates import parse_dates
from factcheck.normalize.names import parse_names
from factcheck.pipeline import compare_extractions, extract, whole_number
from factcheck.report import Report
from factcheck.sources import coerce_sources

__all__ = ["DEFAULT_STORY_CUTOFF", "check_feed", "group_stories"]

DEFAULT_STORY_CUTOFF = 15.0
"""The least story score (0-100) at which two articles count as one story.

Chosen on a mixed feed of shooting reports (many incidents, several in one city), in the
middle of the range (14-16) where purity and inverse purity both stay above 0.9.
"""

_TOP_TERMS = 12
"""How many of an article's heaviest terms open blocks (candidate pairs)."""

_MAX_BLOCK = 64
"""A block (the articles sharing one key) up to this size pairs all its articles."""

_WINDOW = 16
"""In a bigger block, each article is paired with the next ``_WINDOW`` articles only, so that
no term costs pairs in the square of its frequency."""

_DATE_WEIGHT = 3
"""A day that an article's dates resolve to counts as much as three mentions of a name: the day
of an event is the surest sign of which event it is."""

_GROW_FROM = 8
_GROW_RATE = 0.2
"""Past ``_GROW_FROM`` articles, a story needs a higher centroid score to grow: the cutoff times
``1 + _GROW_RATE * log2(size / _GROW_FROM)`` (x1.2 at 16 articles, x1.4 at 32, x1.6 at 64).
The articles of one event stay alike as their story grows, while a chain of stories about the
same people (a politician's week) grows on ever weaker links."""

_TITLE_WEIGHT = 0.1
"""The share of the story score that the titles' rapidfuzz similarity can take away."""

_LEAD_CHARS = 160
"""Without a title, the lead (the text's first characters) stands in for it."""

_NAME_KINDS = frozenset({"person", "place", "organization", "other"})
_URL_HEAD = re.compile(r"^(?:[a-z]+://)?(?:www\.)?")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


class _Features(NamedTuple):
    """What the story grouping knows of one article: its terms and its folded title."""

    terms: dict[str, int]
    title: str


def _check_cutoff(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"{name}={value!r} must be a number in [0, 100]"
        raise InvalidArgument(msg)
    if not 0 <= value <= 100:
        msg = f"{name}={value!r} must be a number in [0, 100]"
        raise InvalidArgument(msg)
    return float(value)


def _features(
    source: Source, names: Sequence[NameMention], dates: Sequence[DateMention]
) -> _Features:
    """The terms of one article, from its name and date mentions and its title."""
    terms: Counter[str] = Counter()
    outlet = _outlet_key(source.outlet)
    for m in names:
        key = m.canonical or m.text.casefold()
        if m.kind in _NAME_KINDS and len(key) > 2 and not _is_outlet(key, outlet):
            terms["n:" + key] += 1
    for d in dates:
        if d.granularity is Granularity.DAY and d.start is not None and d.start == d.end:
            terms["d:" + d.start.isoformat()] += _DATE_WEIGHT
    title = source.title or source.text[:_LEAD_CHARS]
    folded = title.casefold()
    for word in _WORD.findall(folded):
        if word not in STOP_WORDS:
            terms["w:" + word] += 1
    return _Features(dict(terms), folded)


def _outlet_key(outlet: str | None) -> str:
    """The outlet's name folded to letters and digits: "www.KHOU.com" -> "khou"."""
    if not outlet:
        return ""
    host = _URL_HEAD.sub("", outlet.casefold())
    return _NOT_ALNUM.sub("", host.split(".", 1)[0] if "." in host else host)


def _is_outlet(key: str, outlet: str) -> bool:
    """Whether a name is the article's own outlet ("KHOU 11 News" in an article of khou.com).

    An outlet's name is furniture of every article it publishes, whatever the story: kept as a
    term, it would join an outlet's articles about different events.
    """
    if len(outlet) < 3:
        return False
    folded = _NOT_ALNUM.sub("", key)
    return bool(folded) and (folded in outlet or outlet in folded)


def _source_features(source: Source) -> _Features:
    """The terms of one article, parsing only what the grouping needs (names and dates)."""
    return _features(
        source, parse_names(source.text), parse_dates(source.text, reference=source.published)
    )


def _extraction_features(extraction: Extraction) -> _Features:
    """The terms of one article from a full extraction (the same as :func:`_source_features`)."""
    return _features(extraction.source, extraction.names, extraction.dates)


def _weights(features: Sequence[_Features]) -> list[dict[str, float]]:
    """Each article's terms weighted by tf-idf over the feed, as a unit vector."""
    n = len(features)
    df: Counter[str] = Counter()
    for f in features:
        df.update(f.terms.keys())
    # Smoothed idf (as scikit-learn's): a term that every article holds still weighs 1, so
    # that a feed of two articles about one story is still one story.
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    vectors: list[dict[str, float]] = []
    for f in features:
        v = {t: (1.0 + math.log(c)) * idf[t] for t, c in f.terms.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vectors.append({t: w / norm for t, w in v.items()})
    return vectors


def _blocks(vectors: Sequence[dict[str, float]]) -> list[list[str]]:
    """Each article's block keys: its heaviest terms among those another article holds."""
    df: Counter[str] = Counter()
    for v in vectors:
        df.update(v.keys())
    keys: list[list[str]] = []
    for v in vectors:
        usable = [t for t in v if df[t] > 1]
        usable.sort(key=lambda t: (-v[t], t))
        keys.append(usable[:_TOP_TERMS])
    return keys


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def _edges(
    features: Sequence[_Features], vectors: Sequence[dict[str, float]], cutoff: float
) -> list[tuple[float, int, int]]:
    """The candidate pairs that reach ``cutoff``, best first (ties in index order)."""
    keys = _blocks(vectors)
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for t in ks:
            postings[t].append(i)
    edges: list[tuple[float, int, int]] = []
    for i, ks in enumerate(keys):
        near: set[int] = set()
        for t in ks:
            members = postings[t]
            if len(members) <= _MAX_BLOCK:
                near.update(j for j in members if j > i)
            else:
                # A big block (a big story, or a common term) pairs each article with the next
                # few only: the story still joins up through the chain, in linear time.
                k = bisect.bisect_right(members, i)
                near.update(members[k : k + _WINDOW])
        vi, ti = vectors[i], features[i].title
        for j in sorted(near):
            cosine = _dot(vi, vectors[j])
            if 100.0 * cosine < cutoff:
                continue  # the titles can only lower the score
            titles = fuzz.token_set_ratio(ti, features[j].title) / 100.0
            score = 100.0 * cosine * ((1.0 - _TITLE_WEIGHT) + _TITLE_WEIGHT * titles)
            if score >= cutoff:
                edges.append((score, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def _cluster(features: Sequence[_Features], cutoff: float) -> list[list[int]]:
    """Group article indices into stories (see the module docstring).

    Pairs are taken best first; a pair joins its two stories only when the stories' centroids
    (the sums of their articles' vectors) still reach the cutoff, so that a chain of weak links
    through a common place name ("Houston") does not merge two incidents, and a story of more
    than ``_GROW_FROM`` articles needs a little more (see ``_GROW_RATE``).
    """
    vectors = _weights(features)
    parent = list(range(len(features)))
    centroid: dict[int, dict[str, float]] = {}
    size = [1] * len(features)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in _edges(features, vectors, cutoff):
        a, b = find(i), find(j)
        if a == b:
            continue
        if a in centroid or b in centroid:  # two single articles were scored already
            ca = centroid.get(a, vectors[a])
            cb = centroid.get(b, vectors[b])
            norms = math.sqrt(_dot(ca, ca) * _dot(cb, cb)) or 1.0
            need = cutoff
            total = size[a] + size[b]
            if total > _GROW_FROM:
                need *= 1.0 + _GROW_RATE * math.log2(total / _GROW_FROM)
            if 100.0 * _dot(ca, cb) / norms < need:
                continue
        root, other = min(a, b), max(a, b)
        # Add the smaller centroid into the bigger one; an article's own vector is copied
        # first, never changed.
        own_other = other in centroid
        big = centroid.pop(root) if root in centroid else dict(vectors[root])
        small = centroid.pop(other) if own_other else vectors[other]
        if len(small) > len(big):
            big, small = (small if own_other else dict(small)), big
        for t, w in small.items():
            big[t] = big.get(t, 0.0) + w
        centroid[root] = big
        parent[other] = root
        size[root] += size[other]
    stories: dict[int, list[int]] = {}
    for i in range(len(features)):
        stories.setdefault(find(i), []).append(i)
    return list(stories.values())


def group_stories(
    sources: Iterable[Source | str] | Source | str,
    *,
    score_cutoff: float = DEFAULT_STORY_CUTOFF,
) -> list[list[Source]]:
    """Cluster a feed of articles into stories.

    Args:
        sources: the feed: :class:`~factcheck.Source` objects or plain strings (ids then ``s1``,
            ``s2``, ...). Titles, publication dates and outlets help when given.
        score_cutoff: the least story score (0-100) at which two articles count as one story;
            higher splits more, lower joins more.

    Returns:
        The stories, in order of their first article; each holds its articles in feed order.
        Every source is in exactly one story (an article about nothing else in the feed is a
        story of its own).

    Raises:
        InvalidArgument: no sources, an item that is neither a Source nor a str, an empty text,
            duplicate ids, or a ``score_cutoff`` outside [0, 100].

    >>> feed = [
    ...     Source("a", "Gunman kills 3 at Mukilteo party, police say.", title="Mukilteo shooting"),
    ...     Source("b", "Floods hit Dhaka as the monsoon arrives.", title="Dhaka floods"),
    ...     Source("c", "Mukilteo police named the gunman on Sunday.", title="Mukilteo gunman"),
    ... ]
    >>> [[s.id for s in story] for story in group_stories(feed)]
    [['a', 'c'], ['b']]

    .. versionadded:: 0.1
    """
    cutoff = _check_cutoff("score_cutoff", score_cutoff)
    items = coerce_sources(sources)
    stories = _cluster([_source_features(s) for s in items], cutoff)
    return [[items[i] for i in story] for story in stories]


def _check_story(args: tuple[Sequence[Source], float]) -> Report:
    sources, score_cutoff = args
    return compare_extractions([extract(s) for s in sources], score_cutoff=score_cutoff)


def check_feed(
    sources: Iterable[Source | str] | Source | str,
    *,
    workers: int = 1,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    story_cutoff: float = DEFAULT_STORY_CUTOFF,
    min_sources: int = 2,
) -> list[Report]:
    """Group a feed into stories (:func:`group_stories`) and check each story on its own.

    With one worker each article is read once: the same extraction serves the grouping and the
    check. Each story's report is the one :func:`factcheck.check` gives on that story's articles.

    Args:
        sources: the feed: :class:`~factcheck.Source` objects or plain strings.
        workers: how many processes group the articles and check the stories; the reports are
            the same for any number. Worker processes send back story terms and reports, never
            extractions (pickling those costs about half as much as making them, and the parent
            would hold them all), so names and dates are parsed twice then.
        score_cutoff: the alignment cutoff inside a story, as in :func:`factcheck.check`.
        story_cutoff: the grouping cutoff, as ``score_cutoff`` in :func:`group_stories`.
        min_sources: stories with fewer articles are not checked (a story of one article has
            nothing to be checked against; pass 1 to get its single-source claims too).

    Returns:
        One report per story of at least ``min_sources`` articles, in the order of
        :func:`group_stories`.

    Raises:
        InvalidArgument: as :func:`group_stories`, or ``workers`` / ``min_sources`` not a whole
            number >= 1.

    >>> feed = [
    ...     Source("a", "The Mukilteo gunman killed 3 people.", title="Mukilteo shooting"),
    ...     Source("b", "Floods hit Dhaka as the monsoon arrives.", title="Dhaka floods"),
    ...     Source("c", "The Mukilteo gunman killed 4 people.", title="Mukilteo gunman"),
    ... ]
    >>> [([s.id for s in r.sources], r.summary["conflicts"]) for r in check_feed(feed)]
    [(['a', 'c'], 1)]

    .. versionadded:: 0.1
    """
    whole_number("workers", workers)
    whole_number("min_sources", min_sources)
    cutoff = _check_cutoff("story_cutoff", story_cutoff)
    align_cutoff = _check_cutoff("score_cutoff", score_cutoff)
    items = coerce_sources(sources)
    if workers == 1 or len(items) < 2:
        extractions = [extract(s) for s in items]
        stories = _cluster([_extraction_features(e) for e in extractions], cutoff)
        return [
            compare_extractions([extractions[i] for i in story], score_cutoff=align_cutoff)
            for story in stories
            if len(story) >= min_sources
        ]
    # In worker processes, extractions are not sent back and forth: pickling them costs about
    # half as much as making them, and the parent would hold them all. The workers send back
    # only each article's story terms, then get each story's sources and extract them again
    # (names and dates twice: about a third more work, spread over the workers), and send back
    # the reports.
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, len(items) // (workers * 4))
        features = list(pool.map(_source_features, items, chunksize=chunk))
        jobs = [
            ([items[i] for i in story], align_cutoff)
            for story in _cluster(features, cutoff)
            if len(story) >= min_sources
        ]
        chunk = max(1, len(jobs) // (workers * 4))
        return list(pool.map(_check_story, jobs, chunksize=chunk))
