"""Who is who on a form: the applicant, the head of household, each person's own address
and 続柄, worked out once from the scenario so every box of a block names one person.

A box about a person (``person.*``, ``applicant.*``, ``head.*``, ``household[*].*``) takes
*every* value from that person. Addresses are the person's own: a mover's is the new
address; someone who stays, or who died, lives at the household's registered address,
which is the applicant's only when the applicant belongs to that household. A daughter
from another town filing for her father does not lend him her address: his box stays
empty for the clerk rather than carrying a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from forms.catalog import Town
from kiosk.navigation.facts import spouse_of

HEAD = "世帯主"
SELF = "本人"
_GONE = ("deceased", "away")
_DIGITS = re.compile(r"^[0-9０-９]+$")
_BANCHI = re.compile(r"^([0-9０-９]+)[-－ー‐]([0-9０-９]+)$")


# (the new head's 続柄 to the applicant, the member's) → the member's 続柄 to the new head
_TO_NEW_HEAD = {
    ("子", "子の妻"): "妻", ("子", "子の夫"): "夫", ("子", "孫"): "子",
    ("子の妻", "子"): "夫", ("子の夫", "子"): "妻", ("子の妻", "孫"): "子", ("子の夫", "孫"): "子",
    ("父", "母"): "妻", ("母", "父"): "夫", ("妻", "子"): "子", ("夫", "子"): "子",
}


def status_of(person: Any) -> str:
    """The person's part in the event (``Status`` value: "", newborn, deceased, …)."""
    return str(getattr(getattr(person, "status", ""), "value", getattr(person, "status", "")))


def _sex(person: Any) -> str:
    return str(getattr(getattr(person, "sex", None), "value", ""))


def format_address(address: Any, town: Town) -> str:
    """A new address as registered: the town's full name, 大字 and 番地 (no 方書).

    The town's 大字 (``town.yaml``) are written with the town's ``oaza_prefix`` (e.g.
    「大字」) in front, and a bare number or ``9-1`` is written 「9番地」 / 「9番地1」, as
    the 住民票 writes it."""
    if address is None:
        return ""
    oaza = str(getattr(address, "oaza", "") or "").strip()
    banchi = str(getattr(address, "banchi", "") or "").strip()
    prefix = town.oaza_prefix
    if prefix and not oaza.startswith(prefix) and any(o.name == oaza for o in town.oaza):
        oaza = prefix + oaza
    match = _BANCHI.match(banchi) if prefix else None  # 大字 towns number by 番地
    if match:
        banchi = f"{match.group(1)}番地{match.group(2)}"
    elif prefix and _DIGITS.match(banchi):
        banchi += "番地"
    return town.address(f"{oaza}{banchi}")


def postal_code_in_town(address: str, town: Town) -> str:
    """The postal code of an address in the town, from its 大字 (``town.yaml``); "" when
    the address is elsewhere (the card does not carry a postal code)."""
    if not address.startswith(town.full_name()):
        return ""
    rest = address[len(town.full_name()):].removeprefix(town.oaza_prefix or "大字")
    best = max((o for o in town.oaza if rest.startswith(o.name)), key=lambda o: len(o.name),
               default=None)
    return best.postal_code if best else town.default_postal_code


@dataclass(frozen=True, slots=True)
class Household:
    """The people of one visit and their roles."""

    resident: Any
    people: Sequence[Any]  # the resident first, then the household
    new_address: Any
    card_address: str
    town: Town
    # the household named the resident's husband or wife as 児童手当's claimant (the
    # parent with the higher income, 児童手当法 §4②)
    claimant_is_spouse: bool = False
    # at a household split (世帯分離): the head of the new household the form is about
    new_head_id: str = ""

    @property
    def applicant_lives_here(self) -> bool:
        return status_of(self.resident) != "away"

    def head(self) -> Any:
        """The head after the event: the 世帯主 named, the resident when nobody is, and
        when the head died the applicant (or the first member who stays) takes over."""
        if self.new_head_id:
            return next((p for p in self.people if p.id == self.new_head_id), None)
        named = [p for p in self.people if str(p.relation) == HEAD]
        if not named and str(self.resident.relation) in (SELF, ""):
            return self.resident
        if named and status_of(named[0]) not in _GONE:
            return named[0]
        if self.applicant_lives_here:
            return self.resident
        living = [p for p in self.people if status_of(p) not in (*_GONE, "newborn")]
        return living[0] if living else None

    def _registered(self, person: Any) -> str:
        """続柄 as registered, to the head before the event."""
        text = str(person.relation)
        if text in (SELF, "") and person is self.resident and not any(
                str(p.relation) == HEAD for p in self.people):
            return HEAD
        return "" if text == SELF else text

    def former_head(self) -> Any:
        """The head who died or left with this event, else None."""
        named = [p for p in self.people if str(p.relation) == HEAD]
        return named[0] if named and status_of(named[0]) in _GONE else None

    def relation(self, person: Any) -> str:
        """続柄 to the head: 世帯主 for the head (and a one-person household); after the
        head died, relative to the new head when the applicant takes over."""
        if status_of(person) in _GONE:
            return self._registered(person)
        if person is self.head():
            return HEAD
        if self.new_head_id:
            return self._to_new_head(person)
        if self.former_head() is not None and self.head() is self.resident:
            return self.kinship(person)
        return self._registered(person)

    def claimant(self) -> Any:
        """児童手当's claimant: the applicant, or their husband or wife when named."""
        spouse = spouse_of(self.resident, self.people) if self.claimant_is_spouse else None
        return spouse if spouse is not None else self.resident

    def claimant_spouse(self) -> Any:
        """The claimant's husband or wife (配偶者), or None."""
        return spouse_of(self.claimant(), self.people)

    def _to_new_head(self, person: Any) -> str:
        """続柄 to the head of a new household (世帯分離), from both people's 続柄 to the
        applicant; "" (for the clerk) where the family tie cannot be told from them."""
        head = self.head()
        if head is self.resident:
            return self._kinship(person, self.resident)
        if person is self.resident:
            return self.applicant_to(head)
        return _TO_NEW_HEAD.get(
            (self._kinship(head, self.resident), self._kinship(person, self.resident)), "")

    def kinship(self, person: Any) -> str:
        """続柄 to the claimant (the applicant unless the household named their spouse),
        for forms that want it that way."""
        return self._kinship(person, self.claimant())

    def _kinship(self, person: Any, anchor: Any) -> str:
        if person is anchor:
            return SELF
        mine, theirs = self._registered(anchor), self._registered(person)
        if mine in ("", HEAD):
            return theirs
        if mine in ("妻", "夫"):
            spouse = "夫" if mine == "妻" else "妻"
            return {HEAD: spouse}.get(theirs, theirs)
        if mine == "子":
            male = _sex(person) == "1"
            older = person.birth_date < anchor.birth_date
            sibling = ("兄" if older else "弟") if male else ("姉" if older else "妹")
            return {"孫": "子", HEAD: "父" if male else "母", "妻": "母", "夫": "父",
                    "子": sibling, "子の妻": "妻", "子の夫": "夫"}.get(theirs, theirs)
        return theirs

    def applicant_to(self, person: Any) -> str:
        """The applicant's 続柄 to ``person`` (届出人の続柄: 子 for a daughter filing for
        her father), the converse of ``kinship``."""
        if person is self.resident:
            return SELF
        theirs = self._kinship(person, self.resident)
        male = _sex(self.resident) == "1"
        older = self.resident.birth_date < person.birth_date
        if theirs in ("兄", "弟", "姉", "妹"):
            return ("兄" if older else "弟") if male else ("姉" if older else "妹")
        return {"子": "父" if male else "母", "妻": "夫", "夫": "妻", "父": "子", "母": "子",
                "孫": "祖父" if male else "祖母"}.get(theirs, "")

    def moves(self, person: Any) -> bool:
        return self.new_address is not None and status_of(person) in ("", "newborn")

    def address(self, person: Any) -> str:
        """The person's own registered address ("" when the kiosk does not know it)."""
        if self.moves(person):
            return format_address(self.new_address, self.town)
        if person is self.resident or self.applicant_lives_here:
            return self.card_address
        return ""

    def postal_code(self, person: Any) -> str:
        if self.moves(person):
            given = "".join(ch for ch in str(self.new_address.postal_code or "") if ch.isdigit())
            return given or postal_code_in_town(self.address(person), self.town).replace("-", "")
        return postal_code_in_town(self.address(person), self.town).replace("-", "")

    def katagaki(self, person: Any) -> str:
        return str(self.new_address.katagaki or "") if self.moves(person) else ""

    def together(self, person: Any) -> str:
        """同 when the person lives with the claimant (the applicant's household, unless
        the household named a spouse who lives apart), 別 when apart."""
        apart = status_of(person) == "away"
        return "別" if apart != (status_of(self.claimant()) == "away") else "同"
