"""The clerk console (``kiosk clerk``): one window per counter, for staff.

A normal desktop window (mouse, keyboard and a USB barcode scanner), not the resident
kiosk: ``window.ClerkWindow`` assembles one panel per module, ``desk.ClerkDesk`` does the
work through the metrics and printing services, off the UI thread.
"""
