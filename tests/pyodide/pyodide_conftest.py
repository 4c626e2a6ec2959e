"""The ``conftest.py`` for the run of tests/core inside Pyodide (copied there, never run here).

The host's ``tests/conftest.py`` stays behind: it builds the site and drives
Chromium, none of which tests/core needs.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, settings

# Loaded with --hypothesis-profile=pyodide. No example database: the run must neither read
# nor leave state. No deadline and no "too slow" check: WebAssembly runs slower than CPython,
# and timing is not what these tests are about. The number of examples is left as each test
# sets it, so Pyodide sees as many inputs as CPython does.
settings.register_profile(
    "pyodide",
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if the core needed files the shipped standard library lacks."""
    watch = sys.modules.get("stdlib_watch")
    missing = sorted(getattr(watch, "MISSING_FROM_SHIPPED", ()))
    if missing:
        print("\nThe core imported modules the shipped standard library lacks:", ", ".join(missing))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
