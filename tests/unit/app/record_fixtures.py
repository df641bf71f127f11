"""Records of one family as the core system returns them, for the prefill's tests.

The 髙橋 family of four: 一郎 (世帯主), 花子 (妻, the resident at the counter, whose card
writes 高橋 with the common 高), 翔 and 美咲 (子). Moving in, they come with a 転入予約
from 福岡市 (another prefecture); living in the town, the record holds them with their
insurances and registrations.
"""

from __future__ import annotations

from datetime import date

from kiosk.domain.core_records import (
    MoveInReservation,
    PlannedAddress,
    RecordedHousehold,
    RecordedPerson,
    ReservedPerson,
)
from kiosk.domain.resident import BasicFour, Sex

TODAY = date(2026, 4, 6)
CARD = BasicFour("高橋　花子", "福岡県福岡市中央区天神1丁目1番1号", date(1985, 4, 12), Sex.FEMALE)
# (name, kana, birth date, sex, 続柄 to the head)
FAMILY = (
    ("髙橋　一郎", "タカハシ　イチロウ", date(1983, 6, 1), Sex.MALE, "世帯主"),
    ("髙橋　花子", "タカハシ　ハナコ", date(1985, 4, 12), Sex.FEMALE, "妻"),
    ("髙橋　翔", "タカハシ　ショウ", date(2015, 5, 5), Sex.MALE, "子"),
    ("髙橋　美咲", "タカハシ　ミサキ", date(2022, 8, 8), Sex.FEMALE, "子"),
)


def reservation(previous_municipality: str = "401331", oaza: str = "大字関町",
                nationality: str = "") -> MoveInReservation:
    movers = tuple(
        ReservedPerson(name, kana, birth, sex, relation,
                       nationality=nationality if relation == "妻" else "",
                       insurances=frozenset({"kokuho"}),
                       registrations=frozenset({"jido_teate"} if relation == "世帯主" else ()))
        for name, kana, birth, sex, relation in FAMILY)
    return MoveInReservation(
        "R2026-000042", CARD.address, previous_municipality,
        PlannedAddress(oaza, "123-4", "コーポ関 201"), date(2026, 4, 6), date(2026, 3, 31),
        movers)


INSURANCES = {"世帯主": {"kokuho"}, "妻": {"kokuho", "kaigo_nintei"}, "子": {"kokuho"}}
REGISTRATIONS = {"世帯主": {"inkan", "water", "dog", "jido_teate"}, "妻": {"inkan"}}


def household() -> RecordedHousehold:
    members = tuple(
        RecordedPerson(f"P{index}", name, kana, birth, sex, relation, date(2016, 4, 1),
                       frozenset(INSURANCES.get(relation, ())),
                       frozenset(REGISTRATIONS.get(relation, ())))
        for index, (name, kana, birth, sex, relation) in enumerate(FAMILY, start=1))
    return RecordedHousehold("H000123", "熊本県玉名郡南関町大字宮尾9番地", "P2", members)
