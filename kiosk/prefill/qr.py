"""The code as a QR image (PNG) and back from a picture (zxing-cpp); the printable
page is ``kiosk.prefill.sheet``.

Out: :func:`qr_symbol` is the one place a code's QR symbol is made, for the web page's
PNG and the printed sheet alike: error correction level M at least (segno raises the level
when the version leaves room), the standard four-module quiet zone, and modules large
enough that a phone showing the PNG full-width, or a printed page, reads from a kiosk's
scanner or camera.

The mask is fixed (``FIXED_MASK``). Any of the eight masks makes a valid symbol; segno's
search for the best one scores all eight and was three quarters of the time to make a
code (about 55 of 70 ms for a family of four). Our texts are base45 of compressed, signed
bytes, which look random to the mask, so the search gains nothing: codes made with mask 0
read back with zxing-cpp as often as the searched ones, blurred, rotated and shrunk to two
pixels a module (checked on random codes of 300–1,100 bytes). ``printing/draw.py`` fixes
the bundle's own QR to mask 0 for the same reason.

The PNG is drawn by Pillow from the symbol's matrix (C code: about 5 ms for 1,200 px)
rather than by segno's pure-Python writer (about 25 ms).

In: zxing-cpp, the decoder the kiosk's camera path uses, asked for QR codes only.
"""

from __future__ import annotations

import io

import segno

ERROR_LEVEL = "m"
QUIET_ZONE = 4  # modules, ISO/IEC 18004's minimum
PNG_TARGET_PX = 1200  # the PNG's side, about; never fewer than MIN_MODULE_PX a module
MIN_MODULE_PX = 6
FIXED_MASK = 0


class QrTooLarge(ValueError):
    """The text does not fit one QR code (version 40) at level M."""


def qr_symbol(text: str) -> segno.QRCode:
    """The QR symbol for ``text``; ``QrTooLarge`` when no version holds it."""
    try:
        return segno.make(text, error=ERROR_LEVEL, micro=False, boost_error=True,
                          mask=FIXED_MASK)
    except segno.DataOverflowError:
        raise QrTooLarge("the code does not fit one QR code") from None


def qr_png(text: str) -> bytes:
    """A black-on-white PNG (1 bit a pixel) of ``text``'s QR code, about ``PNG_TARGET_PX``
    wide, the quiet zone included."""
    from PIL import Image, ImageOps

    matrix = qr_symbol(text).matrix  # rows of 0 (light) and 1 (dark), no quiet zone
    modules = len(matrix)
    image = Image.frombytes("L", (modules, modules), b"".join(bytes(row) for row in matrix))
    image = ImageOps.expand(image.point(_dark_to_black, "1"), QUIET_ZONE, fill=1)
    side = modules + 2 * QUIET_ZONE
    scale = max(MIN_MODULE_PX, PNG_TARGET_PX // side)
    out = io.BytesIO()
    image.resize((side * scale, side * scale), Image.Resampling.NEAREST).save(out, "PNG")
    return out.getvalue()


def _dark_to_black(module: int) -> int:
    return 0 if module else 255


def decode_image(data: bytes) -> list[str]:
    """The texts of the QR codes in a PNG or JPEG picture (none when it is no picture)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            grey = image.convert("L")
    except (UnidentifiedImageError, OSError, ValueError):
        return []
    return _texts(grey)


def decode_pixels(pixels: bytes, width: int, height: int, bytes_per_line: int) -> list[str]:
    """The texts of the QR codes in an 8-bit grey frame (a camera's luminance plane);
    ``bytes_per_line`` may be larger than ``width`` (row padding)."""
    import zxingcpp

    if width <= 0 or height <= 0 or bytes_per_line < width:
        raise ValueError("the frame's size is not possible")
    if len(pixels) < bytes_per_line * (height - 1) + width:
        raise ValueError("the frame has fewer bytes than its size says")
    # a frame may end right after the last row's pixels, without that row's padding
    padded = pixels if len(pixels) >= bytes_per_line * height else (
        bytes(pixels) + bytes(bytes_per_line * height - len(pixels)))
    view = memoryview(padded)[:bytes_per_line * height]
    # With numpy installed (the display's extra pulls it in) its stub wants an ndarray; any
    # buffer works.
    image = zxingcpp.ImageView(view.cast("B", (height, bytes_per_line)),  # type: ignore[arg-type,unused-ignore]
                               width, height,
                               zxingcpp.ImageFormat.Lum, row_stride=bytes_per_line)
    return _texts(image)


def _texts(image: object) -> list[str]:
    import zxingcpp

    return [barcode.text for barcode in zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.QRCode))
            if barcode.valid]
