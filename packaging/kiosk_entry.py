"""The frozen bundle's entry point: the ``kiosk`` command, exactly as the console script."""

import sys

from kiosk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
