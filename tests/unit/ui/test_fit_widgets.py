"""The fit helpers: the step bar turns compact instead of wrapping, and a title takes one
size smaller instead of a second line above a keypad."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.widgets.fit import TitleFit
from kiosk.ui.widgets.step_bar import StepBar


def _styled(qtbot: Any, size: int) -> QWidget:
    host = QWidget()
    host.setStyleSheet(theme.stylesheet(size, high_contrast=False))
    QVBoxLayout(host)
    qtbot.addWidget(host)
    return host


def test_the_step_bar_keeps_one_line_and_every_steps_name_for_screen_readers(
        qtbot: Any) -> None:
    host = _styled(qtbot, 0)
    bar = StepBar(host)
    layout = host.layout()
    assert layout is not None
    layout.addWidget(bar)
    bar.show_step(3, "2 / 14")
    host.resize(1920, 120)
    host.show()
    qtbot.waitUntil(lambda: bar.width() > 1800)
    bar.retranslate_ui()
    assert not bar.compact
    assert [label.text()[0] for label in bar.labels] == list("①②③④⑤")
    assert all(len(label.text()) > 2 for label in bar.labels), "wide: every name shown"

    host.resize(500, 120)
    qtbot.waitUntil(lambda: bar.compact)
    texts = [label.text() for label in bar.labels]
    assert texts[0] == "①" and texts[3:] == ["④", "⑤"], "narrow: the numbers only"
    assert texts[2].startswith("③") and "2 / 14" in texts[2], "and the current step"
    assert all(name in label.accessibleName()
               for name, label in zip(bar.names(), bar.labels, strict=True)), \
        "screen readers hear every name"


def test_a_title_too_long_for_one_line_takes_the_smaller_size(qtbot: Any) -> None:
    host = _styled(qtbot, 2)
    title = QLabel(host)
    title.setProperty("role", "title")
    title.setWordWrap(True)
    fit = TitleFit(title)
    layout = host.layout()
    assert layout is not None
    layout.addWidget(title)
    host.resize(1200, 300)
    host.show()
    qtbot.waitExposed(host)
    title.setText("PIN")
    fit.refit()
    assert title.property("role") == "title"
    title.setText("Nhập mã PIN 4 chữ số của thẻ My Number vào đây, rồi chạm OK")
    fit.refit()
    assert title.property("role") == "subtitle"
    fit.refit()  # decided on the title size's width: it stays put
    assert title.property("role") == "subtitle"
    title.setText("PIN")
    fit.refit()
    assert title.property("role") == "title"
