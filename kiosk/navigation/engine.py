"""The rule engine: which questions still matter, and the plan for the visit.

How a question is judged worth asking: every procedure rule of the event is partially
evaluated for every member with what is known (facts, answers); whatever is left of a
condition mentions exactly the unanswered questions that could still change whether the
procedure applies (or which documents it needs). A question is asked only if it appears
there, for the members it appears for, in the order the event lists its questions. A
question whose ``ask_when`` is not yet decided pulls in the questions that decide it.

The plan evaluates the same rules with every unanswered question at its default, and
groups the procedures that apply by department in visiting order (住民異動届 first). An
answer 「わからない」 stays undecided there: the procedures it could bring are kept and marked
"check at the counter" (``kiosk.navigation.unsure``), and it is never asked again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from forms.catalog import Catalog, Procedure, Question, Rule, Subject, Text, load_catalog
from kiosk.domain import conditions as cond
from kiosk.navigation.facts import all_facts, filing_deadline
from kiosk.navigation.plan import CounterStop, Department, Plan, PlannedProcedure
from kiosk.navigation.scenario import SELF_ID, Scenario
from kiosk.navigation.unsure import possible, questions_behind, shown, undecided
from kiosk.navigation.validation import check_answers


@dataclass(frozen=True, slots=True)
class Prompt:
    """A question to put to the resident, and the members it is about."""

    question: Question
    member_ids: tuple[str, ...]
    text: Text


class _Context:
    """Values of every name for every member of one scenario (memoised)."""

    def __init__(self, nav: Navigator, scenario: Scenario, asking: bool) -> None:
        event = nav.catalog.events[scenario.event]
        if event.subject is Subject.NEWBORN:
            scenario = scenario.with_newborns_inferred()
        self.nav = nav
        self.scenario = scenario
        self.asking = asking
        self.asked = nav.event_questions(scenario.event)
        self.facts = all_facts(scenario, nav.catalog.town.child_medical_age, event.is_departure)
        self._ask_state: dict[tuple[str, str], cond.Value | cond.Unknown] = {}
        self._lookups: dict[str, cond.Lookup] = {}

    def owner(self, question: Question, member_id: str) -> str:
        """Whose answer counts: the member's for a per-person question, else the visit's."""
        return member_id if question.scope == "person" else SELF_ID

    def lookup(self, member_id: str) -> cond.Lookup:
        found = self._lookups.get(member_id)
        if found is None:
            found = self._make_lookup(member_id)
            self._lookups[member_id] = found
        return found

    def _make_lookup(self, member_id: str) -> cond.Lookup:
        facts = self.facts[member_id]
        questions = self.nav.catalog.questions
        cache: dict[str, cond.Value | cond.Unknown] = {}

        def lookup(name: str) -> cond.Value | cond.Unknown:
            if name in facts:
                return facts[name]
            if name in cache:
                return cache[name]
            question = questions[name]
            value = self.value(question, self.owner(question, member_id))
            cache[name] = value
            return value

        return lookup

    def value(self, question: Question, owner: str) -> cond.Value | cond.Unknown:
        """Implied "yes"; the default where ``ask_when`` rules the question out; else the
        member's or the household's answer; else unknown (asking) or the default (plan)."""
        if question.implied_by is not None and cond.evaluate(
            question.implied_by.expr, self.lookup(owner)
        ) is True:
            return True
        state = self.ask_state(question, owner)
        if state is False:
            return question.default  # the question is not for this member, whatever was said
        if self.scenario.is_dont_know(question.id, owner):
            return cond.UNKNOWN  # 「わからない」: undecided, in the plan too (unsure.py)
        answer = self.scenario.answer(question.id, owner)
        if answer is not None:
            return answer
        if question.id not in self.asked:
            return question.default
        # not asked because an earlier answer was 「わからない」: undecided as well
        return cond.UNKNOWN if self.asking or state is cond.UNKNOWN else question.default

    def owner_of(self, question_id: str, member_id: str) -> str:
        return self.owner(self.nav.catalog.questions[question_id], member_id)

    def ask_state(self, question: Question, owner: str) -> cond.Value | cond.Unknown:
        """Whether ``ask_when`` holds for ``owner`` (``UNKNOWN`` while it depends on
        unanswered questions)."""
        key = (question.id, owner)
        if key not in self._ask_state:
            self._ask_state[key] = cond.evaluate(question.ask_when.expr, self.lookup(owner))
        return self._ask_state[key]


class Navigator:
    """Decides the questions and the plan for a scenario, from a validated catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._event_questions = {
            eid: frozenset(ev.questions) for eid, ev in catalog.events.items()
        }
        self._rules: dict[str, tuple[tuple[Procedure, Rule], ...]] = {
            eid: tuple(
                (p, p.rules[eid])
                for p in sorted(
                    catalog.procedures.values(),
                    key=lambda p: catalog.departments[p.department].order,
                )
                if eid in p.rules
            )
            for eid in catalog.events
        }
        self._departments = {
            d.id: Department(d.id, d.name, d.counter, d.order)
            for d in catalog.departments.values()
        }

    @classmethod
    def load(cls, folder: str | Path | None = None) -> Navigator:
        """A navigator over the bundled catalog, or a town's copy (``[catalog] folder``).

        Raises ``forms.catalog.CatalogError`` when the catalog is broken.
        """
        return cls(load_catalog(folder or None))

    def event_questions(self, event: str) -> frozenset[str]:
        return self._event_questions.get(event, frozenset())

    # ------------------------------------------------------------------ checking input

    def check(self, scenario: Scenario) -> None:
        """Reject an unknown event, answer key, member or value (the message names ids only)."""
        check_answers(scenario, self.catalog)

    # ------------------------------------------------------------------ questions

    def pending(self, scenario: Scenario) -> tuple[Prompt, ...]:
        """Every question that could still change the plan, in asking order."""
        self.check(scenario)
        ctx = _Context(self, scenario, asking=True)
        relevant: set[tuple[str, str]] = set()
        for _, rule in self._rules[scenario.event]:
            for person in scenario.members:
                self._collect(ctx, rule, person.id, relevant)
        self._close_over_ask_when(ctx, relevant)
        prompts: list[Prompt] = []
        event = self.catalog.events[scenario.event]
        for qid in event.questions:
            question = self.catalog.questions[qid]
            members = tuple(
                p.id for p in scenario.members
                if (qid, p.id) in relevant and ctx.ask_state(question, p.id) is True
                and not ctx.scenario.is_dont_know(qid, p.id)  # never asked twice
            )
            if members:
                prompts.append(Prompt(question, members, question.text_for(scenario.event)))
        return tuple(prompts)

    def next_prompt(self, scenario: Scenario) -> Prompt | None:
        """The next question to ask and whom it is about, or ``None`` when done."""
        prompts = self.pending(scenario)
        return prompts[0] if prompts else None

    def next_question(self, scenario: Scenario) -> Question | None:
        """The next question worth asking, or ``None`` when the plan is decided."""
        prompt = self.next_prompt(scenario)
        return prompt.question if prompt else None

    def _collect(
        self, ctx: _Context, rule: Rule, member_id: str, relevant: set[tuple[str, str]]
    ) -> None:
        lookup = ctx.lookup(member_id)
        residual = cond.reduce(rule.when.expr, lookup)
        if residual == cond.FALSE:
            return
        self._add_names(ctx, residual, member_id, relevant)
        for item in (*rule.documents, *rule.checklist):
            if item.when is not None:
                self._add_names(ctx, cond.reduce(item.when.expr, lookup), member_id, relevant)

    def _add_names(
        self, ctx: _Context, residual: cond.Node, member_id: str,
        relevant: set[tuple[str, str]],
    ) -> None:
        for name in cond.names(residual):
            question = self.catalog.questions.get(name.name)
            if question is not None:
                relevant.add((name.name, ctx.owner(question, member_id)))

    def _close_over_ask_when(self, ctx: _Context, relevant: set[tuple[str, str]]) -> None:
        todo = list(relevant)
        while todo:
            qid, owner = todo.pop()
            question = self.catalog.questions[qid]
            if ctx.ask_state(question, owner) is not cond.UNKNOWN:
                continue
            residual = cond.reduce(question.ask_when.expr, ctx.lookup(owner))
            before = set(relevant)
            self._add_names(ctx, residual, owner, relevant)
            todo.extend(relevant - before)

    # ------------------------------------------------------------------ implied answers

    def with_implied_answers(self, scenario: Scenario) -> Scenario:
        """The scenario with every answer the catalog implies (``implied_by``) written in.

        What the engine knows without asking is a fact for the forms too: a resident who
        identified with their My Number card holds one (``has_mnc``), whatever the household
        answered for the others, so the 住民異動届 circles カード 有 for them."""
        ctx = _Context(self, scenario, asking=False)
        implied: dict[str, bool] = {}
        for question in self.catalog.questions.values():
            if question.implied_by is None:
                continue
            for person in ctx.scenario.members:
                owner = ctx.owner(question, person.id)
                if cond.evaluate(question.implied_by.expr, ctx.lookup(owner)) is True:
                    key = f"{question.id}@{owner}" if question.scope == "person" else question.id
                    implied[key] = True
        merged = scenario
        for key, value in implied.items():
            merged = merged.with_answer(key, value)
        return merged

    # ------------------------------------------------------------------ the plan

    def plan(self, scenario: Scenario, filed_on: date | None = None) -> Plan:
        """Every procedure that applies, grouped by counter in visiting order.

        ``filed_on`` (default: today) is the day of the visit; a procedure whose 届出期間
        ended before it is flagged ``filed_late``.
        """
        self.check(scenario)
        visit_day = filed_on or date.today()
        ctx = _Context(self, scenario, asking=False)
        stops: dict[str, list[PlannedProcedure]] = {}
        for procedure, rule in self._rules[scenario.event]:
            members = tuple(
                p.id for p in scenario.members if possible(rule.when.expr, ctx.lookup(p.id))
            )
            if members:
                planned = self._planned(ctx, procedure, rule, members, visit_day)
                stops.setdefault(procedure.department, []).append(planned)
        return Plan(
            event_id=scenario.event,
            event_date=scenario.event_date,
            stops=tuple(
                CounterStop(self._departments[dept], tuple(procs))
                for dept, procs in stops.items()
            ),
        )

    def _planned(
        self, ctx: _Context, procedure: Procedure, rule: Rule, members: tuple[str, ...],
        visit_day: date,
    ) -> PlannedProcedure:
        lookups = [ctx.lookup(m) for m in members]
        last_day = (
            None if rule.filing_days is None
            else filing_deadline(ctx.scenario.event_date, rule.filing_days,
                                 rule.filing_counts_event_day)
        )
        documents = shown(rule.documents, lookups)
        checklist = shown(rule.checklist, lookups)
        unsure = tuple(dict.fromkeys(
            qid for m in members if undecided(rule.when.expr, ctx.lookup(m))
            for qid in questions_behind(self.catalog, rule.when.expr, m, ctx.lookup,
                                        ctx.owner_of, ctx.scenario.is_dont_know)))
        return PlannedProcedure(
            id=procedure.id,
            title=rule.title,
            department_id=procedure.department,
            form_ids=rule.form_ids,
            documents=tuple(i.text for i in documents),
            fee=rule.fee,
            deadline=rule.deadline,
            checklist=tuple(i.text for i in checklist),
            member_ids=members,
            form_scope=procedure.form_scope,
            filing_deadline=last_day,
            filed_late=last_day is not None and visit_day > last_day,
            legal_basis=procedure.guidance.legal_basis,
            mistakes=procedure.guidance.mistakes,
            to_see=procedure.guidance.to_see,
            check_at_counter=bool(unsure),
            unsure_about=unsure,
            minutes=(procedure.minutes if procedure.minutes is not None
                     else self.catalog.departments[procedure.department].minutes),
        )
