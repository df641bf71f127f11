"""One household member as a line of the household screen's list.

A member the record holds shows the registered kanji with the kana beneath (one width for
every name, so the dates line up), like a foreign resident's registered Latin name (which
wraps between its words when long); a member typed in kana shows the kana alone. Each
line has "Remove"; a member typed at the kiosk also "Edit" (the record's people are the
town's: they are only left out here, and corrected at the counter); and at a death, when
the list came from the record, a one-tap "This person passed away" that stays marked on
the person chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.app.session import Member
from kiosk.app.visit import relation_label
from kiosk.domain.era import to_wareki
from kiosk.i18n import translate
from kiosk.navigation.scenario import Status
from kiosk.ui.widgets.factories import make_button
from kiosk.ui.wizard.common import language

#: Names up to this many characters keep the details beside them in one column.
NAME_COLUMN_CHARACTERS = 7


class MemberRow(QWidget):
    remove_tapped = Signal(str)  # member id
    edit_tapped = Signal(str)  # member id
    deceased_tapped = Signal(str)  # member id

    def __init__(self, member: Member, parent: QWidget, *, picks_deceased: bool) -> None:
        super().__init__(parent)
        self.setObjectName(f"memberRow_{member.id}")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        lang = language()
        born = member.birth_date
        parts = [relation_label(member.relation, lang), member.name,
                 to_wareki(born).format_ja() if lang == "ja" else born.isoformat(),
                 translate("Sex", member.sex.label_source, lang)]
        if member.status is Status.DECEASED and not picks_deceased:
            parts.append(self.tr("(passed away)"))  # the picked button says it otherwise
        if member.furigana and member.furigana != member.name:
            parts.remove(member.name)  # the record's kanji, the kana beneath
            row.addWidget(self._names(member))
        text = QLabel("  ".join(parts), self)
        text.setObjectName(f"member_{member.id}")
        text.setWordWrap(True)
        row.addWidget(text, 1)
        self.deceased_button: QPushButton | None = None
        if picks_deceased:
            pick = make_button(f"deceased_{member.id}", self, role="pick", checkable=True)
            pick.setChecked(member.status is Status.DECEASED)
            pick.setText(("✓ " if pick.isChecked() else "") + self.tr("This person passed away"))
            pick.setAccessibleName(self.tr("%1 passed away").replace("%1", member.name))
            pick.clicked.connect(lambda _=False: self.deceased_tapped.emit(member.id))
            row.addWidget(pick)
            self.deceased_button = pick
        self.edit_button: QPushButton | None = None
        if not member.record_key:
            self.edit_button = self._edit_button(member)
            row.addWidget(self.edit_button)
        self.remove_button = make_button(f"remove_{member.id}", self, role="danger")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", member.name))
        self.remove_button.clicked.connect(lambda _=False: self.remove_tapped.emit(member.id))
        row.addWidget(self.remove_button)

    def _edit_button(self, member: Member) -> QPushButton:
        button = make_button(f"edit_{member.id}", self)
        button.setText(self.tr("Edit"))
        button.setAccessibleName(self.tr("Edit %1").replace("%1", member.name))
        button.clicked.connect(lambda _=False: self.edit_tapped.emit(member.id))
        return button

    def _names(self, member: Member) -> QWidget:
        names = QWidget(self)
        column = QVBoxLayout(names)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        name = QLabel(member.name, names)
        name.setObjectName(f"memberName_{member.id}")
        name.setProperty("role", "subtitle")
        name.setWordWrap(True)  # a long registered Latin name breaks between its words
        kana = QLabel(member.furigana, names)
        kana.setObjectName(f"memberKana_{member.id}")
        kana.setProperty("role", "hint")
        column.addWidget(name)
        column.addWidget(kana)
        name.ensurePolished()
        names.setMinimumWidth(name.fontMetrics().horizontalAdvance("国" * NAME_COLUMN_CHARACTERS))
        return names
