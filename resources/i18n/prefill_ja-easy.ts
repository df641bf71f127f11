<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>Prefill</name>
    <message>
      <source>This code could not be read completely; please show the whole code again, or ask the staff.</source>
      <translation type="unfinished">コードを ぜんぶ 読《よ》めませんでした。もう一度《いちど》 コードを ぜんぶ 見《み》せて ください。または 職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>This code was changed after it was made, so it cannot be used; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">この コードは、作《つく》った あとで 変《か》わりました。使《つか》えません。家《いえ》で 新《あたら》しい コードを 作《つく》って ください。または 職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>This code was not made on this town's pre-application site; please make a new code on the town's site, or ask the staff.</source>
      <translation type="unfinished">この コードは、この 町《まち》の サイトで 作《つく》った ものでは ありません。町《まち》の サイトで 新《あたら》しい コードを 作《つく》って ください。または 職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>This code has expired; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">この コードは 使《つか》える 日《ひ》が 終《お》わりました。家《いえ》で 新《あたら》しい コードを 作《つく》って ください。または 職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>This code was made with newer questions than this kiosk knows; please ask the staff.</source>
      <translation type="unfinished">この コードの 質問《しつもん》は、この 機械《きかい》より 新《あたら》しいです。職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>The questions have changed since this code was made; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">コードを 作《つく》った あとで、質問《しつもん》が 変《か》わりました。家《いえ》で 新《あたら》しい コードを 作《つく》って ください。または 職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>Pre-application code</source>
      <translation type="unfinished">前《まえ》に 入《い》れた 答《こた》えの コード</translation>
    </message>
    <message>
      <source>Show this code at the town hall's kiosk, then place your My Number card on the reader.</source>
      <translation type="unfinished">役場《やくば》の 機械《きかい》に この コードを 見《み》せて ください。そのあと、マイナンバーカードを カードリーダーに 置《お》いて ください。</translation>
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation type="unfinished">{date}まで 使《つか》えます。</translation>
    </message>
  </context>
</TS>
