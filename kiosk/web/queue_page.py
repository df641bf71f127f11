"""``GET /queue``: the waiting status page, from the anonymous board the display publishes.

``kiosk web`` runs on the internet side and never reaches the town's internal database:
it reads the :class:`BoardSnapshot` file that ``kiosk display`` writes and the town's
one-way transfer copies across (``[web] queue_file``; see ``docs/waiting-display.md``).
The page holds ticket numbers, counters, counts and times only. It refreshes itself with
``<meta http-equiv="refresh">`` (no script), and says so when the board is missing or
older than a few minutes rather than showing an old queue as if it were live.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from jinja2 import Environment
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from forms.catalog import Catalog
from kiosk.app.board_publication import BoardFile, is_stale
from kiosk.app.waiting_display import DisplayModel, tr
from kiosk.visits.clock import utc_now
from kiosk.web.texts import language_choices

REFRESH_SECONDS = 30


class QueuePage:
    def __init__(self, queue_file: str, catalog: Catalog, languages: Sequence[str],
                 default_language: str, root: str, env: Environment,
                 now: Callable[[], datetime] = utc_now) -> None:
        self.board = BoardFile(Path(queue_file)) if queue_file else None
        self.names = {code: d.counter for code, d in catalog.departments.items()}
        self.town = catalog.town
        self.languages = tuple(languages)
        self.default_language = default_language
        self.root = root
        self.env = env
        self.now = now

    async def show(self, request: Request) -> Response:
        asked = request.query_params.get("lang", "")
        lang = asked if asked in self.languages else self.default_language
        snapshot = self.board.read() if self.board is not None else None
        live = snapshot is not None and not is_stale(snapshot, self.now())
        model = DisplayModel(self.names, (lang,))
        if snapshot is not None and live:
            model.update(snapshot)
        html = self.env.get_template("queue.html").render(
            lang=lang, root=self.root, live=live, model=model, refresh=REFRESH_SECONDS,
            languages=language_choices(self.languages),
            town=self.town.name.get(lang),
            # q, not t: these texts are the display's (context WaitingDisplay), not the wizard's
            q=lambda source, **values: tr(source, lang, **values))
        return HTMLResponse(html, headers={"Cache-Control": "no-store"})
