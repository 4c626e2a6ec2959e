"""The one exception the core raises for bad input, so every caller can name the field."""

from __future__ import annotations

from collections.abc import Sequence


class InputError(ValueError):
    """Input that the core cannot use, with the field that caused it.

    Args:
        field: The argument's name as the bridge spells it, dotted for nested
            ones (``details.company``, ``interviewers.1.name``).
        message: A whole sentence a reader understands, saying what to change.
        code: A short machine-readable reason (``required``, ``invalid``,
            ``too_long``, ``unknown_zone`` ...).

    Example:
        >>> str(InputError("candidate_tz", "Choose a time zone.", code="required"))
        'candidate_tz: Choose a time zone.'
    """

    def __init__(self, field: str, message: str, *, code: str = "invalid") -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.code = code


class InputErrors(InputError):
    """Several bad fields in one request; the first one leads, as a plain :class:`InputError`.

    Example:
        >>> both = InputErrors([InputError("a", "Fix a."), InputError("b", "Fix b.")])
        >>> both.field, [error.field for error in both.errors]
        ('a', ['a', 'b'])
    """

    def __init__(self, errors: Sequence[InputError]) -> None:
        first = errors[0]
        super().__init__(first.field, first.message, code=first.code)
        self.errors: tuple[InputError, ...] = tuple(errors)
