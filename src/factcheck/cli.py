"""The command line: ``factcheck check PATH...`` and ``factcheck lsp`` (or ``python -m factcheck``).

Exit status: 0 normally, 1 when ``--fail-on`` matched, 2 on a usage or input error (one line on
standard error, no traceback).

Standard error carries only errors, and on an interactive terminal a progress bar for long runs
and a one-line note after ``--output`` (``--quiet`` silences both). Colours appear only on a
terminal and never when ``NO_COLOR`` is set (https://no-color.org) or ``TERM=dumb``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import attrs

from factcheck import __version__
from factcheck.errors import FactcheckError, InvalidArgument
from factcheck.model import Source
from factcheck.pipeline import check
from factcheck.report import Report
from factcheck.sources import load_sources

__all__ = ["main"]

_FORMATS = ("text", "json", "markdown", "html")
# A run shorter than this shows no progress bar at all.
_PROGRESS_DELAY = 0.5


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
    c.add_argument("--title", help="the HTML page's title (with --format html)")
    _add_common(c)
    lsp = sub.add_parser("lsp", help="run the language server on standard input and output")
    lsp.add_argument(
        "--sources",
        nargs="+",
        metavar="PATH",
        help="the sources to check documents against (default: the workspace's factcheck.toml"
        " or pyproject.toml [tool.factcheck] sources)",
    )
    lsp.add_argument(
        "--debounce",
        type=float,
        metavar="SECONDS",
        help="wait this long after the last change before re-checking"
        " (default: the configuration's debounce, else 0.4)",
    )
    return parser


def _add_common(c: argparse.ArgumentParser) -> None:
    c.add_argument(
        "-q", "--quiet", action="store_true", help="no progress and no notes on standard error"
    )
    c.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report: auto (a terminal without NO_COLOR), always or never",
    )


def _use_color(stream: TextIO, choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


_BOLD, _RED, _GREEN, _DIM, _RESET = "\x1b[1m", "\x1b[31m", "\x1b[32m", "\x1b[2m", "\x1b[0m"
_HEADING_COLOR = {"Conflicts": _RED, "Agreements": _GREEN, "Single-source claims": _DIM}
_LABEL = re.compile(r"^F\d+ \[")
_VALUE = re.compile(r"\[([^\[\]\n]+)\]")


def _colorize(text: str) -> str:
    """Colour the plain-text report: headings by kind, finding labels bold, values highlighted."""
    lines = text.split("\n")
    out = []
    color = ""
    for n, line in enumerate(lines):
        nxt = lines[n + 1] if n + 1 < len(lines) else ""
        if line and nxt and set(nxt) == {"="} and len(nxt) == len(line):
            color = next((c for h, c in _HEADING_COLOR.items() if line.startswith(h)), "")
            out.append(f"{_BOLD}{color}{line}{_RESET}")
        elif line and set(line) == {"="}:
            out.append(f"{color}{line}{_RESET}")
        elif _LABEL.match(line):
            out.append(f"{_BOLD}{line}{_RESET}")
        elif line.startswith("    "):
            out.append(_VALUE.sub(f"[{_BOLD}{color}\\g<1>{_RESET}]", line, count=1))
        else:
            out.append(line)
    return "\n".join(out)


class _Progress:
    """A progress line on standard error, drawn only on an interactive terminal.

    While ``check()`` extracts, the bar fills with the share of sources done; in the other
    stages it is indeterminate. It shows the stage, the input's size and the time spent. Runs
    shorter than half a second draw nothing.
    """

    _WIDTH = 20

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled and _isatty(stream)
        self._label = ""
        self._fraction: float | None = None
        self._started = time.monotonic()
        self._drawn = False
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        if self._enabled:
            self._thread = threading.Thread(
                target=self._run, name="factcheck-progress", daemon=True
            )
            self._thread.start()

    def stage(self, label: str) -> None:
        with self._lock:
            self._label = label
            self._fraction = None

    def advance(self, done: int, total: int) -> None:
        """Record that ``done`` of ``total`` sources are extracted (check's progress callback)."""
        with self._lock:
            self._fraction = done / total if total else None

    def _run(self) -> None:
        tick = 0
        while not self._stop.wait(0.1):
            elapsed = time.monotonic() - self._started
            if elapsed < _PROGRESS_DELAY:
                continue
            tick += 1
            span = self._WIDTH - 4
            pos = tick % (2 * span)
            pos = pos if pos < span else 2 * span - pos
            bar = " " * pos + "####" + " " * (span - pos)
            with self._lock:
                if self._fraction is not None:
                    filled = round(self._fraction * self._WIDTH)
                    bar = "#" * filled + "-" * (self._WIDTH - filled)
                line = f"\rfactcheck: {self._label} [{bar}] {elapsed:4.1f}s\x1b[K"
                self._stream.write(line)
                self._stream.flush()
                self._drawn = True

    def close(self) -> None:
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join()
        self._thread = None
        if self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


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


def _write_stdout(text: str) -> None:
    """Write to standard output; a lone surrogate is written as its escape, not a crash."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode(sys.stdout.encoding or "utf-8", "backslashreplace"))


def _write_atomically(path: str, data: str) -> None:
    target = Path(path)
    directory = target.parent if str(target.parent) else Path()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        # A lone surrogate (a JSON source may hold one) is written as its escape, \ud800.
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _size(sources: Sequence[Source]) -> str:
    chars = sum(len(s.text) for s in sources)
    if chars >= 1_000_000:
        return f"{chars / 1_000_000:.1f} M chars"
    if chars >= 1_000:
        return f"{chars / 1_000:.1f} k chars"
    return f"{chars} chars"


def _render(report: Report, args: argparse.Namespace) -> str:
    if args.format == "json":
        return report.to_json() + "\n"
    if args.format == "markdown":
        return report.to_markdown()
    if args.format == "html":
        return report.to_html(title=args.title)
    rendered = report.to_text()
    if not args.output and _use_color(sys.stdout, args.color):
        rendered = _colorize(rendered)
    return rendered


def _lsp(args: argparse.Namespace) -> int:
    if args.debounce is not None and args.debounce < 0:
        msg = f"--debounce {args.debounce!r} must be >= 0"
        raise InvalidArgument(msg)
    try:
        from factcheck.lsp import serve  # noqa: PLC0415 (pygls is optional)
    except ImportError as exc:
        msg = f"factcheck lsp needs pygls: pip install 'factcheck[lsp]' ({exc})"
        raise InvalidArgument(msg) from None
    serve(sources=args.sources, debounce=args.debounce)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _build_parser().parse_args(argv)
    if args.command == "lsp":
        try:
            return _lsp(args)
        except FactcheckError as exc:
            print(f"factcheck: error: {exc}", file=sys.stderr)
            return 2
    progress = _Progress(sys.stderr, enabled=not args.quiet)
    try:
        progress.stage("loading sources")
        sources = load_sources(args.paths)
        sources = _apply_published(sources, args.published)
        reference = None
        if args.reference is not None:
            reference = _resolve_id(args.reference, [s.id for s in sources], "--reference")
        progress.stage(f"checking {len(sources)} sources ({_size(sources)})")
        report = check(sources, reference=reference, progress=progress.advance)
        progress.stage(f"writing the {args.format} report")
        rendered = _render(report, args)
        progress.close()
        if args.output:
            try:
                _write_atomically(args.output, rendered)
            except OSError as exc:
                msg = f"--output {args.output!r} cannot be written: {exc.strerror}"
                raise InvalidArgument(msg) from None
            if not args.quiet and _isatty(sys.stderr):
                s = report.summary
                note = (
                    f"factcheck: wrote {args.output}: {s['conflicts']} conflicts, "
                    f"{s['agreements']} agreements, {s['single_source']} single-source claims"
                )
                if _use_color(sys.stderr, args.color):
                    note = f"{_DIM}{note}{_RESET}"
                print(note, file=sys.stderr)
        else:
            _write_stdout(rendered)
            sys.stdout.flush()
    except FactcheckError as exc:
        progress.close()
        prefix = "factcheck: error:"
        if _use_color(sys.stderr, args.color):
            prefix = f"{_RED}{_BOLD}{prefix}{_RESET}"
        print(f"{prefix} {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        progress.close()
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (factcheck ... | head): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        progress.close()
    if args.fail_on == "conflict" and report.conflicts:
        return 1
    return 0
