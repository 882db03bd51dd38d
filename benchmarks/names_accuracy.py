"""Accuracy of the names stage: person-name parts, seed-fixture mentions, cross-source entities.

Usage::

    .venv/bin/python benchmarks/names_accuracy.py [EVAL_DIR]

EVAL_DIR defaults to ``../shared/eval`` next to the repository. Prints four tables:

1. nameparser field accuracy (``normalization/nameparser.jsonl``, ``name_parts`` cases not
   marked as failing upstream): a field is right when it equals the expected value
   case-insensitively, as in ``score.py names``.
2. Seed-fixture mentions (``tests/data/seed_names.json`` over ``seeds/``): a predicted mention of
   kind person, organization or place is right when it overlaps a labelled mention of the same
   kind; a labelled mention is found when a predicted mention of its kind overlaps it. Mentions of
   kind ``other`` are not scored (the fixture labels only the three kinds).
3. GVA entity recall (``clusters/gva_semeval2018t5.jsonl``): a gold name agreement counts when one
   entity of ``link_entities({source id: parse_names(text)})`` holds a mention overlapping an
   occurrence of the name in each of the two sources, as in ``score.py entities``.
4. Merged people: entities over the seeds that hold two different people of the seeds.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from factcheck.normalize.entities import link_entities
from factcheck.normalize.names import parse_names, parse_person_name

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "eval"
KINDS = ("person", "organization", "place")


def rows(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def nameparser_table(path: Path) -> None:
    tot: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows(path):
        if r.get("type") != "name_parts" or r.get("expected_failure_upstream"):
            continue
        p = parse_person_name(r["input"])
        for field, want in r["expected"].items():
            got = getattr(p, field, None)
            t = tot[field]
            t[1] += 1
            t[0] += (got or "").strip().casefold() == (want or "").strip().casefold()
    print("nameparser fields (target >= 0.95)")
    hits = n = 0
    for field in sorted(tot):
        h, c = tot[field]
        hits += h
        n += c
        print(f"  {field:10s} {h:5d}/{c:<5d} {h / c:.3f}")
    print(f"  {'ALL':10s} {hits:5d}/{n:<5d} {hits / n:.3f}")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def fixture_table(seeds: Path, fixture: Path) -> None:
    gold = json.loads(fixture.read_text(encoding="utf-8"))["mentions"]
    by_src: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_src[g["source"]].append(g)
    tp_p = n_p = tp_r = n_r = 0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses: list[str] = []
    extras: list[str] = []
    for f in sorted(seeds.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        pred = [m for m in parse_names(text) if m.kind in KINDS]
        gs = by_src.get(f.stem, [])
        for m in pred:
            ok = any(
                g["kind"] == m.kind and overlaps((m.span.start, m.span.end), (g["start"], g["end"]))
                for g in gs
            )
            n_p += 1
            tp_p += ok
            per_kind[m.kind][2] += 1
            per_kind[m.kind][3] += ok
            if not ok:
                extras.append(f"{f.stem[:3]} {m.text!r} {m.kind}")
        for g in gs:
            ok = any(
                m.kind == g["kind"] and overlaps((m.span.start, m.span.end), (g["start"], g["end"]))
                for m in pred
            )
            n_r += 1
            tp_r += ok
            per_kind[g["kind"]][0] += 1
            per_kind[g["kind"]][1] += ok
            if not ok:
                misses.append(f"{f.stem[:3]} {g['text']!r} {g['kind']}")
    print("seed fixture mentions (overlap + same kind; target >= 0.90)")
    for k in KINDS:
        ng, hr, npd, hp = per_kind[k]
        rec = hr / ng if ng else 0
        prec = hp / npd if npd else 0
        print(
            f"  {k:12s} recall {hr:4d}/{ng:<4d} {rec:.3f}   precision {hp:4d}/{npd:<4d} {prec:.3f}"
        )
    rec, prec = tp_r / n_r, tp_p / n_p
    line = f"  {'ALL':12s} recall {tp_r:4d}/{n_r:<4d} {rec:.3f}"
    print(f"{line}   precision {tp_p:4d}/{n_p:<4d} {prec:.3f}")
    if "-v" in sys.argv:
        print("  missed:", "; ".join(misses))
        print("  extra: ", "; ".join(extras))


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0 and needle:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    if not out and needle:
        low, nl = text.lower(), needle.lower()
        i = low.find(nl)
        while i >= 0:
            out.append((i, i + len(needle)))
            i = low.find(nl, i + 1)
    return out


def gva_table(path: Path) -> None:
    hits = n = merged = 0
    t0 = time.perf_counter()
    misses: list[str] = []
    for r in rows(path):
        if r.get("clusters_only") or not r.get("gold"):
            continue
        golds = [g for g in r["gold"] if g["label"] == "agreement" and g.get("kind") == "name"]
        if not golds:
            continue
        texts = {s["id"]: s["text"] for s in r["sources"]}
        ids = [s["id"] for s in r["sources"]]
        ents = link_entities({s["id"]: parse_names(s["text"]) for s in r["sources"]})
        for g in golds:
            a, b = g.get("a_source", ids[0]), g.get("b_source", ids[1])
            oa, ob = occurrences(texts[a], g["a"]), occurrences(texts[b], g["b"])
            if not oa or not ob:
                continue
            ok = any(
                any(
                    s == a and any(overlaps((m.span.start, m.span.end), o) for o in oa)
                    for s, m in e.mentions
                )
                and any(
                    s == b and any(overlaps((m.span.start, m.span.end), o) for o in ob)
                    for s, m in e.mentions
                )
                for e in ents
            )
            n += 1
            hits += ok
            if not ok:
                misses.append(f"{r['id']} {g['a']!r} {a}-{b}")
        for e in ents:
            got = {m.text for _, m in e.mentions}
            if any("Jorge" in t for t in got) and any("Delcy" in t for t in got):
                merged += 1
    print(f"GVA name agreements in one entity (target >= 0.90; {time.perf_counter() - t0:.1f}s)")
    share = hits / n if n else 0
    line = f"  gva_semeval2018t5      {hits:5d}/{n:<5d} {share:.3f}"
    print(f"{line}   entities merging Delcy and Jorge: {merged}")
    if "-v" in sys.argv:
        print("  missed:", "; ".join(misses[:40]))


def merged_people_table(seeds: Path) -> None:
    src = {f.stem: parse_names(f.read_text(encoding="utf-8")) for f in sorted(seeds.glob("*.txt"))}
    ents = link_entities(src)
    pairs = [
        ("Delcy", "Jorge"),
        ("Maduro Guerra", "Nicolás Maduro"),
        ("Cilia Flores", "Noel Flores"),
    ]
    print("merged people in the seed report (target 0)")
    bad = 0
    for x, y in pairs:
        for e in ents:
            texts = {m.text for _, m in e.mentions}
            if any(x in t for t in texts) and any(y in t and x not in t for t in texts):
                bad += 1
                print(f"  merged {x!r} and {y!r} in {e.id} {e.canonical!r}")
    want = [
        "delcy rodriguez",
        "nicolas maduro",
        "john mcnamara",
        "maria corina machado",
        "cilia flores",
        "donald trump",
        "united states",
        "venezuela",
        "caracas",
    ]
    print(f"  merges of different people: {bad}")
    for w in want:
        n = sum(
            1
            for e in ents
            if e.canonical == w
            or any(name_of(m) == w for _, m in e.mentions if len(name_of(m).split()) > 1)
        )
        print(f"  entities for {w!r}: {n}")


def name_of(m) -> str:
    return m.canonical


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = Path(args[0]) if args else DEFAULT
    nameparser_table(base / "normalization" / "nameparser.jsonl")
    fixture = ROOT / "tests" / "data" / "seed_names.json"
    if fixture.exists():
        fixture_table(ROOT / "seeds", fixture)
    gva_table(base / "clusters" / "gva_semeval2018t5.jsonl")
    merged_people_table(ROOT / "seeds")


if __name__ == "__main__":
    main()
