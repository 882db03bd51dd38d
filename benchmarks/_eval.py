"""Where the evaluation data lives, its reference scorer, and a CPU timer, for the benchmarks.

The data sits in a folder beside the checkout (``../shared/eval``); every script also takes a path
argument. The reference scorer ``score.py`` of that folder is imported as it is (never copied), so
the figures printed here are the scorer's own.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = (ROOT / ".." / "shared" / "eval").resolve()


def eval_dir(argv: list[str], default: str) -> list[Path]:
    """The paths named on the command line, or the default under the evaluation folder."""
    paths = [Path(a) for a in argv] or [EVAL / default]
    for p in paths:
        if not p.exists():
            sys.exit(f"{p} does not exist: pass the evaluation data's path as an argument")
    return paths


def records(paths: Iterable[Path]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file stem, record) for every line of the JSON Lines files named or in the folders named."""
    for p in paths:
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            with f.open(encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        yield f.stem, json.loads(line)


def scorer(near: Path | None = None) -> ModuleType:
    """Import the reference scorer ``score.py`` from the evaluation folder."""
    candidates = [EVAL / "score.py"]
    if near is not None:
        candidates = [p / "score.py" for p in (near, *near.parents)][:4] + candidates
    for path in candidates:
        if path.is_file():
            spec = importlib.util.spec_from_file_location("factcheck_eval_score", path)
            assert spec is not None
            assert spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    sys.exit("score.py not found beside the evaluation data")


def cpu(fn: Callable[[], object], repeat: int) -> float:
    """Median CPU seconds of ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)
