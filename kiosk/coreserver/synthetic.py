"""Synthetic residents for ``kiosk core seed``: invented households, reproducible by seed.

Households of 1–8 people at invented addresses of one town, with what makes lookups hard:
rare characters (𠮷, 髙, 﨑, 邉 with an IVS selector), people born in the Taisho era
(1912-07-30 … 1926-12-24), foreign residents with a Latin name and its katakana. The
insurances and registrations follow the ages the codes imply: 後期高齢 (kouki) from 75,
介護第1号 (kaigo_1) from 65, 国民年金第1号 from 20 to 59, 児童手当 for a parent of a
child under 18, 子ども医療費 (child_medical) for children, 印鑑登録 for some adults.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from kiosk.domain.core_records import RecordedHousehold, RecordedPerson
from kiosk.domain.resident import Sex

TOWN = "長野県北杜郡さくら町"
PLACES = ("本町", "栄町", "緑ヶ丘", "大字中村", "大字上ノ原", "八幡", "三田", "一ノ瀬", "四ツ原")
FAMILY = (("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
          ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
          ("小林", "コバヤシ"), ("加藤", "カトウ"), ("𠮷田", "ヨシダ"), ("髙橋", "タカハシ"),
          ("山﨑", "ヤマザキ"), ("渡邉\U000e0102", "ワタナベ"), ("齋藤", "サイトウ"),
          ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("清水", "シミズ"))
MALE = (("大輔", "ダイスケ"), ("誠", "マコト"), ("翔", "ショウ"), ("健", "ケン"),
        ("隆", "タカシ"), ("蓮", "レン"), ("正一", "ショウイチ"), ("勇", "イサム"))
FEMALE = (("花子", "ハナコ"), ("陽菜", "ヒナ"), ("美咲", "ミサキ"), ("結衣", "ユイ"),
          ("和子", "カズコ"), ("トメ", "トメ"), ("さくら", "サクラ"), ("恵子", "ケイコ"))
FOREIGN = (("SMITH", "スミス", "米国"), ("NGUYEN", "グエン", "ベトナム"),
           ("SANTOS", "サントス", "ブラジル"), ("KIM", "キム", "韓国"),
           ("GARCIA", "ガルシア", "フィリピン"))
FOREIGN_GIVEN = ((("JOHN", "ジョン"), ("MINH", "ミン"), ("PEDRO", "ペドロ")),
                 (("MARIA", "マリア"), ("LAN", "ラン"), ("ANNA", "アンナ")))
TAISHO = (date(1912, 7, 30), date(1926, 12, 24))


def _kanji_number(n: int) -> str:
    digits = "〇一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + \
        (digits[ones] if ones else "")


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _address(rng: random.Random) -> str:
    place = rng.choice(PLACES)
    if place.startswith("大字"):
        return f"{TOWN}{place}{rng.randint(1, 3999)}番地" + (
            f"の{rng.randint(1, 9)}" if rng.random() < 0.5 else "")
    chome, ban, go = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 40)
    if rng.random() < 0.5:
        return f"{TOWN}{place}{_kanji_number(chome)}丁目{ban}番{go}号"
    return f"{TOWN}{place}{chome}丁目{ban}番{go}号"


def _insurances(born: date, today: date, rng: random.Random) -> frozenset[str]:
    age = _age(born, today)
    found: set[str] = set()
    if age >= 75:
        found.add("kouki")
    elif rng.random() < 0.8:
        found.add("kokuho")
    if age >= 65:
        found.add("kaigo_1")
        if rng.random() < 0.3:
            found.add("kaigo_nintei")
    if 20 <= age < 60 and "kokuho" in found:
        found.add("kokumin_nenkin_1")
    return frozenset(found)


def households(count: int, *, seed: int = 0, today: date | None = None,
               first_key: int = 100_000) -> Iterator[RecordedHousehold]:
    """``count`` residents in households of 1–8 (the last household may be smaller)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not a secret
    today = today or date.today()
    made, number = 0, 0
    while made < count:
        size = min(count - made, rng.choice((1, 1, 2, 2, 3, 4, 4, 5, 6, 8)))
        number += 1
        members = _household(rng, size, today, first_key + made)
        made += len(members)
        yield RecordedHousehold(f"H{first_key + number:07d}", _address(rng), members[0].key,
                                tuple(members))


def _household(rng: random.Random, size: int, today: date, key: int) -> list[RecordedPerson]:
    foreign = rng.random() < 0.05
    if foreign:
        family, family_kana, nationality = rng.choice(FOREIGN)
    else:
        (family, family_kana), nationality = rng.choice(FAMILY), ""
    elder = size == 1 and rng.random() < 0.2
    head_born = _day(rng, *TAISHO) if elder else _day(rng, date(1940, 1, 1), date(2000, 12, 31))
    people: list[tuple[str, date, Sex]] = [("世帯主", head_born, rng.choice((Sex.MALE, Sex.FEMALE)))]
    if size >= 2:
        spouse_sex = Sex.FEMALE if people[0][2] is Sex.MALE else Sex.MALE
        people.append(("妻" if spouse_sex is Sex.FEMALE else "夫",
                       head_born + timedelta(days=rng.randint(-1500, 1500)), spouse_sex))
    for _ in range(size - len(people)):
        low = max(head_born + timedelta(days=18 * 365), today - timedelta(days=40 * 365))
        child_born = _day(rng, min(low, today), today)
        people.append(("子", child_born, rng.choice((Sex.MALE, Sex.FEMALE))))
    has_child = any(_age(b, today) < 18 for r, b, _ in people if r == "子")
    members = []
    for index, (relation, born, sex) in enumerate(people):
        if foreign:
            given, given_kana = rng.choice(FOREIGN_GIVEN[sex is Sex.FEMALE])
            name, kana = f"{family} {given}", f"{family_kana}　{given_kana}"
        else:
            given, given_kana = rng.choice(MALE if sex is Sex.MALE else FEMALE)
            name, kana = f"{family}　{given}", f"{family_kana}　{given_kana}"
        age = _age(born, today)
        registrations = set()
        if age >= 18 and rng.random() < 0.6:
            registrations.add("inkan")
        if index == 0 and has_child:
            registrations.add("jido_teate")
        if age < 18:
            registrations.add("child_medical")
        members.append(RecordedPerson(
            key=f"P{key + index:07d}", name=name, kana=kana, birth_date=born, sex=sex,
            relation=relation, resident_since=_day(rng, max(born, date(1950, 1, 1)), today),
            insurances=_insurances(born, today, rng), registrations=frozenset(registrations),
            nationality=nationality))
    return members
