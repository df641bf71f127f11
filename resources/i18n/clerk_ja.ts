<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="45"/>
        <source>Called</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="45"/>
        <source>Record that the resident was called</source>
        <translation>呼び出したことを記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="46"/>
        <source>Service started</source>
        <translation>対応開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="47"/>
        <source>Record that service started</source>
        <translation>対応を開始したことを記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="48"/>
        <source>Finished</source>
        <translation>対応完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="48"/>
        <source>Record that service finished</source>
        <translation>対応が完了したことを記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="49"/>
        <source>Sent back</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="50"/>
        <source>Record that the resident was sent back for a correction</source>
        <translation>書類不備などで差し戻したことを記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="51"/>
        <source>Left</source>
        <translation>退庁</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="51"/>
        <source>Mark the visit as left the town hall</source>
        <translation>来庁者が庁舎を出たことを記録</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="57"/>
        <source>characters the font lacks (write them by hand at 〓)</source>
        <translation>印字できない文字あり（〓の箇所を手書き）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="58"/>
        <source>text did not fit its box</source>
        <translation>記入欄に収まらない内容あり</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="59"/>
        <source>more people than rows: use an extra sheet</source>
        <translation>人数が欄を超えるため別紙に記入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="64"/>
        <source>Procedures, documents and checklist</source>
        <translation>手続き・確認書類・チェックリスト</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="65"/>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="66"/>
        <source>Flags from the print</source>
        <translation>印刷時の注意事項</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="86"/>
        <source>The 個人番号 is never stored: forms that need it are printed with that box empty.</source>
        <translation>個人番号は保存していません。個人番号が必要な様式は、その欄を空欄で印刷します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="89"/>
        <source>This visit is not in today&apos;s queue for this counter.</source>
        <translation>この来庁者は本日のこの窓口の受付一覧にありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="91"/>
        <source>No procedure of this visit is done at this counter.</source>
        <translation>この来庁者の手続きのうち、この窓口で行うものはありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="110"/>
        <source>%1 — check at the counter</source>
        <translation>%1 — 窓口で確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="113"/>
        <source>Answered “I don&apos;t know”: ask again</source>
        <translation>「わからない」と回答：もう一度おたずねください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="115"/>
        <source>Documents to check</source>
        <translation>確認する書類</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="116"/>
        <source>Clerk checklist</source>
        <translation>職員チェックリスト</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="117"/>
        <source>Forms</source>
        <translation>様式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="132"/>
        <source>%1: check at the counter (the resident answered “I don&apos;t know”)</source>
        <translation>%1：窓口で確認（住民が「わからない」と回答）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="100"/>
        <source>No layout for form %1: fill it in by hand.</source>
        <translation>様式 %1 の印字レイアウトがありません。手書きで記入してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="103"/>
        <source>No flags.</source>
        <translation>注意事項はありません。</translation>
    </message>
</context>
<context>
    <name>ClerkWindow</name>
    <message>
        <location filename="../../kiosk/ui/clerk/window.py" line="156"/>
        <source>Clerk console</source>
        <translation>窓口端末</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/window.py" line="200"/>
        <source>That did not work (%1). Try again, or call IT support.</source>
        <translation>処理できませんでした（%1）。もう一度試すか、情報担当に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/window.py" line="210"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/window.py" line="220"/>
        <source>No staff accounts exist yet: IT staff add them with `kiosk staff add` (or start a demo with --demo).</source>
        <translation>職員アカウントがまだありません。情報担当が `kiosk staff add` で追加してください（デモは --demo で起動できます）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/clerk/window.py" line="223"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>パスワードの誤りが続いたため、ロックしました。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/clerk/window.py" line="226"/>
        <source>Wrong staff number or password. %n try(s) left before the lock-out.</source>
        <translation>
            <numerusform>職員番号またはパスワードが違います。あと %n 回間違えるとロックされます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/clerk/window.py" line="270"/>
        <source>Locked after %n minute(s) without use. Log in again.</source>
        <translation>
            <numerusform>%n 分間操作がなかったため、ロックしました。もう一度ログインしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="89"/>
        <source>Procedures and flags</source>
        <translation>手続き・注意事項</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="90"/>
        <source>Prefilled data</source>
        <translation>事前入力データ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="91"/>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="92"/>
        <source>Core system</source>
        <translation>基幹系連携</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="93"/>
        <source>Open visit</source>
        <translation>開いている来庁者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="94"/>
        <source>Close visit [Esc]</source>
        <translation>閉じる [Esc]</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="95"/>
        <source>Close the open visit</source>
        <translation>開いている来庁者を閉じる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="103"/>
        <source>Switch the language</source>
        <translation>表示言語を切り替える</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="104"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="105"/>
        <source>Lock the console</source>
        <translation>窓口端末をロックする</translation>
    </message>
</context>
<context>
    <name>CoreStatusPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="72"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="72"/>
        <source>Person</source>
        <translation>対象者</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="72"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="72"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="73"/>
        <source>Records sent to the core system</source>
        <translation>基幹系システムへ送る記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="78"/>
        <source>Waiting to send</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="79"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="80"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="81"/>
        <source>Returned</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="110"/>
        <source>No visit open.</source>
        <translation>来庁者を開いていません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="112"/>
        <source>Nothing sent to the core system for this visit yet: its procedures go when you mark this counter finished.</source>
        <translation>この来庁者の記録はまだ基幹系システムへ送っていません。この窓口の対応完了を記録すると手続きが送られます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="119"/>
        <source>%1 record(s): %2 answered, %3 returned, %4 waiting.</source>
        <translation>記録 %1 件：回答済み %2 件、うち差戻し %3 件、送信待ち %4 件。</translation>
    </message>
</context>
<context>
    <name>HelpCallsPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="67"/>
        <source>forgot the card PIN</source>
        <translation>暗証番号を忘れた</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="68"/>
        <source>at the last PIN try</source>
        <translation>暗証番号の入力が残り1回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="69"/>
        <source>needs help entering the data</source>
        <translation>入力の手伝いが必要</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="70"/>
        <source>printing failed</source>
        <translation>印刷に失敗</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="71"/>
        <source>asked for staff</source>
        <translation>職員を呼んでいます</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="77"/>
        <source>waiting</source>
        <translation>対応待ち</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="79"/>
        <source>%1 is on the way</source>
        <translation>%1 が対応中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="80"/>
        <source>%1 · %2 (screen %3) · %4 · %5</source>
        <translation>%1 · %2（画面 %3）· %4 · %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="85"/>
        <source>Kiosks calling for staff</source>
        <translation>職員を呼んでいる端末</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="86"/>
        <source>On my way</source>
        <translation>向かいます</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="88"/>
        <source>Acknowledge the selected call: the kiosk shows that staff are coming</source>
        <translation>選んだ呼び出しに応答します：端末に「職員が向かっています」と表示されます</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="89"/>
        <source>Resolved</source>
        <translation>対応済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="90"/>
        <source>The selected call has been dealt with</source>
        <translation>選んだ呼び出しの対応が終わりました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="105"/>
        <source>Help needed at %1: %2</source>
        <translation>%1 で職員の呼び出し：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="108"/>
        <source>Staff are on their way to every call</source>
        <translation>すべての呼び出しに職員が向かっています</translation>
    </message>
</context>
<context>
    <name>KioskJobsController</name>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="137"/>
        <source>Printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="147"/>
        <source>Reprinted (job %1). The kiosk deletes its copy.</source>
        <translation>印刷しました（ジョブ %1）。キオスクの控えは削除されます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="152"/>
        <source>Discarded: the kiosk deletes job %1.</source>
        <translation>破棄しました。キオスクがジョブ %1 を削除します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="157"/>
        <source>That did not work: %1.</source>
        <translation>できませんでした：%1。</translation>
    </message>
</context>
<context>
    <name>KioskJobsPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="65"/>
        <source>Kiosks&apos; failed print jobs</source>
        <translation>キオスクで印刷できなかった書類</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="66"/>
        <source>Print jobs that failed at a kiosk</source>
        <translation>キオスクで印刷に失敗したジョブ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="67"/>
        <source>Reprint here</source>
        <translation>この窓口で印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="69"/>
        <source>Print the selected visit&apos;s forms again on this counter&apos;s printer</source>
        <translation>選んだ来庁者の書類をこの窓口のプリンターで印刷し直す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="70"/>
        <source>Discard at the kiosk</source>
        <translation>キオスク側で破棄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="72"/>
        <source>Give up on the selected job: the kiosk deletes it</source>
        <translation>選んだジョブを破棄する（キオスクが削除します）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="77"/>
        <source>%1 min ago</source>
        <translation>%1分前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="77"/>
        <source>%1 h ago</source>
        <translation>%1時間前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="80"/>
        <source>%1 · ticket %2 (visit …%3) · %4 · %5</source>
        <translation>%1・番号 %2（来庁 …%3）・%4・%5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="94"/>
        <source>No kiosk has a failed print job.</source>
        <translation>印刷に失敗したキオスクのジョブはありません。</translation>
    </message>
</context>
<context>
    <name>OneStopController</name>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_controller.py" line="103"/>
        <source>Ticket %1: %2 done.</source>
        <translation>受付番号 %1：%2 を完了しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_controller.py" line="114"/>
        <source>Ticket %1: %2 handed to %3.</source>
        <translation>受付番号 %1：%2 を%3へ引き継ぎました。</translation>
    </message>
</context>
<context>
    <name>OneStopPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="78"/>
        <source>One-stop desk</source>
        <translation>総合窓口</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="79"/>
        <source>Procedures of the visit and their staff guidance</source>
        <translation>来庁者の手続きと職員向けガイダンス</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="81"/>
        <source>Done here</source>
        <translation>ここで完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="82"/>
        <source>Mark the chosen procedure done here</source>
        <translation>選んだ手続きをこの窓口で完了にする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="83"/>
        <source>Hand to this department</source>
        <translation>この担当課へ引き継ぐ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="85"/>
        <source>Hand the chosen procedure to the chosen department&apos;s queue</source>
        <translation>選んだ手続きを選んだ担当課の受付待ちへ引き継ぐ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="86"/>
        <source>Department to hand it to</source>
        <translation>引継ぎ先の担当課</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="103"/>
        <source>the desk</source>
        <translation>総合窓口</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="105"/>
        <source>Done (%1)</source>
        <translation>完了（%1）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="107"/>
        <source>Handed to %1</source>
        <translation>%1へ引継ぎ済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="108"/>
        <source>To do</source>
        <translation>未処理</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="127"/>
        <source>%1 [specialist]</source>
        <translation>%1&#x3000;［専門窓口］</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="145"/>
        <source>What to check</source>
        <translation>確認すること</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="146"/>
        <source>Legal basis</source>
        <translation>根拠法令</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="147"/>
        <source>Common mistakes</source>
        <translation>よくある誤り</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="148"/>
        <source>Documents to see</source>
        <translation>確認する書類</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="153"/>
        <source>No procedure of this visit is for this counter.</source>
        <translation>この来庁者の手続きで、この窓口が担当するものはありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="155"/>
        <source>Every procedure is settled: press Finished [F7].</source>
        <translation>すべての手続きが済みました。「対応完了 [F7]」を押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="157"/>
        <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
        <translation>各手続きをここで処理するか、担当課へ引き継いでください（専門の担当者が必要な手続きには［専門窓口］と表示しています）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="161"/>
        <source>The one-stop desk handed these procedures to this counter.</source>
        <translation>総合窓口からこの窓口へ引き継がれた手続きです。</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="95"/>
        <source>Card</source>
        <comment>source of a value</comment>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="96"/>
        <source>Record</source>
        <comment>source of a value</comment>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="97"/>
        <source>Resident</source>
        <comment>source of a value</comment>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="98"/>
        <source>Staff</source>
        <comment>source of a value</comment>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="126"/>
        <source>Where the value came from: %1</source>
        <translation>値の出どころ：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="83"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="83"/>
        <source>Furigana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="84"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>生年月日（西暦 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="85"/>
        <source>Relation to the resident</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="86"/>
        <source>Current address</source>
        <translation>現住所</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="86"/>
        <source>Ōaza (new address)</source>
        <translation>大字（新住所）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="87"/>
        <source>Banchi (new address)</source>
        <translation>番地（新住所）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="88"/>
        <source>Building and room (new address)</source>
        <translation>方書（新住所）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="89"/>
        <source>Postal code (new address)</source>
        <translation>郵便番号（新住所）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="103"/>
        <source>Resident</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="105"/>
        <source>Household member %1</source>
        <translation>世帯員 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="106"/>
        <source>New address</source>
        <translation>新住所</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="109"/>
        <source>No visit is open. Scan a guide sheet or pick a ticket from the queue.</source>
        <translation>来庁者を開いていません。案内票のQRコードを読み取るか、受付一覧から選んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="111"/>
        <source>Correct a value</source>
        <translation>値を修正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="112"/>
        <source>Allow correcting the values</source>
        <translation>値の修正を可能にする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="113"/>
        <source>Apply and re-render</source>
        <translation>反映して様式を作り直す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="114"/>
        <source>Apply the correction and re-render the affected forms</source>
        <translation>修正を反映し、影響する様式を作り直す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="213"/>
        <source>Nothing was changed.</source>
        <translation>変更はありません。</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="58"/>
        <source>◀ Previous page</source>
        <translation>◀ 前のページ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="59"/>
        <source>Previous page of the forms</source>
        <translation>様式の前のページ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="60"/>
        <source>Next page ▶</source>
        <translation>次のページ ▶</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="61"/>
        <source>Next page of the forms</source>
        <translation>様式の次のページ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="62"/>
        <source>Rendered form page</source>
        <translation>作成した様式のページ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="77"/>
        <source>No preview.</source>
        <translation>プレビューはありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="84"/>
        <source>Page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ目</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="75"/>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="75"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="76"/>
        <source>printing</source>
        <translation>印刷中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="79"/>
        <source>Print these forms [Ctrl+P]</source>
        <translation>この様式を印刷 [Ctrl+P]</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="80"/>
        <source>Print the latest rendered forms</source>
        <translation>最後に作成した様式を印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="81"/>
        <source>Reprint all forms here</source>
        <translation>この窓口の様式をすべて再印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="83"/>
        <source>Render and print every form of this counter again</source>
        <translation>この窓口の様式をすべて作り直して印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="84"/>
        <source>Print jobs waiting</source>
        <translation>未印刷のジョブ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="85"/>
        <source>Print jobs waiting for a reprint</source>
        <translation>再印刷を待っている印刷ジョブ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="86"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="87"/>
        <source>Retry the selected print job</source>
        <translation>選んだ印刷ジョブを再試行する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="88"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="89"/>
        <source>Discard the selected print job</source>
        <translation>選んだ印刷ジョブを破棄する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="90"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="91"/>
        <source>Refresh the print jobs</source>
        <translation>印刷ジョブの一覧を更新する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="103"/>
        <source>Rendered: %1</source>
        <translation>作成済み：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="105"/>
        <source>No form of this counter is rendered.</source>
        <translation>この窓口の様式は作成されていません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="112"/>
        <source>Job %1: %2, %3 attempt(s)</source>
        <translation>ジョブ %1：%2、試行 %3 回</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="75"/>
        <source>Waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="76"/>
        <source>Called</source>
        <translation>呼出済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="77"/>
        <source>Being served</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="78"/>
        <source>Sent back</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="79"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="83"/>
        <source>Today&apos;s queue</source>
        <translation>本日の受付一覧</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="84"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="85"/>
        <source>Refresh the queue</source>
        <translation>受付一覧を更新する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="86"/>
        <source>Walk-in</source>
        <translation>窓口直接受付</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="88"/>
        <source>Give a ticket to a resident who came straight to this counter</source>
        <translation>端末を使わずに窓口に来た方に受付番号を発行する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="89"/>
        <source>Open selected</source>
        <translation>選んだ来庁者を開く</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="90"/>
        <source>Open the selected visit</source>
        <translation>選んだ来庁者を開く</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="92"/>
        <source>Ticket</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="92"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="92"/>
        <source>Life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="92"/>
        <source>Since</source>
        <translation>受付時刻</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="93"/>
        <source>Queue of visits for this counter</source>
        <translation>この窓口の受付一覧</translation>
    </message>
</context>
<context>
    <name>RouteReasonPrompt</name>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="43"/>
        <source>This visit is not routed to this counter. Why do you open it? Your answer is recorded with your account.</source>
        <translation>この来庁者は、この窓口を回る予定になっていません。開く理由を選んでください。選んだ理由はあなたのアカウントとともに記録されます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="46"/>
        <source>The resident is here, at this counter</source>
        <translation>ご本人がこの窓口に来ている</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="47"/>
        <source>I am covering for the counter on the route</source>
        <translation>予定の窓口の代わりに対応している</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="48"/>
        <source>The resident asks for a correction or advice</source>
        <translation>ご本人から訂正や相談の依頼がある</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="49"/>
        <source>Supervisor check of a colleague&apos;s work</source>
        <translation>上席者による確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="54"/>
        <source>Do not open it</source>
        <translation>開かない</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="55"/>
        <source>Do not open the visit</source>
        <translation>この来庁者を開かない</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="41"/>
        <source>S&amp;can</source>
        <translation>読取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="42"/>
        <source>Scan the guide sheet&apos;s QR code or type the ticket number</source>
        <translation>案内票のQRコードを読み取るか、受付番号を入力</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="44"/>
        <source>Scan field</source>
        <translation>読取欄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="45"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="46"/>
        <source>Open the scanned visit</source>
        <translation>読み取った来庁者を開く</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="110"/>
        <source>Clerk console</source>
        <translation>窓口端末</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="111"/>
        <source>Choose the counter this console serves, then log in with your staff number and your own password.</source>
        <translation>この端末が担当する窓口を選び、職員番号とご自身のパスワードでログインしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="113"/>
        <source>&amp;Counter</source>
        <translation>窓口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="114"/>
        <source>&amp;Staff number</source>
        <translation>職員番号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="115"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="116"/>
        <source>Your password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="117"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="118"/>
        <source>Counter this console serves</source>
        <translation>この端末で担当する窓口</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="119"/>
        <source>Staff number</source>
        <translation>職員番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="120"/>
        <source>e.g. S1024</source>
        <translation>例：S1024</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="121"/>
        <source>Start the clerk console</source>
        <translation>窓口端末を開始する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="126"/>
        <source>Enter your staff number (letters and digits).</source>
        <translation>職員番号（英数字）を入力してください。</translation>
    </message>
</context>
<context>
    <name>VisitController</name>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="90"/>
        <source>No visit matches that code.</source>
        <translation>このコードに該当する来庁者はいません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="76"/>
        <source>Walk-in: ticket %1.</source>
        <translation>窓口直接受付：受付番号 %1。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="130"/>
        <source>Ticket %1: no prefilled data (a walk-in, or kept no longer).</source>
        <translation>受付番号 %1：事前入力データはありません（窓口直接受付、または保存期間の終了）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="137"/>
        <source>Ticket %1: the prefilled data cannot be read.</source>
        <translation>受付番号 %1：事前入力データを読み取れません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="133"/>
        <source>Ticket %1: this terminal does not hold the town key that opens the prefilled data (kiosk keys status).</source>
        <translation>受付番号 %1：この端末には事前入力データを開く町の鍵がありません（kiosk keys status）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="140"/>
        <source>Ticket %1 opened.</source>
        <translation>受付番号 %1 を開きました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="179"/>
        <source>No visit open</source>
        <translation>来庁者を開いていません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="182"/>
        <source>not queued here</source>
        <translation>この窓口の受付なし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="183"/>
        <source>Ticket %1 — %2</source>
        <translation>受付番号 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="192"/>
        <source>Mark as left?</source>
        <translation>退庁を記録しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="193"/>
        <source>Ticket %1 will be marked as having left the town hall.</source>
        <translation>受付番号 %1 を退庁済みとして記録します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="195"/>
        <source>Mark as left</source>
        <translation>退庁を記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="195"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="207"/>
        <source>Ticket %1: %2.</source>
        <translation>受付番号 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="218"/>
        <source>Re-rendering the affected forms…</source>
        <translation>影響する様式を作り直しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/clerk/visits.py" line="231"/>
        <source>Corrected. %n form(s) of this counter re-rendered.</source>
        <translation>
            <numerusform>修正しました。この窓口の様式 %n 件を作り直しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="239"/>
        <source>This value cannot be used: %1</source>
        <translation>この値は使えません：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="254"/>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="262"/>
        <source>Printed (job %1).</source>
        <translation>印刷しました（ジョブ %1）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="269"/>
        <source>The printer did not print (%1). The job is kept: retry it from the list.</source>
        <translation>印刷できませんでした（%1）。ジョブは残っています。一覧から再試行してください。</translation>
    </message>
</context>
</TS>
