<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>FinishedScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="114" />
        <source>A member of staff will bring your papers</source>
        <translation type="unfinished">書類《しょるい》は 職員《しょくいん》が 持《も》って きます</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="116" />
        <source>Please take your papers</source>
        <translation type="unfinished">書類《しょるい》を 取《と》って ください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="117" />
        <location filename="../../kiosk/ui/screens/finished.py" line="118" />
        <source>Your number</source>
        <translation type="unfinished">あなたの 番号《ばんごう》</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="120" />
        <source>Please go to these counters, in this order:</source>
        <translation type="unfinished">この 順番《じゅんばん》で 窓口《まどぐち》へ 行《い》って ください：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="122" />
        <source>Please go to the one-stop desk. Every procedure starts there:</source>
        <translation type="unfinished">総合窓口《そうごうまどぐち》へ 行《い》って ください。手続《てつづ》きは ぜんぶ そこから はじまります：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="124" />
        <source>Your guide sheet (the first page) shows the same.</source>
        <translation type="unfinished">案内《あんない》の 紙《かみ》（1まいめ）にも 同《おな》じ ことが 書《か》いて あります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="125" />
        <source>Done</source>
        <translation type="unfinished">おわる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="126" />
        <source>Done: finish and clear my information</source>
        <translation type="unfinished">おわる（いれた じょうほうは けします）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="165" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished">総合窓口《そうごうまどぐち》から ここに 行《い》きます。専門《せんもん》の 人《ひと》が 手続《てつづ》きを します。</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="181" />
        <source>▲ Previous</source>
        <extracomment>The default zoom against filling the width: the forms' body text at about 16 px on the kiosk (it was about 10 px); a finger drags the page sideways. The zoom range: from the whole width down to half of it, up to four times the size.</extracomment>
        <translation type="unfinished">▲ まえ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="182" />
        <source>Show the previous page</source>
        <translation type="unfinished">まえの ページを みる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="183" />
        <source>▼ Next</source>
        <translation type="unfinished">▼ つぎ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="184" />
        <source>Show the next page</source>
        <translation type="unfinished">つぎの ページを みる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="185" />
        <source>Back</source>
        <translation type="unfinished">← もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="186" />
        <source>Back to the answers</source>
        <translation type="unfinished">こたえの がめんに もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="187" />
        <source>Print my forms</source>
        <translation type="unfinished">しょるいを いんさつする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="188" />
        <source>Print all my forms now</source>
        <translation type="unfinished">しょるいを ぜんぶ いま いんさつする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="189" />
        <source>Your forms, as they will be printed</source>
        <translation type="unfinished">印刷《いんさつ》する 書類《しょるい》</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="190" />
        <source>+ Larger</source>
        <translation type="unfinished">+ おおきく</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="191" />
        <source>Make the page larger</source>
        <translation type="unfinished">紙《かみ》を 大《おお》きく する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="192" />
        <source>− Smaller</source>
        <translation type="unfinished">− ちいさく</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="193" />
        <source>Make the page smaller</source>
        <translation type="unfinished">紙《かみ》を 小《ちい》さく する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Fit width</source>
        <translation type="unfinished">よこはばに あわせる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Whole page</source>
        <translation type="unfinished">ページ ぜんぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="206" />
        <source>Printing your forms</source>
        <translation type="unfinished">書類《しょるい》を 印刷《いんさつ》して います</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="209" />
        <source>Your forms are safe</source>
        <translation type="unfinished">書類《しょるい》は なくなりません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="211" />
        <source>The printer is not responding.</source>
        <translation type="unfinished">プリンターが 動《うご》きません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="212" />
        <source>A member of staff will bring your forms. Please tap Call staff.</source>
        <translation type="unfinished">書類《しょるい》は 職員《しょくいん》が 持《も》って きます。「しょくいんを よぶ」を おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="213" />
        <source>Continue</source>
        <translation type="unfinished">つぎへ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="215" />
        <source>Something went wrong</source>
        <translation type="unfinished">うまく できませんでした</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="217" />
        <source>Your forms could not be prepared.</source>
        <translation type="unfinished">書類《しょるい》を 作《つく》れませんでした。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="218" />
        <source>Please tap Call staff. A member of staff will help you.</source>
        <translation type="unfinished">「しょくいんを よぶ」を おして ください。職員《しょくいん》が 手伝《てつだ》います。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="219" />
        <source>Try again</source>
        <translation type="unfinished">もういちど やる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="221" />
        <source>Check, then print</source>
        <translation type="unfinished">見《み》てから 印刷《いんさつ》</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="224" />
        <source>Preparing your forms</source>
        <translation type="unfinished">書類《しょるい》を 作《つく》って います</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="225" />
        <source>Your forms are being filled in for you…</source>
        <translation type="unfinished">書類《しょるい》に 書《か》いて います…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="226" />
        <source>This takes a few seconds.</source>
        <translation type="unfinished">少《すこ》し 待《ま》って ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="233" />
        <source>A guide sheet and one form.</source>
        <translation type="unfinished">案内《あんない》の 紙《かみ》と 書類《しょるい》 1まいです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="235" />
        <source>A guide sheet and %n forms.</source>
        <translation type="unfinished"><numerusform>案内《あんない》の 紙《かみ》と 書類《しょるい》 %nまいです。</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="238" />
        <source>One character cannot be printed: staff will write it by hand.</source>
        <translation type="unfinished">印刷《いんさつ》できない 字《じ》が 1つ あります。職員《しょくいん》が 手《て》で 書《か》きます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="240" />
        <source>%n characters cannot be printed: staff will write them by hand.</source>
        <translation type="unfinished"><numerusform>印刷《いんさつ》できない 字《じ》が %nこ あります。職員《しょくいん》が 手《て》で 書《か》きます。</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="243" />
        <source>Staff will check a few entries with you at the counter.</source>
        <translation type="unfinished">窓口《まどぐち》で、職員《しょくいん》と いっしょに 少《すこ》し 確認《かくにん》します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="251" />
        <source>Page %1 of %2</source>
        <translation type="unfinished">%1 / %2 ページ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="259" />
        <source>The printer is printing your forms…</source>
        <translation type="unfinished">プリンターで 印刷《いんさつ》して います…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="261" />
        <source>Sending your forms to the printer…</source>
        <translation type="unfinished">プリンターに 送《おく》って います…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="262" />
        <source>Please wait here. This can take a minute.</source>
        <translation type="unfinished">ここで 待《ま》って ください。1分《ぷん》ぐらい かかる ことが あります。</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="74" />
        <source>Call staff</source>
        <translation type="unfinished">しょくいんを よぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="75" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">しょくいんを よんで、てつだって もらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="77" />
        <source>Continue</source>
        <translation type="unfinished">つぎへ</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="51" />
        <source>Please take your My Number card</source>
        <extracomment>The mark of the first counter, as the ticket screen numbers them.</extracomment>
        <translation type="unfinished">マイナンバーカードを 取《と》って ください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="55" />
        <source>You need it at counter %1 (%2).</source>
        <translation type="unfinished">%1の 窓口《まどぐち》（%2）で 使《つか》います。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="58" />
        <source>You need it at counter %1.</source>
        <translation type="unfinished">%1の 窓口《まどぐち》で 使《つか》います。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="61" />
        <source>Your papers are printing. Your number comes next.</source>
        <translation type="unfinished">紙《かみ》を 印刷《いんさつ》して います。つぎに 番号《ばんごう》の 紙《かみ》が 出《で》ます。</translation>
    </message>
</context>
</TS>