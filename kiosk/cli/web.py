"""``kiosk web [--host H] [--port P] [--workers N]``: the pre-application web wizard (uvicorn).

It runs on the internet side of the town's network, behind the reverse proxy, with no
connection to the kiosks (docs/web.md). It needs the pre-application signing key
(``[prefill] signing_key_file``) and refuses to start, with one sentence, without it.

With ``[web] workers`` (or ``--workers``) above 1, uvicorn starts that many server
processes on the one port; each builds the app again with :func:`worker_app` from the same
configuration (the file is handed down as ``KIOSK_CONFIG``). The wizard is stateless, so
any process may serve any page.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from kiosk.config import Config

#: uvicorn imports this in each worker process (``factory=True``).
WORKER_APP = "kiosk.cli.web:worker_app"
STDERR_HANDLER = "kiosk-web-stderr"


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("web", help="serve the pre-application web wizard (docs/web.md)")
    parser.add_argument("--host", help="address to listen on (default: [web] host)")
    parser.add_argument("--port", type=int, help="port to listen on (default: [web] port)")
    parser.add_argument("--workers", type=int,
                        help="server processes (default: [web] workers; one per CPU core)")
    parser.set_defaults(func=_web)


class WebStartError(Exception):
    """The wizard cannot start; the message is the one sentence to show."""


def build_app(config: Config) -> Starlette:
    """The wizard's Starlette app for ``config`` (a :class:`kiosk.config.Config`), with the
    ``kiosk`` logger writing to stderr; :class:`WebStartError` when it cannot start."""
    import logging
    import sys
    from urllib.parse import urlsplit

    from forms.catalog import CatalogError
    from kiosk import i18n
    from kiosk.navigation.engine import Navigator
    from kiosk.prefill import KeyFileError, load_signing_key
    from kiosk.web.app import WebSettings, create_app
    from kiosk.web.qr import code_maker, prefill_downloads, state_key_from_file

    key_file = config.prefill.signing_key_file
    if not key_file:
        raise WebStartError("the web wizard needs the pre-application signing key: set "
                            "[prefill] signing_key_file (make one with: kiosk keys generate "
                            "--out DIR).")
    try:
        key = load_signing_key(key_file)
        state_key = state_key_from_file(key_file)
    except (KeyFileError, OSError):
        raise WebStartError(f"the pre-application signing key {key_file} cannot be read "
                            "(make one with: kiosk keys generate --out DIR).") from None
    try:
        navigator = Navigator.load(config.catalog.folder or None)
    except CatalogError as exc:
        raise WebStartError(f"the catalog is broken: {exc}") from None
    ui = config.ui
    i18n.configure(languages=ui.languages,
                   folders=[ui.translations_folder] if ui.translations_folder else [])
    logger = logging.getLogger("kiosk")
    if not any(h.get_name() == STDERR_HANDLER for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name(STDERR_HANDLER)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(config.logging.level)
    root = urlsplit(config.web.base_url).path.rstrip("/")
    return create_app(
        navigator, WebSettings(state_key, ui.languages, ui.language, root,
                               config.web.queue_file),
        code_maker(key, navigator.catalog, config.prefill.valid_days), prefill_downloads())


def worker_app() -> Starlette:
    """The app in a worker process: the configuration read again (``KIOSK_CONFIG`` and the
    ``KIOSK_*`` overrides the parent had), already checked by the parent."""
    from kiosk.config import load_config

    return build_app(load_config())


def _web(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from kiosk.cli.main import fail

    config: Config = args.config
    try:
        app = build_app(config)  # in this process too: a problem is one sentence, here
    except WebStartError as exc:
        return fail(str(exc))
    workers = args.workers or config.web.workers
    if workers < 1:
        return fail("--workers must be at least 1.")
    options: dict[str, Any] = {
        "host": args.host or config.web.host, "port": args.port or config.web.port,
        "access_log": False, "server_header": False, "proxy_headers": True,
        "log_level": config.logging.level.lower(),
    }
    if workers == 1:
        uvicorn.run(app, **options)
        return 0
    if args.config_file:  # the workers read the same file
        os.environ["KIOSK_CONFIG"] = os.path.abspath(args.config_file)
    uvicorn.run(WORKER_APP, factory=True, workers=workers, **options)
    return 0
