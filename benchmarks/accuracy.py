"""Engine accuracy on real multi-source clusters, with a naive baseline from the same run.

    python benchmarks/accuracy.py [PATH ...]     # default: ../shared/eval/clusters

For each dataset: conflict recall, conflict precision (where the gold is complete:
vitaminc_real), agreement and single-source recall, scored by the evaluation folder's reference
scorer against the report's JSON, and the same figures for the naive baseline (sentences with
rapidfuzz token_set_ratio >= 70 across sources; differing numbers are conflicts).
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _eval import eval_dir, scorer

DATASETS = ("vitaminc_real", "wikicontradict", "gva_semeval2018t5")
TARGETS = {
    "vitaminc_real:conflict recall": 0.85,
    "vitaminc_real:conflict precision": 0.85,
    "wikicontradict:conflict recall": 0.5,
    "gva_semeval2018t5:agreement recall": 0.8,
}


def main(argv: list[str]) -> None:
    paths = eval_dir(argv, "clusters")
    files: list[Path] = []
    for p in paths:
        files += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    files = [f for f in files if f.stem in DATASETS] or files
    score = scorer(paths[0])
    results = {}
    for name, runner in (("factcheck", None), ("baseline", score.naive_baseline)):
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            res, errors = score.score_clusters([str(f) for f in files], runner=runner)
        results[name] = (res, errors, time.perf_counter() - t0)
    keys = sorted(set(results["factcheck"][0]) | set(results["baseline"][0]))
    print(f"{'dataset:metric':58s} {'factcheck':>17s} {'baseline':>17s} {'target':>7s}")
    for key in keys:
        cells = []
        for name in ("factcheck", "baseline"):
            h, n = results[name][0].get(key, (0, 0))
            cells.append(f"{h:5d}/{n:<5d} {h / n if n else float('nan'):.3f}")
        target = TARGETS.get(key)
        mark = ""
        if target is not None:
            h, n = results["factcheck"][0].get(key, (0, 0))
            mark = f"{target:.2f} " + ("ok" if n and h / n >= target else "SHORT")
        print(f"{key:58s} {cells[0]:>17s} {cells[1]:>17s} {mark}")
    for name in ("factcheck", "baseline"):
        _, errors, seconds = results[name]
        print(f"{name}: {seconds:.1f} s, {errors} records raised")


if __name__ == "__main__":
    main(sys.argv[1:])
