<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>CardInsertScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="128" />
        <source>Please put your My Number card on the card reader</source>
        <translation type="unfinished">Ilagay ang My Number card (マイナンバーカード) sa reader</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="130" />
        <source>Face up, on the reader marked with the card symbol. Leave it there until you have finished.</source>
        <translation type="unfinished">Nakaharap pataas, sa reader na may larawan ng card. Iwan ito roon hanggang matapos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="132" />
        <source>Picture: a card being placed on the reader</source>
        <translation type="unfinished">Larawan: inilalagay ang card sa reader</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="133" />
        <source>I do not have my card</source>
        <translation type="unfinished">Wala akong card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="134" />
        <source>Continue without a card</source>
        <translation type="unfinished">Magpatuloy nang walang card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="135" />
        <source>Back</source>
        <translation type="unfinished">← Bumalik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="136" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">Bumalik sa nakaraang screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="143" />
        <source>Reading your card. Please do not remove it.</source>
        <translation type="unfinished">Binabasa ang inyong card. Huwag po itong alisin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="145" />
        <source>You can also continue without a card.</source>
        <translation type="unfinished">Maaari rin kayong magpatuloy nang walang card.</translation>
    </message>
</context>
<context>
    <name>PinEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="103" />
        <source>Enter the 4-digit PIN of your card</source>
        <extracomment>Also read the 個人番号 (only when a form of this visit legally needs it).</extracomment>
        <translation type="unfinished">Ilagay ang 4-digit na PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="105" />
        <source>PIN: %1 of %2 digits entered</source>
        <translation type="unfinished">PIN: %1 sa %2 digit ang nailagay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="107" />
        <source>Back</source>
        <translation type="unfinished">← Bumalik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="108" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">Bumalik sa nakaraang screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="109" />
        <source>Forgot the PIN? Call staff</source>
        <translation type="unfinished">Nakalimutan ang PIN? Tumawag ng staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="110" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Tumawag ng staff para tumulong</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="111" />
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="112" />
        <source>Continue without the card</source>
        <translation type="unfinished">Magpatuloy nang walang card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="120" />
        <source>This card is locked</source>
        <translation type="unfinished">Naka-lock ang card na ito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="122" />
        <source>Checking the card…</source>
        <translation type="unfinished">Sinusuri ang card…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="124" />
        <source>Last try: 1 try left</source>
        <translation type="unfinished">Huling subok: 1 na lang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="126" />
        <source>Tries left: %1</source>
        <translation type="unfinished">Natitirang subok: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="132" />
        <source>Checking the PIN. Please do not remove the card.</source>
        <translation type="unfinished">Sinusuri ang PIN. Huwag po alisin ang card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="134" />
        <source>If this try is wrong, the card locks. If you are not sure, please call staff.</source>
        <translation type="unfinished">Kapag mali ang subok na ito, mala-lock ang card. Kung hindi kayo sigurado, tumawag po ng staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="185" />
        <source>Only one try left</source>
        <translation type="unfinished">Isang subok na lang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="186" />
        <source>If this PIN is wrong, your card locks and only the Resident Affairs counter can unlock it. Are you sure of your PIN?</source>
        <translation type="unfinished">Kapag mali ang PIN na ito, mala-lock ang card at sa counter lang ng Resident Affairs (住民課) ito maa-unlock. Sigurado ba kayo sa inyong PIN?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="188" />
        <source>Yes, check my PIN</source>
        <translation type="unfinished">Oo, suriin ang PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="189" />
        <source>No, call staff</source>
        <translation type="unfinished">Hindi, tumawag ng staff</translation>
    </message>
</context>
</TS>