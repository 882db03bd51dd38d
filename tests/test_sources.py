"""Loading sources from files, folders, JSON and standard input."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from factcheck import InvalidArgument, Source, SourceError, load_sources
from factcheck.sources import coerce_sources, parse_metadata


def test_seed_folder_loads_in_sorted_order(seeds_dir, seed_texts):
    """A folder expands to its files in sorted order, ids are stems, texts are byte-true."""
    sources = load_sources(seeds_dir)
    assert [s.id for s in sources] == sorted(seed_texts)
    for s in sources:
        assert s.text == seed_texts[s.id]


def test_seed_date_lines_become_published(seeds_dir):
    """The seeds' leading ``date YYYY-MM-DD`` marker is read as the publication date."""
    published = {s.id[:3]: s.published for s in load_sources(seeds_dir)}
    assert published["003"] == dt.date(2026, 1, 10)
    assert published["004"] == dt.date(2026, 1, 21)
    assert published["000"] is None


def test_front_matter_is_read_and_kept_in_text(tmp_path):
    """A ``---`` block sets the metadata and stays part of the text, so offsets stay true."""
    text = "---\npublished: 2026-01-09\noutlet: AFP\ntitle: 'Talks'\n---\nBody.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    [source] = load_sources(tmp_path / "a.md")
    assert source.text == text
    assert (source.published, source.outlet, source.title) == (dt.date(2026, 1, 9), "AFP", "Talks")


def test_crlf_is_not_translated(tmp_path):
    """Files are decoded as they are: no newline translation."""
    (tmp_path / "a.txt").write_bytes(b"One.\r\nTwo.\r\n")
    assert load_sources(tmp_path / "a.txt")[0].text == "One.\r\nTwo.\r\n"


def test_json_and_jsonl_records(tmp_path):
    """.json holds one record or a list; .jsonl one record a line."""
    (tmp_path / "a.json").write_text(
        json.dumps([{"id": "x", "text": "Alpha.", "published": "2026-01-02"}]), encoding="utf-8"
    )
    (tmp_path / "b.jsonl").write_text(
        '{"id": "y", "text": "Beta.", "outlet": "AP"}\n\n{"id": 7, "text": "Gamma."}\n',
        encoding="utf-8",
    )
    sources = load_sources(tmp_path)
    assert [(s.id, s.text) for s in sources] == [("x", "Alpha."), ("y", "Beta."), ("7", "Gamma.")]
    assert sources[0].published == dt.date(2026, 1, 2)
    assert sources[1].outlet == "AP"


def test_stdin_dash_reads_jsonl():
    """``-`` reads JSON Lines from the given stream."""
    stream = io.StringIO('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')
    assert [s.id for s in load_sources(["-"], stdin=stream)] == ["a", "b"]


@pytest.mark.parametrize(
    ("name", "content", "pattern"),
    [
        ("bad.jsonl", '{"id": "a", "text": "x"}\n{oops\n', r"line 2: malformed JSON"),
        ("bad.jsonl", '{"id": "a"}\n', r"line 1: record lacks 'text'"),
        ("bad.jsonl", "[1, 2]\n", r"line 1: a record must be a JSON object"),
        ("empty.txt", "  \n\t", r"empty or only whitespace"),
        ("bad.json", "{", r"line 1: malformed JSON"),
        ("x.csv", "a,b", r"unknown file type '.csv'"),
        ("bad.txt", "date 2026-02-31 text", r"not an ISO date"),
    ],
)
def test_bad_files_name_the_problem(tmp_path, name, content, pattern):
    """Malformed input raises SourceError or InvalidArgument naming the file and the fault."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises((SourceError, InvalidArgument), match=pattern):
        load_sources(path)


def test_undecodable_bytes_name_the_offset(tmp_path):
    """A non-UTF-8 file names the file and the byte offset."""
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Caf\xe9 society.")
    with pytest.raises(SourceError, match=r"latin.txt is not valid UTF-8.*offset 3"):
        load_sources(path)


def test_missing_path_and_duplicates(tmp_path):
    """A missing file, and two sources with one id, are errors before any work."""
    with pytest.raises(SourceError, match="does not exist"):
        load_sources(tmp_path / "nope.txt")
    (tmp_path / "a.jsonl").write_text('{"id": "d", "text": "x"}\n{"id": "d", "text": "y"}\n')
    with pytest.raises(SourceError, match="'d' more than once"):
        load_sources(tmp_path / "a.jsonl")


def test_metadata_examples():
    """Only a leading date marker or front matter counts as metadata."""
    assert parse_metadata("Text with date 2026-01-01 inside.") == {}
    assert parse_metadata("date 2026-01-01\nText") == {"published": dt.date(2026, 1, 1)}


def test_coerce_plain_strings_get_ids():
    """Plain strings become sources s1, s2, ...; bad items and duplicates are rejected."""
    assert [s.id for s in coerce_sources(["a.", "b."])] == ["s1", "s2"]
    with pytest.raises(InvalidArgument, match=r"sources\[1\]=3"):
        coerce_sources(["a.", 3])  # type: ignore[list-item]
    with pytest.raises(InvalidArgument, match="more than once"):
        coerce_sources([Source("x", "a."), Source("x", "b.")])
    with pytest.raises(InvalidArgument, match="at least one"):
        coerce_sources([])
