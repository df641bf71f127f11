"""Does the card in the reader belong to the person who filled in the code at home?

The card's basic four (氏名・生年月日・性別・住所) are compared with the code's resident
after :mod:`kiosk.domain.name_normalize` (spaces, full-width forms and 異体字 folded, block
numbers spelt one way): the card is the identity, the code only says what to print. The
answer is *which kinds* of thing differ (``name``, ``birth_date``, ``sex``, ``address``),
never the values, so the screen can explain without showing anyone's data.

The address is compared only when the code has one. A resident at home may leave out the
prefecture and the town (the card always has them), so the code's address also matches
when it is the end of the card's and starts with a place name, not a digit: ``本町55`` is
the end of ``長野県…町本町55`` and matches, while ``5`` never matches ``55``.

Plain Python, no Qt.
"""

from __future__ import annotations

from kiosk.domain.name_normalize import normalize_address, normalize_name
from kiosk.domain.resident import BasicFour

#: The kinds of difference, in the order the screen names them.
KINDS = ("name", "birth_date", "sex", "address")


def _same_address(card: str, code: str) -> bool:
    on_card, in_code = normalize_address(card), normalize_address(code)
    if on_card == in_code:
        return True
    return bool(in_code) and not in_code[0].isdigit() and on_card.endswith(in_code)


def differences(card: BasicFour, claimed: BasicFour) -> tuple[str, ...]:
    """The kinds of data (of :data:`KINDS`) where the card and the code's resident
    (``claimed``; its address empty when the resident typed none) differ."""
    differ: list[str] = []
    card_name = normalize_name(card.name)
    if not card_name or normalize_name(claimed.name) != card_name:
        differ.append("name")
    if claimed.birth_date != card.birth_date:
        differ.append("birth_date")
    if claimed.sex is not card.sex:
        differ.append("sex")
    if claimed.address.strip() and not _same_address(card.address, claimed.address):
        differ.append("address")
    return tuple(differ)
