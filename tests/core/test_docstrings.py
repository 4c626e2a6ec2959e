"""Examples shown in the core's docstrings are run, so they cannot drift from the code."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import followup_core

MODULES = sorted(
    info.name
    for info in pkgutil.iter_modules(followup_core.__path__, "followup_core.")
    if info.name != "followup_core.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0
