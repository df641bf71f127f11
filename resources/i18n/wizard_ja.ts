<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>FuriganaScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="96" />
        <source>How is your name read?</source>
        <extracomment>The provenance key of the resident's reading (``ResidentSession.provenance``).</extracomment>
        <translation>お名前の読み方（フリガナ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="138" />
        <source>Your card does not hold the reading (フリガナ). Please check our guess.</source>
        <translation>カードにはフリガナがありません。この読み方で正しいか確かめてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="98" />
        <source>Yes, that is right</source>
        <translation>はい、正しいです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="99" />
        <source>No, let me correct it</source>
        <translation>いいえ、直します</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="141" />
        <source>Type how %1 is read, in katakana, then tap OK.</source>
        <translation>%1 の読み方をカタカナで入力して、「決定」を押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="143" />
        <source>Correct the reading of your name, then tap OK.</source>
        <translation>読み方を直して「決定」を押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="168" />
        <source>Please type the reading with the keys above.</source>
        <translation>上のキーで読み方を入力してください。</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="214" />
        <source>The person who passed away</source>
        <extracomment>The notices are one sentence across the screen (the kiosk is 1280 px wide). Room for at least one member's row, whatever the text size.</extracomment>
        <translation>亡くなられた方</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="215" />
        <source>The baby</source>
        <translation>お子さん（赤ちゃん）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="216" />
        <location filename="../../kiosk/ui/screens/household.py" line="217" />
        <source>A person in your household</source>
        <translation>ご家族</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="269" />
        <source>Leave %1 out?</source>
        <translation>%1さんを外しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="270" />
        <source>They stay in the town's record. They are only left out of today's forms.</source>
        <translation>町の記録はそのままです。今日の書類から外すだけです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <source>Yes, leave them out</source>
        <translation>はい、外します</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>No, keep them</source>
        <translation>いいえ、そのままにします</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="276" />
        <source>Remove %1?</source>
        <translation>%1さんを削除しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="277" />
        <source>What you entered for this person is deleted from today's visit.</source>
        <translation>この方について入力した内容を、今回の手続きから削除します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>Yes, remove</source>
        <translation>はい、削除する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="287" />
        <source>%1 was removed.</source>
        <translation>%1さんを削除しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="318" />
        <source>Who else is concerned?</source>
        <translation>ほかに関係するご家族は？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="322" />
        <source>Tap the person who passed away.</source>
        <translation>亡くなられた方をタップしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="325" />
        <source>The people of your moving-in notice made online (転入予約). Is it right?</source>
        <translation>オンラインで届け出た転入予約のご家族です。これでよろしいですか。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="328" />
        <source>The people in the town's record. Is it right?</source>
        <translation>町の記録にあるご家族です。これでよろしいですか。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="331" />
        <source>Add each person once. You then answer the questions once for everyone.</source>
        <translation>一人ずつ追加してください。このあとの質問は、全員分まとめて一度だけ答えます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="332" />
        <source>Checking the town's records…</source>
        <translation>町の記録を確認しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="342" />
        <source>+ Add the person who passed away</source>
        <translation>＋ 亡くなられた方を入力</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="344" />
        <source>+ Add the baby</source>
        <translation>＋ お子さんを入力</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="346" />
        <source>+ Add a person</source>
        <translation>＋ ご家族を追加</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="353" />
        <source>Continue with these people</source>
        <translation>この内容で進む</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Nobody else: continue</source>
        <translation>ほかにいません（次へ）</translation>
    </message>
</context>
<context>
    <name>HouseholdSplitScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="132" />
        <source>Who leaves to form the new household?</source>
        <translation>新しい世帯に移るのはどなたですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="135" />
        <source>Splitting a household needs two people or more. Go back and add the people who live with you.</source>
        <translation>世帯を分けるには2人以上が必要です。「戻る」で、一緒に住んでいる方を追加してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="139" />
        <source>Tap each person who leaves. Tap again to undo. Somebody must stay.</source>
        <translation>新しい世帯に移る方を、1人ずつ押してください。もう一度押すと取り消せます。どなたかは今の世帯に残ります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="144" />
        <source>Leaves: in the new household</source>
        <translation>新しい世帯に移る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="145" />
        <source>Stays in the present household</source>
        <translation>今の世帯に残る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="149" />
        <source>%1 leaves. Tap to undo.</source>
        <translation>%1は新しい世帯に移ります。押すと取り消します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="150" />
        <source>%1 stays. Tap if they leave.</source>
        <translation>%1は今の世帯に残ります。移る場合は押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="154" />
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="156" />
        <source>Continue with the people marked as leaving</source>
        <translation>移る方を決めて次へ進む</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="159" />
        <source>Who is the head of the new household?</source>
        <translation>新しい世帯の世帯主はどなたですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="160" />
        <source>Tap the person who heads the new household.</source>
        <translation>新しい世帯の世帯主になる方を押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="165" />
        <source>Tap to make this person the head</source>
        <translation>この方を世帯主にする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="166" />
        <source>%1 heads the new household</source>
        <translation>%1が新しい世帯の世帯主になります</translation>
    </message>
</context>
<context>
    <name>LifeEventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="60" />
        <source>What brings you here today?</source>
        <translation>今日はどのような手続きですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="61" />
        <source>Tap one. If several apply, start with the first one; staff will help with the rest.</source>
        <translation>一つ選んでください。いくつもある場合は最初のものを。ほかは職員がお手伝いします。</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116" />
        <source>Enter my details here</source>
        <translation>ここで入力する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="117" />
        <source>Name (in katakana, or as on your residence card), date of birth, sex and address: about two minutes.</source>
        <translation>お名前（カタカナ、または在留カードのとおり）・生年月日・性別・住所：約2分です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="119" />
        <source>Ask staff to help me</source>
        <translation>職員に手伝ってもらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="120" />
        <source>A member of staff comes to the kiosk and enters the details with you.</source>
        <translation>職員がこちらに来て、一緒に入力します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="122" />
        <source>Choose your area from a list.</source>
        <translation>一覧から地区（大字）を選びます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="123" />
        <source>Somewhere else</source>
        <translation>ほかの市区町村</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="124" />
        <source>Type the address in katakana and numbers; staff check it at the counter.</source>
        <translation>住所をカタカナと数字で入力します。窓口で職員が確認します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="152" />
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your details</source>
        <translation>あなたの情報</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your house number (番地), e.g. 1234-5</source>
        <translation>番地を入力（例：1234-5）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="217" />
        <source>Your address: prefecture, town and number, in katakana</source>
        <translation>住所（都道府県・市区町村・番地）をカタカナで</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="218" />
        <source>Where do you live now?</source>
        <translation>いまの住所はどこですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="220" />
        <source>Without a card we ask a few details. Staff check them with an identity document at the counter.</source>
        <translation>カードがない場合は、いくつか入力していただきます。窓口で本人確認書類と照らし合わせます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="223" />
        <source>Your address today, as on your residence record.</source>
        <translation>住民票にある、いまの住所です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="224" />
        <source>Tap the name of your area.</source>
        <translation>地区（大字）を押してください。</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="138" />
        <source>Male</source>
        <extracomment>Every page, in order; "reading" is shown only after a Latin name.</extracomment>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="139" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="223" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="215" />
        <source>How is this person related to you?</source>
        <translation>あなたとの続柄は？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="216" />
        <source>Name as on the residence card (在留カード)</source>
        <translation>在留カードのとおりのお名前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="218" />
        <source>Name, in katakana (staff add the kanji at the counter)</source>
        <translation>お名前をカタカナで（漢字は窓口で職員が入れます）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="219" />
        <source>Reading of %1, in katakana</source>
        <translation>%1 のフリガナ（カタカナ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="220" />
        <source>Date of birth: choose the era, then type the numbers</source>
        <translation>生年月日：元号を選んで数字を入力</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="221" />
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="235" />
        <source>Please type the name with the keys above.</source>
        <translation>上のキーでお名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="244" />
        <source>Please type the name as on your residence card, A to Z.</source>
        <translation>在留カードのとおりに、A〜Z で入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="257" />
        <source>Please type the reading with the keys above.</source>
        <translation>上のキーで読み方を入力してください。</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="45" />
        <source>(passed away)</source>
        <extracomment>Names up to this many characters keep the details beside them in one column.</extracomment>
        <translation>（死亡）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="57" />
        <source>This person passed away</source>
        <translation>この方が亡くなられた</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="58" />
        <source>%1 passed away</source>
        <translation>%1さんが亡くなられた</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="67" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="68" />
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="74" />
        <source>Edit</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="75" />
        <source>Edit %1</source>
        <translation>%1さんを修正</translation>
    </message>
</context>
<context>
    <name>NameKeys</name>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="69" />
        <source>Type the name in katakana</source>
        <extracomment>the key that opens the Latin keyboard (on the kana one), and the way back</extracomment>
        <translation>名前をカタカナで入力する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="71" />
        <source>Type the name in Latin letters, as on the residence card</source>
        <translation>名前を在留カードのとおりローマ字で入力する</translation>
    </message>
</context>
<context>
    <name>NewAddressScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="106" />
        <source>No building or room</source>
        <extracomment>The pages, in the stack's order (the confirmation was added last, shown first).</extracomment>
        <translation>建物名・部屋番号なし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="107" />
        <source>No building or room: finish the address</source>
        <translation>建物名・部屋番号なしで住所を決定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="108" />
        <source>Delete one character</source>
        <translation>1字消す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="109" />
        <source>Yes, this is my new address</source>
        <translation>はい、この住所です</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="110" />
        <source>No, choose another address</source>
        <translation>いいえ、別の住所を選ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="223" />
        <source>Your new address: which area (大字)?</source>
        <translation>新しい住所の地区（大字）は？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="224" />
        <source>Type the house number (番地), e.g. 1234-5</source>
        <translation>番地を入力（例：1234-5）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="225" />
        <source>Building and room (方書), if any</source>
        <translation>建物名・部屋番号（方書）があれば</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="226" />
        <source>Is this your new address?</source>
        <translation>この住所でよろしいですか</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="229" />
        <source>Tap the name of the area. The reading is under each name.</source>
        <translation>地区の名前を押してください。読み方は名前の下にあります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="230" />
        <source>Use “-” between numbers, e.g. 1234-5. Tap OK when done.</source>
        <translation>数字の間は「-」（例：1234-5）。入力したら「決定」。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="231" />
        <source>Type the building name and room number, or tap “No building or room”.</source>
        <translation>建物名と部屋番号を入力するか、「建物名・部屋番号なし」を押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="232" />
        <source>This is the address of your moving-in notice made online (転入予約).</source>
        <translation>オンラインで届け出た転入予約の住所です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="245" />
        <source>The new address so far</source>
        <translation>入力中の新しい住所</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="80" />
        <source>Progress through the questions</source>
        <translation>質問の進み具合</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="151" />
        <source>Question %1 of about %2</source>
        <translation>質問 %1 ／ 約 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="155" />
        <source>%1 of about %2</source>
        <translation>%1／約%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="163" />
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes, all of them</source>
        <translation>はい（全員）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No, none of them</source>
        <translation>いいえ（全員）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="184" />
        <source>It differs from person to person</source>
        <translation>人によって違う</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="185" />
        <source>You will answer for each person in turn.</source>
        <translation>一人ずつ答えます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="199" />
        <source>For everyone: %1</source>
        <translation>全員について：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="200" />
        <source>About: %1</source>
        <translation>対象：%1</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="66" />
        <source>Your procedures today</source>
        <translation>今日の手続き</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="67" />
        <source>Print my forms</source>
        <translation>申請書を印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="68" />
        <source>Print my forms and the guide sheet</source>
        <translation>申請書と案内票を印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="109" />
        <source>About %1 min: about %2 min here to print, about %3 min at the counters (waiting not included).</source>
        <translation>約%1分：このあと印刷に約%2分、窓口で約%3分（待ち時間は含みません）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="119" />
        <source>%1 procedures at %2 counters. Please go in this order; your forms are printed next.</source>
        <translation>%2か所の窓口で %1件の手続きがあります。この順番でお回りください。次の画面で申請書を印刷します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="122" />
        <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
        <translation>%1件の手続きは、すべて総合窓口から始まります。次に書類を印刷します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="132" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation>総合窓口からご案内します（専門の担当者が手続きします）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="141" />
        <source>For: %1</source>
        <translation>対象：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="144" />
        <source>Bring: %1</source>
        <translation>持ち物：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="147" />
        <source>Fee: %1</source>
        <translation>手数料：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="150" />
        <source>Deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="152" />
        <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
        <translation>窓口で確認：「わからない」と答えたため、必要な場合にそなえて書類を印刷しています。</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="44" />
        <source>Undo</source>
        <extracomment>How long the undo stays offered.</extracomment>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="45" />
        <source>Undo: put the person back</source>
        <translation>元に戻す：削除した方を戻す</translation>
    </message>
</context>
<context>
    <name>WizardCommon</name>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="128" />
        <source>← Back</source>
        <translation>← もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="130" />
        <source>Back to the previous step</source>
        <translation>前の画面にもどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="166" />
        <source>You</source>
        <translation>あなた</translation>
    </message>
</context>
</TS>