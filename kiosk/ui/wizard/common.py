"""Small pieces every wizard screen uses, so the screens look and behave alike.

* :class:`ChoiceButton`: a large button whose text *wraps* (a plain QPushButton clips long
  labels at the largest text size), with an optional symbol and a second line.
* :func:`header`: the screen's title and one-sentence hint.
* :func:`bottom_row`: the back button (every screen has one: no dead ends).
* :func:`scroll_area`: for lists that may outgrow the screen at the largest text size.
* :func:`person_name`: how a household member is named on screen ("妻 ハナコ", "you").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.visit import relation_label
from kiosk.navigation.scenario import SELF_ID, Person
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.ruby import RubyButton
from kiosk.ui.widgets.factories import make_button, make_label
from kiosk.ui.widgets.fit import FitStack, fit_scroll


def language() -> str:
    """The language shown now (catalog texts are data in both languages, not tr())."""
    return LanguageSwitcher.shared().current


def _label(parent: QWidget, name: str, role: str = "") -> QLabel:
    label = make_label(name, parent, role)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    return label


class ChoiceButton(RubyButton):
    """A big answer button with wrapping text: symbol | title / detail."""

    def __init__(self, name: str, parent: QWidget, role: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(20)
        self.symbol = _label(self, f"{name}Symbol", "title")
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.symbol.setWordWrap(False)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.title = _label(self, f"{name}Title", "subtitle")
        self.detail = _label(self, f"{name}Detail", "")
        column.addWidget(self.title)
        column.addWidget(self.detail)
        row.addWidget(self.symbol)
        row.addLayout(column, 1)

    def set_texts(self, title: str, detail: str = "", symbol: str = "") -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.symbol.setText(symbol)
        self.symbol.setVisible(bool(symbol))
        self.setAccessibleName(f"{title}. {detail}" if detail else title)
        # The layout holding the button caches its height for a width; new texts change it
        # (the labels tell only the button's own layout).
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        return max(self.minimumHeight(), layout.totalHeightForWidth(width),
                   self._column_height_for(width))

    def _column_height_for(self, width: int) -> int:
        """The labels' height at the column's real width: the row's own estimate gives the
        symbol its size hint, narrower than it is drawn, and a detail with ruby then wants
        a line more than it was given."""
        row = self.layout()
        assert row is not None
        margins = row.contentsMargins()
        column = width - margins.left() - margins.right()
        if self.symbol.isVisibleTo(self):
            column -= max(self.symbol.width(), self.symbol.sizeHint().width()) + row.spacing()
        column = max(1, column)
        labels = [label for label in (self.title, self.detail) if label.isVisibleTo(self)]
        height = sum(label.heightForWidth(column) if label.hasHeightForWidth()
                     else label.sizeHint().height() for label in labels)
        return height + 4 * (len(labels) - 1) + margins.top() + margins.bottom()

    # QPushButton's own hints ignore child widgets: take the labels' layout instead
    # (never calling the base hints, which call each other virtually).
    def sizeHint(self) -> QSize:
        layout = self.layout()
        assert layout is not None
        return layout.totalSizeHint().expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        assert layout is not None
        return layout.totalMinimumSize().expandedTo(self.minimumSize())


class PageStack(FitStack):
    """A screen's pages, sized by the page shown (:class:`~kiosk.ui.widgets.fit.FitStack`)."""


def show_message(label: QLabel, text: str) -> None:
    """Set a warning or hint and take no room when there is none (screens are full)."""
    label.setText(text)
    label.setVisible(bool(text))


def header(parent: QWidget, name: str) -> tuple[QLabel, QLabel]:
    """Title and hint labels, added by the caller to its layout."""
    return make_label(f"{name}Title", parent, "title"), make_label(f"{name}Hint", parent, "hint")


def bottom_row(parent: QWidget, back: QPushButton, *others: QWidget) -> QHBoxLayout:
    """Back on the left (always in the same place), other actions on the right."""
    row = QHBoxLayout()
    row.setSpacing(24)
    row.addWidget(back)
    row.addStretch(1)
    for widget in others:
        row.addWidget(widget)
    return row


def back_button(parent: QWidget, name: str = "backButton") -> QPushButton:
    return make_button(name, parent)


def set_back_text(button: QPushButton) -> None:
    text = QCoreApplication.translate("WizardCommon", "← Back")
    button.setText(text)
    button.setAccessibleName(QCoreApplication.translate("WizardCommon", "Back to the previous step"))


def scroll_area(parent: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless vertical scroll area and the layout to fill (:func:`fit_scroll`)."""
    return fit_scroll(parent, name)


def scroll_content(area: QScrollArea) -> QWidget:
    """The widget inside a scroll area made by :func:`scroll_area`."""
    widget = area.widget()
    assert widget is not None
    return widget


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in a layout (lists rebuilt on each visit)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            # Out of the widget tree at once (a wiped name must not linger until the
            # event loop runs), then deleted.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def join_names(names: list[str]) -> str:
    """A list of people as the language writes it (、 in Japanese)."""
    return ("、" if language().split("-", maxsplit=1)[0] == "ja" else ", ").join(names)


def person_name(person: Person) -> str:
    """The person as the resident sees them: relation and name (the resident: you)."""
    if person.id == SELF_ID:
        return QCoreApplication.translate("WizardCommon", "You")
    relation = relation_label(person.relation, language())
    return f"{relation} {person.name}".strip()
