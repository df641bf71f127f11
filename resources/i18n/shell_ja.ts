<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CallStaffOverlay</name>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="51" />
        <source>A member of staff is on the way</source>
        <translation>職員が向かっています</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="53" />
        <source>We are calling a member of staff</source>
        <translation>職員を呼んでいます</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="54" />
        <source>Please wait here. Your answers so far are kept. If you need nothing after all, tap the button below.</source>
        <translation>このままお待ちください。ここまでの入力はそのまま残ります。用がなくなったときは、下のボタンを押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="57" />
        <source>Go back to where I was</source>
        <translation>もとの画面にもどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="58" />
        <source>Close and go back</source>
        <translation>閉じて、もとの画面にもどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="59" />
        <source>Staff: open the staff menu</source>
        <translation>職員用メニュー（職員が操作します）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="60" />
        <source>Staff menu (staff PIN)</source>
        <translation>職員用メニュー（職員暗証番号）</translation>
    </message>
</context>
<context>
    <name>EraDateInput</name>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="94" />
        <source>Western (西暦)</source>
        <translation>西暦</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="95" />
        <source>Western calendar year</source>
        <translation>西暦で入力</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="97" />
        <source>Era %1</source>
        <translation>元号 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="182" />
        <source>This date does not exist. Please check it.</source>
        <translation>この日付はありません。もう一度確かめてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>day</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="53" />
        <source>Are you still there?</source>
        <translation>操作を続けますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="54" />
        <source>Yes, continue</source>
        <translation>はい、続けます</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="55" />
        <source>Continue the session</source>
        <translation>操作を続ける</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="105" />
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation>
            <numerusform>個人情報を守るため、あと %n 秒で画面を消去します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="140" />
        <source>Voiced mark (dakuten) on the last letter</source>
        <translation>最後の文字に濁点（゛）をつける</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="142" />
        <source>Half-voiced mark on the last letter</source>
        <translation>最後の文字に半濁点（゜）をつける</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="143" />
        <source>Small</source>
        <translation>小さい字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="144" />
        <source>Make the last letter small</source>
        <translation>最後の文字を小さくする（ッ・ャなど）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="145" />
        <source>Long vowel mark</source>
        <translation>のばす音（ー）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="146" />
        <source>Space</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="147" />
        <source>Space between family and given name</source>
        <translation>姓と名の間の空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="148" />
        <source>⌫ Delete</source>
        <translation>⌫ 1字消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="149" />
        <source>Delete the last letter</source>
        <translation>最後の文字を消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="150" />
        <source>What you typed</source>
        <translation>入力した文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="151" />
        <source>OK</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="152" />
        <source>Confirm what you typed</source>
        <translation>入力した文字で決定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="248" />
        <source>Text: normal</source>
        <translation>文字：標準</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="248" />
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="248" />
        <source>Extra large</source>
        <translation>特大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="250" />
        <source>A</source>
        <translation>あ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="251" />
        <source>Text size: %1</source>
        <translation>文字の大きさ：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="252" />
        <source>High contrast</source>
        <translation>白黒反転</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="253" />
        <source>High contrast colours on or off</source>
        <translation>見やすい配色（白黒反転）の切り替え</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="417" />
        <source>%1. Staff menu: this terminal needs attention (hold for two seconds, staff PIN needed)</source>
        <translation>%1。職員メニュー：この端末は確認が必要です（2秒間長押し、職員暗証番号が必要）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="422" />
        <source>%1. Staff menu (hold for two seconds, staff PIN needed)</source>
        <translation>%1。職員メニュー（2秒間長押し、職員暗証番号が必要）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="429" />
        <source>This terminal needs attention</source>
        <translation>この端末に対応が必要です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="430" />
        <source>Tell IT support:</source>
        <translation>情報システム担当にお知らせください：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="431" />
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="431" />
        <source>Back to the kiosk</source>
        <translation>受付画面に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="255" />
        <source>Call staff</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="247" />
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="256" />
        <source>Call a member of staff for help</source>
        <translation>職員を呼んで手伝ってもらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="257" />
        <source>Write-free counter</source>
        <translation>書かない窓口</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="70" />
        <source>⌫ Delete</source>
        <translation>⌫ 消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="71" />
        <source>Delete one digit</source>
        <translation>1字消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="72" />
        <source>OK</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="73" />
        <source>Confirm</source>
        <translation>決定する</translation>
    </message>
</context>
<context>
    <name>PrintJobsMenu</name>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="78" />
        <source>Print jobs waiting on this kiosk</source>
        <translation>このキオスクで印刷を待っている書類</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="79" />
        <source>Failed print jobs of this kiosk</source>
        <translation>このキオスクで印刷に失敗したジョブ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="80" />
        <source>Retry</source>
        <translation>もう一度印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="81" />
        <source>Send the selected job to the printer again</source>
        <translation>選んだジョブをもう一度プリンターに送る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="82" />
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="83" />
        <source>Delete the selected job</source>
        <translation>選んだジョブを削除する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="84" />
        <source>Close the kiosk</source>
        <translation>キオスクを終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="85" />
        <source>Close the kiosk now</source>
        <translation>キオスクをいま終了する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="86" />
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="87" />
        <source>Back to the kiosk</source>
        <translation>キオスクに戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="109" />
        <source>Visit …%1 · %2 min ago · %3 · %4 attempt(s)</source>
        <translation>来庁 …%1・%2分前・%3・%4回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="118" />
        <source>No print job is waiting.</source>
        <translation>印刷を待っているジョブはありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="143" />
        <source>Printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="145" />
        <source>Printed.</source>
        <translation>印刷しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="147" />
        <source>Not printed: %1.</source>
        <translation>印刷できませんでした：%1。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="154" />
        <source>Discarded. A clerk can still reprint the visit's forms.</source>
        <translation>破棄しました。窓口で書類を印刷し直すことができます。</translation>
    </message>
</context>
<context>
    <name>StaffPinPrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="65" />
        <source>Staff only: enter the staff PIN</source>
        <translation>職員専用：職員暗証番号を入力してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="66" />
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="67" />
        <source>Cancel staff PIN entry</source>
        <translation>職員暗証番号の入力をやめる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="68" />
        <source>Digits entered</source>
        <translation>入力した桁</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="75" />
        <source>No staff PIN is set on this terminal: IT staff set one with `kiosk config set-staff-pin`.</source>
        <translation>この端末には職員用の暗証番号が設定されていません。情報担当が `kiosk config set-staff-pin` で設定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="99" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>暗証番号の誤りが多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="114" />
        <source>Wrong PIN. %n try(s) left before the lock-out.</source>
        <translation>
            <numerusform>暗証番号が違います。あと %n 回まちがえると一時的にロックされます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="82" />
        <source>Welcome to the town hall</source>
        <translation>ようこそ、役場の窓口へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="84" />
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation>申請書に手で書く必要はありません。いくつかの質問に答えるだけで、必要な書類をすべて印刷します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="87" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="88" />
        <source>Start with my My Number card</source>
        <translation>マイナンバーカードではじめる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="89" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="90" />
        <source>Start without a card</source>
        <translation>カードなしではじめる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="91" />
        <source>I answered at home</source>
        <translation>事前に入力した方</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="93" />
        <source>I answered at home: scan my QR code</source>
        <translation>事前に入力した方：QRコードを読み取る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="95" />
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation>困ったときは、いつでも右上の「職員を呼ぶ」を押してください。</translation>
    </message>
</context>
</TS>