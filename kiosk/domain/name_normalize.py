"""Names and addresses folded so that two spellings of the same person compare equal.

The core-system link matches the card's basic four against the town's records exactly,
*after* this normalisation (``docs/core-link.md``). The card and the record may spell the
same person differently: 外字 or 異体字 (髙/高, 﨑/崎, 邉󠄂 with an IVS selector), a
full-width or an ASCII space, full-width digits, 丁目 in kanji numerals. Everything here
folds such differences and nothing else: two different names, or two different house
numbers, must never come out equal.

Names (:func:`normalize_name`):

1. IVS selectors (U+E0100–E01EF) and standard variation selectors (U+FE00–FE0F) dropped;
2. CJK compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F) and the half/full-width forms
   block (U+FF00–FFEF) through NFKC, one character at a time: full-width Latin and digits
   become ASCII, half-width katakana become full-width (ｶﾞ → ガ). NFKC is *not* applied to
   the rest, because it would also turn ㈱ into (株) or ① into 1;
3. 異体字 folded to one standard form by :data:`VARIANTS` (髙→高, 邉/邊→辺, 𠮷→吉 …);
4. every space removed (ASCII, U+3000, NBSP, tabs), ASCII letters upper-cased (Latin names of
   foreign residents: ``Smith`` = ``SMITH``).

Addresses (:func:`normalize_address`) get the same treatment, ヶ/ヵ/ケ made one letter
(緑ヶ丘 = 緑ケ丘), then their block numbers one canonical spelling:

* a number counts as a *block number* only when it stands directly before 丁目, 番地, 番
  or 号, or directly after such a marker or a hyphen that follows a block number (the ``3``
  of ``2番地の3``, the ``8`` of ``7番地8``); numbers joined by a hyphen or の (``1-2-3``,
  ``123の4``) too. A kanji numeral anywhere else is part of a place name and stays as
  written (三田, 一ノ瀬, 四ツ原, 八幡, 十日町, 一の瀬);
* a block number is written in ASCII digits without leading zeros, whether it came as
  ``二十三``, ``二三``, ``二〇``, ``２３`` or ``23``;
* ``N丁目`` keeps its 丁目; every later 番地, 番, 号, の or hyphen between two block numbers
  becomes ``-``; a trailing 番地, 番 or 号 is dropped.

So ``一丁目２番３号`` = ``1丁目2番地の3`` = ``1丁目2-3`` (the canonical form), and
``関町百二十三番地`` = ``関町123``. A bare ``1-2-3`` stays ``1-2-3``: without 丁目 it may as
well be 1番地2-3, and the kiosk never guesses between people. The same rule runs on both
sides, so a place name spelt with a marker (三番町) folds the same way on the card and in
the record.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date

#: 異体字 and 旧字 commonly met in registered names, folded to the form the card most often
#: writes. Folding only ever merges spellings of one character, so it cannot make two
#: different names equal unless they differ by nothing but such a variant.
VARIANTS: dict[str, str] = {
    "髙": "高", "﨑": "崎", "嵜": "崎", "碕": "崎",
    "邊": "辺", "邉": "辺", "濵": "浜", "濱": "浜",
    "齋": "斉", "齊": "斉", "斎": "斉", "德": "徳", "𠮷": "吉",
    "嶋": "島", "嶌": "島", "櫻": "桜", "澤": "沢", "廣": "広", "國": "国",
    "會": "会", "眞": "真", "惠": "恵", "藏": "蔵", "冨": "富", "淸": "清",
    "靜": "静", "邨": "村", "槇": "槙", "桒": "桑", "舘": "館", "實": "実",
    "壽": "寿", "榮": "栄", "圓": "円", "萬": "万", "與": "与", "豐": "豊",
    "將": "将", "彌": "弥", "驒": "騨", "黑": "黒", "曾": "曽", "增": "増",
    "淺": "浅", "𡈽": "土", "籠": "篭", "瀨": "瀬", "檜": "桧", "鷗": "鴎",
    "龜": "亀", "鐵": "鉄", "戶": "戸", "團": "団", "條": "条",
}

_SPACES = re.compile(r"\s+")
_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                 "八": 8, "九": 9}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMERAL = re.compile(r"[0-9]+|[〇一二三四五六七八九十百千]+")
_HYPHENS = "-‐‑‒–—―−ー－ｰ"
# Longest first, so 番地 is not read as 番 + 地.
_MARKER = re.compile(r"丁目|番地の?|番の?|号|の|[" + _HYPHENS + "]")
_SMALL_KE = str.maketrans({"ヶ": "ケ", "ヵ": "ケ"})


def _is_selector(char: str) -> bool:
    code = ord(char)
    return 0xE0100 <= code <= 0xE01EF or 0xFE00 <= code <= 0xFE0F


def _needs_nfkc(char: str) -> bool:
    code = ord(char)
    return 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F or 0xFF00 <= code <= 0xFFEF


def _fold_characters(text: str) -> str:
    """Steps 1–3 of the module docstring, then spaces out and Latin upper-cased."""
    out: list[str] = []
    for char in text:
        if _is_selector(char):
            continue
        out.append(unicodedata.normalize("NFKC", char) if _needs_nfkc(char) else char)
    # NFC over the joined text composes a half-width kana's separate sound mark with its
    # letter (ｶﾞ gives カ + U+3099, then ガ).
    folded = unicodedata.normalize("NFC", "".join(out))
    folded = "".join(VARIANTS.get(char, char) for char in folded)
    folded = _SPACES.sub("", folded.replace("\u3000", "").replace("\u00a0", ""))
    return "".join(char.upper() if char.isascii() else char for char in folded)


def normalize_name(text: str) -> str:
    """The name as the link compares it (see the module docstring)."""
    return _fold_characters(text)


def kanji_number(text: str) -> int | None:
    """``二十三`` → 23, ``百二`` → 102, ``一〇二`` → 102, ``23`` → 23; None if not a number."""
    if text.isascii() and text.isdigit():
        return int(text)
    if not text or any(c not in _KANJI_DIGITS and c not in _KANJI_UNITS for c in text):
        return None
    if not any(c in _KANJI_UNITS for c in text):  # positional: 一〇二
        return int("".join(str(_KANJI_DIGITS[c]) for c in text))
    total, digit, last_unit = 0, None, 10_000
    for char in text:
        if char in _KANJI_DIGITS:
            if digit is not None or char == "〇":
                return None  # 二三十, 〇十: not how a number is written with units
            digit = _KANJI_DIGITS[char]
        else:
            unit = _KANJI_UNITS[char]
            if unit >= last_unit:
                return None  # 十百, 十十
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    """Split into ("num", …), ("marker", …) and ("text", one character) tokens."""
    pos = 0
    while pos < len(text):
        for kind, pattern in (("num", _NUMERAL), ("marker", _MARKER)):
            found = pattern.match(text, pos)
            if found:
                yield kind, found.group()
                pos = found.end()
                break
        else:
            yield "text", text[pos]
            pos += 1


def _block_numbers(tokens: list[tuple[str, str]]) -> set[int]:
    """Indexes of the number tokens that are block numbers (rules of the docstring)."""
    chosen: set[int] = set()
    for i, (kind, value) in enumerate(tokens):
        if kind != "num" or kanji_number(value) is None:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ("end", "")
        before = tokens[i - 1] if i > 0 else ("start", "")
        strong_after = after[0] == "marker" and after[1][0] in "丁番号"
        hyphen_chain = (after[0] == "marker" and after[1] in (*_HYPHENS, "の")
                        and i + 2 < len(tokens)
                        and tokens[i + 2][0] == "num")
        continues = (before[0] == "marker" and i >= 2 and (i - 2) in chosen)
        if strong_after or hyphen_chain or continues:
            chosen.add(i)
    return chosen


def normalize_address(text: str) -> str:
    """The address as the link compares it (see the module docstring)."""
    folded = _fold_characters(text).translate(_SMALL_KE)
    tokens = list(_tokens(folded))
    blocks = _block_numbers(tokens)
    out: list[str] = []
    for i, (kind, value) in enumerate(tokens):
        if i in blocks:
            out.append(str(kanji_number(value)))
        elif kind == "marker" and i > 0 and (i - 1) in blocks:
            if value == "丁目":
                out.append("丁目")
            elif (i + 1) in blocks:
                out.append("-")
            elif value.startswith("番地") or value.startswith("番") or value == "号":
                continue  # trailing 番地/番/号: 123番地 = 123
            else:
                out.append(value)
        else:
            out.append(value)
    return "".join(out)


def match_key(name: str, birth_date: date | str, sex: str) -> str:
    """What the core system indexes people by: normalised name, ISO birth date, sex code.

    The address is compared apart (:func:`normalize_address`) because a lookup may omit it.
    """
    born = birth_date.isoformat() if isinstance(birth_date, date) else birth_date
    return f"{normalize_name(name)}|{born}|{sex}"
