"""The whole exception hierarchy of factcheck.

Every class also inherits from the matching builtin, so callers can catch either::

    FactcheckError(Exception)
    ├── InvalidArgument(FactcheckError, ValueError)   # bad arguments to our API
    ├── SpanError(FactcheckError, IndexError)         # offsets outside the text
    ├── SourceError(FactcheckError)                   # unreadable or undecodable source
    └── ExtractorError(FactcheckError)                # plug-in failure, chained
"""

from __future__ import annotations

__all__ = ["ExtractorError", "FactcheckError", "InvalidArgument", "SourceError", "SpanError"]


class FactcheckError(Exception):
    """Base class of every error that factcheck raises on purpose."""


class InvalidArgument(FactcheckError, ValueError):
    """An argument to a factcheck function has a bad value or type."""


class SpanError(FactcheckError, IndexError):
    """A span's offsets lie outside the text they index, or are reversed."""


class SourceError(FactcheckError):
    """A source could not be read: missing, undecodable, malformed or of an unknown type."""


class ExtractorError(FactcheckError):
    """A pluggable extractor raised; the original exception is chained as ``__cause__``."""

    def __init__(self, name: str, source_id: str) -> None:
        super().__init__(f"extractor {name!r} failed on source {source_id!r}")
        self.name = name
        self.source_id = source_id
