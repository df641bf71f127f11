<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CardError</name>
    <message>
        <source>The card did not answer. Please take it off the reader, put it back and try again. If it happens again, please ask the staff.</source>
        <translation>カードが応答しません。カードをリーダーから取り出して、もう一度置いてください。くり返すときは職員にお声がけください。</translation>
    </message>
    <message>
        <source>The data on the card could not be read correctly. Please ask the staff.</source>
        <translation>カードの情報を正しく読み取れませんでした。職員にお声がけください。</translation>
    </message>
    <message>
        <source>The card could not be read. Please ask the staff.</source>
        <translation>カードを読み取れませんでした。職員にお声がけください。</translation>
    </message>
    <message>
        <source>The card was removed while it was being read. Please put it back and try again.</source>
        <translation>読み取り中にカードが外されました。もう一度カードを置いてください。</translation>
    </message>
    <message>
        <source>The PIN is 4 digits. Please enter 4 digits.</source>
        <translation>暗証番号は数字4桁です。4桁の数字を入力してください。</translation>
    </message>
    <message>
        <source>Only one PIN try is left. If it is wrong, the card locks. Please confirm, or ask the staff for help.</source>
        <translation>暗証番号の残り回数はあと1回です。間違えるとカードがロックされます。確認のうえ入力するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>Please put your My Number card on the reader.</source>
        <translation>マイナンバーカードをカードリーダーに置いてください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff.</source>
        <translation>カードリーダーが接続されていません。職員にお声がけください。</translation>
    </message>
    <message>
        <source>This is not a My Number card. Please use your My Number card.</source>
        <translation>マイナンバーカードではありません。マイナンバーカードをお使いください。</translation>
    </message>
    <message>
        <source>This card's PIN is locked. Staff can help; the lock can only be reset at the Resident Affairs counter (住民課).</source>
        <translation>このカードの暗証番号はロックされています。職員がご案内します。ロックの解除は住民課の窓口でのみできます。</translation>
    </message>
    <message>
        <source>The card reader is not working. Please ask the staff.</source>
        <translation>カードリーダーが動作していません。職員にお声がけください。</translation>
    </message>
    <message>
        <source>The card reader was disconnected. Please ask the staff.</source>
        <translation>カードリーダーの接続が切れました。職員にお声がけください。</translation>
    </message>
    <message>
        <source>The PIN is wrong. 1 try left. If you are not sure of your PIN, please ask the staff.</source>
        <translation>暗証番号が違います。あと1回間違えるとロックされます。暗証番号に自信がない場合は、職員にお声がけください。</translation>
    </message>
    <message>
        <source>The PIN is wrong. %1 tries left.</source>
        <translation>暗証番号が違います。あと%1回間違えるとロックされます。</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>Wife</source>
        <translation>妻</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>夫</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>祖父</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>祖母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姉妹</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孫</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>GuideSheet</name>
    <message>
        <source>Guide sheet</source>
        <translation>手続き案内票</translation>
    </message>
    <message>
        <source>Guide sheet (continued)</source>
        <translation>手続き案内票（つづき）</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>受付日　%1</translation>
    </message>
    <message>
        <source>Procedures for %1</source>
        <translation>%1のお手続き</translation>
    </message>
    <message>
        <source>Procedures for %1 (%2)</source>
        <translation>%1のお手続き（%2）</translation>
    </message>
    <message>
        <source>Please go to the counters in this order. At each counter, hand in this sheet and the filled-in forms.</source>
        <translation>次の順に窓口へお越しください。各窓口でこの用紙と記入済みの書類をお出しください。</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>持ち物：%1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>手数料：%1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Check at the counter: you answered “I don&apos;t know”, so the form is printed in case it is needed.</source>
        <translation>窓口で確認：「わからない」と答えたため、必要な場合にそなえて書類を印刷しています。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Things to bring (summary)</source>
        <translation>お持ちいただく物（まとめ）</translation>
    </message>
    <message>
        <source>Filled-in forms: %1 (bound after this guide sheet)</source>
        <translation>記入済みの書類：%1件（この案内票のあとに綴じてあります）</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Switch to English</source>
        <translation>日本語に切り替える</translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation>言語を選んでください</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Time at the town hall</source>
        <translation>滞在時間</translation>
    </message>
    <message>
        <source>Time at the kiosk</source>
        <translation>端末操作</translation>
    </message>
    <message>
        <source>Waiting at counters</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Served at counters</source>
        <translation>対応時間</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>ライフイベント</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>事前申請</translation>
    </message>
    <message>
        <source>Walk-in (no kiosk)</source>
        <translation>窓口直接</translation>
    </message>
    <message>
        <source>Not yet identified</source>
        <translation>本人確認前</translation>
    </message>
    <message>
        <source>median / mean / 90%, min</source>
        <translation>中央値／平均／90%、分</translation>
    </message>
    <message>
        <source>median, min</source>
        <translation>中央値、分</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Mean (min)</source>
        <translation>平均(分)</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>中央値(分)</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90パーセンタイル(分)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2別 %1</translation>
    </message>
    <message>
        <source>%1:00</source>
        <translation>%1時</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来庁件数</translation>
    </message>
    <message>
        <source>%1, median (min)</source>
        <translation>%1 中央値(分)</translation>
    </message>
    <message>
        <source>%1, 90th percentile (min)</source>
        <translation>%1 90%値(分)</translation>
    </message>
    <message>
        <source>Before the system, mean (min)</source>
        <translation>導入前 平均(分)</translation>
    </message>
    <message>
        <source>Now, mean (min)</source>
        <translation>現在 平均(分)</translation>
    </message>
    <message>
        <source>Target −60%, mean (min)</source>
        <translation>目標 −60% 平均(分)</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>削減率</translation>
    </message>
    <message>
        <source>Progress toward −60%</source>
        <translation>目標(−60%)達成度</translation>
    </message>
    <message>
        <source>Time at the kiosk and at the town hall by channel</source>
        <translation>受付方法別 端末操作時間と滞在時間</translation>
    </message>
    <message>
        <source>Channels compared</source>
        <translation>受付方法別 比較</translation>
    </message>
    <message>
        <source>Median by channel (min)</source>
        <translation>受付方法別 中央値(分)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>%1: visits</source>
        <translation>%1: 来庁件数</translation>
    </message>
</context>
<context>
    <name>CoreLink</name>
    <message>
        <source>We could not check the town's records. Please go on and enter the details.</source>
        <translation>町の記録を確認できませんでした。このまま入力してください。</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Voice guidance is on.</source>
        <translation>音声案内をオンにしました。</translation>
    </message>
    <message>
        <source>Voice guidance is off.</source>
        <translation>音声案内をオフにしました。</translation>
    </message>
    <message>
        <source>%1 digits entered</source>
        <translation>%1桁入力しました</translation>
    </message>
    <message>
        <source>Number key</source>
        <translation>数字キー</translation>
    </message>
</context>
</TS>
