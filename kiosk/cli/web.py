"""``kiosk web [--host H] [--port P]``: the pre-application web wizard (uvicorn).

It runs on the internet side of the town's network, behind the reverse proxy, with no
connection to the kiosks (docs/web.md). It needs the pre-application signing key
(``[prefill] signing_key_file``) and refuses to start, with one sentence, without it.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("web", help="serve the pre-application web wizard (docs/web.md)")
    parser.add_argument("--host", help="address to listen on (default: [web] host)")
    parser.add_argument("--port", type=int, help="port to listen on (default: [web] port)")
    parser.set_defaults(func=_web)


def _web(args: argparse.Namespace) -> int:
    import logging
    import sys
    from urllib.parse import urlsplit

    import uvicorn

    from forms.catalog import CatalogError
    from kiosk import i18n
    from kiosk.cli.main import fail
    from kiosk.config import Config
    from kiosk.navigation.engine import Navigator
    from kiosk.prefill import KeyFileError, load_signing_key
    from kiosk.web.app import WebSettings, create_app
    from kiosk.web.qr import code_maker, prefill_downloads, state_key_from_file

    config: Config = args.config
    key_file = config.prefill.signing_key_file
    if not key_file:
        return fail("the web wizard needs the pre-application signing key: set [prefill] "
                    "signing_key_file (make one with: kiosk keys generate --out DIR).")
    try:
        key = load_signing_key(key_file)
        state_key = state_key_from_file(key_file)
    except (KeyFileError, OSError):
        return fail(f"the pre-application signing key {key_file} cannot be read "
                    "(make one with: kiosk keys generate --out DIR).")
    try:
        navigator = Navigator.load(config.catalog.folder or None)
    except CatalogError as exc:
        return fail(f"the catalog is broken: {exc}")
    ui = config.ui
    i18n.configure(languages=ui.languages,
                   folders=[ui.translations_folder] if ui.translations_folder else [])
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logging.getLogger("kiosk").addHandler(handler)
    logging.getLogger("kiosk").setLevel(config.logging.level)
    root = urlsplit(config.web.base_url).path.rstrip("/")
    app = create_app(
        navigator, WebSettings(state_key, ui.languages, ui.language, root,
                               config.web.queue_file),
        code_maker(key, navigator.catalog, config.prefill.valid_days), prefill_downloads())
    uvicorn.run(app, host=args.host or config.web.host, port=args.port or config.web.port,
                access_log=False, server_header=False, proxy_headers=True,
                log_level=config.logging.level.lower())
    return 0
