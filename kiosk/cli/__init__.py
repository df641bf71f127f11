"""The ``kiosk`` command line: one module per command group."""
