"""``DisplayWindow``: the waiting-area TV. It draws a ``DisplayModel`` and announces new calls.

Every ``poll_ms`` the board is read off the UI thread (``Runner``); the model says what is
new, the speaker turns each new call into clips (chime, Japanese, English …) off the UI
thread, and the audio output plays them in order. When ``publisher`` is set, each board
is also written for the status page. The database being away shows a notice and keeps
the last board; nothing here is personal data (tickets, counters, counts and times).
A strip above the board names the kiosks calling for staff and for how long
(``kiosk.app.display_help_calls``, fed by ``HelpCallFeed``: LISTEN/NOTIFY or polling) and
plays the help-call sound once per new call; it is never spoken.
The texts come translated from the model in every display language at once, so the
window has no language switch.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.app.display_help_calls import calling, strip_texts
from kiosk.app.display_services import DisplayServices
from kiosk.app.waiting_display import Announcement, DisplayModel, tr
from kiosk.domain.help_call import HelpCall
from kiosk.domain.waiting_board import BoardSnapshot
from kiosk.speech.ports import AudioOut, Clip
from kiosk.ui.help_calls import HelpCallFeed
from kiosk.ui.tasks import Runner, TaskRunner
from kiosk.ui.theme import UI_FONT_FAMILY
from kiosk.ui.widgets.ruby_label import RubyLabel
from kiosk.visits.clock import utc_now

log = logging.getLogger(__name__)

STYLE = f"""
#displayWindow {{ background: #0b2545; }}
QLabel {{ color: #ffffff; font-family: "{UI_FONT_FAMILY}"; }}
QLabel[role="heading"] {{ font-size: 34px; font-weight: bold; color: #f4d35e; }}
QLabel[role="ticket"] {{ font-size: 72px; font-weight: bold; }}
QLabel[role="counter"] {{ font-size: 40px; font-weight: bold; }}
QLabel[role="second"] {{ font-size: 26px; color: #cfe3ff; }}
QLabel[role="notice"] {{ font-size: 26px; color: #ffb4a2; }}
QLabel[role="small"] {{ font-size: 24px; }}
QLabel[role="help"] {{ font-size: 34px; font-weight: bold; color: #0b2545;
                      background: #f4d35e; padding: 8px 16px; }}
"""


def _label(parent: QWidget, name: str, role: str, text: str = "") -> QLabel:
    label = RubyLabel(parent, text)  # a やさしい日本語 board draws its ruby
    label.setObjectName(name)
    label.setProperty("role", role)
    label.setAccessibleName(text)
    return label


class DisplayWindow(QWidget):
    def __init__(self, services: DisplayServices, audio: AudioOut, *,
                 runner: Runner | None = None) -> None:
        super().__init__()
        self.setObjectName("displayWindow")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.services = services
        self.audio = audio
        self.runner: Runner = runner or TaskRunner()
        self.model = DisplayModel(services.names, services.languages)
        self.offline = False
        self._reading = False
        self._sounded: set[str] = set()  # help calls whose sound has played
        self.help_feed: HelpCallFeed | None = None
        if services.help_calls is not None:
            self.help_feed = HelpCallFeed(services.help_calls, self)
            self.help_feed.changed.connect(self.show_help_calls)
        self.setup_ui()
        self.timer = QTimer(self)
        self.timer.setInterval(services.poll_ms)
        self.timer.timeout.connect(self.poll)

    @property
    def first(self) -> str:
        return self.services.languages[0]

    @property
    def others(self) -> Sequence[str]:
        return self.services.languages[1:]

    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        head = QHBoxLayout()
        self.heading = _label(self, "heading", "heading")
        self.as_of = _label(self, "as_of", "small")
        head.addWidget(self.heading, 1)
        head.addWidget(self.as_of)
        self.notice = _label(self, "notice", "notice")
        self.notice.hide()
        self.help_strip = _label(self, "help_call_strip", "help")
        self.help_strip.setWordWrap(True)
        self.help_strip.hide()  # shown while a kiosk calls for staff
        body = QHBoxLayout()
        calls = QWidget(self)
        calls_layout = QVBoxLayout(calls)
        self.calls_grid = QGridLayout()
        self.calls_grid.setHorizontalSpacing(36)
        self.calls_grid.setColumnStretch(1, 1)
        calls_layout.addLayout(self.calls_grid)
        calls_layout.addStretch(1)  # the calls stay at the top, however few
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        self.counters_heading = _label(side, "counters_heading", "heading")
        self.counters_grid = QGridLayout()
        self.counters_grid.setVerticalSpacing(14)
        self.counters_grid.setHorizontalSpacing(24)
        side_layout.addWidget(self.counters_heading)
        side_layout.addLayout(self.counters_grid)
        side_layout.addStretch(1)
        body.addWidget(calls, 3)
        body.addWidget(side, 2)
        outer.addLayout(head)
        outer.addWidget(self.help_strip)
        outer.addWidget(self.notice)
        outer.addLayout(body, 1)
        self.render_board()

    def start(self) -> None:
        self.poll()
        self.timer.start()
        if self.help_feed is not None:
            self.help_feed.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        if self.help_feed is not None:
            self.help_feed.stop()
        super().closeEvent(event)

    # ------------------------------------------------------------------ help calls
    def show_help_calls(self, calls: list[HelpCall]) -> None:
        """The open calls changed: redraw the strip; a sound for each new one."""
        self.render_help()
        fresh = [c for c in calling(calls) if c.id not in self._sounded]
        self._sounded.update(c.id for c in fresh)
        sound = self.services.help_sound
        if fresh and sound is not None:
            log.info("help call shown", extra={"terminal": fresh[0].terminal_id})
            self.audio.play([Clip("help_call", sound)])  # queued behind any announcement

    def render_help(self) -> None:
        calls = self.help_feed.calls if self.help_feed is not None else []
        text = strip_texts(calls, self.services.languages, utc_now())
        self.help_strip.setText(text)
        self.help_strip.setAccessibleName(text)
        self.help_strip.setVisible(bool(text))

    # ------------------------------------------------------------------ reading the board
    def poll(self) -> None:
        if self._reading:  # a slow database: never two reads at once
            return
        self._reading = True
        services = self.services

        def work() -> BoardSnapshot:
            snapshot = services.board.snapshot()
            if services.publisher is not None:
                try:
                    services.publisher.publish(snapshot)
                except OSError as exc:  # the board still shows; the page goes stale
                    log.warning("the waiting board could not be published: %s", exc)
            return snapshot

        self.runner.run(work, self._read, self._failed)

    def _read(self, snapshot: BoardSnapshot) -> None:
        self._reading = False
        self.offline = False
        announcements = self.model.update(snapshot)
        self.render_board()
        self.render_help()  # the minutes waited move on
        for announcement in announcements:
            self.announce(announcement)

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        if not self.offline:
            log.warning("the waiting board could not be read: %s", type(error).__name__)
        self.offline = True
        self.render_board()

    def announce(self, announcement: Announcement) -> None:
        speaker = self.services.speaker

        def work() -> list[Clip]:
            return speaker.clips(announcement.spoken)

        def failed(error: BaseException) -> None:
            log.warning("announcement failed: %s", type(error).__name__)

        self.runner.run(work, self.audio.play, failed)

    # ------------------------------------------------------------------ drawing
    def _both(self, texts: dict[str, str] | str) -> tuple[str, str]:
        if isinstance(texts, str):
            return texts, ""
        return texts[self.first], " / ".join(texts[lang] for lang in self.others)

    def render_board(self) -> None:
        model, first = self.model, self.first
        self.heading.setText("  ".join([model.heading(first),
                                        *(model.heading(lang) for lang in self.others)]))
        self.counters_heading.setText(model.counters_heading(first))
        self.as_of.setText(model.as_of(first))
        self.notice.setVisible(self.offline)
        self.notice.setText(" / ".join(tr("The board is not up to date; staff are informed.", lang)
                                       for lang in self.services.languages))
        _clear(self.calls_grid)
        if not model.calls:
            self.calls_grid.addWidget(_label(self, "no_calls", "second", " / ".join(
                tr("No ticket is being called.", lang) for lang in self.services.languages)), 0, 0)
        for row, call in enumerate(model.calls):
            counter, counter_other = self._both(call.counter)
            state, state_other = self._both(call.state)
            ticket = _label(self, f"call_ticket_{row}", "ticket", call.ticket)
            ticket.setMinimumWidth(ticket.fontMetrics().horizontalAdvance("0000"))
            self.calls_grid.addWidget(ticket, row * 2, 0, 2, 1)
            self.calls_grid.addWidget(_label(self, f"call_counter_{row}", "counter",
                                             f"→ {counter}"), row * 2, 1)
            detail = _label(self, f"call_state_{row}", "second",
                            f"{counter_other}　{state} / {state_other}")
            detail.setContentsMargins(0, 0, 0, 18)  # a gap before the next call
            self.calls_grid.addWidget(detail, row * 2 + 1, 1)
        _clear(self.counters_grid)
        waiting = tr("{count} waiting", first, count="{count}")
        for row, status in enumerate(model.counters):
            name, name_other = self._both(status.counter)
            wait, wait_other = self._both(status.wait)
            self.counters_grid.addWidget(_label(self, f"counter_name_{row}", "small",
                                                f"{name}\n{name_other}"), row, 0)
            self.counters_grid.addWidget(_label(self, f"counter_waiting_{row}", "small",
                                                waiting.format(count=status.waiting)), row, 1)
            self.counters_grid.addWidget(_label(self, f"counter_wait_{row}", "small",
                                                f"{wait}\n{wait_other}"), row, 2)


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # off the board at once; freed by Qt later
            widget.deleteLater()
