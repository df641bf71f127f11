"""A card emulator for the 券面事項入力補助AP: in-process (tests, demo) or as a vpcd client.

* :class:`~kiosk.card.emulator.card.EmulatedCard` models the card itself.
* :class:`~kiosk.card.emulator.backend.EmulatorBackend` puts it in a virtual reader for the
  reader service.
* :class:`~kiosk.card.emulator.vpcd.VpcdClient` plugs it into pcscd through vsmartcard's
  vpcd driver, so pyscard sees a real reader (``kiosk card emulate``).
"""

from kiosk.card.emulator.backend import DEFAULT_READER, EmulatorBackend, demo_service
from kiosk.card.emulator.card import EmulatedCard
from kiosk.card.emulator.profile import CardProfile, load_profile, sample_profile

__all__ = [
    "DEFAULT_READER",
    "CardProfile",
    "EmulatedCard",
    "EmulatorBackend",
    "demo_service",
    "load_profile",
    "sample_profile",
]
