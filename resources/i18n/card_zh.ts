<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>CardInsertScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="128" />
        <source>Please put your My Number card on the card reader</source>
        <translation type="unfinished">请将个人编号卡（マイナンバーカード）放在读卡器上</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="130" />
        <source>Face up, on the reader marked with the card symbol. Leave it there until you have finished.</source>
        <translation type="unfinished">正面朝上，放在标有卡片图案的读卡器上。办理结束前请不要拿走。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="132" />
        <source>Picture: a card being placed on the reader</source>
        <translation type="unfinished">图：将卡放在读卡器上</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="133" />
        <source>I do not have my card</source>
        <translation type="unfinished">我没有带卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="134" />
        <source>Continue without a card</source>
        <translation type="unfinished">不用卡继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="135" />
        <source>Back</source>
        <translation type="unfinished">← 返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="136" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">返回上一个画面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="143" />
        <source>Reading your card. Please do not remove it.</source>
        <translation type="unfinished">正在读取您的卡。请不要移动卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="145" />
        <source>You can also continue without a card.</source>
        <translation type="unfinished">也可以不用卡继续办理。</translation>
    </message>
</context>
<context>
    <name>PinEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="103" />
        <source>Enter the 4-digit PIN of your card</source>
        <extracomment>Also read the 個人番号 (only when a form of this visit legally needs it).</extracomment>
        <translation type="unfinished">请输入卡的密码（4位数字）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="105" />
        <source>PIN: %1 of %2 digits entered</source>
        <translation type="unfinished">密码：已输入%2位中的%1位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="107" />
        <source>Back</source>
        <translation type="unfinished">← 返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="108" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">返回上一个画面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="109" />
        <source>Forgot the PIN? Call staff</source>
        <translation type="unfinished">忘记密码？呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="110" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">呼叫工作人员帮忙</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="111" />
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="112" />
        <source>Continue without the card</source>
        <translation type="unfinished">不用卡继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="120" />
        <source>This card is locked</source>
        <translation type="unfinished">此卡已被锁定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="122" />
        <source>Checking the card…</source>
        <translation type="unfinished">正在确认卡…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="124" />
        <source>Last try: 1 try left</source>
        <translation type="unfinished">最后一次：还剩1次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="126" />
        <source>Tries left: %1</source>
        <translation type="unfinished">剩余次数：%1次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="132" />
        <source>Checking the PIN. Please do not remove the card.</source>
        <translation type="unfinished">正在确认密码。请不要移动卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="134" />
        <source>If this try is wrong, the card locks. If you are not sure, please call staff.</source>
        <translation type="unfinished">如果这次输错，卡将被锁定。如果没有把握，请呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="185" />
        <source>Only one try left</source>
        <translation type="unfinished">只剩最后一次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="186" />
        <source>If this PIN is wrong, your card locks and only the Resident Affairs counter can unlock it. Are you sure of your PIN?</source>
        <translation type="unfinished">如果密码错误，卡将被锁定，只能在住民课（住民課）窗口解锁。您确定密码正确吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="188" />
        <source>Yes, check my PIN</source>
        <translation type="unfinished">是，确认密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="189" />
        <source>No, call staff</source>
        <translation type="unfinished">否，呼叫工作人员</translation>
    </message>
</context>
</TS>