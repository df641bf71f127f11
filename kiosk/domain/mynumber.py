"""The 個人番号 (My Number): its check digit, and a short-lived holder for the number.

The check digit follows 総務省令 (平成26年第85号) art. 5: weights 6 5 4 3 2 7 6 5 4 3 2 over
the first eleven digits read left to right, r = sum mod 11, check digit 0 when r <= 1,
else 11 - r. ``123456789018`` is valid; the often-quoted sample ``123456789012`` is not.

The number itself may be held only for the moment a form that legally needs it is
printed (番号法). :class:`MyNumber` keeps it in a mutable buffer that :meth:`MyNumber.wipe`
overwrites, redacts it from ``repr``/``str``, and works as a context manager so the
caller's ``with`` block bounds its life.
"""

from __future__ import annotations

from types import TracebackType

WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
LENGTH = 12


class MyNumberFormatError(ValueError):
    """The text is not twelve ASCII digits with a valid check digit (never shows the text)."""


def _digits(text: str, length: int) -> list[int]:
    if len(text) != length or not all("0" <= c <= "9" for c in text):
        raise MyNumberFormatError(f"a My Number part must be {length} ASCII digits")
    return [ord(c) - 48 for c in text]


def check_digit(first_eleven: str) -> int:
    """The check digit for the first eleven digits of a 個人番号."""
    total = sum(d * w for d, w in zip(_digits(first_eleven, 11), WEIGHTS, strict=True))
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def is_valid(number: str) -> bool:
    """True for twelve ASCII digits whose last digit is the right check digit."""
    if len(number) != LENGTH or not all("0" <= c <= "9" for c in number):
        return False
    return check_digit(number[:11]) == ord(number[11]) - 48


def with_check_digit(first_eleven: str) -> str:
    """Complete eleven digits into a valid twelve-digit number (for test data and profiles)."""
    return first_eleven + str(check_digit(first_eleven))


class MyNumber:
    """A 個人番号 held for the shortest time: redacted repr, wiped on leaving ``with``."""

    __slots__ = ("_buffer",)

    def __init__(self, digits: str) -> None:
        if not is_valid(digits):
            raise MyNumberFormatError("the My Number is malformed or its check digit is wrong")
        self._buffer = bytearray(digits.encode("ascii"))

    @property
    def digits(self) -> str:
        """The twelve digits. Raises once wiped, so a stale holder cannot leak a blank."""
        if not self._buffer:
            raise ValueError("the My Number was already wiped")
        return self._buffer.decode("ascii")

    @property
    def wiped(self) -> bool:
        return not self._buffer

    def formatted(self) -> str:
        """Grouped 4-4-4 as printed on the card's back."""
        d = self.digits
        return f"{d[:4]} {d[4:8]} {d[8:]}"

    def wipe(self) -> None:
        """Overwrite the buffer, then empty it (best effort: ``digits`` copies may linger)."""
        for i in range(len(self._buffer)):
            self._buffer[i] = 0
        self._buffer.clear()

    def __enter__(self) -> MyNumber:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.wipe()

    def __repr__(self) -> str:
        return "MyNumber(<redacted>)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MyNumber):
            return NotImplemented
        return bytes(self._buffer) == bytes(other._buffer)

    def __hash__(self) -> int:  # never used as a key: equality only for tests
        raise TypeError("MyNumber is not hashable")
