<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CardInsertScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="128"/>
        <source>Please put your My Number card on the card reader</source>
        <translation>マイナンバーカードをカードリーダーに置いてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="130"/>
        <source>Face up, on the reader marked with the card symbol. Leave it there until you have finished.</source>
        <translation>表を上にして、カードの絵がある読み取り機に置いてください。手続きが終わるまで置いたままにしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="132"/>
        <source>Picture: a card being placed on the reader</source>
        <translation>図：カードを読み取り機に置くところ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="133"/>
        <source>I do not have my card</source>
        <translation>カードを持っていない</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="134"/>
        <source>Continue without a card</source>
        <translation>カードなしで進む</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="135"/>
        <source>Back</source>
        <translation>← もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="136"/>
        <source>Back to the previous screen</source>
        <translation>前の画面に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="143"/>
        <source>Reading your card. Please do not remove it.</source>
        <translation>カードを読み取っています。カードを動かさないでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="145"/>
        <source>You can also continue without a card.</source>
        <translation>カードなしで進むこともできます。</translation>
    </message>
</context>
<context>
    <name>PinEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="103"/>
        <source>Enter the 4-digit PIN of your card</source>
        <extracomment>Also read the 個人番号 (only when a form of this visit legally needs it).</extracomment>
        <translation>カードの暗証番号（数字4桁）を入力してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="105"/>
        <source>PIN: %1 of %2 digits entered</source>
        <translation>暗証番号：%2桁のうち%1桁入力済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="107"/>
        <source>Back</source>
        <translation>← もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="108"/>
        <source>Back to the previous screen</source>
        <translation>前の画面に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="109"/>
        <source>Forgot the PIN? Call staff</source>
        <translation>暗証番号を忘れた方は職員を呼ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="110"/>
        <source>Call a member of staff for help</source>
        <translation>職員を呼んで手伝ってもらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="111"/>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="112"/>
        <source>Continue without the card</source>
        <translation>カードを使わずに進む</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="120"/>
        <source>This card is locked</source>
        <translation>このカードはロックされています</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="122"/>
        <source>Checking the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="124"/>
        <source>Last try: 1 try left</source>
        <translation>残り1回です（最後の1回）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="126"/>
        <source>Tries left: %1</source>
        <translation>残り回数：%1回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="132"/>
        <source>Checking the PIN. Please do not remove the card.</source>
        <translation>暗証番号を確認しています。カードを動かさないでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="134"/>
        <source>If this try is wrong, the card locks. If you are not sure, please call staff.</source>
        <translation>次に間違えるとカードがロックされます。自信がない場合は職員を呼んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="185"/>
        <source>Only one try left</source>
        <translation>残りはあと1回です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="186"/>
        <source>If this PIN is wrong, your card locks and only the Resident Affairs counter can unlock it. Are you sure of your PIN?</source>
        <translation>この暗証番号が違うとカードがロックされ、解除は住民課の窓口でしかできません。暗証番号に間違いはありませんか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="188"/>
        <source>Yes, check my PIN</source>
        <translation>はい、確認する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="189"/>
        <source>No, call staff</source>
        <translation>いいえ、職員を呼ぶ</translation>
    </message>
</context>
</TS>
