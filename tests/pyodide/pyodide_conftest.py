"""The ``conftest.py`` for the run of tests/core inside Pyodide (copied there, never run here).

The host's ``tests/conftest.py`` stays behind: it builds the site and drives
Chromium, none of which tests/core needs.
"""

from __future__ import annotations

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
