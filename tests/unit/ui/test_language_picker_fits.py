"""Eight languages still fit the picker on a 10-inch tablet at the largest text size."""

from __future__ import annotations

import dataclasses
from typing import Any

from layout_check import layout_problems
from PySide6.QtWidgets import QApplication

from forms.catalog import load_catalog
from kiosk import i18n
from kiosk.config import Config
from kiosk.ui import theme


def test_every_catalog_language_fits_the_picker_at_the_largest_size(
    make_window: Any, ui_config: Config,
) -> None:
    offered = load_catalog().locales
    assert len(offered) >= 8
    config = dataclasses.replace(ui_config, ui=dataclasses.replace(ui_config.ui,
                                                                   languages=offered))
    i18n.configure(languages=offered)
    try:
        window = make_window(config)
        window.set_text_size(len(theme.TEXT_SIZES_PX) - 1)
        picker = window.language_picker
        assert picker is not None
        picker.open("ja")
        for _ in range(3):
            QApplication.processEvents()
        assert set(picker.buttons) == set(offered)
        assert window.width() <= 1280 and window.height() <= 800
        assert not layout_problems(picker.overlay)
        # every language is named in itself, never by its tag
        assert all(button.text() != locale for locale, button in picker.buttons.items())
    finally:
        window.set_text_size(0)
        i18n.configure(languages=ui_config.ui.languages)
