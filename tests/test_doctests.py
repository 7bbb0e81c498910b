"""Every example in the package's docstrings runs and gives what it shows (a docstring that
drifted from the code is a defect a reader would trust).

    $ .venv/bin/python -m pytest tests/test_doctests.py -q
"""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import rag

MODULES = sorted(m.name for m in pkgutil.walk_packages(rag.__path__, "rag."))


def _with_examples(name: str) -> bool:
    try:
        mod = importlib.import_module(name)
    except ImportError:  # an optional backend (its extra is not installed here)
        return False
    return bool(doctest.DocTestFinder().find(mod)) and any(t.examples for t in doctest.DocTestFinder().find(mod))


@pytest.mark.parametrize("name", [m for m in MODULES if _with_examples(m)])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} docstring examples fail"
