"""The engine's output: which counters to visit, in which order, and what to do there.

These are plain frozen dataclasses so the forms renderer, the guide sheet, the summary
screen and the JSON CLI can all consume the same object without importing the engine.
The plan carries ids, never personal data: ``member_ids`` point into the scenario's
household ("self" is the resident), so a plan can be logged or compared safely.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.i18n import Text


@dataclass(frozen=True, slots=True)
class Department:
    """A counter the resident visits (課/係), with the name and number shown on screen."""

    id: str
    name: Text
    counter: Text
    order: int

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict; texts are ``{locale: string}``."""
        return {"id": self.id, "name": self.name.as_dict(), "counter": self.counter.as_dict(),
                "order": self.order}


@dataclass(frozen=True, slots=True)
class PlannedProcedure:
    """One procedure the household must do, for the members in ``member_ids``."""

    id: str
    title: Text
    department_id: str
    form_ids: tuple[str, ...]
    documents: tuple[Text, ...]
    fee: Text
    deadline: Text
    checklist: tuple[Text, ...] = ()
    member_ids: tuple[str, ...] = field(default=("self",))
    # "member": one form per member (マイナンバーカード, 介護保険 …);
    # "household": one form whose rows list every member in member_ids (住民異動届, 国保 …).
    form_scope: str = "member"
    # The last day of the 届出期間 (None: no legal period), and whether the visit is past it
    # (the clerk notes the late filing; some offices send a 届出期間経過通知).
    filing_deadline: date | None = None
    filed_late: bool = False
    # Staff guidance from the catalog, beside the checklist (what to check): the legal
    # basis, the common mistakes and the documents the clerk must see.
    legal_basis: tuple[Text, ...] = ()
    mistakes: tuple[Text, ...] = ()
    to_see: tuple[Text, ...] = ()
    # The resident answered 「わからない」 to a question this procedure depends on: it is
    # kept (the safe side) and the clerk checks it at the counter (窓口で確認).
    # ``unsure_about`` names those questions.
    check_at_counter: bool = False
    unsure_about: tuple[str, ...] = ()
    # about how long it takes at the counter (the catalog's minutes), for 「約N分」
    minutes: int = 0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (tuples become lists, texts ``{locale: string}``)."""
        return {
            "id": self.id,
            "title": self.title.as_dict(),
            "department_id": self.department_id,
            "form_ids": list(self.form_ids),
            "documents": [t.as_dict() for t in self.documents],
            "fee": self.fee.as_dict(),
            "deadline": self.deadline.as_dict(),
            "checklist": [t.as_dict() for t in self.checklist],
            "member_ids": list(self.member_ids),
            "form_scope": self.form_scope,
            "filing_deadline": self.filing_deadline.isoformat() if self.filing_deadline else None,
            "filed_late": self.filed_late,
            "legal_basis": [t.as_dict() for t in self.legal_basis],
            "mistakes": [t.as_dict() for t in self.mistakes],
            "to_see": [t.as_dict() for t in self.to_see],
            "check_at_counter": self.check_at_counter,
            "unsure_about": list(self.unsure_about),
            "minutes": self.minutes,
        }


@dataclass(frozen=True, slots=True)
class FormRequest:
    """One form to print: ``member_id`` is the person it is about (the first row for a
    household form), ``member_ids`` every person it lists, ``procedure_ids`` why."""

    form_id: str
    member_id: str
    member_ids: tuple[str, ...]
    procedure_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CounterStop:
    """One counter in the visiting order and the procedures done there."""

    department: Department
    procedures: tuple[PlannedProcedure, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """Every procedure for one visit, grouped by counter in visiting order."""

    event_id: str
    event_date: date
    stops: tuple[CounterStop, ...]

    def procedures(self) -> Iterator[PlannedProcedure]:
        """All procedures in visiting order."""
        for stop in self.stops:
            yield from stop.procedures

    def procedure_ids(self) -> tuple[str, ...]:
        """Procedure ids in visiting order."""
        return tuple(p.id for p in self.procedures())

    def late_procedures(self) -> tuple[PlannedProcedure, ...]:
        """The procedures filed after their 届出期間 (for the clerk's late-filing note)."""
        return tuple(p for p in self.procedures() if p.filed_late)

    def unsure_procedures(self) -> tuple[PlannedProcedure, ...]:
        """The procedures to check at the counter (an answer was 「わからない」)."""
        return tuple(p for p in self.procedures() if p.check_at_counter)

    def department_ids(self) -> tuple[str, ...]:
        """Department ids in visiting order."""
        return tuple(s.department.id for s in self.stops)

    def form_requests(self) -> tuple[FormRequest, ...]:
        """Every form to print, in visiting order, de-duplicated.

        A member-scoped form is one per member; a household form is one for the whole
        procedure, keyed by its first member. The same (form, member) needed by two
        procedures is printed once and names both procedures.
        """
        found: dict[tuple[str, str], FormRequest] = {}
        for proc in self.procedures():
            if not proc.member_ids:
                continue
            for form_id in proc.form_ids:
                groups = (
                    [proc.member_ids]
                    if proc.form_scope == "household"
                    else [(m,) for m in proc.member_ids]
                )
                for members in groups:
                    key = (form_id, members[0])
                    old = found.get(key)
                    if old is None:
                        found[key] = FormRequest(form_id, members[0], members, (proc.id,))
                    else:
                        merged = tuple(dict.fromkeys((*old.member_ids, *members)))
                        found[key] = FormRequest(
                            form_id, old.member_id, merged, (*old.procedure_ids, proc.id)
                        )
        return tuple(found.values())

    def form_ids(self) -> tuple[tuple[str, str], ...]:
        """Ordered, de-duplicated ``(form_id, member_id)`` pairs: one printed form each
        (see ``form_requests`` for the members a household form lists)."""
        return tuple((r.form_id, r.member_id) for r in self.form_requests())

    def find(self, procedure_id: str) -> PlannedProcedure | None:
        """The planned procedure with this id, or ``None`` when the plan does not hold it."""
        for proc in self.procedures():
            if proc.id == procedure_id:
                return proc
        return None

    def __contains__(self, procedure_id: object) -> bool:
        return isinstance(procedure_id, str) and self.find(procedure_id) is not None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict, used by ``kiosk navigate`` and the guide sheet."""
        return {
            "event": self.event_id,
            "event_date": self.event_date.isoformat(),
            "stops": [
                {
                    "department": s.department.to_json(),
                    "procedures": [p.to_json() for p in s.procedures],
                }
                for s in self.stops
            ],
            "forms": [
                {
                    "form_id": r.form_id,
                    "member_id": r.member_id,
                    "member_ids": list(r.member_ids),
                    "procedure_ids": list(r.procedure_ids),
                }
                for r in self.form_requests()
            ],
        }
