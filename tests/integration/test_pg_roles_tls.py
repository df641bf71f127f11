"""The README's TLS set-up, as written: ``sslmode=verify-full`` with ``sslrootcert``.

A private, throw-away PostgreSQL instance (the shared server has no TLS and is never
reconfigured) gets a town CA and a server certificate for ``localhost`` (made with the
``openssl`` command), ``ssl = on`` and only ``hostssl`` lines in ``pg_hba.conf``. Then
``kiosk db roles`` runs over TLS, and a terminal role connects with the documented URL;
a wrong host name, an unknown CA and plain text are each refused.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kiosk_test_support import service_missing
from sqlalchemy import text

from kiosk.cli.main import main
from kiosk.storage import migrate
from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine

PG_BIN = Path("/usr/lib/postgresql/15/bin")
pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _as_postgres(*command: str) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def _make_certificates(folder: Path) -> None:
    """A town CA, a server certificate for localhost signed by it, and a stranger CA."""
    days = ("-days", "2")
    for ca in ("town-ca", "other-ca"):
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", *days, "-subj", f"/CN={ca}",
                 "-keyout", f"{ca}.key", "-out", f"{ca}.crt", cwd=folder)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
             "-keyout", "server.key", "-out", "server.csr", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost\n", encoding="utf-8")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "town-ca.crt", "-CAkey", "town-ca.key",
             "-CAcreateserial", *days, "-extfile", "san.ext", "-out", "server.crt", cwd=folder)


@dataclass
class TlsServer:
    folder: Path
    port: int

    def url(self, user: str, password: str, host: str = "localhost", ca: str = "town-ca",
            mode: str = "verify-full") -> str:
        return (f"postgresql://{user}:{password}@{host}:{self.port}/kiosk"
                f"?sslmode={mode}&sslrootcert={self.folder / ca}.crt")


@pytest.fixture
def tls_server() -> Iterator[TlsServer]:
    if not (PG_BIN / "initdb").exists() or shutil.which("openssl") is None:
        service_missing("PostgreSQL server binaries (initdb) and openssl")
    folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-tls-"))
    data = folder / "data"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    ctl = [str(PG_BIN / "pg_ctl"), "-D", str(data)]
    try:
        _make_certificates(folder)
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        (folder / "password").write_text("owner-secret\n", encoding="utf-8")
        if os.geteuid() == 0:
            shutil.chown(folder / "password", "postgres", "postgres")
        subprocess.run(_as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                                    "--pwfile", str(folder / "password"), "--no-sync"),
                       check=True, capture_output=True, timeout=120)
        for name in ("server.crt", "server.key"):
            shutil.copy(folder / name, data / name)
            if os.geteuid() == 0:
                shutil.chown(data / name, "postgres", "postgres")
        (data / "server.key").chmod(0o600)
        (data / "pg_hba.conf").write_text(
            "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n",
            encoding="utf-8")
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key")
        subprocess.run(_as_postgres(*ctl, "-o", options, "-l", str(folder / "server.log"),
                                    "-w", "start"), check=True, capture_output=True, timeout=60)
    except (subprocess.SubprocessError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        service_missing(f"a private PostgreSQL instance with TLS ({type(exc).__name__})")
    server = TlsServer(folder, port)
    setup = make_engine(server.url("postgres", "owner-secret").replace("/kiosk?", "/postgres?"))
    with setup.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("CREATE DATABASE kiosk"))
    setup.dispose()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            subprocess.run(_as_postgres(*ctl, "-m", "fast", "-w", "stop"),
                           check=True, capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def _refusal(url: str) -> str:
    engine = make_engine(url, connect_timeout=5)
    try:
        with pytest.raises(DatabaseUnavailable) as failure:
            check_connection(engine)
    finally:
        engine.dispose()
    return str(failure.value)


def test_terminals_connect_with_verify_full_as_the_readme_says(
    tls_server: TlsServer, tmp_path: Path,
) -> None:
    owner_url = tls_server.url("postgres", "owner-secret")
    owner = make_engine(owner_url)
    migrate.upgrade(owner)
    owner.dispose()
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[database]\nurl = "{owner_url}"\n', encoding="utf-8")
    secrets = tmp_path / "secrets"
    assert main(["--config", str(config), "db", "roles", "--prefix", "town_",
                 "--passwords", str(secrets)]) == 0
    password = (secrets / "town_terminal.password").read_text(encoding="utf-8").strip()

    terminal = make_engine(tls_server.url("town_terminal", password))
    with terminal.connect() as connection:
        assert connection.execute(text("SELECT current_user")).scalar_one() == "town_terminal"
        encrypted = connection.execute(
            text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar_one()
    terminal.dispose()
    assert encrypted is True

    assert "does not match host name" in _refusal(
        tls_server.url("town_terminal", password, host="127.0.0.1"))
    assert "certificate verify failed" in _refusal(
        tls_server.url("town_terminal", password, ca="other-ca"))
    assert "no pg_hba.conf entry" in _refusal(
        tls_server.url("town_terminal", password, mode="disable"))
