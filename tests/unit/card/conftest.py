"""Fixtures for card tests: an in-process reader holding an emulated card."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.emulator.profile import CardProfile


@pytest.fixture
def backend() -> EmulatorBackend:
    return EmulatorBackend()


@pytest.fixture
def insert(backend: EmulatorBackend) -> Callable[..., EmulatedCard]:
    """Put a card made from a sample name or a profile into the emulated reader."""

    def _insert(profile: str | CardProfile = "standard-adult", *, tries: int | None = None,
                drop_after: int | None = None, **card_options: object) -> EmulatedCard:
        chosen = sample_profile(profile) if isinstance(profile, str) else profile
        if tries is not None:
            chosen = chosen.with_tries(tries)
        card = EmulatedCard(chosen, **card_options)  # type: ignore[arg-type]
        backend.insert(card, drop_after=drop_after)
        return card

    return _insert
