"""Throughput of ``parse_dates`` on real article texts, beside dateparser's ``search_dates``.

Usage: ``.venv/bin/python benchmarks/dates_speed.py [path ...]`` where each path is a clusters
``.jsonl`` file or a directory of them (default: ``../shared/eval/clusters/``). Prints a table in
MB/s (UTF-8 bytes of text per second of one core).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import warnings
from pathlib import Path

from factcheck.normalize.dates import _parse_cached, parse_dates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _eval import records

try:
    from dateparser.search import search_dates
except ImportError:  # the comparison row is optional
    search_dates = None

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "clusters"


def _published(value: str | None) -> dt.date:
    """The source's publication date (ISO or day-first), or a fixed date when it has none."""
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime((value or "")[:10], fmt).date()
        except ValueError:
            continue
    return dt.date(2026, 1, 10)


def load_texts(paths: list[Path]) -> list[tuple[str, dt.date | None]]:
    """Every source text of every cluster record, with its publication date when given."""
    return [
        (s["text"], _published(s.get("published")))
        for _, record in records(paths)
        for s in record.get("sources", [])
    ]


def bench(fn, texts, budget: float) -> tuple[float, int, int]:
    """MB/s of ``fn`` over ``texts`` (stops after ``budget`` seconds), texts done, mentions."""
    done = size = found = 0
    t0 = time.perf_counter()
    for text, ref in texts:
        found += len(fn(text, ref) or [])
        size += len(text.encode("utf-8"))
        done += 1
        if time.perf_counter() - t0 > budget:
            break
    el = time.perf_counter() - t0
    return size / el / 1e6, done, found


def main() -> None:
    paths = [Path(a) for a in sys.argv[1:]] or [DEFAULT]
    texts = load_texts(paths)
    total = sum(len(t.encode("utf-8")) for t, _ in texts)
    print(f"{len(texts)} texts, {total / 1e6:.2f} MB")

    def ours(text, ref):
        return parse_dates(text, reference=ref)

    _parse_cached.cache_clear()
    rows = [("factcheck.parse_dates", *bench(ours, texts, 120.0))]
    if search_dates is not None:

        def theirs(text, ref):
            settings = {
                "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),
                "RETURN_AS_TIMEZONE_AWARE": False,
            }
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return search_dates(text, languages=["en"], settings=settings)

        rows.append(("dateparser.search_dates", *bench(theirs, texts, 20.0)))
    print(f"  {'parser':26s} {'MB/s':>8s} {'texts':>7s} {'mentions':>9s}")
    for name, mbs, done, found in rows:
        print(f"  {name:26s} {mbs:8.3f} {done:7d} {found:9d}")


if __name__ == "__main__":
    main()
