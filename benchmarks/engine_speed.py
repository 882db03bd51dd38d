"""Speed of ``check()`` on the seed articles and on one cluster of 100 real articles.

    python benchmarks/engine_speed.py [PATH ...]     # default: ../shared/eval/clusters

Prints CPU seconds (median of ``--repeat`` runs, default 5) and MB/s (MB = 10**6 characters) for
the five seeds and for a cluster of the 100 longest article texts of the clusters files, and
for the cluster how many claim pairs alignment scored against all pairs of claims of different
sources: blocking keeps that count far below the quadratic one.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import factcheck.align
from _eval import cpu, eval_dir, records
from factcheck import Source, check, load_sources
from factcheck.claims import build_claims
from factcheck.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
SEED_DATES = {"001": dt.date(2026, 1, 9), "002": dt.date(2026, 1, 10)}
CLUSTER_SIZE = 100


def seeds() -> list[Source]:
    """The seed articles, with the publication dates two of them do not carry."""
    out = []
    for source in load_sources([ROOT / "seeds"]):
        published = source.published or SEED_DATES.get(source.id[:3])
        out.append(Source(source.id, source.text, published=published))
    return out


def cluster(paths: list[Path], size: int) -> list[Source]:
    """The ``size`` longest article texts of the clusters files, as one cluster."""
    texts = sorted(
        (s["text"] for _, record in records(paths) for s in record["sources"]),
        key=len,
        reverse=True,
    )
    return [Source(f"a{i:03d}", text) for i, text in enumerate(texts[:size])]


def scored_pairs(sources: list[Source]) -> tuple[int, int]:
    """Pairs of claims alignment scored, and all pairs of claims of different sources."""
    calls = 0
    original = factcheck.align._pair_score

    def counting(*args: object, **kwargs: object) -> float:
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)  # type: ignore[arg-type]

    factcheck.align._pair_score = counting  # type: ignore[assignment]
    try:
        check(sources)
    finally:
        factcheck.align._pair_score = original
    per_source = [len(build_claims(extract(s))) for s in sources]
    total = sum(per_source)
    every = (total * total - sum(n * n for n in per_source)) // 2
    return calls, every


def main(argv: list[str]) -> None:
    """Print the table."""
    repeat = 5
    if "--repeat" in argv:
        repeat = int(argv[argv.index("--repeat") + 1])
        argv = [a for a in argv if a not in ("--repeat", str(repeat))]
    paths = eval_dir(argv, "clusters")
    print(f"{'input':32s} {'sources':>8s} {'MB':>7s} {'CPU s':>7s} {'MB/s':>6s}")
    big = cluster(paths, CLUSTER_SIZE)
    for name, sources, runs in (
        ("seeds/", seeds(), repeat),
        (f"one cluster of {CLUSTER_SIZE} articles", big, max(1, repeat // 2)),
    ):
        mb = sum(len(s.text) for s in sources) / 1e6
        seconds = cpu(lambda sources=sources: check(sources), runs)
        print(f"{name:32s} {len(sources):8d} {mb:7.3f} {seconds:7.2f} {mb / seconds:6.2f}")
    calls, every = scored_pairs(big)
    print(
        f"\nalignment on the cluster: {calls:,} claim pairs scored of {every:,} "
        f"({calls / every:.2%}) pairs of claims of different sources"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
