"""Reading the resident's typed input: one rule per kind of field, one sentence per error.

Errors are English source sentences (translated in context ``Web`` when the page is drawn),
keyed by the form field they belong to, so the page shows each next to its field. Every
sentence a resident can see is listed in :data:`MESSAGES` (a unit test checks each has a
Japanese translation).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date

from kiosk.app.visit import is_katakana_text
from kiosk.domain.resident import Sex
from kiosk.navigation.scenario import MAX_TEXT

REQUIRED = "Please fill this in."
TOO_LONG = "This is too long. Please shorten it."
FURIGANA = "Please write the reading in katakana (or hiragana)."
BAD_DATE = "This date does not exist. Please check the year, month and day."
FUTURE_DATE = "This date is in the future. Please check it."
OLD_DATE = "Please write the year in full, for example 1956."
CHOOSE_ONE = "Please choose one."
MISSING_SUBJECT_DECEASED = "Please add the person who passed away first."
MISSING_SUBJECT_NEWBORN = "Please add the baby first."
MEMBER_NOT_ADDED = ("This person is not added yet. Complete the marked fields and add them, "
                    "or continue without this person.")
SPLIT_REFUSED = ("Please mark who leaves (not everybody), and choose the head among them.")
STATE_REFUSED = ("This page could not be continued: it was changed, or made by another "
                 "server. Please start again.")
FORM_REFUSED = "The page was sent incomplete. Please try again."
FAILED = "Something went wrong on our side. Please start again; we are sorry."
TOO_LARGE = ("Your answers are too many for one QR code. Please fill in the rest at the "
             "kiosk, or ask the staff.")

MESSAGES: tuple[str, ...] = (
    REQUIRED, TOO_LONG, FURIGANA, BAD_DATE, FUTURE_DATE, OLD_DATE, CHOOSE_ONE,
    MISSING_SUBJECT_DECEASED, MISSING_SUBJECT_NEWBORN, MEMBER_NOT_ADDED, SPLIT_REFUSED,
    STATE_REFUSED, FORM_REFUSED, TOO_LARGE, FAILED,
)

EARLIEST_YEAR = 1900
SEXES = (Sex.MALE, Sex.FEMALE)


class Errors(dict[str, str]):
    """``{field name: English source sentence}``; the first error per field wins."""

    def add(self, name: str, message: str) -> None:
        self.setdefault(name, message)


def text(form: Mapping[str, str], name: str, errors: Errors, required: bool = True) -> str:
    """A text field: spaces normalised (NFKC keeps full-width kana as they are typed)."""
    value = " ".join(form.get(name, "").split())
    if required and not value:
        errors.add(name, REQUIRED)
    elif len(value) > MAX_TEXT:
        errors.add(name, TOO_LONG)
    return value


def furigana(form: Mapping[str, str], name: str, errors: Errors) -> str:
    """The reading in full-width katakana; hiragana and half-width kana are converted."""
    raw = text(form, name, errors)
    if not raw or name in errors:
        return raw
    value = unicodedata.normalize("NFKC", raw).replace(" ", "\u3000")
    value = "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in value)
    if not is_katakana_text(value):
        errors.add(name, FURIGANA)
    return value


def birth_date(form: Mapping[str, str], prefix: str, errors: Errors, today: date) -> date | None:
    """A date typed as three numbers: ``<prefix>_year``, ``_month``, ``_day``; the error
    is reported on the year field (the first of the group)."""
    name = f"{prefix}_year"
    parts = [unicodedata.normalize("NFKC", form.get(f"{prefix}_{p}", "")).strip()
             for p in ("year", "month", "day")]
    if not all(parts):
        errors.add(name, REQUIRED)
        return None
    if not all(p.isdigit() and len(p) <= 4 for p in parts):
        errors.add(name, BAD_DATE)
        return None
    year, month, day = (int(p) for p in parts)
    if year < EARLIEST_YEAR:
        errors.add(name, OLD_DATE)
        return None
    try:
        value = date(year, month, day)
    except ValueError:
        errors.add(name, BAD_DATE)
        return None
    if value > today:
        errors.add(name, FUTURE_DATE)
        return None
    return value


def sex(form: Mapping[str, str], name: str, errors: Errors) -> Sex | None:
    value = form.get(name, "")
    for option in SEXES:
        if option.value == value:
            return option
    errors.add(name, CHOOSE_ONE)
    return None


def choice(form: Mapping[str, str], name: str, options: tuple[str, ...], errors: Errors) -> str:
    """One of ``options``; anything else is "please choose one"."""
    value = form.get(name, "")
    if value not in options:
        errors.add(name, CHOOSE_ONE)
        return ""
    return value
