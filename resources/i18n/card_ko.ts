<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>CardInsertScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="128" />
        <source>Please put your My Number card on the card reader</source>
        <translation type="unfinished">마이넘버 카드를 카드 리더기에 올려 주십시오</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="130" />
        <source>Face up, on the reader marked with the card symbol. Leave it there until you have finished.</source>
        <translation type="unfinished">앞면을 위로 하여 카드 그림이 있는 리더기에 올려 주십시오. 끝날 때까지 그대로 두십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="132" />
        <source>Picture: a card being placed on the reader</source>
        <translation type="unfinished">그림: 카드를 리더기에 올리는 모습</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="133" />
        <source>I do not have my card</source>
        <translation type="unfinished">카드가 없습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="134" />
        <source>Continue without a card</source>
        <translation type="unfinished">카드 없이 진행</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="135" />
        <source>Back</source>
        <translation type="unfinished">← 뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="136" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">이전 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="143" />
        <source>Reading your card. Please do not remove it.</source>
        <translation type="unfinished">카드를 읽고 있습니다. 카드를 움직이지 마십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="145" />
        <source>You can also continue without a card.</source>
        <translation type="unfinished">카드 없이 진행할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>PinEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="103" />
        <source>Enter the 4-digit PIN of your card</source>
        <extracomment>Also read the 個人番号 (only when a form of this visit legally needs it).</extracomment>
        <translation type="unfinished">카드 비밀번호 4자리를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="105" />
        <source>PIN: %1 of %2 digits entered</source>
        <translation type="unfinished">비밀번호: %2자리 중 %1자리 입력</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="107" />
        <source>Back</source>
        <translation type="unfinished">← 뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="108" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">이전 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="109" />
        <source>Forgot the PIN? Call staff</source>
        <translation type="unfinished">비밀번호 분실 시 직원 호출</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="110" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">직원을 불러 도움 받기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="111" />
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="112" />
        <source>Continue without the card</source>
        <translation type="unfinished">카드 없이 진행</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="120" />
        <source>This card is locked</source>
        <translation type="unfinished">이 카드는 잠겨 있습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="122" />
        <source>Checking the card…</source>
        <translation type="unfinished">카드를 확인하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="124" />
        <source>Last try: 1 try left</source>
        <translation type="unfinished">마지막 1회 남았습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="126" />
        <source>Tries left: %1</source>
        <translation type="unfinished">남은 횟수: %1회</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="132" />
        <source>Checking the PIN. Please do not remove the card.</source>
        <translation type="unfinished">비밀번호를 확인하고 있습니다. 카드를 움직이지 마십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="134" />
        <source>If this try is wrong, the card locks. If you are not sure, please call staff.</source>
        <translation type="unfinished">이번에 틀리면 카드가 잠깁니다. 확실하지 않으면 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="185" />
        <source>Only one try left</source>
        <translation type="unfinished">남은 기회는 1회입니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="186" />
        <source>If this PIN is wrong, your card locks and only the Resident Affairs counter can unlock it. Are you sure of your PIN?</source>
        <translation type="unfinished">비밀번호가 틀리면 카드가 잠기며, 잠금 해제는 주민과(住民課) 창구에서만 가능합니다. 비밀번호가 확실합니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="188" />
        <source>Yes, check my PIN</source>
        <translation type="unfinished">예, 확인합니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="189" />
        <source>No, call staff</source>
        <translation type="unfinished">아니요, 직원 호출</translation>
    </message>
</context>
</TS>