"""factcheck: check sources against each other.

Give it several texts about the same story and it reports where they agree, where they conflict
and what only one of them says, each with exact character spans in every source::

    >>> import factcheck
    >>> report = factcheck.check([
    ...     "Caracas authorities say the assault killed 100 people.",
    ...     "The assault led to more than one hundred deaths, the statement said.",
    ... ])
    >>> report.summary["conflicts"]
    0
"""

from __future__ import annotations

__version__ = "0.1.0.dev0"

from factcheck.compare import compare
from factcheck.errors import (
    ExtractorError,
    FactcheckError,
    InvalidArgument,
    SourceError,
    SpanError,
)
from factcheck.model import Finding, FindingKind, Source, Span, Verdict
from factcheck.normalize.dates import parse_dates
from factcheck.normalize.names import parse_names, parse_person_name
from factcheck.normalize.quantities import parse_quantities
from factcheck.pipeline import check
from factcheck.report import Report
from factcheck.schema import schema
from factcheck.sources import load_sources

__all__ = [
    "ExtractorError",
    "FactcheckError",
    "Finding",
    "FindingKind",
    "InvalidArgument",
    "Report",
    "Source",
    "SourceError",
    "Span",
    "SpanError",
    "Verdict",
    "check",
    "compare",
    "load_sources",
    "parse_dates",
    "parse_names",
    "parse_person_name",
    "parse_quantities",
    "schema",
]
