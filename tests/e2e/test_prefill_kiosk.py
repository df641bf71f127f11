"""「事前に入力した方」 at the real kiosk window: scan, card, PIN, print, in at most 6 taps.

The code is made with a key pair in a temporary folder, typed by the "scanner" as key
events into the window, and the card is the in-process emulator. Each refusal is
asserted with its own sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prefill_driver import PrefillResident, TownKeys, prefill_config, tampered, truncated
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.prefill import PrefillError

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def keys(tmp_path: Path) -> TownKeys:
    return TownKeys(tmp_path / "keys")


@pytest.fixture
def resident(qtbot: Any, isolated_dirs: Any, tmp_path: Path,
             keys: TownKeys) -> Iterator[PrefillResident]:
    driver = PrefillResident(qtbot, prefill_config(keys.folder, tmp_path / "printed"))
    yield driver
    driver.window.allow_close()
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_scan_at_the_welcome_screen_then_card_pin_and_print_in_six_taps(
        resident: PrefillResident, keys: TownKeys, tmp_path: Path) -> None:
    resident.scan(keys.code())
    resident.card_and_pin()
    resident.print_prefilled()
    print(f"\npre-application from the scan to the print command: {resident.taps} taps")
    assert resident.taps <= 6
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 1
    session = resident.window.session
    assert session.characters_typed == 0
    assert session.channel == "pre_application"


def test_a_scan_in_lower_case_with_the_focus_on_the_top_bar_still_goes_on(
        resident: PrefillResident, keys: TownKeys) -> None:
    # A tap on the text size focuses that button; Caps Lock makes the scanner type lower case.
    resident.tap(resident.window.size_buttons[1])
    resident.scan(keys.code().lower())
    resident.wait_for("card_insert")
    assert resident.window.session.prefill is not None


def test_a_burst_without_enter_at_the_welcome_screen_goes_nowhere(
        resident: PrefillResident, keys: TownKeys, qtbot: Any) -> None:
    from PySide6.QtTest import QTest

    scanner = resident.screen("welcome").scanner
    with qtbot.waitSignal(scanner.discarded, timeout=5_000):
        QTest.keyClicks(resident.window.focusWidget() or resident.window, keys.code()[:40])
    assert resident.at == "welcome" and not resident.window.session.has_personal_data


# ---------------------------------------------------------------------- refusals
# Each refusal in the resident's language (ja), one sentence of its own; the codec's come
# from its own translations (kiosk.prefill, context Prefill).
KIOSK_SENTENCES = {
    "replayed": "このコードは本日すでに印刷されています。もう一度印刷するには職員にお声がけください。",
    "mismatch": "カードとコードで氏名、生年月日が違うため、同じ方と確認できません。",
}


def codec_sentence(reason: str) -> str:
    return PrefillError(reason).message("ja")


@pytest.mark.parametrize(("make", "reason"), [
    (lambda keys, other: tampered(keys.code()), "signature"),
    (lambda keys, other: keys.expired_code(), "expired"),
    (lambda keys, other: other.code(), "foreign_key"),
    (lambda keys, other: truncated(keys.code()), "damaged"),
    (lambda keys, other: keys.code(catalog_version=2), "newer_catalog"),
], ids=["tampered", "expired", "foreign_key", "truncated", "newer_catalog"])
def test_a_code_the_kiosk_cannot_use_is_refused_with_its_own_sentence(
        resident: PrefillResident, keys: TownKeys, tmp_path: Path, make: Any,
        reason: str) -> None:
    other = TownKeys(tmp_path / "other-town")
    resident.tap(resident.screen("welcome").start_prefill)
    resident.wait_for("prefill_scan")
    resident.scan(make(keys, other))
    assert resident.refusal_text("prefill_scan") == codec_sentence(reason)
    screen = resident.screen("prefill_scan")
    assert not screen.refusal.reprint_button.isVisible()
    assert screen.refusal.staff_button.isVisible()
    # The way back: scan again, and a good code goes on to the card.
    resident.tap(screen.refusal.again_button)
    resident.scan(keys.code())
    resident.wait_for("card_insert")


def test_a_card_of_someone_else_is_refused_naming_only_what_differs(
        resident: PrefillResident, keys: TownKeys) -> None:
    resident.scan(keys.code(name="鈴木 花子", birth_date="1985-04-13"))
    resident.card_and_pin()
    resident.wait_for("prefill_review")
    shown = resident.refusal_text("prefill_review")
    assert shown == KIOSK_SENTENCES["mismatch"]
    assert "鈴木" not in shown and "1985" not in shown
    review = resident.screen("prefill_review")
    assert review.refusal.staff_button.isVisible()
    assert resident.window.session.household == []  # the code's answers were not loaded
    resident.tap(review.refusal.again_button)
    resident.wait_for("welcome")
    assert not resident.window.session.has_personal_data


@pytest.fixture
def shared_prints(db_url: str) -> Iterator[Any]:
    from kiosk.app.prefill_replay import DatabasePrefillPrints
    from kiosk.storage import migrate
    from kiosk.storage.db import make_engine

    engine = make_engine(db_url)
    migrate.upgrade(engine)
    yield lambda terminal: DatabasePrefillPrints(engine, terminal)
    engine.dispose()


def test_a_code_printed_at_one_window_is_refused_at_another_until_staff_allow(
        resident: PrefillResident, keys: TownKeys, tmp_path: Path, qtbot: Any,
        shared_prints: Any) -> None:
    resident.window.services.attach_prefill_prints(shared_prints("kiosk-a"))
    second = PrefillResident(qtbot, prefill_config(keys.folder, tmp_path / "printed"))
    second.window.services.attach_prefill_prints(shared_prints("kiosk-b"))
    try:
        code = keys.code()
        resident.scan(code)
        resident.card_and_pin()
        resident.print_prefilled()

        second.scan(code)
        assert second.refusal_text("prefill_scan") == KIOSK_SENTENCES["replayed"]
        assert second.screen("prefill_scan").refusal.reprint_button.isVisible()
        second.allow_reprint()
        second.card_and_pin()
        second.print_prefilled()
        assert len(list((tmp_path / "printed").glob("*.pdf"))) == 2

        # The allowance is used up: a third print is refused again.
        second.tap(second.screen("finished").done_button)
        second.wait_for("welcome")
        second.scan(code)
        assert second.refusal_text("prefill_scan") == KIOSK_SENTENCES["replayed"]
    finally:
        second.window.allow_close()
        second.window.close()


# ---------------------------------------------------------------------- the channel
def test_the_visit_is_recorded_in_the_pre_application_channel(
        resident: PrefillResident, keys: TownKeys, tmp_path: Path) -> None:
    from sqlalchemy import select

    from kiosk.app.metrics_services import open_services
    from kiosk.config import Config
    from kiosk.storage import migrate
    from kiosk.storage.tables import Visit, VisitEvent
    from kiosk.visits.lifecycle import run_now

    config = Config().replace("database", url=f"sqlite:///{tmp_path / 'c.sqlite3'}",
                              outbox_url=f"sqlite:///{tmp_path / 'o.sqlite3'}")
    metrics = open_services(config)
    migrate.upgrade(metrics.engine)
    resident.window.services.attach_visits(metrics.recorder, metrics.personal, run_now)
    try:
        resident.scan(keys.code())
        resident.card_and_pin()
        resident.print_prefilled()
        visit_id = resident.window.session.visit_id
        assert visit_id is not None
        with metrics.engine.connect() as connection:
            channel = connection.execute(
                select(Visit.channel).where(Visit.id == visit_id)).scalar_one()
            events = connection.execute(
                select(VisitEvent.kind, VisitEvent.method)
                .where(VisitEvent.visit_id == visit_id)
                .order_by(VisitEvent.occurred_at, VisitEvent.id)).all()
        assert channel == "pre_application"
        assert [tuple(e) for e in events] == [
            ("visit_started", None), ("identified", "pre_application"),
            ("navigation_done", None), ("forms_printed", None)]
    finally:
        metrics.close()
