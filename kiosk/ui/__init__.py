"""The PySide6 user interface. The only package (with the window-opening CLI commands)
that imports Qt; everything it shows comes from plain-Python services."""
