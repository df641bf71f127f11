"""The core-system link (基幹系連携): the adapters behind ``kiosk.app.ports.CoreSystem``."""
