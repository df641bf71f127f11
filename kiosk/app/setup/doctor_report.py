"""The assistant's last page: ``kiosk doctor`` on the new configuration, with its verdict."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.app.setup.config_file import valid_config
from kiosk.doctor import Finding, Status, run_checks


@dataclass(frozen=True)
class DoctorReport:
    findings: tuple[Finding, ...]

    @property
    def needs_attention(self) -> tuple[str, ...]:
        """The areas that failed: the terminal is ready when there are none."""
        return tuple(f.area for f in self.findings if f.status is Status.FAIL)

    @property
    def ready(self) -> bool:
        return not self.needs_attention


def run_doctor(path: Path) -> DoctorReport:
    """Every doctor check against the configuration file at ``path`` (never raises but
    ``SetupStop`` for a file that is not valid)."""
    return DoctorReport(tuple(run_checks(valid_config(path))))
