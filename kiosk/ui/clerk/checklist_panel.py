"""This counter's procedures for the open visit: the documents to check, the ID to see,
the clerk checklist, the forms, and the flags the print raised (text that did not fit,
characters the font lacks), and the procedures to check at the counter because the resident
answered 「わからない」 (the plan kept them on the safe side; the questions are listed so the
clerk asks them). Ticking items is a working aid only; nothing is stored."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from forms.layout import get_layout
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher


def form_title(form_id: str) -> str:
    try:
        return get_layout(form_id).title
    except KeyError:
        return form_id


class ChecklistPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.stop: Any = None
        self.flags: list[Any] = []
        self.missing: list[str] = []
        self.questions: Mapping[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(self)
        self.notice.setObjectName("checklistNotice")
        self.notice.setProperty("role", "hint")
        self.notice.setWordWrap(True)
        self.procedure_tree = QTreeWidget(self)
        self.procedure_tree.setObjectName("procedure_tree")
        self.procedure_tree.setHeaderHidden(True)
        self.flags_title = QLabel(self)
        self.flags_title.setObjectName("flagsTitle")
        self.flags_title.setProperty("role", "subtitle")
        self.flag_list = QListWidget(self)
        self.flag_list.setObjectName("flag_list")
        self.flag_list.setMaximumHeight(140)
        for widget in (self.notice, self.procedure_tree, self.flags_title, self.flag_list):
            layout.addWidget(widget)
        layout.setStretch(1, 1)
        self.retranslate_ui()

    def flag_text(self, flag: Any) -> str:
        kinds = {
            "missing_glyph": self.tr("characters the font lacks (write them by hand at 〓)"),
            "overflow": self.tr("text did not fit its box"),
            "table_overflow": self.tr("more people than rows: use an extra sheet"),
        }
        return f"{form_title(flag.form_id)} / {flag.field}: {kinds.get(flag.kind, flag.kind)}"

    def retranslate_ui(self) -> None:
        self.procedure_tree.setAccessibleName(self.tr("Procedures, documents and checklist"))
        self.flags_title.setText(self.tr("Flags from the print"))
        self.flag_list.setAccessibleName(self.tr("Flags from the print"))
        self._render()

    def show_stop(self, stop: Any, flags: Sequence[Any], missing: Sequence[str],
                  routed_here: bool = True, questions: Mapping[str, Any] | None = None) -> None:
        """``questions``: the catalog's questions, to name those answered 「わからない」."""
        self.stop, self.flags, self.missing = stop, list(flags), list(missing)
        if questions is not None:
            self.questions = questions
        self._routed = routed_here
        self._render()

    def wipe(self) -> None:
        self.stop, self.flags, self.missing, self._routed = None, [], [], True
        self._render()

    def _render(self) -> None:
        lang = LanguageSwitcher.shared().current
        self.procedure_tree.clear()
        self.flag_list.clear()
        notes = [self.tr("The 個人番号 is never stored: forms that need it are printed with "
                         "that box empty.")]
        if not getattr(self, "_routed", True):
            notes.insert(0, self.tr("This visit is not in today's queue for this counter."))
        if self.stop is None:
            notes.insert(0, self.tr("No procedure of this visit is done at this counter."))
        self.notice.setText("\n".join(notes))
        unsure = [line for procedure in (self.stop.procedures if self.stop is not None else ())
                  if (line := self._add_procedure(procedure, lang))]
        for line in unsure:
            self.flag_list.addItem(line)
        for flag in self.flags:
            self.flag_list.addItem(self.flag_text(flag))
        for form_id in self.missing:
            self.flag_list.addItem(self.tr("No layout for form %1: fill it in by hand.")
                                   .replace("%1", form_id))
        if not self.flags and not self.missing and not unsure:
            self.flag_list.addItem(self.tr("No flags."))

    def _add_procedure(self, procedure: Any, lang: str) -> str:
        """The procedure's node with its sections; the flag line when it is to be checked
        at the counter (else "")."""
        title = procedure.title.get(lang)
        check = bool(getattr(procedure, "check_at_counter", False))
        label = self.tr("%1 — check at the counter").replace("%1", title) if check else title
        top = QTreeWidgetItem(self.procedure_tree, [label])
        sections = (
            (self.tr("Answered “I don't know”: ask again"),
             self._unsure_questions(procedure, lang), True),
            (self.tr("Documents to check"), [t.get(lang) for t in procedure.documents], True),
            (self.tr("Clerk checklist"), [t.get(lang) for t in procedure.checklist], True),
            (self.tr("Forms"), [form_title(f) for f in procedure.form_ids], False),
        )
        for heading, items, checkable in sections:
            if not items:
                continue
            node = QTreeWidgetItem(top, [heading])
            for text in items:
                child = QTreeWidgetItem(node, [text])
                if checkable:
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Unchecked)
            node.setExpanded(True)
        top.setExpanded(True)
        if not check:
            return ""
        return self.tr("%1: check at the counter (the resident answered “I don't know”)"
                       ).replace("%1", title)

    def _unsure_questions(self, procedure: Any, lang: str) -> list[str]:
        """The questions answered 「わからない」 this procedure depends on, as worded."""
        texts = []
        for qid in getattr(procedure, "unsure_about", ()):
            question = self.questions.get(qid)
            texts.append(question.text.get(lang) if question is not None else qid)
        return texts
