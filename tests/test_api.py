"""The public surface: what ``import factcheck`` offers."""

from __future__ import annotations
import __future__

import types

import factcheck


def test_all_lists_exactly_the_public_names():
    """``__all__`` equals the set of public, non-module names of the package."""
    public = {
        name
        for name, value in vars(factcheck).items()
        if not name.startswith("_")
        and not isinstance(value, (types.ModuleType, __future__._Feature))
    }
    assert set(factcheck.__all__) == public


def test_issue_api_is_exported():
    """Every name the foundation issue promises is importable from the top level."""
    promised = {
        "check",
        "Source",
        "Report",
        "Finding",
        "load_sources",
        "parse_quantities",
        "parse_dates",
        "parse_names",
        "parse_person_name",
        "compare",
        "FactcheckError",
        "InvalidArgument",
        "SourceError",
        "SpanError",
        "ExtractorError",
    }
    assert promised <= set(factcheck.__all__)


def test_errors_inherit_from_builtins():
    """Each error can be caught as its matching builtin too."""
    assert issubclass(factcheck.InvalidArgument, ValueError)
    assert issubclass(factcheck.SpanError, IndexError)
    for cls in (
        factcheck.InvalidArgument,
        factcheck.SpanError,
        factcheck.SourceError,
        factcheck.ExtractorError,
    ):
        assert issubclass(cls, factcheck.FactcheckError)


def test_py_typed_is_shipped():
    """The package ships its ``py.typed`` marker."""
    from importlib import resources

    assert resources.files("factcheck").joinpath("py.typed").is_file()
