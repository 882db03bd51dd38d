"""``Report.to_frame()``: one row per mention, pandas imported only when asked for."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

import factcheck
from factcheck.errors import InvalidArgument
from factcheck.frame import COLUMNS, MissingDependency, normalized, to_frame
from factcheck.model import DateMention, NameMention, Phrase, Quantity, Quote, Source, Span

pd = pytest.importorskip("pandas", reason="the pandas extra is not installed")


@pytest.fixture(scope="module")
def storm():
    """Two sources with a planted conflict (40 vs 400 killed)."""
    return factcheck.check(
        [
            Source("a", "The storm killed 40 people in the coastal town on Monday."),
            Source("b", "The storm killed 400 people in the coastal town on Monday."),
        ]
    )


def test_one_row_per_mention_with_the_documented_columns(seeds_dir):
    """The frame has the documented columns and one row per citation of every finding."""
    report = factcheck.check(factcheck.load_sources([seeds_dir]))
    frame = report.to_frame()
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == sum(len(f.citations) for f in report.findings)
    assert str(frame["start"].dtype) == "int64"
    texts = {s.id: s.text for s in report.sources}
    for row in frame.itertuples():
        assert texts[row.source][row.start : row.end] == row.text


def test_conflict_rows_carry_both_values(storm):
    """A conflict's rows give each source's words and normalized value."""
    frame = storm.to_frame()
    conflict = frame[frame.kind == "conflict"]
    assert conflict[["source", "text", "normalized"]].values.tolist() == [
        ["a", "40 people", "40 person"],
        ["b", "400 people", "400 person"],
    ]
    assert conflict["value"].iloc[0]["low"] == 40
    assert set(conflict["finding"]) == {storm.conflicts[0].id}


def test_empty_report_gives_an_empty_frame_with_columns():
    """A report without findings gives an empty frame that still has the columns."""
    report = factcheck.Report(sources=(Source("a", "Nothing to see."),), findings=())
    frame = to_frame(report)
    assert frame.empty
    assert list(frame.columns) == list(COLUMNS)


def test_missing_pandas_names_the_extra(storm, monkeypatch):
    """Without pandas, to_frame raises an ImportError that names factcheck[pandas]."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependency, match=r"factcheck\[pandas\]") as info:
        storm.to_frame()
    assert isinstance(info.value, ImportError)
    assert info.value.name == "pandas"


def test_import_factcheck_does_not_import_pandas():
    """``import factcheck`` leaves pandas (and the renderers) unimported."""
    code = (
        "import sys, factcheck; "
        "print(sorted(m for m in ('pandas', 'factcheck.html', 'factcheck.frame', 'pygls')"
        " if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_bad_report_raises_invalid_argument():
    """A non-report raises InvalidArgument naming the argument."""
    with pytest.raises(InvalidArgument, match=r"report=\[\]"):
        to_frame([])


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # figures
        (Quantity(Span(0, 3), "100", 100, 100), "100"),
        (Quantity(Span(0, 9), "about 100", 100, 100, approximate=True), "~100"),
        (Quantity(Span(0, 5), "$3.5m", "3.5e6", "3.5e6", unit="USD"), "3500000 USD"),
        (Quantity(Span(0, 8), "at least", 5, None, unit="person"), ">=5 person"),
        (Quantity(Span(0, 6), "under7", None, 7, high_inclusive=False), "<7"),
        (Quantity(Span(0, 5), "30-50", 30, 50), "30–50"),
        (Quantity(Span(0, 4), "2.50", "2.50", "2.50", unit="percent"), "2.5 percent"),
        # dates
        (
            DateMention(Span(0, 4), "2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
            "2019-01-01/2019-12-31",
        ),
        (DateMention(Span(0, 5), "Jan 9", dt.date(2026, 1, 9), dt.date(2026, 1, 9)), "2026-01-09"),
        (DateMention(Span(0, 6), "Friday", resolved=False, relative=True), "unresolved"),
        # names, quotes, phrases
        (NameMention(Span(0, 3), "Gil", canonical="yvan gil"), "yvan gil"),
        (Quote(Span(0, 5), "peace"), "peace"),
        (Phrase(Span(0, 4), "left"), "left"),
    ],
)
def test_normalized_values_read_shortly(mention, expected):
    """normalized() gives a short readable value for every kind of mention."""
    assert normalized(mention) == expected
