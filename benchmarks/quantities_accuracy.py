"""Recall of ``parse_quantities`` on the number suites, beside quantulum3 on the same cases.

Usage: ``.venv/bin/python benchmarks/quantities_accuracy.py [path ...] [--no-quantulum]`` where
each path is a ``.jsonl`` file or a directory of them (default:
``../shared/eval/normalization/``). Prints one table: for each group, the recall of expected
mentions and the false hits on negative cases, for factcheck and for quantulum3.

The cases and the scoring rules are those of ``shared/eval/score.py quantities``:

- groups: Recognizers-Text specs NumberModel, NumberRangeModel, PercentModel, CurrencyModel,
  DimensionModel, AgeModel, OrdinalModel and TemperatureModel (cases its reference
  implementation verified), quantulum3's ``quantity`` and ``spellout`` suites, and
  number-parser's ``cardinal_words`` and ``ordinal`` suites;
- an expected mention is found when one returned figure overlaps its span (any figure for
  whole-input cases and cases without a span) and its value matches: ``low == high == value``
  for a single value (or the one finite bound of an open interval), both bounds for a range,
  an open bound (None) staying open;
- a negative case (nothing expected) counts one false hit when anything is returned.

Two columns count false hits on negative cases:

- **raw** (quoted first; the reference scorer's rule): a negative case is a false hit when the
  parser returns anything at all. Many Recognizers negatives are negatives of one model only:
  "All 70 of us." has no money in it, so it is a CurrencyModel negative, but 70 is a real figure
  and any parser that reports it counts a false hit here;
- **typed**: a negative case of a model-specific group is a false hit only when a returned figure
  is of that model's type: CurrencyModel a money amount, TemperatureModel a temperature unit
  (degC, degF, K), DimensionModel a physical measure other than a temperature, PercentModel a
  percent, AgeModel an age, NumberRangeModel a range (``low != high`` or an open bound),
  OrdinalModel an ordinal. For NumberModel, quantulum3's and number-parser's suites anything
  returned still counts. This column says how often a parser claims the very thing the case
  says is absent; the raw column says how often it reports anything there.

quantulum3 is scored fairly with the same rules: each of its quantities becomes
``low = value - uncertainty`` and ``high = value + uncertainty`` when it reports an uncertainty
(its ranges "10-15 exabytes" come back as 12.5 ± 2.5), else ``low = high = value``; its
``span`` is the character span. quantulum3 has no open intervals, so it cannot match an open
bound. For the typed column its unit's entity gives the type ("currency", "temperature", a
physical entity such as "length"; the unit "percentage" is a percent); it has no ages and no
ordinals.
"""

from __future__ import annotations

import math
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from factcheck import parse_quantities
from factcheck.model import Quantity

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _eval import records

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "normalization"
SPECS = {
    "NumberModel",
    "NumberRangeModel",
    "PercentModel",
    "CurrencyModel",
    "DimensionModel",
    "AgeModel",
    "OrdinalModel",
    "TemperatureModel",
}

Case = tuple[str, str, list[dict[str, Any]], bool]
# (span, low, high, types): types are the tags of TYPED_GROUPS the figure has
Pred = tuple[tuple[int, int], float | None, float | None, frozenset[str]]

# the type a model-specific negative denies; groups not named here deny every figure
TYPED_GROUPS = {
    "rt:CurrencyModel": "money",
    "rt:TemperatureModel": "temperature",
    "rt:DimensionModel": "dimension",
    "rt:PercentModel": "percent",
    "rt:AgeModel": "age",
    "rt:NumberRangeModel": "range",
    "rt:OrdinalModel": "ordinal",
}
_TEMPERATURE_UNITS = frozenset({"degC", "degF", "K"})


def _num(x: object) -> float | None:
    if x is None:
        return None
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def cases(paths: list[Path]) -> Iterator[Case]:
    """(group, input, expected mentions, whole-input?) for every scored number case."""
    for suite, r in records(paths):
        if r.get("kind") != "number":
            continue
        if suite == "recognizers-text":
            if r.get("spec") not in SPECS or r.get("verified_by_reference_impl") is False:
                continue
            group = f"rt:{r['spec']}"
        elif suite == "quantulum3":
            if r["type"] == "robustness":
                continue
            group = f"q3:{r['type']}"
        elif suite == "number-parser":
            if r["type"] not in ("cardinal_words", "ordinal"):
                continue
            group = f"np:{r['type']}"
        else:
            continue
        exp = []
        for e in r.get("expected") or []:
            lo, hi, v = _num(e.get("low")), _num(e.get("high")), _num(e.get("value"))
            if v is None and lo is None and hi is None:
                continue
            span = (e["start"], e["end"]) if "start" in e else None
            exp.append({"span": span, "value": v, "low": lo, "high": hi})
        if r.get("expected") and not exp:
            continue
        yield group, r["input"], exp, r.get("match") == "whole_input"


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def matches(pred: Pred, e: dict[str, Any]) -> bool:
    """Whether a predicted (span, low, high) has the expected value."""
    _, lo, hi, _ = pred
    if e["low"] is not None or e["high"] is not None:
        ok_lo = lo is None if e["low"] is None else _close(lo, e["low"])
        ok_hi = hi is None if e["high"] is None else _close(hi, e["high"])
        return ok_lo and ok_hi
    v = e["value"]
    if lo is not None and hi is not None:
        return _close(lo, v) and _close(hi, v)
    return _close(lo, v) or _close(hi, v)


def _range_tag(lo: float | None, hi: float | None) -> set[str]:
    return {"range"} if lo is None or hi is None or lo != hi else set()


def factcheck_types(q: Quantity) -> frozenset[str]:
    """The typed-negative tags of one of factcheck's figures."""
    tags = _range_tag(_num(q.low), _num(q.high))
    if q.kind in ("money", "percent", "age", "ordinal"):
        tags.add(q.kind)
    elif q.kind == "measure":
        tags.add("temperature" if q.unit in _TEMPERATURE_UNITS else "dimension")
    return frozenset(tags)


def factcheck_preds(text: str) -> list[Pred]:
    """factcheck's figures as (span, low, high, types)."""
    return [
        ((q.span.start, q.span.end), _num(q.low), _num(q.high), factcheck_types(q))
        for q in parse_quantities(text)
    ]


def quantulum_parser() -> Callable[[str], list[Pred]] | None:
    """quantulum3's ``parse`` mapped to (span, low, high), or None when it is not installed."""
    try:
        from quantulum3 import parser  # optional, for comparison only
    except ImportError:
        return None

    def run(text: str) -> list[Pred]:
        out: list[Pred] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
        for q in found:
            v = _num(q.value)
            u = _num(getattr(q, "uncertainty", None))
            lo, hi = (v - u, v + u) if v is not None and u else (v, v)
            tags = _range_tag(lo, hi)
            unit = getattr(q.unit, "name", "")
            entity = getattr(getattr(q.unit, "entity", None), "name", "")
            if entity == "currency":
                tags.add("money")
            elif entity == "temperature":
                tags.add("temperature")
            elif unit == "percentage":
                tags.add("percent")
            elif entity not in ("", "dimensionless", "unknown"):
                tags.add("dimension")
            out.append((tuple(q.span), lo, hi, frozenset(tags)))  # type: ignore[arg-type]
        return out

    return run


def score(all_cases: list[Case], parse: Callable[[str], list[Pred]]) -> dict[str, list[int]]:
    """Per group: [hits, expected, negatives with output, negatives, typed false hits]."""
    tot: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for group, text, exp, whole in all_cases:
        try:
            pred = parse(text)
        except Exception:  # a parser that raises scores nothing on that case
            pred = []
        t = tot[group]
        if not exp:
            t[3] += 1
            t[2] += bool(pred)
            denied = TYPED_GROUPS.get(group)
            t[4] += any(denied is None or denied in p[3] for p in pred)
            continue
        for e in exp:
            t[1] += 1
            for p in pred:
                ps = p[0]
                near = whole or e["span"] is None or (ps[0] < e["span"][1] and e["span"][0] < ps[1])
                if near and matches(p, e):
                    t[0] += 1
                    break
    return tot


def _pct(h: int, n: int) -> str:
    return f"{h / n:6.1%}" if n else "    - "


def main(argv: list[str]) -> None:
    """Score both parsers and print the table."""
    use_q3 = "--no-quantulum" not in argv
    paths = [Path(a) for a in argv if not a.startswith("--")] or [DEFAULT]
    all_cases = list(cases(paths))
    t0 = time.perf_counter()
    fc = score(all_cases, factcheck_preds)
    t_fc = time.perf_counter() - t0
    q3: dict[str, list[int]] | None = None
    t_q3 = 0.0
    run = quantulum_parser() if use_q3 else None
    if run is not None:
        t0 = time.perf_counter()
        q3 = score(all_cases, run)
        t_q3 = time.perf_counter() - t0
    print(
        f"{len(all_cases)} cases; factcheck {t_fc:.1f}s"
        + (f", quantulum3 {t_q3:.1f}s" if q3 else "")
    )
    print(
        f"{'group':22s} {'factcheck':>18s} {'quantulum3':>18s}   "
        "false hits on negatives: raw (fc / q3)     typed (fc / q3)"
    )
    sums = [0, 0, 0, 0, 0, 0, 0, 0]
    for g in sorted(fc):
        h, n, fp, neg, tfp = fc[g]
        qh, _, qfp, _, qtfp = q3[g] if q3 else (0, 0, 0, 0, 0)
        sums = [a + b for a, b in zip(sums, (h, n, fp, neg, qh, qfp, tfp, qtfp), strict=True)]
        q_col = f"{qh:4d}/{n:<4d} {_pct(qh, n)}" if q3 else "-"
        neg_col = _neg_cols(fp, qfp, tfp, qtfp, neg, q3=q3 is not None) if neg else ""
        print(f"{g:22s} {h:4d}/{n:<4d} {_pct(h, n)}    {q_col:>18s}   {neg_col}")
    h, n, fp, neg, qh, qfp, tfp, qtfp = sums
    q_all = f"{qh:4d}/{n:<4d} {_pct(qh, n)}" if q3 else "-"
    negs = _neg_cols(fp, qfp, tfp, qtfp, neg, q3=q3 is not None)
    print(f"{'ALL':22s} {h:4d}/{n:<4d} {_pct(h, n)}    {q_all:>18s}   {negs}")


def _neg_cols(fp: int, qfp: int, tfp: int, qtfp: int, neg: int, *, q3: bool) -> str:
    """The raw and typed false-hit columns: "fc/neg / q3/neg" each."""
    raw = f"{fp}/{neg} / {qfp if q3 else '-'}/{neg}"
    typed = f"{tfp}/{neg} / {qtfp if q3 else '-'}/{neg}"
    return f"{raw:33s}   {typed}"


if __name__ == "__main__":
    main(sys.argv[1:])
