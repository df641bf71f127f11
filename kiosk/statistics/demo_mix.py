"""The life-event mix of the demo data, derived from a catalog and ``demo_mix.yaml``.

Which events exist and the route of each (the departments of its procedures, in the
catalog's visiting ``order``) come from the catalog, so a town's own events appear in its
demo data. How common each event is and how long its counter work takes come from the data
file beside this module; no event is named in code. So do the channels residents come in
by (``channel_mix``): their shares and the length of each step at the kiosk.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from forms.catalog import Catalog
from kiosk.visits.vocabulary import VOCABULARY, Vocabulary

MIX_FILE = "demo_mix.yaml"


@dataclass(frozen=True)
class EventProfile:
    event: str
    share: float
    route: tuple[str, ...]  # department codes, in visiting order; never empty
    service_factor: float


@dataclass(frozen=True)
class KioskSteps:
    """Median seconds of each step at the kiosk."""

    identify: float
    answer: float  # for one person; see ``demo_mix.yaml``
    print: float
    at_home: bool = False  # the questions were answered at home (pre-application)


@dataclass(frozen=True)
class ChannelProfile:
    channel: str
    share: float
    method: str | None  # the ``identified`` method; None: opened by a clerk
    kiosk: KioskSteps | None  # None: never at the kiosk


def channel_mix(vocabulary: Vocabulary = VOCABULARY) -> tuple[ChannelProfile, ...]:
    """The channels of ``demo_mix.yaml``, each checked against the vocabulary."""
    methods = {channel: method for method, channel in vocabulary.methods.items()}
    profiles = []
    for channel, entry in (_read_mix().get("channels") or {}).items():
        if channel not in vocabulary.channel_ids:
            raise ValueError(f"{MIX_FILE}: unknown channel {channel!r}")
        steps = entry.get("kiosk")
        kiosk = None if steps is None else KioskSteps(
            float(steps["identify"]), float(steps["answer"]), float(steps["print"]),
            bool(steps.get("at_home", False)))
        if kiosk is not None and channel not in methods:
            raise ValueError(f"{MIX_FILE}: channel {channel!r} has kiosk steps but no method")
        profiles.append(ChannelProfile(channel, float(entry["share"]),
                                       methods.get(channel) if kiosk else None, kiosk))
    if not profiles:
        raise ValueError(f"{MIX_FILE} lists no channel")
    return tuple(profiles)


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
