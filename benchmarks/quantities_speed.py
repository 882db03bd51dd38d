"""Throughput of ``parse_quantities`` on real news text, beside quantulum3, and adversarial input.

Usage: ``.venv/bin/python benchmarks/quantities_speed.py [path ...] [--q3-bytes N]`` where each
path is a clusters ``.jsonl`` file or a directory of them (default: ``../shared/eval/clusters/``).

Prints MB/s (UTF-8 bytes of text per CPU second of this process, best of three runs: CPU time
rather than wall time, so that other work on the machine does not skew the figure) for factcheck
over
every article text, and for quantulum3 over the first ``N`` bytes of the same texts (default
200 KB: it is about a hundred times slower). Then times 1 MB adversarial strings (digits,
commas, dots and scale words repeated) to show that the parse stays linear.
"""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from factcheck import parse_quantities

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _eval import records

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "clusters"

ADVERSARIAL = {
    "digits and commas": "1,2,3,4,5,6,7,8,9,0,",
    "digits and dots": "1.2.3.4.5.6.7.8.9.0.",
    "thousands groups": "12,345,678,901,234,567.89 ",
    "scale words": "one hundred million billion thousand and ",
    "mixed figures": "12,345.67 million $ 3 to 4 - 5 per cent, more than ",
    "test string": "12,345,678.9 million, 1.2.3.4.5.6.7 billion and 9,99 bn ",
    "one long number": "9",
    "hyphenated words": "twenty-one-",
}


def load_texts(paths: list[Path]) -> list[str]:
    """Every source text of every cluster record."""
    return [s["text"] for _, record in records(paths) for s in record["sources"]]


def mb_per_s(parse: Callable[[str], object], texts: list[str], repeat: int = 3) -> float:
    """Best throughput over ``repeat`` runs, in MB of UTF-8 per CPU second."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            parse(t)
        best = min(best, time.process_time() - t0)
    return size / 1e6 / best


def head(texts: list[str], limit: int) -> list[str]:
    """The first texts up to ``limit`` bytes in all."""
    out, size = [], 0
    for t in texts:
        if size >= limit:
            break
        out.append(t)
        size += len(t.encode("utf-8"))
    return out


def main(argv: list[str]) -> None:
    """Time both parsers on the articles, then factcheck on adversarial strings."""
    q3_bytes = 200_000
    if "--q3-bytes" in argv:
        k = argv.index("--q3-bytes")
        q3_bytes = int(argv[k + 1])
        del argv[k : k + 2]
    paths = [Path(a) for a in argv] or [DEFAULT]
    texts = load_texts(paths)
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} article texts, {size / 1e6:.2f} MB")
    print(f"{'parser':14s} {'text':>10s} {'MB/s':>8s}")
    print(f"{'factcheck':14s} {size / 1e6:9.2f}M {mb_per_s(parse_quantities, texts):8.2f}")
    try:
        from quantulum3 import parser  # optional, for comparison only
    except ImportError:
        print(f"{'quantulum3':14s} {'-':>10s} {'n/a':>8s}")
    else:
        sub = head(texts, q3_bytes)
        sub_size = sum(len(t.encode("utf-8")) for t in sub)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parser.parse("warm up: 3 km")  # loads its models once, outside the timing
            speed = mb_per_s(parser.parse, sub, repeat=1)
        print(f"{'quantulum3':14s} {sub_size / 1e6:9.2f}M {speed:8.3f}")
    print()
    print(f"{'adversarial (1 MB)':22s} {'CPU s':>8s} {'figures':>8s}")
    for name, unit in ADVERSARIAL.items():
        text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        t0 = time.process_time()
        n = len(parse_quantities(text))
        print(f"{name:22s} {time.process_time() - t0:8.2f} {n:8d}")


if __name__ == "__main__":
    main(sys.argv[1:])
