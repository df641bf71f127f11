"""Look and feel: the UD font, three text sizes, a normal and a high-contrast palette.

The whole style is one QSS string built from a palette and a base size, so a text-size or
contrast change re-styles every screen at once. Sizes are in pixels on purpose: a kiosk
tablet's physical size is known, and touch targets must stay at least ~10 mm.
"""

from __future__ import annotations

from dataclasses import dataclass

# The proportional face reads better in running text; the fixed-pitch BIZ UDGothic is
# kept for character boxes on printed forms.
UI_FONT_FAMILY = "BIZ UDPGothic"

# Base text size in pixels for the three steps (標準 / 大 / 特大). The top bar keeps one
# size, so its buttons (language, text size, call staff) never move or clip.
TEXT_SIZES_PX: tuple[int, ...] = (20, 26, 34)


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    danger: str
    on_danger: str
    focus: str
    border: str
    #: A disabled button: flat, greyed and dashed, its label still ≥ 3:1 on its surface.
    disabled_surface: str
    disabled_text: str


NORMAL = Palette(
    background="#F7F7F2", surface="#FFFFFF", text="#1A1A1A", muted="#4A4A4A",
    primary="#0B5CAD", on_primary="#FFFFFF", danger="#B3261E", on_danger="#FFFFFF",
    focus="#F2A900", border="#8A8A8A",
    disabled_surface="#E6E6E1", disabled_text="#5C5C5C",  # 5.3:1
)
# High contrast: black and white with yellow accents (WCAG AAA contrast for all text).
HIGH_CONTRAST = Palette(
    background="#000000", surface="#000000", text="#FFFFFF", muted="#FFFFFF",
    primary="#FFE600", on_primary="#000000", danger="#FF6E6E", on_danger="#000000",
    focus="#00E5FF", border="#FFFFFF",
    disabled_surface="#1F1F1F", disabled_text="#9E9E9E",  # 6.2:1
)


def base_pixel_size(step: int) -> int:
    return TEXT_SIZES_PX[max(0, min(step, len(TEXT_SIZES_PX) - 1))]


def stylesheet(step: int, high_contrast: bool) -> str:
    p = HIGH_CONTRAST if high_contrast else NORMAL
    size = base_pixel_size(step)
    big, huge = round(size * 1.3), round(size * 1.8)
    # Minimum touch target: 64 px (about 10 mm), growing with the text.
    target = max(64, round(size * 2.4))
    # A button's min-height is its content's: with the padding and border (22 px) a
    # button is 86 px tall at every size, 87 at 特大, where a bottom row must not take
    # the height a keyboard needs on an 800 px screen.
    button_content = max(64, round(size * 1.9))
    # Keys of the kana keyboard and number pads: ≥ 64 px, growing little, so that rows of
    # keys still fit the screen at the largest text size (the 3 px border is included).
    key = max(64, round(size * 1.9))
    # A key with a word on it (⌫ 消す, 小さい字, 西暦) keeps the key's width at every size.
    wordy = max(20, round(size * 0.8))
    return f"""
* {{ font-family: "{UI_FONT_FAMILY}"; font-size: {size}px; color: {p.text}; }}
QMainWindow, QWidget#centralArea, QStackedWidget {{ background: {p.background}; }}
/* BIZ UD fonts are exactly one em tall (no line gap), so Latin descenders (p, g, y) hang
   below the line box: a little padding keeps the last line of a label from being cut. */
QLabel {{ padding-bottom: {max(3, round(size * 0.18))}px; }}
QLabel[role="title"] {{ font-size: {huge}px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {big}px; }}
QLabel[role="hint"] {{ color: {p.muted}; }}
QLabel[role="warning"] {{ color: {p.danger}; font-weight: bold; font-size: {big}px; }}
/* The step bar is the visit's chrome, like the top bar: it grows with the text up to 大. */
QLabel[role="step"] {{ color: {p.text}; border-bottom: 4px solid {p.border}; padding: 2px 6px;
    font-size: {min(size, TEXT_SIZES_PX[1])}px; }}
QLabel[role="step"][current="true"] {{ background: {p.primary}; color: {p.on_primary};
    font-weight: bold; border-radius: 8px; border-bottom: 4px solid {p.focus}; }}
QPushButton {{
    min-height: {button_content}px; min-width: {target}px; padding: 8px 20px;
    background: {p.surface}; color: {p.text};
    border: 3px solid {p.border}; border-radius: 12px;
}}
QPushButton:focus {{ border-color: {p.focus}; }}
QPushButton:pressed {{ background: {p.primary}; color: {p.on_primary}; }}
QPushButton[role="primary"] {{
    background: {p.primary}; color: {p.on_primary}; border-color: {p.primary};
    font-size: {big}px; font-weight: bold;
}}
QPushButton[role="danger"] {{
    background: {p.danger}; color: {p.on_danger}; border-color: {p.danger}; font-weight: bold;
}}
QPushButton[role="toolbar"] {{ min-height: 56px; min-width: 56px; padding: 4px 8px; font-size: 20px; }}
QPushButton[role="key"] {{
    min-height: {key - 6}px; max-height: {key - 6}px; min-width: {key - 10}px; padding: 0px 2px;
    font-size: {big}px;
}}
QPushButton[role="key"][wordy="true"] {{ font-size: {wordy}px; }}
QPushButton[role="key"]:checked, QPushButton[role="key"][accent="true"] {{
    background: {p.primary}; color: {p.on_primary}; border-color: {p.primary}; font-weight: bold;
}}
QLabel[role="logo"] {{ font-size: 22px; font-weight: bold; color: {p.primary}; padding: 4px 8px;
    border: 3px solid transparent; border-radius: 8px; }}
QLabel[role="logo"]:focus {{ border-color: {p.focus}; }}
QLabel[role="logo"][alert="true"] {{ color: {p.danger}; }}
QLabel[role="toolbar"] {{ font-size: 18px; padding: 0px; }}
QPushButton#textSize0 {{ font-size: 18px; min-width: 64px; padding: 0px; }}
QPushButton#textSize1 {{ font-size: 24px; min-width: 64px; padding: 0px; }}
QPushButton#textSize2 {{ font-size: 31px; min-width: 64px; padding: 0px; }}
QPushButton[role="toolbar"]:checked {{ background: {p.primary}; color: {p.on_primary}; }}
QPushButton[role="toolbar"][alert="true"] {{
    border-color: {p.danger}; color: {p.danger}; font-weight: bold;
}}
QPushButton[role="language"] {{
    min-height: {max(64, round(target * 0.7))}px; padding: 4px 12px;
    background: {p.primary}; color: {p.on_primary}; border-color: {p.primary};
    font-size: {big}px; font-weight: bold;
}}
QPushButton[role="language"][current="true"] {{ border: 6px solid {p.focus}; }}
QPushButton[role="pick"]:checked {{ border: 6px solid {p.primary}; }}
QPushButton[role="callstaff"] {{
    min-height: 64px; padding: 0px 24px; font-size: 26px; font-weight: bold;
    background: {p.danger}; color: {p.on_danger}; border-color: {p.danger};
}}
/* Last, so it wins over every role (a disabled 決定 must not look ready to tap): flat,
   greyed and dashed in both themes. */
QPushButton:disabled, QPushButton[role]:disabled, QPushButton[role="key"][accent="true"]:disabled {{
    background: {p.disabled_surface}; color: {p.disabled_text};
    border: 3px dashed {p.disabled_text}; font-weight: normal;
}}
QWidget#topBar {{ background: {p.surface}; border-bottom: 3px solid {p.border}; }}
QFrame[role="overlay"] {{ background: {p.background}; border: 4px solid {p.primary}; border-radius: 16px; }}
QLineEdit {{
    min-height: {target}px; font-size: {big}px; padding: 4px 12px;
    background: {p.surface}; color: {p.text}; border: 3px solid {p.border}; border-radius: 8px;
}}
QProgressBar {{ min-height: {round(size * 0.8)}px; border: 2px solid {p.border}; border-radius: 6px;
    background: {p.surface}; color: {p.text}; text-align: center; }}
QProgressBar::chunk {{ background: {p.primary}; }}
QScrollBar:vertical {{ width: {round(size * 1.6)}px; background: {p.surface};
    border: 2px solid {p.border}; }}
QScrollBar::handle:vertical {{ background: {p.primary}; min-height: {target}px; border-radius: 6px; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: {p.surface}; }}
"""
