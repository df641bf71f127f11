<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>WaitingDisplay</name>
    <message>
      <source>Ticket {ticket}, please come to {counter}.</source>
      <translation type="unfinished">{ticket}番《ばん》の 人《ひと》、{counter}へ 来《き》て ください。</translation>
    </message>
    <message>
      <source>Now calling</source>
      <translation type="unfinished">いま 呼《よ》んで いる 番号《ばんごう》</translation>
    </message>
    <message>
      <source>Waiting at each counter</source>
      <translation type="unfinished">窓口《まどぐち》ごとの 待《ま》つ 人《ひと》</translation>
    </message>
    <message>
      <source>As of {time}</source>
      <translation type="unfinished">{time} の ようす</translation>
    </message>
    <message>
      <source>Please come</source>
      <translation type="unfinished">窓口《まどぐち》へ 来《き》て ください</translation>
    </message>
    <message>
      <source>Being served</source>
      <translation type="unfinished">手続《てつづ》き中《ちゅう》</translation>
    </message>
    <message>
      <source>No estimate yet</source>
      <translation type="unfinished">まだ わかりません</translation>
    </message>
    <message>
      <source>About {minutes} min</source>
      <translation type="unfinished">だいたい {minutes}分《ふん》</translation>
    </message>
    <message>
      <source>{count} waiting</source>
      <translation type="unfinished">{count}人《にん》 待《ま》って います</translation>
    </message>
    <message>
      <source>Staff requested at: {terminals}</source>
      <translation type="unfinished">職員《しょくいん》を 呼《よ》んで います：{terminals}</translation>
    </message>
    <message>
      <source>{terminal} ({minutes} min)</source>
      <translation type="unfinished">{terminal}（{minutes}分《ふん》）</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">、</translation>
    </message>
    <message>
      <source>No ticket is being called.</source>
      <translation type="unfinished">いま 呼《よ》んで いる 番号《ばんごう》は ありません。</translation>
    </message>
    <message>
      <source>The board is not up to date; staff are informed.</source>
      <translation type="unfinished">この 表示《ひょうじ》は 新《あたら》しく ありません。職員《しょくいん》に 知《し》らせて います。</translation>
    </message>
    <message>
      <source>Waiting status</source>
      <translation type="unfinished">待《ま》つ 時間《じかん》</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">ことば</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation type="unfinished">番号《ばんごう》</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">待《ま》って いる 人《ひと》</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation type="unfinished">待《ま》つ 時間《じかん》（だいたい）</translation>
    </message>
    <message>
      <source>This page refreshes by itself every 30 seconds. Please come back to the waiting area when your number is near.</source>
      <translation type="unfinished">この ページは 30秒《びょう》ごとに 新《あたら》しく なります。あなたの 番号《ばんごう》が 近《ちか》く なったら、待《ま》つ 場所《ばしょ》に もどって ください。</translation>
    </message>
    <message>
      <source>The waiting status is not available right now.</source>
      <translation type="unfinished">いまは 待《ま》つ 時間《じかん》を 見《み》せることが できません。</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Waiting status (see it on your phone)</source>
      <translation type="unfinished">待《ま》つ 時間《じかん》（スマートフォンで 見《み》られます）</translation>
    </message>
  </context>
</TS>
