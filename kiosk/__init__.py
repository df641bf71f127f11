"""書かない窓口 kiosk: the resident kiosk, clerk console and manager tools."""

import time

__version__ = "0.1.0"

#: ``time.monotonic()`` when the package was first imported, at the top of every entry
#: point: the start-up clock where the OS cannot tell the process's own start.
IMPORTED_AT = time.monotonic()
