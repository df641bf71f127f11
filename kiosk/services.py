"""The services a window needs, bundled so screens never build their own.

Screens receive one ``Services`` object. The application entry point fills it with the
real implementations; tests fill it with in-process ones (the emulated card, a
temporary database, a folder printer). Every field is typed as ``Any`` at this level
because each part owns its own interface; the screens that use a service import its type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.config import Config


@dataclass
class Services:
    config: Config
    card: Any = None        # kiosk.card.service reader service (or the in-process demo card)
    catalog: Any = None     # forms catalog, loaded lazily
    navigator: Any = None   # kiosk.navigation.engine.Navigator
    renderer: Any = None    # printing bundle renderer
    printer: Any = None     # printing.queue.PrintQueue
    metrics: Any = None     # kiosk.metrics.events.MetricsRecorder
    extras: dict[str, Any] = field(default_factory=dict)
