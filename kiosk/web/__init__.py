"""The pre-application web wizard (kiosk web): the kiosk's catalog and engine, served as plain HTML pages."""
