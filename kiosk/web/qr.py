"""The QR code of a finished visit, through ``kiosk.prefill`` (the one codec the kiosk reads).

The scenario in the code is the kiosk's own scenario file format, built by the kiosk's
:class:`~kiosk.app.visit.Visit`; the code names the town and the catalog version, so a
kiosk with a newer catalog refuses it with one sentence instead of asking wrong questions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from forms.catalog import Catalog
from kiosk.app.visit import Visit
from kiosk.prefill import SigningKey, make_code, qr_pdf, qr_png
from kiosk.web.app import Downloads
from kiosk.web.pages import CodeMaker
from kiosk.web.session_bridge import scenario_json
from kiosk.web.state import WizardState, derive_state_key


def code_maker(key: SigningKey, catalog: Catalog, valid_days: int,
               today: Callable[[], date] = date.today) -> CodeMaker:
    """Signs the visit's scenario with the town's key; valid for ``valid_days``."""

    def make(state: WizardState, visit: Visit) -> tuple[str, date]:
        issued = today()
        text = make_code(scenario_json(visit), key=key, town=catalog.town.name.get("ja"),
                         catalog_version=catalog.town.catalog_version, language=state.lang,
                         issued=issued, valid_days=valid_days)
        return text, issued + timedelta(days=valid_days)

    return make


def prefill_downloads() -> Downloads:
    return Downloads(qr_png, lambda text, locale: qr_pdf(text, locale=locale))


def state_key_from_file(path: Path | str) -> bytes:
    """The page-state HMAC key, derived from the signing key file (no second secret)."""
    return derive_state_key(Path(path).read_bytes())
