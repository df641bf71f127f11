<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CardInsertScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="128"/>
        <source>Please put your My Number card on the card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="130"/>
        <source>Face up, on the reader marked with the card symbol. Leave it there until you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="132"/>
        <source>Picture: a card being placed on the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="133"/>
        <source>I do not have my card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="134"/>
        <source>Continue without a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="135"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="136"/>
        <source>Back to the previous screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="143"/>
        <source>Reading your card. Please do not remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="145"/>
        <source>You can also continue without a card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="103"/>
        <source>Enter the 4-digit PIN of your card</source>
        <extracomment>Also read the 個人番号 (only when a form of this visit legally needs it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="105"/>
        <source>PIN: %1 of %2 digits entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="107"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="108"/>
        <source>Back to the previous screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="109"/>
        <source>Forgot the PIN? Call staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="110"/>
        <source>Call a member of staff for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="111"/>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="112"/>
        <source>Continue without the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="120"/>
        <source>This card is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="122"/>
        <source>Checking the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="124"/>
        <source>Last try: 1 try left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="126"/>
        <source>Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="132"/>
        <source>Checking the PIN. Please do not remove the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="134"/>
        <source>If this try is wrong, the card locks. If you are not sure, please call staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="185"/>
        <source>Only one try left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="186"/>
        <source>If this PIN is wrong, your card locks and only the Resident Affairs counter can unlock it. Are you sure of your PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="188"/>
        <source>Yes, check my PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="189"/>
        <source>No, call staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
