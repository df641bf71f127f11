"""The whole chain of a pre-application, end to end: phone at home → QR code → kiosk → paper.

1. **At home.** Debian's chromium at 390×844, in Japanese, fills a family-of-four 転入 in a
   real ``kiosk web`` process. The resident is the person whose card the kiosk will read
   (the emulator's ``standard-adult``: 佐藤 花子, born 1985-04-12, female, 本町 of さくら
   町), typed as a resident types: an ASCII space in the name, the address with ASCII
   digits (the kiosk matches them after normalising: ``kiosk.app.prefill_match``).
2. **The code.** The page's PNG is downloaded and decoded with the kiosk's decoder
   (``kiosk.prefill.decode_image``, zxing-cpp), then verified with the town's public key.
3. **At the kiosk.** The real kiosk window gets the text as a keyboard-wedge scanner types
   it (key events into the focused widget, then Enter) at the welcome screen; the card is
   the emulator connected to pcscd through vsmartcard-vpcd (every APDU crosses pcscd and
   pyscard); the PIN is typed on the window's keypad; the review's print tap sends the
   bundle to the window's printer (a folder). The taps from the scan to the print command
   are counted: at most 6.
4. **The same bundle.** "The bundle the kiosk makes itself" is what the kiosk's printing
   service renders and prints for a *normal* card visit with the same answers: a session
   as the wizard leaves it (the answers loaded with the kiosk's scenario loader
   ``session_from_scenario``, the card's basic four as the resident, channel ``card``),
   then the preview screen's own calls (``Visit.scenario``, ``Navigator.plan``,
   ``Printing.render``, ``Printing.print``) with the visit info (id, ticket, date) the
   window rendered its bundle with. The
   household is not typed again on the kiosk's kana keyboard, which types kana only: the
   names would then differ from the kanji typed at home, and so would the forms. Both
   printed PDFs are rasterised (``printing.raster``) and must be the same pixels, page by
   page; the same bundle with one other digit in the 番地 is seen to differ.

"Today" is pinned: the kiosk's clock is the day the web server issued the code (the day
whose date it put into the scenario as the event date), so the event date, the ages and
the expiry agree on both sides.

The test uses the shared vpcd reader: run it under ``flock /work/wt/vpcd.lock``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from browser_support import WebKeys, WebServer
from counter_kiosk import CounterKiosk, card_basic_four, counter_config, kiosk_bundle
from kiosk_test_support import service_missing
from prefill_driver import FAMILY_OF_FOUR
from wizard_walker import WizardWalker

from forms.catalog import load_catalog
from kiosk.prefill import PrefillCode, decode_image, load_verify_keys, read_code
from printing.context import VisitInfo
from printing.raster import difference, rasterize

pytestmark = [pytest.mark.timeout(600), pytest.mark.pcsc, pytest.mark.e2e]

#: Pages are compared at this resolution (a wrong digit in a box shows at it).
DPI = 100


@pytest.fixture
def vpcd_reader() -> None:
    from card_vpcd_support import pcscd_ready

    if not pcscd_ready():
        service_missing("pcscd with the vsmartcard-vpcd driver")


@pytest.fixture
def counter(qtbot: Any, isolated_dirs: Path, vpcd_reader: None, web_keys: WebKeys,
            tmp_path: Path) -> Iterator[Callable[[date], CounterKiosk]]:
    """``counter(day)`` → the kiosk window at the counter, its clock pinned to ``day``."""
    windows: list[CounterKiosk] = []

    def start(day: date) -> CounterKiosk:
        window = CounterKiosk(qtbot, counter_config(web_keys.public_folder,
                                                    tmp_path / "printed"), day)
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.close()


def fill_at_home(driver: Any, web: WebServer, downloads: Path,
                 scenario: dict[str, Any]) -> tuple[WizardWalker, bytes]:
    """The resident's evening with the phone: every page, then the QR code's PNG."""
    walk = WizardWalker(driver, web.url)
    walk.start("ja")
    walk.resident(scenario["resident"])
    walk.event(scenario["event"])
    walk.household(scenario["household"])
    names = {m["id"]: m["name"] for m in scenario["household"]}
    names["self"] = scenario["resident"]["name"]
    walk.questions(scenario["answers"], names)
    walk.new_address(scenario["new_address"])
    walk.summary()
    return walk, walk.download_png(downloads)


def read_png(png: bytes, keys: WebKeys) -> tuple[str, PrefillCode]:
    texts = decode_image(png)
    assert len(texts) == 1, texts
    code = read_code(texts[0], keys=load_verify_keys(keys.public_folder), today=date.today(),
                     catalog_version=load_catalog(None).town.catalog_version)
    return texts[0], code


def test_a_family_of_four_fills_in_at_home_and_prints_at_the_kiosk_in_six_taps(
        browser: Callable[..., Any], web: WebServer, web_keys: WebKeys, downloads: Path,
        counter: Callable[[date], CounterKiosk], tmp_path: Path) -> None:
    answers_at_home = copy.deepcopy(FAMILY_OF_FOUR)
    walk, png = fill_at_home(browser(), web, downloads, answers_at_home)
    assert walk.log.unnamed == [], "the scenario answers every question the web asks"

    text, code = read_png(png, web_keys)
    day = code.issued
    assert code.scenario["event_date"] == day.isoformat()
    carried = [(m["id"], m["name"]) for m in code.scenario["household"]]
    assert carried == [(m["id"], m["name"]) for m in answers_at_home["household"]]

    kiosk = counter(day)
    kiosk.scan(text)
    kiosk.card_and_pin()
    kiosk.print_prefilled()
    print(f"\nthe whole chain, from the scan to the print command: {kiosk.taps} taps")
    assert kiosk.taps <= 6
    session = kiosk.window.session
    assert session.channel == "pre_application" and session.characters_typed == 0
    assert session.visit_id and session.ticket
    visit = kiosk.printed_visit
    assert visit is not None and (visit.id, visit.ticket) == (session.visit_id, session.ticket)
    numbers = dict(session.my_numbers)
    assert numbers == {"self": kiosk.profile.my_number}, "the 国保 form carries the number"
    (printed,) = (tmp_path / "printed").glob("*.pdf")

    answers_at_home["event_date"] = day.isoformat()
    own = kiosk_printout(tmp_path / "kiosk-own", web_keys, day, answers_at_home, visit, numbers)
    assert differing_pages(printed, own) == []

    # The comparison sees one wrong digit: the same visit with another 番地 differs.
    answers_at_home["new_address"]["banchi"] = "1234-6"
    other = kiosk_printout(tmp_path / "kiosk-other", web_keys, day, answers_at_home, visit, numbers)
    assert differing_pages(printed, other)


def kiosk_printout(folder: Path, keys: WebKeys, day: date, answers: dict[str, Any],
                   visit: VisitInfo, numbers: dict[str, str]) -> Path:
    """The kiosk's own bundle for ``answers`` (see the module docstring), as printed."""
    kiosk_bundle(counter_config(keys.public_folder, folder), day, answers, card_basic_four(),
                 visit, numbers)
    (pdf,) = folder.glob("*.pdf")
    return pdf


def differing_pages(printed: Path, expected: Path) -> list[str]:
    """The pages whose pixels differ at :data:`DPI` (both come from the same renderer on the
    same machine, so equal bundles rasterise to equal pixels: no tolerance is needed, and
    a tolerance would let one wrong digit in a box pass)."""
    pages, wanted = rasterize(printed, DPI), rasterize(expected, DPI)
    assert len(wanted) > 4, "a family's 転入 prints many forms"
    if len(pages) != len(wanted):
        return [f"{len(pages)} pages printed, {len(wanted)} expected"]
    return [f"page {number}: {difference(want, page)}"
            for number, (page, want) in enumerate(zip(pages, wanted, strict=True), 1)
            if page.tobytes() != want.tobytes()]
