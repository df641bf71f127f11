<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Please go to the one-stop desk with this sheet and the filled-in forms. Every procedure starts there: you need not go round the counters.</source>
      <translation type="unfinished">この 紙《かみ》と 書類《しょるい》を 持《も》って、総合窓口《そうごうまどぐち》へ 行《い》って ください。手続《てつづ》きは ぜんぶ そこから はじまります。ほかの 窓口《まどぐち》を 回《まわ》らなくても いいです。</translation>
    </message>
    <message>
      <source>The one-stop desk sends you here: a specialist does these.</source>
      <translation type="unfinished">総合窓口《そうごうまどぐち》から ここに 行《い》きます。専門《せんもん》の 人《ひと》が 手続《てつづ》きを します。</translation>
    </message>
  </context>
  <context>
    <name>FinishedScreen</name>
    <message>
      <source>Please go to the one-stop desk. Every procedure starts there:</source>
      <translation type="unfinished">総合窓口《そうごうまどぐち》へ 行《い》って ください。手続《てつづ》きは ぜんぶ そこから はじまります：</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">総合窓口《そうごうまどぐち》から ここに 行《い》きます。専門《せんもん》の 人《ひと》が 手続《てつづ》きを します。</translation>
    </message>
  </context>
  <context>
    <name>OneStopPanel</name>
    <message>
      <source>One-stop desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Procedures of the visit and their staff guidance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the chosen procedure done here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand to this department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hand the chosen procedure to the chosen department's queue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Department to hand it to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handed to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 [specialist]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal basis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Common mistakes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents to see</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No procedure of this visit is for this counter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every procedure is settled: press Finished [F7].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The one-stop desk handed these procedures to this counter.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OneStopController</name>
    <message>
      <source>Ticket %1: %2 done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ticket %1: %2 handed to %3.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SummaryScreen</name>
    <message>
      <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
      <translation type="unfinished">手続《てつづ》きは %1つ です。ぜんぶ 総合窓口《そうごうまどぐち》から はじまります。つぎに 書類《しょるい》を 印刷《いんさつ》します。</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">総合窓口《そうごうまどぐち》から ここに 行《い》きます。専門《せんもん》の 人《ひと》が 手続《てつづ》きを します。</translation>
    </message>
  </context>
</TS>