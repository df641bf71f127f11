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
"""

from __future__ import annotations

from forms.catalog import Catalog
from kiosk.app.ports import Navigator
from kiosk.navigation.engine import Prompt
from kiosk.navigation.plan import Plan
from kiosk.navigation.scenario import Scenario


class RequestNavigator:
    """``navigator`` with its last ``pending()`` and ``plan()`` remembered per scenario."""

    def __init__(self, navigator: Navigator) -> None:
        self._navigator = navigator
        self._pending: tuple[Scenario, tuple[Prompt, ...]] | None = None
        self._plan: tuple[Scenario, Plan] | None = None

    @property
    def catalog(self) -> Catalog:
        return self._navigator.catalog

    def pending(self, scenario: Scenario) -> tuple[Prompt, ...]:
        if self._pending is None or self._pending[0] != scenario:
            self._pending = (scenario, self._navigator.pending(scenario))
        return self._pending[1]

    def next_prompt(self, scenario: Scenario) -> Prompt | None:
        prompts = self.pending(scenario)
        return prompts[0] if prompts else None

    def plan(self, scenario: Scenario) -> Plan:
        if self._plan is None or self._plan[0] != scenario:
            self._plan = (scenario, self._navigator.plan(scenario))
        return self._plan[1]
