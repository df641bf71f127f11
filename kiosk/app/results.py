"""Typed screen results: what a finished screen tells the shell about the visit.

A screen emits ``done(result)``. Results that matter to the visit are these small
dataclasses, so the shell hands them to the :class:`~kiosk.visits.lifecycle.VisitLifecycle`
by *type* (:func:`kiosk.app.visit_steps.record_step`), never by matching screen ids:
renaming or adding a screen cannot silently break the figures. ``route`` is the key the
flow's routes use (``None``: the screen's default route); plain strings still route as
they are (``"manual"`` from a locked card, the life event's id).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.visits.channel_names import PRE_APPLICATION

__all__ = ["PRE_APPLICATION", "HandedOver", "Identified", "Planned", "VisitResult", "VisitStarted",
           "route_key"]


@dataclass(frozen=True, slots=True)
class VisitStarted:
    """The resident started at the welcome screen, with the card or without it."""

    way: str  # "card", "manual" or "prefill" (a code made at home)

    @property
    def route(self) -> str | None:
        return self.way


@dataclass(frozen=True, slots=True)
class Identified:
    """The resident is known: read from the card, or typed in by hand."""

    method: str  # "card", "manual" or "pre_application"

    @property
    def route(self) -> str | None:
        # A pre-application goes on to its own review, not to the life events.
        return self.method if self.method == PRE_APPLICATION else None


@dataclass(frozen=True, slots=True)
class Planned:
    """The resident saw the plan and asked for the forms."""

    @property
    def route(self) -> str | None:
        return None


@dataclass(frozen=True, slots=True)
class HandedOver:
    """The forms printed, or stay queued for staff to bring: the counters take over."""

    visit_id: str | None

    @property
    def route(self) -> str | None:
        return None


VisitResult = VisitStarted | Identified | Planned | HandedOver


def route_key(result: object) -> str | None:
    """The key the flow's routes use for ``result``."""
    if isinstance(result, str):
        return result
    if isinstance(result, VisitResult):
        return result.route
    return None
