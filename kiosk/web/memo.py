"""The engine for one request, remembering its last answers: the same question is not
worked out five times for one page.

A page asks the kiosk's :class:`~kiosk.app.visit.Visit` for the next step several times
(the page's action, ``settle()``, the page's view, its progress line), and each time the
engine evaluates every rule for every member afresh: most of a question page's CPU. This
wrapper keeps the last scenario it was asked about and the engine's answer, and gives the
answer again while the scenario is equal (a frozen dataclass: event, people, answers,
address …). A different scenario (an answer was given) is worked out anew.

It lives for one request and is never shared: nothing about one resident outlives their
request, and one resident's pages never speed up another's.

A question page also carries, in its signed state, the question it shows (``next``:
the day, the catalog version, the question and its members). When the resident answers,
:func:`expect_carried` hands that to the request's engine as the first prompt for the
posted scenario, so the answer is checked against the question that was shown without
working it out again; a new day, another catalog version or a name the catalog does not
know ignores it and the engine works as usual. The tag of the state vouches that this
server drew it from this very scenario.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from forms.catalog import Catalog
from kiosk.app.ports import Navigator
from kiosk.app.visit import Visit
from kiosk.navigation.engine import Prompt
from kiosk.navigation.plan import Plan
from kiosk.navigation.scenario import Scenario
from kiosk.web.state import WizardState


class RequestNavigator:
    """``navigator`` with its last ``pending()`` and ``plan()`` remembered per scenario."""

    def __init__(self, navigator: Navigator) -> None:
        self._navigator = navigator
        self._pending: tuple[Scenario, tuple[Prompt, ...]] | None = None
        self._plan: tuple[Scenario, Plan] | None = None
        self._next: tuple[Scenario, Prompt] | None = None

    @property
    def catalog(self) -> Catalog:
        return self._navigator.catalog

    def pending(self, scenario: Scenario) -> tuple[Prompt, ...]:
        if self._pending is None or self._pending[0] != scenario:
            self._pending = (scenario, self._navigator.pending(scenario))
        return self._pending[1]

    def expect(self, scenario: Scenario, prompt: Prompt) -> None:
        """``prompt`` is the first question for ``scenario`` (as a signed page says)."""
        self._next = (scenario, prompt)

    def next_prompt(self, scenario: Scenario) -> Prompt | None:
        if self._next is not None and self._next[0] == scenario:
            return self._next[1]
        prompts = self.pending(scenario)
        return prompts[0] if prompts else None

    def plan(self, scenario: Scenario) -> Plan:
        if self._plan is None or self._plan[0] != scenario:
            self._plan = (scenario, self._navigator.plan(scenario))
        return self._plan[1]


def carry_next(state: WizardState, visit: Visit, today: Callable[[], date]) -> None:
    """Write the question the page shows into its state (``None`` on other pages)."""
    state.next = None
    if state.page != "question":
        return
    step = visit.next_step()
    if step is not None:
        state.next = [today().isoformat(), visit.catalog.town.catalog_version,
                      step.question_id, list(step.prompt.member_ids)]


def expect_carried(state: WizardState, visit: Visit, navigator: RequestNavigator,
                   today: Callable[[], date]) -> None:
    """Tell the request's engine the question the posted page showed, if still valid."""
    carried = state.next
    session = visit.session
    if (carried is None or state.page != "question" or session.resident is None
            or session.event_id is None):
        return
    day, version, question_id, member_ids = carried
    catalog = visit.catalog
    question = catalog.questions.get(question_id)
    if (day != today().isoformat() or version != catalog.town.catalog_version
            or question is None or not member_ids):
        return
    scenario = visit.scenario()
    if not set(member_ids) <= {p.id for p in scenario.members}:
        return
    navigator.expect(scenario, Prompt(question, tuple(member_ids),
                                      question.text_for(scenario.event)))
