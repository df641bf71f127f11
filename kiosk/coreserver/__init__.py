"""The reference core system (kiosk core serve): a separate process that implements the
REST contract of docs/core-link.md over its own database, for demos and tests."""
