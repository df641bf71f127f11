"""Judge grim's screenshot of the kiosk under cage against the welcome screen as it should be.

``packaging/linux/test-deb.sh`` polls grim with it until the window is up:

    welcome_on_screen.py reference OUT.png WIDTHxHEIGHT [CONFIG]
        draws the real welcome screen offscreen (this venv's kiosk, the terminal's own
        configuration, so the same language and town name) at the output's size
    welcome_on_screen.py check SHOT.png REFERENCE.png
        exit 0 when the screenshot is that picture: the same size, the window filling it
        (no unpainted black band, the start button as wide as in the reference) and the
        same text, the town's name included (under half a per cent of the pixels differ:
        the welcome screen in English, or laid out for another size, differs by far more)

A black or half-drawn screen, a window smaller than the output, English under a Japanese top
bar: each fails with one line saying which.
"""

from __future__ import annotations

import os
import sys

from PIL import Image, ImageChops

PRIMARY_BLUE = (0x0B, 0x5C, 0xAD)
#: Channel difference that counts a pixel as different (anti-aliasing and font hinting
#: between the two renderings stay well under it).
PIXEL_TOLERANCE = 48
#: Share of differing pixels allowed. Under cage the ready kiosk matched the reference to
#: the pixel (0.00 %); before the catalog has loaded (no town name in the top bar) it
#: differs by 2 %, in English by 8 %, a stale first frame by more than 40 %.
MAX_DIFFERENT = 0.005


def make_reference(out: str, size: str, config_file: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app.composition import kiosk_services
    from kiosk.config import load_config
    from kiosk.ui.app import create_application
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.registry import RESIDENT_SCREENS

    width, height = (int(n) for n in size.split("x"))
    app = create_application()
    config = load_config(config_file).replace("ui", fullscreen=False)
    services = kiosk_services(config)
    window = MainWindow(services, [RESIDENT_SCREENS[0].load()], kiosk_mode=False,
                        late_screens=True)
    _ = services.navigator  # the catalog, as the kiosk loads it after its first frame:
    window.retranslate_ui()  # the town's name in the top bar
    window.setFixedSize(width, height)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    window.grab().save(out)
    window.allow_close()
    window.close()
    del app
    return 0


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int], tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def _blue_width(image: Image.Image) -> int:
    """The widest run of the primary blue on any row (the start button's width)."""
    widest = 0
    pixels = image.load()
    assert pixels is not None
    for y in range(0, image.height, 4):
        run = 0
        for x in range(image.width):
            pixel = pixels[x, y]
            assert isinstance(pixel, tuple)  # an RGB image
            run = run + 1 if _near(pixel, PRIMARY_BLUE) else 0
            widest = max(widest, run)
    return widest


def _black_band(image: Image.Image) -> bool:
    """Whether the right or bottom edge is unpainted (a window smaller than the output)."""
    width, height = image.size
    edges = [image.crop((width - 8, 0, width, height)), image.crop((0, height - 8, width, height))]
    return any(_brightest(edge) < 16 for edge in edges)


def _brightest(image: Image.Image) -> int:
    counts = image.convert("L").histogram()
    return max(level for level, count in enumerate(counts) if count)


def check(shot_path: str, reference_path: str) -> int:
    shot = Image.open(shot_path).convert("RGB")
    reference = Image.open(reference_path).convert("RGB")
    if shot.size != reference.size:
        return _fail(f"screenshot {shot.size} is not the output's size {reference.size}")
    if _black_band(shot):
        return _fail("the window does not fill the output (a black band at the edge)")
    blue, wanted = _blue_width(shot), _blue_width(reference)
    if blue < 0.9 * wanted:
        return _fail(f"the start button is {blue} px wide, {wanted} px on the welcome screen")
    diff = ImageChops.difference(shot, reference).convert("L").point(
        lambda value: 255 if value > PIXEL_TOLERANCE else 0)
    share = (diff.histogram()[255]) / (shot.width * shot.height)
    if share > MAX_DIFFERENT:
        return _fail(f"{share:.1%} of the pixels differ from the welcome screen (wrong "
                     "language or layout)")
    print(f"welcome_on_screen: the welcome screen fills the output; {share:.2%} of the "
          f"pixels differ from the offscreen rendering")
    return 0


def _fail(reason: str) -> int:
    print(f"welcome_on_screen: {reason}", file=sys.stderr)
    return 1


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "reference":
        return make_reference(argv[1], argv[2], argv[3] if len(argv) > 3 else None)
    if len(argv) == 3 and argv[0] == "check":
        return check(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
