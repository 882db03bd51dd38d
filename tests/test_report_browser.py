"""The HTML page in a real headless Chromium: click a conflict, both sides light up.

Uses Debian's Chromium (``/usr/bin/chromium``; ``make test`` installs it when running as root)
driven by Playwright's Python package, which never downloads a browser of its own here. Where no
Chromium is installed the test skips and says why. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.model import FindingKind, Source

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
)

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PLANTED = "001_d79fb23234af70c7"


def chromium() -> str:
    """The Chromium executable: $FACTCHECK_CHROMIUM, else the first one on the PATH."""
    candidates = [os.environ.get("FACTCHECK_CHROMIUM", "")]
    candidates += [shutil.which(n) or "" for n in ("chromium", "chromium-browser", "google-chrome")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.skip(
        "no Chromium found: install Debian's chromium (`apt-get install chromium`, which "
        "`make test` runs as root) or set FACTCHECK_CHROMIUM to a Chromium executable"
    )
    raise AssertionError  # pragma: no cover (skip raises)


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for this module."""
    executable = chromium()
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def planted(seeds_dir):
    """The seeds plus a copy of one article whose death toll was changed from 100 to 40."""
    sources = factcheck.load_sources([seeds_dir])
    original = next(s for s in sources if s.id == PLANTED)
    assert "killed 100 people" in original.text
    copy = Source(
        f"{PLANTED}-edited",
        original.text.replace("killed 100 people", "killed 40 people"),
        published=original.published,
    )
    report = factcheck.check([*sources, copy])
    conflict = next(
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
        and {c.text for c in f.citations} >= {"100 people", "40 people"}
    )
    return report, conflict


def test_clicking_a_conflict_highlights_both_spans(browser, planted, tmp_path):
    """Click the conflict's card: both sources' spans get highlighted; a screenshot is saved."""
    report, conflict = planted
    page_file = tmp_path / "report.html"
    page_file.write_text(report.to_html(title="Planted conflict"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(page_file.as_uri())
    marks = page.locator(f'mark[data-f~="{conflict.id}"]')
    assert marks.count() >= 2
    assert page.locator("mark.fcr-active").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-page.png"))

    page.locator(f'[data-finding="{conflict.id}"] .fcr-fhead').click()

    active = page.locator("mark.fcr-active")
    sides = active.evaluate_all(
        "ms => ms.map(m => [m.closest('section').dataset.source, m.textContent,"
        " getComputedStyle(m).outlineStyle])"
    )
    by_source = {source: text for source, text, _ in sides}
    assert by_source[PLANTED] == "100 people"
    assert by_source[f"{PLANTED}-edited"] == "40 people"
    assert all(style != "none" for _, _, style in sides)
    assert page.locator(f'[data-finding="{conflict.id}"].fcr-selected').count() == 1
    assert active.first.is_visible()
    in_view = active.first.evaluate(
        "m => { const r = m.getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    assert in_view
    page.screenshot(path=str(ARTIFACTS / "report-page-conflict.png"))
    assert errors == []
    page.close()


def test_clicking_a_span_selects_its_finding(browser, planted, tmp_path):
    """Click a highlighted span in a source text: its finding's card is selected and in view."""
    report, conflict = planted
    page_file = tmp_path / "report.html"
    page_file.write_text(report.to_html(), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_file.as_uri())
    section = page.locator(f'section[data-source="{PLANTED}-edited"]')
    section.locator(f'mark[data-f~="{conflict.id}"]').first.click()
    card = page.locator(".fcr-finding.fcr-selected")
    assert card.count() == 1
    assert card.get_attribute("data-finding") == conflict.id
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_notebook_view_renders_in_both_themes(browser, planted, scheme):
    """The notebook fragment renders with readable colours in light and dark; screenshots saved."""
    report, _ = planted
    page = browser.new_page(viewport={"width": 1100, "height": 900}, color_scheme=scheme)
    background = "#0d1117" if scheme == "dark" else "#ffffff"
    page.set_content(
        f'<html><body style="background:{background}">{report._repr_html_()}</body></html>'
    )
    color = page.locator(".fcr").evaluate("e => getComputedStyle(e).color")
    assert color == ("rgb(230, 237, 243)" if scheme == "dark" else "rgb(31, 35, 40)")
    assert page.locator("svg.fcr-matrix").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"notebook-view-{scheme}.png"))
    page.close()
