"""The Qt binding must not leak or steal references: the kiosk runs for days.

PySide6 6.12.0 took a reference away from ``None`` on every call returning void; after a
few hundred residents the interpreter aborted ("none_dealloc"). pyproject.toml caps the
version; this test fails if a binding with that defect is ever installed again.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: Any) -> None:
    button, label = QPushButton(), QLabel()
    before = sys.getrefcount(None)
    for index in range(2000):
        button.setText(str(index))
        label.setObjectName("probe")
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"None lost {before - after} references"
