"""The package version, in one place (read by the build backend too), and the bridge's.

``PROTOCOL_VERSION`` is declared here rather than in ``protocol.py`` so that the bridge
reads it without importing the contract's shapes, which only the build and the tests
need (the browser's first start imports as little as it can).
"""

__version__ = "0.1.0"
#: The bridge contract's version (see ``protocol.py``); a request with another ``v`` is refused.
PROTOCOL_VERSION = 1
