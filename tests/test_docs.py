"""The examples in the README and in the docstrings run as written."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import factcheck

ROOT = Path(__file__).resolve().parents[1]
# Modules that need an optional extra are tested where that extra is installed.
_OPTIONAL = {"factcheck.lsp", "factcheck.dask", "factcheck.frame", "factcheck.strategies"}


def _modules():
    for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if info.name not in _OPTIONAL:
            yield info.name


@pytest.mark.parametrize("name", sorted(_modules()))
def test_module_doctests(name):
    """Every ``>>>`` example in the package's docstrings gives the output it shows."""
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0


def test_readme_examples():
    """The README's Python examples run and print what it shows."""
    failures, tried = doctest.testfile(
        str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert tried > 0
    assert failures == 0
