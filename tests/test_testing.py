"""``factcheck.testing``: assertions whose failures read well in pytest output."""

from __future__ import annotations

import pytest
from hypothesis import given

from factcheck import InvalidArgument, Report, Source, check
from factcheck import strategies as fst
from factcheck.testing import InconsistencyError, assert_consistent, assert_no_conflicts

_A = "The storm killed 40 people in the coastal town on Monday."
_B = "The storm killed 400 people in the coastal town on Monday."


def test_consistent_sources_pass_and_return_the_report():
    """Agreeing sources pass; the report comes back for further assertions."""
    report = assert_consistent(_A, "In the coastal town, the storm killed forty people on Monday.")
    assert isinstance(report, Report)
    assert report.conflicts == []


def test_a_single_list_is_accepted():
    """``assert_consistent([a, b])`` is the same as ``assert_consistent(a, b)``."""
    assert [s.id for s in assert_consistent([_A, _A]).sources] == ["s1", "s2"]


def test_a_conflict_fails_with_an_assertion_error():
    """A changed figure fails with InconsistencyError, an AssertionError."""
    with pytest.raises(AssertionError) as info:
        assert_consistent(Source("draft", _B), Source("wire", _A))
    assert isinstance(info.value, InconsistencyError)
    assert len(info.value.conflicts) == 1
    assert info.value.report.summary["conflicts"] == 1


def test_the_message_shows_both_sides_words_and_spans():
    """The message names each source with the span and words of its value, in context."""
    with pytest.raises(InconsistencyError) as info:
        assert_consistent(Source("draft", _B), Source("wire", _A))
    message = str(info.value)
    assert message.startswith("1 conflict between the sources:")
    assert "draft [17:27] '400 people'" in message
    assert "wire [17:26] '40 people'" in message
    assert "The storm killed [400 people] in the coastal town on Monday." in message
    assert "The storm killed [40 people] in the coastal town on Monday." in message


def test_long_sentences_are_cut_around_the_value():
    """Context is cut to a readable width around the cited value, with ellipses."""
    filler = "and the long reconstruction of the harbour district continued for many weeks " * 3
    a = f"After the storm {filler} officials said the storm killed 40 people {filler}."
    b = a.replace("40 people", "400 people")
    with pytest.raises(InconsistencyError) as info:
        assert_consistent(a, b)
    lines = str(info.value).splitlines()
    excerpts = [line for line in lines if "[4" in line and "people]" in line]
    assert excerpts
    assert all(len(line) < 200 for line in excerpts)
    assert all("…" in line for line in excerpts)


def test_reference_mode_is_passed_through():
    """``reference=`` reaches check(): an unknown id is an InvalidArgument."""
    with pytest.raises(InvalidArgument, match="reference='nope'"):
        assert_consistent(_A, _A, reference="nope")


def test_assert_no_conflicts_passes_on_agreement():
    """A report without conflicts passes silently."""
    assert assert_no_conflicts(check([_A, _A])) is None


def test_assert_no_conflicts_fails_on_conflict():
    """A report with a conflict fails, listing it."""
    with pytest.raises(InconsistencyError, match=r"F001 quantity"):
        assert_no_conflicts(check([_A, _B]))


@pytest.mark.parametrize("value", [None, "report", {"findings": []}, [Source("a", "x")]])
def test_assert_no_conflicts_rejects_what_is_not_a_report(value):
    """Anything but a Report is an InvalidArgument naming ``report``."""
    with pytest.raises(InvalidArgument, match=r"report="):
        assert_no_conflicts(value)


@pytest.mark.parametrize("sources", [(), ("",), (42,)])
def test_assert_consistent_rejects_bad_sources(sources):
    """No sources, an empty text or a non-text is an InvalidArgument, not an AssertionError."""
    with pytest.raises(InvalidArgument):
        assert_consistent(*sources)


@given(fst.clusters(conflicts=1, facts=3, max_sources=3, aspects=["quantity", "date"]))
def test_planted_conflicts_appear_in_the_message(cluster):
    """Each planted conflict's changed words appear in the failure message with their spans."""
    with pytest.raises(InconsistencyError) as info:
        assert_consistent(*cluster.sources)
    message = str(info.value)
    for p in cluster.conflicts:
        [finding, *_] = [f for f in info.value.conflicts if p.matches(f)]
        for c in finding.citations:
            assert f"{c.source} [{c.span.start}:{c.span.end}] {c.text!r}" in message


@given(fst.clusters(conflicts=0, max_sources=3))
def test_clusters_without_conflicts_pass(cluster):
    """Sources with only planted agreements pass assert_consistent."""
    assert_consistent(*cluster.sources)


def test_all_lists_the_public_names():
    """``__all__`` names exactly the module's own public names."""
    import factcheck.testing as module

    own = {
        n
        for n, v in vars(module).items()
        if not n.startswith("_") and getattr(v, "__module__", "") == module.__name__
    }
    assert set(module.__all__) == own
