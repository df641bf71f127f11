"""The services of ``kiosk display`` (the waiting-area screen), built from the configuration.

Qt-free: the window (``kiosk.ui.display``) receives a :class:`DisplayServices` and never
opens the database, a voice or a file itself. A database that is away or behind raises
``StartError`` before any window opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.app.board_publication import BoardFile
from kiosk.app.composition import StartError
from kiosk.app.waiting_board import WaitingBoard
from kiosk.config import Config
from kiosk.i18n import Text
from kiosk.speech.speaker import Speaker
from kiosk.visits.help_calls import HelpCalls


@dataclass(frozen=True, slots=True)
class DisplayServices:
    board: WaitingBoard
    names: Mapping[str, Text]  # counter code -> the counter's name (the catalog's)
    speaker: Speaker
    languages: tuple[str, ...]
    poll_ms: int
    publisher: BoardFile | None = None
    # The kiosks' calls for staff (issue 14 §1), shown as a strip; None: no strip.
    help_calls: HelpCalls | None = None
    # The help-call sound (the consoles' one, unlike the ticket chime); None: silent.
    help_sound: bytes | None = None


def counter_names(catalog_folder: str, counters: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, Text]]:
    """The counters to show (all, in visiting order, when none are configured) and
    their names; an unknown id is a ``StartError`` naming it."""
    from forms.catalog.loader import load_catalog

    catalog = load_catalog(catalog_folder or None)
    departments = catalog.departments
    unknown = [c for c in counters if c not in departments]
    if unknown:
        raise StartError(f"display.counters: unknown department {unknown[0]!r}")
    shown = counters or tuple(d.id for d in sorted(departments.values(), key=lambda d: d.order))
    return shown, {code: departments[code].counter for code in shown}


def display_services(config: Config) -> DisplayServices:
    from kiosk.app.composition import _open_database
    from kiosk.app.waiting_board import WaitingBoardService
    from kiosk.resources_path import resource
    from kiosk.speech.speaker import chime_wav, engines_for
    from kiosk.storage.db import make_engine
    from kiosk.visits.help_calls import HelpCallStore
    from kiosk.visits.terminal import terminal_id

    settings = config.display
    shown, names = counter_names(config.catalog.folder, settings.counters)
    engine = make_engine(config.database.url)
    _open_database(engine)
    speaker = Speaker(engines_for(settings.voice),
                      chime=chime_wav() if settings.chime else None)
    publisher = BoardFile(Path(settings.publish_file)) if settings.publish_file else None
    # The display only reads calls (it raises none), so it needs no outbox.
    help_calls = HelpCalls(HelpCallStore(engine), terminal_id(config))
    sound = resource("sounds", "help_call.wav")
    help_sound = sound.read_bytes() if settings.chime and sound.is_file() else None
    return DisplayServices(WaitingBoardService(engine, shown), names, speaker,
                           settings.languages, settings.poll_ms, publisher,
                           help_calls, help_sound)
