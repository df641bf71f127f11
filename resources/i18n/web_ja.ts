<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Web</name>
    <message>
        <source>(if any)</source>
        <translation>（あれば）</translation>
    </message>
    <message>
        <source>For example 1956 4 1 (Western calendar).</source>
        <translation>例：1956年4月1日なら 1956 4 1（西暦で）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年（西暦）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Your new address</source>
        <translation>新しい住所</translation>
    </message>
    <message>
        <source>Area (大字)</source>
        <translation>大字</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選んでください</translation>
    </message>
    <message>
        <source>Lot number (番地)</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>For example 1234-5.</source>
        <translation>例：1234-5</translation>
    </message>
    <message>
        <source>Building and room</source>
        <translation>建物名・部屋番号（方書）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Skip to the main content</source>
        <translation>本文へ移動</translation>
    </message>
    <message>
        <source>Pre-application</source>
        <translation>事前申請</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Please check the marked fields.</source>
        <translation>印のついた項目を確認してください。</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}：{message}</translation>
    </message>
    <message>
        <source>Your QR code</source>
        <translation>あなたのQRコード</translation>
    </message>
    <message>
        <source>At the town hall, choose “I prepared at home” at the kiosk and show this code. Then put your My Number card on the reader.</source>
        <translation>役場の端末で「事前に入力した方」を選び、このコードをかざしてください。そのあと、マイナンバーカードを読み取り機に置いてください。</translation>
    </message>
    <message>
        <source>QR code with your answers</source>
        <translation>入力内容のQRコード</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>有効期限：{day}</translation>
    </message>
    <message>
        <source>Save it or print it, in case this page is closed:</source>
        <translation>この画面を閉じても使えるよう、保存または印刷してください：</translation>
    </message>
    <message>
        <source>Download the picture (PNG)</source>
        <translation>画像を保存（PNG）</translation>
    </message>
    <message>
        <source>Download a page to print (PDF)</source>
        <translation>印刷用のページを保存（PDF）</translation>
    </message>
    <message>
        <source>Start again for another event</source>
        <translation>別の手続きを最初から入力する</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>どの手続きですか？</translation>
    </message>
    <message>
        <source>Choose the one that fits</source>
        <translation>あてはまるものを一つ選んでください</translation>
    </message>
    <message>
        <source>Add each person once. You then answer the questions once for everyone.</source>
        <translation>一人ずつ追加してください。このあとの質問は、全員分まとめて一度だけ答えます。</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>追加した方</translation>
    </message>
    <message>
        <source>Passed away</source>
        <translation>亡くなられた方</translation>
    </message>
    <message>
        <source>The baby</source>
        <translation>お子さん（赤ちゃん）</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} さんを削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>まだだれもいません。</translation>
    </message>
    <message>
        <source>The person who passed away</source>
        <translation>亡くなられた方</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>人を追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Name in katakana (furigana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Relation to you</source>
        <translation>あなたとの続柄</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>この方を追加</translation>
    </message>
    <message>
        <source>When everybody is added, go on. A person typed above is added first.</source>
        <translation>全員を追加したら「次へ」を押してください。上に入力中の方は、先に追加されます。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Nobody else: continue</source>
        <translation>ほかにいません（次へ）</translation>
    </message>
    <message>
        <source>Question {number} of about {total}</source>
        <translation>質問 {number} ／ 約 {total}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数</translation>
    </message>
    <message>
        <source>It differs from person to person</source>
        <translation>人によって違う</translation>
    </message>
    <message>
        <source>You will answer for each person in turn.</source>
        <translation>一人ずつ答えます。</translation>
    </message>
    <message>
        <source>Please start again</source>
        <translation>最初からやり直してください</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>最初から始める</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>あなたについて</translation>
    </message>
    <message>
        <source>Write them as they are on your My Number card. The kiosk checks them against the card.</source>
        <translation>マイナンバーカードに書かれているとおりに入力してください。役場の端末でカードと照らし合わせます。</translation>
    </message>
    <message>
        <source>Family name, then given name.</source>
        <translation>姓、名の順に。</translation>
    </message>
    <message>
        <source>For example ヤマダ　タロウ.</source>
        <translation>例：ヤマダ　タロウ（ひらがなでも入力できます）</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>今の住所</translation>
    </message>
    <message>
        <source>As on your card, with the prefecture.</source>
        <translation>カードのとおり、都道府県から。</translation>
    </message>
    <message>
        <source>Who leaves to form the new household?</source>
        <translation>新しい世帯に移るのはどなたですか？</translation>
    </message>
    <message>
        <source>Mark each person who leaves</source>
        <translation>移る方すべてに印をつけてください</translation>
    </message>
    <message>
        <source>Who is the head of the new household?</source>
        <translation>新しい世帯の世帯主はどなたですか？</translation>
    </message>
    <message>
        <source>Prepare your forms at home</source>
        <translation>自宅で申請書を準備する</translation>
    </message>
    <message>
        <source>Answer a few questions on your phone, at your own pace. At the end you get a QR code.</source>
        <translation>スマートフォンで、ご自分のペースで質問に答えてください。最後にQRコードが表示されます。</translation>
    </message>
    <message>
        <source>At the town hall, show the QR code at the kiosk and put your My Number card on the reader: your forms are printed, filled in.</source>
        <translation>役場の端末にQRコードをかざし、マイナンバーカードを置くと、記入済みの申請書が印刷されます。</translation>
    </message>
    <message>
        <source>Nothing you type is kept on our server. It stays in this page until you close it.</source>
        <translation>入力した内容はサーバーに保存されません。この画面を閉じるまで、画面の中だけにあります。</translation>
    </message>
    <message>
        <source>The QR code is valid for a limited time. Bring the people's documents named at the end.</source>
        <translation>QRコードには有効期限があります。最後に表示される持ち物をお持ちください。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>Check and finish</source>
        <translation>確認して完了</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新しい住所</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>世帯の方</translation>
    </message>
    <message>
        <source>Where to go at the town hall</source>
        <translation>役場で行く窓口</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>持ち物</translation>
    </message>
    <message>
        <source>Nothing besides your My Number card.</source>
        <translation>マイナンバーカードのほかに持ち物はありません。</translation>
    </message>
    <message>
        <source>Make my QR code</source>
        <translation>QRコードを作る</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>はい（全員）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No, none of them</source>
        <translation>いいえ（全員）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>For everyone: {names}</source>
        <translation>全員について：{names}</translation>
    </message>
    <message>
        <source>About: {names}</source>
        <translation>対象：{names}</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>世帯の方</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Who leaves the household?</source>
        <translation>世帯を分ける方</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>入力してください。</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>長すぎます。短くしてください。</translation>
    </message>
    <message>
        <source>Please write the reading in katakana (or hiragana).</source>
        <translation>フリガナはカタカナ（またはひらがな）で入力してください。</translation>
    </message>
    <message>
        <source>This date does not exist. Please check the year, month and day.</source>
        <translation>この日付はありません。年・月・日を確認してください。</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>未来の日付になっています。確認してください。</translation>
    </message>
    <message>
        <source>Please write the year in full, for example 1956.</source>
        <translation>年は西暦4けたで入力してください（例：1956）。</translation>
    </message>
    <message>
        <source>Please choose one.</source>
        <translation>一つ選んでください。</translation>
    </message>
    <message>
        <source>Please add the person who passed away first.</source>
        <translation>先に亡くなられた方を追加してください。</translation>
    </message>
    <message>
        <source>Please add the baby first.</source>
        <translation>先にお子さん（赤ちゃん）を追加してください。</translation>
    </message>
    <message>
        <source>Please mark who leaves (not everybody), and choose the head among them.</source>
        <translation>移る方に印をつけ（全員は選べません）、その中から世帯主を選んでください。</translation>
    </message>
    <message>
        <source>This page could not be continued: it was changed, or made by another server. Please start again.</source>
        <translation>この画面は続けられません（内容が書き換えられたか、別のサーバーの画面です）。最初からやり直してください。</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please start again; we are sorry.</source>
        <translation>申し訳ありません。こちらの不具合で続けられませんでした。最初からやり直してください。</translation>
    </message>
    <message>
        <source>The page was sent incomplete. Please try again.</source>
        <translation>画面の送信が途中で切れました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your answers are too many for one QR code. Please fill in the rest at the kiosk, or ask the staff.</source>
        <translation>入力内容が多すぎて、一つのQRコードに入りません。役場の端末で入力するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This person is not added yet. Complete the marked fields and add them, or continue without this person.</source>
        <translation>この方はまだ追加されていません。印のついた項目を入力して「この方を追加」を押すか、この方を追加せずに進んでください。</translation>
    </message>
    <message>
        <source>Continue without this person</source>
        <translation>この方を追加せずに次へ</translation>
    </message>
</context>
</TS>
