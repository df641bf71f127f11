"""Every sentence of the web wizard has a Japanese translation (context ``Web``)."""

from __future__ import annotations

import re
from pathlib import Path

import kiosk.web
from kiosk.i18n import translate
from kiosk.web.app import PAGE_TITLES
from kiosk.web.fields import MESSAGES
from kiosk.web.views import FIELD_LABELS

WEB = Path(kiosk.web.__file__).parent
TEMPLATE_CALL = re.compile(r"""\bt\(\s*(["'])((?:(?!\1).)+)\1""")
PYTHON_CALL = re.compile(r'''\bt\(\s*"([^"]+)"''')


def web_sentences() -> set[str]:
    found: set[str] = set()
    for template in WEB.glob("templates/*.html"):
        found |= {m.group(2) for m in TEMPLATE_CALL.finditer(template.read_text("utf-8"))}
    for module in WEB.glob("*.py"):
        found |= set(PYTHON_CALL.findall(module.read_text("utf-8")))
    return found | set(PAGE_TITLES.values()) | set(MESSAGES) | set(FIELD_LABELS.values())


def test_the_extraction_finds_the_templates_sentences() -> None:
    sentences = web_sentences()
    assert "Make my QR code" in sentences  # a template's t("…")
    assert "Yes, all of them" in sentences  # a module's t("…")
    assert len(sentences) > 60


def test_every_web_sentence_has_a_japanese_translation() -> None:
    missing = sorted(s for s in web_sentences() if translate("Web", s, "ja") == s)
    assert missing == []


def test_placeholders_survive_translation() -> None:
    for source in web_sentences():
        wanted = set(re.findall(r"\{\w+\}", source))
        assert set(re.findall(r"\{\w+\}", translate("Web", source, "ja"))) == wanted, source
