"""factcheck.dask: the feed pipeline on a dask.distributed cluster, same reports as one machine."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from factcheck import InvalidArgument, Source
from factcheck.feed import check_feed

pytest.importorskip("dask.bag", reason="dask is not installed: pip install 'factcheck[dask]'")
distributed = pytest.importorskip(
    "distributed", reason="distributed is not installed: pip install 'factcheck[dask]'"
)

import factcheck.dask as fdask  # noqa: E402 (after the skips: needs dask)

# distributed warns when a loaded machine is slow to create its workers' scratch space: a fact
# about the machine, not about factcheck.
pytestmark = pytest.mark.filterwarnings("ignore:Creating scratch directories:UserWarning")

_FEED = [
    Source(
        "fire-1",
        "A fire at the Halden mill in Tarvik killed 4 workers on March 3, 2025, fire chief "
        "Ansel Brodsky said.",
        title="Fire at Halden mill in Tarvik kills four",
        published="2025-03-03",
    ),
    Source(
        "vote-1",
        "Voters in Ostrava Province elected Petra Lindqvist as governor on November 9, 2023, "
        "with 54 percent of the vote.",
        title="Lindqvist wins Ostrava governor race",
        published="2023-11-10",
    ),
    Source(
        "fire-2",
        "Five workers died when fire swept through the Halden mill in Tarvik on March 3, 2025, "
        "fire chief Ansel Brodsky said.",
        title="Five dead in Tarvik mill blaze",
        published="2025-03-04",
    ),
    Source(
        "lone",
        "The Velmora museum reopened after repairs.",
        title="Museum reopens",
    ),
    Source(
        "vote-2",
        "Petra Lindqvist won the Ostrava Province governor election of November 9, 2023 with "
        "52 percent of the vote.",
        title="Ostrava elects Lindqvist",
        published="2023-11-10",
    ),
    Source(
        "fire-3",
        "Tarvik mourned the Halden mill workers. Ansel Brodsky said the fire of March 3, 2025 "
        "killed 4 workers.",
        title="Tarvik mourns Halden mill dead",
        published="2025-03-09",
    ),
]


def _dump(reports):
    return json.dumps([r.to_dict() for r in reports])


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of two workers (threads in this process, so the test starts fast)."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_import_factcheck_does_not_import_dask():
    """Dask is an optional extra: the top-level package never imports it."""
    code = "import sys, factcheck; print('dask' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("npartitions", [1, 2, 4])
def test_same_reports_as_one_machine(client, npartitions):
    """On two workers, for any partitioning, the reports equal factcheck.feed.check_feed's."""
    assert len(client.scheduler_info()["workers"]) == 2
    here = check_feed(_FEED)
    there = fdask.check_feed(_FEED, npartitions=npartitions)
    assert [[s.id for s in r.sources] for r in there] == [
        ["fire-1", "fire-2", "fire-3"],
        ["vote-1", "vote-2"],
    ]
    assert _dump(there) == _dump(here)


def test_a_bag_of_records_is_accepted(client):
    """A dask bag of plain records (dicts) gives the same reports as Source objects."""
    import dask.bag as db

    records = [
        {
            "id": s.id,
            "text": s.text,
            "title": s.title,
            "published": s.published.isoformat() if s.published else None,
        }
        for s in _FEED
    ]
    bag = db.from_sequence(records, npartitions=3)
    assert _dump(fdask.check_feed(bag)) == _dump(check_feed(_FEED))


def test_a_dataframe_is_accepted(client):
    """A pandas DataFrame with id/text/title/published columns is read row by row."""
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    frame = pd.DataFrame(
        [{"id": s.id, "text": s.text, "title": s.title, "published": s.published} for s in _FEED]
    )
    assert _dump(fdask.check_feed(frame, min_sources=1)) == _dump(check_feed(_FEED, min_sources=1))


@pytest.mark.parametrize(
    ("sources", "kwargs"),
    [
        pytest.param(_FEED, {"min_sources": 0}, id="min_sources 0"),
        pytest.param(_FEED, {"story_cutoff": -1}, id="negative story cutoff"),
        pytest.param(_FEED, {"npartitions": 0}, id="no partitions"),
        pytest.param("some text", {}, id="a bare string"),
        pytest.param([], {}, id="no sources"),
        pytest.param([{"id": "a"}], {}, id="a record without text"),
        pytest.param([_FEED[0], _FEED[0]], {}, id="duplicate ids"),
    ],
)
def test_bad_input_is_rejected(client, sources, kwargs):
    """Bad options and bad feeds raise InvalidArgument, as on one machine."""
    with pytest.raises(InvalidArgument):
        fdask.check_feed(sources, **kwargs)


def test_a_dask_dataframe_is_accepted(client):
    """A Dask dataframe is read row by row, as its pandas original."""
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    dd = pytest.importorskip(
        "dask.dataframe", reason="dask.dataframe needs pyarrow: pip install 'dask[dataframe]'"
    )
    frame = pd.DataFrame(
        [{"id": s.id, "text": s.text, "title": s.title, "published": s.published} for s in _FEED]
    )
    there = fdask.check_feed(dd.from_pandas(frame, npartitions=2))
    assert _dump(there) == _dump(check_feed(_FEED))
