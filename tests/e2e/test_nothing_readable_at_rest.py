"""Acceptance (issue 11): after a whole visit, no file the kiosk wrote holds the resident's
name, address, birth date or 個人番号 in plaintext — on SQLite and on PostgreSQL.

The visit runs through the real window with the real services, wired as ``kiosk run``
wires them, with every per-user folder under the test's ``KIOSK_HOME`` (the SQLite
database too). Then every file under that home is read as raw bytes and searched for each
value in UTF-8, UTF-16 (both byte orders), Shift_JIS and as JSON ``\\u`` escapes. The
printer's output (a folder outside the home) is the only place the values may be.

On PostgreSQL the town key is made by a "clerk terminal" (its own key folder), so the
kiosk holds only the public key: it cannot read its own copy back, the clerk can. After a
``CHECKPOINT`` the files of the test database's relations under the server's data
directory are searched too.
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from resident_driver import PROFILE, Resident
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError

from kiosk.app.metrics_services import MetricsServices, open_services
from kiosk.config import Config
from kiosk.logging_setup import setup_logging
from kiosk.personal import town_key
from kiosk.personal.store import PersonalStore
from kiosk.sealing.keystore import FileKeyStore
from kiosk.storage import migrate
from kiosk.storage.tables import VisitPersonal
from kiosk.ui.kiosk_app import attach_metrics

pytestmark = pytest.mark.timeout(300)

ANSWERS: dict[str, Any] = {
    "from_area": "other_pref", "has_mnc": True, "insurance": "national", "pregnant": False,
    "kaigo_nintei": False, "in_childcare": False, "disability_book": False,
    "single_parent": False, "public_servant": False, "wants_inkan": True, "town_water": True,
    "has_dog": False, "has_moped": False, "wants_certificate": False, "foreign_national": False,
}
BIRTH = PROFILE.birth_date  # YYYYMMDD
SECRETS = {
    "name": [PROFILE.name, PROFILE.name.replace("\u3000", " "),
             PROFILE.name.replace("\u3000", "")],
    "address": [PROFILE.address],
    "birth date": [BIRTH, f"{BIRTH[:4]}-{BIRTH[4:6]}-{BIRTH[6:]}"],
    "個人番号": [PROFILE.my_number],
}


def encoded(value: str) -> set[bytes]:
    """``value`` as bytes in every encoding a file could hold it in."""
    forms = {value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be")}
    with contextlib.suppress(UnicodeEncodeError):  # not representable: not stored that way
        forms.add(value.encode("shift_jis"))
    escaped = json.dumps(value)[1:-1]  # \uXXXX for every non-ASCII character
    if escaped != value:
        forms.add(escaped.encode("ascii"))
        forms.add(re.sub(r"\\u([0-9a-f]{4})", lambda m: "\\u" + m[1].upper(),
                         escaped).encode("ascii"))
    return forms


NEEDLES = [(what, value, form) for what, values in SECRETS.items()
           for value in values for form in encoded(value)]


def leaks(files: list[Path]) -> list[str]:
    found = []
    for path in files:
        raw = path.read_bytes()
        found += [f"{path}: {what} ({value!r} as {form!r})"
                  for what, value, form in NEEDLES if form in raw]
    return found


def test_the_needles_find_what_they_look_for(tmp_path: Path) -> None:
    """The scan itself can fail: every encoding of every value is caught."""
    samples = {
        "utf8.txt": PROFILE.name.encode("utf-8"),
        "utf16.bin": ("x" + PROFILE.address).encode("utf-16-le"),
        "sjis.csv": PROFILE.address.encode("shift_jis"),
        "escaped.json": json.dumps({"n": PROFILE.name}).encode("ascii"),
        "number.log": f"no={PROFILE.my_number}".encode(),
    }
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
        assert leaks([tmp_path / name]), name
    (tmp_path / "clean.bin").write_bytes(b"\x00" * 64 + "佐藤".encode())
    assert not leaks([tmp_path / "clean.bin"])


@pytest.fixture(params=["sqlite", "postgresql"])
def kiosk(request: pytest.FixtureRequest, qtbot: Any, isolated_dirs: Path,
          tmp_path: Path) -> Iterator[tuple[Resident, MetricsServices, FileKeyStore | None]]:
    url, clerk_keys = "", None  # "": the default SQLite file in the home's data folder
    if request.param == "postgresql":
        url = request.getfixturevalue("fresh_pg_url")
    config = (Config().replace("ui", language="ja")
              .replace("printer", backend="folder", folder=str(tmp_path / "printed"))
              .replace("database", url=url))
    setup_logging("DEBUG")  # the real log file, under the test's KIOSK_HOME
    driver = Resident(qtbot, config)
    driver.window.screens["pin_entry"].read_number = config.card.read_my_number
    metrics = open_services(config)
    migrate.upgrade(metrics.engine)
    if url:  # `kiosk keys init` on a clerk terminal: the kiosk never sees the private key
        clerk_keys = FileKeyStore(tmp_path / "clerk-terminal-keys")
        town_key.create(metrics.engine, clerk_keys)
    attach_metrics(driver.window, metrics)
    yield driver, metrics, clerk_keys
    driver.window.allow_close()
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    metrics.close()


def _whole_visit(resident: Resident) -> str:
    session = resident.window.session
    resident.sign_in_with_card()
    visit_id = session.visit_id
    assert visit_id
    resident.choose_event("IN")
    resident.tap(resident.screen("household").continue_button)
    resident.wait_for("questions")
    resident.answer_questions(ANSWERS)
    resident.type_new_address("関町", "12")
    resident.confirm_reading()
    resident.tap(resident.screen("summary").print_button)
    resident.wait_for("preview")
    preview = resident.screen("preview")
    resident.qtbot.waitUntil(lambda: preview.state == "ready", timeout=60_000)
    resident.tap(preview.print_button)
    resident.take_card_back()
    resident.tap(resident.screen("finished").done_button)
    resident.wait_for("welcome")
    return visit_id


def _postgres_files(engine: Engine) -> list[Path]:
    """The files of every relation of the test database, after a checkpoint.

    ``CHECKPOINT`` and ``SHOW data_directory`` need a privileged role; when the test role
    is not one, the server's own account does the checkpoint (we run as root) and the
    data directory is the one under /var/lib/postgresql that holds this database.
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        database_oid = connection.execute(text(
            "SELECT oid FROM pg_database WHERE datname = current_database()")).scalar_one()
        relative = connection.execute(text(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c "
            "WHERE pg_relation_filepath(c.oid) IS NOT NULL")).scalars().all()
        try:
            connection.execute(text("CHECKPOINT"))
            data_dirs = [Path(str(connection.execute(text("SHOW data_directory")).scalar_one()))]
        except DBAPIError:
            port = str(engine.url.port or 5432)
            subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-p", port, "-qc",
                            "CHECKPOINT"], check=True, capture_output=True, timeout=60)
            data_dirs = sorted(Path("/var/lib/postgresql").glob("*/main"))
    data_dir = next(d for d in data_dirs if (d / "base" / str(database_oid)).is_dir())
    files = [f for rel in relative for f in data_dir.glob(f"{rel}*") if f.is_file()]
    assert any(f.parent.name == str(database_oid) for f in files), "the table files were found"
    return files


def test_no_file_holds_the_residents_data_in_plaintext(
        kiosk: tuple[Resident, MetricsServices, FileKeyStore | None], isolated_dirs: Path,
        tmp_path: Path) -> None:
    resident, metrics, clerk_keys = kiosk
    visit_id = _whole_visit(resident)
    with metrics.engine.connect() as connection:  # the copy is stored before the scan
        stored = connection.execute(select(VisitPersonal.visit_id)).scalars().all()
    assert stored == [visit_id]

    files = [p for p in isolated_dirs.rglob("*") if p.is_file()]
    assert (isolated_dirs / "logs" / "kiosk.log").stat().st_size > 0, "the log was written"
    if clerk_keys is None:
        assert (isolated_dirs / "data" / "kiosk.sqlite3") in files, "the database was scanned"
    assert not leaks(files)
    if clerk_keys is not None:
        assert not leaks(_postgres_files(metrics.engine))

    # The clerks' copy is there, sealed; the clerk terminal (the town key) opens it.
    if clerk_keys is None:  # a single tablet: the key pair was made here at first use
        copy = metrics.personal.read(visit_id, staff_id="e2e", terminal_id="test")
    else:
        with pytest.raises(town_key.TownKeyMissing):
            metrics.personal.read(visit_id, staff_id="e2e", terminal_id="kiosk")
        clerk = PersonalStore(metrics.engine, opener=town_key.opener(clerk_keys))
        copy = clerk.read(visit_id, staff_id="e2e", terminal_id="clerk-1")
    assert copy is not None and copy["resident"]["name"] == PROFILE.name
    assert list((tmp_path / "printed").glob("*.pdf")), "the forms were printed"
