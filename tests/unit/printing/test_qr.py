"""The small QR on each form holds exactly the visit id and form id, module for module."""

from __future__ import annotations

import re
from pathlib import Path

import segno
from printing_samples import CATALOG, VISIT, family_scenario, tennyu_plan

from forms.geometry import MARGIN_X, PAGE_W, TOP
from printing.bundle import render_bundle
from printing.raster import rasterize
from printing.render import qr_payload

DPI = 300


def test_form_qr_modules_match_the_payload(tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, catalog=CATALOG)
    page = rasterize(summary.path, DPI, 2, 2)[0]  # the 住民異動届
    expected = [list(r) for r in segno.make_qr(qr_payload(VISIT.id, "jumin_ido"), error="m",
                                                mask=0, boost_error=False).matrix]
    n = len(expected)
    size, left, top = 20.0, PAGE_W - MARGIN_X - 20, TOP - 1  # as drawn by the header
    module = size / (n + 4)  # two modules of quiet zone on each side
    px = DPI / 25.4
    seen = [
        [page.getpixel((round((left + (c + 2.5) * module) * px),
                        round((top + (r + 2.5) * module) * px))) < 128 for c in range(n)]
        for r in range(n)
    ]
    assert seen == [[bool(v) for v in row] for row in expected]
    assert re.fullmatch(r"[A-Za-z0-9:_]+", qr_payload(VISIT.id, "jumin_ido"))  # ids only
