"""mailto links (RFC 6068): encoding, CRLF line ends, no header injection, the length flag."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_core.errors import InputError
from followup_core.mailto import MAILTO_MAX_CHARS, MailtoRequest, mailto_link


def test_the_contract_example() -> None:
    link = mailto_link(to="d@example.com", subject="Thanks", body="Hi")
    assert link.to_json() == {
        "url": "mailto:d@example.com?subject=Thanks&body=Hi",
        "too_long": False,
    }


def test_empty_address_and_empty_fields() -> None:
    assert mailto_link(to="", subject="Hi", body="").url == "mailto:?subject=Hi"
    assert mailto_link(to="", subject="", body="").url == "mailto:"


def test_everything_outside_unreserved_is_encoded_and_lines_end_in_crlf() -> None:
    url = mailto_link(to="", subject="Re: a&b=c?#%+ ü", body="one\ntwo\r\nthree\rfour").url
    assert url == (
        "mailto:?subject=Re%3A%20a%26b%3Dc%3F%23%25%2B%20%C3%BC"
        "&body=one%0D%0Atwo%0D%0Athree%0D%0Afour"
    )


@pytest.mark.parametrize(
    "address",
    [
        "a@b.c\r\nBcc: evil@example.com",
        "a@b.c?cc=evil@example.com",
        "a@b.c&bcc=evil@example.com",
        "a@b.c,evil@example.com",
        "a b@example.com",
        "a%0D%0Abcc@example.com",
        "<a@example.com>",
        "no-at-sign.example.com",
        "two@@example.com",
        "@example.com",
        "name@",
        "a\u202e@example.com",
        "x" * 250 + "@example.com",
    ],
)
def test_bad_addresses_are_refused_naming_to(address: str) -> None:
    with pytest.raises(InputError) as error:
        mailto_link(to=address, subject="", body="")
    assert error.value.field == "to"
    assert error.value.message.endswith(".")


def test_plus_addresses_and_international_domains_are_accepted() -> None:
    assert mailto_link(to="ana+jobs@example.com", subject="", body="").url == (
        "mailto:ana+jobs@example.com"
    )
    url = mailto_link(to="josé@exämple.de", subject="", body="").url
    assert unquote(url) == "mailto:josé@exämple.de"


def test_too_long_is_flagged_not_refused() -> None:
    link = mailto_link(to="d@example.com", subject="Thanks", body="x" * MAILTO_MAX_CHARS)
    assert link.too_long is True
    assert link.url.endswith("x" * 100)
    assert mailto_link(to="d@example.com", subject="Thanks", body="short").too_long is False


def test_request_from_args() -> None:
    request = MailtoRequest.from_args({"to": " d@example.com ", "subject": "Hi", "body": "B"})
    assert (request.to, request.subject, request.body) == ("d@example.com", "Hi", "B")
    with pytest.raises(InputError) as error:
        MailtoRequest.from_args({"to": 5})
    assert error.value.field == "to"
    with pytest.raises(InputError) as error:
        MailtoRequest.from_args({"to": "a@b.c\nBcc: x@y.z"})
    assert error.value.field == "to"


def _normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


local = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=20)
domain = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-.", min_size=1, max_size=20)
address = st.just("") | st.builds(lambda a, b: f"{a}@{b}", local, domain)


@settings(max_examples=300, deadline=None)
@given(to=address, subject=st.text(max_size=80), body=st.text(max_size=300))
def test_round_trip_and_no_extra_headers(to: str, subject: str, body: str) -> None:
    url = mailto_link(to=to, subject=subject, body=body).url
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == to
    assert parts.fragment == ""
    query = parse_qs(parts.query, keep_blank_values=True)
    expected = {name for name, value in (("subject", subject), ("body", body)) if value}
    assert set(query) == expected
    if subject:
        assert query["subject"] == [_normalised(subject)]
    if body:
        assert query["body"] == [_normalised(body)]
    assert all(ch not in url for ch in ' \r\n\t"<>')


@settings(max_examples=200, deadline=None)
@given(to=st.text(max_size=40))
def test_any_address_is_either_refused_or_cannot_add_a_header(to: str) -> None:
    try:
        url = mailto_link(to=to, subject="S", body="B").url
    except InputError as error:
        field = error.field
        url = ""
    else:
        field = ""
    if not url:
        assert field == "to"
        return
    parts = urlsplit(url)
    assert set(parse_qs(parts.query, keep_blank_values=True)) == {"subject", "body"}
    assert "?" not in unquote(parts.path)
    assert "\n" not in unquote(parts.path)


@settings(max_examples=300)
@given(text=st.text(), safe=st.sampled_from(["", "@+"]))
def test_percent_encoding_is_exactly_the_standard_library_s(text: str, safe: str) -> None:
    """The module encodes by hand only so the browser need not import ``urllib.parse``."""
    from urllib.parse import quote

    from followup_core.mailto import _percent_encode

    expected = quote(text, safe=safe, encoding="utf-8", errors="surrogatepass")
    assert _percent_encode(text, safe=safe) == expected
