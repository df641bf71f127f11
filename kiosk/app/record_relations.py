"""The 続柄 of a record (relative to the head of household) turned into the kiosk's relation
to the resident at the counter (``kiosk.app.visit.RELATIONS``).

The 住民票 writes every member's 続柄 relative to the 世帯主 (住民基本台帳事務処理要領
第2-1-(2)-カ): 世帯主, 妻, 夫, 子, 父, 母, 孫, 兄, 姉, 子の妻 … The kiosk's forms and
screens ask for each member's relation to the resident who files. The rule, with R the
resident's 続柄 and X the member's, both relative to the head:

* R = 世帯主: X as it is (兄/弟/姉/妹 → 兄弟姉妹; anything outside the vocabulary → その他);
* X = 世帯主: the head seen from the resident: the spouse's spouse (妻 ↔ 夫), a child's
  parent (父 or 母 by the head's sex), a parent's child (子), a grandchild's grandparent;
* R = 妻/夫 (the head's spouse): the head's 子 is the resident's 子 (the 住民票 writes a
  spouse's own child as 妻の子, so 子 is the couple's child);
* R = 子: the head's spouse is the resident's 母/父 (by the spouse's 続柄), the head's 子
  are 兄弟姉妹, the head's 父/母 are 祖父/祖母;
* R = 父/母: the head's 子 are 孫, the head's other parent is the resident's spouse;
* anything else (in-laws, 同居人, 縁故者 …) → その他, which the resident may correct.

A 続柄 the table cannot place is never guessed into a closer one.
"""

from __future__ import annotations

from kiosk.domain.resident import Sex
from kiosk.navigation.facts import HEAD

OTHER = "その他"
_SIBLINGS = ("兄", "弟", "姉", "妹", "兄弟姉妹")
#: As seen by the head: the vocabulary's own words, and siblings as one.
_FROM_HEAD = {**{r: r for r in ("妻", "夫", "子", "父", "母", "祖父", "祖母", "孫")},
              **dict.fromkeys(_SIBLINGS, "兄弟姉妹")}
#: (resident's 続柄, member's 続柄) → the member as seen by the resident, neither the head.
_BETWEEN = {
    ("妻", "子"): "子", ("夫", "子"): "子",
    ("子", "妻"): "母", ("子", "夫"): "父", ("子", "子"): "兄弟姉妹",
    ("子", "父"): "祖父", ("子", "母"): "祖母",
    ("父", "子"): "孫", ("母", "子"): "孫", ("父", "母"): "妻", ("母", "父"): "夫",
}
#: The head as seen by the resident: (male head, female head), by the resident's 続柄.
_HEAD_SEEN = {
    "妻": ("夫", "夫"), "夫": ("妻", "妻"), "子": ("父", "母"), "父": ("子", "子"),
    "母": ("子", "子"), "孫": ("祖父", "祖母"),
    **dict.fromkeys(_SIBLINGS, ("兄弟姉妹", "兄弟姉妹")),
}


def relation_to_resident(resident: str, member: str, member_sex: Sex) -> str:
    """The member's relation to the resident, from both 続柄 relative to the head."""
    if resident == HEAD:
        return _FROM_HEAD.get(member, OTHER)
    if member == HEAD:
        seen = _HEAD_SEEN.get(resident)
        if seen is None or (seen[0] != seen[1] and member_sex is Sex.NOT_STATED):
            return OTHER
        return seen[1] if member_sex is Sex.FEMALE else seen[0]
    return _BETWEEN.get((resident, member), OTHER)
