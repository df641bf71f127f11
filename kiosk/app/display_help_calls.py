"""The waiting-area display's help-call strip, in plain Python (the Qt window only draws it).

Issue 14 §1: every console *and the waiting-area display* show a help call. The display is
a TV residents watch, so its strip says only **which terminal** calls for staff and **for
how long**: 「職員呼び出し: kiosk-2（3分）」. Never the reason or the screen (「暗証番号を
忘れた」 read by the whole waiting room would embarrass the resident at that kiosk), and a
call has no personal data to show anyway. Only *raised* calls are shown: once a member of
staff acknowledges (「向かっています」), the waiting room no longer needs the alert, so
the strip goes, as it does when the call is resolved.

The texts are English sources translated in context ``WaitingDisplay``
(``resources/i18n/display_<locale>.ts``), shown in every display language at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kiosk.app.waiting_display import tr
from kiosk.domain.help_call import HelpCall, HelpState


def calling(calls: Sequence[HelpCall]) -> list[HelpCall]:
    """The calls no member of staff has acknowledged yet, oldest first."""
    return sorted((c for c in calls if c.state is HelpState.RAISED),
                  key=lambda c: (c.raised_at, c.id))


def waited_minutes(call: HelpCall, now: datetime) -> int:
    """Whole minutes since the call was raised, never below 0 (two terminals' clocks)."""
    return max(0, int((now - call.raised_at).total_seconds() // 60))


def strip_text(calls: Sequence[HelpCall], locale: str, now: datetime) -> str:
    """「職員呼び出し: kiosk-2（3分）、kiosk-5（0分）」; "" while nobody is calling."""
    waiting = calling(calls)
    if not waiting:
        return ""
    separator = tr(", ", locale)
    terminals = separator.join(
        tr("{terminal} ({minutes} min)", locale, terminal=call.terminal_id,
           minutes=waited_minutes(call, now)) for call in waiting)
    return tr("Staff requested at: {terminals}", locale, terminals=terminals)


def strip_texts(calls: Sequence[HelpCall], languages: Sequence[str], now: datetime) -> str:
    """The strip in every display language, the first one first (" / " between them)."""
    texts = [strip_text(calls, lang, now) for lang in languages]
    return " / ".join(text for text in texts if text)
