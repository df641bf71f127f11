"""What the waiting-area display shows and says, in plain Python (the Qt window only draws it).

:class:`DisplayModel` takes each :class:`BoardSnapshot` and keeps the rows of the board in
every display language at once (a TV in the waiting area speaks to everyone, so it is
bilingual rather than switchable). :meth:`DisplayModel.update` returns the calls that are
new since the last snapshot as :class:`Announcement`\\ s, each with its spoken sentence
per language, e.g. 「受付番号 12 番の方、2番窓口へお越しください。」 and
"Ticket 12, please come to Counter 2." The sentences are English sources translated in
context ``WaitingDisplay`` (``resources/i18n/display_<locale>.ts``); the counter's name is
the catalog's (``departments.yaml``), so the town's own counter names are spoken.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from kiosk.domain.waiting_board import BoardSnapshot, CalledTicket, CounterStatus
from kiosk.i18n import Text, translate
from kiosk.visits.clock import LOCAL_TZ

CONTEXT = "WaitingDisplay"


def tr(source: str, locale: str, **values: object) -> str:
    """A display string in ``locale`` with ``{name}`` fields filled in."""
    return translate(CONTEXT, source, locale).format(**values)


def counter_label(counter: str, names: Mapping[str, Text], locale: str) -> str:
    """The counter as residents know it (「2番窓口」); the code if the catalog lacks it."""
    text = names.get(counter)
    return text.get(locale) if text is not None else counter


def spoken_call(call: CalledTicket, names: Mapping[str, Text], locale: str) -> str:
    return tr("Ticket {ticket}, please come to {counter}.", locale,
              ticket=call.ticket, counter=counter_label(call.counter, names, locale))


def wait_text(seconds: float | None, locale: str) -> str:
    if seconds is None:
        return tr("No estimate yet", locale)
    minutes = max(1, round(seconds / 60))
    return tr("About {minutes} min", locale, minutes=minutes)


@dataclass(frozen=True, slots=True)
class Announcement:
    call: CalledTicket
    spoken: tuple[tuple[str, str], ...]  # (locale, sentence), in the display's order

    def text(self, locale: str) -> str:
        return next(sentence for lang, sentence in self.spoken if lang == locale)


@dataclass(frozen=True, slots=True)
class CallRow:
    ticket: str
    counter: dict[str, str]  # locale -> counter label
    state: dict[str, str]  # locale -> "Please come" / "Being served"
    called_at: str  # local HH:MM


@dataclass(frozen=True, slots=True)
class CounterRow:
    counter: dict[str, str]
    waiting: int
    wait: dict[str, str]


@dataclass
class DisplayModel:
    names: Mapping[str, Text]  # counter code -> its name on the board (the catalog's)
    languages: Sequence[str] = ("ja", "en")
    snapshot: BoardSnapshot | None = None
    calls: list[CallRow] = field(default_factory=list)
    counters: list[CounterRow] = field(default_factory=list)

    def update(self, snapshot: BoardSnapshot) -> list[Announcement]:
        """Take a new snapshot; return what to announce (the new calls, oldest first)."""
        fresh = snapshot.new_calls(self.snapshot)
        self.snapshot = snapshot
        self.calls = [self._call_row(call) for call in snapshot.calls]
        self.counters = [self._counter_row(status) for status in snapshot.counters]
        return [self.announcement(call) for call in fresh]

    def announcement(self, call: CalledTicket) -> Announcement:
        return Announcement(call, tuple((lang, spoken_call(call, self.names, lang))
                                        for lang in self.languages))

    def heading(self, locale: str) -> str:
        return tr("Now calling", locale)

    def counters_heading(self, locale: str) -> str:
        return tr("Waiting at each counter", locale)

    def as_of(self, locale: str) -> str:
        if self.snapshot is None:
            return ""
        moment = self.snapshot.taken_at.astimezone(LOCAL_TZ).strftime("%H:%M")
        return tr("As of {time}", locale, time=moment)

    def _call_row(self, call: CalledTicket) -> CallRow:
        states = {"called": "Please come", "serving": "Being served"}
        return CallRow(
            call.ticket,
            self._each(lambda lang: counter_label(call.counter, self.names, lang)),
            self._each(lambda lang: tr(states.get(call.state, "Please come"), lang)),
            call.called_at.astimezone(LOCAL_TZ).strftime("%H:%M"))

    def _counter_row(self, status: CounterStatus) -> CounterRow:
        return CounterRow(
            self._each(lambda lang: counter_label(status.counter, self.names, lang)),
            status.waiting,
            self._each(lambda lang: wait_text(status.estimated_wait_seconds, lang)))

    def _each(self, make: Callable[[str], str]) -> dict[str, str]:
        return {lang: make(lang) for lang in self.languages}
