"""Rendering speed of the report's faces on real multi-source clusters, and on a large text.

Usage: ``python benchmarks/report_render.py [clusters.jsonl ...]`` (default: the BASIL triplets
of the evaluation data). Each cluster is checked once (not timed here; see accuracy.py); then
each rendering of its report is timed. Speed is in characters of source text per second, so it
compares with the pipeline's own target (2 MB/s); a rendering should never be the bottleneck.
A last row renders a synthetic 1 MB report with many overlapping spans (worst case for the page's
span splitting).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import factcheck
from _eval import eval_dir
from factcheck.html import report_html, report_page
from factcheck.model import Citation, Finding, Quantity, Source, Span
from factcheck.report import Report

try:
    import pandas  # noqa: F401

    HAVE_PANDAS = True
except ImportError:
    HAVE_PANDAS = False


def reports(paths: list[Path], limit: int = 40) -> list[Report]:
    out = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= limit:
                    break
                record = json.loads(line)
                sources = [
                    Source(s["id"], s["text"], published=s.get("published"))
                    for s in record["sources"]
                    if s.get("text", "").strip()
                ]
                if sources:
                    out.append(factcheck.check(sources))
    return out


def synthetic(chars: int = 1_000_000) -> Report:
    """Two sources of ~0.5 MB each with a finding every 50 characters, spans overlapping."""
    unit = "The storm killed 40 people in the town. "
    text = (unit * (chars // 2 // len(unit) + 1))[: chars // 2]
    sources = (Source("a", text), Source("b", text))
    findings = []
    for i, start in enumerate(range(0, len(text) - 60, 50)):
        q1 = Quantity(Span(start, start + 30), text[start : start + 30], 1, 1)
        q2 = Quantity(Span(start + 10, start + 60), text[start + 10 : start + 60], 2, 2)
        findings.append(
            Finding(
                f"F{i:06d}",
                "conflict" if i % 3 == 0 else "agreement",
                "quantity",
                "kill",
                (
                    Citation("a", q1, Span(start, start + 60)),
                    Citation("b", q2, Span(start, start + 60)),
                ),
                0.9,
                "synthetic",
            )
        )
    return Report(sources=sources, findings=tuple(findings))


def timed(fn, report: Report) -> float:
    start = time.perf_counter()
    fn(report)
    return time.perf_counter() - start


def main() -> None:
    paths = eval_dir(sys.argv[1:], "clusters/basil_triplets.jsonl")
    faces = {
        "json": lambda r: r.to_json(),
        "text": lambda r: r.to_text(),
        "notebook": report_html,
        "page": report_page,
    }
    if HAVE_PANDAS:
        faces["frame"] = lambda r: r.to_frame()
    rows = []
    real = reports(paths)
    chars = sum(len(s.text) for r in real for s in r.sources)
    findings = sum(len(r.findings) for r in real)
    for name, fn in faces.items():
        seconds = sum(timed(fn, r) for r in real)
        rows.append((f"{len(real)} clusters", name, chars, findings, seconds))
    big = synthetic()
    big_chars = sum(len(s.text) for s in big.sources)
    for name in ("notebook", "page", "json"):
        rows.append(("synthetic 1 MB", name, big_chars, len(big.findings), timed(faces[name], big)))
    print(f"{'input':<16} {'face':<9} {'chars':>9} {'findings':>9} {'seconds':>8} {'MB/s':>7}")
    for label, name, n, f, seconds in rows:
        speed = n / seconds / 1e6 if seconds else float("inf")
        print(f"{label:<16} {name:<9} {n:>9,} {f:>9,} {seconds:>8.3f} {speed:>7.1f}")


if __name__ == "__main__":
    main()
