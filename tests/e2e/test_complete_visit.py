"""One whole visit through every part at once, as the demo kiosk runs it.

Card (emulated, real protocol) → PIN → life event → questions → address → reading →
summary → preview → print (folder printer) → finished → welcome, with the real metrics
recorder and personal-data store on SQLite wired the way ``kiosk run`` wires them. It
checks what each part leaves behind: the printed bundle, the visit's events, the clerks'
copy without the 個人番号, an empty spool, and a wiped session.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel
from resident_driver import PROFILE, Resident
from sqlalchemy import select

from kiosk.app.metrics_services import MetricsServices, open_services
from kiosk.config import Config
from kiosk.logging_setup import setup_logging
from kiosk.paths import spool_dir
from kiosk.storage import migrate
from kiosk.storage.tables import VisitEvent
from kiosk.ui.kiosk_app import attach_metrics

pytestmark = pytest.mark.timeout(240)

ANSWERS: dict[str, Any] = {
    "from_area": "other_pref", "has_mnc": True, "insurance": "national", "pregnant": False,
    "kaigo_nintei": False, "in_childcare": False, "disability_book": False,
    "single_parent": False, "public_servant": False, "wants_inkan": True, "town_water": True,
    "has_dog": False, "has_moped": False, "wants_certificate": False, "foreign_national": False,
    "claimant": "self",
}


@pytest.fixture
def kiosk(qtbot: Any, isolated_dirs: Path,
          tmp_path: Path) -> Iterator[tuple[Resident, MetricsServices, Path]]:
    printed = tmp_path / "printed"
    config = (Config().replace("ui", language="ja")
              .replace("printer", backend="folder", folder=str(printed))
              .replace("database", url=f"sqlite:///{tmp_path / 'town.sqlite3'}"))
    setup_logging("DEBUG")  # the real log file, under the test's KIOSK_HOME
    driver = Resident(qtbot, config)
    # As `kiosk run` does with card.read_my_number (the 国保 form legally needs the number).
    driver.window.screens["pin_entry"].read_number = config.card.read_my_number
    metrics = open_services(config)
    migrate.upgrade(metrics.engine)
    attach_metrics(driver.window, metrics)
    yield driver, metrics, printed
    driver.window.allow_close()
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    metrics.close()


def test_a_whole_visit_from_card_to_printed_forms(
        kiosk: tuple[Resident, MetricsServices, Path]) -> None:
    resident, metrics, printed = kiosk
    session = resident.window.session
    resident.sign_in_with_card()
    visit_id, ticket = session.visit_id, session.ticket
    assert visit_id and ticket == "1"
    my_number = session.my_numbers["self"]
    resident.choose_event("IN")
    resident.tap(resident.screen("household").continue_button)
    resident.wait_for("questions")
    resident.answer_questions(ANSWERS)
    resident.type_new_address("関町", "12")
    resident.confirm_reading()

    resident.tap(resident.screen("summary").print_button)
    resident.wait_for("preview")
    preview = resident.screen("preview")
    resident.qtbot.waitUntil(lambda: preview.state == "ready", timeout=60_000)
    assert preview.document.pageCount() > 3
    resident.tap(preview.print_button)
    resident.take_card_back()
    assert resident.took_card
    finished = resident.screen("finished")
    assert ticket in [label.text() for label in finished.findChildren(QLabel)]

    # The printer got one bundle, with the resident's data on the forms.
    pdfs = list(printed.glob("*.pdf"))
    assert len(pdfs) == 1 and PROFILE.name not in pdfs[0].name
    text = "".join(page.extract_text() or "" for page in PdfReader(pdfs[0]).pages)
    assert PROFILE.name.replace("\u3000", "") in text.replace(" ", "").replace("\u3000", "")
    boxes = re.sub(r"[\s-]", "", text)  # one digit a box, 4-4-4 with hyphens
    assert "国民健康保険" in text
    assert my_number in boxes, "the 国保 form carries the number"

    resident.tap(resident.screen("finished").done_button)
    resident.wait_for("welcome")
    assert not session.has_personal_data and session.visit_id is None

    with metrics.engine.connect() as connection:
        kinds = [row.kind for row in connection.execute(
            select(VisitEvent.kind).where(VisitEvent.visit_id == visit_id)
            .order_by(VisitEvent.occurred_at, VisitEvent.id))]
    assert kinds == ["visit_started", "identified", "navigation_done", "forms_printed"]
    copy = metrics.personal.read(visit_id, staff_id="e2e", terminal_id="test")
    assert copy is not None and copy["event"] == "IN"
    assert my_number not in json.dumps(dict(copy), ensure_ascii=False)
    # Nothing with personal data is left waiting in the spool.
    assert not [p for p in spool_dir().rglob("*.pdf")]
    # The number is in no database file, outbox or log line (番号法): only on paper.
    home = spool_dir().parent.parent
    assert (home / "logs" / "kiosk.log").stat().st_size > 0, "the log was written"
    for path in [*home.rglob("*"), *printed.parent.glob("*.sqlite3*")]:
        if path.is_file() and path.suffix != ".pdf":
            assert my_number.encode() not in path.read_bytes(), path.name


def test_pulling_the_card_mid_visit_wipes_everything(
        kiosk: tuple[Resident, MetricsServices, Path]) -> None:
    resident, metrics, _printed = kiosk
    session = resident.window.session
    resident.sign_in_with_card()
    visit_id = session.visit_id
    resident.choose_event("IN")
    assert session.resident is not None
    resident.backend.remove()
    resident.wait_for("welcome")
    assert not session.has_personal_data
    with metrics.engine.connect() as connection:
        kinds = [row.kind for row in connection.execute(
            select(VisitEvent.kind).where(VisitEvent.visit_id == visit_id)
            .order_by(VisitEvent.occurred_at, VisitEvent.id))]
    assert kinds[-1] == "left", "an abandoned visit is closed"
