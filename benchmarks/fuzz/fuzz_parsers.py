"""Coverage-guided fuzzing of every public parser and ``check()`` with atheris, for long runs.

    pip install atheris            # needs clang's libFuzzer; may not build everywhere
    .venv/bin/python benchmarks/fuzz/fuzz_parsers.py [CORPUS_DIR] -max_total_time=3600

Without atheris the same target runs on random mutations of a small seed corpus for
``--iterations`` rounds (``--seed`` makes a run repeatable), so the harness itself stays tested:

    .venv/bin/python benchmarks/fuzz/fuzz_parsers.py --iterations 20000

The target decodes the fuzzer's bytes as UTF-8 with ``surrogatepass`` (lone surrogates reach the
parsers), feeds the text to each parser and to ``check()`` against a fixed second source, and
fails on any exception other than ``FactcheckError``, on a conflict between the text and an
identical copy, on a span that does not index the text, on
overlapping or unordered mentions, and on a call slower than ``--slow`` seconds per 100 KB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Sequence

import factcheck
from factcheck import FactcheckError, Source

SEEDS = [
    "Officials said the earthquake killed 40 people on March 3, 2024.",
    "Rescue crews evacuated about 1,200 people, Dr. María García said on Friday.",
    "The council approved $2.5 million (€2.3m) for 3-4 km of road between 2019 and 2021.",
    "Turnout reached 61.5 per cent, up from one-third last week, Sen. J. R. O'Neil Jr. said.",
    "\u202eRTL \u05e9\u05dc\u05d5\u05dd \u0661\u0662\u0663 e\u0301 \U0001f469\u200d\U0001f469 \x00",
]
_OTHER = Source("fixed", "Officials said the earthquake killed 400 people on March 9, 2024.")
_REFERENCE = dt.date(2024, 3, 10)


def _check_mentions(text: str, mentions: Sequence[object]) -> None:
    last = 0
    for m in mentions:
        span, words = m.span, m.text  # type: ignore[attr-defined]
        if text[span.start : span.end] != words or span.start < last:
            msg = f"bad span {span!r} for {words!r} in {text[:80]!r}"
            raise AssertionError(msg)
        last = span.end


def target(data: bytes, *, slow: float = 2.0) -> None:
    """One fuzzing round: raise on anything a correct library must never do."""
    text = data.decode("utf-8", "surrogatepass") if _valid(data) else data.decode("latin-1")
    budget = slow * max(1.0, len(text) / 100_000)
    t0 = time.perf_counter()
    try:
        _check_mentions(text, factcheck.parse_quantities(text))
        _check_mentions(text, factcheck.parse_dates(text, reference=_REFERENCE))
        _check_mentions(text, factcheck.parse_dates(text))
        _check_mentions(text, factcheck.parse_names(text))
        factcheck.parse_person_name(text)
        if text.strip():
            report = factcheck.check([Source("fuzz", text), _OTHER])
            report.to_json()
            # Statement diffs are left out: they are known to pair two similar sentences of one
            # text across its copies (tests/test_fuzz.py has the failing example).
            copies = factcheck.check([Source("a", text), Source("b", text)])
            typed = [f for f in copies.conflicts if f.aspect.value != "statement"]
            if typed:
                msg = f"a text conflicts with its copy: {typed[0].explanation} in {text[:80]!r}"
                raise AssertionError(msg)
    except FactcheckError:
        return
    took = time.perf_counter() - t0
    if took > budget:
        msg = f"{took:.2f} s on {len(text)} characters (budget {budget:.2f} s): {text[:80]!r}"
        raise AssertionError(msg)


def _valid(data: bytes) -> bool:
    try:
        data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return False
    return True


def _mutate(rnd: random.Random, data: bytes) -> bytes:
    """A libFuzzer-like mutation: flip, insert, delete, duplicate or splice a stretch."""
    buf = bytearray(data)
    for _ in range(rnd.randint(1, 4)):
        op = rnd.randrange(5)
        pos = rnd.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rnd.randrange(8)
        elif op == 1:
            buf[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 8)))
        elif op == 2:
            del buf[pos : pos + rnd.randint(1, 8)]
        elif op == 3:
            stretch = buf[pos : pos + rnd.randint(1, 32)]
            buf[pos:pos] = stretch * rnd.randint(1, 64)
        else:
            other = rnd.choice(SEEDS).encode("utf-8", "surrogatepass")
            buf[pos:pos] = other[rnd.randrange(len(other)) :]
    return bytes(buf[:200_000])


def _fallback(iterations: int, seed: int, slow: float) -> int:
    rnd = random.Random(seed)
    corpus = [s.encode("utf-8", "surrogatepass") for s in SEEDS]
    t0 = time.perf_counter()
    for i in range(iterations):
        data = _mutate(rnd, rnd.choice(corpus))
        try:
            target(data, slow=slow)
        except Exception:
            print(f"iteration {i}: failing input {data!r}", file=sys.stderr)
            raise
        if len(corpus) < 500 and rnd.random() < 0.05:
            corpus.append(data)
    rate = iterations / (time.perf_counter() - t0)
    print(f"{iterations} inputs, no failure ({rate:.0f} inputs/s, seed {seed})")
    return 0


def main(argv: list[str]) -> int:
    """Run under atheris when it is installed, else the built-in mutation loop."""
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--iterations", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--slow", type=float, default=2.0, help="seconds allowed per 100 KB")
    ap.add_argument("--no-atheris", action="store_true")
    args, rest = ap.parse_known_args(argv)
    try:
        if args.no_atheris:
            raise ImportError
        import atheris  # type: ignore[import-not-found]
    except ImportError:
        return _fallback(args.iterations, args.seed, args.slow)
    atheris.instrument_all()
    atheris.Setup([sys.argv[0], *rest], lambda data: target(data, slow=args.slow))
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
