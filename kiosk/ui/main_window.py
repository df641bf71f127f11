"""The kiosk's main window: a top bar, a stack of screens, and the overlays.

It only assembles: the screens come from their modules, the order from ``kiosk.ui.flow``,
the look from ``kiosk.ui.theme``. What it owns is the session's lifetime: it wipes the
resident's data when the visit ends, when the inactivity timer runs out, and when the
card is removed (``end_session``). A card lifted mid-visit is never a silent loss: the
opaque 「カードが取り外されました」 notice opens first, the wipe happens under it, and the
welcome screen shows once it closes. Sounds go through the ``Sounds`` port (``sounds``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QWindowStateChangeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kiosk import i18n
from kiosk.app.composition import Services
from kiosk.app.session import ResidentSession
from kiosk.config import Config
from kiosk.domain.help_call import HelpCall, HelpReason, HelpState
from kiosk.i18n.ruby import plain, reading
from kiosk.security import StaffGate
from kiosk.ui import theme
from kiosk.ui.dialogs import DialogService, OverlayDialogs
from kiosk.ui.flow import RESIDENT_ROUTES, Flow, Route
from kiosk.ui.i18n import LanguageSwitcher, apply_ui_config
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.kiosk_guard import KioskKeyGuard
from kiosk.ui.screens.base import Screen
from kiosk.ui.sounds import Cue, SilentSounds, Sounds
from kiosk.ui.tasks import Runner, TaskRunner
from kiosk.ui.voice.starters import LongPress
from kiosk.ui.widgets.button_row_fit import ButtonRowFit
from kiosk.ui.widgets.call_staff import CallStaffOverlay
from kiosk.ui.widgets.card_removed_notice import CardRemovedNotice
from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.fit import FitStack
from kiosk.ui.widgets.language_picker import LanguagePicker
from kiosk.ui.widgets.long_press import LongPressLabel
from kiosk.ui.widgets.print_jobs_menu import PrintJobsMenu
from kiosk.ui.widgets.staff_pin import StaffPinPrompt
from kiosk.ui.widgets.step_bar import StepBar

if TYPE_CHECKING:
    # Built after the first frame: the card reader's signals, the voice guide, and the
    # database layer's help calls (kiosk.ui.startup.background).
    from kiosk.ui.card_adapter import CardAdapter
    from kiosk.ui.help_calls import HelpCallFeed
    from kiosk.ui.voice.controller import VoiceController
    from kiosk.ui.voice.output import SpeechOutput
    from kiosk.visits.help_calls import HelpCalls

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    session_ended = Signal(str)  # the reason: "finished", "timeout", "card_removed", "staff"
    # The reason and the visit id, sent just *before* the wipe.
    session_closing = Signal(str, object)
    screen_finished = Signal(str, object)  # screen id, result: before the next screen shows
    staff_called = Signal()

    def __init__(
        self,
        services: Services,
        screens: Iterable[type[Screen]],
        *,
        routes: Route = RESIDENT_ROUTES,
        kiosk_mode: bool = True,
        runner: Runner | None = None,
        dialogs: DialogService | None = None,
        idle_ms: int | None = None,
        idle_warning_ms: int | None = None,
        sounds: Sounds | None = None,
        late_screens: bool = False,
    ) -> None:
        """``late_screens``: the kiosk builds its other screens after the first frame
        (:meth:`add_screen`); the voice guide waits for them (:attr:`voice`)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self._services = services
        # The kiosk passes QtSounds; a window built without one (tests) stays silent.
        self._sounds: Sounds = sounds or SilentSounds()
        config = services.config
        self.kiosk_mode = kiosk_mode
        self._may_close = not kiosk_mode
        self._session = ResidentSession(language=config.ui.language)
        self._runner: Runner = runner or TaskRunner()
        self._card_adapter: CardAdapter | None = None
        # What staff must know about this terminal (a corrupt outbox set aside, a full disk,
        # a duplicate terminal id): shown on the town's name (the staff menu) and after the staff PIN.
        self._staff_alerts: list[str] = []
        apply_ui_config(config.ui)
        self.language = LanguageSwitcher.shared()
        # Before any widget is built: a screen built with the translators in place draws
        # its first frame in the kiosk's language (installing them later only posts a
        # LanguageChange, and the first frame showed the welcome screen in English).
        self.language.set_language(config.ui.language)
        self.text_size = config.ui.text_size
        self.high_contrast = config.ui.high_contrast

        central = self._central = QWidget(self)
        central.setObjectName("centralArea")
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.top_bar = self._build_top_bar(central)
        outer.addWidget(self.top_bar)
        self.step_bar = StepBar(central)
        self.step_bar.show_step(0)
        outer.addWidget(self.step_bar)
        # Sized by the screen shown: one long screen must not grow the window for all.
        self.stack = FitStack(central, "screenStack")
        outer.addWidget(self.stack, 1)

        self._dialogs: DialogService = dialogs or OverlayDialogs(central)
        self.screens: dict[str, Screen] = {}
        self.flow = Flow(routes, set(), self._show_screen,
                         should_show=lambda sid: self.screens[sid].should_show(self.session))
        # A tap that arrives while the rest of the kiosk is still loading (see
        # hold_taps_until_ready): kept, and carried out once it is ready.
        self._ready = True
        self._held_tap: tuple[str, object] | None = None
        for screen_class in screens:
            self.add_screen(screen_class)

        self._build_overlays(central, config, kiosk_mode, idle_ms, idle_warning_ms)
        if not late_screens:
            _ = self.voice  # after the key guard (in the overlays): its key filter first

        self.apply_theme()
        self.set_language(config.ui.language)
        self.retranslate_ui()
        self.flow.restart()

    def add_screen(self, screen_class: type[Screen]) -> None:
        """Build one screen into the stack (the kiosk adds all but the first after its
        first frame, one per turn of the event loop)."""
        screen = screen_class(self._services, self.stack)
        screen.shell = self
        self.screens[screen.screen_id] = screen
        self.flow.available.add(screen.screen_id)
        self.stack.addWidget(screen)
        screen.done.connect(lambda result, sid=screen.screen_id: self._screen_done(sid, result))
        screen.back.connect(self._screen_back)
        screen.step_changed.connect(lambda s=screen: self._show_step(s))

    def hold_taps_until_ready(self) -> None:
        """Until :meth:`mark_ready`, a screen's result waits instead of moving on: the next
        screen may not exist yet. The window shows it is busy meanwhile."""
        self._ready = False

    def mark_ready(self) -> None:
        """Everything a tap can lead to is there: carry out the tap that waited, if any."""
        self._ready = True
        if self._held_tap is None:
            return
        screen_id, result = self._held_tap
        self._held_tap = None
        self.stack.setEnabled(True)
        QApplication.restoreOverrideCursor()
        self._screen_done(screen_id, result)

    @property
    def ready(self) -> bool:
        return self._ready

    def _build_overlays(self, central: QWidget, config: Config, kiosk_mode: bool,
                        idle_ms: int | None, idle_warning_ms: int | None) -> None:
        """The layers over the screens: language list, call staff, staff PIN, failed print
        jobs, the idle warning, and the key guard."""
        # with more than two languages the bar's button opens a list instead of toggling
        # (built on first use: naming each language in itself reads every translation file)
        self._language_picker: LanguagePicker | None = None
        self.call_staff = CallStaffOverlay(central)
        self.call_staff.called.connect(self.staff_called.emit)
        self.call_staff.called.connect(self._raise_help_call)
        # The help calls of every terminal (attach_help_calls), and this window's own.
        self.help_feed: HelpCallFeed | None = None
        self._help_call_id: str | None = None
        self.call_staff.staff_arrived.connect(self.request_staff_exit)
        gate = StaffGate(config.staff.pin_hash, config.staff.max_attempts,
                         config.staff.lockout_seconds)
        self.staff_pin = StaffPinPrompt(central, gate)
        self.staff_pin.accepted.connect(self._staff_accepted)
        self.print_jobs = PrintJobsMenu(central, self._runner)
        self.print_jobs.close_requested.connect(self._close_for_staff)
        self.idle = IdleWatcher(
            central,
            idle_ms if idle_ms is not None else config.timeouts.idle_seconds * 1000,
            idle_warning_ms if idle_warning_ms is not None
            else config.timeouts.idle_warning_seconds * 1000,
            extensions=config.timeouts.idle_extensions,
            extension_ms=config.timeouts.idle_extension_seconds * 1000,
            sounds=self._sounds,
        )
        self.idle.timed_out.connect(lambda: self.end_session("timeout"))
        self.card_removed_notice = CardRemovedNotice(central)
        self.card_removed_notice.staff_wanted.connect(self.open_call_staff)
        # No shortcut leaves a kiosk-mode window; no typed control character reaches a field.
        self.key_guard = KioskKeyGuard(self, block_shortcuts=kiosk_mode)
        self._voice: VoiceController | None = None
        self.speech: SpeechOutput | None = None
        self.headphones: QObject | None = None  # HeadphoneWatcher, on a running kiosk
        self.long_press = LongPress(self)
        # A lambda on purpose: the voice guide may be built later (late_screens).
        self.long_press.held.connect(lambda: self.voice.turn_on())  # noqa: PLW0108

    @property
    def voice(self) -> VoiceController:
        """音声案内 and the keypad, built on first use or when the screens are all there:
        it reads every screen's PIN pad when it is built. Its key filter comes after the
        key guard's, so it sees keys first."""
        if self._voice is None:
            from kiosk.ui.voice.controller import VoiceController
            from kiosk.ui.voice.output import SpeechOutput

            voice = self._services.config.voice
            self.speech = SpeechOutput(voice.engine, Path(voice.transcript)
                                       if voice.transcript else None, self)
            self._voice = VoiceController(self, self._central, self.stack, self.top_bar,
                                          self.speech, go_back=self.go_back,
                                          activity=self._key_activity)
            self._voice.toggled.connect(self.voice_button.setChecked)
        return self._voice

    @property
    def language_picker(self) -> LanguagePicker | None:
        """The list of languages, or ``None`` when the bar's button toggles between two."""
        offered = self._services.config.ui.languages
        if self._language_picker is None and len(offered) > 2:
            self._language_picker = LanguagePicker(self._central, offered)
            self._language_picker.chosen.connect(self.set_language)
        return self._language_picker

    # ------------------------------------------------------------------ the screens' port
    # (kiosk.ui.shell.Shell: all a screen may use of its window)
    @property
    def services(self) -> Services:
        return self._services

    @property
    def session(self) -> ResidentSession:
        return self._session

    @property
    def runner(self) -> Runner:
        return self._runner

    @property
    def dialogs(self) -> DialogService:
        return self._dialogs

    @property
    def sounds(self) -> Sounds:
        return self._sounds

    @property
    def card_adapter(self) -> CardAdapter | None:
        """The card reader's signals, wired to end the session when the visit's card is
        taken out; built on first use (the reader attaches after the first frame)."""
        card = self._services.card
        if self._card_adapter is None and card is not None:
            from kiosk.ui.card_adapter import make_card_adapter

            self._card_adapter = make_card_adapter(card, self._runner, self,
                                                   self._visit_card_lifted, self.session_ended)
            self._card_adapter.card_inserted.connect(
                lambda _reader: self.card_removed_notice.dismiss())
        return self._card_adapter

    def _visit_card_lifted(self, reason: str) -> None:
        """The visit's card left the reader: say so first, then wipe under the notice
        (opaque), so the resident is told and nothing of theirs stays on screen."""
        self.card_removed_notice.show_for(self._services.config.timeouts
                                          .card_removed_notice_seconds)
        self._sounds.play(Cue.CARD_REMOVED)
        self.end_session(reason)

    def go_back(self) -> None:
        self.flow.back()

    def open_call_staff(self, reason: str = "resident") -> None:
        self.call_staff.open(reason)

    def pause_idle(self) -> None:
        self.idle.disarm()

    def resume_idle(self) -> None:
        self.idle.arm()

    def _key_activity(self) -> None:
        if not self.idle.warning_shown:
            self.idle.activity()

    # ------------------------------------------------------------------ top bar
    def _build_top_bar(self, parent: QWidget) -> QWidget:
        bar = QWidget(parent)
        bar.setObjectName("topBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(6)
        self.language_button = make_button("languageButton", bar, role="toolbar")
        self.language_button.clicked.connect(self.toggle_language)
        # The text size: a caption and three letters drawn at their sizes (the words 「文字：
        # 標準」「大」「特大」 clipped in English at 特大 and left no room for another toggle).
        self.size_caption = QLabel(bar)
        self.size_caption.setObjectName("textSizeCaption")
        self.size_caption.setProperty("role", "toolbar")
        self.size_buttons = []
        for step in range(len(theme.TEXT_SIZES_PX)):
            button = make_button(f"textSize{step}", bar, role="toolbar", checkable=True)
            button.clicked.connect(lambda _=False, s=step: self.set_text_size(s))
            self.size_buttons.append(button)
        self.contrast_button = make_button("contrastButton", bar, role="toolbar", checkable=True)
        self.contrast_button.clicked.connect(self.set_high_contrast)
        self.voice_button = make_button("voiceButton", bar, role="toolbar", checkable=True)
        # A lambda on purpose: the voice controller is built after the bar (late binding).
        self.voice_button.clicked.connect(lambda: self.voice.toggle())  # noqa: PLW0108
        # The staff menu: the town's name held for two seconds (a button beside 「職員を呼ぶ」
        # was confused with it). The keyboard route: hold Enter on it, or the call-staff
        # overlay's staff button.
        self.town_logo = LongPressLabel(bar, "townLogo")
        self.town_logo.setProperty("role", "logo")
        self.town_logo.long_pressed.connect(self.request_staff_exit)
        self.call_staff_button = make_button("callStaffButton", bar, role="callstaff")
        # A lambda on purpose: the overlay is built after the bar (late binding).
        self.call_staff_button.clicked.connect(lambda: self.call_staff.open())  # noqa: PLW0108
        row.addWidget(self.town_logo)
        row.addWidget(self.language_button)
        row.addWidget(self.size_caption)
        for button in self.size_buttons:
            row.addWidget(button)
        row.addWidget(self.contrast_button)
        row.addWidget(self.voice_button)
        row.addStretch(1)
        row.addWidget(self.call_staff_button)
        self._bar_fit = ButtonRowFit(bar)  # long languages break labels onto two lines
        return bar

    def retranslate_ui(self) -> None:
        # The language button is written in the *other* language: a resident who cannot
        # read the current one must still recognise the way out. With a picker it says
        # "Language" in the current language, in Japanese and in English (eight names in
        # themselves would not fit the bar; the picker shows them).
        offered = i18n.languages()
        if len(offered) > 2:
            words = (i18n.translate("Language", "Language", self.language.current),
                     i18n.translate("Language", "Language", i18n.BASE_LOCALE), "Language")
            self._bar_fit.set_text(self.language_button, " / ".join(dict.fromkeys(words)))
            self.language_button.setAccessibleName(
                i18n.translate("Language", "Choose a language", self.language.current))
        else:
            other = self._other_language()
            self._bar_fit.set_text(self.language_button, i18n.language_name(other))
            self.language_button.setAccessibleName(
                i18n.translate("Language", "Switch to English", other))
        self._bar_fit.set_text(self.size_caption, self.tr("Text size"))
        labels = (self.tr("Text: normal"), self.tr("Large"), self.tr("Extra large"))
        for button, label in zip(self.size_buttons, labels, strict=True):
            button.setText(self.tr("A"))  # a letter, drawn at each size
            button.setAccessibleName(self.tr("Text size: %1").replace("%1", label))
        self._bar_fit.set_text(self.contrast_button, self.tr("High contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast colours on or off"))
        self._bar_fit.set_text(self.voice_button, self.tr("Voice guide"))
        self.voice_button.setAccessibleName(self.tr("Voice guidance on or off"))
        self._retranslate_town_logo()
        self._bar_fit.set_text(self.call_staff_button, self.tr("Call staff"))
        self.call_staff_button.setAccessibleName(self.tr("Call a member of staff for help"))
        self.setWindowTitle(self.tr("Write-free counter"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif (isinstance(event, QWindowStateChangeEvent) and not self._may_close
              and event.oldState() & Qt.WindowState.WindowFullScreen
              and not self.windowState() & Qt.WindowState.WindowFullScreen):
            # Minimised or restored by the window manager: a kiosk stays full screen.
            QTimer.singleShot(0, self._back_to_full_screen)
        super().changeEvent(event)

    def _back_to_full_screen(self) -> None:
        # checked again when the timer fires: staff may have unlocked the window meanwhile
        if not self._may_close and not self.isFullScreen():
            self.showFullScreen()

    # ------------------------------------------------------------------ look and language
    def apply_theme(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        font = QFont(theme.UI_FONT_FAMILY)
        font.setPixelSize(theme.base_pixel_size(self.text_size))
        app.setFont(font)
        app.setStyleSheet(theme.stylesheet(self.text_size, self.high_contrast))
        for step, button in enumerate(self.size_buttons):
            button.setChecked(step == self.text_size)
        self.contrast_button.setChecked(self.high_contrast)

    def set_text_size(self, step: int) -> None:
        self.text_size = max(0, min(step, len(theme.TEXT_SIZES_PX) - 1))
        self.apply_theme()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self.apply_theme()

    def set_language(self, language: str) -> None:
        self.language.set_language(language)
        self.session.language = language
        self.retranslate_ui()

    def toggle_language(self) -> None:
        """Switch between the two languages, or open the picker when there are more."""
        if self.language_picker is not None:
            self.language_picker.open(self.language.current)
        else:
            self.set_language(self._other_language())

    def _other_language(self) -> str:
        offered = i18n.languages()
        others = [x for x in offered if x != self.language.current]
        return others[0] if others else self.language.current

    # ------------------------------------------------------------------ screens
    @property
    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _show_screen(self, screen_id: str) -> None:
        screen = self.screens[screen_id]
        screen.on_enter(self.session)
        self.stack.setCurrentWidget(screen)
        self._show_step(screen)
        if screen_id == self.flow.start:
            self.idle.disarm()
        else:
            self.idle.arm()

    def _show_step(self, screen: Screen) -> None:
        if screen is self.stack.currentWidget():
            self.step_bar.show_step(screen.visit_step, screen.step_detail())

    def _screen_done(self, screen_id: str, result: object) -> None:
        if self.screens[screen_id] is not self.stack.currentWidget():
            return  # a late signal from a screen no longer shown
        if not self._ready:
            if self._held_tap is None:  # the first tap counts; the screen greys out
                self._held_tap = (screen_id, result)
                self.stack.setEnabled(False)
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            return
        from kiosk.app.visit_steps import record_step

        self.screen_finished.emit(screen_id, result)
        record_step(self._services, self._session, result)
        target = self.flow.resolve(screen_id, result)
        if target == self.flow.start and screen_id != self.flow.start:
            self.end_session("finished")
            return
        self.flow.go(target)

    def _screen_back(self) -> None:
        self.flow.back()

    def end_session(self, reason: str) -> None:
        """Wipe the resident from memory and screen, then greet the next person."""
        log.info("session ended", extra={"reason": reason})
        visit_id = self.session.visit_id
        self.session_closing.emit(reason, visit_id)
        self._services.visits.ended(reason, visit_id)
        self.session.wipe()
        if self._voice is not None:
            self._voice.reset()
        for screen in self.screens.values():
            screen.wipe()
        if isinstance(self._dialogs, OverlayDialogs):
            self._dialogs.cancel()
        self.call_staff.overlay.close_overlay()
        self.idle.new_visit()
        self.set_language(self.services.config.ui.language)
        self.session_ended.emit(reason)
        self.flow.restart()

    # ------------------------------------------------------------------ kiosk mode
    def request_staff_exit(self) -> None:
        self.staff_pin.open()

    # ------------------------------------------------------------------ help calls
    def attach_help_calls(self, help_calls: HelpCalls, *,
                          poll_seconds: float | None = None) -> HelpCallFeed:
        """Raise a help call at each call for staff, and hear when staff acknowledge it."""
        from kiosk.ui.help_calls import HelpCallFeed

        self._services.help_calls = help_calls
        feed = HelpCallFeed(help_calls, self, poll_seconds=poll_seconds)
        feed.changed.connect(self._help_calls_changed)
        self.help_feed = feed
        feed.start()
        return feed

    def _raise_help_call(self) -> None:
        help_calls = self._services.help_calls
        if help_calls is None:
            return  # no database attached (yet): the overlay still tells the resident
        feed = self.help_feed
        if feed is not None and any(c.id == self._help_call_id for c in feed.calls):
            # This kiosk's call is still open: one call, and the overlay says its state.
            self._help_calls_changed(feed.calls)
            return
        screen, reason = self.flow.current, HelpReason(self.call_staff.reason)
        self._runner.run(lambda: help_calls.raise_call(screen, reason), self._help_raised,
                         lambda exc: log.error("help call not raised",
                                               extra={"error": type(exc).__name__}))

    def _help_raised(self, call: HelpCall) -> None:
        self._help_call_id = call.id
        if self.help_feed is not None:  # acknowledged before this window heard of it?
            self._help_calls_changed(self.help_feed.calls)

    def _help_calls_changed(self, calls: list[HelpCall]) -> None:
        mine = next((c for c in calls if c.id == self._help_call_id), None)
        if mine is not None and mine.state is not HelpState.RAISED \
                and self.call_staff.is_open and not self.call_staff.acknowledged:
            self.call_staff.show_acknowledged()

    def allow_close(self) -> None:
        """Let the window close without the staff PIN (the smoke start, tests)."""
        self._may_close = True

    def show_staff_alerts(self, alerts: list[str]) -> None:
        """Mark the town's name (the staff menu's way in) while the terminal has something
        staff must act on."""
        if alerts == self._staff_alerts:
            return
        self._staff_alerts = list(alerts)
        self.town_logo.setProperty("alert", bool(alerts))
        self.town_logo.style().unpolish(self.town_logo)
        self.town_logo.style().polish(self.town_logo)
        self._retranslate_town_logo()

    def _retranslate_town_logo(self) -> None:
        if not self._services.navigator_loaded:
            # The catalog loads just after the first frame; the kiosk fills the name in
            # then (an empty corner for a fraction of a second, before anyone can tap).
            return
        marked = self._services.navigator.catalog.town.name.get(self.language.current)
        town = plain(marked)  # a logo cannot draw ruby (やさしい日本語 marks readings)
        if self._staff_alerts:
            self._bar_fit.set_text(self.town_logo, "⚠ " + town)
            self.town_logo.setAccessibleName(self.tr(
                "%1. Staff menu: this terminal needs attention (hold for two seconds, "
                "staff PIN needed)").replace("%1", reading(marked)))
        else:
            self._bar_fit.set_text(self.town_logo, town)
            self.town_logo.setAccessibleName(self.tr(
                "%1. Staff menu (hold for two seconds, staff PIN needed)").replace(
                    "%1", reading(marked)))

    def _staff_accepted(self) -> None:
        log.info("staff unlocked the kiosk")
        if self._staff_alerts:
            # Told first, in the staff's language, with the technical detail for IT support.
            self._dialogs.confirm(
                self.tr("This terminal needs attention"),
                self.tr("Tell IT support:") + "\n" + "\n".join(self._staff_alerts),
                self.tr("Continue"), self.tr("Back to the kiosk"),
                lambda go_on: self._after_staff_alerts() if go_on else None)
            return
        self._after_staff_alerts()

    def _after_staff_alerts(self) -> None:
        from printing.backends.base import PrintError

        try:
            queue = self._services.print_queue()
        except (PrintError, OSError):  # no usable printer: nothing to show, still close
            queue = None
        if queue is not None and self.print_jobs.open_if_waiting(queue):
            return  # failed print jobs first; "Close the kiosk" closes
        self._close_for_staff()

    def _close_for_staff(self) -> None:
        self.allow_close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            # Alt+F4 and the like: kiosk mode is left only through the staff PIN.
            event.ignore()
            self.request_staff_exit()
            return
        if self.session.has_personal_data:
            self.end_session("staff")
        if self.help_feed is not None:
            self.help_feed.stop()
        if self._card_adapter is not None:  # a closed window no longer watches the reader
            self._card_adapter.stop()
        if self.speech is not None:
            self.speech.close()
        event.accept()
