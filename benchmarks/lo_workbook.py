"""A workbook shaped like the bundle, for LibreOffice to convert (``bench_render.py``).

One sheet per bundle page, each a form as a town hall would keep it in a spreadsheet: a
title, a header band and some forty rows of bordered label and value cells in a Mincho
face, with Japanese labels and a family's values, page set to A4 portrait and fitted to
one page. Written with openpyxl (a runtime dependency of the kiosk).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

# The Mincho faces LibreOffice may find through fontconfig, in order of preference:
# IPA明朝 is the usual desktop face (IPAmj明朝 has 60,000 glyphs to load, which would
# flatter the kiosk).
MINCHO_FACES = ("IPA明朝", "IPAMincho", "IPAmj明朝", "IPAmjMincho")

LABELS = ("氏名", "フリガナ", "生年月日", "性別", "続柄", "住所", "方書", "郵便番号",
          "電話番号", "前住所", "異動日", "届出日", "届出人", "世帯主", "本籍", "筆頭者",
          "国民健康保険", "国民年金", "児童手当", "転入学", "印鑑登録", "犬の登録",
          "水道", "備考")
VALUES = ("熊本 太郎", "クマモト タロウ", "昭和60年4月1日", "男", "世帯主",
          "熊本県〇〇郡〇〇町大字本町1234番地5", "", "861-0803", "0968-00-0000",
          "熊本県熊本市中央区手取本町1番1号", "令和8年4月6日", "令和8年4月6日", "本人",
          "熊本 太郎", "熊本県熊本市中央区", "熊本 太郎", "加入", "第1号", "2人",
          "第一小学校", "する", "1頭", "使用開始", "")


def mincho_face() -> str:
    """The first Mincho face fontconfig knows, else the first of the list."""
    try:
        families = subprocess.run(["fc-list", ":", "family"], capture_output=True,
                                  text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return MINCHO_FACES[0]
    known = {name.strip() for line in families.splitlines() for name in line.split(",")}
    return next((face for face in MINCHO_FACES if face in known), MINCHO_FACES[0])


def write_workbook(path: Path, sheets: int) -> tuple[Path, str]:
    """Write ``sheets`` form-like A4 sheets to ``path``; returns it and the face used."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    face = mincho_face()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    label_fill = PatternFill("solid", fgColor="E6E6E6")
    book = Workbook()
    book.remove(book.active)
    for number in range(1, sheets + 1):
        sheet = book.create_sheet(f"様式{number}")
        sheet.column_dimensions["A"].width = 14
        for column in "BCDEF":
            sheet.column_dimensions[column].width = 16
        title = sheet.cell(1, 1, f"住民異動届（様式{number}）")
        title.font = Font(name=face, size=16, bold=True)
        sheet.merge_cells(start_row=1, end_row=1, start_column=1, end_column=6)
        title.alignment = Alignment(horizontal="center")
        sheet.cell(2, 1, "〇〇町長　様").font = Font(name=face, size=11)
        sheet.cell(2, 6, f"受付番号 A-{number:03d}").font = Font(name=face, size=10)
        for row in range(4, 46):
            index = (row + number) % len(LABELS)
            label = sheet.cell(row, 1, LABELS[index])
            label.font = Font(name=face, size=10)
            label.fill = label_fill
            label.border = box
            for column in range(2, 7):
                cell = sheet.cell(row, column, VALUES[(index + column) % len(VALUES)])
                cell.font = Font(name=face, size=10)
                cell.border = box
                cell.alignment = Alignment(shrink_to_fit=True, vertical="center")
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_area = "A1:F45"
    book.save(path)
    return path, face
