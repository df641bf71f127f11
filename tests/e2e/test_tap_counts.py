"""Today's count, the figure issue 12 starts from: a family-of-four 転入 with the card and
no core system, every member typed, through the printed bundle.

The same visit with the core system (tests/e2e/test_core_link_flows.py) is judged
against it; both print their counts. Issue 15: each member's family name now comes
proposed from the card holder's reading (12 kana keys and taps fewer), and the visit
ends with 「マイナンバーカードをお取りください」, left by lifting the card: no tap added.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from resident_driver import Resident
from test_resident_flows import TENNYU_ANSWERS

from kiosk.config import Config

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def resident(qtbot: Any, isolated_dirs: Any, tmp_path: Path) -> Iterator[Resident]:
    config = (Config().replace("ui", language="ja")
              .replace("printer", backend="folder", folder=str(tmp_path / "printed")))
    driver = Resident(qtbot, config)
    yield driver
    driver.window.allow_close()
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_tennyu_family_of_four_without_the_core_system(resident: Resident,
                                                        tmp_path: Path) -> None:
    resident.sign_in_with_card()
    resident.choose_event("IN")
    resident.add_member("夫", "サトウ タロウ", "昭和", ("58", "3", "3"), male=True)
    resident.add_member("子", "サトウ イチロウ", "平成", ("27", "5", "20"), male=True)
    resident.add_member("子", "サトウ サクラ", "令和", ("3", "3", "10"), male=False)
    resident.tap(resident.screen("household").continue_button)
    resident.wait_for("questions")
    resident.answer_questions(TENNYU_ANSWERS)
    resident.wait_for("new_address")
    resident.type_new_address("関町", "1234-5")
    resident.confirm_reading()
    resident.print_bundle()
    print(f"\n転入 family of four without the core system: {resident.taps} taps, "
          f"{resident.characters} characters typed")
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 1
    assert resident.took_card, "the visit asked for the card back"
    # 10 kana keys (given names; サトウ proposed, was 22 typing it three times), 13 digits of
    # birth dates, 6 keys of 番地
    assert resident.characters == resident.window.session.characters_typed == 10 + 13 + 6
