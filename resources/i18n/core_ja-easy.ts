<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>CardError</name>
    <message>
      <source>The card did not answer. Please take it off the reader, put it back and try again. If it happens again, please ask the staff.</source>
      <translation type="unfinished">カードが 読《よ》めません。カードを 取《と》って、もう一度《いちど》 置《お》いて ください。また 読《よ》めない ときは、職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>The data on the card could not be read correctly. Please ask the staff.</source>
      <translation type="unfinished">カードの 情報《じょうほう》を 正《ただ》しく 読《よ》めませんでした。職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>The card could not be read. Please ask the staff.</source>
      <translation type="unfinished">カードを 読《よ》めませんでした。職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>The card was removed while it was being read. Please put it back and try again.</source>
      <translation type="unfinished">読《よ》んで いる ときに、カードが 取《と》られました。もう一度《いちど》 カードを 置《お》いて ください。</translation>
    </message>
    <message>
      <source>The PIN is 4 digits. Please enter 4 digits.</source>
      <translation type="unfinished">暗証番号《あんしょうばんごう》は 4けたの 数字《すうじ》です。4けた 入《い》れて ください。</translation>
    </message>
    <message>
      <source>Only one PIN try is left. If it is wrong, the card locks. Please confirm, or ask the staff for help.</source>
      <translation type="unfinished">暗証番号《あんしょうばんごう》は あと 1回《かい》だけ 入《い》れられます。まちがえると、カードが ロックされます。よく 確《たし》かめて ください。わからない ときは 職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>Please put your My Number card on the reader.</source>
      <translation type="unfinished">マイナンバーカードを カードリーダーに 置《お》いて ください。</translation>
    </message>
    <message>
      <source>No card reader is connected. Please ask the staff.</source>
      <translation type="unfinished">カードリーダーが つながって いません。職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>This is not a My Number card. Please use your My Number card.</source>
      <translation type="unfinished">これは マイナンバーカードでは ありません。マイナンバーカードを 使《つか》って ください。</translation>
    </message>
    <message>
      <source>This card's PIN is locked. Staff can help; the lock can only be reset at the Resident Affairs counter (住民課).</source>
      <translation type="unfinished">この カードの 暗証番号《あんしょうばんごう》は ロックされて います。職員《しょくいん》が 手伝《てつだ》います。ロックを 直《なお》せるのは 住民課《じゅうみんか》の 窓口《まどぐち》だけです。</translation>
    </message>
    <message>
      <source>The card reader is not working. Please ask the staff.</source>
      <translation type="unfinished">カードリーダーが 動《うご》いて いません。職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>The card reader was disconnected. Please ask the staff.</source>
      <translation type="unfinished">カードリーダーが 切《き》れました。職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>The PIN is wrong. 1 try left. If you are not sure of your PIN, please ask the staff.</source>
      <translation type="unfinished">暗証番号《あんしょうばんごう》が ちがいます。あと 1回《かい》 まちがえると、ロックされます。わからない ときは 職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>The PIN is wrong. %1 tries left.</source>
      <translation type="unfinished">暗証番号《あんしょうばんごう》が ちがいます。あと %1回《かい》 まちがえると、ロックされます。</translation>
    </message>
  </context>
  <context>
    <name>Sex</name>
    <message>
      <source>Male</source>
      <translation type="unfinished">おとこ</translation>
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished">おんな</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation type="unfinished">かいて いない</translation>
    </message>
  </context>
  <context>
    <name>Relation</name>
    <message>
      <source>Wife</source>
      <translation type="unfinished">つま</translation>
    </message>
    <message>
      <source>Husband</source>
      <translation type="unfinished">おっと</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">こども</translation>
    </message>
    <message>
      <source>Father</source>
      <translation type="unfinished">ちち（おとうさん）</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation type="unfinished">はは（おかあさん）</translation>
    </message>
    <message>
      <source>Grandfather</source>
      <translation type="unfinished">そふ（おじいさん）</translation>
    </message>
    <message>
      <source>Grandmother</source>
      <translation type="unfinished">そぼ（おばあさん）</translation>
    </message>
    <message>
      <source>Brother or sister</source>
      <translation type="unfinished">きょうだい</translation>
    </message>
    <message>
      <source>Grandchild</source>
      <translation type="unfinished">まご</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished">そのほか</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Guide sheet</source>
      <translation type="unfinished">てつづきの あんない</translation>
    </message>
    <message>
      <source>Guide sheet (continued)</source>
      <translation type="unfinished">あんない（つづき）</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation type="unfinished">受付番号《うけつけばんごう》</translation>
    </message>
    <message>
      <source>Date: %1</source>
      <translation type="unfinished">日《ひ》にち：%1</translation>
    </message>
    <message>
      <source>Procedures for %1</source>
      <translation type="unfinished">%1の 手続《てつづ》き</translation>
    </message>
    <message>
      <source>Procedures for %1 (%2)</source>
      <translation type="unfinished">%1の 手続《てつづ》き（%2）</translation>
    </message>
    <message>
      <source>Please go to the counters in this order. At each counter, hand in this sheet and the filled-in forms.</source>
      <translation type="unfinished">この 順番《じゅんばん》で 窓口《まどぐち》へ 行《い》って ください。窓口《まどぐち》で、この 紙《かみ》と 書類《しょるい》を 出《だ》して ください。</translation>
    </message>
    <message>
      <source>Bring: %1</source>
      <translation type="unfinished">持《も》って くる もの：%1</translation>
    </message>
    <message>
      <source>Fee: %1</source>
      <translation type="unfinished">はらう お金《かね》：%1</translation>
    </message>
    <message>
      <source>Deadline: %1</source>
      <translation type="unfinished">いつまで：%1</translation>
    </message>
    <message>
      <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">、</translation>
    </message>
    <message>
      <source>Things to bring (summary)</source>
      <translation type="unfinished">持《も》って くる もの（まとめ）</translation>
    </message>
    <message>
      <source>Filled-in forms: %1 (bound after this guide sheet)</source>
      <translation type="unfinished">書類《しょるい》：%1まい（この 紙《かみ》の うしろに あります）</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation type="unfinished">やさしい にほんご</translation>
    </message>
    <message>
      <source>Switch to English</source>
      <translation type="unfinished">やさしい にほんごに する</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation type="unfinished">ことばを えらんで ください</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished">とじる</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <source>Time at the town hall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time at the kiosk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting at counters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Served at counters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Life event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hour of day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My Number card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Typed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Walk-in (no kiosk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>median / mean / 90%, min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>median, min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>90th percentile (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 by %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, median (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, 90th percentile (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before the system, mean (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now, mean (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target −60%, mean (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress toward −60%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time at the kiosk and at the town hall by channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channels compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median by channel (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: visits</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CoreLink</name>
    <message>
      <source>We could not check the town's records. Please go on and enter the details.</source>
      <translation type="unfinished">町《まち》の 記録《きろく》を 見《み》ることが できませんでした。このまま 入《い》れて ください。</translation>
    </message>
  </context>
  <context>
    <name>Voice</name>
    <message>
      <source>Voice guidance is on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voice guidance is off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 digits entered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number key</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
