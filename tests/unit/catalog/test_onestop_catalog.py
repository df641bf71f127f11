"""``onestop.yaml`` and the procedures' staff guidance: what a town edits, validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from forms.catalog import CatalogError, load_catalog


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def problems(folder: Path) -> str:
    with pytest.raises(CatalogError) as info:
        load_catalog(folder)
    return "\n".join(info.value.problems)


def enable(folder: Path) -> None:
    edit(folder, "onestop.yaml", "enabled: false", "enabled: true")


def test_the_bundled_desk_is_off_so_every_department_keeps_its_counter() -> None:
    catalog = load_catalog()
    assert catalog.onestop is None
    assert "SOGO" not in catalog.departments


def test_an_enabled_desk_is_a_counter_and_places_every_procedure(folder: Path) -> None:
    enable(folder)
    catalog = load_catalog(folder)
    desk = catalog.onestop
    assert desk is not None and desk.id == "SOGO"
    assert desk.name.get("ja") == "総合窓口（ワンストップ窓口）"
    assert next(iter(catalog.departments)) == "SOGO"  # the resident starts there
    assert catalog.departments["SOGO"].counter == desk.place
    assert not desk.handles("hoiku_tenen") and not desk.handles("tennyugaku")
    assert desk.handles("jumin_ido") and desk.handles("kokuho_shutoku")


def test_without_the_file_there_is_no_desk(folder: Path) -> None:
    (folder / "onestop.yaml").unlink()
    assert load_catalog(folder).onestop is None


def test_a_procedure_placed_nowhere_is_refused(folder: Path) -> None:
    enable(folder)
    edit(folder, "onestop.yaml", "    - gentsuki\n", "")
    assert "placed neither 'at_desk' nor 'specialist': gentsuki" in problems(folder)


def test_a_procedure_placed_twice_or_unknown_is_refused(folder: Path) -> None:
    edit(folder, "onestop.yaml", "    - kotei_shisan\n", "    - kotei_shisan\n    - suido\n"
         "    - no_such_procedure\n")
    found = problems(folder)
    assert "'suido' is both 'at_desk' and 'specialist'" in found
    assert "'no_such_procedure', which procedures.yaml does not define" in found


def test_the_desk_is_not_a_department(folder: Path) -> None:
    edit(folder, "onestop.yaml", "    id: SOGO", "    id: JUMIN")
    assert "already a department" in problems(folder)


def test_the_desk_needs_a_name_and_a_place(folder: Path) -> None:
    edit(folder, "onestop.yaml", "    place: {ja: 役場1階 正面入口, en: \"Town hall, "
         "ground floor, main entrance\"}\n", "")
    assert "'place' is missing" in problems(folder)


def test_the_guidance_of_a_moving_in_notification() -> None:
    guidance = load_catalog().procedures["jumin_ido"].guidance
    assert any("住民基本台帳法第22条" in t.get("ja") for t in guidance.legal_basis)
    assert guidance.mistakes and guidance.to_see


def test_every_bundled_procedure_carries_guidance() -> None:
    for pid, procedure in load_catalog().procedures.items():
        guidance = procedure.guidance
        assert guidance.legal_basis and guidance.mistakes, pid
        assert all(t.get("ja") and t.get("en") for t in (*guidance.legal_basis,
                                                          *guidance.mistakes,
                                                          *guidance.to_see)), pid


def test_guidance_keys_are_checked(folder: Path) -> None:
    edit(folder, "procedures.yaml", "      mistakes:\n        - {ja: 異動日を届出日",
         "      errors:\n        - {ja: 異動日を届出日")
    assert "unknown key 'errors'" in problems(folder)


def test_catalog_check_names_the_desk(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.cli.main import main

    assert main(["catalog", "check", "--folder", str(folder)]) == 0
    assert "one-stop desk" not in capsys.readouterr().out
    enable(folder)
    assert main(["catalog", "check", "--folder", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "one-stop desk SOGO: 24 procedures at the desk, 7 with a specialist" in out
