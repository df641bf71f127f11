"""``kiosk forms render --visit-id``: the same visit id gives the same file, for comparisons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli.main import main
from kiosk.resources_path import package_folder

SAMPLE = package_folder("forms") / "scenarios" / "tennyu_family4.json"


def test_the_given_visit_id_names_the_pdf(isolated_dirs: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["forms", "render", "--scenario", str(SAMPLE), "--out", str(out),
                 "--visit-id", "0123456789ab"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["visit"] == "0123456789ab"
    assert [p.name for p in out.glob("*.pdf")] == ["visit-0123456789ab.pdf"]


@pytest.mark.parametrize("bad", ["0123", "0123456789AB", "../../etc/x1"])
def test_a_visit_id_that_is_not_twelve_hex_digits_is_refused(
        isolated_dirs: Path, tmp_path: Path, bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["forms", "render", "--scenario", str(SAMPLE), "--out", str(tmp_path),
              "--visit-id", bad])
    assert exit_info.value.code == 2
    assert "--visit-id: must be 12" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))
