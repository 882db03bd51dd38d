"""Time every public parser and ``check()`` on 1 MB adversarial inputs, and measure memory.

    .venv/bin/python benchmarks/robustness.py [PATH] [--size CHARS] [--only NAME] [--timeout S]

Each adversarial input repeats a short pattern that a careless regular expression would try to
match in many ways (digit runs, separators, month words, titles, capitalized runs, currency signs,
qualifiers without a number, unclosed quotes). A parser that backtracks catastrophically takes
seconds or minutes on these; a linear one takes about as long as on news text of the same size.
The figures printed are wall-clock seconds for one call on one core, the throughput, and the peak
Python memory that ``tracemalloc`` saw during a second call, as a multiple of the input's size in
UTF-8 bytes. Each call runs in a child process cut after ``--timeout`` seconds (shown as ``>S``).
``check()`` is timed on the news text only.

PATH (default: the BASIL clusters under ``../shared/eval/clusters``) gives real news text for a
baseline row: its texts are concatenated up to the same size. The evaluation data is only read.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing as mp
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import factcheck

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "eval" / "clusters" / "basil_triplets.jsonl"

# Short patterns, each repeated to the target size. Each aims at one family of rules.
PATTERNS: dict[str, str] = {
    "digits": "1",
    "digits+spaces": "1 ",
    "thousands": "1,",
    "decimals": "1.",
    "dashes": "1-",
    "slashes": "1/",
    "currency": "$",
    "currency+digit": "$1 ",
    "percent": "% ",
    "qualifiers": "about more than nearly ",
    "scale words": "million ",
    "number words": "one hundred and ",
    "months": "January ",
    "month+day": "March 3, ",
    "weekdays": "on Friday ",
    "relative": "last week ago ",
    "years": "1999 ",
    "capitals": "A ",
    "capital words": "Foo ",
    "titles": "Mr. Dr. President ",
    "initials": "J. ",
    "hyphen names": "Jean-",
    "apostrophes": "O'",
    "quotes": '"',
    "open parens": "(",
    "dots": ".",
    "newlines": "\n",
    "spaces": " ",
    "no spaces": "a",
    "emoji": "\U0001f600",
    "combining": "e\u0301",
    "rtl": "\u05d0\u05d1 ",
    "nul": "\x00",
}

Parser = Callable[[str], object]
PARSERS: dict[str, Parser] = {
    "parse_quantities": factcheck.parse_quantities,
    "parse_dates": factcheck.parse_dates,
    "parse_names": factcheck.parse_names,
    "parse_person_name": factcheck.parse_person_name,
}
# check() runs every stage; it is timed on the news text only (its rows are the pipeline's cost).
PARSERS["check"] = lambda text: factcheck.check([text])


def adversarial(pattern: str, size: int) -> str:
    """``pattern`` repeated to ``size`` characters."""
    return (pattern * (size // len(pattern) + 1))[:size]


def news_text(path: Path, size: int) -> str | None:
    """Real texts from a JSON Lines cluster file (or a folder of them), joined to ``size``."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    parts: list[str] = []
    total = 0
    for f in files:
        if not f.is_file():
            continue
        for line in f.open(encoding="utf-8"):
            if not line.strip():
                continue
            record: dict[str, Any] = json.loads(line)
            for s in record.get("sources", []):
                parts.append(s["text"])
                total += len(s["text"]) + 2
            if total >= size:
                return "\n\n".join(parts)[:size]
    if not parts:
        return None
    text = "\n\n".join(parts)
    return adversarial(text + "\n\n", size)


def _seconds(fn: Parser, text: str) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def _memory(fn: Parser, text: str) -> float:
    """Peak traced memory during one call, as a multiple of the text's size in UTF-8 bytes."""
    gc.collect()
    tracemalloc.start()
    fn(text + " ")  # a new string: a parser's result cache must not hide the second call's memory
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / max(1, len(text.encode("utf-8", "surrogatepass")))


def _child(name: str, text: str, out: Any) -> None:  # pragma: no cover - runs in a subprocess
    out.send(_seconds(PARSERS[name], text))
    out.send(_memory(PARSERS[name], text))


def measure_bounded(name: str, text: str, timeout: float) -> tuple[float | None, float | None]:
    """Seconds for one call and its peak memory (see :func:`_memory`), each measured in a child
    process and ``None`` when it takes longer than ``timeout`` (tracing memory is slower)."""
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(name, text, send))
    proc.start()
    seconds = receive.recv() if receive.poll(timeout) else None
    memory = None
    if seconds is not None and receive.poll(timeout * 5):
        memory = receive.recv()
    if proc.is_alive():
        proc.kill()
    proc.join()
    return seconds, memory


def main(argv: list[str]) -> int:
    """Print one row per (input, parser)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT), help="news text (cluster JSONL)")
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    ap.add_argument("--only", default=None, help="run only this parser")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds before a call is cut")
    args = ap.parse_args(argv)
    parsers = {k: v for k, v in PARSERS.items() if args.only in (None, k)}
    inputs: dict[str, str] = {}
    news = news_text(Path(args.path), args.size)
    if news is not None:
        inputs["(news text)"] = news
    else:
        print(f"(no news text at {args.path}; baseline row skipped)", file=sys.stderr)
    inputs.update({k: adversarial(p, args.size) for k, p in PATTERNS.items()})
    print(f"{args.size:,} characters per input; one call each; peak memory from tracemalloc")
    print(f"{'input':<16} {'parser':<18} {'seconds':>8} {'MB/s':>7} {'mem×':>6}")
    print("-" * 59)
    worst: tuple[float, str, str] = (0.0, "", "")
    for label, text in inputs.items():
        for name in parsers:
            if name == "check" and label != "(news text)":
                continue
            seconds, mem = measure_bounded(name, text, args.timeout)
            if seconds is None:
                cut = f">{args.timeout:g}"
                print(f"{label:<16} {name:<18} {cut:>8} {'-':>7} {'-':>6}", flush=True)
                worst = max(worst, (args.timeout, label, name))
                continue
            rate = len(text) / 1e6 / seconds if seconds else float("inf")
            memory = "-" if mem is None else f"{mem:.1f}"
            print(f"{label:<16} {name:<18} {seconds:>8.3f} {rate:>7.2f} {memory:>6}", flush=True)
            worst = max(worst, (seconds, label, name))
    print("-" * 59)
    print(f"slowest: {worst[2]} on {worst[1]!r}: {worst[0]:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
