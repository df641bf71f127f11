"""Fixtures of the core-link tests (the stub core system runs as a separate process)."""

from corelink_stub import stub_server

__all__ = ["stub_server"]
