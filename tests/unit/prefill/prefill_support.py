"""What the pre-application tests share: the dates, and realistic households of any size
(a large family moving in, with names, readings, birth dates, relations, per-member answers
and a new address).

The names vary the way a real household's do (one family name, in-laws with their own,
every given name different), so compression gains no more than it would on real data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

ISSUED = date(2026, 11, 28)
CATALOG_VERSION = 3

_GIVEN = (  # (name, reading, sex)
    ("美智子", "ミチコ", "F"), ("健太郎", "ケンタロウ", "M"), ("さくら", "サクラ", "F"),
    ("翔", "ショウ", "M"), ("結衣", "ユイ", "F"), ("茂", "シゲル", "M"), ("和子", "カズコ", "F"),
    ("大輔", "ダイスケ", "M"), ("真由美", "マユミ", "F"), ("陽向", "ヒナタ", "M"),
    ("葵", "アオイ", "F"), ("トメ", "トメ", "F"), ("蓮", "レン", "M"), ("凛", "リン", "F"),
    ("悠真", "ユウマ", "M"), ("美咲", "ミサキ", "F"), ("湊", "ミナト", "M"), ("陽葵", "ヒマリ", "F"),
    ("樹", "イツキ", "M"), ("芽依", "メイ", "F"), ("颯太", "ソウタ", "M"), ("紬", "ツムギ", "F"),
    ("義雄", "ヨシオ", "M"), ("節子", "セツコ", "F"), ("博之", "ヒロユキ", "M"),
    ("恵美", "エミ", "F"), ("拓海", "タクミ", "M"), ("彩花", "アヤカ", "F"), ("隼人", "ハヤト", "M"),
    ("千尋", "チヒロ", "F"),
)
_FAMILY = ("長谷川", "ハセガワ")
_IN_LAWS = (("佐々木", "ササキ"), ("渡邉", "ワタナベ"), ("小野寺", "オノデラ"),
            ("五十嵐", "イガラシ"), ("東海林", "ショウジ"), ("勅使河原", "テシガワラ"))
_RELATIONS = ("妻", "子", "子", "子", "父", "母", "弟", "弟の妻", "甥", "姪", "妻の母", "孫")
_PER_MEMBER = {
    "has_mnc": [True, False], "insurance": ["national", "employee", "kouki"],
    "disability_book": [False, True], "wants_inkan": [True, False],
    "kaigo_nintei": [False, True],
}
MAX_MEMBERS = len(_GIVEN) * len(_GIVEN)


def _given(index: int) -> tuple[str, str, str]:
    """Every member a different given name; past the list, two names joined."""
    first = _GIVEN[(index - 1) % len(_GIVEN)]
    if index <= len(_GIVEN):
        return first
    second = _GIVEN[(index - 1) // len(_GIVEN) - 1]
    return first[0] + second[0], first[1] + second[1], first[2]


def _member(index: int) -> dict[str, Any]:
    given, reading, sex = _given(index)
    family, family_reading = (_IN_LAWS[index // 4 % len(_IN_LAWS)] if index % 4 == 3
                              else _FAMILY)
    year = 1935 + (index * 37) % 88
    born = f"{year}-{1 + (index * 5) % 12:02d}-{1 + (index * 11) % 28:02d}"
    return {"id": f"m{index}", "name": f"{family} {given}",
            "furigana": f"{family_reading} {reading}", "birth_date": born,
            "sex": sex, "relation": _RELATIONS[(index - 1) % len(_RELATIONS)]}


def household(members: int, event: str = "IN") -> dict[str, Any]:
    """A scenario with ``members`` people (the resident and ``members - 1`` others); about
    half the members answer some per-person questions differently from the household."""
    if not 1 <= members <= MAX_MEMBERS:
        raise ValueError(f"1 to {MAX_MEMBERS} members")
    answers: dict[str, Any] = {
        "from_area": "other_pref", "foreign_national": False, "has_mnc": True,
        "insurance": "national", "pregnant": False, "in_childcare": True,
        "disability_book": False, "single_parent": False, "public_servant": False,
        "claimant": "self", "wants_inkan": False, "wants_inkan@self": True,
        "town_water": True, "has_dog": True, "has_moped": False, "wants_certificate": True,
        "school_district_changes": True, "owns_property": False,
    }
    others = [_member(index) for index in range(1, members)]
    for index in range(1, members):
        for offset, (question, choices) in enumerate(_PER_MEMBER.items()):
            if (index + offset) % 2:
                answers[f"{question}@m{index}"] = choices[(index * 7 + offset) % len(choices)]
    return {
        "event": event,
        "event_date": "2026-12-01",
        "resident": {"name": "長谷川 浩一郎", "furigana": "ハセガワ コウイチロウ",
                     "address": "福岡県北九州市小倉北区城内1丁目1番1号 リバーサイド小倉703号",
                     "birth_date": "1976-10-21", "sex": "M"},
        "household": others,
        "new_address": {"oaza": "上長田", "banchi": "1234-5",
                        "katagaki": "グリーンハイツ南関 203号", "postal_code": "861-0837"},
        "answers": answers,
    }
