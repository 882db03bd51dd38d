"""The command line: ``factcheck check PATH...`` (also ``python -m factcheck``).

Exit status: 0 normally, 1 when ``--fail-on`` matched, 2 on a usage or input error (one line on
standard error, no traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import attrs

from factcheck import __version__
from factcheck.errors import FactcheckError, InvalidArgument
from factcheck.model import Source
from factcheck.pipeline import check
from factcheck.sources import load_sources

__all__ = ["main"]

_FORMATS = ("text", "json", "markdown")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints the whole usage; one line is what scripts and editors can show.
        self.exit(2, f"{self.prog}: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Check sources against each other: agreements, conflicts, single sources.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    c = sub.add_parser("check", help="check files, folders or JSON Lines on standard input")
    c.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".txt/.md/.json/.jsonl files, folders of them, or - for JSON Lines on stdin",
    )
    c.add_argument("--format", choices=_FORMATS, default="text", help="output format")
    c.add_argument(
        "--published",
        action="append",
        default=[],
        metavar="ID=YYYY-MM-DD",
        help="set a source's publication date (an id or a unique prefix of one); repeatable",
    )
    c.add_argument("--reference", metavar="ID", help="check the other sources against this one")
    c.add_argument(
        "--fail-on",
        choices=("conflict",),
        help="exit with status 1 when the report has findings of this kind",
    )
    c.add_argument("-o", "--output", metavar="FILE", help="write the report here (atomically)")
    return parser


def _resolve_id(key: str, ids: Sequence[str], option: str) -> str:
    if key in ids:
        return key
    matches = [i for i in ids if i.startswith(key)]
    if len(matches) == 1:
        return matches[0]
    what = "matches no source id" if not matches else f"matches several ids {matches!r}"
    msg = f"{option} {key!r} {what}"
    raise InvalidArgument(msg)


def _apply_published(sources: list[Source], values: Sequence[str]) -> list[Source]:
    ids = [s.id for s in sources]
    dates: dict[str, dt.date] = {}
    for value in values:
        key, sep, date = value.partition("=")
        if not sep or not key:
            msg = f"--published {value!r} must look like ID=YYYY-MM-DD"
            raise InvalidArgument(msg)
        try:
            parsed = dt.date.fromisoformat(date.strip())
        except ValueError:
            msg = f"--published {value!r}: {date!r} is not a date (YYYY-MM-DD)"
            raise InvalidArgument(msg) from None
        dates[_resolve_id(key, ids, "--published")] = parsed
    return [attrs.evolve(s, published=dates[s.id]) if s.id in dates else s for s in sources]


def _write_atomically(path: str, data: str) -> None:
    target = Path(path)
    directory = target.parent if str(target.parent) else Path()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_parser().parse_args(argv)
    try:
        sources = load_sources(args.paths)
        sources = _apply_published(sources, args.published)
        reference = None
        if args.reference is not None:
            reference = _resolve_id(args.reference, [s.id for s in sources], "--reference")
        report = check(sources, reference=reference)
        if args.format == "json":
            rendered = report.to_json() + "\n"
        elif args.format == "markdown":
            rendered = report.to_markdown()
        else:
            rendered = report.to_text()
        if args.output:
            try:
                _write_atomically(args.output, rendered)
            except OSError as exc:
                msg = f"--output {args.output!r} cannot be written: {exc.strerror}"
                raise InvalidArgument(msg) from None
        else:
            sys.stdout.write(rendered)
            sys.stdout.flush()
    except FactcheckError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (factcheck ... | head): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    if args.fail_on == "conflict" and report.conflicts:
        return 1
    return 0
