"""Typed card errors, each carrying a plain message a resident can act on.

Each message is an English source string (``source``); :meth:`CardError.message` translates
it through ``kiosk.i18n`` (context ``CardError`` in ``resources/i18n/core_<locale>.ts``).
``str(error)`` is the English message, so a log line or the CLI shows something useful.
Messages never hold personal data: at most a count of tries or a status word.
"""

# The names say what happened to the resident (PinWrong, CardRemoved), as the issue and the
# UI contracts name them; an "Error" suffix on each would add nothing.

from __future__ import annotations

from kiosk.i18n import translate


class CardError(Exception):
    """Base of every error the card layer reports."""

    source = "The card could not be read. Please ask the staff."

    def __init__(self, detail: str = "") -> None:
        #: A technical note for logs (status word, exception class); never personal data.
        self.detail = detail
        super().__init__(self.source)

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` (a locale), through the translation fallback chain."""
        return translate("CardError", self.source, lang).replace("%1", self._count())

    def _count(self) -> str:
        return ""


class NoReader(CardError):
    source = "No card reader is connected. Please ask the staff."


class ReaderServiceDown(NoReader):
    """The PC/SC service itself is not running: to the resident, there is no reader."""


class ReaderUnplugged(CardError):
    source = "The card reader was disconnected. Please ask the staff."


class NoCard(CardError):
    source = "Please put your My Number card on the reader."


class NotMyNumberCard(CardError):
    source = "This is not a My Number card. Please use your My Number card."


class CardRemoved(CardError):
    source = (
        "The card was removed while it was being read. Please put it back and try again."
    )


class InvalidPinFormat(CardError):
    source = "The PIN is 4 digits. Please enter 4 digits."


class PinWrong(CardError):
    """The PIN did not match; ``tries_left`` more attempts are possible (at least one)."""

    def __init__(self, tries_left: int, detail: str = "") -> None:
        self.tries_left = tries_left
        super().__init__(detail)
        self.args = (self.message(),)

    @property
    def source(self) -> str:  # type: ignore[override]  # depends on the count
        if self.tries_left == 1:
            return ("The PIN is wrong. 1 try left. "
                    "If you are not sure of your PIN, please ask the staff.")
        return "The PIN is wrong. %1 tries left."

    def _count(self) -> str:
        return str(self.tries_left)


class LastTryNotConfirmed(CardError):
    """One try is left and the caller did not confirm spending it: nothing was sent."""

    tries_left = 1
    source = (
        "Only one PIN try is left. If it is wrong, the card locks. "
        "Please confirm, or ask the staff for help."
    )


class PinBlocked(CardError):
    """The PIN is locked. ``just_locked`` is True when this very attempt locked it."""

    source = (
        "This card's PIN is locked. Staff can help; "
        "the lock can only be reset at the Resident Affairs counter (住民課)."
    )

    def __init__(self, detail: str = "", *, just_locked: bool = False) -> None:
        self.just_locked = just_locked
        super().__init__(detail)


class CardTimeout(CardError):
    """The card (or the reader) did not answer one command within the APDU timeout."""

    source = ("The card did not answer. Please take it off the reader, put it back and try "
              "again. If it happens again, please ask the staff.")


class CardDataCorrupt(CardError):
    source = "The data on the card could not be read correctly. Please ask the staff."


class CardProtocolError(CardError):
    """The card answered a status word the protocol does not expect (a program error)."""

    def __init__(self, detail: str = "", sw: int | None = None) -> None:
        self.sw = sw
        super().__init__(detail)


class ReaderError(CardError):
    """The reader or the PC/SC service failed in a way not covered above."""

    source = "The card reader is not working. Please ask the staff."
