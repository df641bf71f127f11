"""The guide sheet carries the waiting status page (address and QR code) when the town has one."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from pdftext import read_pages
from printing_samples import CATALOG, VISIT, family_scenario, tennyu_plan

from kiosk.app.waiting_board import status_url
from printing.bundle import render_bundle
from printing.raster import rasterize

URL = "https://town.example/shinsei/queue"


def test_the_status_page_is_printed_with_its_qr_code(tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, catalog=CATALOG,
                            status_url=URL)
    text = str(read_pages(summary.path)[0].text).replace(" ", "")
    assert "待ち状況（スマートフォンで確認できます）" in text and URL in text
    page = rasterize(summary.path, 200, 1, 1)[0]
    assert URL in {found.text for found in zxingcpp.read_barcodes(page)}


def test_without_a_status_page_nothing_is_printed(tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, catalog=CATALOG)
    assert "待ち状況" not in str(read_pages(summary.path)[0].text)


def test_the_status_url_follows_the_public_base_url() -> None:
    assert status_url("https://town.example/shinsei/") == URL
    assert status_url("https://town.example/shinsei") == URL
    assert status_url("") == status_url("  ") == ""
