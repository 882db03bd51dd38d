"""Accuracy of ``parse_dates`` on the date suites, beside dateparser's ``search_dates``.

Usage: ``.venv/bin/python benchmarks/dates_accuracy.py [path ...]`` where each path is a
normalization ``.jsonl`` file or a directory of them (default: ``../shared/eval/normalization/``).

The cases and the matching rule are those of ``shared/eval/score.py dates``: Recognizers-Text
DateParser, DatePeriodParser, DateTimeModel and MergedParser cases of type date/daterange (the
past or the future resolution counts; a range's end may be inclusive or exclusive), and
dateparser's own single-date tests without PREFER settings. A returned mention matches when its
span overlaps the expected one (any span for whole-input cases) and its start equals the expected
date. Negative cases count a false hit when anything is returned.

A last table counts, for ``parse_dates``, the misses that are only Recognizers-Text's range-end
convention (a range ends where its last unit starts, "from March to May" on May 1, where a news
reading ends it with May), and what each group would score with that convention.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

from factcheck.normalize.dates import parse_dates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _eval import records

try:
    from dateparser.search import search_dates
except ImportError:  # the comparison column is optional
    search_dates = None

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "normalization"
RT_SPECS = ("DateParser", "DatePeriodParser", "DateTimeModel", "MergedParser")


def _iso(s):
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _rt_expected(r):
    exp = []
    for e in r.get("expected") or []:
        if e.get("type") not in ("date", "daterange"):
            continue
        alts = []
        for k in ("past", "future"):
            d = e.get(k) or {}
            if "date" in d:
                alts.append((_iso(d["date"]), None))
            elif "startDate" in d:
                alts.append((_iso(d["startDate"]), _iso(d.get("endDate"))))
            elif d.get("type") == "date" and d.get("value"):
                alts.append((_iso(d["value"]), None))
        for v in e.get("values") or []:
            if v.get("type") == "date" and v.get("value"):
                alts.append((_iso(v["value"]), None))
            elif v.get("type") == "daterange" and v.get("start"):
                alts.append((_iso(v["start"]), _iso(v.get("end"))))
        alts = [a for a in alts if a[0] is not None]
        if alts:
            exp.append({"span": (e["start"], e["end"]), "alts": alts})
    return exp


def cases(paths):
    """(group, text, reference, expected, whole_input) for every scored case."""
    for suite, r in records(paths):
        if r.get("kind") != "date":
            continue
        ref = r.get("reference")
        ref = dt.datetime.fromisoformat(ref[:19]).date() if ref else None
        if suite == "recognizers-text":
            spec = r.get("spec")
            if spec not in RT_SPECS or r.get("verified_by_reference_impl") is False:
                continue
            exp = _rt_expected(r)
            if r.get("expected") and not exp:
                continue
            yield f"rt:{spec}", r["input"], ref, exp, False
        elif suite == "dateparser":
            settings = r.get("settings") or {}
            if any(k.startswith("PREFER") for k in settings) or r["type"] != "single":
                continue
            exp = [
                {"span": None, "alts": [(_iso(e["value"]), None)]}
                for e in r.get("expected") or []
                if _iso(e.get("value"))
            ]
            if exp:
                yield "dp:single", r["input"], ref, exp, True


def _matches(pred, e, whole):
    s, en = pred.start, pred.end
    for start, end in e["alts"]:
        if s == start and (end is None or en in (end, end - dt.timedelta(days=1))):
            sp = (pred.span.start, pred.span.end)
            if whole or e["span"] is None or (sp[0] < e["span"][1] and e["span"][0] < sp[1]):
                return True
    return False


def _period_starts(day):
    """The first days of the week, month, quarter and year that hold ``day``."""
    return {
        day - dt.timedelta(days=day.weekday()),
        day.replace(day=1),
        day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1),
        day.replace(month=1, day=1),
    }


def _matches_by_range_start(pred, e, whole):
    """Whether a miss is only Recognizers' range-end convention: its range ends where the last
    unit named starts ("from 2014 to 2018" ends 2018-01-01), where ours ends with that unit."""
    if pred.start is None or pred.end is None:
        return False
    sp = (pred.span.start, pred.span.end)
    if not (whole or e["span"] is None or (sp[0] < e["span"][1] and e["span"][0] < sp[1])):
        return False
    return any(
        pred.start == start
        and end is not None
        and end < pred.end
        and end in _period_starts(pred.end)
        for start, end in e["alts"]
    )


def score(parse, paths):
    """Per group: [hits, expected, negatives with output, negatives, misses that are only the
    range-end convention], and the seconds taken."""
    tot = defaultdict(lambda: [0, 0, 0, 0, 0])
    t0 = time.perf_counter()
    for group, text, ref, exp, whole in cases(paths):
        try:
            pred = parse(text, ref)
        except Exception:  # a parser that raises scores nothing on that case
            pred = []
        t = tot[group]
        if not exp:
            t[3] += 1
            t[2] += bool(pred)
            continue
        for e in exp:
            t[1] += 1
            hit = any(_matches(p, e, whole) for p in pred)
            t[0] += hit
            t[4] += not hit and any(_matches_by_range_start(p, e, whole) for p in pred)
    return tot, time.perf_counter() - t0


def ours(text, ref):
    return parse_dates(text, reference=ref)


def theirs(text, ref):
    """dateparser's search_dates, its results shaped like mentions (a day, its text's span)."""
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings=settings) or []
    out, pos = [], 0
    for s, value in found:
        i = text.find(s, pos)
        i = max(i, 0)
        pos = i + len(s)
        span = SimpleNamespace(start=i, end=i + len(s))
        out.append(SimpleNamespace(span=span, start=value.date(), end=value.date()))
    return out


def main() -> None:
    paths = [Path(a) for a in sys.argv[1:]] or [DEFAULT]
    results = [("parse_dates", *score(ours, paths))]
    if search_dates is not None:
        results.append(("search_dates", *score(theirs, paths)))
    groups = sorted({g for _, tot, _ in results for g in tot})
    header = "".join(f" {name:>26s}" for name, _, _ in results)
    print(f"  {'group':22s}{header}")
    for g in [*groups, "ALL"]:
        line = f"  {g:22s}"
        for _, tot, _ in results:
            rows = list(tot.values()) if g == "ALL" else [tot[g]]
            h, n = sum(r[0] for r in rows), sum(r[1] for r in rows)
            fp, neg = sum(r[2] for r in rows), sum(r[3] for r in rows)
            cell = f"{h:4d}/{n:<4d} {h / n if n else 0:.3f}"
            cell += f" fp {fp}/{neg}" if neg else ""
            line += f" {cell:>26s}"
        print(line)
    print("  seconds" + " " * 15 + "".join(f" {el:26.1f}" for _, _, el in results))
    print()
    print("  parse_dates with Recognizers' range-end convention (a range ends where its last unit")
    print("  starts: 'from 2014 to 2018' ends 2018-01-01), which the news reading does not adopt:")
    tot = results[0][1]
    for g in groups:
        h, n, only = tot[g][0], tot[g][1], tot[g][4]
        if only:
            print(
                f"  {g:22s} {only:3d} misses are only the convention; with it {(h + only) / n:.3f}"
            )


if __name__ == "__main__":
    main()
