"""The overall step bar of a visit: 「① 本人確認 ② 手続きを選ぶ ③ 質問 ④ 確認 ⑤ 印刷」.

The window shows it above every wizard screen, with the current step highlighted (and the
question count inside step ③ while questions are asked). Each screen says which step it
belongs to (``Screen.visit_step``, 0: no bar, e.g. the welcome screen) and, if it wants,
a detail for it (``Screen.step_detail``), so no code dispatches on a screen id.

The five labels share the width equally when each fits on one line. When one would wrap
(the largest text size, a long language, a narrow window), the bar turns compact: the
other steps show only their number and the current one takes the rest of the row, so the
bar stays one line high and leaves the height to the screen below (a keyboard at 特大 on
a 1280×800 tablet needs all of it). Screen readers hear every step's name either way.

The card and PIN screens (step ①, where the keypad needs the whole height at 特大) and
the pre-application scan show no bar: it appears from the first screen after
identification, with ① done.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
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
        self.compact = False
        row = self._row = QHBoxLayout(self)
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

    def _texts(self) -> list[str]:
        texts = []
        for number, name in enumerate(self.names(), start=1):
            text = f"{_MARKS[number - 1]} {name}"
            if number == self.current and self.detail:
                text = f"{text}（{self.detail}）" if _is_cjk(name) else f"{text} ({self.detail})"
            texts.append(text)
        return texts

    def _wraps(self, texts: list[str]) -> bool:
        """Would a step's label wrap with the row shared equally?"""
        margins = self._row.contentsMargins()
        share = (self.width() - margins.left() - margins.right()
                 - self._row.spacing() * (STEP_COUNT - 1)) / STEP_COUNT
        padding = 20  # the label's own padding (theme: 6 px a side) and some slack
        for number, (label, text) in enumerate(zip(self.labels, texts, strict=True), start=1):
            label.ensurePolished()  # the theme's size for steps, not the default font
            font = QFont(label.font())
            font.setBold(number == self.current)  # the current step is drawn bold
            if QFontMetrics(font).horizontalAdvance(text) + padding > share:
                return True
        return False

    def retranslate_ui(self) -> None:
        texts = self._texts()
        # Hidden (the welcome screen, the kiosk's first frame): nothing to fit yet, and
        # measuring polishes every label against the style sheet; show_step measures.
        self.compact = self.current > 0 and self._wraps(texts)
        for number, (label, text) in enumerate(zip(self.labels, texts, strict=True), start=1):
            current = number == self.current
            shown = text if current or not self.compact else _MARKS[number - 1]
            if label.text() != shown:
                label.setText(shown)
            # Compact: the numbers take their own width, the current step the rest.
            grows = current or not self.compact
            policy = QSizePolicy.Policy.Ignored if grows else QSizePolicy.Policy.Fixed
            if label.sizePolicy().horizontalPolicy() != policy:  # (each change relays out)
                label.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
            if self._row.stretch(number - 1) != int(grows):
                self._row.setStretch(number - 1, int(grows))
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._wraps(self._texts()) != self.compact:
            self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        # A new language, or a new text size (the style sheet changes the font).
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self.retranslate_ui()
        super().changeEvent(event)


def _is_cjk(text: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)
