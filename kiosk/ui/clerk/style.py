"""A dense desktop style for the staff windows (clerk console and manager).

Staff sit at a desk with a mouse and keyboard all day: smaller targets than the
resident kiosk, the same UD font and palette (so high contrast still works), and a clear
focus ring, because the scan field must visibly have the focus.
"""

from __future__ import annotations

from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, UI_FONT_FAMILY

STAFF_TEXT_PX = 15


def staff_stylesheet(high_contrast: bool = False, size: int = STAFF_TEXT_PX) -> str:
    p = HIGH_CONTRAST if high_contrast else NORMAL
    big = round(size * 1.35)
    return f"""
* {{ font-family: "{UI_FONT_FAMILY}"; font-size: {size}px; color: {p.text}; }}
QMainWindow, QWidget#centralArea, QStackedWidget, QTabWidget::pane {{ background: {p.background}; }}
QLabel[role="title"] {{ font-size: {big}px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {round(size * 1.15)}px; font-weight: bold; }}
QLabel[role="hint"] {{ color: {p.muted}; }}
QLabel[role="warning"] {{ color: {p.danger}; font-weight: bold; }}
QPushButton {{
    min-height: {round(size * 2)}px; padding: 2px 12px; background: {p.surface}; color: {p.text};
    border: 2px solid {p.border}; border-radius: 6px;
}}
QPushButton:focus {{ border-color: {p.focus}; }}
QPushButton:pressed, QPushButton:checked {{ background: {p.primary}; color: {p.on_primary}; }}
QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QPushButton[role="primary"] {{ background: {p.primary}; color: {p.on_primary};
    border-color: {p.primary}; font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: {p.surface}; color: {p.muted};
    border-color: {p.border}; border-style: dashed; }}
QPushButton[role="danger"] {{ background: {p.danger}; color: {p.on_danger};
    border-color: {p.danger}; font-weight: bold; }}
QPushButton[role="danger"]:disabled {{ background: {p.surface}; color: {p.muted};
    border-color: {p.border}; border-style: dashed; }}
QPushButton[role="toolbar"] {{ min-height: 56px; min-width: 56px; padding: 4px 14px; }}
QLineEdit, QComboBox, QDateEdit {{ min-height: {round(size * 1.8)}px; padding: 1px 6px;
    background: {p.surface}; color: {p.text}; border: 2px solid {p.border}; border-radius: 4px; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus {{ border-color: {p.focus}; }}
QLineEdit[role="scan"] {{ font-size: {big}px; border-width: 3px; }}
QLineEdit:read-only {{ background: {p.background}; }}
QTableWidget, QTreeWidget, QListWidget {{ background: {p.surface}; color: {p.text};
    alternate-background-color: {p.background}; border: 1px solid {p.border}; }}
QHeaderView::section {{ background: {p.background}; color: {p.text}; padding: 2px 4px;
    border: 1px solid {p.border}; font-weight: bold; }}
QTabBar::tab {{ background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
    padding: 3px 12px; }}
QTabBar::tab:selected {{ background: {p.primary}; color: {p.on_primary}; border-color: {p.primary}; }}
QTabBar::tab:focus {{ border-color: {p.focus}; }}
QGroupBox {{ border: 1px solid {p.border}; border-radius: 6px; margin-top: {size}px;
    padding-top: 4px; font-weight: bold; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QFrame[role="overlay"] {{ background: {p.background}; border: 4px solid {p.primary}; border-radius: 16px; }}
QProgressBar {{ border: 1px solid {p.border}; border-radius: 4px; background: {p.surface};
    color: {p.text}; text-align: center; }}
QProgressBar::chunk {{ background: {p.primary}; }}
QStatusBar {{ background: {p.surface}; border-top: 1px solid {p.border}; }}
"""
