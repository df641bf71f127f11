<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>WaitingDisplay</name>
    <message>
        <source>Ticket {ticket}, please come to {counter}.</source>
        <translation>受付番号 {ticket} 番の方、{counter}へお越しください。</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>お呼び出し中の番号</translation>
    </message>
    <message>
        <source>Waiting at each counter</source>
        <translation>窓口ごとの待ち状況</translation>
    </message>
    <message>
        <source>As of {time}</source>
        <translation>{time} 現在</translation>
    </message>
    <message>
        <source>Please come</source>
        <translation>窓口へお越しください</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>受付中</translation>
    </message>
    <message>
        <source>No estimate yet</source>
        <translation>目安はまだありません</translation>
    </message>
    <message>
        <source>About {minutes} min</source>
        <translation>約{minutes}分</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count}人待ち</translation>
    </message>
    <message>
        <source>Staff requested at: {terminals}</source>
        <translation>職員呼び出し中: {terminals}</translation>
    </message>
    <message>
        <source>{terminal} ({minutes} min)</source>
        <translation>{terminal}（{minutes}分）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No ticket is being called.</source>
        <translation>ただいまお呼び出し中の番号はありません。</translation>
    </message>
    <message>
        <source>The board is not up to date; staff are informed.</source>
        <translation>表示が最新ではありません。職員にお知らせしています。</translation>
    </message>
    <message>
        <source>Waiting status</source>
        <translation>窓口の待ち状況</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>お待ちの方</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>待ち時間の目安</translation>
    </message>
    <message>
        <source>This page refreshes by itself every 30 seconds. Please come back to the waiting area when your number is near.</source>
        <translation>このページは30秒ごとに自動で更新されます。番号が近づいたら待合スペースにお戻りください。</translation>
    </message>
    <message>
        <source>The waiting status is not available right now.</source>
        <translation>ただいま待ち状況を表示できません。</translation>
    </message>
</context>
<context>
    <name>GuideSheet</name>
    <message>
        <source>Waiting status (see it on your phone)</source>
        <translation>待ち状況（スマートフォンで確認できます）</translation>
    </message>
</context>
</TS>
