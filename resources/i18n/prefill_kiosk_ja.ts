<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>PrefillReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="97"/>
        <source>Check your procedures and forms, then print</source>
        <translation>手続きと書類を確認して、印刷してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="107"/>
        <source>%1 procedures at %2 counters. Take your printed forms to them in this order.</source>
        <translation>%2か所の窓口で%1件の手続きがあります。印刷した書類を持って、この順番でお回りください。</translation>
    </message>
</context>
<context>
    <name>PrefillScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="97"/>
        <source>Show the QR code you made at home</source>
        <translation>ご自宅で作成したQRコードをお見せください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="100"/>
        <source>Hold the code under the scanner, or in front of the camera.</source>
        <translation>コードを読み取り機の下、またはカメラの前にかざしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="102"/>
        <source>The camera&apos;s picture</source>
        <translation>カメラの映像</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="105"/>
        <source>Hold the code (on your phone or on paper) under the scanner.</source>
        <translation>コード（スマートフォンの画面または紙）を読み取り機の下にかざしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="107"/>
        <source>This kiosk has no camera: please use the scanner.</source>
        <translation>この端末にはカメラがありません。読み取り機をお使いください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="108"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="109"/>
        <source>Back to the start</source>
        <translation>最初の画面に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="110"/>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="185"/>
        <source>Reading the code…</source>
        <translation>コードを読み取っています…</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="66"/>
        <source>This card does not match the code</source>
        <translation>カードとコードの方が一致しません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="67"/>
        <source>This code cannot be used</source>
        <translation>このコードは使えません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="72"/>
        <source>A member of staff can help you, or you can start again and answer the questions here.</source>
        <translation>職員がお手伝いします。または、最初からこの端末で質問にお答えいただけます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="74"/>
        <source>Start again</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="75"/>
        <source>Scan another code</source>
        <translation>別のコードを読み取る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="77"/>
        <source>Call staff</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="78"/>
        <source>Call a member of staff for help</source>
        <translation>職員を呼んで手伝ってもらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="79"/>
        <source>Staff: allow printing again</source>
        <translation>職員用：再印刷を許可する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="81"/>
        <source>Staff only: allow this code to print again today (staff PIN needed)</source>
        <translation>職員専用：このコードの本日の再印刷を許可します（職員PINが必要です）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="86"/>
        <source>This code was already printed today. To print it again, please ask a member of staff.</source>
        <translation>このコードは本日すでに印刷されています。もう一度印刷するには職員にお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89"/>
        <source>the name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89"/>
        <source>the date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90"/>
        <source>the sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90"/>
        <source>the address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="91"/>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="92"/>
        <source>The card and the code are not for the same person: %1 differ.</source>
        <translation>カードとコードで%1が違うため、同じ方と確認できません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="95"/>
        <source>This code was made for a procedure this kiosk does not offer. Please ask a member of staff.</source>
        <translation>このコードの手続きはこの端末では扱えません。職員にお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="98"/>
        <source>Codes cannot be read at this kiosk just now. Please ask a member of staff.</source>
        <translation>ただいまこの端末ではコードを読み取れません。職員にお声がけください。</translation>
    </message>
</context>
</TS>
