"""Read typed values out of a JSON-like mapping, naming the field on every failure.

The bridge and the command line both hand the core plain dictionaries; these
readers turn them into typed values and raise :class:`InputError` with the
field's dotted name and a sentence a reader understands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import InputError, InputErrors
from .zones import NOT_A_ZONE_PREFIXES, NOT_PLACES, suggest_zone

#: An hour of 24 in a date-time (``2026-12-01T24:00``).
_HOUR_24 = re.compile(r"[T ]24:")

#: The longest single detail field (a name, a topic, a signature) the core accepts.
MAX_FIELD_CHARS = 1_000
#: The longest free text (a pasted draft) the core accepts.
MAX_TEXT_CHARS = 20_000

Args = Mapping[str, Any]
T = TypeVar("T")


class ErrorCollector:
    """Reads several fields and reports every bad one at once, not just the first.

    Example:
        >>> collect = ErrorCollector()
        >>> collect.read(lambda: read_text({"a": 1}, "a"), "")
        ''
        >>> collect.read(lambda: read_text({"b": 2}, "b"), "")
        ''
        >>> [error.field for error in collect.errors]
        ['a', 'b']
    """

    def __init__(self) -> None:
        self.errors: list[InputError] = []

    def read(self, reader: Callable[[], T], fallback: T) -> T:
        """``reader()``, or ``fallback`` after noting its error(s)."""
        try:
            return reader()
        except InputErrors as several:
            self.errors.extend(several.errors)
        except InputError as error:
            self.errors.append(error)
        return fallback

    def raise_if_any(self) -> None:
        """Raise every noted error together (the first leads), if there was one."""
        if self.errors:
            raise InputErrors(self.errors)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def require_mapping(value: object, field: str) -> Mapping[str, Any]:
    """Return ``value`` if it is a JSON object, else raise naming ``field``."""
    if not isinstance(value, Mapping):
        raise InputError(field or "args", "Expected an object with named fields.", code="type")
    return value


def read_text(
    args: Args,
    name: str,
    *,
    prefix: str = "",
    required: bool = False,
    max_chars: int = MAX_FIELD_CHARS,
    label: str | None = None,
) -> str:
    """A string field, stripped; ``""`` when absent and not required.

    Control characters other than newlines and tabs are removed, so nothing
    typed can smuggle a carriage return into a mail header or a calendar line.
    """
    field = _join(prefix, name)
    what = label or name.replace("_", " ")
    value = args.get(name)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError(field, f"The {what} must be text.", code="type")
    if len(value) > max_chars:
        raise InputError(
            field,
            f"The {what} is {len(value):,} characters long; the limit is {max_chars:,}.",
            code="too_long",
        )
    cleaned = clean_text(value).strip()
    if required and not cleaned:
        raise InputError(field, f"Please fill in the {what}.", code="required")
    return cleaned


def clean_text(value: str) -> str:
    """Normalise line ends to ``\\n`` and drop control characters except tab and newline."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cs"}
    )


def read_int(
    args: Args, name: str, *, prefix: str = "", minimum: int, maximum: int, label: str
) -> int:
    """A whole number within ``[minimum, maximum]`` (booleans are refused)."""
    field = _join(prefix, name)
    value = args.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, f"The {label} must be a whole number.", code="type")
    if not minimum <= value <= maximum:
        raise InputError(
            field,
            f"The {label} must be between {minimum} and {maximum}; got {value}.",
            code="range",
        )
    return value


def read_list(args: Args, name: str, *, prefix: str = "", max_items: int, label: str) -> list[Any]:
    """A JSON array field; ``[]`` when absent."""
    field = _join(prefix, name)
    value = args.get(name)
    if value is None:
        return []
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InputError(field, f"The {label} must be a list.", code="type")
    if len(value) > max_items:
        raise InputError(
            field, f"At most {max_items} {label} are allowed; got {len(value)}.", code="too_long"
        )
    return list(value)


def read_flag(args: Mapping[str, Any], name: str) -> bool:
    """An optional true/false argument (absent means false)."""
    value = args.get(name)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise InputError(name, f"The {name.replace('_', ' ')} option must be true or false.")
    return value


def read_choice(
    args: Mapping[str, Any], name: str, choices: Sequence[str], *, default: str, label: str
) -> str:
    """One of ``choices``; ``default`` when absent or empty, else an :class:`InputError`."""
    return read_optional_choice(args, name, choices, label=label) or default


def read_optional_choice(
    args: Mapping[str, Any], name: str, choices: Sequence[str], *, label: str
) -> str | None:
    """One of ``choices``, or ``None`` when absent or empty."""
    value = args.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value not in choices:
        shown = f" “{value[:40]}”" if isinstance(value, str) else ""
        raise InputError(
            name,
            f"The {label}{shown} is not one this tool knows; use one of: {', '.join(choices)}.",
            code="invalid",
        )
    return value


def parse_date(value: object, field: str, *, label: str = "date") -> date:
    """An ISO date ``YYYY-MM-DD`` that exists on the calendar."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(field, f"Enter the {label} as YYYY-MM-DD.", code="required")
    text = value.strip()
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(
            field, f"“{_short(text)}” is not a real {label}; use YYYY-MM-DD.", code="invalid"
        ) from None


def parse_datetime(value: object, field: str, *, label: str = "date and time") -> datetime:
    """An ISO date-time (``YYYY-MM-DDTHH:MM``, seconds and offset optional)."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(field, f"Enter the {label}.", code="required")
    text = value.strip()
    if len(text) > 40:
        raise InputError(field, f"The {label} is too long to be a date and time.", code="invalid")
    try:
        if _HOUR_24.search(text):
            raise ValueError  # Python 3.14 reads 24:00 as the next midnight, 3.11 refuses it
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(
            field,
            f"“{_short(text)}” is not a real {label}; use YYYY-MM-DDTHH:MM.",
            code="invalid",
        ) from None


def parse_clock(value: object, field: str, *, label: str = "time") -> time:
    """A wall-clock time ``HH:MM``."""
    if not isinstance(value, str):
        raise InputError(field, f"Enter the {label} as HH:MM.", code="type")
    text = value.strip()
    try:
        if len(text) not in (5, 8) or text.startswith("24"):
            raise ValueError  # 24:00: Python 3.14 reads it as midnight, 3.11 refuses it
        return time.fromisoformat(text)
    except ValueError:
        raise InputError(
            field, f"“{_short(text)}” is not a time of day; use HH:MM.", code="invalid"
        ) from None


def parse_zone(value: object, field: str, *, label: str = "time zone") -> ZoneInfo:
    """An IANA time zone such as ``Europe/Berlin``; ``label`` names it when it is missing."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(field, f"Choose a time zone for {label}.", code="required")
    name = value.strip()
    guess = suggest_zone(name[:64])
    hint = f"did you mean {guess}?" if guess else "use a name like Europe/Berlin."
    unknown = f"“{_short(name)}” is not a known time zone; {hint}"
    if (
        len(name) > 64
        or name.startswith(("/", ".", *NOT_A_ZONE_PREFIXES))
        or name in NOT_PLACES
        or ".." in name
        or "\\" in name
    ):
        raise InputError(field, unknown, code="unknown_zone")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InputError(field, unknown, code="unknown_zone") from None


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
