"""書かない窓口 kiosk: the resident kiosk, clerk console and manager tools."""

__version__ = "0.1.0"
