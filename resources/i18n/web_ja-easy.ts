<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>Web</name>
    <message>
      <source>(if any)</source>
      <translation type="unfinished">（あれば）</translation>
    </message>
    <message>
      <source>For example 1956 4 1 (Western calendar).</source>
      <translation type="unfinished">れい：1956年《ねん》4月《がつ》1日《にち》なら 1956 4 1（西暦《せいれき》で）</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished">年《ねん》（西暦《せいれき》）</translation>
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished">月《がつ》</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">日《にち》</translation>
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished">もどる</translation>
    </message>
    <message>
      <source>Your new address</source>
      <translation type="unfinished">新《あたら》しい 住所《じゅうしょ》</translation>
    </message>
    <message>
      <source>Area (大字)</source>
      <translation type="unfinished">地区《ちく》（大字《おおあざ》）</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation type="unfinished">えらんで ください</translation>
    </message>
    <message>
      <source>Lot number (番地)</source>
      <translation type="unfinished">番地《ばんち》</translation>
    </message>
    <message>
      <source>For example 1234-5.</source>
      <translation type="unfinished">れい：1234-5</translation>
    </message>
    <message>
      <source>Building and room</source>
      <translation type="unfinished">建物《たてもの》の 名前《なまえ》・部屋《へや》の 番号《ばんごう》</translation>
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished">つぎへ</translation>
    </message>
    <message>
      <source>Skip to the main content</source>
      <translation type="unfinished">ほんぶんへ とぶ</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">前《まえ》に 家《いえ》で 入《い》れる</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">ことば</translation>
    </message>
    <message>
      <source>Please check the marked fields.</source>
      <translation type="unfinished">しるしの ある ところを 見《み》て ください。</translation>
    </message>
    <message>
      <source>{label}: {message}</source>
      <translation type="unfinished">{label}：{message}</translation>
    </message>
    <message>
      <source>Your QR code</source>
      <translation type="unfinished">あなたの QRコード</translation>
    </message>
    <message>
      <source>At the town hall, choose “I prepared at home” at the kiosk and show this code. Then put your My Number card on the reader.</source>
      <translation type="unfinished">役場《やくば》の 機械《きかい》で「いえで こたえて きた」を えらんで、この コードを 見《み》せて ください。そのあと、マイナンバーカードを カードリーダーに 置《お》いて ください。</translation>
    </message>
    <message>
      <source>QR code with your answers</source>
      <translation type="unfinished">あなたの こたえの QRコード</translation>
    </message>
    <message>
      <source>Valid until {day}.</source>
      <translation type="unfinished">{day}まで 使《つか》えます。</translation>
    </message>
    <message>
      <source>Save it or print it, in case this page is closed:</source>
      <translation type="unfinished">この ページを 閉《と》じても いいように、保存《ほぞん》か 印刷《いんさつ》を して ください：</translation>
    </message>
    <message>
      <source>Download the picture (PNG)</source>
      <translation type="unfinished">えを ほぞんする（PNG）</translation>
    </message>
    <message>
      <source>Download a page to print (PDF)</source>
      <translation type="unfinished">いんさつする ページを ほぞんする（PDF）</translation>
    </message>
    <message>
      <source>Start again for another event</source>
      <translation type="unfinished">ほかの 手続《てつづ》きを さいしょから する</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation type="unfinished">何《なに》が ありましたか？</translation>
    </message>
    <message>
      <source>Choose the one that fits</source>
      <translation type="unfinished">あう ものを 1つ えらんで ください</translation>
    </message>
    <message>
      <source>Add each person once. You then answer the questions once for everyone.</source>
      <translation type="unfinished">1人《ひとり》ずつ 入《い》れて ください。このあとの 質問《しつもん》は、みんなの 分《ぶん》を 1回《かい》で 答《こた》えます。</translation>
    </message>
    <message>
      <source>People added</source>
      <translation type="unfinished">入《い》れた 人《ひと》</translation>
    </message>
    <message>
      <source>Passed away</source>
      <translation type="unfinished">亡《な》くなった 人《ひと》</translation>
    </message>
    <message>
      <source>The baby</source>
      <translation type="unfinished">赤《あか》ちゃん</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished">{name}さんを けす</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">けす</translation>
    </message>
    <message>
      <source>Nobody yet.</source>
      <translation type="unfinished">まだ だれも いません。</translation>
    </message>
    <message>
      <source>The person who passed away</source>
      <translation type="unfinished">亡《な》くなった 人《ひと》</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation type="unfinished">人《ひと》を 入《い》れる</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">名前《なまえ》</translation>
    </message>
    <message>
      <source>Name in katakana (furigana)</source>
      <translation type="unfinished">名前《なまえ》の カタカナ（フリガナ）</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">生年月日《せいねんがっぴ》</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="unfinished">性別《せいべつ》</translation>
    </message>
    <message>
      <source>Relation to you</source>
      <translation type="unfinished">あなたとの 関係《かんけい》（続柄《つづきがら》）</translation>
    </message>
    <message>
      <source>Add this person</source>
      <translation type="unfinished">この 人《ひと》を 入《い》れる</translation>
    </message>
    <message>
      <source>When everybody is added, go on. A person typed above is added first.</source>
      <translation type="unfinished">みんなを 入《い》れたら、「つぎへ」を おして ください。上《うえ》に 書《か》いた 人《ひと》も 入《はい》ります。</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished">つぎへ</translation>
    </message>
    <message>
      <source>Nobody else: continue</source>
      <translation type="unfinished">ほかに いない（つぎへ）</translation>
    </message>
    <message>
      <source>Question {number} of about {total}</source>
      <translation type="unfinished">質問《しつもん》 {number} ／ だいたい {total}</translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished">数《かず》</translation>
    </message>
    <message>
      <source>It differs from person to person</source>
      <translation type="unfinished">人《ひと》に よって ちがう</translation>
    </message>
    <message>
      <source>You will answer for each person in turn.</source>
      <translation type="unfinished">1人《ひとり》ずつ 答《こた》えます。</translation>
    </message>
    <message>
      <source>Please start again</source>
      <translation type="unfinished">さいしょから やりなおして ください</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation type="unfinished">さいしょから する</translation>
    </message>
    <message>
      <source>About you</source>
      <translation type="unfinished">あなたの こと</translation>
    </message>
    <message>
      <source>Write them as they are on your My Number card. The kiosk checks them against the card.</source>
      <translation type="unfinished">マイナンバーカードに 書《か》いて ある とおりに 入《い》れて ください。役場《やくば》の 機械《きかい》が カードと くらべます。</translation>
    </message>
    <message>
      <source>Family name, then given name.</source>
      <translation type="unfinished">名字《みょうじ》、名前《なまえ》の 順番《じゅんばん》です。</translation>
    </message>
    <message>
      <source>For example ヤマダ　タロウ.</source>
      <translation type="unfinished">れい：ヤマダ　タロウ（ひらがなでも いいです）</translation>
    </message>
    <message>
      <source>Current address</source>
      <translation type="unfinished">いまの 住所《じゅうしょ》</translation>
    </message>
    <message>
      <source>As on your card, with the prefecture.</source>
      <translation type="unfinished">カードの とおりに、都道府県《とどうふけん》から 書《か》いて ください。</translation>
    </message>
    <message>
      <source>Who leaves to form the new household?</source>
      <translation type="unfinished">新《あたら》しい 世帯《せたい》に 移《うつ》るのは だれですか？</translation>
    </message>
    <message>
      <source>Mark each person who leaves</source>
      <translation type="unfinished">移《うつ》る 人《ひと》 みんなに しるしを つけて ください</translation>
    </message>
    <message>
      <source>Who is the head of the new household?</source>
      <translation type="unfinished">新《あたら》しい 世帯《せたい》の 世帯主《せたいぬし》は だれですか？</translation>
    </message>
    <message>
      <source>Prepare your forms at home</source>
      <translation type="unfinished">家《いえ》で 書類《しょるい》の 用意《ようい》を する</translation>
    </message>
    <message>
      <source>Answer a few questions on your phone, at your own pace. At the end you get a QR code.</source>
      <translation type="unfinished">スマートフォンで 質問《しつもん》に 答《こた》えて ください。ゆっくりで いいです。さいごに QRコードが 出《で》ます。</translation>
    </message>
    <message>
      <source>At the town hall, show the QR code at the kiosk and put your My Number card on the reader: your forms are printed, filled in.</source>
      <translation type="unfinished">役場《やくば》の 機械《きかい》に QRコードを 見《み》せて、マイナンバーカードを 置《お》いて ください。書《か》いて ある 書類《しょるい》が 印刷《いんさつ》されます。</translation>
    </message>
    <message>
      <source>Nothing you type is kept on our server. It stays in this page until you close it.</source>
      <translation type="unfinished">入《い》れた ことは、サーバーに のこりません。この ページを 閉《と》じるまで、ページの 中《なか》だけに あります。</translation>
    </message>
    <message>
      <source>The QR code is valid for a limited time. Bring the people's documents named at the end.</source>
      <translation type="unfinished">QRコードは 使《つか》える 日《ひ》が 決《き》まって います。さいごに 出《で》る 持《も》ちものを 持《も》って きて ください。</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished">はじめる</translation>
    </message>
    <message>
      <source>Check and finish</source>
      <translation type="unfinished">見《み》て 終《お》わる</translation>
    </message>
    <message>
      <source>You</source>
      <translation type="unfinished">あなた</translation>
    </message>
    <message>
      <source>New address</source>
      <translation type="unfinished">新《あたら》しい 住所《じゅうしょ》</translation>
    </message>
    <message>
      <source>Household</source>
      <translation type="unfinished">家族《かぞく》（世帯《せたい》）</translation>
    </message>
    <message>
      <source>Where to go at the town hall</source>
      <translation type="unfinished">役場《やくば》で 行《い》く 窓口《まどぐち》</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">、</translation>
    </message>
    <message>
      <source>What to bring</source>
      <translation type="unfinished">持《も》って くる もの</translation>
    </message>
    <message>
      <source>Nothing besides your My Number card.</source>
      <translation type="unfinished">マイナンバーカードの ほかは いりません。</translation>
    </message>
    <message>
      <source>Make my QR code</source>
      <translation type="unfinished">QRコードを つくる</translation>
    </message>
    <message>
      <source>Yes, all of them</source>
      <translation type="unfinished">はい（みんな）</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">はい</translation>
    </message>
    <message>
      <source>No, none of them</source>
      <translation type="unfinished">いいえ（みんな）</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">いいえ</translation>
    </message>
    <message>
      <source>For everyone: {names}</source>
      <translation type="unfinished">みんなの こと：{names}</translation>
    </message>
    <message>
      <source>About: {names}</source>
      <translation type="unfinished">だれの こと：{names}</translation>
    </message>
    <message>
      <source>Your household</source>
      <translation type="unfinished">あなたの 家族《かぞく》</translation>
    </message>
    <message>
      <source>A question</source>
      <translation type="unfinished">質問《しつもん》</translation>
    </message>
    <message>
      <source>Who leaves the household?</source>
      <translation type="unfinished">世帯《せたい》を 分《わ》ける 人《ひと》</translation>
    </message>
    <message>
      <source>Please fill this in.</source>
      <translation type="unfinished">ここに 入《い》れて ください。</translation>
    </message>
    <message>
      <source>This is too long. Please shorten it.</source>
      <translation type="unfinished">長《なが》すぎます。短《みじか》く して ください。</translation>
    </message>
    <message>
      <source>Please write the reading in katakana (or hiragana).</source>
      <translation type="unfinished">読《よ》み方《かた》を カタカナ（または ひらがな）で 書《か》いて ください。</translation>
    </message>
    <message>
      <source>This date does not exist. Please check the year, month and day.</source>
      <translation type="unfinished">この 日《ひ》は ありません。年《ねん》・月《がつ》・日《にち》を 見《み》て ください。</translation>
    </message>
    <message>
      <source>This date is in the future. Please check it.</source>
      <translation type="unfinished">これから 先《さき》の 日《ひ》です。見《み》て ください。</translation>
    </message>
    <message>
      <source>Please write the year in full, for example 1956.</source>
      <translation type="unfinished">年《ねん》は 西暦《せいれき》の 4けたで 書《か》いて ください（れい：1956）。</translation>
    </message>
    <message>
      <source>Please choose one.</source>
      <translation type="unfinished">1つ えらんで ください。</translation>
    </message>
    <message>
      <source>Please add the person who passed away first.</source>
      <translation type="unfinished">はじめに 亡《な》くなった 人《ひと》を 入《い》れて ください。</translation>
    </message>
    <message>
      <source>Please add the baby first.</source>
      <translation type="unfinished">はじめに 赤《あか》ちゃんを 入《い》れて ください。</translation>
    </message>
    <message>
      <source>Please mark who leaves (not everybody), and choose the head among them.</source>
      <translation type="unfinished">移《うつ》る 人《ひと》に しるしを つけて ください（みんなは えらべません）。その 中《なか》から 世帯主《せたいぬし》を えらんで ください。</translation>
    </message>
    <message>
      <source>This page could not be continued: it was changed, or made by another server. Please start again.</source>
      <translation type="unfinished">この ページは つづけられません。さいしょから やりなおして ください。</translation>
    </message>
    <message>
      <source>Something went wrong on our side. Please start again; we are sorry.</source>
      <translation type="unfinished">ごめんなさい。こちらの 問題《もんだい》で つづけられません。さいしょから やりなおして ください。</translation>
    </message>
    <message>
      <source>The page was sent incomplete. Please try again.</source>
      <translation type="unfinished">ページが ぜんぶ 送《おく》れませんでした。もう一度《いちど》 やって ください。</translation>
    </message>
    <message>
      <source>Your answers are too many for one QR code. Please fill in the rest at the kiosk, or ask the staff.</source>
      <translation type="unfinished">答《こた》えが 多《おお》すぎて、QRコードに 入《はい》りません。のこりは 役場《やくば》の 機械《きかい》で 入《い》れて ください。または 職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
      <source>This person is not added yet. Complete the marked fields and add them, or continue without this person.</source>
      <translation type="unfinished">この 人《ひと》は まだ 入《はい》って いません。しるしの ところを 書《か》いて「この 人《ひと》を 入《い》れる」を おして ください。入《い》れないで すすむ ことも できます。</translation>
    </message>
    <message>
      <source>Continue without this person</source>
      <translation type="unfinished">この ひとを いれないで すすむ</translation>
    </message>
  </context>
</TS>
