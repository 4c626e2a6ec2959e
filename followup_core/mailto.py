"""``mailto:`` links (RFC 6068) that open the reader's mail program with the draft filled in.

Subject and body are percent-encoded as UTF-8 with every character outside
RFC 3986's *unreserved* set encoded, and line ends sent as ``%0D%0A`` as the RFC
asks. The address is checked loosely and encoded too, so nothing typed can add
a header (``?cc=``, ``&bcc=``) or a line break. Long links are still returned,
flagged ``too_long``: some mail programs and browsers cut links near 2,000
characters, so the page can offer copying instead.

Example:
    >>> mailto_link(to="d@example.com", subject="Thank you", body="Hi Daniel,\\nThanks.").url
    'mailto:d@example.com?subject=Thank%20you&body=Hi%20Daniel%2C%0D%0AThanks.'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Self

from .args import MAX_FIELD_CHARS, MAX_TEXT_CHARS, read_text
from .errors import InputError

__all__ = ["MAILTO_MAX_CHARS", "MAX_ADDRESS_CHARS", "MailtoLink", "MailtoRequest", "mailto_link"]

#: Links longer than this may be cut by some mail programs and browsers.
MAILTO_MAX_CHARS = 2_000
#: The longest address SMTP can carry (RFC 5321 path limit less the brackets).
MAX_ADDRESS_CHARS = 254

# Characters refused in an address: they would end it, add a header or a second recipient.
_FORBIDDEN = frozenset(",;?&%<>\"'#\\()[]")


@dataclass(frozen=True, slots=True, kw_only=True)
class MailtoLink:
    """A ready ``mailto:`` URL and whether it is longer than is safe to open."""

    url: str
    too_long: bool

    def to_json(self) -> dict[str, Any]:
        """The bridge's shape: ``{"url", "too_long"}``."""
        return {"url": self.url, "too_long": self.too_long}


@dataclass(frozen=True, slots=True, kw_only=True)
class MailtoRequest:
    """The address (may be empty), subject and body for a link."""

    to: str = ""
    subject: str = ""
    body: str = ""

    @classmethod
    def from_args(cls, args: Mapping[str, Any]) -> Self:
        """Read ``to``, ``subject`` and ``body``, checking the address as a link would."""
        to = args.get("to")
        if to is None:
            to = ""
        if not isinstance(to, str):
            raise InputError("to", "The email address must be text.", code="type")
        subject = read_text(args, "subject", max_chars=MAX_FIELD_CHARS)
        body = read_text(args, "body", max_chars=MAX_TEXT_CHARS)
        return cls(to=_check_address(to), subject=subject, body=body)


def mailto_link(*, to: str, subject: str, body: str) -> MailtoLink:
    """Build a ``mailto:`` link; raises :class:`InputError` (field ``to``) for a bad address.

    Empty fields are left out, so ``mailto:?subject=Hi`` has no empty ``body=``.
    """
    address = _check_address(to)
    query = [
        f"{name}={_percent_encode(_crlf(value))}"
        for name, value in (("subject", subject), ("body", body))
        if value
    ]
    url = "mailto:" + _percent_encode(address, safe="@+") + ("?" + "&".join(query) if query else "")
    return MailtoLink(url=url, too_long=len(url) > MAILTO_MAX_CHARS)


#: RFC 3986's unreserved characters, the only ones a link's parts keep as they are.
_UNRESERVED: Final = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
)


def _percent_encode(text: str, *, safe: str = "") -> str:
    """``text`` as UTF-8, each byte but the unreserved ones (and ``safe``) as ``%XX``.

    What ``urllib.parse.quote(text, safe, errors="surrogatepass")`` returns (a test
    compares them), without its import: in the browser Python compiles each module
    from source on a first visit, and ``urllib.parse`` alone took 70 ms of it.
    """
    keep = _UNRESERVED | frozenset(safe.encode("ascii"))
    encoded = text.encode("utf-8", "surrogatepass")
    return "".join(chr(byte) if byte in keep else f"%{byte:02X}" for byte in encoded)


def _crlf(text: str) -> str:
    """Any line end (``\\n``, ``\\r\\n`` or ``\\r``) as CRLF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def _check_address(value: str) -> str:
    address = value.strip()
    if not address:
        return ""
    problem = ""
    if len(address) > MAX_ADDRESS_CHARS:
        problem = f"is {len(address):,} characters long; an address has at most {MAX_ADDRESS_CHARS}"
    elif any(ch.isspace() or unicodedata.category(ch)[0] in "CZ" for ch in address):
        problem = "contains a space or a line break"
    elif any(ch in _FORBIDDEN for ch in address):
        problem = "contains a character an address cannot have here (such as , ? & or %)"
    elif address.count("@") != 1 or address.startswith("@") or address.endswith("@"):
        problem = "needs exactly one @ with a name before it and a domain after it"
    if problem:
        raise InputError(
            "to",
            f"The email address {problem}; enter one address like name@example.com.",
            code="invalid",
        )
    return address
