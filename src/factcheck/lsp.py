"""``factcheck lsp``: a language server that checks what you write against your sources.

Needs the ``lsp`` extra (``pip install 'factcheck[lsp]'``: pygls and lsprotocol); the command line
imports this module only when ``factcheck lsp`` runs.

How a document is checked: the open document (Markdown or plain text, and not itself one of the
sources) is added as one more source, ``check([*sources, document])`` runs, and the findings that
cite the document become diagnostics on the document's own spans:

- a **conflict** with a source → an *Error* at the document's value, the message quoting what
  the other sources say, with related information pointing into the source files;
- a **single-source** claim of the document (no source says it) → an *Information*;
- an **agreement** raises no diagnostic; hovering a figure, date or name shows what each source
  says about it, agreements included.

Conflicts between the sources themselves are left out: they are not the writer's to fix. The
sources are all checked together with the document rather than one at a time in reference mode,
so a claim that one source supports and another does not is not flagged as unsupported.

Configuration, first found wins: the ``--sources`` option; ``initializationOptions`` from the
editor (``{"sources": [...], "debounce": 0.4}``); ``factcheck.toml`` (``sources = [...]``) or
``pyproject.toml`` (``[tool.factcheck] sources = [...]``) in the workspace folder, or in the
document's folder or a parent of it. Paths are relative to the file that names them and may be
files, folders or glob patterns.
"""

from __future__ import annotations

import asyncio
import glob
import logging
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from factcheck import __version__
from factcheck.errors import FactcheckError, InvalidArgument, SourceError
from factcheck.model import Citation, Finding, FindingKind, Source
from factcheck.pipeline import check
from factcheck.report import Report
from factcheck.sources import JSON_SUFFIXES, TEXT_SUFFIXES, load_sources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover (Python 3.10)
    import tomli as tomllib

__all__ = [
    "Config",
    "SourceFile",
    "diagnostics",
    "find_config",
    "hover_markdown",
    "load_workspace_sources",
    "serve",
]

_LOG = logging.getLogger(__name__)
_KNOWN = TEXT_SUFFIXES | JSON_SUFFIXES
_LANGUAGES = frozenset({"markdown", "plaintext", "text", "txt"})
_DEFAULT_DEBOUNCE = 0.4
_EXCERPT = 160
_NEWLINE = re.compile(r"\r\n|\r|\n")


# ---------------------------------------------------------------------------------------------
# Configuration and sources


@attrs.frozen
class Config:
    """Where the sources are, and how long to wait after a change.

    Attributes:
        sources: files, folders or glob patterns, absolute or relative to ``base``.
        base: the folder relative paths start from.
        origin: what named them: ``--sources``, ``initializationOptions``, or a config file.
        debounce: seconds to wait after the last change before re-checking.
    """

    sources: tuple[str, ...]
    base: Path
    origin: str
    debounce: float = _DEFAULT_DEBOUNCE


@attrs.frozen
class SourceFile:
    """A loaded source and the file it came from.

    Attributes:
        source: the source.
        path: its file.
        offsets_index_file: whether offsets into ``source.text`` are offsets into the file
            (true for ``.txt``/``.md``; false for records inside JSON files).
    """

    source: Source
    path: Path
    offsets_index_file: bool


def _read_toml(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        _LOG.warning("cannot read %s: %s", path, exc)
        return None
    return data


def _table(data: Mapping[str, Any], *keys: str) -> Mapping[str, Any] | None:
    for key in keys:
        value = data.get(key)
        if not isinstance(value, Mapping):
            return None
        data = value
    return data


def _config_from(table: Mapping[str, Any], path: Path) -> Config | None:
    sources = table.get("sources")
    if sources is None:
        return None
    if isinstance(sources, str):
        sources = [sources]
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        msg = f"{path}: sources={sources!r} must be a list of paths"
        raise InvalidArgument(msg)
    debounce = table.get("debounce", _DEFAULT_DEBOUNCE)
    if isinstance(debounce, bool) or not isinstance(debounce, (int, float)) or debounce < 0:
        msg = f"{path}: debounce={debounce!r} must be a number of seconds >= 0"
        raise InvalidArgument(msg)
    return Config(tuple(sources), path.parent, str(path), float(debounce))


def find_config(start: Path) -> Config | None:
    """The first ``factcheck.toml`` or ``pyproject.toml`` naming sources, from ``start`` upwards.

    In ``factcheck.toml`` the keys stand at the top (or under ``[tool.factcheck]``); in
    ``pyproject.toml`` under ``[tool.factcheck]``. Keys: ``sources`` (a list of paths) and
    ``debounce`` (seconds).

    Raises:
        InvalidArgument: a config file names ``sources`` or ``debounce`` of the wrong type.

    >>> find_config(Path("/nonexistent/folder")) is None
    True
    """
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "factcheck.toml"
        if own.is_file():
            data = _read_toml(own) or {}
            config = _config_from(_table(data, "tool", "factcheck") or data, own)
            if config is not None:
                return config
        project = candidate / "pyproject.toml"
        if project.is_file():
            table = _table(_read_toml(project) or {}, "tool", "factcheck")
            config = _config_from(table, project) if table is not None else None
            if config is not None:
                return config
    return None


def _expand(pattern: str, base: Path) -> list[Path]:
    path = Path(pattern).expanduser()
    if not path.is_absolute():
        path = base / path
    if glob.has_magic(str(path)):
        found = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
        return [p for p in found if p.is_file() and p.suffix.lower() in _KNOWN]
    if path.is_dir():
        return sorted(
            p
            for p in path.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in _KNOWN
        )
    if not path.exists():
        msg = f"source path {str(path)!r} does not exist"
        raise SourceError(msg)
    return [path]


def load_workspace_sources(config: Config) -> list[SourceFile]:
    """Load every source the configuration names, keeping the file each came from.

    Raises:
        SourceError: a named path does not exist or a file cannot be read as a source.
    """
    files: list[SourceFile] = []
    seen: set[str] = set()
    for pattern in config.sources:
        for path in _expand(pattern, config.base):
            resolved = path.resolve()
            for source in load_sources([path]):
                if source.id in seen:
                    msg = f"source id {source.id!r} ({path}) is used by another source too"
                    raise SourceError(msg)
                seen.add(source.id)
                files.append(SourceFile(source, resolved, path.suffix.lower() in TEXT_SUFFIXES))
    return files


# ---------------------------------------------------------------------------------------------
# Positions


_UNITS: dict[str, Callable[[str], int]] = {
    "utf-8": lambda s: len(s.encode("utf-8")),
    "utf-16": lambda s: len(s.encode("utf-16-le")) // 2,
    "utf-32": len,
}


class _Lines:
    """Offsets (Python characters) ↔ LSP positions (lines and code units of an encoding).

    LSP counts ``\\n``, ``\\r\\n`` and ``\\r`` as line ends, and characters in UTF-16 code units
    unless the client and server agreed on another encoding.
    """

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self.units = _UNITS.get(encoding, _UNITS["utf-16"])

    def _line_of(self, offset: int) -> int:
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def position(self, offset: int) -> lsp.Position:
        offset = max(0, min(offset, len(self.text)))
        line = self._line_of(offset)
        return lsp.Position(line, self.units(self.text[self.starts[line] : offset]))

    def range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(self.position(start), self.position(end))

    def offset(self, position: lsp.Position) -> int:
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self.starts[position.line + 1] if position.line + 1 < len(self.starts) else None
        line = self.text[start:end]
        count = 0
        for i, char in enumerate(line):
            if count >= position.character:
                return start + i
            count += self.units(char)
        return start + len(line.rstrip("\r\n"))


# ---------------------------------------------------------------------------------------------
# Findings → diagnostics and hovers


def _excerpt(text: str, c: Citation, *, bold: bool = False) -> str:
    start, end = c.sentence.start, c.sentence.end
    if not (start <= c.span.start <= c.span.end <= end <= len(text)):
        start, end = c.span.start, c.span.end
    room = max(30, (_EXCERPT - len(c.span)) // 2)
    head = text[start : c.span.start]
    tail = text[c.span.end : end]
    head = ("…" + head[-room:]) if len(head) > room else head
    tail = (tail[:room] + "…") if len(tail) > room else tail
    value = f"**{c.text}**" if bold else c.text
    return " ".join(f"{head}{value}{tail}".split())


def _cites(finding: Finding, source_id: str) -> bool:
    return any(c.source == source_id for c in finding.citations)


def diagnostics(
    report: Report,
    document: str,
    *,
    files: Mapping[str, SourceFile] | None = None,
    encoding: str = "utf-16",
) -> list[lsp.Diagnostic]:
    """The diagnostics for the source ``document`` of a report: conflicts and unsupported claims.

    Args:
        report: a report whose sources include ``document``.
        document: the id of the document being written.
        files: the other sources' files by id, for related information pointing into them.
        encoding: the position encoding agreed with the client: ``utf-16`` (LSP's default),
            ``utf-8`` or ``utf-32``.

    Returns:
        One diagnostic per citation of the document in a conflict (severity Error) or a
        single-source finding (severity Information), in order of position.

    Raises:
        KeyError: if ``document`` is not one of the report's sources.
    """
    lines = {document: _Lines(report.source(document).text, encoding)}
    files = files or {}
    out: list[tuple[int, int, lsp.Diagnostic]] = []
    for f in report.findings:
        if f.kind is FindingKind.AGREEMENT or not _cites(f, document):
            continue
        others = [c for c in f.citations if c.source != document]
        if f.kind is FindingKind.SINGLE_SOURCE:
            if others:
                continue
            severity = lsp.DiagnosticSeverity.Information
            head = f"No source says this ({f.aspect.value}: {f.key})."
        else:
            severity = lsp.DiagnosticSeverity.Error
            head = f"Conflicts with {', '.join(dict.fromkeys(c.source for c in others))}."
        said = [
            f"{c.source}: “{_excerpt(report.source(c.source).text, c)}”"
            for c in others
            if c.source in {s.id for s in report.sources}
        ]
        related = []
        for c in others:
            sf = files.get(c.source)
            if sf is None or not sf.offsets_index_file:
                continue
            if c.source not in lines:
                lines[c.source] = _Lines(sf.source.text, encoding)
            related.append(
                lsp.DiagnosticRelatedInformation(
                    lsp.Location(
                        from_fs_path(str(sf.path)) or sf.path.as_uri(),
                        lines[c.source].range(c.span.start, c.span.end),
                    ),
                    f"{c.source} says “{c.text}”",
                )
            )
        message = "\n".join([head, *said, f.explanation])
        for c in f.citations:
            if c.source != document:
                continue
            out.append(
                (
                    c.span.start,
                    c.span.end,
                    lsp.Diagnostic(
                        range=lines[document].range(c.span.start, c.span.end),
                        message=message,
                        severity=severity,
                        code=f"{f.kind.value}:{f.aspect.value}",
                        source="factcheck",
                        related_information=related or None,
                        data={"finding": f.id},
                    ),
                )
            )
    out.sort(key=lambda item: (item[0], item[1]))
    return [d for _, _, d in out]


def hover_markdown(report: Report, document: str, offset: int) -> str | None:
    """What every source says about the value at ``offset`` of the document, as Markdown.

    Returns ``None`` when no finding cites the document at that offset.
    """
    hits = [
        f
        for f in report.findings
        if any(c.source == document and c.span.start <= offset <= c.span.end for c in f.citations)
    ]
    if not hits:
        return None
    order = {FindingKind.CONFLICT: 0, FindingKind.AGREEMENT: 1, FindingKind.SINGLE_SOURCE: 2}
    parts = []
    for f in sorted(hits, key=lambda f: order[f.kind]):
        lines = [f"**{f.kind.value.replace('_', '-')}** · {f.aspect.value}: {f.key}", ""]
        for c in f.citations:
            who = "this document" if c.source == document else f"`{c.source}`"
            text = report.source(c.source).text
            lines.append(f"- {who}: {_excerpt(text, c, bold=True)}")
        if all(c.source == document for c in f.citations):
            lines.append("- no source says this")
        lines += ["", f"_{f.explanation}_"]
        parts.append("\n".join(lines))
    return "\n\n---\n\n".join(parts)


# ---------------------------------------------------------------------------------------------
# The server


def _unique_id(stem: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    base = stem or "draft"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@attrs.define
class _Checked:
    report: Report
    document: str
    version: int | None


class FactcheckServer(LanguageServer):
    """The language server: sources, debounced checks, diagnostics and hovers."""

    def __init__(self, *, sources: Sequence[str] | None, debounce: float | None) -> None:
        super().__init__("factcheck", __version__)
        self.cli_sources = tuple(sources) if sources else None
        self.cli_debounce = debounce
        self.debounce = _DEFAULT_DEBOUNCE if debounce is None else debounce
        self.config: Config | None = None
        self.files: dict[str, SourceFile] = {}
        self.checked: dict[str, _Checked] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.loading: asyncio.Task[bool] | None = None
        self.warned = False

    # -- configuration --------------------------------------------------------------------

    def configure(self, init_options: object, root: Path | None) -> None:
        if self.cli_sources:
            self.config = Config(self.cli_sources, Path.cwd(), "--sources", self.debounce)
        elif isinstance(init_options, Mapping) and init_options.get("sources"):
            config = _config_from(init_options, (root or Path.cwd()) / "initializationOptions")
            self.config = attrs.evolve(config, origin="initializationOptions") if config else None
        elif root is not None:
            self.config = find_config(root)
        if self.config is not None and self.cli_debounce is None:
            self.debounce = self.config.debounce

    def load(self) -> None:
        if self.config is None:
            self.files = {}
            return
        # Built aside and swapped in whole: a check running meanwhile sees old or new sources.
        self.files = {sf.source.id: sf for sf in load_workspace_sources(self.config)}
        _LOG.info("factcheck: %d sources from %s", len(self.files), self.config.origin)

    def reload(self) -> asyncio.Task[bool]:
        """Load the sources in a thread; documents that arrive meanwhile wait for it."""

        async def run() -> bool:
            try:
                await asyncio.to_thread(self.load)
            except FactcheckError as exc:
                self.tell(f"factcheck: {exc}", lsp.MessageType.Error)
                self.files = {}
                return False
            return True

        self.loading = asyncio.get_running_loop().create_task(run())
        return self.loading

    async def loaded(self) -> None:
        """Return once the sources being loaded, if any, are in."""
        while self.loading is not None and not self.loading.done():
            await asyncio.shield(self.loading)

    def tell(self, message: str, kind: lsp.MessageType = lsp.MessageType.Warning) -> None:
        self.window_show_message(lsp.ShowMessageParams(type=kind, message=message))

    def ensure_sources(self, uri: str) -> bool:
        """Find and load sources for a document when the workspace gave none; warn once."""
        if self.config is None:
            path = to_fs_path(uri)
            if path:
                try:
                    self.config = find_config(Path(path).parent)
                    self.load()
                except FactcheckError as exc:
                    self.tell(f"factcheck: {exc}", lsp.MessageType.Error)
                    self.config = None
        if self.files:
            return True
        if not self.warned:
            self.warned = True
            self.tell(
                "factcheck: no sources configured; add `sources = [...]` to factcheck.toml "
                "or [tool.factcheck] in pyproject.toml, or start `factcheck lsp --sources PATH`"
            )
        return False

    # -- checking ---------------------------------------------------------------------------

    def is_source(self, uri: str) -> bool:
        path = to_fs_path(uri)
        if not path:
            return False
        resolved = Path(path).resolve()
        return any(sf.path == resolved for sf in self.files.values())

    def wants(self, document: Any) -> bool:  # noqa: ANN401 (pygls's TextDocument)
        suffix = Path(str(getattr(document, "path", "") or "")).suffix.lower()
        language = getattr(document, "language_id", None)
        return (language in _LANGUAGES or suffix in TEXT_SUFFIXES) and not self.is_source(
            document.uri
        )

    def analyse(self, uri: str, text: str) -> _Checked | None:
        if not text.strip():
            return None
        path = to_fs_path(uri)
        stem = Path(path).stem if path else "draft"
        draft_id = _unique_id(stem, self.files)
        sources = [sf.source for sf in self.files.values()]
        report = check([*sources, Source(id=draft_id, text=text)])
        return _Checked(report, draft_id, None)

    def schedule(self, uri: str, delay: float) -> None:
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self.check_later(uri, delay))

    async def check_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        version, text = document.version, document.source
        try:
            checked = await asyncio.to_thread(self.analyse, uri, text)
        except FactcheckError as exc:
            _LOG.warning("factcheck: %s", exc)
            checked = None
        except Exception:  # a long-lived server outlives one bad check; the log says why
            _LOG.exception("factcheck: checking %s failed", uri)
            checked = None
        if self.pending.get(uri) is asyncio.current_task():
            del self.pending[uri]
        current = self.workspace.get_text_document(uri)
        if current.version != version:
            return  # a newer check is on its way
        encoding = str(self.workspace.position_encoding or "utf-16")
        found: list[lsp.Diagnostic] = []
        if checked is not None:
            checked.version = version
            self.checked[uri] = checked
            found = diagnostics(
                checked.report, checked.document, files=self.files, encoding=encoding
            )
        else:
            self.checked.pop(uri, None)
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version)
        )

    def recheck_all(self) -> None:
        for uri, document in list(self.workspace.text_documents.items()):
            if self.wants(document):
                self.schedule(uri, 0)
            elif uri in self.checked:
                self.checked.pop(uri)
                self.text_document_publish_diagnostics(
                    lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[])
                )


def _root(params: lsp.InitializeParams) -> Path | None:
    uri = None
    if params.workspace_folders:
        uri = params.workspace_folders[0].uri
    elif params.root_uri:
        uri = params.root_uri
    if uri:
        path = to_fs_path(uri)
        return Path(path) if path else None
    return Path(params.root_path) if params.root_path else None


def _build(server: FactcheckServer) -> FactcheckServer:
    @server.feature(lsp.INITIALIZE)
    def initialize(ls: FactcheckServer, params: lsp.InitializeParams) -> None:
        try:
            ls.configure(params.initialization_options, _root(params))
        except FactcheckError as exc:
            _LOG.warning("factcheck: %s", exc)

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: FactcheckServer, _: lsp.InitializedParams) -> None:
        await ls.reload()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: FactcheckServer, params: lsp.DidOpenTextDocumentParams) -> None:
        await ls.loaded()
        document = ls.workspace.get_text_document(params.text_document.uri)
        if ls.wants(document) and ls.ensure_sources(document.uri):
            ls.schedule(document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FactcheckServer, params: lsp.DidChangeTextDocumentParams) -> None:
        await ls.loaded()
        document = ls.workspace.get_text_document(params.text_document.uri)
        if ls.wants(document) and ls.files:
            ls.schedule(document.uri, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: FactcheckServer, params: lsp.DidSaveTextDocumentParams) -> None:
        path = to_fs_path(params.text_document.uri)
        if not path:
            return
        name = Path(path).name
        if ls.is_source(params.text_document.uri) or name in {"factcheck.toml", "pyproject.toml"}:
            await ls.loaded()
            try:
                if name in {"factcheck.toml", "pyproject.toml"} and not ls.cli_sources:
                    ls.config = find_config(Path(path).parent)
            except FactcheckError as exc:
                ls.tell(f"factcheck: {exc}", lsp.MessageType.Error)
                return
            if await ls.reload():
                ls.recheck_all()

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        if ls.checked.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: lsp.HoverParams) -> lsp.Hover | None:
        checked = ls.checked.get(params.text_document.uri)
        if checked is None:
            return None
        text = checked.report.source(checked.document).text
        encoding = str(ls.workspace.position_encoding or "utf-16")
        lines = _Lines(text, encoding)
        offset = lines.offset(params.position)
        markdown = hover_markdown(checked.report, checked.document, offset)
        if markdown is None:
            return None
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=markdown),
        )

    return server


def serve(*, sources: Sequence[str] | None = None, debounce: float | None = None) -> None:
    """Run the language server on standard input and output until the client exits.

    Args:
        sources: paths of the sources (files, folders, globs); ``None`` reads the editor's
            ``initializationOptions`` or the workspace's ``factcheck.toml``/``pyproject.toml``.
        debounce: seconds to wait after the last change before re-checking; ``None`` takes the
            configuration's ``debounce``, else 0.4.

    Raises:
        InvalidArgument: if ``debounce`` is negative or not a number.
    """
    if debounce is not None and (
        isinstance(debounce, bool) or not isinstance(debounce, (int, float)) or debounce < 0
    ):
        msg = f"debounce={debounce!r} must be a number of seconds >= 0"
        raise InvalidArgument(msg)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    seconds = None if debounce is None else float(debounce)
    _build(FactcheckServer(sources=sources, debounce=seconds)).start_io()
