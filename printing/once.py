"""``functools.cache`` for values two threads may ask for first at the same moment.

The renderer's fonts are built once per process, and the first to ask may be the
background warm-up or a resident's print, on different threads. ``functools.cache`` would
let both build; for a reportlab face that is wrong, not only slow (a second ``TTFont``
registered under the same name restarts a document's glyph subsets half-way through it).
``once`` builds each value under one lock and serves it afterwards without one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import update_wrapper
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
_BUILD = threading.RLock()


class once(Generic[P, R]):  # noqa: N801  # used as a decorator, like functools.cache
    """``functools.cache`` that builds each value once even when two threads ask at once
    (double-checked: a cached value costs one dict look-up, no lock)."""

    def __init__(self, build: Callable[P, R]) -> None:
        self._build = build
        self._values: dict[object, R] = {}
        update_wrapper(self, build)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        key = (args, tuple(kwargs.items())) if kwargs else args
        try:
            return self._values[key]
        except KeyError:
            pass
        with _BUILD:
            if key not in self._values:
                self._values[key] = self._build(*args, **kwargs)
            return self._values[key]

    def cache_clear(self) -> None:
        with _BUILD:
            self._values.clear()
