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
