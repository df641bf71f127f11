<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>FuriganaScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="96" />
        <source>How is your name read?</source>
        <extracomment>The provenance key of the resident's reading (``ResidentSession.provenance``).</extracomment>
        <translation type="unfinished">名前《なまえ》の 読《よ》み方《かた》（フリガナ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="98" />
        <source>Yes, that is right</source>
        <translation type="unfinished">はい、ただしいです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="99" />
        <source>No, let me correct it</source>
        <translation type="unfinished">いいえ、なおします</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="138" />
        <source>Your card does not hold the reading (フリガナ). Please check our guess.</source>
        <translation type="unfinished">カードに フリガナが ありません。この 読《よ》み方《かた》で いいか、見《み》て ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="141" />
        <source>Type how %1 is read, in katakana, then tap OK.</source>
        <translation type="unfinished">%1の 読《よ》み方《かた》を カタカナで 入《い》れて、OKを おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="143" />
        <source>Correct the reading of your name, then tap OK.</source>
        <translation type="unfinished">読《よ》み方《かた》を 直《なお》して、「けってい」を おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="168" />
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished">上《うえ》の キーで 読《よ》み方《かた》を 入《い》れて ください。</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="214" />
        <source>The person who passed away</source>
        <extracomment>The notices are one sentence across the screen (the kiosk is 1280 px wide). Room for at least one member's row, whatever the text size.</extracomment>
        <translation type="unfinished">亡《な》くなった 人《ひと》</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="215" />
        <source>The baby</source>
        <translation type="unfinished">赤《あか》ちゃん</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="216" />
        <location filename="../../kiosk/ui/screens/household.py" line="217" />
        <source>A person in your household</source>
        <translation type="unfinished">家族《かぞく》</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="269" />
        <source>Leave %1 out?</source>
        <translation type="unfinished">%1さんを 外《はず》しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="270" />
        <source>They stay in the town's record. They are only left out of today's forms.</source>
        <translation type="unfinished">町《まち》の 記録《きろく》は 変《か》わりません。今日《きょう》の 書類《しょるい》から 外《はず》すだけです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <source>Yes, leave them out</source>
        <translation type="unfinished">はい、はずす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>No, keep them</source>
        <translation type="unfinished">いいえ、はずさない</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="276" />
        <source>Remove %1?</source>
        <translation type="unfinished">%1を 消《け》しますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="277" />
        <source>What you entered for this person is deleted from today's visit.</source>
        <translation type="unfinished">この 人《ひと》に ついて 入《い》れた ことが 消《き》えます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>Yes, remove</source>
        <translation type="unfinished">はい、けす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="287" />
        <source>%1 was removed.</source>
        <translation type="unfinished">%1を 消《け》しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="318" />
        <source>Who else is concerned?</source>
        <translation type="unfinished">ほかに 関係《かんけい》する 家族《かぞく》は いますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="322" />
        <source>Tap the person who passed away.</source>
        <translation type="unfinished">亡《な》くなった 人《ひと》を おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="325" />
        <source>The people of your moving-in notice made online (転入予約). Is it right?</source>
        <translation type="unfinished">インターネットで 出《だ》した 転入予約《てんにゅうよやく》の 家族《かぞく》です。これで いいですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="328" />
        <source>The people in the town's record. Is it right?</source>
        <translation type="unfinished">町《まち》の 記録《きろく》に ある 家族《かぞく》です。これで いいですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="331" />
        <source>Add each person once. You then answer the questions once for everyone.</source>
        <translation type="unfinished">1人《ひとり》ずつ 入《い》れて ください。このあとの 質問《しつもん》は、みんなの 分《ぶん》を 1回《かい》で 答《こた》えます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="332" />
        <source>Checking the town's records…</source>
        <translation type="unfinished">町《まち》の 記録《きろく》を 見《み》て います…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="342" />
        <source>+ Add the person who passed away</source>
        <translation type="unfinished">＋ なくなった ひとを いれる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="344" />
        <source>+ Add the baby</source>
        <translation type="unfinished">＋ あかちゃんを いれる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="346" />
        <source>+ Add a person</source>
        <translation type="unfinished">＋ かぞくを いれる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="353" />
        <source>Continue with these people</source>
        <translation type="unfinished">この ひとたちで すすむ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Continue</source>
        <translation type="unfinished">つぎへ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Nobody else: continue</source>
        <translation type="unfinished">ほかに いない（つぎへ）</translation>
    </message>
</context>
<context>
    <name>HouseholdSplitScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="132" />
        <source>Who leaves to form the new household?</source>
        <translation type="unfinished">新《あたら》しい 世帯《せたい》に 移《うつ》るのは だれですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="135" />
        <source>Splitting a household needs two people or more. Go back and add the people who live with you.</source>
        <translation type="unfinished">世帯《せたい》を 分《わ》けるには、2人《ふたり》 以上《いじょう》 いります。「もどる」を おして、いっしょに 住《す》んで いる 人《ひと》を 入《い》れて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="139" />
        <source>Tap each person who leaves. Tap again to undo. Somebody must stay.</source>
        <translation type="unfinished">移《うつ》る 人《ひと》を 1人《ひとり》ずつ おして ください。もう一度《いちど》 おすと もどります。だれか 1人《ひとり》は いまの 世帯《せたい》に のこります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="144" />
        <source>Leaves: in the new household</source>
        <translation type="unfinished">あたらしい せたいに うつる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="145" />
        <source>Stays in the present household</source>
        <translation type="unfinished">いまの せたいに のこる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="149" />
        <source>%1 leaves. Tap to undo.</source>
        <translation type="unfinished">%1さんは あたらしい せたいに うつります。おすと もどります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="150" />
        <source>%1 stays. Tap if they leave.</source>
        <translation type="unfinished">%1さんは いまの せたいに のこります。うつる ときは おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="154" />
        <source>Continue</source>
        <translation type="unfinished">つぎへ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="156" />
        <source>Continue with the people marked as leaving</source>
        <translation type="unfinished">うつる ひとを きめて つぎへ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="159" />
        <source>Who is the head of the new household?</source>
        <translation type="unfinished">新《あたら》しい 世帯《せたい》の 世帯主《せたいぬし》は だれですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="160" />
        <source>Tap the person who heads the new household.</source>
        <translation type="unfinished">新《あたら》しい 世帯《せたい》の 世帯主《せたいぬし》に なる 人《ひと》を おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="165" />
        <source>Tap to make this person the head</source>
        <translation type="unfinished">この ひとを せたいぬしに する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="166" />
        <source>%1 heads the new household</source>
        <translation type="unfinished">%1さんが あたらしい せたいの せたいぬしに なります</translation>
    </message>
</context>
<context>
    <name>LifeEventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="60" />
        <source>What brings you here today?</source>
        <translation type="unfinished">今日《きょう》は 何《なん》の 手続《てつづ》きですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="61" />
        <source>Tap one. If several apply, start with the first one; staff will help with the rest.</source>
        <translation type="unfinished">1つ えらんで ください。たくさん ある ときは、はじめの 1つを えらんで ください。ほかは 職員《しょくいん》が 手伝《てつだ》います。</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116" />
        <source>Enter my details here</source>
        <translation type="unfinished">ここで いれる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="117" />
        <source>Name (in katakana, or as on your residence card), date of birth, sex and address: about two minutes.</source>
        <translation type="unfinished">名前《なまえ》（カタカナ、または 在留《ざいりゅう》カードの とおり）・生年月日《せいねんがっぴ》・性別《せいべつ》・住所《じゅうしょ》：2分《ふん》ぐらいです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="119" />
        <source>Ask staff to help me</source>
        <translation type="unfinished">しょくいんに てつだって もらう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="120" />
        <source>A member of staff comes to the kiosk and enters the details with you.</source>
        <translation type="unfinished">職員《しょくいん》が ここに 来《き》て、いっしょに 入《い》れます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="122" />
        <source>Choose your area from a list.</source>
        <translation type="unfinished">リストから 地区《ちく》を えらびます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="123" />
        <source>Somewhere else</source>
        <translation type="unfinished">ほかの まち</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="124" />
        <source>Type the address in katakana and numbers; staff check it at the counter.</source>
        <translation type="unfinished">住所《じゅうしょ》を カタカナと 数字《すうじ》で 入《い》れます。窓口《まどぐち》で 職員《しょくいん》が 確認《かくにん》します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="152" />
        <source>You</source>
        <translation type="unfinished">あなた</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your details</source>
        <translation type="unfinished">あなたの こと</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your house number (番地), e.g. 1234-5</source>
        <translation type="unfinished">番地《ばんち》を 入《い》れて ください（れい：1234-5）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="217" />
        <source>Your address: prefecture, town and number, in katakana</source>
        <translation type="unfinished">住所《じゅうしょ》（都道府県《とどうふけん》・市区町村《しくちょうそん》・番地《ばんち》）を カタカナで</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="218" />
        <source>Where do you live now?</source>
        <translation type="unfinished">いま どこに 住《す》んで いますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="220" />
        <source>Without a card we ask a few details. Staff check them with an identity document at the counter.</source>
        <translation type="unfinished">カードが ない ときは、少《すこ》し 入《い》れて もらいます。窓口《まどぐち》で、あなたの ことが わかる 書類《しょるい》と くらべて 確認《かくにん》します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="223" />
        <source>Your address today, as on your residence record.</source>
        <translation type="unfinished">住民票《じゅうみんひょう》に ある、いまの 住所《じゅうしょ》です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="224" />
        <source>Tap the name of your area.</source>
        <translation type="unfinished">地区《ちく》の 名前《なまえ》を おして ください。</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="138" />
        <source>Male</source>
        <extracomment>Every page, in order; "reading" is shown only after a Latin name.</extracomment>
        <translation type="unfinished">おとこ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="139" />
        <source>Female</source>
        <translation type="unfinished">おんな</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="223" />
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="215" />
        <source>How is this person related to you?</source>
        <translation type="unfinished">この 人《ひと》は あなたの 何《なに》ですか？（続柄《つづきがら》）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="216" />
        <source>Name as on the residence card (在留カード)</source>
        <translation type="unfinished">在留《ざいりゅう》カードの とおりの 名前《なまえ》</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="218" />
        <source>Name, in katakana (staff add the kanji at the counter)</source>
        <translation type="unfinished">名前《なまえ》を カタカナで 入《い》れて ください（漢字《かんじ》は 窓口《まどぐち》で 職員《しょくいん》が 入《い》れます）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="219" />
        <source>Reading of %1, in katakana</source>
        <translation type="unfinished">%1の 読《よ》み方《かた》（カタカナ）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="220" />
        <source>Date of birth: choose the era, then type the numbers</source>
        <translation type="unfinished">生年月日《せいねんがっぴ》：「令和《れいわ》」などを えらんでから、数字《すうじ》を 入《い》れて ください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="221" />
        <source>Sex</source>
        <translation type="unfinished">性別《せいべつ》</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="235" />
        <source>Please type the name with the keys above.</source>
        <translation type="unfinished">上《うえ》の キーで 名前《なまえ》を 入《い》れて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="244" />
        <source>Please type the name as on your residence card, A to Z.</source>
        <translation type="unfinished">在留《ざいりゅう》カードの とおりに、A から Z で 名前《なまえ》を 入《い》れて ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="257" />
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished">上《うえ》の キーで 読《よ》み方《かた》を 入《い》れて ください。</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="45" />
        <source>(passed away)</source>
        <extracomment>Names up to this many characters keep the details beside them in one column.</extracomment>
        <translation type="unfinished">（亡《な》くなった）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="57" />
        <source>This person passed away</source>
        <translation type="unfinished">この ひとが なくなった</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="58" />
        <source>%1 passed away</source>
        <translation type="unfinished">%1さんが なくなった</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="67" />
        <source>Remove</source>
        <translation type="unfinished">けす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="68" />
        <source>Remove %1</source>
        <translation type="unfinished">%1を けす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="74" />
        <source>Edit</source>
        <translation type="unfinished">なおす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="75" />
        <source>Edit %1</source>
        <translation type="unfinished">%1を なおす</translation>
    </message>
</context>
<context>
    <name>NameKeys</name>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="69" />
        <source>Type the name in katakana</source>
        <extracomment>the key that opens the Latin keyboard (on the kana one), and the way back</extracomment>
        <translation type="unfinished">カタカナで 名前《なまえ》を 入《い》れる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="71" />
        <source>Type the name in Latin letters, as on the residence card</source>
        <translation type="unfinished">ローマ字《じ》で 名前《なまえ》を 入《い》れる（在留《ざいりゅう》カードの とおり）</translation>
    </message>
</context>
<context>
    <name>NewAddressScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="106" />
        <source>No building or room</source>
        <extracomment>The pages, in the stack's order (the confirmation was added last, shown first).</extracomment>
        <translation type="unfinished">たてものの なまえ・へやの ばんごうは ない</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="107" />
        <source>No building or room: finish the address</source>
        <translation type="unfinished">たてもの・へやは ない：じゅうしょを きめる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="108" />
        <source>Delete one character</source>
        <translation type="unfinished">1もじ けす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="109" />
        <source>Yes, this is my new address</source>
        <translation type="unfinished">はい、この じゅうしょです</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="110" />
        <source>No, choose another address</source>
        <translation type="unfinished">いいえ、ほかの じゅうしょに する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="223" />
        <source>Your new address: which area (大字)?</source>
        <translation type="unfinished">新《あたら》しい 住所《じゅうしょ》の 地区《ちく》（大字《おおあざ》）は どこですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="224" />
        <source>Type the house number (番地), e.g. 1234-5</source>
        <translation type="unfinished">番地《ばんち》を 入《い》れて ください（れい：1234-5）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="225" />
        <source>Building and room (方書), if any</source>
        <translation type="unfinished">建物《たてもの》の 名前《なまえ》と 部屋《へや》の 番号《ばんごう》（方書《かたがき》）が あれば 入《い》れて ください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="226" />
        <source>Is this your new address?</source>
        <translation type="unfinished">この 住所《じゅうしょ》で いいですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="229" />
        <source>Tap the name of the area. The reading is under each name.</source>
        <translation type="unfinished">地区《ちく》の 名前《なまえ》を おして ください。読《よ》み方《かた》は 名前《なまえ》の 下《した》に あります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="230" />
        <source>Use “-” between numbers, e.g. 1234-5. Tap OK when done.</source>
        <translation type="unfinished">数字《すうじ》の あいだは「-」です（れい：1234-5）。終《お》わったら「けってい」を おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="231" />
        <source>Type the building name and room number, or tap “No building or room”.</source>
        <translation type="unfinished">建物《たてもの》の 名前《なまえ》と 部屋《へや》の 番号《ばんごう》を 入《い》れて ください。ない ときは「たてものの なまえ・へやの ばんごうは ない」を おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="232" />
        <source>This is the address of your moving-in notice made online (転入予約).</source>
        <translation type="unfinished">インターネットで 出《だ》した 転入予約《てんにゅうよやく》の 住所《じゅうしょ》です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="245" />
        <source>The new address so far</source>
        <translation type="unfinished">いま 入《い》れて いる 新《あたら》しい 住所《じゅうしょ》</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="80" />
        <source>Progress through the questions</source>
        <translation type="unfinished">しつもんの すすみぐあい</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="151" />
        <source>Question %1 of about %2</source>
        <translation type="unfinished">質問《しつもん》 %1 ／ だいたい %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="155" />
        <source>%1 of about %2</source>
        <translation type="unfinished">%1 ／ だいたい %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="163" />
        <source>Explanation</source>
        <translation type="unfinished">説明《せつめい》</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes, all of them</source>
        <translation type="unfinished">はい（みんな）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No, none of them</source>
        <translation type="unfinished">いいえ（みんな）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No</source>
        <translation type="unfinished">いいえ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="184" />
        <source>It differs from person to person</source>
        <translation type="unfinished">ひとに よって ちがう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="185" />
        <source>You will answer for each person in turn.</source>
        <translation type="unfinished">1人《ひとり》ずつ 答《こた》えます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="199" />
        <source>For everyone: %1</source>
        <translation type="unfinished">みんなの こと：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="200" />
        <source>About: %1</source>
        <translation type="unfinished">だれの こと：%1</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="66" />
        <source>Your procedures today</source>
        <translation type="unfinished">今日《きょう》の 手続《てつづ》き</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="67" />
        <source>Print my forms</source>
        <translation type="unfinished">しょるいを いんさつする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="68" />
        <source>Print my forms and the guide sheet</source>
        <translation type="unfinished">しょるいと あんないの かみを いんさつする</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="109" />
        <source>About %1 min: about %2 min here to print, about %3 min at the counters (waiting not included).</source>
        <translation type="unfinished">だいたい %1分《ふん》：ここで 印刷《いんさつ》 %2分《ふん》、窓口《まどぐち》で %3分《ふん》（待《ま》つ 時間《じかん》は 入《はい》って いません）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="119" />
        <source>%1 procedures at %2 counters. Please go in this order; your forms are printed next.</source>
        <translation type="unfinished">手続《てつづ》きは %1つ、窓口《まどぐち》は %2か所《しょ》です。この 順番《じゅんばん》で 行《い》って ください。つぎに 書類《しょるい》を 印刷《いんさつ》します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="122" />
        <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
        <translation type="unfinished">手続《てつづ》きは %1つ です。ぜんぶ 総合窓口《そうごうまどぐち》から はじまります。つぎに 書類《しょるい》を 印刷《いんさつ》します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="132" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished">総合窓口《そうごうまどぐち》から ここに 行《い》きます。専門《せんもん》の 人《ひと》が 手続《てつづ》きを します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="141" />
        <source>For: %1</source>
        <translation type="unfinished">する 人《ひと》：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="144" />
        <source>Bring: %1</source>
        <translation type="unfinished">持《も》って くる もの：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="147" />
        <source>Fee: %1</source>
        <translation type="unfinished">はらう お金《かね》：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="150" />
        <source>Deadline: %1</source>
        <translation type="unfinished">いつまで：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="152" />
        <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
        <translation type="unfinished">窓口《まどぐち》で たしかめます：「わからない」と 答《こた》えたので、いるかも しれない 紙《かみ》も 印刷《いんさつ》します。</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="44" />
        <source>Undo</source>
        <extracomment>How long the undo stays offered.</extracomment>
        <translation type="unfinished">もとに もどす</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="45" />
        <source>Undo: put the person back</source>
        <translation type="unfinished">もとに もどす：この 人《ひと》を もどす</translation>
    </message>
</context>
<context>
    <name>WizardCommon</name>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="128" />
        <source>← Back</source>
        <translation type="unfinished">← もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="130" />
        <source>Back to the previous step</source>
        <translation type="unfinished">まえの がめんに もどる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="166" />
        <source>You</source>
        <translation type="unfinished">あなた</translation>
    </message>
</context>
</TS>