<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Prefill</name>
    <message>
        <source>This code could not be read completely; please show the whole code again, or ask the staff.</source>
        <translation>コードを最後まで読み取れませんでした。コード全体をもう一度読み取らせるか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code was changed after it was made, so it cannot be used; please make a new code at home, or ask the staff.</source>
        <translation>このコードは作成後に書き換えられているため使えません。ご自宅で新しいコードを作成するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code was not made on this town's pre-application site; please make a new code on the town's site, or ask the staff.</source>
        <translation>このコードは本町の事前申請サイトで作成されたものではありません。町のサイトで新しいコードを作成するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code has expired; please make a new code at home, or ask the staff.</source>
        <translation>このコードは有効期限が切れています。ご自宅で新しいコードを作成するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code was made with newer questions than this kiosk knows; please ask the staff.</source>
        <translation>このコードは、この端末より新しい質問内容で作成されています。職員にお声がけください。</translation>
    </message>
    <message>
        <source>The questions have changed since this code was made; please make a new code at home, or ask the staff.</source>
        <translation>このコードの作成後に質問内容が変わりました。ご自宅で新しいコードを作成するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>Pre-application code</source>
        <translation>事前申請コード</translation>
    </message>
    <message>
        <source>Show this code at the town hall's kiosk, then place your My Number card on the reader.</source>
        <translation>役場の窓口端末でこのコードを読み取らせ、マイナンバーカードをリーダーに置いてください。</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>有効期限：{date}</translation>
    </message>
</context>
</TS>
