"""The command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

import factcheck


def run(*args, stdin=None, cwd=None):
    """Run ``python -m factcheck`` with the arguments; return the completed process."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def seed_json(seeds_dir):
    """The seeds' report as JSON, from the CLI."""
    done = run("check", str(seeds_dir), "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_json_report_validates_against_the_schema(seed_json):
    """The CLI's JSON follows the shipped JSON Schema of factcheck.report/1."""
    jsonschema.Draft202012Validator(factcheck.schema()).validate(seed_json)
    assert seed_json["schema"] == "factcheck.report/1"


def test_json_report_spans_index_the_files(seed_json, seed_texts):
    """Every mention's offsets slice its text out of the file as it is on disk."""
    for finding in seed_json["findings"]:
        for m in finding["mentions"]:
            assert seed_texts[m["source"]][m["start"] : m["end"]] == m["text"]
    for entity in seed_json.get("entities", []):
        for m in entity["mentions"]:
            assert seed_texts[m["source"]][m["start"] : m["end"]] == m["text"]


def test_summary_counts_match_findings(seed_json):
    """The summary counts the findings of each kind."""
    kinds = [f["kind"] for f in seed_json["findings"]]
    assert seed_json["summary"] == {
        "agreements": kinds.count("agreement"),
        "conflicts": kinds.count("conflict"),
        "single_source": kinds.count("single_source"),
    }


def test_text_format_groups_by_kind(seeds_dir):
    """The text report opens with a summary line and groups findings under headings."""
    done = run("check", str(seeds_dir))
    assert done.returncode == 0
    first = done.stdout.splitlines()[0]
    assert first.startswith("5 sources:")
    assert "agreements" in first
    assert "Agreements (" in done.stdout


def test_markdown_format(seeds_dir):
    """Markdown output has a title and section headings."""
    done = run("check", str(seeds_dir), "--format", "markdown")
    assert done.stdout.startswith("# factcheck report")
    assert "\n## Agreements" in done.stdout


def test_fail_on_conflict_exits_1(tmp_path):
    """--fail-on conflict exits 1 when a conflict is found, 0 otherwise."""
    (tmp_path / "a.txt").write_text("The storm killed 40 people in the town on Monday.\n")
    (tmp_path / "b.txt").write_text("The storm killed 300 people in the town on Monday.\n")
    done = run("check", str(tmp_path), "--fail-on", "conflict", "--format", "json")
    assert done.returncode == 1, done.stdout + done.stderr
    assert json.loads(done.stdout)["summary"]["conflicts"] >= 1
    (tmp_path / "b.txt").write_text("The storm killed 40 people in the town on Monday.\n")
    assert run("check", str(tmp_path), "--fail-on", "conflict").returncode == 0


def test_output_file_is_written(tmp_path, seeds_dir):
    """-o writes the report to the file and nothing to standard output."""
    out = tmp_path / "report.json"
    done = run("check", str(seeds_dir), "--format", "json", "-o", str(out))
    assert done.returncode == 0
    assert done.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "factcheck.report/1"


def test_stdin_jsonl(tmp_path):
    """``-`` reads JSON Lines from standard input."""
    lines = '{"id": "a", "text": "Officials met on Monday."}\n{"id": "b", "text": "They met."}\n'
    done = run("check", "-", "--format", "json", stdin=lines)
    assert done.returncode == 0, done.stderr
    assert [s["id"] for s in json.loads(done.stdout)["sources"]] == ["a", "b"]


def test_published_and_reference_options(seeds_dir):
    """--published sets dates by id prefix; --reference names the trusted source."""
    done = run(
        "check",
        str(seeds_dir),
        "--format",
        "json",
        "--published",
        "001=2026-01-09",
        "--reference",
        "003",
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    published = {s["id"][:3]: s["published"] for s in report["sources"]}
    assert published["001"] == "2026-01-09"
    assert report["reference"].startswith("003")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing-folder"], "does not exist"),
        (["check", "SEEDS", "--published", "001"], "ID=YYYY-MM-DD"),
        (["check", "SEEDS", "--published", "001=2026-02-30"], "is not a date"),
        (["check", "SEEDS", "--published", "999=2026-01-01"], "matches no source id"),
        (["check", "SEEDS", "--reference", "00"], "matches several ids"),
        (["check", "SEEDS", "--format", "pdf"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_and_input_errors_exit_2(args, message, seeds_dir):
    """Bad usage or input exits 2 with a one-line message and no traceback."""
    args = [str(seeds_dir) if a == "SEEDS" else a for a in args]
    done = run(*args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_failed_run_leaves_no_output_file(tmp_path):
    """An input error writes no output file, not even an empty one."""
    (tmp_path / "bad.jsonl").write_text("{broken\n")
    out = tmp_path / "report.json"
    done = run("check", str(tmp_path / "bad.jsonl"), "-o", str(out))
    assert done.returncode == 2
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "bad.jsonl"]


def test_console_script_entry_point_exists():
    """``factcheck`` is installed as a console script pointing at cli.main."""
    from importlib.metadata import entry_points

    names = {e.name: e.value for e in entry_points(group="console_scripts")}
    assert names.get("factcheck") == "factcheck.cli:main"


# --- issue 7: the HTML page, colours, progress, --quiet, lsp ----------------------------------


@pytest.fixture
def storm_dir(tmp_path):
    """Two sources with a planted conflict (40 vs 400 killed)."""
    (tmp_path / "a.txt").write_text("The storm killed 40 people in the town on Monday.\n")
    (tmp_path / "b.txt").write_text("The storm killed 400 people in the town on Monday.\n")
    return tmp_path


def test_html_format_writes_one_self_contained_page(storm_dir):
    """--format html -o writes a whole page that fetches nothing, and nothing else."""
    out = storm_dir / "out" / "report.html"
    out.parent.mkdir()
    done = run(
        "check",
        str(storm_dir / "a.txt"),
        str(storm_dir / "b.txt"),
        "--format",
        "html",
        "--title",
        "Storm",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr == ""  # not a terminal: no progress, no note
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Storm</title>" in page
    assert 'data-f="F001"' in page
    assert "src=" not in page
    assert "<link" not in page
    assert list(out.parent.iterdir()) == [out]  # the temporary file was renamed into place


def test_color_always_colours_the_text_report(storm_dir):
    """--color always adds ANSI colours; a pipe with --color auto gets none."""
    coloured = run("check", str(storm_dir), "--color", "always")
    assert "\x1b[31m" in coloured.stdout
    assert "\x1b[1m" in coloured.stdout
    plain = run("check", str(storm_dir))
    assert "\x1b[" not in plain.stdout
    assert (
        "\x1b[" not in run("check", str(storm_dir), "--format", "json", "--color", "always").stdout
    )


def _run_on_terminal(*args, env_extra=None):
    """Run the CLI with standard output and error on a pseudo-terminal; return what it printed."""
    import os
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "TERM"}}
    env["TERM"] = "xterm"
    env.update(env_extra or {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the child exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=300) == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_terminal_gets_colours_unless_no_color(storm_dir):
    """On a terminal the text report is coloured; NO_COLOR turns the colours off."""
    assert "\x1b[31m" in _run_on_terminal("check", str(storm_dir))
    assert "\x1b[" not in _run_on_terminal("check", str(storm_dir), env_extra={"NO_COLOR": "1"})


def test_terminal_gets_a_note_after_output_unless_quiet(storm_dir):
    """With -o on a terminal, one note says what was written; --quiet silences it."""
    out = storm_dir / "r.html"
    shown = _run_on_terminal("check", str(storm_dir), "--format", "html", "-o", str(out))
    assert f"wrote {out}: 1 conflicts" in shown
    quiet = _run_on_terminal("check", str(storm_dir), "--format", "html", "-o", str(out), "-q")
    assert quiet == ""


class _Terminal:
    """A text stream that says it is a terminal and keeps what is written."""

    def __init__(self, tty=True):
        self.tty = tty
        self.written = []

    def isatty(self):
        return self.tty

    def write(self, text):
        self.written.append(text)

    def flush(self):
        pass


def test_progress_bar_draws_on_a_terminal_and_clears_itself(monkeypatch):
    """A long run on a terminal draws a bar with the stage and time, then erases it."""
    import time

    from factcheck import cli

    monkeypatch.setattr(cli, "_PROGRESS_DELAY", 0.0)
    stream = _Terminal()
    progress = cli._Progress(stream, enabled=True)
    progress.stage("checking 3 sources")
    time.sleep(0.35)
    progress.close()
    text = "".join(stream.written)
    assert "factcheck: checking 3 sources [" in text
    assert "####" in text
    assert text.endswith("\r\x1b[K")


@pytest.mark.parametrize(("tty", "enabled"), [(False, True), (True, False)])
def test_no_progress_off_a_terminal_or_when_quiet(monkeypatch, tty, enabled):
    """No terminal, or --quiet: the progress line writes nothing at all."""
    import time

    from factcheck import cli

    monkeypatch.setattr(cli, "_PROGRESS_DELAY", 0.0)
    stream = _Terminal(tty=tty)
    progress = cli._Progress(stream, enabled=enabled)
    time.sleep(0.25)
    progress.close()
    assert stream.written == []


def test_lsp_bad_debounce_exits_2():
    """factcheck lsp with a negative --debounce is a usage error: one line, exit 2."""
    done = run("lsp", "--debounce", "-1")
    assert done.returncode == 2
    assert "--debounce" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
