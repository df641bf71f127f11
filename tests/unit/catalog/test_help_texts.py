"""Help on every question: the catalog's ``help`` texts, the 「わからない」 answer and the
``kiosk catalog check`` that refuses a question or an answer without help in a language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forms.catalog import BUNDLED_FOLDER, CatalogError, load_catalog
from forms.catalog.help_check import help_gaps
from kiosk.cli.main import main


def _copy(tmp_path: Path, locales: str = "[ja, en]") -> Path:
    folder = tmp_path / "town-catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (folder / "locales.yaml").write_text(f"locales: {locales}\n", encoding="utf-8")
    return folder


def _edit(folder: Path, old: str, new: str) -> None:
    path = folder / "questions.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_every_question_and_option_has_help_in_japanese_and_english() -> None:
    catalog = load_catalog()
    for question in catalog.questions.values():
        assert question.help.ja and question.help.en, question.id
        for option in question.options:
            assert option.help.ja and option.help.en, (question.id, option.id)
    assert catalog.dont_know.label.get("ja") == "わからない"
    assert catalog.dont_know.help.ja and catalog.dont_know.help.en


def test_every_question_has_help_in_every_language_of_the_catalog() -> None:
    """The acceptance of issue 15: help in every locale of locales.yaml (the translators'
    files bring the languages other than Japanese and English)."""
    assert help_gaps(load_catalog()) == []


def test_help_explains_the_jargon_the_residents_meet() -> None:
    catalog = load_catalog()
    helped = " ".join(q.help.ja for q in catalog.questions.values())
    options = " ".join(o.help.ja for q in catalog.questions.values() for o in q.options)
    for word in ("要介護", "扶養", "後期高齢者医療", "実印", "世帯主"):
        assert word in helped, word
    assert "生活保護" in options
    assert "介護保険被保険者証" in catalog.questions["kaigo_nintei"].help.ja


def test_check_passes_a_catalog_whose_languages_all_have_help(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "check", "--folder", str(_copy(tmp_path))]) == 0
    assert capsys.readouterr().out.startswith("catalog OK")


def test_check_names_a_question_without_help_and_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy(tmp_path)
    path = folder / "questions.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith('ja: "日本の国籍'))
    del lines[start + 1]  # the English help of foreign_national
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["catalog", "check", "--folder", str(folder)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == ("kiosk: questions.yaml: question 'foreign_national' has no help in 'en' "
                      "(write it as help: {en: …} in the YAML)")
    assert len(err) == 2 and "1 help text missing" in err[1]


def test_check_names_an_option_without_help_in_a_declared_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy(tmp_path, "[ja, en, vi]")
    (folder / "translations").mkdir(exist_ok=True)
    for ts in (folder / "translations").glob("*.ts"):
        ts.unlink()
    assert main(["catalog", "check", "--folder", str(folder)]) == 1
    err = capsys.readouterr().err
    assert ("kiosk: questions.yaml: option 'welfare' of question 'insurance' has no help in "
            "'vi' (translate it in translations/catalog_vi.ts, or write it inline)") in err
    assert "question 'has_dog' has no help in 'vi'" in err
    assert "has no help in 'en'" not in err


def test_a_town_catalog_without_help_still_loads(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "questions.yaml"
    kept = [line for line in path.read_text(encoding="utf-8").splitlines()
            if not line.strip().startswith(("help:", 'ja: "', 'en: "'))]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    catalog = load_catalog(folder)
    assert catalog.questions["insurance"].help.get("ja") == ""
    assert len(help_gaps(catalog)) == 2 * (1 + len(catalog.questions) + sum(
        len(q.options) for q in catalog.questions.values()))


def test_an_option_may_not_take_the_dont_know_id(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, "      - id: abroad\n", "      - id: dont_know\n")
    with pytest.raises(CatalogError, match="'dont_know' is the answer every question offers"):
        load_catalog(folder)
