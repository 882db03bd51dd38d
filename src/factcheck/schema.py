"""The report contract ``factcheck.report/1`` as a JSON Schema shipped with the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["schema"]


def schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the JSON report, ``factcheck.report/1``.

    >>> schema()["$id"].endswith("report-1.schema.json")
    True
    """
    text = resources.files("factcheck").joinpath("report.schema.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
