"""Throughput of every stage and of ``check()`` end to end, on real articles and synthetic feeds.

Usage::

    .venv/bin/python benchmarks/throughput.py [path ...] [--sizes 10,100,1000,10000]
        [--peer-seconds 20] [--repeat 3] [--tables stages,peers,feeds,scaling,parallel]
        [--profile out.prof]

where each path is a clusters ``.jsonl`` file or a directory of them (default:
``../shared/eval/clusters/``). Speeds are UTF-8 megabytes of article text per CPU second of one
process (``time.process_time``: other work on a shared machine then skews the figures less than
wall time would), the median of ``--repeat`` runs. Five tables (``--tables`` picks some of
``stages,peers,feeds,scaling,parallel``):

1. **stages** over the text of every source of every record: segmentation, quantities, dates,
   names, the whole extraction, claims, alignment (entity linking and claim alignment) and
   comparison (verdicts, single-source claims, entity findings and statement diffs), then
   ``check()`` on each record; in MB/s and sources/s.
2. **peers** on the same texts, in the same run: quantulum3's ``parse`` and dateparser's
   ``search_dates`` (each on as many texts as ``--peer-seconds`` allows), printed as the ratio of
   our speed to theirs.
3. **feeds**: :func:`factcheck.feed.check_feed` on synthetic feeds of 10, 100, 1,000 and 10,000
   sources made of the records' sources (past the last record the records come round again with
   new ids: copies then join their originals' story), with the CPU seconds of its three steps
   (extraction, grouping, the stories' checks), the number of stories checked and the size of
   the largest. Each size runs in a fresh process, so its peak memory (``ru_maxrss``) is its
   own.
4. **scaling**: ``check()`` on one story of 8, 16, 32, 64 and 128 sources of about 2,000
   characters each, and the time ratio of each doubling (target: at most 2.3).
5. **parallel**: the wall time of one feed of 1,000 sources on one process, on two
   (``workers=2``) and on a two-worker Dask ``LocalCluster``, and whether the reports are the
   same.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import json
import logging
import resource
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _eval import cpu
from factcheck import Source, check
from factcheck.align import align_claims
from factcheck.claims import Extraction, build_claims
from factcheck.feed import (
    DEFAULT_STORY_CUTOFF,
    _cluster,
    _extraction_features,
    check_feed,
)
from factcheck.findings import entity_findings, judge, single_source
from factcheck.normalize.dates import parse_dates
from factcheck.normalize.entities import link_entities
from factcheck.normalize.names import parse_names
from factcheck.normalize.quantities import parse_quantities
from factcheck.pipeline import _entity_lookup, _sentence_lookup, compare_extractions, extract
from factcheck.segment import split_sentences
from factcheck.statements import diff_statements

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "clusters"


def _published(value: str | None) -> dt.date | None:
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime((value or "")[:10], fmt).date()
        except ValueError:
            continue
    return None


def load_records(paths: Sequence[Path]) -> list[list[Source]]:
    """Every record of every clusters file, as its list of sources (ids unique in a record)."""
    records: list[list[Source]] = []
    for p in paths:
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            with f.open(encoding="utf-8") as lines:
                for line in lines:
                    if not line.strip():
                        continue
                    record = json.loads(line)
                    sources = [
                        Source(
                            str(s["id"]),
                            s["text"],
                            published=_published(s.get("published")),
                            title=s.get("title") or None,
                            outlet=s.get("outlet") or None,
                        )
                        for s in record.get("sources", [])
                        if s.get("text", "").strip()
                    ]
                    if sources:
                        records.append(sources)
    return records


def size_of(sources: Sequence[Source]) -> int:
    """UTF-8 bytes of the sources' texts."""
    return sum(len(s.text.encode("utf-8")) for s in sources)


def stages(records: list[list[Source]], repeat: int) -> list[tuple[str, float]]:
    """CPU seconds of each stage over every record's sources."""
    sources = [s for r in records for s in r]
    rows: list[tuple[str, float]] = [
        ("segmentation", cpu(lambda: [split_sentences(s.text) for s in sources], repeat)),
        ("quantities", cpu(lambda: [parse_quantities(s.text) for s in sources], repeat)),
        (
            "dates",
            cpu(lambda: [parse_dates(s.text, reference=s.published) for s in sources], repeat),
        ),
        ("names", cpu(lambda: [parse_names(s.text) for s in sources], repeat)),
        ("extraction (all four + quotes)", cpu(lambda: [extract(s) for s in sources], repeat)),
    ]
    extractions = [[extract(s) for s in r] for r in records]
    rows.append(
        ("claims", cpu(lambda: [build_claims(e) for ex in extractions for e in ex], repeat))
    )
    align_t, compare_t = [], []
    for _ in range(repeat):
        a = c = 0.0
        for ex in extractions:
            da, dc = _phases(ex)
            a += da
            c += dc
        align_t.append(a)
        compare_t.append(c)
    rows.append(("alignment (entities, claims)", statistics.median(align_t)))
    rows.append(("comparison", statistics.median(compare_t)))
    rows.append(("check() end to end", cpu(lambda: [check(r) for r in records], repeat)))
    return rows


def _phases(extractions: Sequence[Extraction]) -> tuple[float, float]:
    """CPU seconds of alignment and of comparison for one record (as ``check()`` runs them)."""
    claims = {e.source.id: build_claims(e) for e in extractions}
    t0 = time.process_time()
    entities = link_entities({e.source.id: e.names for e in extractions})
    entity_of = _entity_lookup(entities)
    alignments = align_claims(claims, entity_of=entity_of)
    t2 = time.process_time()
    findings = judge(alignments, entity_of=entity_of)
    aligned = {id(c) for a in alignments for c in a.claims}
    findings += single_source([c for cs in claims.values() for c in cs if id(c) not in aligned])
    findings += entity_findings(
        entities, sentence_of=_sentence_lookup(extractions), sources=len(extractions)
    )
    diff_statements(extractions)
    t3 = time.process_time()
    return t2 - t0, t3 - t2


def peers(sources: list[Source], budget: float) -> list[tuple[str, float, int, float]]:
    """(name, CPU seconds, texts done, MB done) of quantulum3 and dateparser within a budget."""
    out = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            from quantulum3 import parser as q3
    except ImportError:
        q3 = None
    try:
        from dateparser.search import search_dates
    except ImportError:
        search_dates = None

    def run(name: str, fn: Callable[[Source], object]) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn(sources[0])  # loads its models and caches outside the timing
        done = size = 0
        t0 = time.process_time()
        for s in sources:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                fn(s)
            done += 1
            size += len(s.text.encode("utf-8"))
            if time.process_time() - t0 > budget:
                break
        out.append((name, time.process_time() - t0, done, size / 1e6))

    if q3 is not None:
        run("quantulum3.parse", lambda s: q3.parse(s.text))
    if search_dates is not None:

        def dates(s: Source) -> object:
            ref = s.published or dt.date(2026, 1, 10)
            settings = {
                "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),
                "RETURN_AS_TIMEZONE_AWARE": False,
            }
            return search_dates(s.text, languages=["en"], settings=settings)

        run("dateparser.search_dates", dates)
    return out


def synthetic_feed(records: list[list[Source]], n: int) -> list[Source]:
    """``n`` sources: the records' sources in turn, with ids made unique per round."""
    feed: list[Source] = []
    round_ = 0
    while len(feed) < n:
        for k, record in enumerate(records):
            for s in record:
                if len(feed) == n:
                    return feed
                feed.append(
                    Source(
                        f"r{round_}/{k}/{s.id}",
                        s.text,
                        published=s.published,
                        title=s.title,
                        outlet=s.outlet,
                    )
                )
        round_ += 1
    return feed


def feed_child(paths: list[Path], n: int) -> None:
    """In a fresh process: check a synthetic feed of ``n`` sources, print JSON figures.

    The steps are those of ``check_feed(feed)`` with one worker (extract every article, group
    the feed on the extractions' terms, check each story of two or more from its extractions),
    timed one by one.
    """
    records = load_records(paths)
    feed = synthetic_feed(records, n)
    w0 = time.perf_counter()
    t0 = time.process_time()
    extractions = [extract(s) for s in feed]
    t1 = time.process_time()
    stories = _cluster([_extraction_features(e) for e in extractions], DEFAULT_STORY_CUTOFF)
    t2 = time.process_time()
    reports = [
        compare_extractions([extractions[i] for i in story]) for story in stories if len(story) > 1
    ]
    t3 = time.process_time()
    wall = time.perf_counter() - w0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "n": n,
                "mb": size_of(feed) / 1e6,
                "extract": t1 - t0,
                "group": t2 - t1,
                "compare": t3 - t2,
                "cpu": t3 - t0,
                "wall": wall,
                "stories": len(reports),
                "largest": max(map(len, stories)),
                "peak_mb": peak_kb / 1024,
            }
        )
    )


def scaling(records: list[list[Source]], repeat: int) -> list[tuple[int, float, float]]:
    """``check()`` CPU seconds (extraction and comparison) on one story of 8 to 128 sources.

    The story pools the sources of the longest records, each cut to its first sentences up to
    about 2,000 characters, so that doubling the sources doubles the text.
    """
    pool: list[Source] = []
    for record in sorted(records, key=size_of, reverse=True):
        for s in record:
            if len(s.text) >= _SCALING_CHARS:
                cut = s.text.rfind(". ", 0, _SCALING_CHARS) + 1 or _SCALING_CHARS
                pool.append(Source(f"p{len(pool)}", s.text[:cut], published=s.published))
    rows = []
    for k in (8, 16, 32, 64, 128):
        if k > len(pool):
            break
        story = pool[:k]
        rows.append((k, size_of(story) / 1e6, cpu(lambda story=story: _compare_all(story), repeat)))
    return rows


_SCALING_CHARS = 2000


def _compare_all(story: list[Source]) -> object:
    return compare_extractions([extract(s) for s in story])


def main(argv: list[str]) -> None:
    """Print the tables."""
    sizes = [10, 100, 1000, 10000]
    budget, repeat, profile = 20.0, 3, None
    tables = {"stages", "peers", "feeds", "scaling", "parallel"}
    paths: list[Path] = []
    args = iter(argv)
    for a in args:
        if a == "--sizes":
            sizes = [int(x) for x in next(args).split(",")]
        elif a == "--peer-seconds":
            budget = float(next(args))
        elif a == "--repeat":
            repeat = int(next(args))
        elif a == "--tables":
            tables = set(next(args).split(","))
        elif a == "--profile":
            profile = next(args)
        elif a == "--feed-child":
            feed_child(paths or [DEFAULT], int(next(args)))
            return
        else:
            paths.append(Path(a))
    paths = paths or [DEFAULT]
    for p in paths:
        if not p.exists():
            sys.exit(f"{p} does not exist: pass the evaluation data's path as an argument")
    records = load_records(paths)
    sources = [s for r in records for s in r]
    mb = size_of(sources) / 1e6
    print(f"{len(records)} records, {len(sources)} sources, {mb:.2f} MB of text")
    print(f"CPU seconds, median of {repeat} runs\n")

    if profile:
        cProfile.runctx("[check(r) for r in records]", globals(), locals(), profile)
        print(f"profile of check() on every record written to {profile}\n")

    speed: dict[str, float] = {}
    if tables & {"stages", "peers"}:
        rows = stages(records, repeat)
        speed = {name: mb / t for name, t in rows}
        print(f"{'stage':32s} {'MB/s':>8s} {'sources/s':>10s} {'target':>8s}")
        for name, t in rows:
            target = 1.0 if name.startswith("check") else 2.0
            print(f"{name:32s} {mb / t:8.2f} {len(sources) / t:10.0f} {target:8.1f}")
    if "peers" in tables:
        print_peers(sources, budget, speed)
    if "feeds" in tables:
        print_feeds(paths, sizes)
    if "scaling" in tables:
        print_scaling(records, repeat)
    if "parallel" in tables:
        print_parallel(records, 1000)


def print_peers(sources: list[Source], budget: float, speed: dict[str, float]) -> None:
    """The peers' table."""
    print(f"\n{'peer (same texts)':32s} {'MB/s':>8s} {'texts':>7s} {'ours/theirs':>12s}")
    peer_rows = peers(sources, budget)
    theirs = {}
    for name, t, done, done_mb in peer_rows:
        theirs[name] = done_mb / t if t else float("inf")
        ours = speed["quantities"] if name.startswith("quantulum3") else speed["dates"]
        print(f"{name:32s} {theirs[name]:8.3f} {done:7d} {ours / theirs[name]:11.0f}x")
    if len(theirs) == 2:
        both = 1 / sum(1 / v for v in theirs.values())
        ratio = speed["check() end to end"] / both
        print(f"{'quantulum3 + search_dates':32s} {both:8.3f} {'':7s} {ratio:11.0f}x (check())")


def print_feeds(paths: list[Path], sizes: list[int]) -> None:
    """The feeds' table, each size in a fresh process."""
    print(
        f"\n{'feed (check_feed)':17s} {'MB':>6s} {'extract':>8s} {'group':>6s} {'compare':>8s} "
        f"{'CPU s':>6s} {'wall s':>6s} {'MB/s':>5s} {'src/s':>6s} {'stories':>7s} {'largest':>7s} "
        f"{'peak MB':>7s}"
    )
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, *map(str, paths), "--feed-child", str(n)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        f = json.loads(out.strip().splitlines()[-1])
        print(
            f"{n:>7d} sources {f['mb']:6.2f} {f['extract']:8.1f} {f['group']:6.2f} "
            f"{f['compare']:8.1f} {f['cpu']:6.1f} {f['wall']:6.1f} {f['mb'] / f['cpu']:5.2f} "
            f"{n / f['cpu']:6.0f} {f['stories']:7d} {f['largest']:7d} {f['peak_mb']:7.0f}"
        )


def print_scaling(records: list[list[Source]], repeat: int) -> None:
    """The scaling table."""
    print(f"\n{'one story of':14s} {'MB':>6s} {'CPU s':>7s} {'x previous':>11s} (target <= 2.3)")
    previous = None
    for k, size, t in scaling(records, repeat):
        growth = f"{t / previous:11.2f}" if previous else f"{'':11s}"
        print(f"{k:>5d} sources  {size:6.3f} {t:7.2f} {growth}")
        previous = t


def print_parallel(records: list[list[Source]], n: int) -> None:
    """Wall seconds of one feed on one process, two processes, and a two-worker Dask cluster."""
    feed = synthetic_feed(records, n)
    print(f"\n{f'feed of {n} sources, wall time':38s} {'s':>7s} {'MB/s':>6s} {'same':>5s}")
    mb = size_of(feed) / 1e6
    t0 = time.perf_counter()
    base = [r.to_dict() for r in check_feed(feed)]
    rows = [("check_feed(workers=1)", time.perf_counter() - t0, True)]
    t0 = time.perf_counter()
    two = [r.to_dict() for r in check_feed(feed, workers=2)]
    rows.append(("check_feed(workers=2)", time.perf_counter() - t0, two == base))
    try:
        from distributed import Client, LocalCluster

        import factcheck.dask
    except ImportError:
        print("  (dask not installed: pip install 'factcheck[dask]')")
    else:
        # The cluster's start and shutdown are logged at INFO, and connections closed at
        # shutdown at ERROR: neither is news here.
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
        with (
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.CRITICAL,
            ) as cluster,
            Client(cluster),
        ):
            t0 = time.perf_counter()
            on_dask = [r.to_dict() for r in factcheck.dask.check_feed(feed)]
            elapsed = time.perf_counter() - t0
            rows.append(("factcheck.dask (LocalCluster, 2 procs)", elapsed, on_dask == base))
    for name, t, same in rows:
        print(f"{name:38s} {t:7.1f} {mb / t:6.2f} {'yes' if same else 'NO':>5s}")


if __name__ == "__main__":
    main(sys.argv[1:])
