"""The overall step bar of a visit: 「① 本人確認 ② 手続きを選ぶ ③ 質問 ④ 確認 ⑤ 印刷」.

The window shows it above every wizard screen, with the current step highlighted (and the
question count inside step ③ while questions are asked). Each screen says which step it
belongs to (``Screen.visit_step``, 0: no bar, e.g. the welcome screen) and, if it wants,
a detail for it (``Screen.step_detail``), so no code dispatches on a screen id.

The five labels share the width equally and wrap their words: at the largest text size
and in long languages the bar grows taller instead of clipping. The card and PIN screens
(step ①, where the keypad needs the whole height at 特大) and the pre-application scan
show no bar: it appears from the first screen after identification, with ① done.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

STEP_COUNT = 5
_MARKS = "①②③④⑤"


class StepBar(QWidget):
    """Five steps in a row; ``show_step(n, detail)`` highlights step ``n`` (1–5)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        self.current = 0
        self.detail = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 2, 24, 2)
        row.setSpacing(8)
        self.labels: list[QLabel] = []
        for number in range(1, STEP_COUNT + 1):
            label = QLabel(self)
            label.setObjectName(f"step{number}")
            label.setProperty("role", "step")
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            row.addWidget(label, 1)
            self.labels.append(label)
        self.retranslate_ui()

    def names(self) -> list[str]:
        return [self.tr("Identification"), self.tr("Choose the procedure"),
                self.tr("Questions"), self.tr("Check"), self.tr("Print")]

    def show_step(self, step: int, detail: str = "") -> None:
        """Highlight ``step`` (0 hides the bar); ``detail`` is shown inside it."""
        self.current, self.detail = step, detail
        self.setVisible(step > 0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = self.names()
        for number, label in enumerate(self.labels, start=1):
            name = names[number - 1]
            current = number == self.current
            text = f"{_MARKS[number - 1]} {name}"
            if current and self.detail:
                text = f"{text}（{self.detail}）" if _is_cjk(name) else f"{text} ({self.detail})"
            label.setText(text)
            if label.property("current") != current:
                label.setProperty("current", current)
                style = label.style()
                style.unpolish(label)
                style.polish(label)
            label.setAccessibleName(
                self.tr("Step %1 of %2: %3").replace("%1", str(number))
                .replace("%2", str(STEP_COUNT)).replace("%3", text[2:])
                + (self.tr(" (you are here)") if current else ""))
        self.setAccessibleName(self.tr("Steps of your visit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _is_cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)
