"""factcheck: check sources against each other."""

from __future__ import annotations

from factcheck.compare import compare
from factcheck.errors import (
    ExtractorError,
    FactcheckError,
    InvalidArgument,
    SourceError,
    SpanError,
)
from factcheck.model import Finding, Source, Span
from factcheck.normalize.dates import parse_dates
from factcheck.normalize.names import parse_names, parse_person_name
from factcheck.normalize.quantities import parse_quantities

__all__ = [
    "ExtractorError",
    "FactcheckError",
    "Finding",
    "InvalidArgument",
    "Source",
    "SourceError",
    "Span",
    "SpanError",
    "compare",
    "parse_dates",
    "parse_names",
    "parse_person_name",
    "parse_quantities",
]
