"""The argument readers: typed values out, or an error naming the field."""

from __future__ import annotations

from datetime import date, time

import pytest

from followup_core.args import (
    MAX_FIELD_CHARS,
    clean_text,
    parse_clock,
    parse_date,
    parse_datetime,
    parse_zone,
    read_choice,
    read_flag,
    read_int,
    read_list,
    read_text,
    require_mapping,
)
from followup_core.errors import InputError


def error_of(call: object, *args: object, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    return caught.value


def test_read_text_strips_and_drops_control_characters() -> None:
    args = {"company": "  Harbor\x00 Logistics\r\n\x1b[31m "}
    assert read_text(args, "company") == "Harbor Logistics\n[31m"


def test_clean_text_keeps_emoji_rtl_and_combining_marks() -> None:
    text = "שלום 👩🏽‍💻 e\u0301 \u202eevil"
    assert clean_text(text) == text


def test_read_text_names_nested_fields_and_limits_length() -> None:
    error = error_of(
        read_text, {"company": "x" * (MAX_FIELD_CHARS + 1)}, "company", prefix="details"
    )
    assert (error.field, error.code) == ("details.company", "too_long")
    assert error_of(read_text, {"role": 5}, "role").code == "type"
    assert error_of(read_text, {"role": "  "}, "role", required=True).code == "required"


def test_read_int_refuses_booleans_and_out_of_range() -> None:
    assert read_int({"n": 3}, "n", minimum=1, maximum=5, label="count") == 3
    assert error_of(read_int, {"n": True}, "n", minimum=1, maximum=5, label="count").code == "type"
    assert error_of(read_int, {"n": 9}, "n", minimum=1, maximum=5, label="count").code == "range"


def test_read_list_and_mapping() -> None:
    assert read_list({}, "holidays", max_items=3, label="holidays") == []
    assert error_of(read_list, {"h": "2026-12-25"}, "h", max_items=3, label="days").code == "type"
    assert error_of(read_list, {"h": [1, 2, 3, 4]}, "h", max_items=3, label="d").code == "too_long"
    assert error_of(require_mapping, [1], "details").field == "details"


def test_choices_and_flags() -> None:
    assert read_choice({}, "channel", ["email"], default="email", label="channel") == "email"
    error = error_of(read_choice, {"channel": "fax"}, "channel", ["email"], default="email",
                     label="channel")  # fmt: skip
    assert "email" in error.message
    assert read_flag({"free": True}, "free") is True
    assert error_of(read_flag, {"free": "yes"}, "free").field == "free"


def test_dates_times_and_clocks() -> None:
    assert parse_date("2028-02-29", "d") == date(2028, 2, 29)
    assert error_of(parse_date, "2027-02-29", "timeline.by").field == "timeline.by"
    assert error_of(parse_date, "2026-12-4", "d").code == "invalid"
    assert parse_datetime("2026-12-01T15:00Z", "now").utcoffset() is not None
    assert error_of(parse_datetime, "2026-13-01T10:00", "interview_end").code == "invalid"
    assert parse_clock("09:30", "h") == time(9, 30)
    assert error_of(parse_clock, "25:00", "working_hours").code == "invalid"


@pytest.mark.parametrize("name", ["Mars/Base", "../../etc/passwd", "/etc/localtime", "", "x" * 80])
def test_unknown_or_hostile_zone_names_are_refused(name: str) -> None:
    error = error_of(parse_zone, name, "candidate_tz")
    assert error.field == "candidate_tz"
    assert error.code in {"unknown_zone", "required"}


def test_known_zone() -> None:
    assert str(parse_zone(" Asia/Kathmandu ", "candidate_tz")) == "Asia/Kathmandu"


# ------------------------------------------------- the same answer on Python 3.11 and 3.14


@pytest.mark.parametrize("text", ["2026-12-01T24:00", "2026-12-01 24:00", "2026-12-01T24:00:00"])
def test_hour_24_is_not_a_date_and_time(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_datetime(text, "interview_end")
    assert caught.value.code == "invalid"


def test_hour_24_is_not_a_time_of_day() -> None:
    with pytest.raises(InputError) as caught:
        parse_clock("24:00", "working_hours")
    assert caught.value.code == "invalid"


@pytest.mark.parametrize(
    "name", ["localtime", "posixrules", "Factory", "posix/Europe/London", "right/Europe/London"]
)
def test_names_that_are_not_places_are_refused(name: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_zone(name, "candidate_tz")
    assert caught.value.code == "unknown_zone"
