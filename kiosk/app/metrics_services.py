"""One place that builds the metrics services from the configuration, for UIs and the CLI.

The kiosk and the clerk console call ``open_services(config)`` once at start-up and hand
the pieces to their screens (``Services``); screens never open the database themselves.
Building the services does not connect: the recorder copes with a database that is away.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from kiosk.app.clerk_service import ClerkService
from kiosk.app.personal_copies import LazyTownSealer, SealedCopies
from kiosk.config import Config
from kiosk.paths import data_dir
from kiosk.personal import town_key
from kiosk.personal.store import PersonalStore
from kiosk.sealing.keystore import default_keystore
from kiosk.sealing.terminal_keys import terminal_keyring
from kiosk.statistics.stats import StatsService
from kiosk.storage.db import make_engine
from kiosk.visits.help_calls import HelpCalls, HelpCallStore, HelpOutbox
from kiosk.visits.outbox import Outbox, outbox_path
from kiosk.visits.recorder import MetricsRecorder
from kiosk.visits.terminal import TerminalLease, terminal_id


@dataclass(frozen=True)
class MetricsServices:
    engine: Engine
    recorder: MetricsRecorder
    personal: PersonalStore
    stats: StatsService
    clerk: ClerkService
    # The kiosk's door for the clerks' copy: sealed, and queued in the outbox when offline.
    copies: SealedCopies
    # Calls for staff across terminals; a kiosk's wait in the outbox file while offline.
    help_calls: HelpCalls

    def close(self) -> None:
        self.recorder.release_terminal()
        self.engine.dispose()


def open_services(config: Config, *, connect_timeout: int = 3) -> MetricsServices:
    engine = make_engine(config.database.url, connect_timeout=connect_timeout)
    terminal = terminal_id(config)
    outbox = Outbox(outbox_path(config), min_free_mb=config.terminal.min_free_disk_mb)
    recorder = MetricsRecorder(engine, outbox, terminal,
                               lease=TerminalLease(engine, terminal, config.terminal.role,
                                                   folder=data_dir()))
    keys = default_keystore()
    # Opening needs the town private key, which only clerk terminals hold (see town_key).
    personal = PersonalStore(engine, config.retention.personal_data,
                             sealer=LazyTownSealer(engine, keys),
                             opener=town_key.HeldTownKeys(keys))
    copies = SealedCopies(personal, outbox, terminal_keyring(keys))
    help_calls = HelpCalls(HelpCallStore(engine), terminal, outbox=HelpOutbox(outbox.path),
                           now=recorder.clock.now)
    return MetricsServices(
        engine, recorder, personal, StatsService(engine), ClerkService(engine, recorder, personal),
        copies, help_calls,
    )
