"""The QR page with the real codec: the code the page shows is the kiosk's scenario,
signed with the town's key, and reads back with the kiosk's decoder."""

from __future__ import annotations

import base64
import re
import warnings
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.navigation.engine import Navigator
from kiosk.prefill import decode_image, generate_pair, load_signing_key, load_verify_keys, read_code
from kiosk.web.app import WebSettings, create_app
from kiosk.web.qr import code_maker, prefill_downloads, state_key_from_file

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TODAY = date(2026, 4, 6)


@pytest.fixture
def real_client(tmp_path: Path, navigator: Navigator) -> tuple[TestClient, Path]:
    private, _public = generate_pair(tmp_path)
    app = create_app(navigator, WebSettings(state_key_from_file(private)),
                     code_maker(load_signing_key(private), navigator.catalog, 14,
                                today=lambda: TODAY),
                     prefill_downloads(), today=lambda: TODAY)
    return TestClient(app), tmp_path


def test_the_shown_code_reads_back_as_the_visit(real_client: tuple[TestClient, Path],
                                                navigator: Navigator, make_driver: Any) -> None:
    client, folder = real_client
    driver = make_driver(client)
    driver.post("next")
    driver.resident()
    driver.post("next", event="IN")
    driver.add_member("南関 花子", "ナンカン ハナコ", date(1988, 11, 2), "2", "妻")
    driver.post("next")
    driver.answer_all({})
    driver.post("next", oaza="関町", banchi="1234-5", katagaki="")
    page = driver.post("next")
    shown = re.search(r'src="data:image/png;base64,([^"]+)"', page.text)
    assert shown
    texts = decode_image(base64.b64decode(shown.group(1)))
    assert len(texts) == 1
    code = read_code(texts[0], keys=load_verify_keys(folder), today=TODAY,
                     catalog_version=navigator.catalog.town.catalog_version)
    assert code.scenario["event"] == "IN"
    assert code.scenario["resident"]["furigana"] == "ナンカン　タロウ"
    assert [m["relation"] for m in code.scenario["household"]] == ["妻"]
    assert code.scenario["new_address"]["oaza"] == "関町"
    assert code.language == "ja" and code.expires == date(2026, 4, 20)
    assert "2026-04-20" in page.text
    png = client.post("/code.png", data={"state": page.state})
    assert decode_image(png.content) == texts
    pdf = client.post("/code.pdf", data={"state": page.state})
    assert pdf.content.startswith(b"%PDF")


def test_a_page_from_a_server_with_another_key_is_refused(
        real_client: tuple[TestClient, Path], client: TestClient, driver: Any) -> None:
    other, _ = real_client
    driver.post("next")
    response = other.post("/wizard", data={"state": driver.page.state, "action": "next"})
    assert response.status_code == 400
