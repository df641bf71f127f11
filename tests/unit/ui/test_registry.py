"""The screen registry drives the flow's routes, the window's screens and the translation
sources; and the kiosk's UI package imports one way (no circles)."""

from __future__ import annotations

import grimp

from kiosk.ui import registry
from kiosk.ui.flow import RESIDENT_ROUTES


def test_every_route_joins_registered_screens() -> None:
    ids = set(registry.screen_ids())
    assert len(ids) == len(registry.RESIDENT_SCREENS), "screen ids are unique"
    for (source, _key), target in RESIDENT_ROUTES.items():
        assert source in ids and target in ids, (source, target)
    assert registry.routes() == RESIDENT_ROUTES


def test_the_registry_names_each_screen_class_by_its_id() -> None:
    screens = registry.resident_screens()
    assert [screen.screen_id for screen in screens] == list(registry.screen_ids())
    wizard = {screen.screen_id for screen in registry.screens_in("wizard")}
    assert {"life_event", "questions", "summary"} <= wizard
    for entry in registry.RESIDENT_SCREENS:
        assert entry.source.endswith(".py") and entry.module.replace(".", "/") in entry.source


def test_the_ui_package_has_no_import_circles() -> None:
    graph = grimp.build_graph("kiosk")
    modules = {m for m in graph.modules if m.startswith("kiosk.ui")}
    circles: set[frozenset[str]] = set()
    for module in modules:
        for imported in graph.find_modules_directly_imported_by(module) & modules:
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                circles.add(frozenset((module, *back)))
    assert not circles, sorted(sorted(c) for c in circles)
