<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CardInsertScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="128" />
        <source>Please put your My Number card on the card reader</source>
        <translation type="unfinished">マイナンバーカードを カードリーダーに 置《お》いて ください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="130" />
        <source>Face up, on the reader marked with the card symbol. Leave it there until you have finished.</source>
        <translation type="unfinished">カードの 表《おもて》を 上《うえ》に して、カードの 絵《え》が ある 機械《きかい》に 置《お》いて ください。終《お》わるまで 置《お》いた ままに して ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="132" />
        <source>Picture: a card being placed on the reader</source>
        <translation type="unfinished">絵《え》：カードを 機械《きかい》に 置《お》く ところ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="133" />
        <source>I do not have my card</source>
        <translation type="unfinished">カードが ありません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="134" />
        <source>Continue without a card</source>
        <translation type="unfinished">カードなしで すすむ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="135" />
        <source>Back</source>
        <translation type="unfinished">← もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="136" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">まえの がめんに もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="143" />
        <source>Reading your card. Please do not remove it.</source>
        <translation type="unfinished">カードを 読《よ》んで います。カードを 動《うご》かさないで ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="145" />
        <source>You can also continue without a card.</source>
        <translation type="unfinished">カードが なくても すすめます。</translation>
    </message>
</context>
<context>
    <name>PinEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="103" />
        <source>Enter the 4-digit PIN of your card</source>
        <extracomment>Also read the 個人番号 (only when a form of this visit legally needs it).</extracomment>
        <translation type="unfinished">カードの 暗証番号《あんしょうばんごう》（4けたの 数字《すうじ》）を 入《い》れて ください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="105" />
        <source>PIN: %1 of %2 digits entered</source>
        <translation type="unfinished">暗証番号《あんしょうばんごう》：%2けたの うち %1けた 入《い》れました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="107" />
        <source>Back</source>
        <translation type="unfinished">← もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="108" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">まえの がめんに もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="109" />
        <source>Forgot the PIN? Call staff</source>
        <translation type="unfinished">わすれた：しょくいんを よぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="110" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">しょくいんを よんで、てつだって もらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="111" />
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="112" />
        <source>Continue without the card</source>
        <translation type="unfinished">カードなしで すすむ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="120" />
        <source>This card is locked</source>
        <translation type="unfinished">この カードは ロックされて います</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="122" />
        <source>Checking the card…</source>
        <translation type="unfinished">カードを 確認《かくにん》して います…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="124" />
        <source>Last try: 1 try left</source>
        <translation type="unfinished">あと 1回《かい》です（さいごの 1回《かい》）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="126" />
        <source>Tries left: %1</source>
        <translation type="unfinished">あと %1回《かい》 できます</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="132" />
        <source>Checking the PIN. Please do not remove the card.</source>
        <translation type="unfinished">暗証番号《あんしょうばんごう》を 確認《かくにん》して います。カードを 動《うご》かさないで ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="134" />
        <source>If this try is wrong, the card locks. If you are not sure, please call staff.</source>
        <translation type="unfinished">つぎに まちがえると、カードが ロックされます。わからない ときは 職員《しょくいん》を 呼《よ》んで ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="185" />
        <source>Only one try left</source>
        <translation type="unfinished">あと 1回《かい》だけ です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="186" />
        <source>If this PIN is wrong, your card locks and only the Resident Affairs counter can unlock it. Are you sure of your PIN?</source>
        <translation type="unfinished">この 番号《ばんごう》が まちがいだと、カードが ロックされます。ロックを 直《なお》せるのは 住民課《じゅうみんか》の 窓口《まどぐち》だけです。番号《ばんごう》は 正《ただ》しいですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="188" />
        <source>Yes, check my PIN</source>
        <translation type="unfinished">はい、かくにんする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="189" />
        <source>No, call staff</source>
        <translation type="unfinished">いいえ、しょくいんを よぶ</translation>
    </message>
</context>
</TS>