"""Exit 0 when a screenshot shows the kiosk's welcome screen: its blue start button is drawn.

``packaging/linux/test-deb.sh`` polls grim with it until the window is up. The button's
colour is the theme's primary blue; a black or half-drawn screen has no large area of it.
"""

import sys

from PIL import Image

PRIMARY_BLUE = (0x0B, 0x5C, 0xAD)
MIN_PIXELS = 20_000  # the start button alone is several hundred by ~80 px


def near(pixel: tuple[int, ...], colour: tuple[int, int, int], tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def main(path: str) -> int:
    image = Image.open(path).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    blue = sum(count for count, colour in colours if near(colour, PRIMARY_BLUE))
    return 0 if blue >= MIN_PIXELS else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
