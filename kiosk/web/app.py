"""The Starlette application: one GET for the first page, one POST for every step, and the
QR downloads. No session store, no database: the page carries the state (``state.py``).

Routes:

* ``GET /`` (``?lang=`` one of the offered languages): the first page, empty state.
* ``POST /wizard``: the page's form (``state`` + ``action`` + fields) → the next page,
  or the same page with its errors beside the fields. A tampered state gets one sentence
  and a way to start again, with status 400, never a crash page.
* ``POST /code.png``, ``POST /code.pdf``: the QR code of a finished state, as a download.
  POST, so no personal data ever sits in a URL, a proxy log or the browser history.
* ``GET /queue`` (``?lang=``): the waiting status, from the board ``kiosk display``
  publishes (``kiosk.web.queue_page``; no database).
* ``GET /healthz``: ``ok`` for the reverse proxy; ``GET /static/…``: the style sheet.

Nothing here logs a field, a form or a state: the access log holds method, path and status.
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import FormData
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kiosk.app.ports import Navigator
from kiosk.web import fields
from kiosk.web.memo import RequestNavigator, carry_next, expect_carried
from kiosk.web.middleware import AccessLog, SecurityHeaders
from kiosk.web.pages import CodeMaker, Wizard
from kiosk.web.queue_page import QueuePage
from kiosk.web.session_bridge import open_visit, store_visit
from kiosk.web.state import StateError, StateSealer, WizardState
from kiosk.web.texts import catalog_text, language_choices, translator, without_ruby
from kiosk.web.views import FIELD_LABELS, page_context, settle

log = logging.getLogger(__name__)

#: Form limits: a page has a few dozen fields at most.
MAX_FIELDS = 200
PAGE_TITLES = {
    "start": "Prepare your forms at home", "resident": "About you", "event": "What happened?",
    "household": "Your household", "question": "A question",
    "split": "Who leaves the household?", "address": "Your new address",
    "summary": "Check and finish", "code": "Your QR code",
}


@dataclass(frozen=True)
class WebSettings:
    """What the web wizard needs from the configuration."""

    state_key: bytes
    languages: tuple[str, ...] = ("ja", "en")
    default_language: str = "ja"
    # The public URL's path when the proxy serves the wizard below one (``[web] base_url``
    # ``https://town.example/shinsei/`` → ``/shinsei``); links and forms start with it.
    root: str = ""
    # The waiting board published by `kiosk display` (``[web] queue_file``), for /queue.
    queue_file: str = ""


class Downloads:
    """Turns a QR text into a PNG or a PDF (``kiosk.prefill``'s ``qr_png``/``qr_pdf``)."""

    def __init__(self, png: Callable[[str], bytes],
                 pdf: Callable[[str, str], bytes]) -> None:
        self.png = png
        self.pdf = pdf


def create_app(navigator: Navigator, settings: WebSettings, make_code: CodeMaker,
               downloads: Downloads, today: Callable[[], date] = date.today) -> Starlette:
    """The web wizard over the kiosk's ``navigator`` (the same catalog and engine)."""
    handlers = _Handlers(navigator, settings, make_code, downloads, today)
    queue = QueuePage(settings.queue_file, navigator.catalog, settings.languages,
                      settings.default_language, settings.root, handlers.env)
    return Starlette(middleware=[Middleware(AccessLog), Middleware(SecurityHeaders)],
                     exception_handlers={Exception: handlers.failed}, routes=[
        Route("/", handlers.start, methods=["GET"]),
        Route("/wizard", handlers.step, methods=["POST"]),
        Route("/code.png", handlers.download, methods=["POST"]),
        Route("/code.pdf", handlers.download, methods=["POST"]),
        Route("/healthz", handlers.healthz, methods=["GET"]),
        Route("/queue", queue.show, methods=["GET"]),
        Mount("/static", app=StaticFiles(packages=[("kiosk.web", "static")]), name="static"),
    ])


class _Handlers:
    """The routes' handlers over one navigator, state sealer and template environment."""

    def __init__(self, navigator: Navigator, settings: WebSettings, make_code: CodeMaker,
                 downloads: Downloads, today: Callable[[], date]) -> None:
        self.navigator = navigator
        self.settings = settings
        self.downloads = downloads
        self.today = today
        self.sealer = StateSealer(settings.state_key)
        self.wizard = Wizard(settings.languages, make_code)
        # auto_reload off: the templates are part of the installed package, so each page
        # need not stat its template files again (a changed template needs a restart)
        self.env = Environment(loader=PackageLoader("kiosk.web", "templates"),
                               autoescape=select_autoescape(default=True), trim_blocks=True,
                               lstrip_blocks=True, undefined=StrictUndefined,
                               auto_reload=False)
        self.env.filters["plain"] = without_ruby  # <title>, attributes, <option>

    def render(self, state: WizardState, errors: dict[str, str] | None = None,
               posted: dict[str, str] | None = None, status: int = 200,
               navigator: RequestNavigator | None = None) -> HTMLResponse:
        visit = open_visit(state, navigator or RequestNavigator(self.navigator), self.today)
        settle(state, visit)
        t = translator(state.lang)
        context: dict[str, Any] = {
            "lang": state.lang, "t": t, "tx": catalog_text(state.lang), "page": state.page,
            "title": t(PAGE_TITLES[state.page]), "town": self.navigator.catalog.town,
            "languages": language_choices(self.settings.languages),
            "errors": errors or {}, "values": {}, "labels": FIELD_LABELS,
            "root": self.settings.root,
        }
        context.update(page_context(state, visit, t))
        if state.page == "code" and state.code:
            context["qr_png"] = base64.b64encode(self.downloads.png(state.code)).decode("ascii")
            context["expires"] = state.expires or ""
        if posted:
            context["values"] = {**context["values"], **posted}
        carry_next(state, visit, self.today)
        context["state"] = self.sealer.seal(state)
        html = self.env.get_template(f"{state.page}.html").render(context)
        return HTMLResponse(html, status_code=status, headers=_no_store())

    def refused(self, lang: str, message: str) -> HTMLResponse:
        t = translator(lang)
        html = self.env.get_template("refused.html").render(
            lang=lang, t=t, tx=catalog_text(lang), town=self.navigator.catalog.town,
            title=t("Please start again"), message=t(message), languages=[], errors={},
            page="refused", state="", labels=FIELD_LABELS, root=self.settings.root)
        return HTMLResponse(html, status_code=400, headers=_no_store())

    async def start(self, request: Request) -> Response:
        lang = request.query_params.get("lang", self.settings.default_language)
        if lang not in self.settings.languages:
            lang = self.settings.default_language
        return self.render(WizardState(lang=lang))

    async def step(self, request: Request) -> Response:
        form = await _form(request)
        if form is None:
            return self.refused(self.settings.default_language, fields.FORM_REFUSED)
        try:
            state = self.sealer.open(str(form.get("state", "")))
            navigator = RequestNavigator(self.navigator)  # one request's engine answers
            visit = open_visit(state, navigator, self.today)
            expect_carried(state, visit, navigator, self.today)
        except StateError as exc:
            log.warning("page state refused: %s", exc)
            return self.refused(self._lang(form), fields.STATE_REFUSED)
        values = {k: str(v) for k, v in form.items() if k not in ("state", "action", "lang")}
        page = state.page
        errors = self.wizard.handle(state, visit,
                                    {**values, "action": str(form.get("action", ""))})
        store_visit(state, visit)
        if errors:
            state.page = page
            return self.render(state, errors, values, status=422, navigator=navigator)
        return self.render(state, navigator=navigator)

    async def download(self, request: Request) -> Response:
        form = await _form(request)
        try:
            state = self.sealer.open(str(form.get("state", "")) if form else "")
        except StateError as exc:
            log.warning("page state refused: %s", exc)
            return self.refused(self.settings.default_language, fields.STATE_REFUSED)
        if not state.code:
            return self.refused(state.lang, fields.STATE_REFUSED)
        if request.url.path.endswith(".png"):
            kind, body = "png", self.downloads.png(state.code)
        else:
            kind, body = "pdf", self.downloads.pdf(state.code, state.lang)
        return Response(body, media_type="image/png" if kind == "png" else "application/pdf",
                        headers={**_no_store(),
                                 "Content-Disposition": f'attachment; filename="qr-code.{kind}"'})

    async def failed(self, request: Request, exc: Exception) -> Response:
        """An unexpected error: one sentence and a way to start again, never a crash page.
        The log names the error's type and where it happened, never its message (which
        could quote what was typed)."""
        where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
        log.error("page failed: %s at %s", type(exc).__name__,
                  "; ".join(f"{f.filename}:{f.lineno}" for f in where))
        response = self.refused(self.settings.default_language, fields.FAILED)
        response.status_code = 500
        return response

    async def healthz(self, request: Request) -> Response:
        return PlainTextResponse("ok")

    def _lang(self, form: FormData) -> str:
        """The language a refused page speaks: the one the page's language field names."""
        lang = str(form.get("lang", ""))
        return lang if lang in self.settings.languages else self.settings.default_language


async def _form(request: Request) -> FormData | None:
    try:
        return await request.form(max_fields=MAX_FIELDS, max_files=0)
    except Exception:  # noqa: BLE001  # a malformed body is the sender's problem, one sentence
        return None


def _no_store() -> dict[str, str]:
    """Pages and downloads with personal data stay out of every cache."""
    return {"Cache-Control": "no-store"}
