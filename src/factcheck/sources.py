"""Loading: files, folders, JSON records and strings become :class:`~factcheck.Source` objects.

Offsets in a report index the text exactly as loaded: files are decoded as UTF-8 with no newline
translation, and metadata lines stay part of the text.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from factcheck.errors import FactcheckError, InvalidArgument, SourceError
from factcheck.model import Source

__all__ = ["coerce_sources", "load_sources", "parse_metadata"]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
_RECORD_KEYS = frozenset({"id", "text", "published", "outlet", "url", "title"})

# The seeds open with " date 2026-01-10 Washington, Jan 10 ...": the marker may share its line with
# the article's first words, so only the marker itself is read.
_DATE_LINE = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})\b")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_LINE = re.compile(r"^[ \t]*([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def _parse_date(value: str, *, argument: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip().strip("'\"")[:10])
    except ValueError:
        msg = f"{argument}={value!r} is not an ISO date (YYYY-MM-DD)"
        raise InvalidArgument(msg) from None


def parse_metadata(text: str, *, name: str = "text") -> dict[str, Any]:
    """Read the optional metadata at the head of a text file.

    Two forms are understood: a first line ``date YYYY-MM-DD`` (as in the seed articles), or a
    ``---`` front-matter block with ``published``, ``outlet``, ``url`` and ``title`` keys. The text
    itself is not changed: the metadata stays part of it so that offsets stay true.

    >>> parse_metadata(" date 2026-01-10 Washington, Jan 10 The talks...")
    {'published': datetime.date(2026, 1, 10)}
    >>> parse_metadata("---\\npublished: 2026-01-09\\noutlet: AFP\\n---\\nText")
    {'published': datetime.date(2026, 1, 9), 'outlet': 'AFP'}

    Raises:
        InvalidArgument: if a date in the metadata is not a valid ISO date.
    """
    m = _DATE_LINE.match(text)
    if m:
        return {"published": _parse_date(m.group(1), argument=f"{name}: date")}
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}
    meta: dict[str, Any] = {}
    for raw_key, value in _FRONT_LINE.findall(m.group(1)):
        key = raw_key.lower()
        if key in {"published", "date"}:
            meta["published"] = _parse_date(value, argument=f"{name}: {key}")
        elif key in {"outlet", "url", "title"} and value:
            meta[key] = value.strip("'\"")
    return meta


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"{name} is not valid UTF-8: undecodable byte at offset {exc.start}"
        raise SourceError(msg) from None


def _make_source(fields: Mapping[str, Any], where: str) -> Source:
    try:
        return Source(**fields)
    except FactcheckError as exc:
        msg = f"{where}: {exc}"
        raise SourceError(msg) from None
    except TypeError as exc:
        msg = f"{where}: {exc}"
        raise SourceError(msg) from None


def _from_record(record: object, where: str) -> Source:
    if not isinstance(record, Mapping):
        msg = f"{where}: a record must be a JSON object with 'id' and 'text', got {record!r:.60}"
        raise SourceError(msg)
    missing = [k for k in ("id", "text") if k not in record]
    if missing:
        msg = f"{where}: record lacks {', '.join(map(repr, missing))}"
        raise SourceError(msg)
    fields = {k: v for k, v in record.items() if k in _RECORD_KEYS}
    if not isinstance(fields["id"], str):
        fields["id"] = str(fields["id"])
    return _make_source(fields, where)


def _read_jsonl(stream: Iterable[str], name: str) -> Iterator[Source]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            msg = f"{name}, line {number}: malformed JSON ({exc.msg})"
            raise SourceError(msg) from None
        yield _from_record(record, f"{name}, line {number}")


def _read_file(path: Path) -> list[Source]:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        msg = f"path={name!r} does not exist"
        raise SourceError(msg) from None
    except OSError as exc:
        msg = f"path={name!r} cannot be read: {exc.strerror}"
        raise SourceError(msg) from None
    text = _decode(data, name)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        meta = parse_metadata(text, name=name)
        return [_make_source({"id": path.stem, "text": text, **meta}, name)]
    if suffix in {".jsonl", ".ndjson"}:
        return list(_read_jsonl(io.StringIO(text, newline=None), name))
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"{name}, line {exc.lineno}: malformed JSON ({exc.msg})"
        raise SourceError(msg) from None
    if isinstance(payload, Mapping) and "sources" in payload:
        payload = payload["sources"]
    records = payload if isinstance(payload, list) else [payload]
    return [_from_record(r, f"{name}, record {i}") for i, r in enumerate(records, start=1)]


def _expand(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in _KNOWN
        )
        if not files:
            msg = f"path={str(path)!r} holds no .txt, .md, .json or .jsonl files"
            raise SourceError(msg)
        return files
    if not path.exists():
        msg = f"path={str(path)!r} does not exist"
        raise SourceError(msg)
    if path.suffix.lower() not in _KNOWN:
        msg = (
            f"path={str(path)!r} has an unknown file type {path.suffix!r}"
            " (expected .txt, .md, .json or .jsonl)"
        )
        raise SourceError(msg)
    return [path]


_KNOWN = TEXT_SUFFIXES | JSON_SUFFIXES


def load_sources(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    stdin: IO[str] | None = None,
) -> list[Source]:
    """Load sources from files, folders, or ``-`` for JSON Lines on standard input.

    - ``.txt`` / ``.md``: one source; id = the file's stem; optional leading metadata (see
      :func:`parse_metadata`).
    - ``.json``: one record, a list of records, or ``{"sources": [...]}``; ``.jsonl``: one record
      a line. A record is ``{"id", "text", "published"?, "outlet"?, "url"?, "title"?}``.
    - a folder: its files of those types, in sorted order.

    Args:
        paths: one path or several.
        stdin: the stream read for ``-`` (default: ``sys.stdin``).

    Returns:
        The sources in the order given.

    Raises:
        SourceError: a missing or unreadable file, undecodable bytes (with the byte offset), an
            unknown file type, malformed JSON (with the line), an empty text, or a duplicate id.

    .. versionadded:: 0.1
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    sources: list[Source] = []
    for raw in paths:
        if not isinstance(raw, (str, os.PathLike)):
            msg = f"paths item {raw!r} must be a str or os.PathLike"
            raise InvalidArgument(msg)
        if str(raw) == "-":
            sources.extend(_read_jsonl(stdin if stdin is not None else sys.stdin, "<stdin>"))
            continue
        for path in _expand(Path(raw)):
            sources.extend(_read_file(path))
    if not sources:
        msg = f"paths={paths!r} held no sources"
        raise SourceError(msg)
    _reject_duplicates(sources, error=SourceError)
    return sources


def _reject_duplicates(sources: Sequence[Source], *, error: type[FactcheckError]) -> None:
    seen: set[str] = set()
    for source in sources:
        if source.id in seen:
            msg = f"sources contain the id {source.id!r} more than once; ids must be unique"
            raise error(msg)
        seen.add(source.id)


def coerce_sources(sources: Iterable[Source | str] | Source | str) -> list[Source]:
    """Accept :class:`Source` objects or plain strings (ids then ``s1``, ``s2``, ...).

    Raises:
        InvalidArgument: for an item of another type, an empty text, no sources, or duplicate ids.
    """
    if isinstance(sources, (str, Source)):
        sources = [sources]
    try:
        items = list(sources)
    except TypeError:
        msg = f"sources={sources!r} must be an iterable of Source objects or strings"
        raise InvalidArgument(msg) from None
    out: list[Source] = []
    for index, item in enumerate(items, start=1):
        if isinstance(item, Source):
            out.append(item)
        elif isinstance(item, str):
            out.append(Source(id=f"s{index}", text=item))
        else:
            msg = f"sources[{index - 1}]={item!r:.60} must be a Source or a str"
            raise InvalidArgument(msg)
    if not out:
        msg = "sources=[] must hold at least one source"
        raise InvalidArgument(msg)
    _reject_duplicates(out, error=InvalidArgument)
    return out
