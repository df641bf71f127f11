"""What a resident may type: text without control characters.

A USB keyboard-wedge scanner (or any keyboard plugged into the tablet) types whatever its
codes say, including ESC, NUL, line breaks and the invisible Unicode format characters
(right-to-left override, zero-width joiners) that make a printed name read differently
from the stored one. Typed text keeps only characters outside Unicode's "C" categories
(control, format, surrogate, private use, unassigned).
"""

from __future__ import annotations

import unicodedata


def is_control(char: str) -> bool:
    """Is this one character a control, format, surrogate, private or unassigned one?"""
    return unicodedata.category(char).startswith("C")


def strip_control(text: str) -> str:
    """``text`` without any control or format character (see :func:`is_control`)."""
    return "".join(char for char in text if not is_control(char))
