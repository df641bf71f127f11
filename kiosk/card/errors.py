"""Typed card errors, each carrying a plain message a resident can act on (JA and EN).

``str(error)`` is the English message, so a log line or the CLI shows something useful;
:meth:`CardError.message` picks the language for the screen. Messages never hold personal
data: at most a count of tries or a status word.
"""

# The names say what happened to the resident (PinWrong, CardRemoved), as the issue and the
# UI contracts name them; an "Error" suffix on each would add nothing.

from __future__ import annotations


class CardError(Exception):
    """Base of every error the card layer reports."""

    message_en = "The card could not be read. Please ask the staff."
    message_ja = "カードを読み取れませんでした。職員にお声がけください。"

    def __init__(self, detail: str = "") -> None:
        #: A technical note for logs (status word, exception class); never personal data.
        self.detail = detail
        super().__init__(self.message_en)

    def message(self, lang: str = "en") -> str:
        return self.message_ja if lang.startswith("ja") else self.message_en


class NoReader(CardError):
    message_en = "No card reader is connected. Please ask the staff."
    message_ja = "カードリーダーが接続されていません。職員にお声がけください。"


class ReaderServiceDown(NoReader):
    """The PC/SC service itself is not running: to the resident, there is no reader."""


class ReaderUnplugged(CardError):
    message_en = "The card reader was disconnected. Please ask the staff."
    message_ja = "カードリーダーの接続が切れました。職員にお声がけください。"


class NoCard(CardError):
    message_en = "Please put your My Number card on the reader."
    message_ja = "マイナンバーカードをカードリーダーに置いてください。"


class NotMyNumberCard(CardError):
    message_en = "This is not a My Number card. Please use your My Number card."
    message_ja = "マイナンバーカードではありません。マイナンバーカードをお使いください。"


class CardRemoved(CardError):
    message_en = (
        "The card was removed while it was being read. Please put it back and try again."
    )
    message_ja = "読み取り中にカードが外されました。もう一度カードを置いてください。"


class InvalidPinFormat(CardError):
    message_en = "The PIN is 4 digits. Please enter 4 digits."
    message_ja = "暗証番号は数字4桁です。4桁の数字を入力してください。"


class PinWrong(CardError):
    """The PIN did not match; ``tries_left`` more attempts are possible (at least one)."""

    def __init__(self, tries_left: int, detail: str = "") -> None:
        self.tries_left = tries_left
        super().__init__(detail)
        self.args = (self.message_en,)

    @property
    def message_en(self) -> str:  # type: ignore[override]  # depends on the count
        tries = "1 try" if self.tries_left == 1 else f"{self.tries_left} tries"
        text = f"The PIN is wrong. {tries} left."
        if self.tries_left == 1:
            text += " If you are not sure of your PIN, please ask the staff."
        return text

    @property
    def message_ja(self) -> str:  # type: ignore[override]  # depends on the count
        text = f"暗証番号が違います。あと{self.tries_left}回間違えるとロックされます。"
        if self.tries_left == 1:
            text += "暗証番号に自信がない場合は、職員にお声がけください。"
        return text


class LastTryNotConfirmed(CardError):
    """One try is left and the caller did not confirm spending it: nothing was sent."""

    tries_left = 1
    message_en = (
        "Only one PIN try is left. If it is wrong, the card locks. "
        "Please confirm, or ask the staff for help."
    )
    message_ja = (
        "暗証番号の残り回数はあと1回です。間違えるとカードがロックされます。"
        "確認のうえ入力するか、職員にお声がけください。"
    )


class PinBlocked(CardError):
    """The PIN is locked. ``just_locked`` is True when this very attempt locked it."""

    message_en = (
        "This card's PIN is locked. Staff can help; "
        "the lock can only be reset at the Resident Affairs counter (住民課)."
    )
    message_ja = (
        "このカードの暗証番号はロックされています。職員がご案内します。"
        "ロックの解除は住民課の窓口でのみできます。"
    )

    def __init__(self, detail: str = "", *, just_locked: bool = False) -> None:
        self.just_locked = just_locked
        super().__init__(detail)


class CardDataCorrupt(CardError):
    message_en = "The data on the card could not be read correctly. Please ask the staff."
    message_ja = "カードの情報を正しく読み取れませんでした。職員にお声がけください。"


class CardProtocolError(CardError):
    """The card answered a status word the protocol does not expect (a program error)."""

    def __init__(self, detail: str = "", sw: int | None = None) -> None:
        self.sw = sw
        super().__init__(detail)


class ReaderError(CardError):
    """The reader or the PC/SC service failed in a way not covered above."""

    message_en = "The card reader is not working. Please ask the staff."
    message_ja = "カードリーダーが動作していません。職員にお声がけください。"
