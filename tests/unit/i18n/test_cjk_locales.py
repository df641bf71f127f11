"""简体中文 (zh) and 한국어 (ko): each names itself, and the bundled drafts reach the plain-Python
texts, the catalog and the Qt screens."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from forms.catalog import load_catalog
from kiosk import i18n
from kiosk.card.errors import NoCard
from kiosk.ui.i18n import LanguageSwitcher

EXPECTED = {
    # locale: (its name, the card error, the 転入 title, the Qt welcome title)
    "zh": ("简体中文", "请将个人编号卡（マイナンバーカード）放在读卡器上。", "迁入（転入）",
           "欢迎来到町政府"),
    "ko": ("한국어", "마이넘버 카드를 리더기에 올려 주십시오.", "전입(転入)",
           "관공서 창구에 오신 것을 환영합니다"),
}


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_language_names_itself_and_plain_texts_follow(locale: str) -> None:
    name, card_error, moving_in, _ = EXPECTED[locale]
    assert i18n.language_name(locale) == name
    assert NoCard().message(locale) == card_error
    titles = load_catalog().event_titles(locale)
    assert moving_in in titles.values()


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_qt_screens_load_the_compiled_drafts(locale: str, qapp: Any) -> None:
    i18n.configure(languages=("ja", "en", locale), folders=[])
    switcher = LanguageSwitcher.shared()
    before = switcher.current
    try:
        switcher.set_language(locale)
        welcome = QCoreApplication.translate("WelcomeScreen", "Welcome to the town hall")
        assert welcome == EXPECTED[locale][3]
    finally:
        switcher.set_language(before if before in ("ja", "en") else "ja")
        i18n.configure(languages=("ja", "en"), folders=[])
