<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>FinishedScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="114" />
        <source>A member of staff will bring your papers</source>
        <translation>書類は職員がお届けします</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="116" />
        <source>Please take your papers</source>
        <translation>書類をお取りください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="117" />
        <location filename="../../kiosk/ui/screens/finished.py" line="118" />
        <source>Your number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="120" />
        <source>Please go to these counters, in this order:</source>
        <translation>次の順に窓口へお越しください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="122" />
        <source>Please go to the one-stop desk. Every procedure starts there:</source>
        <translation>総合窓口へお越しください。すべての手続きはそこで始まります</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="124" />
        <source>Your guide sheet (the first page) shows the same.</source>
        <translation>1枚目の手続き案内票にも同じことが書いてあります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="125" />
        <source>Done</source>
        <translation>終わる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="126" />
        <source>Done: finish and clear my information</source>
        <translation>終わる（入力した情報は消去されます）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="165" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation>総合窓口からご案内します（専門の担当者が手続きします）</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="181" />
        <source>▲ Previous</source>
        <extracomment>The default zoom against filling the width: the forms' body text at about 16 px on the kiosk (it was about 10 px); a finger drags the page sideways. The zoom range: from the whole width down to half of it, up to four times the size.</extracomment>
        <translation>▲ 前へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="182" />
        <source>Show the previous page</source>
        <translation>前のページを表示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="183" />
        <source>▼ Next</source>
        <translation>▼ 次へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="184" />
        <source>Show the next page</source>
        <translation>次のページを表示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="185" />
        <source>Back</source>
        <translation>← もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="186" />
        <source>Back to the answers</source>
        <translation>回答の画面にもどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="187" />
        <source>Print my forms</source>
        <translation>書類を印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="188" />
        <source>Print all my forms now</source>
        <translation>すべての書類をいま印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="189" />
        <source>Your forms, as they will be printed</source>
        <translation>印刷される書類</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="190" />
        <source>+ Larger</source>
        <translation>＋ 大きく</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="191" />
        <source>Make the page larger</source>
        <translation>ページを大きくする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="192" />
        <source>− Smaller</source>
        <translation>－ 小さく</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="193" />
        <source>Make the page smaller</source>
        <translation>ページを小さくする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Whole page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="206" />
        <source>Printing your forms</source>
        <translation>印刷しています</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="209" />
        <source>Your forms are safe</source>
        <translation>書類はお預かりしています</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="211" />
        <source>The printer is not responding.</source>
        <translation>プリンターが応答しません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="212" />
        <source>A member of staff will bring your forms. Please tap Call staff.</source>
        <translation>書類は職員がお届けします。「職員を呼ぶ」を押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="213" />
        <source>Continue</source>
        <translation>次へ進む</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="215" />
        <source>Something went wrong</source>
        <translation>うまくいきませんでした</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="217" />
        <source>Your forms could not be prepared.</source>
        <translation>書類を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="218" />
        <source>Please tap Call staff. A member of staff will help you.</source>
        <translation>「職員を呼ぶ」を押してください。職員がお手伝いします。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="219" />
        <source>Try again</source>
        <translation>もう一度ためす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="221" />
        <source>Check, then print</source>
        <translation>確認して印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="224" />
        <source>Preparing your forms</source>
        <translation>書類を作成しています</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="225" />
        <source>Your forms are being filled in for you…</source>
        <translation>書類に記入しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="226" />
        <source>This takes a few seconds.</source>
        <translation>数秒かかります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="233" />
        <source>A guide sheet and one form.</source>
        <translation>案内票と書類1件です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="235" />
        <source>A guide sheet and %n forms.</source>
        <translation>
            <numerusform>案内票と書類%n件です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="238" />
        <source>One character cannot be printed: staff will write it by hand.</source>
        <translation>印刷できない文字が1文字あります。職員が手書きします。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="240" />
        <source>%n characters cannot be printed: staff will write them by hand.</source>
        <translation>
            <numerusform>印刷できない文字が%n文字あります。職員が手書きします。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="243" />
        <source>Staff will check a few entries with you at the counter.</source>
        <translation>いくつかの記入内容を窓口で職員と確認します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="251" />
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="259" />
        <source>The printer is printing your forms…</source>
        <translation>プリンターで印刷しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="261" />
        <source>Sending your forms to the printer…</source>
        <translation>プリンターに送っています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="262" />
        <source>Please wait here. This can take a minute.</source>
        <translation>このままお待ちください。1分ほどかかることがあります。</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="74" />
        <source>Call staff</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="75" />
        <source>Call a member of staff for help</source>
        <translation>職員を呼んで手伝ってもらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="77" />
        <source>Continue</source>
        <translation>次へ進む</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="51" />
        <source>Please take your My Number card</source>
        <extracomment>The mark of the first counter, as the ticket screen numbers them.</extracomment>
        <translation>マイナンバーカードをお取りください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="55" />
        <source>You need it at counter %1 (%2).</source>
        <translation>%1の窓口（%2）で必要です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="58" />
        <source>You need it at counter %1.</source>
        <translation>%1の窓口で必要です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="61" />
        <source>Your papers are printing. Your number comes next.</source>
        <translation>書類を印刷しています。このあと番号札の画面になります。</translation>
    </message>
</context>
</TS>