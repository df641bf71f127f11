"""``kiosk doctor`` on a filling disk and a damaged outbox: plain words, never "the network"."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.doctor import Status, check_database, check_disk, check_outbox
from kiosk.visits.outbox import Outbox


@pytest.fixture
def nearly_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """The data folder's file system has 5 MB left (the real full disk: tests/integration)."""
    from kiosk.visits import outbox_safety

    monkeypatch.setattr(outbox_safety, "free_bytes", lambda _folder: 5 * 1024 * 1024)


def test_disk_space_is_checked_against_the_threshold(isolated_dirs: Path) -> None:
    ok = check_disk(Config().replace("terminal", min_free_disk_mb=1))
    assert ok.status is Status.OK and "MB free in the data folder" in ok.message


def test_a_nearly_full_disk_fails_in_plain_words(isolated_dirs: Path, nearly_full: None) -> None:
    assert check_disk(Config().replace("terminal", min_free_disk_mb=4)).status is Status.OK
    low = check_disk(Config())  # 200 MB by default
    assert low.status is Status.FAIL
    assert "almost full: 5 MB free" in low.message and "free some space" in low.message


def test_a_full_disk_is_not_blamed_on_the_network(isolated_dirs: Path,
                                                  nearly_full: None) -> None:
    config = Config().replace("database", url="postgresql://k:k@127.0.0.1:1/none")
    assert "Check database.url and the network" in check_database(
        config.replace("terminal", min_free_disk_mb=1)).message
    finding = check_database(config)
    assert finding.status is Status.FAIL
    assert "almost full" in finding.message and "network" not in finding.message


def test_a_set_aside_outbox_is_shown(isolated_dirs: Path) -> None:
    path = isolated_dirs / "outbox.sqlite3"
    config = Config().replace("database", outbox_url=f"sqlite:///{path.as_posix()}")
    Outbox(path)
    assert check_outbox(config).status is Status.OK
    path.write_bytes(b"garbage" * 1000)
    Outbox(path)  # the kiosk starts: sets it aside
    finding = check_outbox(config)
    assert finding.status is Status.WARN and "damaged outbox(es) were set aside" in finding.message


def test_the_running_kiosks_alerts_reach_the_doctor(isolated_dirs: Path,
                                                    nearly_full: None) -> None:
    path = isolated_dirs / "outbox.sqlite3"
    config = Config().replace("database", outbox_url=f"sqlite:///{path.as_posix()}")
    outbox = Outbox(path, min_free_mb=200)
    assert check_outbox(config).status is Status.OK
    outbox.check_disk()  # what the kiosk does before each visit
    finding = check_outbox(config)
    assert finding.status is Status.WARN
    assert "The kiosk reports: The disk of the data folder" in finding.message
    outbox.min_free_mb = 1
    outbox.check_disk()
    assert check_outbox(config).status is Status.OK
