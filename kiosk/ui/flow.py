"""The flow controller: the one place that decides which screen comes next.

Screens emit ``done(result)`` or ``back()``. A route maps ``(screen_id, result)`` to the
next screen id; ``(screen_id, None)`` is the default for that screen. Results that are
typed (:mod:`kiosk.app.results`) route by their ``route``; other results use the
screen's default route. The routes come from the screen registry (:mod:`kiosk.ui.registry`).
``back`` returns to the previous screen in the history; from the first screen it does
nothing, so there is no dead end and no way to fall off the flow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from kiosk.app.results import route_key
from kiosk.ui import registry

log = logging.getLogger(__name__)

Route = Mapping[tuple[str, str | None], str]

# The resident's path through the kiosk, from the screen registry. Screens that a build
# does not include are skipped by ``Flow.resolve`` (a town can switch a step off by
# leaving its screen out).
RESIDENT_ROUTES: dict[tuple[str, str | None], str] = registry.routes()


class Flow:
    def __init__(self, routes: Route, available: set[str], show: Callable[[str], None],
                 start: str = "welcome",
                 should_show: Callable[[str], bool] | None = None) -> None:
        self.routes = dict(routes)
        self.available = available
        # Per visit: a screen the current visit does not need is skipped like a missing one.
        self.should_show = should_show or (lambda _screen_id: True)
        self._show = show
        self.start = start
        self.history: list[str] = []

    @property
    def current(self) -> str:
        return self.history[-1] if self.history else self.start

    def resolve(self, screen_id: str, result: Any) -> str:
        """The next available screen after ``screen_id`` finished with ``result``."""
        key = route_key(result)
        seen: set[str] = set()
        target = self.routes.get((screen_id, key)) or self.routes.get((screen_id, None))
        while target is not None and (
            target not in self.available or not self.should_show(target)
        ):
            if target in seen:
                break
            seen.add(target)
            target = self.routes.get((target, None))
        return target if target is not None else self.start

    def go(self, screen_id: str) -> None:
        if screen_id == self.start:
            self.history = [screen_id]
        else:
            self.history.append(screen_id)
        log.info("screen shown", extra={"screen": screen_id})
        self._show(screen_id)

    def finished(self, screen_id: str, result: Any) -> None:
        self.go(self.resolve(screen_id, result))

    def back(self) -> None:
        if len(self.history) > 1:
            self.history.pop()
            target = self.history[-1]
            log.info("screen shown", extra={"screen": target, "via": "back"})
            self._show(target)

    def restart(self) -> None:
        self.go(self.start)
