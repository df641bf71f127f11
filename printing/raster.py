"""PDF pages as images (poppler's ``pdftoppm``) and a tolerant image comparison.

Visual regression tests and the real CUPS test compare what is printed as pictures, not
text: text extraction after a print filter is unreliable, and a picture is what the
resident gets. ``difference`` is tolerant of anti-aliasing and sub-pixel shifts: pixels
are compared after a small blur, and only clear differences count.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter


def rasterize(pdf: Path, dpi: int = 50, first: int = 1, last: int | None = None) -> list[Image.Image]:
    """Render pages ``first``..``last`` (1-based, inclusive) as greyscale images."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise FileNotFoundError("pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        args = [tool, "-r", str(dpi), "-gray", "-png", "-f", str(first)]
        if last is not None:
            args += ["-l", str(last)]
        subprocess.run([*args, str(pdf), f"{tmp}/p"], check=True, capture_output=True)
        pages = []
        for path in sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1])):
            with Image.open(path) as image:
                pages.append(image.convert("L").copy())
        return pages


@dataclass(frozen=True, slots=True)
class Difference:
    """How far two pages differ: the share of clearly different pixels, and the mean."""

    changed: float
    mean: float

    def within(self, changed: float = 0.005, mean: float = 2.0) -> bool:
        return self.changed <= changed and self.mean <= mean


def difference(a: Image.Image, b: Image.Image) -> Difference:
    """Compare two greyscale pages (``b`` is resized to ``a`` if their sizes differ)."""
    if a.size != b.size:
        b = b.resize(a.size, Image.Resampling.BILINEAR)
    blur = ImageFilter.GaussianBlur(1)
    diff = ImageChops.difference(a.filter(blur), b.filter(blur))
    histogram = diff.histogram()
    total = a.size[0] * a.size[1]
    changed = sum(histogram[64:]) / total
    mean = sum(i * n for i, n in enumerate(histogram)) / total
    return Difference(changed, mean)
