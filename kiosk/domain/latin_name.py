"""A foreign resident's registered name in Latin letters, as the 在留カード writes it.

In the 住民票 a foreign resident's 氏名 is the alphabetic name of the 在留カード (or the
特別永住者証明書), in capital letters, family name first: ``NGUYEN VAN AN``. The katakana
reading is kept beside it for the フリガナ boxes of the forms. A registered Latin name is
written with A–Z, spaces, hyphens, apostrophes and commas (and, rarely, a full stop); the
kiosk stores it exactly so, in capitals, one space between words.
"""

from __future__ import annotations

import string
import unicodedata

#: Every character a registered Latin name may hold besides the capital letters.
PUNCTUATION = " -',."
_ALLOWED = frozenset(string.ascii_uppercase + PUNCTUATION)


def normalize_latin_name(text: str) -> str:
    """Full-width letters to ASCII, capitals, one space between words (as registered)."""
    folded = unicodedata.normalize("NFKC", text).replace("\u3000", " ").upper()
    return " ".join(folded.split())


def is_latin_name(text: str) -> bool:
    """True when ``text`` is a registered Latin name (after :func:`normalize_latin_name`):
    at least one letter, and nothing but A–Z and the name punctuation."""
    name = normalize_latin_name(text)
    return any(ch in string.ascii_uppercase for ch in name) and set(name) <= _ALLOWED
