<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>GuideSheet</name>
    <message>
        <source>Please go to the one-stop desk with this sheet and the filled-in forms. Every procedure starts there: you need not go round the counters.</source>
        <translation>この用紙と記入済みの書類を持って、総合窓口へお越しください。すべての手続きはそこで始まります。窓口を回る必要はありません。</translation>
    </message>
    <message>
        <source>The one-stop desk sends you here: a specialist does these.</source>
        <translation>総合窓口からご案内します（専門の担当者が手続きします）。</translation>
    </message>
</context>
<context>
    <name>FinishedScreen</name>
    <message>
        <source>Please go to the one-stop desk. Every procedure starts there:</source>
        <translation>総合窓口へお越しください。すべての手続きはそこで始まります</translation>
    </message>
    <message>
        <source>The desk sends you here: a specialist does these.</source>
        <translation>総合窓口からご案内します（専門の担当者が手続きします）</translation>
    </message>
</context>
<context>
    <name>OneStopPanel</name>
    <message>
        <source>One-stop desk</source>
        <translation>総合窓口</translation>
    </message>
    <message>
        <source>Procedures of the visit and their staff guidance</source>
        <translation>来庁者の手続きと職員向けガイダンス</translation>
    </message>
    <message>
        <source>Done here</source>
        <translation>ここで完了</translation>
    </message>
    <message>
        <source>Mark the chosen procedure done here</source>
        <translation>選んだ手続きをこの窓口で完了にする</translation>
    </message>
    <message>
        <source>Hand to this department</source>
        <translation>この担当課へ引き継ぐ</translation>
    </message>
    <message>
        <source>Hand the chosen procedure to the chosen department's queue</source>
        <translation>選んだ手続きを選んだ担当課の受付待ちへ引き継ぐ</translation>
    </message>
    <message>
        <source>Department to hand it to</source>
        <translation>引継ぎ先の担当課</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>総合窓口</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>完了（%1）</translation>
    </message>
    <message>
        <source>Handed to %1</source>
        <translation>%1へ引継ぎ済み</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>未処理</translation>
    </message>
    <message>
        <source>%1 [specialist]</source>
        <translation>%1　［専門窓口］</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>確認すること</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>根拠法令</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>よくある誤り</translation>
    </message>
    <message>
        <source>Documents to see</source>
        <translation>確認する書類</translation>
    </message>
    <message>
        <source>No procedure of this visit is for this counter.</source>
        <translation>この来庁者の手続きで、この窓口が担当するものはありません。</translation>
    </message>
    <message>
        <source>Every procedure is settled: press Finished [F7].</source>
        <translation>すべての手続きが済みました。「対応完了 [F7]」を押してください。</translation>
    </message>
    <message>
        <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
        <translation>各手続きをここで処理するか、担当課へ引き継いでください（専門の担当者が必要な手続きには［専門窓口］と表示しています）。</translation>
    </message>
    <message>
        <source>The one-stop desk handed these procedures to this counter.</source>
        <translation>総合窓口からこの窓口へ引き継がれた手続きです。</translation>
    </message>
</context>
<context>
    <name>OneStopController</name>
    <message>
        <source>Ticket %1: %2 done.</source>
        <translation>受付番号 %1：%2 を完了しました。</translation>
    </message>
    <message>
        <source>Ticket %1: %2 handed to %3.</source>
        <translation>受付番号 %1：%2 を%3へ引き継ぎました。</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
        <translation>%1件の手続きは、すべて総合窓口から始まります。次に書類を印刷します。</translation>
    </message>
    <message>
        <source>The desk sends you here: a specialist does these.</source>
        <translation>総合窓口からご案内します（専門の担当者が手続きします）</translation>
    </message>
</context>
</TS>