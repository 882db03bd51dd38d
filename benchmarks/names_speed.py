"""Speed of ``parse_names`` on real article texts, and on adversarial strings.

Usage::

    .venv/bin/python benchmarks/names_speed.py [EVAL_DIR]

EVAL_DIR defaults to ``../shared/eval`` next to the repository. The real texts are every source
text of ``clusters/gva_semeval2018t5.jsonl`` and ``clusters/basil_triplets.jsonl`` plus
``seeds/``; the target is 2 MB/s on one core (MB = 10**6 characters of text). The adversarial
strings (1 MB each) must parse in time linear in their length. Times are CPU seconds of this
process (best of three), so other work on the machine does not count.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from factcheck.normalize.entities import link_entities
from factcheck.normalize.names import parse_names

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "eval"


def texts(base: Path) -> list[str]:
    out = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "seeds").glob("*.txt"))]
    for name in ("gva_semeval2018t5.jsonl", "basil_triplets.jsonl"):
        path = base / "clusters" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    out.extend(s["text"] for s in json.loads(line)["sources"])
    return out


def timed(fn, *args) -> float:
    """Best of three CPU times (``process_time``): the cost on one core, even on a busy machine."""
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - t0)
    return best


def run_all(items: list[str]) -> None:
    for t in items:
        parse_names(t)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = Path(args[0]) if args else DEFAULT
    items = texts(base)
    size = sum(len(t) for t in items)
    el = timed(run_all, items)
    print(f"{'input':34s} {'chars':>10s} {'cpu s':>8s} {'MB/s':>7s}")
    label = f"real articles ({len(items)} texts)"
    print(f"{label:34s} {size:10d} {el:8.3f} {size / el / 1e6:7.2f}")
    mentions = {str(i): parse_names(t) for i, t in enumerate(items[:200])}
    el_link = timed(link_entities, mentions)
    n = sum(len(v) for v in mentions.values())
    print(f"{'link_entities (' + str(n) + ' mentions)':34s} {'':10s} {el_link:8.3f}")
    adversarial = {
        "capitalized words": "Aa " * 333_334,
        "one long capitalized word": "A" + "b" * 999_999,
        "initials": "A. " * 333_334,
        "particles": "Aa de la " * 111_112,
        "apostrophes and hyphens": "O'Aa-Bb " * 125_000,
        "all caps": "ABC DEF " * 125_000,
        "no spaces": "x" * 1_000_000,
        "sentences": "The Man. " * 111_112,
        "of-joins": "Bank of America of " * 52_632,
    }
    for name, t in adversarial.items():
        el = timed(parse_names, t)
        print(f"{'adversarial: ' + name:34s} {len(t):10d} {el:8.3f} {len(t) / el / 1e6:7.2f}")


if __name__ == "__main__":
    main()
