"""A row of buttons that fits its width by breaking the longest texts onto two lines.

The top bar keeps one text size and has a fixed set of buttons, but their labels come in
every language: 「職員を呼ぶ」 is 130 px, "Tumawag ng staff" 320 px. When the row would
be wider than the window, the widest label that has a space is broken into two lines at
the space nearest its middle, then the next widest, until the row fits (a button is tall
enough for two lines of the bar's text). A wider window, or a shorter language, gets the
one-line labels back. The town's name and the text-size caption take part too. Spoken
texts are the accessible names, which are never broken.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

#: What a row fits: its buttons, and labels such as the town's name and a caption.
Fitted = QAbstractButton | QLabel


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle ("Tumawag ng\\nstaff"); a line
    does not start with a slash ("Wika / 言語 /\\nLanguage")."""
    spaces = [i for i, ch in enumerate(text) if ch == " " and text[i + 1:i + 2] != "/"]
    if not spaces:
        return text
    middle = len(text) / 2
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut].rstrip() + "\n" + text[cut + 1:].lstrip()


class ButtonRowFit(QObject):
    """Keeps the buttons of ``row`` (a widget with a horizontal layout) within its width."""

    def __init__(self, row: QWidget) -> None:
        super().__init__(row)
        self.row = row
        self._texts: dict[Fitted, str] = {}
        row.installEventFilter(self)

    def set_text(self, button: Fitted, text: str) -> None:
        """Give ``button`` its one-line text; the row is refitted."""
        self._texts[button] = text
        button.setText(text)
        self.refit()

    def needed_width(self) -> int:
        """The row's preferred width: every shown widget at its size hint, with the spacing
        and margins (summed here: invalidating the layout would relay out the window)."""
        layout = self.row.layout()
        assert layout is not None
        widths = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not widget.isHidden():
                hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
                widths.append(max(widget.minimumWidth(), min(hint.width(), widget.maximumWidth())))
        margins = layout.contentsMargins()
        return (sum(widths) + max(0, layout.spacing()) * max(0, len(widths) - 1)
                + margins.left() + margins.right())

    def refit(self) -> None:
        for button, text in self._texts.items():
            if button.text() != text:
                button.setText(text)
        while self.needed_width() > self.row.width():
            breakable = [b for b, text in self._texts.items()
                         if "\n" not in b.text() and " " in text.strip()]
            if not breakable:
                return  # nothing more to break: the layout check reports what is cut
            widest = max(breakable, key=lambda b: b.sizeHint().width())
            widest.setText(two_lines(self._texts[widest]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.row and event.type() == QEvent.Type.Resize:
            self.refit()
        return False
