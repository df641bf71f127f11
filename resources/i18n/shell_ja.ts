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
    <name>CardRemovedNotice</name>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="61" />
        <source>The card was removed</source>
        <extracomment>The card's widest (px) and the room kept around it in a narrower window.</extracomment>
        <translation>カードが取り外されました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="63" />
        <source>For your privacy, everything you entered has been cleared. To start again, insert your My Number card again. If you need help, call a member of staff.</source>
        <translation>個人情報を守るため、入力した内容はすべて消去しました。もう一度はじめるには、マイナンバーカードをもう一度置いてください。お困りのときは職員を呼んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="65" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="66" />
        <source>OK: back to the start</source>
        <translation>OK：最初の画面に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="67" />
        <source>Call staff</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="68" />
        <source>Call a member of staff for help</source>
        <translation>職員を呼んで手伝ってもらう</translation>
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
        <location filename="../../kiosk/ui/idle.py" line="69" />
        <source>Are you still there?</source>
        <translation>操作を続けますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="70" />
        <source>I need more time</source>
        <translation>もっと時間が必要</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="71" />
        <source>I need more time: extend the session</source>
        <translation>もっと時間が必要：時間を延長する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="150" />
        <source>You can ask for more time once more: this is the last time.</source>
        <translation>時間の延長はあと1回です。これが最後の延長です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="152" />
        <source>The time cannot be extended any more. If you need help, please ask a member of staff.</source>
        <translation>これ以上時間を延長できません。お困りのときは職員にお声がけください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation>
            <numerusform>個人情報を守るため、あと %n 秒で画面を消去します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="175" />
        <source>Voiced mark (dakuten) on the last letter</source>
        <extracomment>Long-press and flick variants of the keys.</extracomment>
        <translation>最後の文字に濁点（゛）をつける</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="177" />
        <source>Half-voiced mark on the last letter</source>
        <translation>最後の文字に半濁点（゜）をつける</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="178" />
        <source>Small</source>
        <translation>小さい字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="179" />
        <source>Make the last letter small</source>
        <translation>最後の文字を小さくする（ッ・ャなど）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="180" />
        <source>Long vowel mark</source>
        <translation>のばす音（ー）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="181" />
        <source>Space</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="182" />
        <source>Space between family and given name</source>
        <translation>姓と名の間の空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="183" />
        <source>⌫ Delete</source>
        <translation>⌫ 1字消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="184" />
        <source>Delete the last letter</source>
        <translation>最後の文字を消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="185" />
        <source>What you typed</source>
        <translation>入力した文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="189" />
        <source>Hold or flick for %1</source>
        <translation>長押しまたはフリックで %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="190" />
        <source>OK</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="191" />
        <source>Confirm what you typed</source>
        <translation>入力した文字で決定</translation>
    </message>
</context>
<context>
    <name>LatinKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="94" />
        <source>Space</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="95" />
        <source>Space between names</source>
        <translation>名前の間の空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="96" />
        <source>⌫ Delete</source>
        <translation>⌫ 1字消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="97" />
        <source>Delete the last letter</source>
        <translation>最後の文字を消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="98" />
        <source>Hyphen</source>
        <translation>ハイフン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="99" />
        <source>Apostrophe</source>
        <translation>アポストロフィ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="100" />
        <source>Comma</source>
        <translation>コンマ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="101" />
        <source>What you typed</source>
        <translation>入力した文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="102" />
        <source>OK</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="103" />
        <source>Confirm what you typed</source>
        <translation>入力した文字で決定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Text: normal</source>
        <translation>文字：標準</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Extra large</source>
        <translation>特大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="307" />
        <source>A</source>
        <translation>あ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="308" />
        <source>Text size: %1</source>
        <translation>文字の大きさ：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="309" />
        <source>High contrast</source>
        <translation>白黒反転</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="310" />
        <source>High contrast colours on or off</source>
        <translation>見やすい配色（白黒反転）の切り替え</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="483" />
        <source>%1. Staff menu: this terminal needs attention (hold for two seconds, staff PIN needed)</source>
        <translation>%1。職員メニュー：この端末は確認が必要です（2秒間長押し、職員暗証番号が必要）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="488" />
        <source>%1. Staff menu (hold for two seconds, staff PIN needed)</source>
        <translation>%1。職員メニュー（2秒間長押し、職員暗証番号が必要）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="495" />
        <source>This terminal needs attention</source>
        <translation>この端末に対応が必要です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="496" />
        <source>Tell IT support:</source>
        <translation>情報システム担当にお知らせください：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Back to the kiosk</source>
        <translation>受付画面に戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="314" />
        <source>Call staff</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="304" />
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="311" />
        <source>Voice guide</source>
        <translation>音声案内</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="312" />
        <source>Voice guidance on or off</source>
        <translation>音声案内のオン・オフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="315" />
        <source>Call a member of staff for help</source>
        <translation>職員を呼んで手伝ってもらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="316" />
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
    <name>StepBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Identification</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Choose the procedure</source>
        <translation>手続きを選ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="70" />
        <source>Step %1 of %2: %3</source>
        <translation>全%2段階の%1番目：%3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="72" />
        <source> (you are here)</source>
        <translation>（いまここ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="73" />
        <source>Steps of your visit</source>
        <translation>手続きの流れ</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="83" />
        <source>Welcome to the town hall</source>
        <translation>ようこそ、役場の窓口へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="85" />
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation>申請書に手で書く必要はありません。いくつかの質問に答えるだけで、必要な書類をすべて印刷します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="88" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="89" />
        <source>Start with my My Number card</source>
        <translation>マイナンバーカードではじめる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="90" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="91" />
        <source>Start without a card</source>
        <translation>カードなしではじめる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="92" />
        <source>I answered at home</source>
        <translation>事前に入力した方</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="94" />
        <source>I answered at home: scan my QR code</source>
        <translation>事前に入力した方：QRコードを読み取る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="96" />
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation>困ったときは、いつでも右上の「職員を呼ぶ」を押してください。</translation>
    </message>
</context>
</TS>