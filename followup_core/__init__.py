"""Plan, write and check the follow-up after a job interview.

The package is pure Python with no runtime dependencies, so the very same code
runs under CPython (tests, the command line) and in the reader's browser
through Pyodide. The browser calls only :func:`followup_core.bridge.handle`.
"""

from __future__ import annotations

from .errors import InputError

__all__ = ["InputError"]
__version__ = "0.1.0"
