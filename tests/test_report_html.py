"""HTML renderings: the notebook view, the page, one finding; escaping and the SVG pictures."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.errors import InvalidArgument
from factcheck.html import finding_html, report_html, report_page
from factcheck.model import Citation, Finding, NameMention, Quantity, Source, Span
from factcheck.report import Report

STORM_A = "The storm killed 40 people in the coastal town on Monday."
STORM_B = "The storm killed 400 people in the coastal town on Monday, officials said."
VOID = {"meta", "br", "img", "input", "link", "hr", "rect"}


@pytest.fixture(scope="module")
def storm():
    """Two sources with a planted conflict (40 vs 400 killed)."""
    return factcheck.check([Source("a", STORM_A), Source("b", STORM_B)])


def cite(source: Source, words: str, *, name: bool = False) -> Citation:
    """A citation of ``words`` in ``source``, its sentence being the whole text."""
    start = source.text.index(words)
    span = Span(start, start + len(words))
    mention = (
        NameMention(span, words, kind="person", canonical=words.lower())
        if name
        else Quantity(span, words, 1, 1, unit="person")
    )
    return Citation(source.id, mention, Span(0, len(source.text)))


@pytest.fixture(scope="module")
def handmade():
    """A report built by hand with one finding of each kind (independent of the engine)."""
    a = Source("a", "The mayor, Ann Lee, said 12 houses burned and 40 people died.")
    b = Source("b", "Ann Lee said 12 houses burned; 400 people died.")
    findings = (
        Finding(
            "F001",
            "conflict",
            "quantity",
            "die",
            (cite(a, "40 people"), cite(b, "400 people")),
            0.9,
            "a says “40 people”; b says “400 people”.",
        ),
        Finding(
            "F002",
            "agreement",
            "quantity",
            "burn",
            (cite(a, "12 houses"), cite(b, "12 houses")),
            0.8,
            "a and b agree: “12 houses”.",
        ),
        Finding(
            "F003",
            "agreement",
            "name",
            "person:ann lee",
            (cite(a, "Ann Lee", name=True), cite(b, "Ann Lee", name=True)),
            0.9,
            "a and b agree: “Ann Lee”.",
        ),
        # Overlaps F003 in a: the page must split the marks and keep both.
        Finding(
            "F004",
            "single_source",
            "name",
            "title",
            (cite(a, "The mayor, Ann", name=True),),
            0.5,
            "Only a says “The mayor, Ann”.",
        ),
    )
    return Report(sources=(a, b), findings=findings)


@pytest.fixture(scope="module")
def seeds_report(seeds_dir):
    """The report over the five seed articles."""
    return factcheck.check(factcheck.load_sources([seeds_dir]))


class _Page(HTMLParser):
    """Collects each source's displayed text, its marks' offsets, scripts and tag balance."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.texts: dict[str, str] = {}
        self.marks: dict[str, list[tuple[int, int, str]]] = {}
        self.scripts = 0
        self.unbalanced: list[str] = []
        self._source: str | None = None
        self._in_text = 0
        self._mark: tuple[int, str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "section" and "data-source" in a:
            self._source = a["data-source"]
            self.texts[self._source] = ""
            self.marks[self._source] = []
        if tag == "div" and a.get("class") == "fcr-text":
            self._in_text = len(self.stack) + 1
        if tag == "mark" and self._in_text and self._source is not None:
            self._mark = (len(self.texts[self._source]), a.get("data-f", ""))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.unbalanced.append(tag)
            return
        self.stack.pop()
        if tag == "mark" and self._mark is not None and self._source is not None:
            start, ids = self._mark
            self.marks[self._source].append((start, len(self.texts[self._source]), ids))
            self._mark = None
        if tag == "div" and self._in_text and len(self.stack) < self._in_text:
            self._in_text = 0
        if tag == "section":
            self._source = None

    def handle_data(self, data):
        if self._in_text and self._source is not None:
            self.texts[self._source] += data


def parse_page(page: str) -> _Page:
    """Parse a page, checking that every tag is closed."""
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert not parser.unbalanced, parser.unbalanced
    assert parser.stack == [], parser.stack
    return parser


# --- the notebook view ------------------------------------------------------------------------


def test_repr_html_is_the_notebook_view(storm):
    """Report._repr_html_ returns the notebook fragment: one div, inline CSS, no script."""
    fragment = storm._repr_html_()
    assert fragment == report_html(storm)
    assert fragment.startswith('<div class="fcr"')
    assert "<style>" in fragment
    assert "<script" not in fragment


def test_notebook_view_groups_by_kind_conflicts_first(handmade):
    """Groups come in the order conflicts, agreements, single-source; only conflicts open."""
    fragment = report_html(handmade)
    order = [
        fragment.index(t) for t in ("Conflicts (1)", "Agreements (2)", "Single-source claims (1)")
    ]
    assert order == sorted(order)
    assert '<details class="fcr-group fcr-group-conflict" open>' in fragment
    assert '<details class="fcr-group fcr-group-agreement">' in fragment


def test_notebook_view_shows_both_sentences_of_a_conflict(storm):
    """A conflict shows each source's sentence with the compared value marked."""
    fragment = report_html(storm)
    card = fragment[fragment.index('data-finding="F001"') :]
    assert "<mark class='fcr-k-conflict'>40 people</mark>" in card
    assert "<mark class='fcr-k-conflict'>400 people</mark>" in card
    assert "in the coastal town on Monday, officials said." in card
    assert html.escape(storm.conflicts[0].explanation) in card


def test_notebook_view_counts_per_kind_and_per_source(handmade):
    """The summary shows counts per kind and a table row per source."""
    fragment = report_html(handmade)
    assert "1 conflict</span>" in fragment
    assert "2 agreements</span>" in fragment
    assert "1 single-source claim</span>" in fragment
    assert re.search(r"<tr><td>a</td>.*?</tr>", fragment)
    assert re.search(r"<tr><td>b</td>.*?</tr>", fragment)


def test_light_and_dark_themes_are_styled(storm):
    """The CSS has dark colours for the system theme and for Jupyter's and VS Code's dark modes."""
    fragment = report_html(storm)
    assert "@media (prefers-color-scheme: dark)" in fragment
    assert '[data-jp-theme-light="false"] .fcr' in fragment
    assert "body.vscode-dark .fcr" in fragment


def test_max_findings_cuts_long_groups(seeds_report):
    """max_findings shows that many findings per kind and says how many more there are."""
    agreements = len(seeds_report.agreements)
    assert agreements > 1
    fragment = report_html(seeds_report, max_findings=1)
    assert f"… and {agreements - 1} more" in fragment
    assert fragment.count('class="fcr-finding ') <= 3


def test_finding_repr_html_renders_one_finding(storm):
    """Finding._repr_html_ shows the kind, the explanation and each source's words."""
    finding = storm.conflicts[0]
    fragment = finding._repr_html_()
    assert fragment == finding_html(finding)
    assert "conflict</span>" in fragment
    assert ">40 people</mark>" in fragment
    assert ">400 people</mark>" in fragment
    with_sources = finding_html(finding, sources=storm.sources)
    assert "in the coastal town on Monday, officials said." in with_sources


# --- the pictures -----------------------------------------------------------------------------


def test_matrix_puts_conflicts_below_the_diagonal(handmade):
    """The matrix has n × n cells; a conflict sits below the diagonal, named by a tooltip."""
    fragment = report_html(handmade)
    svg = fragment[fragment.index('<svg class="fcr-matrix"') :]
    svg = svg[: svg.index("</svg>")]
    assert svg.count('class="fcr-cell"') == 4
    assert "<title>b × a: 1 conflict</title>" in svg
    assert "<title>a × b: 2 agreements</title>" in svg
    assert "<title>a: 1 single-source claim</title>" in svg
    assert "<title>b: 0 single-source claims</title>" in svg


def test_bars_count_findings_per_source(handmade):
    """Each source gets a bar segment per kind it is cited in, with a tooltip."""
    fragment = report_html(handmade)
    svg = fragment[fragment.index('<svg class="fcr-bars"') :]
    svg = svg[: svg.index("</svg>")]
    assert "<title>a: 1 conflict</title>" in svg
    assert "<title>b: 2 agreements</title>" in svg
    assert "<title>a: 1 single-source claim</title>" in svg
    assert "<title>b: 1 single-source claim</title>" not in svg


# --- the page ---------------------------------------------------------------------------------


def test_page_is_a_whole_document_with_every_source_text(storm):
    """The page is a complete, balanced document showing each source's full text once."""
    page = storm.to_html(title="Storm")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Storm</title>" in page
    parsed = parse_page(page)
    assert parsed.texts == {"a": STORM_A, "b": STORM_B}
    assert parsed.scripts == 1


def test_page_marks_every_cited_span(handmade):
    """Every citation's span is marked, overlaps included, and each mark names its findings."""
    parsed = parse_page(report_page(handmade))
    assert any(ids.split() == ["F003", "F004"] for _, _, ids in parsed.marks["a"])
    for finding in handmade.findings:
        for c in finding.citations:
            marked = {
                i
                for s, e, ids in parsed.marks[c.source]
                if finding.id in ids.split()
                for i in range(s, e)
            }
            assert set(range(c.span.start, c.span.end)) <= marked


def test_page_for_the_seeds_keeps_texts_and_marks(seeds_report, seed_texts):
    """On the seeds, each text is shown exactly and marks cover exactly the cited spans."""
    parsed = parse_page(seeds_report.to_html())
    assert parsed.texts == seed_texts
    for sid, marks in parsed.marks.items():
        cited = set()
        for f in seeds_report.findings:
            for c in f.citations:
                if c.source == sid:
                    cited.update(range(c.span.start, c.span.end))
        marked = {i for s, e, _ in marks for i in range(s, e)}
        assert marked == cited


HOSTILE = [
    '<script>alert("x")</script>',
    "</div></section><img src=x onerror=alert(1)>",
    "&amp; &lt; \"quoted\" 'single' ]]> <!-- -->",
    "</style><style>body{display:none}</style>",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_source_text_ids_and_titles_are_escaped(payload):
    """Markup in texts, ids, outlets and titles is shown as text, never interpreted."""
    a = Source(f"a{payload}", f"{payload} The storm killed 40 people on Monday.", outlet=payload)
    b = Source("b", f"The storm killed 400 people on Monday. {payload}", title=payload)
    report = factcheck.check([a, b])
    page = report.to_html(title=payload)
    fragment = report._repr_html_()
    for rendered in (page, fragment, finding_html(report.findings[0], sources=report.sources)):
        assert payload not in rendered
        assert "<img" not in rendered
        assert "alert(1)>" not in rendered
    parsed = parse_page(page)
    assert parsed.scripts == 1
    assert parsed.texts == {a.id: a.text, "b": b.text}


@given(
    st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            min_size=1,
            max_size=80,
        ).filter(str.strip),
        min_size=1,
        max_size=3,
    )
)
def test_any_text_renders_and_reads_back(texts):
    """Any texts give a balanced page whose source sections read back as the texts exactly."""
    sources = [Source(f"s{i}", t) for i, t in enumerate(texts)]
    report = factcheck.check(sources)
    parsed = parse_page(report.to_html())
    assert parsed.texts == {s.id: s.text for s in sources}
    report_html(report)


# --- arguments --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r: report_html("not a report"), "report='not a report'"),
        (lambda r: report_html(r, max_findings=-1), "max_findings=-1"),
        (lambda r: report_html(r, max_findings=True), "max_findings=True"),
        (lambda r: report_page(None), "report=None"),
        (lambda r: report_page(r, title=3), "title=3"),
        (finding_html, "finding="),
        (lambda r: finding_html(r.findings[0], sources=["text"]), "'text'"),
    ],
)
def test_bad_arguments_raise_invalid_argument(storm, call, message):
    """Bad argument types raise InvalidArgument naming the argument and its value."""
    with pytest.raises(InvalidArgument, match=re.escape(message)):
        call(storm)
