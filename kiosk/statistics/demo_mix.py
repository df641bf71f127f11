"""The life-event mix of the demo data, derived from a catalog and ``demo_mix.yaml``.

Which events exist and the route of each (the departments of its procedures, in the
catalog's visiting ``order``) come from the catalog, so a town's own events appear in its
demo data. How common each event is and how long its counter work takes come from the data
file beside this module; no event is named in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from forms.catalog import Catalog

MIX_FILE = "demo_mix.yaml"


@dataclass(frozen=True)
class EventProfile:
    event: str
    share: float
    route: tuple[str, ...]  # department codes, in visiting order; never empty
    service_factor: float


def _read_mix() -> dict[str, Any]:
    text = resources.files("kiosk.statistics").joinpath(MIX_FILE).read_text(encoding="utf-8")
    data: Any = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"{MIX_FILE} must be a mapping")
    return data


def _route(catalog: Catalog, event: str) -> tuple[str, ...]:
    codes = {p.department for p in catalog.procedures.values() if event in p.rules}
    return tuple(sorted(codes, key=lambda code: (catalog.departments[code].order, code)))


def event_mix(catalog: Catalog) -> tuple[EventProfile, ...]:
    """One profile per catalog event that has at least one procedure."""
    mix = _read_mix()
    default = mix.get("default") or {}
    weights = mix.get("events") or {}
    profiles = []
    for event in catalog.events:
        route = _route(catalog, event)
        if not route:
            continue
        entry = {**default, **(weights.get(event) or {})}
        profiles.append(EventProfile(event, float(entry.get("share", 0.05)), route,
                                     float(entry.get("service_factor", 1.0))))
    if not profiles:
        raise ValueError("the catalog has no event with a procedure")
    return tuple(profiles)
