"""``factcheck lsp`` end to end: a real LSP client talks to the server over stdio."""

from __future__ import annotations

import asyncio
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the lsp extra (pygls) is not installed")

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

from factcheck.lsp import _Lines, find_config

SEED = "001_d79fb23234af70c7"
ORIGINAL = "an assault Caracas authorities say killed 100 people."
# The draft contradicts the seed: 40 people, not 100. The emoji before the figure takes two
# UTF-16 code units but one Python character, so a server that counts characters is off by one.
DRAFT = (
    "# Notes on the raid 🙂\n\n"
    "Maduro was captured in a special forces operation backed by airstrikes 🙂, "
    "an assault Caracas authorities say killed 40 people.\n\n"
    "Repairs to the embassy in Caracas will cost $25 million, officials said.\n"
)
TIMEOUT = 60


def utf16_position(text: str, offset: int) -> tuple[int, int]:
    """The LSP position (line, UTF-16 column) of a character offset, computed independently."""
    before = text[:offset]
    line = before.count("\n")
    column = before[before.rfind("\n") + 1 :]
    return line, len(column.encode("utf-16-le")) // 2


@pytest.fixture
def workspace(tmp_path, seeds_dir):
    """A workspace with one seed article as its source, named in factcheck.toml."""
    (tmp_path / "sources").mkdir()
    shutil.copy(seeds_dir / f"{SEED}.txt", tmp_path / "sources" / f"{SEED}.txt")
    (tmp_path / "factcheck.toml").write_text('sources = ["sources/"]\ndebounce = 0.1\n')
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    return tmp_path


async def session(root: Path, actions):
    """Start ``python -m factcheck lsp``, initialize in ``root``, run ``actions``, shut down."""
    client = LanguageClient("factcheck-test", "1")
    published: asyncio.Queue[lsp.PublishDiagnosticsParams] = asyncio.Queue()
    messages: list[str] = []

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        published.put_nowait(params)

    @client.feature(lsp.WINDOW_SHOW_MESSAGE)
    def on_message(params: lsp.ShowMessageParams) -> None:
        messages.append(params.message)

    await client.start_io(sys.executable, "-m", "factcheck", "lsp", cwd=str(root))
    try:
        result = await asyncio.wait_for(
            client.initialize_async(
                lsp.InitializeParams(
                    capabilities=lsp.ClientCapabilities(
                        general=lsp.GeneralClientCapabilities(
                            position_encodings=[lsp.PositionEncodingKind.Utf16]
                        )
                    ),
                    root_uri=root.as_uri(),
                    workspace_folders=[lsp.WorkspaceFolder(uri=root.as_uri(), name="ws")],
                )
            ),
            TIMEOUT,
        )
        client.initialized(lsp.InitializedParams())
        return await actions(client, published, messages, result)
    finally:
        await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
        client.exit(None)
        await asyncio.wait_for(client.stop(), TIMEOUT)


def open_draft(client, path: Path, text: str, version: int = 1) -> None:
    """Send textDocument/didOpen for a Markdown draft."""
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(
                uri=path.as_uri(), language_id="markdown", version=version, text=text
            )
        )
    )


async def next_for(published, uri: str) -> lsp.PublishDiagnosticsParams:
    """The next diagnostics published for ``uri``."""
    while True:
        params = await asyncio.wait_for(published.get(), TIMEOUT)
        if params.uri == uri:
            return params


def test_conflict_with_a_seed_is_an_error_at_the_drafts_figure(workspace):
    """Opening a draft publishes an Error on its figure that contradicts a seed, hover included.

    The same session checks that a figure no source gives is an Information on its own words.
    """
    draft = workspace / "draft.md"

    async def actions(client, published, messages, result):
        assert result.server_info.name == "factcheck"
        assert result.capabilities.hover_provider
        open_draft(client, draft, DRAFT)
        params = await next_for(published, draft.as_uri())
        hover = await asyncio.wait_for(
            client.text_document_hover_async(
                lsp.HoverParams(
                    text_document=lsp.TextDocumentIdentifier(uri=draft.as_uri()),
                    position=lsp.Position(*utf16_position(DRAFT, DRAFT.index("40 people") + 1)),
                )
            ),
            TIMEOUT,
        )
        return params, hover

    params, hover = asyncio.run(session(workspace, actions))
    errors = [d for d in params.diagnostics if d.severity == lsp.DiagnosticSeverity.Error]
    assert errors, params.diagnostics
    start = DRAFT.index("40 people")
    expected = lsp.Range(
        lsp.Position(*utf16_position(DRAFT, start)),
        lsp.Position(*utf16_position(DRAFT, start + len("40 people"))),
    )
    conflict = next(d for d in errors if d.range == expected)
    assert conflict.source == "factcheck"
    assert SEED in conflict.message
    assert "100 people" in conflict.message  # the source's own wording
    related = conflict.related_information
    assert related
    seed_path = workspace / "sources" / f"{SEED}.txt"
    seed_text = seed_path.read_text(encoding="utf-8")
    assert Path(related[0].location.uri.removeprefix("file://")).resolve() == seed_path.resolve()
    seed_start = seed_text.index(ORIGINAL) + ORIGINAL.index("100 people")
    assert related[0].location.range.start == lsp.Position(*utf16_position(seed_text, seed_start))
    assert hover is not None
    assert "100 people" in hover.contents.value
    assert "40 people" in hover.contents.value
    start = DRAFT.index("$25 million")
    expected = lsp.Range(
        lsp.Position(*utf16_position(DRAFT, start)),
        lsp.Position(*utf16_position(DRAFT, start + len("$25 million"))),
    )
    unsupported = [d for d in params.diagnostics if d.range == expected]
    assert unsupported, params.diagnostics
    assert unsupported[0].severity == lsp.DiagnosticSeverity.Information
    assert unsupported[0].message.startswith("No source says this")


def test_a_change_is_rechecked_after_the_debounce(workspace):
    """Fixing the figure re-checks the draft and clears the conflict."""
    draft = workspace / "draft.md"
    fixed = DRAFT.replace("killed 40 people", "killed 100 people")

    async def actions(client, published, messages, result):
        open_draft(client, draft, DRAFT)
        first = await next_for(published, draft.as_uri())
        # Two quick edits: the debounce folds them into one check of the latest text.
        for version, text in ((2, DRAFT.replace("40", "41")), (3, fixed)):
            client.text_document_did_change(
                lsp.DidChangeTextDocumentParams(
                    text_document=lsp.VersionedTextDocumentIdentifier(
                        uri=draft.as_uri(), version=version
                    ),
                    content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text)],
                )
            )
        second = await next_for(published, draft.as_uri())
        return first, second

    first, second = asyncio.run(session(workspace, actions))
    severity = lsp.DiagnosticSeverity.Error
    assert any(d.severity == severity for d in first.diagnostics)
    assert second.version == 3
    assert not any(d.severity == severity for d in second.diagnostics), second.diagnostics


def test_a_draft_opened_at_start_waits_for_the_sources(tmp_path, seeds_dir):
    """A draft opened while the sources still load is checked once they are in, not refused.

    Sixty sources take longer to load than the client takes to open the draft, so a server
    that looked at its sources before they were loaded would say it has none.
    """
    (tmp_path / "sources").mkdir()
    text = (seeds_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    for i in range(60):
        (tmp_path / "sources" / f"copy{i:02d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('sources = ["sources/"]\n')
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")

    async def actions(client, published, messages, result):
        open_draft(client, draft, DRAFT)
        return await next_for(published, draft.as_uri()), messages

    params, messages = asyncio.run(session(tmp_path, actions))
    assert not messages
    assert any(d.severity == lsp.DiagnosticSeverity.Error for d in params.diagnostics)


def test_without_sources_the_server_says_so(tmp_path):
    """With no sources configured, opening a draft shows one message and no diagnostics."""
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")

    async def actions(client, published, messages, result):
        open_draft(client, draft, DRAFT)
        for _ in range(100):
            if messages:
                break
            await asyncio.sleep(0.05)
        return messages, published.empty()

    messages, nothing = asyncio.run(session(tmp_path, actions))
    assert any("no sources configured" in m for m in messages)
    assert nothing


@pytest.mark.parametrize(
    ("text", "offset", "encoding", "expected"),
    [
        ("abc\ndef", 5, "utf-16", (1, 1)),
        ("a\r\nb\rc", 5, "utf-16", (2, 0)),
        ("🙂x", 1, "utf-16", (0, 2)),
        ("🙂x", 1, "utf-8", (0, 4)),
        ("🙂x", 1, "utf-32", (0, 1)),
        ("é\nü", 3, "utf-8", (1, 2)),
    ],
)
def test_positions_follow_the_negotiated_encoding(text, offset, encoding, expected):
    """Offsets become LSP positions in the agreed code units, lines split at any line end."""
    lines = _Lines(text, encoding)
    position = lines.position(offset)
    assert (position.line, position.character) == expected
    assert lines.offset(position) == offset


def test_config_from_pyproject(tmp_path):
    """[tool.factcheck] sources in pyproject.toml is found from a nested folder."""
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nsources = ["refs/*.txt"]\n')
    (tmp_path / "docs" / "drafts").mkdir(parents=True)
    config = find_config(tmp_path / "docs" / "drafts")
    assert config is not None
    assert config.sources == ("refs/*.txt",)
    assert config.base == tmp_path
