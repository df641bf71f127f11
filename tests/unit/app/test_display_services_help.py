"""``display_services`` wires the help calls to the display's own database, with the
help-call sound unless the town turned the display's sounds off (``[display] chime``)."""

from __future__ import annotations

from pathlib import Path

from kiosk.app.display_services import display_services
from kiosk.config import Config
from kiosk.domain.help_call import HelpReason
from kiosk.resources_path import resource
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.visits.help_calls import HelpCalls, HelpCallStore


def test_the_display_reads_the_calls_of_its_database(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    call = HelpCalls(HelpCallStore(engine), "kiosk-2").raise_call("welcome", HelpReason.RESIDENT)
    config = Config().replace("database", url=url).replace("terminal", id="display-1")
    services = display_services(config)
    assert services.help_calls is not None
    assert [c.id for c in services.help_calls.open_calls()] == [call.id]
    assert services.help_sound == resource("sounds", "help_call.wav").read_bytes()
    quiet = display_services(config.replace("display", chime=False))
    assert quiet.help_sound is None and quiet.help_calls is not None
    engine.dispose()
