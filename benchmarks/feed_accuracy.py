"""How well :func:`factcheck.feed.group_stories` finds the stories of a mixed feed.

Usage: ``.venv/bin/python benchmarks/feed_accuracy.py [file.jsonl ...] [--cutoff N ...]``
(default: ``../shared/eval/clusters/gva_semeval2018t5.jsonl``). Every record of the file is one
story (one incident and the articles about it); all records' articles are mixed into one feed, in
an order shuffled with a fixed seed, and grouped again. Prints purity (how pure each found story
is), inverse purity (how whole each true story stays), their harmonic mean, the number of stories
found against the true number, and the time taken.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from factcheck import Source
from factcheck.feed import DEFAULT_STORY_CUTOFF, group_stories

DEFAULT = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "eval"
    / "clusters"
    / "gva_semeval2018t5.jsonl"
)


def load_feed(path: Path) -> tuple[list[Source], dict[str, str]]:
    """Every record's sources as one feed (ids made unique), and each id's true story."""
    feed: list[Source] = []
    truth: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    for record in records:
        for s in record["sources"]:
            sid = f"{record['id']}/{s['id']}"
            fields = {"title": s.get("title") or None, "outlet": s.get("outlet") or None}
            published = (s.get("published") or "")[:10] or None
            try:
                feed.append(Source(sid, s["text"], published=published, **fields))
            except ValueError:
                feed.append(Source(sid, s["text"], **fields))
            truth[sid] = record["id"]
    random.Random(9).shuffle(feed)
    return feed, truth


def purity(found: list[list[str]], truth: dict[str, str]) -> tuple[float, float]:
    """Purity and inverse purity of ``found`` against ``truth`` (id -> true story)."""
    n = len(truth)
    pure = sum(Counter(truth[i] for i in story).most_common(1)[0][1] for story in found)
    found_of = {i: k for k, story in enumerate(found) for i in story}
    true_stories: dict[str, list[str]] = {}
    for i, t in truth.items():
        true_stories.setdefault(t, []).append(i)
    whole = sum(
        Counter(found_of[i] for i in members).most_common(1)[0][1]
        for members in true_stories.values()
    )
    return pure / n, whole / n


def main(argv: list[str]) -> None:
    """Print the table."""
    cutoffs = [DEFAULT_STORY_CUTOFF]
    paths: list[Path] = []
    args = iter(argv)
    for a in args:
        if a == "--cutoff":
            cutoffs = [float(c) for c in next(args).split(",")]
        else:
            paths.append(Path(a))
    for path in paths or [DEFAULT]:
        if not path.exists():
            sys.exit(f"{path} does not exist: pass the evaluation file's path as an argument")
        feed, truth = load_feed(path)
        print(f"{path.name}: {len(feed)} articles, {len(set(truth.values()))} true stories")
        print(f"{'cutoff':>7} {'purity':>7} {'inverse':>8} {'F':>6} {'stories':>8} {'seconds':>8}")
        for cutoff in cutoffs:
            t0 = time.perf_counter()
            stories = group_stories(feed, score_cutoff=cutoff)
            elapsed = time.perf_counter() - t0
            found = [[s.id for s in story] for story in stories]
            p, ip = purity(found, truth)
            f = 2 * p * ip / (p + ip)
            print(f"{cutoff:7.1f} {p:7.3f} {ip:8.3f} {f:6.3f} {len(found):8d} {elapsed:8.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
