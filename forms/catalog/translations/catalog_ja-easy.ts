<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>departments</name>
    <message>
      <source>Residents Section</source>
      <extracomment>ja: 町民課 住民係</extracomment>
      <translation type="unfinished">町民課《ちょうみんか》 住民係《じゅうみんがかり》（住所《じゅうしょ》・住民票《じゅうみんひょう》）</translation>
    </message>
    <message>
      <source>Counter 1</source>
      <extracomment>ja: 1番窓口</extracomment>
      <translation type="unfinished">1番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Health Insurance and Pension Section</source>
      <extracomment>ja: 町民課 保険年金係</extracomment>
      <translation type="unfinished">町民課《ちょうみんか》 保険年金係《ほけんねんきんがかり》（健康保険《けんこうほけん》・年金《ねんきん》）</translation>
    </message>
    <message>
      <source>Counter 2</source>
      <extracomment>ja: 2番窓口</extracomment>
      <translation type="unfinished">2番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Long-term Care Insurance Section</source>
      <extracomment>ja: 福祉課 介護保険係</extracomment>
      <translation type="unfinished">福祉課《ふくしか》 介護保険係《かいごほけんがかり》</translation>
    </message>
    <message>
      <source>Counter 3</source>
      <extracomment>ja: 3番窓口</extracomment>
      <translation type="unfinished">3番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Welfare Section</source>
      <extracomment>ja: 福祉課 福祉係</extracomment>
      <translation type="unfinished">福祉課《ふくしか》 福祉係《ふくしがかり》</translation>
    </message>
    <message>
      <source>Counter 4</source>
      <extracomment>ja: 4番窓口</extracomment>
      <translation type="unfinished">4番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Child and Family Support Section</source>
      <extracomment>ja: 福祉課 子育て支援係</extracomment>
      <translation type="unfinished">福祉課《ふくしか》 子育《こそだ》て支援係《しえんがかり》（子《こ》どもの こと）</translation>
    </message>
    <message>
      <source>Counter 5</source>
      <extracomment>ja: 5番窓口</extracomment>
      <translation type="unfinished">5番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Health Promotion Section (Health Centre)</source>
      <extracomment>ja: 健康推進課（保健センター）</extracomment>
      <translation type="unfinished">健康推進課《けんこうすいしんか》（保健《ほけん》センター）</translation>
    </message>
    <message>
      <source>Counter 6</source>
      <extracomment>ja: 6番窓口</extracomment>
      <translation type="unfinished">6番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Board of Education, School Section</source>
      <extracomment>ja: 教育委員会 学校教育係</extracomment>
      <translation type="unfinished">教育委員会《きょういくいいんかい》 学校教育係《がっこうきょういくがかり》（学校《がっこう》の こと）</translation>
    </message>
    <message>
      <source>Counter 7</source>
      <extracomment>ja: 7番窓口</extracomment>
      <translation type="unfinished">7番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Taxation Section</source>
      <extracomment>ja: 税務課</extracomment>
      <translation type="unfinished">税務課《ぜいむか》（税金《ぜいきん》）</translation>
    </message>
    <message>
      <source>Counter 8</source>
      <extracomment>ja: 8番窓口</extracomment>
      <translation type="unfinished">8番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Water Supply Section</source>
      <extracomment>ja: 建設課 上下水道係</extracomment>
      <translation type="unfinished">建設課《けんせつか》 上下水道係《じょうげすいどうがかり》（水道《すいどう》）</translation>
    </message>
    <message>
      <source>Counter 9</source>
      <extracomment>ja: 9番窓口</extracomment>
      <translation type="unfinished">9番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Environment Section</source>
      <extracomment>ja: 町民課 環境係</extracomment>
      <translation type="unfinished">町民課《ちょうみんか》 環境係《かんきょうがかり》（ごみ・犬《いぬ》）</translation>
    </message>
    <message>
      <source>Counter 10</source>
      <extracomment>ja: 10番窓口</extracomment>
      <translation type="unfinished">10番《ばん》窓口《まどぐち》</translation>
    </message>
    <message>
      <source>Offices outside the town hall</source>
      <extracomment>ja: 町役場以外の窓口</extracomment>
      <translation type="unfinished">役場《やくば》では ない ところ</translation>
    </message>
    <message>
      <source>Elsewhere (guidance only)</source>
      <extracomment>ja: 役場の外（案内のみ）</extracomment>
      <translation type="unfinished">役場《やくば》の 外《そと》（案内《あんない》だけ）</translation>
    </message>
  </context>
  <context>
    <name>events</name>
    <message>
      <source>Moving in</source>
      <extracomment>ja: 転入</extracomment>
      <translation type="unfinished">転入《てんにゅう》（ほかの 町《まち》から 来《き》た）</translation>
    </message>
    <message>
      <source>You moved to this town from another municipality</source>
      <extracomment>ja: 他の市区町村からこの町に引っ越してきた</extracomment>
      <translation type="unfinished">ほかの 市《し》や 町《まち》から、この 町《まち》に 引《ひ》っ越《こ》して きました</translation>
    </message>
    <message>
      <source>Who is moving in with you?</source>
      <extracomment>ja: 一緒に引っ越してきた方は？</extracomment>
      <translation type="unfinished">いっしょに 引《ひ》っ越《こ》して きた 人《ひと》は だれですか？</translation>
    </message>
    <message>
      <source>Moving out</source>
      <extracomment>ja: 転出</extracomment>
      <translation type="unfinished">転出《てんしゅつ》（ほかの 町《まち》へ 行《い》く）</translation>
    </message>
    <message>
      <source>You are moving from this town to another municipality</source>
      <extracomment>ja: この町から他の市区町村へ引っ越す</extracomment>
      <translation type="unfinished">この 町《まち》から、ほかの 市《し》や 町《まち》へ 引《ひ》っ越《こ》します</translation>
    </message>
    <message>
      <source>Who is moving out with you?</source>
      <extracomment>ja: 一緒に引っ越す方は？</extracomment>
      <translation type="unfinished">いっしょに 引《ひ》っ越《こ》す 人《ひと》は だれですか？</translation>
    </message>
    <message>
      <source>Moving within the town</source>
      <extracomment>ja: 転居</extracomment>
      <translation type="unfinished">転居《てんきょ》（町《まち》の 中《なか》で 引《ひ》っ越《こ》し）</translation>
    </message>
    <message>
      <source>You moved to another address in the town</source>
      <extracomment>ja: 町の中で引っ越した</extracomment>
      <translation type="unfinished">この 町《まち》の 中《なか》で、ほかの 住所《じゅうしょ》に 引《ひ》っ越《こ》しました</translation>
    </message>
    <message>
      <source>Who is moving with you?</source>
      <extracomment>ja: 一緒に引っ越した方は？</extracomment>
      <translation type="unfinished">いっしょに 引《ひ》っ越《こ》した 人《ひと》は だれですか？</translation>
    </message>
    <message>
      <source>Birth</source>
      <extracomment>ja: 出生</extracomment>
      <translation type="unfinished">出生《しゅっしょう》（子《こ》どもが 生《う》まれた）</translation>
    </message>
    <message>
      <source>A child was born</source>
      <extracomment>ja: 子どもが生まれた</extracomment>
      <translation type="unfinished">子《こ》どもが 生《う》まれました</translation>
    </message>
    <message>
      <source>About the baby</source>
      <extracomment>ja: 生まれたお子さんについて</extracomment>
      <translation type="unfinished">生《う》まれた 赤《あか》ちゃんの こと</translation>
    </message>
    <message>
      <source>Bereavement (a death)</source>
      <extracomment>ja: おくやみ（死亡）</extracomment>
      <translation type="unfinished">おくやみ（人《ひと》が 亡《な》くなった）</translation>
    </message>
    <message>
      <source>Death</source>
      <extracomment>ja: 死亡</extracomment>
      <translation type="unfinished">死亡《しぼう》（亡《な》くなった）</translation>
    </message>
    <message>
      <source>A family member has died</source>
      <extracomment>ja: ご家族が亡くなった</extracomment>
      <translation type="unfinished">家族《かぞく》が 亡《な》くなりました</translation>
    </message>
    <message>
      <source>Who passed away, and who else lives in the household?</source>
      <extracomment>ja: 亡くなられた方と、同じ世帯のご家族</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》と、いっしょに 住《す》んで いた 家族《かぞく》</translation>
    </message>
    <message>
      <source>Marriage</source>
      <extracomment>ja: 婚姻</extracomment>
      <translation type="unfinished">婚姻《こんいん》（結婚《けっこん》）</translation>
    </message>
    <message>
      <source>You got married</source>
      <extracomment>ja: 結婚した</extracomment>
      <translation type="unfinished">結婚《けっこん》しました</translation>
    </message>
    <message>
      <source>Who else is concerned?</source>
      <extracomment>ja: ほかに関係するご家族は？</extracomment>
      <translation type="unfinished">ほかに 関係《かんけい》する 家族《かぞく》は いますか？</translation>
    </message>
    <message>
      <source>Divorce</source>
      <extracomment>ja: 離婚</extracomment>
      <translation type="unfinished">離婚《りこん》</translation>
    </message>
    <message>
      <source>You got divorced</source>
      <extracomment>ja: 離婚した</extracomment>
      <translation type="unfinished">離婚《りこん》しました</translation>
    </message>
    <message>
      <source>Household change</source>
      <extracomment>ja: 世帯変更</extracomment>
      <translation type="unfinished">世帯《せたい》の 変更《へんこう》</translation>
    </message>
    <message>
      <source>A new head of household, or splitting or joining households</source>
      <extracomment>ja: 世帯主が変わる・世帯を分ける・世帯を一緒にする</extracomment>
      <translation type="unfinished">世帯主《せたいぬし》が 変《か》わる、世帯《せたい》を 分《わ》ける、世帯《せたい》を 1つに する</translation>
    </message>
  </context>
  <context>
    <name>onestop</name>
    <message>
      <source>One-stop desk</source>
      <extracomment>ja: 総合窓口（ワンストップ窓口）</extracomment>
      <translation type="unfinished">総合窓口《そうごうまどぐち》（はじめに 行《い》く 窓口《まどぐち》）</translation>
    </message>
    <message>
      <source>Town hall, ground floor, main entrance</source>
      <extracomment>ja: 役場1階 正面入口</extracomment>
      <translation type="unfinished">役場《やくば》 1階《かい》、正面《しょうめん》の 入口《いりぐち》</translation>
    </message>
  </context>
  <context>
    <name>predicates</name>
    <message>
      <source>Aged 65 or over</source>
      <extracomment>ja: 65歳以上</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aged 75 or over</source>
      <extracomment>ja: 75歳以上</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aged 40 to 64</source>
      <extracomment>ja: 40〜64歳</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Health Insurance</source>
      <extracomment>ja: 国民健康保険</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Late-elderly medical care</source>
      <extracomment>ja: 後期高齢者医療</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Late-elderly scheme member arriving from another prefecture</source>
      <extracomment>ja: 県外から転入する後期高齢者医療の対象者</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Pension category 1</source>
      <extracomment>ja: 国民年金第1号被保険者</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Covered by long-term care insurance</source>
      <extracomment>ja: 介護保険の対象</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>procedures</name>
    <message>
      <source>Notification of moving (住民異動届)</source>
      <extracomment>ja: 住民異動届</extracomment>
      <translation type="unfinished">住民異動届《じゅうみんいどうとどけ》（引《ひ》っ越《こ》しの 届《とど》け）</translation>
    </message>
    <message>
      <source>Basic Resident Registration Act art. 22 (moving in), 23 (moving within the town), 24 (moving out), 25 (household change)</source>
      <extracomment>ja: 住民基本台帳法第22条（転入届）・第23条（転居届）・第24条（転出届）・第25条（世帯変更届）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Basic Resident Registration Act art. 27 (how a notification is made; identity check)</source>
      <extracomment>ja: 住民基本台帳法第27条（届出の方式・本人確認）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taking the filing date for the date of the move (it is the day they started living here)</source>
      <extracomment>ja: 異動日を届出日と取り違える（異動日は住み始めた日）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaving out the building name and room number</source>
      <extracomment>ja: 方書（建物名・部屋番号）の記載漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not comparing the form with the moving-out certificate (planned date, 本籍)</source>
      <extracomment>ja: 転出証明書の転出予定日・本籍と届書の突合漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The applicant's photo ID (the original)</source>
      <extracomment>ja: 届出人の本人確認書類（原本）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The moving-out certificate (the original; not with the card's online move)</source>
      <extracomment>ja: 転出証明書（原本。カードによる転出届の方は不要）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free</source>
      <extracomment>ja: 無料</extracomment>
      <translation type="unfinished">いりません</translation>
    </message>
    <message>
      <source>Within 14 days of moving in</source>
      <extracomment>ja: 住み始めた日から14日以内</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》して きてから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Photo ID (e.g. the My Number card)</source>
      <extracomment>ja: 本人確認書類（マイナンバーカード等）</extracomment>
      <translation type="unfinished">本人確認書類《ほんにんかくにんしょるい》（マイナンバーカード など）</translation>
    </message>
    <message>
      <source>Moving-out certificate (not needed if you filed the move online with the card)</source>
      <extracomment>ja: 転出証明書（マイナンバーカードによる転出届の方は不要）</extracomment>
      <translation type="unfinished">転出証明書《てんしゅつしょうめいしょ》（マイナンバーカードで 転出届《てんしゅつとどけ》を 出《だ》した 人《ひと》は いりません）</translation>
    </message>
    <message>
      <source>Passport (with the date of entry)</source>
      <extracomment>ja: パスポート（入国日の記録のあるもの）</extracomment>
      <translation type="unfinished">パスポート（日本《にほん》に 入《はい》った 日《ひ》が わかる もの）</translation>
    </message>
    <message>
      <source>A copy of the family register and its 附票 (if your 本籍 is elsewhere)</source>
      <extracomment>ja: 戸籍謄本と戸籍の附票（本籍地が町外の方）</extracomment>
      <translation type="unfinished">戸籍謄本《こせきとうほん》と 戸籍《こせき》の 附票《ふひょう》（本籍《ほんせき》が ほかの 町《まち》の 人《ひと》）</translation>
    </message>
    <message>
      <source>Residence card (or special permanent resident certificate)</source>
      <extracomment>ja: 在留カード（特別永住者証明書）</extracomment>
      <translation type="unfinished">在留《ざいりゅう》カード（または 特別永住者証明書《とくべつえいじゅうしゃしょうめいしょ》）</translation>
    </message>
    <message>
      <source>Check the date of the move, the new address and building/room</source>
      <extracomment>ja: 異動日・新住所・方書を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the relationship of everyone moving</source>
      <extracomment>ja: 異動者全員の続柄を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the applicant's signature</source>
      <extracomment>ja: 届出人の署名を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From abroad: no moving-out certificate; notify the 本籍 office for the 附票</source>
      <extracomment>ja: 国外からの転入：転出証明書はなし。本籍地へ戸籍の附票の記載を通知</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From about 14 days before to 14 days after the move</source>
      <extracomment>ja: 引っ越しの約14日前から引っ越し後14日以内</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》しの 14日《にち》ぐらい 前《まえ》から、引《ひ》っ越《こ》した あと 14日《にち》まで</translation>
    </message>
    <message>
      <source>Check the date and the destination</source>
      <extracomment>ja: 異動日・転出先を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moving within Japan: issue the moving-out certificate (not with the card's online move)</source>
      <extracomment>ja: 国内への転出：転出証明書を交付（マイナンバーカードでの転出は不要）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moving abroad: no moving-out certificate; check the planned date and the country</source>
      <extracomment>ja: 国外転出：転出証明書は交付しない。転出予定日と転出先の国を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 14 days of the move</source>
      <extracomment>ja: 転居した日から14日以内</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》してから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Household change (splitting or joining)</source>
      <extracomment>ja: 世帯変更届（世帯分離・世帯合併）</extracomment>
      <translation type="unfinished">世帯《せたい》の 変更届《へんこうとどけ》（分《わ》ける・1つに する）</translation>
    </message>
    <message>
      <source>Within 14 days of the change</source>
      <extracomment>ja: 変更の日から14日以内</extracomment>
      <translation type="unfinished">変《か》わってから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Photo ID</source>
      <extracomment>ja: 本人確認書類</extracomment>
      <translation type="unfinished">顔写真《かおじゃしん》の ある 本人確認書類《ほんにんかくにんしょるい》</translation>
    </message>
    <message>
      <source>Check who forms the new household and who heads it</source>
      <extracomment>ja: 新しい世帯の構成と世帯主を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moving notification: foreign residents' items and the residence card's address</source>
      <extracomment>ja: 住民異動届（外国人住民の記載事項・在留カードの住居地記載）</extracomment>
      <translation type="unfinished">住民異動届《じゅうみんいどうとどけ》（外国人《がいこくじん》の 住民《じゅうみん》・在留《ざいりゅう》カードの 住所《じゅうしょ》）</translation>
    </message>
    <message>
      <source>Basic Resident Registration Act art. 30-45 (foreign residents' items) and 30-46 (moving in with a residence card)</source>
      <extracomment>ja: 住民基本台帳法第30条の45（外国人住民の住民票の記載事項）・第30条の46（中長期在留者等の転入届の特例）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Immigration Control Act (notice of the address; the moving notification counts as it)</source>
      <extracomment>ja: 出入国管理及び難民認定法（住居地の届出。転入届が住居地の届出とみなされる）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forgetting to write the address on the back of the card</source>
      <extracomment>ja: 在留カードの裏面への住居地記載を忘れる</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepting a card past its end date without checking a pending renewal</source>
      <extracomment>ja: 在留期間の満了日を過ぎたカードを更新申請中か確かめずに受け付ける</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The residence card (or special permanent resident certificate), the original</source>
      <extracomment>ja: 在留カード（特別永住者証明書）の原本</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 14 days of moving in (with the moving notification)</source>
      <extracomment>ja: 住み始めた日から14日以内（住民異動届と同時）</extracomment>
      <translation type="unfinished">住《す》み はじめてから 14日《にち》の うちに（住民異動届《じゅうみんいどうとどけ》と いっしょに）</translation>
    </message>
    <message>
      <source>Passport (arriving from abroad)</source>
      <extracomment>ja: パスポート（国外からの転入）</extracomment>
      <translation type="unfinished">パスポート（外国《がいこく》から 来《き》た 人《ひと》）</translation>
    </message>
    <message>
      <source>Check nationality, category, status, period and its end, and the card number</source>
      <extracomment>ja: 国籍・地域、区分、在留資格、在留期間と満了日、在留カード等の番号を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write the address on the back of the card</source>
      <extracomment>ja: 在留カード（特別永住者証明書）の裏面に住居地を記載</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period ended? Check the renewal application (grace period)</source>
      <extracomment>ja: 在留期間の満了日が過ぎていれば更新申請中（特例期間）を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 14 days of the move (with the moving notification)</source>
      <extracomment>ja: 転居した日から14日以内（住民異動届と同時）</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》してから 14日《にち》の うちに（住民異動届《じゅうみんいどうとどけ》と いっしょに）</translation>
    </message>
    <message>
      <source>Write the new address on the back of the card</source>
      <extracomment>ja: 在留カード（特別永住者証明書）の裏面に新しい住居地を記載</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change of head of household</source>
      <extracomment>ja: 世帯主変更届</extracomment>
      <translation type="unfinished">世帯主《せたいぬし》の 変更届《へんこうとどけ》</translation>
    </message>
    <message>
      <source>Basic Resident Registration Act art. 25 (household change)</source>
      <extracomment>ja: 住民基本台帳法第25条（世帯変更届）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asking for it when only one person remains (not needed)</source>
      <extracomment>ja: 残る世帯員が1人なのに届出を求める（届出不要）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The applicant's photo ID</source>
      <extracomment>ja: 届出人の本人確認書類</extracomment>
      <translation type="unfinished">届《とど》ける 人《ひと》の 本人確認書類《ほんにんかくにんしょるい》</translation>
    </message>
    <message>
      <source>Check the new head and the relationships</source>
      <extracomment>ja: 新しい世帯主と続柄を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not needed when only one person remains</source>
      <extracomment>ja: 残る世帯員が1人なら届出は不要（自動で世帯主）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My Number card update</source>
      <extracomment>ja: マイナンバーカード 継続利用・券面記載事項変更</extracomment>
      <translation type="unfinished">マイナンバーカードの 変更《へんこう》（住所《じゅうしょ》を 書《か》く）</translation>
    </message>
    <message>
      <source>My Number Act art. 17 (the My Number card)</source>
      <extracomment>ja: 番号法（行政手続における特定の個人を識別するための番号の利用等に関する法律）第17条</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public Certification Act (the signature certificate lapses when the address or name changes)</source>
      <extracomment>ja: 電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律（署名用電子証明書は住所・氏名の変更で失効）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Processing a card more than 90 days after the moving-in notification (it has lapsed)</source>
      <extracomment>ja: 転入届から90日を過ぎた継続利用の処理（カードは失効）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letting an under-15 enter the PIN alone (a legal guardian does it)</source>
      <extracomment>ja: 15歳未満の暗証番号を本人に入力させる（法定代理人が手続き）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forgetting to offer the new signature certificate</source>
      <extracomment>ja: 署名用電子証明書の再発行の案内漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each person's My Number card (the original)</source>
      <extracomment>ja: 各人のマイナンバーカード（原本）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For an agent: the power of attorney or the enquiry letter</source>
      <extracomment>ja: 代理人の場合は委任状・照会書</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free (including a new signature certificate)</source>
      <extracomment>ja: 無料（署名用電子証明書の再発行を含む）</extracomment>
      <translation type="unfinished">いりません（署名用電子証明書《しょめいようでんししょうめいしょ》も）</translation>
    </message>
    <message>
      <source>Within 90 days of the moving-in notification (the card lapses after)</source>
      <extracomment>ja: 転入届から90日以内（過ぎるとカードが失効）</extracomment>
      <translation type="unfinished">転入届《てんにゅうとどけ》から 90日《にち》の うちに（すぎると カードが 使《つか》えなく なります）</translation>
    </message>
    <message>
      <source>Each person's My Number card</source>
      <extracomment>ja: 各人のマイナンバーカード</extracomment>
      <translation type="unfinished">1人《ひとり》ずつの マイナンバーカード</translation>
    </message>
    <message>
      <source>Each person's 4-digit PIN</source>
      <extracomment>ja: 各人の暗証番号（数字4桁）</extracomment>
      <translation type="unfinished">1人《ひとり》ずつの 暗証番号《あんしょうばんごう》（4けたの 数字《すうじ》）</translation>
    </message>
    <message>
      <source>Add the new address and re-issue the signature certificate</source>
      <extracomment>ja: 住所の追記と署名用電子証明書の再発行</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Under-15s through a legal guardian</source>
      <extracomment>ja: 15歳未満は法定代理人が手続き</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 14 days of the moving notification</source>
      <extracomment>ja: 転居届から14日以内</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》しの 届《とど》けから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>My Number card update (name or address)</source>
      <extracomment>ja: マイナンバーカード 券面記載事項変更（氏名・住所）</extracomment>
      <translation type="unfinished">マイナンバーカードの 変更《へんこう》（名前《なまえ》・住所《じゅうしょ》）</translation>
    </message>
    <message>
      <source>Within 14 days of the notification</source>
      <extracomment>ja: 婚姻届・異動届の受理後14日以内</extracomment>
      <translation type="unfinished">届《とど》けを 出《だ》してから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Each person's My Number card (also the children moving with you)</source>
      <extracomment>ja: 各人のマイナンバーカード（一緒に住所が変わる子どもの分も）</extracomment>
      <translation type="unfinished">1人《ひとり》ずつの マイナンバーカード（いっしょに 引《ひ》っ越《こ》す 子《こ》どもの 分《ぶん》も）</translation>
    </message>
    <message>
      <source>Add the new name or address and re-issue the signature certificate</source>
      <extracomment>ja: 氏名・住所の追記と署名用電子証明書の再発行</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keeping the My Number card when moving abroad (since 2024-05-27)</source>
      <extracomment>ja: マイナンバーカード 国外転出者による継続利用（2024年5月27日から）</extracomment>
      <translation type="unfinished">外国《がいこく》へ 引《ひ》っ越《こ》しても マイナンバーカードを 使《つか》う（2024年《ねん》5月《がつ》27日《にち》から）</translation>
    </message>
    <message>
      <source>Together with the moving-out notification</source>
      <extracomment>ja: 転出届と同時に</extracomment>
      <translation type="unfinished">転出届《てんしゅつとどけ》と いっしょに</translation>
    </message>
    <message>
      <source>Convert to the card for residents abroad (the signature certificate can continue)</source>
      <extracomment>ja: 国外転出者向けカードとして継続利用の手続き（署名用電子証明書は継続可）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explain that the user-authentication certificate lapses</source>
      <extracomment>ja: 利用者証明用電子証明書は失効することを説明</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal registration (印鑑登録)</source>
      <extracomment>ja: 印鑑登録</extracomment>
      <translation type="unfinished">印鑑登録《いんかんとうろく》（はんこの 登録《とうろく》）</translation>
    </message>
    <message>
      <source>The town's seal-registration ordinance (after the national model rules)</source>
      <extracomment>ja: 町の印鑑条例（印鑑登録証明事務処理要領に基づく）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepting a rubber stamp, or a seal under 8 mm or over 25 mm square</source>
      <extracomment>ja: ゴム印・8mm未満または25mm超の印鑑を受け付ける</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registering on the day without photo ID (the enquiry letter must be posted)</source>
      <extracomment>ja: 顔写真のない本人確認書類で即日登録する（照会書の郵送が必要）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registering someone under 15</source>
      <extracomment>ja: 15歳未満の登録を受け付ける</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The seal itself</source>
      <extracomment>ja: 登録する印鑑の現物</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Photo ID (the original)</source>
      <extracomment>ja: 顔写真付きの本人確認書類（原本）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal card: about 300 yen</source>
      <extracomment>ja: 印鑑登録証 300円（目安）</extracomment>
      <translation type="unfinished">印鑑登録証《いんかんとうろくしょう》：300円《えん》ぐらい</translation>
    </message>
    <message>
      <source>No deadline</source>
      <extracomment>ja: 期限なし</extracomment>
      <translation type="unfinished">いつでも いいです</translation>
    </message>
    <message>
      <source>The seal (fits an 8–25 mm square, not rubber)</source>
      <extracomment>ja: 登録する印鑑（8〜25mmの正方形に収まるもの・ゴム印不可）</extracomment>
      <translation type="unfinished">登録《とうろく》する はんこ（8〜25mmの 四角《しかく》に 入《はい》る もの。ゴムの はんこは だめです）</translation>
    </message>
    <message>
      <source>Check the seal impression</source>
      <extracomment>ja: 印影を確認（欠け・ゴム印でないこと）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Without photo ID send an inquiry letter by post</source>
      <extracomment>ja: 顔写真付き本人確認書類がなければ照会書を郵送</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal registration again (new family name)</source>
      <extracomment>ja: 印鑑登録（氏の変更による再登録）</extracomment>
      <translation type="unfinished">印鑑登録《いんかんとうろく》を もう一度《いちど》（名字《みょうじ》が 変《か》わった）</translation>
    </message>
    <message>
      <source>Seal registration ends by itself with the move (nothing to do)</source>
      <extracomment>ja: 印鑑登録の廃止（転出届で自動廃止・手続き不要）</extracomment>
      <translation type="unfinished">印鑑登録《いんかんとうろく》は 引《ひ》っ越《こ》しで 終《お》わります（手続《てつづ》きは いりません）</translation>
    </message>
    <message>
      <source>Nothing to file</source>
      <extracomment>ja: 手続き不要</extracomment>
      <translation type="unfinished">手続《てつづ》きは いりません</translation>
    </message>
    <message>
      <source>The seal card need not be returned (collect it if offered)</source>
      <extracomment>ja: 印鑑登録証は返却不要（お持ちなら回収して廃棄）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seal registration ends by itself with the death notice (nothing to do)</source>
      <extracomment>ja: 印鑑登録の廃止（死亡届で自動廃止・手続き不要）</extracomment>
      <translation type="unfinished">印鑑登録《いんかんとうろく》は 死亡届《しぼうとどけ》で 終《お》わります（手続《てつづ》きは いりません）</translation>
    </message>
    <message>
      <source>Family register notification</source>
      <extracomment>ja: 戸籍の届出</extracomment>
      <translation type="unfinished">戸籍《こせき》の 届《とど》け</translation>
    </message>
    <message>
      <source>Family Register Act art. 49 (birth), 86 (death), 74 (marriage), 76 (divorce)</source>
      <extracomment>ja: 戸籍法第49条（出生届）・第86条（死亡届）・第74条（婚姻届）・第76条（協議離婚届）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Miscounting the period (for births and deaths the event day is day 1)</source>
      <extracomment>ja: 届出期間の数え誤り（出生・死亡は事件の日を1日目とする）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing witnesses or applicant</source>
      <extracomment>ja: 証人欄・届出人欄の記載漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The birth certificate or the death certificate (right half of the form)</source>
      <extracomment>ja: 出生証明書・死亡診断書（届書の右欄）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth notification</source>
      <extracomment>ja: 出生届</extracomment>
      <translation type="unfinished">出生届《しゅっしょうとどけ》（生《う》まれた ことを 知《し》らせる）</translation>
    </message>
    <message>
      <source>Within 14 days of the birth, the birth day included (3 months if born abroad)</source>
      <extracomment>ja: 生まれた日を含めて14日以内（国外で出生は3か月以内）</extracomment>
      <translation type="unfinished">生《う》まれた 日《ひ》も 入《い》れて 14日《にち》の うちに（外国《がいこく》で 生《う》まれたら 3か月《げつ》）</translation>
    </message>
    <message>
      <source>The birth notification with its certificate</source>
      <extracomment>ja: 出生届（出生証明書の付いたもの）</extracomment>
      <translation type="unfinished">出生届《しゅっしょうとどけ》（出生証明書《しゅっしょうしょうめいしょ》が ついた もの）</translation>
    </message>
    <message>
      <source>The mother-and-child handbook</source>
      <extracomment>ja: 母子健康手帳</extracomment>
      <translation type="unfinished">母子健康手帳《ぼしけんこうてちょう》</translation>
    </message>
    <message>
      <source>Stamp the birth page of the mother-and-child handbook</source>
      <extracomment>ja: 母子健康手帳の出生届出済証明に記入</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the furigana column (since 2025-05-26)</source>
      <extracomment>ja: 届書のフリガナ欄（2025年5月26日から）を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A seal is optional (since 2021-09-01)</source>
      <extracomment>ja: 押印は任意（2021年9月1日から）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Death notification (cremation permit)</source>
      <extracomment>ja: 死亡届（火葬許可申請）</extracomment>
      <translation type="unfinished">死亡届《しぼうとどけ》（火葬《かそう》の 許可《きょか》）</translation>
    </message>
    <message>
      <source>Within 7 days of learning of the death</source>
      <extracomment>ja: 死亡を知った日を含めて7日以内</extracomment>
      <translation type="unfinished">亡《な》くなった ことを 知《し》った 日《ひ》も 入《い》れて 7日《なのか》の うちに</translation>
    </message>
    <message>
      <source>The death notification with the medical certificate</source>
      <extracomment>ja: 死亡届（死亡診断書の付いたもの）</extracomment>
      <translation type="unfinished">死亡届《しぼうとどけ》（死亡診断書《しぼうしんだんしょ》が ついた もの）</translation>
    </message>
    <message>
      <source>Issue the cremation permit</source>
      <extracomment>ja: 火葬許可証を交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marriage notification</source>
      <extracomment>ja: 婚姻届</extracomment>
      <translation type="unfinished">婚姻届《こんいんとどけ》（結婚《けっこん》の 届《とど》け）</translation>
    </message>
    <message>
      <source>Takes effect on the day it is filed</source>
      <extracomment>ja: 届出日から効力が生じます</extracomment>
      <translation type="unfinished">出《だ》した 日《ひ》から 決《き》まります</translation>
    </message>
    <message>
      <source>The marriage notification signed by two witnesses</source>
      <extracomment>ja: 婚姻届（証人2人の署名のあるもの）</extracomment>
      <translation type="unfinished">婚姻届《こんいんとどけ》（証人《しょうにん》 2人《ふたり》の サインが ある もの）</translation>
    </message>
    <message>
      <source>The applicants' photo ID</source>
      <extracomment>ja: 届出人の本人確認書類</extracomment>
      <translation type="unfinished">届《とど》ける 人《ひと》の 本人確認書類《ほんにんかくにんしょるい》</translation>
    </message>
    <message>
      <source>Foreign nationals: a certificate of legal capacity to marry and the passport</source>
      <extracomment>ja: 外国籍の方は婚姻要件具備証明書とパスポート</extracomment>
      <translation type="unfinished">外国籍《がいこくせき》の 人《ひと》：婚姻要件具備証明書《こんいんようけんぐびしょうめいしょ》と パスポート</translation>
    </message>
    <message>
      <source>Two witnesses must sign</source>
      <extracomment>ja: 証人2人の署名を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Divorce notification</source>
      <extracomment>ja: 離婚届</extracomment>
      <translation type="unfinished">離婚届《りこんとどけ》</translation>
    </message>
    <message>
      <source>By agreement: takes effect when filed (court divorce: within 10 days)</source>
      <extracomment>ja: 協議離婚は届出日から効力（調停・裁判離婚は確定から10日以内）</extracomment>
      <translation type="unfinished">話《はな》し合《あ》いの 離婚《りこん》は 出《だ》した 日《ひ》から（裁判《さいばん》などの 離婚《りこん》は 10日《とおか》の うちに）</translation>
    </message>
    <message>
      <source>The divorce notification</source>
      <extracomment>ja: 離婚届</extracomment>
      <translation type="unfinished">離婚届《りこんとどけ》</translation>
    </message>
    <message>
      <source>Court divorce: the court record or judgment and its certificate of finality</source>
      <extracomment>ja: 調停・裁判離婚は調書または判決の謄本と確定証明書</extracomment>
      <translation type="unfinished">裁判《さいばん》などの 離婚《りこん》：調書《ちょうしょ》か 判決《はんけつ》の 謄本《とうほん》と 確定証明書《かくていしょうめいしょ》</translation>
    </message>
    <message>
      <source>A divorce by agreement needs two witnesses</source>
      <extracomment>ja: 協議離婚は証人2人の署名を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joining National Health Insurance</source>
      <extracomment>ja: 国民健康保険 加入</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》に 入《はい》る</translation>
    </message>
    <message>
      <source>National Health Insurance Act art. 5 (who is insured), 7 (when), 9 (notification)</source>
      <extracomment>ja: 国民健康保険法第5条（被保険者）・第7条（資格取得の時期）・第9条（届出）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dating the membership from the filing day (it starts on the day of the move)</source>
      <extracomment>ja: 資格取得日を届出日にする（転入日にさかのぼる）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking that the previous insurance ended (double membership)</source>
      <extracomment>ja: 前住所地の国保・社会保険の喪失を確認しない（二重加入）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mixing up the 資格確認書 and the 資格情報のお知らせ (with or without a card used as insurance card)</source>
      <extracomment>ja: 資格確認書と資格情報のお知らせの交付の取り違え（マイナ保険証の有無）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof of the My Numbers of the head and everyone joining</source>
      <extracomment>ja: 世帯主と加入者全員の個人番号を確認できるもの</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>After leaving employee insurance: the loss-of-membership certificate</source>
      <extracomment>ja: 社会保険をやめた方は資格喪失証明書</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free (the insurance tax is billed separately)</source>
      <extracomment>ja: 無料（保険税は別途）</extracomment>
      <translation type="unfinished">いりません（保険税《ほけんぜい》は べつに はらいます）</translation>
    </message>
    <message>
      <source>Residence card (stays over 3 months)</source>
      <extracomment>ja: 在留カード（在留期間3か月超の方）</extracomment>
      <translation type="unfinished">在留《ざいりゅう》カード（3か月《げつ》より 長《なが》く いる 人《ひと》）</translation>
    </message>
    <message>
      <source>Issue the eligibility certificate (no new insurance cards since 2024-12-02)</source>
      <extracomment>ja: 資格確認書または資格情報のお知らせを交付（保険証は2024年12月2日以降発行なし）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record the My Number of the head and every member joining</source>
      <extracomment>ja: 世帯主と加入者全員の個人番号を記入</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 14 days of the birth (covered from the day of birth)</source>
      <extracomment>ja: 出生から14日以内（資格は出生日から）</extracomment>
      <translation type="unfinished">生《う》まれてから 14日《にち》の うちに（生《う》まれた 日《ひ》から 入《はい》ります）</translation>
    </message>
    <message>
      <source>Coverage starts on the day of birth</source>
      <extracomment>ja: 取得日は出生日（国民健康保険法第7条）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issue the eligibility certificate</source>
      <extracomment>ja: 資格確認書または資格情報のお知らせを交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 14 days of leaving the employer insurance</source>
      <extracomment>ja: 扶養から外れた日から14日以内</extracomment>
      <translation type="unfinished">会社《かいしゃ》の 保険《ほけん》を やめてから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Proof of leaving the employer insurance</source>
      <extracomment>ja: 勤め先の健康保険の資格喪失証明書</extracomment>
      <translation type="unfinished">会社《かいしゃ》の 健康保険《けんこうほけん》を やめた ことが わかる 紙《かみ》（資格喪失証明書《しかくそうしつしょうめいしょ》）</translation>
    </message>
    <message>
      <source>Record the My Number of every member joining</source>
      <extracomment>ja: 加入者全員の個人番号を記入</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Health Insurance changes</source>
      <extracomment>ja: 国民健康保険 脱退・変更</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》を やめる・変《か》える</translation>
    </message>
    <message>
      <source>National Health Insurance Act art. 6 (exclusions), 8 (when membership ends), 9 (notification)</source>
      <extracomment>ja: 国民健康保険法第6条（適用除外）・第8条（資格喪失の時期）・第9条（届出）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong end date (moving out or death: the next day; joining employee insurance: that day)</source>
      <extracomment>ja: 喪失日の取り違え（転出・死亡は翌日、社会保険加入はその日）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ending membership without proof of the new insurance</source>
      <extracomment>ja: 社会保険の資格を確認せずに喪失させる</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof of the new health insurance (when leaving for employee insurance)</source>
      <extracomment>ja: 新しい健康保険の資格がわかるもの（社会保険加入による脱退）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaving National Health Insurance (moving out)</source>
      <extracomment>ja: 国民健康保険 脱退（転出）</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》を やめる（引《ひ》っ越《こ》し）</translation>
    </message>
    <message>
      <source>The eligibility certificate (if you have one)</source>
      <extracomment>ja: 資格確認書（お持ちの方）</extracomment>
      <translation type="unfinished">資格確認書《しかくかくにんしょ》（あれば）</translation>
    </message>
    <message>
      <source>Explain the settlement of the insurance tax</source>
      <extracomment>ja: 保険税の精算を案内</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaving National Health Insurance (death)</source>
      <extracomment>ja: 国民健康保険 脱退（死亡）</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》を やめる（死亡《しぼう》）</translation>
    </message>
    <message>
      <source>Within 14 days of the death</source>
      <extracomment>ja: 死亡から14日以内</extracomment>
      <translation type="unfinished">亡《な》くなってから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>The deceased's eligibility certificate (if any)</source>
      <extracomment>ja: 亡くなった方の資格確認書（お持ちの方）</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》の 資格確認書《しかくかくにんしょ》（あれば）</translation>
    </message>
    <message>
      <source>Explain the funeral grant</source>
      <extracomment>ja: 葬祭費の申請を案内</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaving National Health Insurance (joining the spouse's)</source>
      <extracomment>ja: 国民健康保険 脱退（社会保険加入）</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》を やめる（会社《かいしゃ》の 保険《ほけん》に 入《はい》る）</translation>
    </message>
    <message>
      <source>Within 14 days of joining the employer insurance</source>
      <extracomment>ja: 社会保険に加入した日から14日以内</extracomment>
      <translation type="unfinished">会社《かいしゃ》の 保険《ほけん》に 入《はい》ってから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Proof of the new insurance</source>
      <extracomment>ja: 新しい健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">新《あたら》しい 健康保険《けんこうほけん》が わかる もの</translation>
    </message>
    <message>
      <source>National Health Insurance address change</source>
      <extracomment>ja: 国民健康保険 住所変更</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 住所《じゅうしょ》の 変更《へんこう》</translation>
    </message>
    <message>
      <source>Issue the certificate with the new address</source>
      <extracomment>ja: 新しい住所の資格確認書を交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Health Insurance household change (split or join)</source>
      <extracomment>ja: 国民健康保険 世帯変更（世帯分離・世帯合併）</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 世帯《せたい》の 変更《へんこう》</translation>
    </message>
    <message>
      <source>National Health Insurance: new name or new head of household</source>
      <extracomment>ja: 国民健康保険 氏名・世帯主の変更</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 名前《なまえ》・世帯主《せたいぬし》の 変更《へんこう》</translation>
    </message>
    <message>
      <source>National Health Insurance Act art. 9 (notification)</source>
      <extracomment>ja: 国民健康保険法第9条（届出）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changing the head without changing who pays the insurance tax</source>
      <extracomment>ja: 世帯主変更で納税義務者（保険税）の変更を漏らす</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Health Insurance name change (marriage)</source>
      <extracomment>ja: 国民健康保険 氏名変更（婚姻）</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 名前《なまえ》の 変更《へんこう》（結婚《けっこん》）</translation>
    </message>
    <message>
      <source>Within 14 days of the name change</source>
      <extracomment>ja: 氏名が変わった日から14日以内</extracomment>
      <translation type="unfinished">名前《なまえ》が 変《か》わってから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Issue the certificate in the new name</source>
      <extracomment>ja: 新しい氏名で資格確認書（資格情報のお知らせ）を交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Health Insurance name change (divorce)</source>
      <extracomment>ja: 国民健康保険 氏名変更（離婚）</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 名前《なまえ》の 変更《へんこう》（離婚《りこん》）</translation>
    </message>
    <message>
      <source>National Health Insurance new head (the head died)</source>
      <extracomment>ja: 国民健康保険 世帯主変更（世帯主の死亡）</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 世帯主《せたいぬし》の 変更《へんこう》（世帯主《せたいぬし》が 亡《な》くなった）</translation>
    </message>
    <message>
      <source>The new head pays the insurance tax (reissue the certificates)</source>
      <extracomment>ja: 新しい世帯主が国保税の納税義務者（資格確認書を再交付）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Health Insurance new head of household</source>
      <extracomment>ja: 国民健康保険 世帯主変更</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 世帯主《せたいぬし》の 変更《へんこう》</translation>
    </message>
    <message>
      <source>National Health Insurance: childbirth lump sum</source>
      <extracomment>ja: 国民健康保険 出産育児一時金</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 出産育児一時金《しゅっさんいくじいちじきん》（子《こ》どもを 産《う》んだ ときの お金《かね》）</translation>
    </message>
    <message>
      <source>National Health Insurance Act art. 58 (childbirth lump sum) and the town's ordinance</source>
      <extracomment>ja: 国民健康保険法第58条（出産育児一時金）と町の国民健康保険条例</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paying the full sum when the hospital was paid directly (only the difference)</source>
      <extracomment>ja: 直接支払制度を使った出産で全額を支給する（差額のみ）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking the two-year limit from the day after the birth</source>
      <extracomment>ja: 出産日の翌日から2年の時効の確認漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The hospital's receipt and statement (and the direct-payment agreement)</source>
      <extracomment>ja: 出産費用の領収・明細書（直接支払制度の合意文書）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof of the head of household's bank account</source>
      <extracomment>ja: 世帯主名義の口座がわかるもの</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 2 years of the birth</source>
      <extracomment>ja: 出産日の翌日から2年以内</extracomment>
      <translation type="unfinished">産《う》んだ つぎの 日《ひ》から 2年《ねん》の うちに</translation>
    </message>
    <message>
      <source>The mother-and-child handbook (with the birth)</source>
      <extracomment>ja: 母子健康手帳（出生の記載があるもの）</extracomment>
      <translation type="unfinished">母子健康手帳《ぼしけんこうてちょう》（生《う》まれた ことが 書《か》いて ある もの）</translation>
    </message>
    <message>
      <source>The hospital's agreement on direct payment</source>
      <extracomment>ja: 医療機関等の直接支払制度の合意文書</extracomment>
      <translation type="unfinished">病院《びょういん》の 直接支払制度《ちょくせつしはらいせいど》の 合意文書《ごういぶんしょ》</translation>
    </message>
    <message>
      <source>The receipt and statement of the birth costs</source>
      <extracomment>ja: 出産費用の領収・明細書</extracomment>
      <translation type="unfinished">子《こ》どもを 産《う》んだ お金《かね》の 領収書《りょうしゅうしょ》と 明細書《めいさいしょ》</translation>
    </message>
    <message>
      <source>A bank book in the head of household's name</source>
      <extracomment>ja: 世帯主名義の通帳</extracomment>
      <translation type="unfinished">世帯主《せたいぬし》の 名前《なまえ》の 通帳《つうちょう》</translation>
    </message>
    <message>
      <source>500,000 yen per child (births from 2023-04; 488,000 outside the obstetric compensation scheme)</source>
      <extracomment>ja: 1児につき50万円（2023年4月以降の出産。産科医療補償制度の対象外は48万8千円）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Direct payment below the sum: the difference; without it: the whole sum, to the head</source>
      <extracomment>ja: 直接支払制度で費用が支給額未満なら差額を、利用しない場合は全額を世帯主に支給</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid by the former employer's insurance (birth within 6 months of leaving)? Then not by NHI</source>
      <extracomment>ja: 退職後6か月以内の出産で前の健康保険から受ける場合は国保からは支給しない</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Funeral expenses grant</source>
      <extracomment>ja: 葬祭費の申請</extracomment>
      <translation type="unfinished">葬祭費《そうさいひ》（お葬式《そうしき》の お金《かね》）の 申《もう》し込《こ》み</translation>
    </message>
    <message>
      <source>National Health Insurance Act art. 58 (funeral expenses)</source>
      <extracomment>ja: 国民健康保険法第58条（葬祭費）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Act on Assurance of Medical Care for Elderly People (funeral expenses for 75+) and the union's ordinance</source>
      <extracomment>ja: 高齢者の医療の確保に関する法律（後期高齢者の葬祭費）と広域連合の条例</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paying into an account not in the chief mourner's name without a power of attorney</source>
      <extracomment>ja: 喪主以外の名義の口座に委任状なしで支給する</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking the two-year limit from the day after the funeral</source>
      <extracomment>ja: 葬儀の日の翌日から2年の時効の確認漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof of the chief mourner (thank-you card or funeral receipt)</source>
      <extracomment>ja: 喪主がわかるもの（会葬礼状・葬儀の領収書）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free (the insurer sets the amount)</source>
      <extracomment>ja: 無料（支給額は保険者が定める額）</extracomment>
      <translation type="unfinished">いりません（もらう 金額《きんがく》は 保険《ほけん》が 決《き》めます）</translation>
    </message>
    <message>
      <source>Within 2 years of the funeral</source>
      <extracomment>ja: 葬儀の翌日から2年以内</extracomment>
      <translation type="unfinished">お葬式《そうしき》の つぎの 日《ひ》から 2年《ねん》の うちに</translation>
    </message>
    <message>
      <source>The funeral receipt or thank-you card naming the chief mourner</source>
      <extracomment>ja: 会葬礼状または葬儀の領収書（喪主名のもの）</extracomment>
      <translation type="unfinished">お葬式《そうしき》の 領収書《りょうしゅうしょ》か 会葬礼状《かいそうれいじょう》（喪主《もしゅ》の 名前《なまえ》が ある もの）</translation>
    </message>
    <message>
      <source>A bank book in the chief mourner's name</source>
      <extracomment>ja: 喪主名義の通帳</extracomment>
      <translation type="unfinished">喪主《もしゅ》（お葬式《そうしき》を した 人《ひと》）の 名前《なまえ》の 通帳《つうちょう》</translation>
    </message>
    <message>
      <source>The account must be the chief mourner's, otherwise a letter of proxy</source>
      <extracomment>ja: 振込先が喪主名義か確認（違う場合は委任状）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Late-elderly medical care notification</source>
      <extracomment>ja: 後期高齢者医療の届出</extracomment>
      <translation type="unfinished">後期高齢者医療《こうきこうれいしゃいりょう》（75歳《さい》からの 保険《ほけん》）の 届《とど》け</translation>
    </message>
    <message>
      <source>Act on Assurance of Medical Care for Elderly People art. 50 (who is insured) and 52 (when membership starts)</source>
      <extracomment>ja: 高齢者の医療の確保に関する法律第50条（被保険者）・第52条（資格取得の時期）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not taking the certificate of the co-payment class from another prefecture</source>
      <extracomment>ja: 他県からの転入で負担区分等証明書を受け取らない</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing members aged 65–74 by disability certification</source>
      <extracomment>ja: 65〜74歳の障害認定による加入者を見落とす</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate of the co-payment class (from another prefecture)</source>
      <extracomment>ja: 負担区分等証明書（他の都道府県からの転入）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cost-share certificate from the previous prefecture</source>
      <extracomment>ja: 負担区分等証明書（前の住所地で交付）</extracomment>
      <translation type="unfinished">負担区分等証明書《ふたんくぶんとうしょうめいしょ》（前《まえ》の 住所《じゅうしょ》で もらう）</translation>
    </message>
    <message>
      <source>Proof of the disability (certificate or pension certificate) for the disability certification</source>
      <extracomment>ja: 障害の程度がわかる書類（障害者手帳・年金証書など。障害認定の申請）</extracomment>
      <translation type="unfinished">障害《しょうがい》が わかる もの（障害者手帳《しょうがいしゃてちょう》・年金証書《ねんきんしょうしょ》 など）</translation>
    </message>
    <message>
      <source>Within Kumamoto: address change only; from elsewhere: new enrolment</source>
      <extracomment>ja: 県内転入は住所変更のみ・県外からは資格取得</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>65–74 with a disability certification: apply again when arriving from another prefecture</source>
      <extracomment>ja: 65〜74歳の障害認定者は県外からの転入で障害認定を申請し直す</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moving to another prefecture: issue the cost-share certificate</source>
      <extracomment>ja: 県外へは負担区分等証明書を交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address change only</source>
      <extracomment>ja: 住所変更のみ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Late-elderly medical care ends (death)</source>
      <extracomment>ja: 後期高齢者医療 資格喪失（死亡）</extracomment>
      <translation type="unfinished">後期高齢者医療《こうきこうれいしゃいりょう》を 終《お》わる（死亡《しぼう》）</translation>
    </message>
    <message>
      <source>Long-term care insurance notification</source>
      <extracomment>ja: 介護保険の届出</extracomment>
      <translation type="unfinished">介護保険《かいごほけん》の 届《とど》け</translation>
    </message>
    <message>
      <source>Long-Term Care Insurance Act art. 12 (notification) and 36 (certification after a move)</source>
      <extracomment>ja: 介護保険法第12条（届出等）・第36条（住所移転後の要介護認定及び要支援認定）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carrying the certification over after 14 days (a new application is needed)</source>
      <extracomment>ja: 転入から14日を過ぎて受給資格証明書を受け付け、認定を引き継いでしまう（新規申請が必要）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The previous town's certificate of eligibility</source>
      <extracomment>ja: 前住所地の介護保険受給資格証明書</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 14 days of moving in (also the certification transfer)</source>
      <extracomment>ja: 転入から14日以内（認定の引継ぎも14日以内）</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》して きてから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>The certificate of eligibility from the previous municipality</source>
      <extracomment>ja: 介護保険受給資格証明書（前の住所地で交付）</extracomment>
      <translation type="unfinished">介護保険《かいごほけん》の 受給資格証明書《じゅきゅうしかくしょうめいしょ》（前《まえ》の 町《まち》で もらう）</translation>
    </message>
    <message>
      <source>65+ without a certification: the card comes by post</source>
      <extracomment>ja: 認定のない65歳以上は被保険者証を後日郵送</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The long-term care insurance card</source>
      <extracomment>ja: 介護保険被保険者証</extracomment>
      <translation type="unfinished">介護保険被保険者証《かいごほけんひほけんしゃしょう》</translation>
    </message>
    <message>
      <source>Issue the certificate of eligibility</source>
      <extracomment>ja: 受給資格証明書を交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issue the card with the new address</source>
      <extracomment>ja: 新しい住所の被保険者証を交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Long-term care insurance ends (death)</source>
      <extracomment>ja: 介護保険 資格喪失（死亡）</extracomment>
      <translation type="unfinished">介護保険《かいごほけん》を 終《お》わる（死亡《しぼう》）</translation>
    </message>
    <message>
      <source>The deceased's care insurance card and cost-share certificate</source>
      <extracomment>ja: 亡くなった方の介護保険被保険者証・負担割合証</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》の 介護保険被保険者証《かいごほけんひほけんしゃしょう》と 負担割合証《ふたんわりあいしょう》</translation>
    </message>
    <message>
      <source>Explain the settlement of the premiums</source>
      <extracomment>ja: 保険料の精算（還付・未納）を案内</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Pension notification</source>
      <extracomment>ja: 国民年金の届出</extracomment>
      <translation type="unfinished">国民年金《こくみんねんきん》の 届《とど》け</translation>
    </message>
    <message>
      <source>National Pension Act art. 12 (notification)</source>
      <extracomment>ja: 国民年金法第12条（届出）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asking an arrival whose My Number is linked to file (normally nothing to file)</source>
      <extracomment>ja: 個人番号が基礎年金番号と結びついている転入者に届出を求める（通常は不要）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The basic pension number</source>
      <extracomment>ja: 基礎年金番号がわかるもの</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Joining the National Pension (arrival from abroad)</source>
      <extracomment>ja: 国民年金 加入（海外からの転入）</extracomment>
      <translation type="unfinished">国民年金《こくみんねんきん》に 入《はい》る（外国《がいこく》から 来《き》た）</translation>
    </message>
    <message>
      <source>Something showing the basic pension number (if any)</source>
      <extracomment>ja: 基礎年金番号がわかるもの（お持ちの方）</extracomment>
      <translation type="unfinished">基礎年金番号《きそねんきんばんごう》が わかる もの（あれば）</translation>
    </message>
    <message>
      <source>Passport</source>
      <extracomment>ja: パスポート</extracomment>
      <translation type="unfinished">パスポート</translation>
    </message>
    <message>
      <source>Era codes of pension forms (S=5 H=7 R=9)</source>
      <extracomment>ja: 生年月日は年金様式の元号コード（昭5・平7・令9）で記入</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A child of 20 or over is category 1 even as a dependant on a parent's insurance</source>
      <extracomment>ja: 親の社会保険の扶養でも20歳以上の子は第1号被保険者</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Pension category change (3 → 1)</source>
      <extracomment>ja: 国民年金 種別変更（第3号→第1号）</extracomment>
      <translation type="unfinished">国民年金《こくみんねんきん》の 種類《しゅるい》の 変更《へんこう》（3号《ごう》→1号《ごう》）</translation>
    </message>
    <message>
      <source>Within 14 days of the divorce</source>
      <extracomment>ja: 離婚から14日以内</extracomment>
      <translation type="unfinished">離婚《りこん》してから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Something showing the basic pension number</source>
      <extracomment>ja: 基礎年金番号がわかるもの</extracomment>
      <translation type="unfinished">基礎年金番号《きそねんきんばんごう》が わかる もの</translation>
    </message>
    <message>
      <source>National Pension category 3 (filed through the spouse's employer)</source>
      <extracomment>ja: 国民年金 第3号被保険者（配偶者の勤め先で届出）</extracomment>
      <translation type="unfinished">国民年金《こくみんねんきん》 第《だい》3号《ごう》（妻《つま》や 夫《おっと》の 会社《かいしゃ》で 届《とど》ける）</translation>
    </message>
    <message>
      <source>Within 14 days through the spouse's employer</source>
      <extracomment>ja: 配偶者の勤め先を通じて14日以内</extracomment>
      <translation type="unfinished">妻《つま》や 夫《おっと》の 会社《かいしゃ》で、14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Explain that the spouse's employer files it</source>
      <extracomment>ja: 配偶者の勤め先経由で届け出るよう案内</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Pension: voluntary membership while abroad</source>
      <extracomment>ja: 国民年金 任意加入の案内（国外転出）</extracomment>
      <translation type="unfinished">外国《がいこく》に いる ときの 国民年金《こくみんねんきん》（入《はい》りたい 人《ひと》だけ）</translation>
    </message>
    <message>
      <source>Optional (can be applied for before leaving)</source>
      <extracomment>ja: 任意（転出前に申し出可）</extracomment>
      <translation type="unfinished">したい 人《ひと》だけ（引《ひ》っ越《こ》す 前《まえ》に できます）</translation>
    </message>
    <message>
      <source>The bank book for the premium debit</source>
      <extracomment>ja: 保険料の引落口座の通帳</extracomment>
      <translation type="unfinished">保険料《ほけんりょう》を はらう 通帳《つうちょう》</translation>
    </message>
    <message>
      <source>Category 1 ends with the move abroad; explain voluntary membership</source>
      <extracomment>ja: 国外転出で第1号被保険者資格を喪失。任意加入と国内協力者を案内</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Death of a pensioner and unpaid pension claim</source>
      <extracomment>ja: 年金受給権者死亡届・未支給年金請求</extracomment>
      <translation type="unfinished">年金《ねんきん》を もらって いた 人《ひと》の 死亡届《しぼうとどけ》・まだ もらって いない 年金《ねんきん》の 請求《せいきゅう》</translation>
    </message>
    <message>
      <source>Within 14 days (not needed when the My Number is on file)</source>
      <extracomment>ja: 死亡から14日以内（マイナンバー収録済みなら死亡届は不要）</extracomment>
      <translation type="unfinished">亡《な》くなってから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>The deceased's pension certificate</source>
      <extracomment>ja: 亡くなった方の年金証書</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》の 年金証書《ねんきんしょうしょ》</translation>
    </message>
    <message>
      <source>A bank book in the claimant's name (unpaid pension)</source>
      <extracomment>ja: 請求者名義の通帳（未支給年金）</extracomment>
      <translation type="unfinished">申《もう》し込《こ》む 人《ひと》の 名前《なまえ》の 通帳《つうちょう》（年金《ねんきん》）</translation>
    </message>
    <message>
      <source>The death report can be skipped when the My Number is on file</source>
      <extracomment>ja: マイナンバー収録済みなら受給権者死亡届は省略可</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Pension: premiums waived around childbirth</source>
      <extracomment>ja: 国民年金 産前産後期間の保険料免除</extracomment>
      <translation type="unfinished">国民年金《こくみんねんきん》の お金《かね》を はらわなくて いい（子《こ》どもを 産《う》む 前《まえ》と 後《あと》）</translation>
    </message>
    <message>
      <source>National Pension Act art. 88-2 (exemption around childbirth)</source>
      <extracomment>ja: 国民年金法第88条の2（産前産後期間の保険料免除）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asking non-category-1 insured persons to file</source>
      <extracomment>ja: 第1号被保険者でない人（第2号・第3号）に届出を求める</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrong period for multiple births (from 3 months before, for 6 months)</source>
      <extracomment>ja: 多胎妊娠の免除期間（3か月前から6か月間）の誤り</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The maternal and child health handbook (before the birth)</source>
      <extracomment>ja: 母子健康手帳（出産前の届出）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From 6 months before the due date (also after the birth)</source>
      <extracomment>ja: 出産予定日の6か月前から届出可（出産後も可）</extracomment>
      <translation type="unfinished">産《う》む 予定《よてい》の 日《ひ》の 6か月《げつ》前《まえ》から（産《う》んだ あとも できます）</translation>
    </message>
    <message>
      <source>The mother-and-child handbook (showing the birth)</source>
      <extracomment>ja: 母子健康手帳（出産日がわかるもの）</extracomment>
      <translation type="unfinished">母子健康手帳《ぼしけんこうてちょう》（産《う》んだ 日《ひ》が わかる もの）</translation>
    </message>
    <message>
      <source>Waived for 4 months from the month before the birth (6 months for multiple births), since 2019-04</source>
      <extracomment>ja: 出産予定月の前月から4か月間（多胎は3か月前から6か月間）免除（2019年4月から）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>National Health Insurance: tax reduced around childbirth</source>
      <extracomment>ja: 国民健康保険 産前産後期間の保険税軽減</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》の 税金《ぜいきん》が 安《やす》く なる（子《こ》どもを 産《う》む 前《まえ》と 後《あと》）</translation>
    </message>
    <message>
      <source>National Health Insurance Act and the town's insurance-tax ordinance (reduction around childbirth, since January 2024)</source>
      <extracomment>ja: 国民健康保険法と町の国民健康保険税条例（産前産後期間の保険税軽減、2024年1月から）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applying it to births before November 2023</source>
      <extracomment>ja: 2023年11月より前の出産を対象にする</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reduced for 4 months around the birth (6 for multiple births), since 2024-01</source>
      <extracomment>ja: 出産月の前月から4か月分（多胎は3か月前から6か月分）の所得割・均等割を軽減（2024年1月から）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child allowance</source>
      <extracomment>ja: 児童手当</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》（子《こ》どもの ための お金《かね》）</translation>
    </message>
    <message>
      <source>Child Allowance Act art. 7 (the claim) and 8 (payment from the month after the claim; the 15-day rule)</source>
      <extracomment>ja: 児童手当法第7条（受給資格及び児童手当の額についての認定）・第8条（支給及び支払）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Applying the 15-day rule to a claim filed later than 15 days</source>
      <extracomment>ja: 転出予定日から15日を過ぎた請求を「15日特例」で扱う</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepting a public servant's claim (they claim through their employer)</source>
      <extracomment>ja: 公務員の請求を受け付ける（勤務先で請求）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepting a bank account not in the claimant's name</source>
      <extracomment>ja: 請求者と異なる名義の口座を受け付ける</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof of the claimant's bank account</source>
      <extracomment>ja: 請求者名義の口座がわかるもの</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A child living apart: the statement of care</source>
      <extracomment>ja: 別居の児童がいる場合は別居監護申立書</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child allowance claim</source>
      <extracomment>ja: 児童手当 認定請求</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》の 申《もう》し込《こ》み</translation>
    </message>
    <message>
      <source>Within 15 days of the planned move (the 15-day rule)</source>
      <extracomment>ja: 転出予定日の翌日から15日以内（15日特例）</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》す 予定《よてい》の つぎの 日《ひ》から 15日《にち》の うちに</translation>
    </message>
    <message>
      <source>A bank book in the claimant's name</source>
      <extracomment>ja: 請求者名義の通帳</extracomment>
      <translation type="unfinished">申《もう》し込《こ》む 人《ひと》の 名前《なまえ》の 通帳《つうちょう》</translation>
    </message>
    <message>
      <source>Proof of the claimant's health insurance</source>
      <extracomment>ja: 請求者の健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">申《もう》し込《こ》む 人《ひと》の 健康保険《けんこうほけん》が わかる もの</translation>
    </message>
    <message>
      <source>The claimant's (your spouse's) signature, or their letter of proxy</source>
      <extracomment>ja: 請求者（配偶者）の署名（来られない場合は請求者からの委任状）</extracomment>
      <translation type="unfinished">申《もう》し込《こ》む 人《ひと》（妻《つま》か 夫《おっと》）の サイン（来《こ》られない ときは 委任状《いにんじょう》）</translation>
    </message>
    <message>
      <source>Record the My Number of the claimant and spouse</source>
      <extracomment>ja: 請求者・配偶者の個人番号を記入</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Public servants claim through their employer</source>
      <extracomment>ja: 公務員は勤務先で請求</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child allowance claim (or amount change)</source>
      <extracomment>ja: 児童手当 認定請求・額改定請求</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》の 申《もう》し込《こ》み・金額《きんがく》の 変更《へんこう》</translation>
    </message>
    <message>
      <source>Within 15 days of the birth (the 15-day rule)</source>
      <extracomment>ja: 出生日の翌日から15日以内（15日特例）</extracomment>
      <translation type="unfinished">生《う》まれた つぎの 日《ひ》から 15日《にち》の うちに</translation>
    </message>
    <message>
      <source>Already receiving it? Then an amount change</source>
      <extracomment>ja: すでに受給中なら額改定請求</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child allowance ends (moving out)</source>
      <extracomment>ja: 児童手当 受給事由消滅届</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》を 終《お》わる（引《ひ》っ越《こ》し）</translation>
    </message>
    <message>
      <source>By the planned moving date</source>
      <extracomment>ja: 転出予定日までに</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》す 予定《よてい》の 日《ひ》まで</translation>
    </message>
    <message>
      <source>Claim again at the new town within 15 days</source>
      <extracomment>ja: 転出先で15日以内に認定請求するよう案内</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child allowance claimant or amount change</source>
      <extracomment>ja: 児童手当 請求者の変更・額改定</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》を もらう 人《ひと》・金額《きんがく》の 変更《へんこう》</translation>
    </message>
    <message>
      <source>Within 15 days of the marriage</source>
      <extracomment>ja: 婚姻の日の翌日から15日以内</extracomment>
      <translation type="unfinished">結婚《けっこん》した つぎの 日《ひ》から 15日《にち》の うちに</translation>
    </message>
    <message>
      <source>The main earner is the claimant</source>
      <extracomment>ja: 生計中心者（所得の高い方）が請求者</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child allowance claim (the recipient died)</source>
      <extracomment>ja: 児童手当 認定請求（受給者の死亡）</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》の 申《もう》し込《こ》み（もらって いた 人《ひと》が 亡《な》くなった）</translation>
    </message>
    <message>
      <source>Child allowance: amount change or end (a child died)</source>
      <extracomment>ja: 児童手当 額改定届・受給事由消滅届（児童の死亡）</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》の 金額《きんがく》の 変更《へんこう》・終《お》わり（子《こ》どもが 亡《な》くなった）</translation>
    </message>
    <message>
      <source>Child Allowance Act (change of the amount; end of entitlement)</source>
      <extracomment>ja: 児童手当法（額の改定・受給事由消滅の届出）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not reducing the amount from the month after the child's death</source>
      <extracomment>ja: 児童の死亡月の翌月からの減額を漏らす</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The recipient's photo ID</source>
      <extracomment>ja: 受給者の本人確認書類</extracomment>
      <translation type="unfinished">もらう 人《ひと》の 本人確認書類《ほんにんかくにんしょるい》</translation>
    </message>
    <message>
      <source>As soon as possible (within 15 days)</source>
      <extracomment>ja: すみやかに（15日以内）</extracomment>
      <translation type="unfinished">できるだけ 早《はや》く（15日《にち》の うちに）</translation>
    </message>
    <message>
      <source>Other children: an amount change; none: the allowance ends</source>
      <extracomment>ja: ほかに対象の児童がいれば額改定届、いなければ受給事由消滅届</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child medical expense support</source>
      <extracomment>ja: 子ども医療費助成</extracomment>
      <translation type="unfinished">子《こ》ども医療費《いりょうひ》の 助成《じょせい》（病院《びょういん》の お金《かね》の 助《たす》け）</translation>
    </message>
    <message>
      <source>The town's ordinance on children's medical expenses</source>
      <extracomment>ja: 町の子ども医療費助成条例</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking the child's health insurance (no registration without it)</source>
      <extracomment>ja: 子の健康保険の確認漏れ（保険の資格がないと登録できない）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Getting the age limit wrong (up to the first 31 March after the 18th birthday)</source>
      <extracomment>ja: 対象年齢（18歳到達後の最初の3月31日まで）の誤り</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The child's health-insurance details</source>
      <extracomment>ja: 子の資格確認書またはマイナ保険証の資格情報</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof of the guardian's bank account</source>
      <extracomment>ja: 保護者名義の口座がわかるもの</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof of the child's health insurance</source>
      <extracomment>ja: 子どもの健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">子《こ》どもの 健康保険《けんこうほけん》が わかる もの</translation>
    </message>
    <message>
      <source>A bank book in the guardian's name</source>
      <extracomment>ja: 保護者名義の通帳</extracomment>
      <translation type="unfinished">親《おや》の 名前《なまえ》の 通帳《つうちょう》</translation>
    </message>
    <message>
      <source>Covered up to the 31 March after age 18 (town rule)</source>
      <extracomment>ja: 18歳到達後の3月31日までが対象（町の基準）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 14 days of the birth</source>
      <extracomment>ja: 出生から14日以内（遅れると遡れない場合があります）</extracomment>
      <translation type="unfinished">生《う》まれてから 14日《にち》の うちに</translation>
    </message>
    <message>
      <source>Proof of the child's health insurance (after enrolment)</source>
      <extracomment>ja: 子どもの健康保険の資格情報がわかるもの（加入手続き後）</extracomment>
      <translation type="unfinished">子《こ》どもの 健康保険《けんこうほけん》が わかる もの（入《はい》った あと）</translation>
    </message>
    <message>
      <source>Child medical support change (address)</source>
      <extracomment>ja: 子ども医療費 変更届（住所）</extracomment>
      <translation type="unfinished">子《こ》ども医療費《いりょうひ》の 変更《へんこう》（住所《じゅうしょ》）</translation>
    </message>
    <message>
      <source>The child medical support card</source>
      <extracomment>ja: 子ども医療費受給者証</extracomment>
      <translation type="unfinished">子《こ》ども医療費受給者証《いりょうひじゅきゅうしゃしょう》</translation>
    </message>
    <message>
      <source>Child medical support change (guardian, insurance, address)</source>
      <extracomment>ja: 子ども医療費 変更届（保護者・健康保険・住所）</extracomment>
      <translation type="unfinished">子《こ》ども医療費《いりょうひ》の 変更《へんこう》（親《おや》・健康保険《けんこうほけん》・住所《じゅうしょ》）</translation>
    </message>
    <message>
      <source>Proof of the child's new health insurance</source>
      <extracomment>ja: 子どもの新しい健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">子《こ》どもの 新《あたら》しい 健康保険《けんこうほけん》が わかる もの</translation>
    </message>
    <message>
      <source>Child medical support ends (return the card)</source>
      <extracomment>ja: 子ども医療費 受給資格喪失（受給者証の返却）</extracomment>
      <translation type="unfinished">子《こ》ども医療費《いりょうひ》を 終《お》わる（受給者証《じゅきゅうしゃしょう》を 返《かえ》す）</translation>
    </message>
    <message>
      <source>By the moving date (not usable after)</source>
      <extracomment>ja: 転出日まで（転出後は使えません）</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》す 日《ひ》まで（その あとは 使《つか》えません）</translation>
    </message>
    <message>
      <source>As soon as possible</source>
      <extracomment>ja: すみやかに</extracomment>
      <translation type="unfinished">できるだけ 早《はや》く</translation>
    </message>
    <message>
      <source>The child's medical support card</source>
      <extracomment>ja: 亡くなったお子さんの子ども医療費受給者証</extracomment>
      <translation type="unfinished">亡《な》くなった 子《こ》どもの 子《こ》ども医療費受給者証《いりょうひじゅきゅうしゃしょう》</translation>
    </message>
    <message>
      <source>Single-parent allowance and medical support</source>
      <extracomment>ja: 児童扶養手当・ひとり親家庭等医療</extracomment>
      <translation type="unfinished">児童扶養手当《じどうふようてあて》・ひとり親《おや》の 医療費《いりょうひ》の 助《たす》け</translation>
    </message>
    <message>
      <source>Child Rearing Allowance Act (the claim; the town takes it, the prefecture decides)</source>
      <extracomment>ja: 児童扶養手当法（受給資格と手当額の認定。町が窓口、県が認定）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The town's ordinance on single-parent medical expenses</source>
      <extracomment>ja: 町のひとり親家庭等医療費助成条例</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking for a de-facto partner</source>
      <extracomment>ja: 事実婚（同居の異性）の確認をしない</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking public pensions against the allowance</source>
      <extracomment>ja: 公的年金との併給調整を確かめない</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The family register of the claimant and the children</source>
      <extracomment>ja: 請求者と児童の戸籍謄本</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paid from the month after the claim</source>
      <extracomment>ja: 請求した月の翌月分から支給</extracomment>
      <translation type="unfinished">申《もう》し込《こ》んだ つぎの 月《つき》の 分《ぶん》から もらえます</translation>
    </message>
    <message>
      <source>The family register (child and claimant)</source>
      <extracomment>ja: 戸籍謄本（児童と請求者）</extracomment>
      <translation type="unfinished">戸籍謄本《こせきとうほん》（子《こ》どもと 申《もう》し込《こ》む 人《ひと》）</translation>
    </message>
    <message>
      <source>Income certificate from the previous town</source>
      <extracomment>ja: 所得証明書（前の住所地で発行、1月1日に町外の方）</extracomment>
      <translation type="unfinished">所得証明書《しょとくしょうめいしょ》（前《まえ》の 町《まち》で もらう）</translation>
    </message>
    <message>
      <source>Check the income limit</source>
      <extracomment>ja: 所得制限を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A de-facto marriage also ends it</source>
      <extracomment>ja: 事実婚でも資格喪失</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Single-parent allowance and medical support (birth)</source>
      <extracomment>ja: 児童扶養手当・ひとり親家庭等医療の請求（出生）</extracomment>
      <translation type="unfinished">児童扶養手当《じどうふようてあて》・ひとり親《おや》の 医療費《いりょうひ》の 申《もう》し込《こ》み（出生《しゅっしょう》）</translation>
    </message>
    <message>
      <source>Paid from the month after the claim (claim soon after the birth notification)</source>
      <extracomment>ja: 請求した月の翌月分から支給（出生届のあと早めに）</extracomment>
      <translation type="unfinished">申《もう》し込《こ》んだ つぎの 月《つき》の 分《ぶん》から もらえます（出生届《しゅっしょうとどけ》の あと 早《はや》く）</translation>
    </message>
    <message>
      <source>The family register (after the birth is entered)</source>
      <extracomment>ja: 戸籍謄本（出生の記載後のもの）</extracomment>
      <translation type="unfinished">戸籍謄本《こせきとうほん》（生《う》まれた ことが 書《か》いて ある もの）</translation>
    </message>
    <message>
      <source>The register copy may follow later</source>
      <extracomment>ja: 戸籍への記載に日数がかかる場合は後日提出</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Single-parent support ends (marriage)</source>
      <extracomment>ja: 児童扶養手当・ひとり親医療 資格喪失届</extracomment>
      <translation type="unfinished">児童扶養手当《じどうふようてあて》・ひとり親《おや》の 医療費《いりょうひ》を 終《お》わる（結婚《けっこん》）</translation>
    </message>
    <message>
      <source>Soon after the marriage (overpayments are reclaimed)</source>
      <extracomment>ja: 婚姻後すみやかに（過払いは返還）</extracomment>
      <translation type="unfinished">結婚《けっこん》の あと 早《はや》く（多《おお》く もらった お金《かね》は 返《かえ》します）</translation>
    </message>
    <message>
      <source>The allowance certificate and the medical card</source>
      <extracomment>ja: 児童扶養手当証書・ひとり親医療受給者証</extracomment>
      <translation type="unfinished">児童扶養手当証書《じどうふようてあてしょうしょ》と ひとり親《おや》医療《いりょう》の 受給者証《じゅきゅうしゃしょう》</translation>
    </message>
    <message>
      <source>School transfer</source>
      <extracomment>ja: 転入学の手続き</extracomment>
      <translation type="unfinished">学校《がっこう》に 入《はい》る 手続《てつづ》き（転入学《てんにゅうがく》）</translation>
    </message>
    <message>
      <source>School Education Order art. 5–6 (date of entry, the designated school) and 7 (notice to the head teacher)</source>
      <extracomment>ja: 学校教育法施行令第5条・第6条（入学期日の通知・就学すべき学校の指定）・第7条（校長への通知）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Naming a school without checking the district (the board designates it)</source>
      <extracomment>ja: 通学区域を確認せずに学校を案内する（学校は教育委員会が指定）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forgetting the enrolment certificate and the textbook certificate</source>
      <extracomment>ja: 在学証明書・教科用図書給与証明書の受け取り漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The previous school's enrolment certificate</source>
      <extracomment>ja: 前の学校の在学証明書</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The textbook certificate</source>
      <extracomment>ja: 教科用図書給与証明書</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As soon as possible after the move</source>
      <extracomment>ja: 転入後すみやかに</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》した あと、できるだけ 早《はや》く</translation>
    </message>
    <message>
      <source>Certificate of enrolment from the previous school</source>
      <extracomment>ja: 在学証明書（前の学校で発行）</extracomment>
      <translation type="unfinished">在学証明書《ざいがくしょうめいしょ》（前《まえ》の 学校《がっこう》で もらう）</translation>
    </message>
    <message>
      <source>Textbook certificate from the previous school</source>
      <extracomment>ja: 教科用図書給与証明書（前の学校で発行）</extracomment>
      <translation type="unfinished">教科書《きょうかしょ》の 証明書《しょうめいしょ》（前《まえ》の 学校《がっこう》で もらう）</translation>
    </message>
    <message>
      <source>Issue the transfer notice naming the school</source>
      <extracomment>ja: 転入学通知書を交付（学校を指定）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Children from abroad: agree the grade and Japanese support</source>
      <extracomment>ja: 海外からの帰国・外国籍の児童は学年と日本語指導を相談</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate of enrolment from the current school</source>
      <extracomment>ja: 在学証明書（今の学校で発行）</extracomment>
      <translation type="unfinished">在学証明書《ざいがくしょうめいしょ》（いまの 学校《がっこう》で もらう）</translation>
    </message>
    <message>
      <source>Textbook certificate from the current school</source>
      <extracomment>ja: 教科用図書給与証明書（今の学校で発行）</extracomment>
      <translation type="unfinished">教科書《きょうかしょ》の 証明書《しょうめいしょ》（いまの 学校《がっこう》で もらう）</translation>
    </message>
    <message>
      <source>Leaving the school (moving out)</source>
      <extracomment>ja: 転校の手続き（転出）</extracomment>
      <translation type="unfinished">学校《がっこう》を 変《か》わる 手続《てつづ》き（引《ひ》っ越《こ》し）</translation>
    </message>
    <message>
      <source>Tell the school before moving</source>
      <extracomment>ja: 転出前に学校へ連絡</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》す 前《まえ》に 学校《がっこう》に 言《い》って ください</translation>
    </message>
    <message>
      <source>The school issues the certificates</source>
      <extracomment>ja: 在学証明書・教科用図書給与証明書は学校で受け取り</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nursery transfer</source>
      <extracomment>ja: 保育所・こども園の転園</extracomment>
      <translation type="unfinished">保育所《ほいくしょ》・こども園《えん》を 変《か》わる</translation>
    </message>
    <message>
      <source>Child and Child Care Support Act art. 20 (the childcare certification)</source>
      <extracomment>ja: 子ども・子育て支援法第20条（教育・保育給付認定の申請）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child Welfare Act art. 24 (childcare and its allocation)</source>
      <extracomment>ja: 児童福祉法第24条（保育の実施と利用調整）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Promising a place (it depends on the allocation)</source>
      <extracomment>ja: 空き状況を確約する（入所は利用調整の結果で決まる）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking proof of the need for care (e.g. an employment certificate)</source>
      <extracomment>ja: 保育の必要性の証明（就労証明書等）の確認漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proof of the need for care, e.g. the parents' employment certificates</source>
      <extracomment>ja: 保護者の就労証明書など保育を必要とする事由の書類</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free (fees separately)</source>
      <extracomment>ja: 無料（保育料は別途）</extracomment>
      <translation type="unfinished">いりません（保育料《ほいくりょう》は べつ）</translation>
    </message>
    <message>
      <source>By the 10th of the month before (check the town rule)</source>
      <extracomment>ja: 入園希望月の前月10日まで（町の基準を確認）</extracomment>
      <translation type="unfinished">入《はい》りたい 月《つき》の 前《まえ》の 月《つき》の 10日《とおか》まで</translation>
    </message>
    <message>
      <source>Proof of the need for childcare (e.g. an employment certificate)</source>
      <extracomment>ja: 就労証明書など保育の必要性がわかるもの</extracomment>
      <translation type="unfinished">保育《ほいく》が いる ことが わかる 紙《かみ》（就労証明書《しゅうろうしょうめいしょ》 など）</translation>
    </message>
    <message>
      <source>Check availability</source>
      <extracomment>ja: 空き状況を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaving the nursery</source>
      <extracomment>ja: 保育所・こども園の退園</extracomment>
      <translation type="unfinished">保育所《ほいくしょ》・こども園《えん》を やめる</translation>
    </message>
    <message>
      <source>By the end of the month before leaving (check the town rule)</source>
      <extracomment>ja: 退園する月の前月末まで（町の基準を確認）</extracomment>
      <translation type="unfinished">やめる 月《つき》の 前《まえ》の 月《つき》の 終《お》わりまで</translation>
    </message>
    <message>
      <source>Maternal and child health</source>
      <extracomment>ja: 母子保健（妊婦健診受診票の交換・乳幼児健診）</extracomment>
      <translation type="unfinished">母子保健《ぼしほけん》（妊婦健診《にんぷけんしん》の 紙《かみ》・赤《あか》ちゃんの 健診《けんしん》）</translation>
    </message>
    <message>
      <source>Maternal and Child Health Act art. 15 (notice of pregnancy) and 16 (the handbook)</source>
      <extracomment>ja: 母子保健法第15条（妊娠の届出）・第16条（母子健康手帳）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Giving new check-up vouchers without taking back the unused old ones</source>
      <extracomment>ja: 前住所地の未使用の受診票を回収せずに新しい受診票を渡す</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The maternal and child health handbook</source>
      <extracomment>ja: 母子健康手帳</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The unused check-up vouchers from the previous town</source>
      <extracomment>ja: 前住所地の未使用の妊婦健診受診票</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unused prenatal check-up vouchers</source>
      <extracomment>ja: 使っていない妊婦健診受診票</extracomment>
      <translation type="unfinished">使《つか》って いない 妊婦健診《にんぷけんしん》の 受診票《じゅしんひょう》</translation>
    </message>
    <message>
      <source>Check the vaccination record</source>
      <extracomment>ja: 予防接種の履歴を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Newborn visit, infant check-ups and vaccinations</source>
      <extracomment>ja: 出生後の母子保健（新生児訪問・乳児健診・予防接種）</extracomment>
      <translation type="unfinished">赤《あか》ちゃんの 訪問《ほうもん》・健診《けんしん》・予防接種《よぼうせっしゅ》</translation>
    </message>
    <message>
      <source>As soon as possible (birth contact card)</source>
      <extracomment>ja: すみやかに（出生連絡票）</extracomment>
      <translation type="unfinished">できるだけ 早《はや》く（出生連絡票《しゅっしょうれんらくひょう》）</translation>
    </message>
    <message>
      <source>Arrange the newborn visit</source>
      <extracomment>ja: 新生児訪問の日程を調整</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disability certificate address change</source>
      <extracomment>ja: 障害者手帳 居住地変更</extracomment>
      <translation type="unfinished">障害者手帳《しょうがいしゃてちょう》の 住所《じゅうしょ》を 変《か》える</translation>
    </message>
    <message>
      <source>Act on Welfare of Physically Disabled Persons art. 15 (the handbook)</source>
      <extracomment>ja: 身体障害者福祉法第15条（身体障害者手帳）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mental Health and Welfare Act; the prefecture's rules for the 療育手帳</source>
      <extracomment>ja: 精神保健及び精神障害者福祉に関する法律・療育手帳の都道府県要綱</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changing the address without taking over the services the person used</source>
      <extracomment>ja: 手帳の居住地変更だけで、受けていた福祉サービスの引継ぎを案内しない</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disability handbook (the original)</source>
      <extracomment>ja: 障害者手帳の原本</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disability certificate</source>
      <extracomment>ja: 障害者手帳</extracomment>
      <translation type="unfinished">障害者手帳《しょうがいしゃてちょう》</translation>
    </message>
    <message>
      <source>Also check the severe-disability medical aid</source>
      <extracomment>ja: 重度心身障害者医療の登録も確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Returning the disability certificate</source>
      <extracomment>ja: 障害者手帳の返還</extracomment>
      <translation type="unfinished">障害者手帳《しょうがいしゃてちょう》を 返《かえ》す</translation>
    </message>
    <message>
      <source>The deceased's disability certificate</source>
      <extracomment>ja: 亡くなった方の障害者手帳</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》の 障害者手帳《しょうがいしゃてちょう》</translation>
    </message>
    <message>
      <source>Also collect the severe-disability medical card</source>
      <extracomment>ja: 重度心身障害者医療の受給者証も回収</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starting the water supply</source>
      <extracomment>ja: 水道の使用開始</extracomment>
      <translation type="unfinished">水道《すいどう》を 使《つか》い はじめる</translation>
    </message>
    <message>
      <source>Waterworks Act art. 14 (supply rules) and the town's water-supply ordinance</source>
      <extracomment>ja: 水道法第14条（供給規程）と町の給水条例</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telling the resident the moving notification covers the water (it is a separate notice)</source>
      <extracomment>ja: 住民異動届で水道も手続き済みと案内する（別の届出）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking the start date and the tap number</source>
      <extracomment>ja: 使用開始日・水栓番号の確認漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For direct debit: the bankbook and the bank seal</source>
      <extracomment>ja: 口座振替の場合は通帳と届出印</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free (water charges separately)</source>
      <extracomment>ja: 無料（水道料金は別途）</extracomment>
      <translation type="unfinished">いりません（水道代《すいどうだい》は べつ）</translation>
    </message>
    <message>
      <source>3 to 5 days before</source>
      <extracomment>ja: 使用開始の3〜5日前まで</extracomment>
      <translation type="unfinished">使《つか》う 日《ひ》の 3〜5日《にち》前《まえ》まで</translation>
    </message>
    <message>
      <source>Bank book and its seal for direct debit</source>
      <extracomment>ja: 口座振替用の通帳と届出印</extracomment>
      <translation type="unfinished">お金《かね》を はらう 通帳《つうちょう》と その はんこ</translation>
    </message>
    <message>
      <source>Check the tap number</source>
      <extracomment>ja: 水栓番号を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopping the water at the old address and starting it at the new one</source>
      <extracomment>ja: 水道の使用中止（旧住所）・開始（新住所）</extracomment>
      <translation type="unfinished">前《まえ》の 家《いえ》の 水道《すいどう》を 止《と》めて、新《あたら》しい 家《いえ》で 使《つか》い はじめる</translation>
    </message>
    <message>
      <source>3 to 5 days before the move</source>
      <extracomment>ja: 引っ越しの3〜5日前まで</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》しの 3〜5日《にち》前《まえ》まで</translation>
    </message>
    <message>
      <source>The last meter slip of the old address (customer number)</source>
      <extracomment>ja: 旧住所の検針票（お客様番号がわかるもの）</extracomment>
      <translation type="unfinished">前《まえ》の 家《いえ》の 検針票《けんしんひょう》（お客様番号《きゃくさまばんごう》が わかる 紙《かみ》）</translation>
    </message>
    <message>
      <source>Agree the final reading at the old address and the start at the new one</source>
      <extracomment>ja: 旧住所の最終検針日と新住所の開始日を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopping the water supply</source>
      <extracomment>ja: 水道の使用中止</extracomment>
      <translation type="unfinished">水道《すいどう》を 止《と》める</translation>
    </message>
    <message>
      <source>Free (the final bill is settled)</source>
      <extracomment>ja: 無料（最終料金を精算）</extracomment>
      <translation type="unfinished">いりません（さいごの 水道代《すいどうだい》を はらいます）</translation>
    </message>
    <message>
      <source>A meter slip (customer number)</source>
      <extracomment>ja: 検針票（お客様番号がわかるもの）</extracomment>
      <translation type="unfinished">検針票《けんしんひょう》（お客様番号《きゃくさまばんごう》が わかる 紙《かみ》）</translation>
    </message>
    <message>
      <source>Agree the final meter reading, the settlement and the forwarding address</source>
      <extracomment>ja: 最終検針日と精算方法・転出先の送付先を確認</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changing the name on the water contract</source>
      <extracomment>ja: 水道の名義変更</extracomment>
      <translation type="unfinished">水道《すいどう》の 名前《なまえ》を 変《か》える</translation>
    </message>
    <message>
      <source>The new holder's bank book and seal for direct debit</source>
      <extracomment>ja: 新しい名義人の口座振替用の通帳と届出印</extracomment>
      <translation type="unfinished">新《あたら》しく 名前《なまえ》に なる 人《ひと》の 通帳《つうちょう》と はんこ</translation>
    </message>
    <message>
      <source>If the debit account was the deceased's, change it too</source>
      <extracomment>ja: 口座が亡くなった方の名義なら振替口座も変更</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If the deceased lived alone: stop the supply and settle instead</source>
      <extracomment>ja: ひとり暮らしだった場合は名義変更ではなく使用中止と最終精算</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rubbish sorting guide</source>
      <extracomment>ja: ごみの出し方の案内</extracomment>
      <translation type="unfinished">ごみの 出《だ》し方《かた》の 案内《あんない》</translation>
    </message>
    <message>
      <source>Waste Management Act and the town's waste ordinance</source>
      <extracomment>ja: 廃棄物の処理及び清掃に関する法律と町の廃棄物条例</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forgetting the collection calendar of the district</source>
      <extracomment>ja: 地区の収集日カレンダーを渡し忘れる</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Designated bags are sold</source>
      <extracomment>ja: 指定ごみ袋は有料</extracomment>
      <translation type="unfinished">町《まち》の ごみ袋《ぶくろ》を 買《か》います</translation>
    </message>
    <message>
      <source>None</source>
      <extracomment>ja: なし</extracomment>
      <translation type="unfinished">ありません</translation>
    </message>
    <message>
      <source>Hand over the collection calendar and sorting guide</source>
      <extracomment>ja: ごみカレンダーと分別表を渡す</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dog registration change</source>
      <extracomment>ja: 犬の登録事項変更</extracomment>
      <translation type="unfinished">犬《いぬ》の 登録《とうろく》の 変更《へんこう》</translation>
    </message>
    <message>
      <source>Rabies Prevention Act art. 4 (registration; a change of address within 30 days)</source>
      <extracomment>ja: 狂犬病予防法第4条（登録。所在地の変更は30日以内に届出）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issuing a new tag without taking back the old one</source>
      <extracomment>ja: 旧鑑札を回収せずに新しい鑑札を交付する</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking this year's rabies vaccination tag</source>
      <extracomment>ja: 今年度の狂犬病予防注射済票の確認漏れ</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The tag from the previous town</source>
      <extracomment>ja: 前住所地の鑑札</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The rabies vaccination tag</source>
      <extracomment>ja: 狂犬病予防注射済票</extracomment>
      <translation type="unfinished">狂犬病《きょうけんびょう》の 注射済票《ちゅうしゃずみひょう》</translation>
    </message>
    <message>
      <source>Free (in exchange for the old tag)</source>
      <extracomment>ja: 無料（前の鑑札と引き換え）</extracomment>
      <translation type="unfinished">いりません（前《まえ》の 鑑札《かんさつ》と 交換《こうかん》）</translation>
    </message>
    <message>
      <source>Within 30 days of moving in</source>
      <extracomment>ja: 転入から30日以内</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》して きてから 30日《にち》の うちに</translation>
    </message>
    <message>
      <source>The dog tag from the previous municipality</source>
      <extracomment>ja: 前の市町村の鑑札</extracomment>
      <translation type="unfinished">前《まえ》の 町《まち》の 犬《いぬ》の 鑑札《かんさつ》</translation>
    </message>
    <message>
      <source>Issue a new tag</source>
      <extracomment>ja: 新しい鑑札を交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 30 days of the move</source>
      <extracomment>ja: 転居から30日以内</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》してから 30日《にち》の うちに</translation>
    </message>
    <message>
      <source>The dog tag</source>
      <extracomment>ja: 鑑札</extracomment>
      <translation type="unfinished">犬《いぬ》の 鑑札《かんさつ》</translation>
    </message>
    <message>
      <source>Change the address in the register</source>
      <extracomment>ja: 登録台帳の住所を変更</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change of dog owner</source>
      <extracomment>ja: 犬の所有者の変更</extracomment>
      <translation type="unfinished">犬《いぬ》を 飼《か》う 人《ひと》が 変《か》わる</translation>
    </message>
    <message>
      <source>Within 30 days of the change of owner</source>
      <extracomment>ja: 所有者の変更から30日以内</extracomment>
      <translation type="unfinished">持《も》ち主《ぬし》が 変《か》わってから 30日《にち》の うちに</translation>
    </message>
    <message>
      <source>The new owner's photo ID</source>
      <extracomment>ja: 新しい所有者の本人確認書類</extracomment>
      <translation type="unfinished">新《あたら》しい 持《も》ち主《ぬし》の 本人確認書類《ほんにんかくにんしょるい》</translation>
    </message>
    <message>
      <source>Enter the new owner in the register</source>
      <extracomment>ja: 新しい所有者を登録台帳に記載</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moped registration</source>
      <extracomment>ja: 原付・ミニカーの登録</extracomment>
      <translation type="unfinished">原付《げんつき》バイク・ミニカーの 登録《とうろく》</translation>
    </message>
    <message>
      <source>Local Tax Act (light vehicle tax) and the town's tax ordinance</source>
      <extracomment>ja: 地方税法（軽自動車税種別割）と町税条例</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accepting 126 cc or more (they go to the transport office)</source>
      <extracomment>ja: 126cc以上を町で受け付ける（運輸支局・軽自動車検査協会）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not checking that the old plate was cancelled</source>
      <extracomment>ja: 前住所地の標識の廃車を確かめない</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The previous town's cancellation receipt (or the plate)</source>
      <extracomment>ja: 前住所地の廃車申告受付書（または標識）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sales or transfer certificate (a newly acquired vehicle)</source>
      <extracomment>ja: 販売証明書または譲渡証明書（新たに取得した場合）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free (the light-vehicle tax falls on the owner on 1 April)</source>
      <extracomment>ja: 無料（軽自動車税は4月1日の所有者に課税）</extracomment>
      <translation type="unfinished">いりません（軽自動車税《けいじどうしゃぜい》は 4月《がつ》1日《ついたち》の 持《も》ち主《ぬし》が はらいます）</translation>
    </message>
    <message>
      <source>Within 15 days</source>
      <extracomment>ja: 15日以内</extracomment>
      <translation type="unfinished">15日《にち》の うちに</translation>
    </message>
    <message>
      <source>The previous deregistration receipt or the number plate</source>
      <extracomment>ja: 前の市町村の廃車申告受付書またはナンバープレート</extracomment>
      <translation type="unfinished">前《まえ》の 町《まち》の 廃車《はいしゃ》の 受付書《うけつけしょ》か ナンバープレート</translation>
    </message>
    <message>
      <source>The plate certificate</source>
      <extracomment>ja: 標識交付証明書</extracomment>
      <translation type="unfinished">標識交付証明書《ひょうしきこうふしょうめいしょ》</translation>
    </message>
    <message>
      <source>Over 125 cc or 4-wheel light cars go to the transport offices</source>
      <extracomment>ja: 126cc以上・軽四輪は運輸支局・軽自動車検査協会を案内</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moped deregistration</source>
      <extracomment>ja: 原付の廃車申告</extracomment>
      <translation type="unfinished">原付《げんつき》バイクの 廃車《はいしゃ》</translation>
    </message>
    <message>
      <source>Before moving</source>
      <extracomment>ja: 転出前に</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》す 前《まえ》に</translation>
    </message>
    <message>
      <source>The number plate</source>
      <extracomment>ja: ナンバープレート</extracomment>
      <translation type="unfinished">ナンバープレート</translation>
    </message>
    <message>
      <source>Moped change of owner or deregistration</source>
      <extracomment>ja: 原付の名義変更・廃車</extracomment>
      <translation type="unfinished">原付《げんつき》バイクの 名前《なまえ》の 変更《へんこう》・廃車《はいしゃ》</translation>
    </message>
    <message>
      <source>The number plate (when deregistering)</source>
      <extracomment>ja: ナンバープレート（廃車の場合）</extracomment>
      <translation type="unfinished">ナンバープレート（廃車《はいしゃ》の とき）</translation>
    </message>
    <message>
      <source>The new owner's photo ID (change of owner)</source>
      <extracomment>ja: 新しい所有者の本人確認書類（名義変更の場合）</extracomment>
      <translation type="unfinished">新《あたら》しい 持《も》ち主《ぬし》の 本人確認書類《ほんにんかくにんしょるい》（名前《なまえ》を 変《か》える とき）</translation>
    </message>
    <message>
      <source>Property tax representative</source>
      <extracomment>ja: 固定資産税の納税管理人・相続人代表者の届出</extracomment>
      <translation type="unfinished">固定資産税《こていしさんぜい》（土地《とち》や 家《いえ》の 税金《ぜいきん》）の 届《とど》け</translation>
    </message>
    <message>
      <source>Local Tax Act (tax agent; heirs' representative for property tax) and the town's tax ordinance</source>
      <extracomment>ja: 地方税法（固定資産税の納税管理人・相続人代表者の指定）と町税条例</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assuming the inheritance is registered, without checking the owner on 1 January</source>
      <extracomment>ja: 相続登記が済んだものと思い込み、1月1日の所有者を確かめない</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The agent's (representative's) photo ID</source>
      <extracomment>ja: 納税管理人（代表者）の本人確認書類</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Appointing a tax representative</source>
      <extracomment>ja: 納税管理人の届出</extracomment>
      <translation type="unfinished">納税管理人《のうぜいかんりにん》の 届《とど》け（税金《ぜいきん》を 代《か》わりに はらう 人《ひと》）</translation>
    </message>
    <message>
      <source>Before moving (check the town tax ordinance)</source>
      <extracomment>ja: 転出前に（町の税条例を確認）</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》す 前《まえ》に</translation>
    </message>
    <message>
      <source>The representative's consent</source>
      <extracomment>ja: 納税管理人の承諾がわかるもの</extracomment>
      <translation type="unfinished">納税管理人《のうぜいかんりにん》が いいと 言《い》った ことが わかる もの</translation>
    </message>
    <message>
      <source>Tax on property in the town continues after moving</source>
      <extracomment>ja: 町外に転出しても町内の資産の課税は続くことを説明</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Naming the heirs' representative</source>
      <extracomment>ja: 相続人代表者の届出</extracomment>
      <translation type="unfinished">相続人《そうぞくにん》の 代表者《だいひょうしゃ》の 届《とど》け</translation>
    </message>
    <message>
      <source>As soon as possible (check the town tax ordinance)</source>
      <extracomment>ja: すみやかに（町の税条例を確認）</extracomment>
      <translation type="unfinished">できるだけ 早《はや》く</translation>
    </message>
    <message>
      <source>The representative's photo ID</source>
      <extracomment>ja: 代表者の本人確認書類</extracomment>
      <translation type="unfinished">代表者《だいひょうしゃ》の 本人確認書類《ほんにんかくにんしょるい》</translation>
    </message>
    <message>
      <source>Explain the inheritance registration (compulsory since 2024-04-01)</source>
      <extracomment>ja: 相続登記の案内（法務局、2024年4月1日から義務化）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copies of the residence record</source>
      <extracomment>ja: 住民票の写し等の交付</extracomment>
      <translation type="unfinished">住民票《じゅうみんひょう》の 写《うつ》しを もらう</translation>
    </message>
    <message>
      <source>Basic Resident Registration Act art. 12 (copies for the resident and their household)</source>
      <extracomment>ja: 住民基本台帳法第12条（本人等の請求による住民票の写し等の交付）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Handing a copy with the My Number to an agent (it is posted to the resident)</source>
      <extracomment>ja: 個人番号入りの写しを代理人に窓口で渡す（本人の住所へ郵送）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Including items (本籍, relationships) the purpose does not need</source>
      <extracomment>ja: 使う目的に要らない項目（本籍・続柄）まで載せる</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The requester's photo ID</source>
      <extracomment>ja: 請求者の本人確認書類</extracomment>
      <translation type="unfinished">申《もう》し込《こ》む 人《ひと》の 本人確認書類《ほんにんかくにんしょるい》</translation>
    </message>
    <message>
      <source>For an agent: the power of attorney</source>
      <extracomment>ja: 代理人の場合は委任状</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>300 yen a copy</source>
      <extracomment>ja: 1通300円</extracomment>
      <translation type="unfinished">1まい 300円《えん》</translation>
    </message>
    <message>
      <source>Copies with the My Number go by post if an agent asks</source>
      <extracomment>ja: 個人番号入りは代理人に交付しない（郵送）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates after the death</source>
      <extracomment>ja: 住民票の除票等の交付</extracomment>
      <translation type="unfinished">住民票《じゅうみんひょう》の 除票《じょひょう》などを もらう</translation>
    </message>
    <message>
      <source>The removed record is issued after the death notice is processed</source>
      <extracomment>ja: 除票は死亡届の処理後に交付</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pension office: death of an employees' pension recipient</source>
      <extracomment>ja: 年金事務所での手続き（厚生年金の死亡届・遺族年金）</extracomment>
      <translation type="unfinished">年金事務所《ねんきんじむしょ》での 手続《てつづ》き（厚生年金《こうせいねんきん》の 死亡届《しぼうとどけ》・遺族年金《いぞくねんきん》）</translation>
    </message>
    <message>
      <source>National Pension Act and Employees' Pension Insurance Act (death of a recipient; survivors' pensions)</source>
      <extracomment>ja: 国民年金法・厚生年金保険法（受給権者の死亡の届出・遺族年金）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asking for the death notice when the My Number is on file (normally not needed)</source>
      <extracomment>ja: 個人番号が年金機構に収録されている方にも死亡届を求める（原則不要）</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Within 10 days (not needed when the My Number is on file)</source>
      <extracomment>ja: 死亡から10日以内（マイナンバー収録済みなら死亡届は不要）</extracomment>
      <translation type="unfinished">亡《な》くなってから 10日《とおか》の うちに</translation>
    </message>
    <message>
      <source>Pension certificate, proof of death, the claimant's bank book</source>
      <extracomment>ja: 年金証書・死亡の事実がわかる書類・請求者の通帳</extracomment>
      <translation type="unfinished">年金証書《ねんきんしょうしょ》、亡《な》くなった ことが わかる 紙《かみ》、申《もう》し込《こ》む 人《ひと》の 通帳《つうちょう》</translation>
    </message>
    <message>
      <source>Explain how to book the pension office</source>
      <extracomment>ja: 年金事務所の予約方法を案内</extracomment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>questions</name>
    <message>
      <source>I don't know</source>
      <extracomment>ja: わからない</extracomment>
      <translation type="unfinished">わからない</translation>
    </message>
    <message>
      <source>Choose this if you are not sure. Any form that may be needed is printed too, and a clerk checks it with you at the counter.</source>
      <extracomment>ja: わからないときは、これを選んでください。必要かもしれない書類も印刷し、窓口で職員が確認します。</extracomment>
      <translation type="unfinished">わからない ときは、これを えらんで ください。いるかも しれない 書類《しょるい》も 印刷《いんさつ》します。窓口《まどぐち》で 職員《しょくいん》が いっしょに 確認《かくにん》します。</translation>
    </message>
    <message>
      <source>Where did you move here from?</source>
      <extracomment>ja: どこから引っ越してきましたか？</extracomment>
      <translation type="unfinished">どこから 引《ひ》っ越《こ》して きましたか？</translation>
    </message>
    <message>
      <source>Choose by the prefecture of your previous address. Your moving-out certificate (転出証明書) or your My Number card shows it.</source>
      <extracomment>ja: 前に住んでいた住所の都道府県で選びます。転出証明書やマイナンバーカードの住所で確かめられます。</extracomment>
      <translation type="unfinished">前《まえ》に 住《す》んで いた 県《けん》で えらびます。転出証明書《てんしゅつしょうめいしょ》や マイナンバーカードに 書《か》いて あります。</translation>
    </message>
    <message>
      <source>Another town or city in Kumamoto</source>
      <extracomment>ja: 熊本県内の市町村</extracomment>
      <translation type="unfinished">熊本県《くまもとけん》の 中《なか》の 市《し》や 町《まち》</translation>
    </message>
    <message>
      <source>Your previous address was in another town or city of Kumamoto Prefecture.</source>
      <extracomment>ja: 前の住所が熊本県内の別の市町村の場合です。</extracomment>
      <translation type="unfinished">前《まえ》の 住所《じゅうしょ》が 熊本県《くまもとけん》の ほかの 市《し》や 町《まち》の ときです。</translation>
    </message>
    <message>
      <source>Another prefecture</source>
      <extracomment>ja: 熊本県外</extracomment>
      <translation type="unfinished">熊本県《くまもとけん》の 外《そと》</translation>
    </message>
    <message>
      <source>Your previous address was in another prefecture. Some schemes, such as the late-elderly medical care scheme, then need a certificate from your previous town.</source>
      <extracomment>ja: 前の住所が熊本県以外の場合です。後期高齢者医療などで、前の市町村の証明書が必要になることがあります。</extracomment>
      <translation type="unfinished">前《まえ》の 住所《じゅうしょ》が 熊本県《くまもとけん》では ない ときです。後期高齢者医療《こうきこうれいしゃいりょう》などで、前《まえ》の 町《まち》の 証明書《しょうめいしょ》が いる ことが あります。</translation>
    </message>
    <message>
      <source>Abroad</source>
      <extracomment>ja: 国外</extracomment>
      <translation type="unfinished">外国《がいこく》</translation>
    </message>
    <message>
      <source>You are coming to live here from abroad (Japanese citizens returning too). Bring your passport.</source>
      <extracomment>ja: 外国から来て日本に住み始める場合です（海外から帰国した日本人も含みます）。パスポートをお持ちください。</extracomment>
      <translation type="unfinished">外国《がいこく》から 来《き》て、日本《にほん》に 住《す》み はじめる ときです（外国《がいこく》から 帰《かえ》って きた 日本人《にほんじん》も）。パスポートを 持《も》って きて ください。</translation>
    </message>
    <message>
      <source>Will your address or household change with this?</source>
      <extracomment>ja: この届出にあわせて、住所や世帯が変わりますか？</extracomment>
      <translation type="unfinished">これで 住所《じゅうしょ》や 世帯《せたい》が 変《か》わりますか？</translation>
    </message>
    <message>
      <source>Answer "yes" if, together with this, you move or your household (the people registered together on the residence record) changes. A change-of-address notification is then filed as well.</source>
      <extracomment>ja: この届出にあわせて、住む場所や世帯（住民票に一緒に登録されている家族のまとまり）が変わるなら「はい」です。そのときは住所の届出（住民異動届）も一緒に出します。</extracomment>
      <translation type="unfinished">これと いっしょに、住《す》む ところや 世帯《せたい》（住民票《じゅうみんひょう》に いっしょに 入《はい》って いる 家族《かぞく》）が 変《か》わるなら「はい」です。その ときは 住所《じゅうしょ》の 届《とど》け（住民異動届《じゅうみんいどうとどけ》）も 出《だ》します。</translation>
    </message>
    <message>
      <source>Will your family name change?</source>
      <extracomment>ja: 氏（名字）が変わりますか？</extracomment>
      <translation type="unfinished">名字《みょうじ》が 変《か》わりますか？</translation>
    </message>
    <message>
      <source>Answer "yes" if your family name in the family register (戸籍) changes with the marriage or divorce. Your My Number card and registered seal may then need updating.</source>
      <extracomment>ja: 結婚・離婚で戸籍の氏（名字）が変わるなら「はい」です。マイナンバーカードや印鑑登録の変更が必要になることがあります。</extracomment>
      <translation type="unfinished">結婚《けっこん》や 離婚《りこん》で、戸籍《こせき》の 名字《みょうじ》が 変《か》わるなら「はい」です。マイナンバーカードや 印鑑登録《いんかんとうろく》も 変《か》える ことが あります。</translation>
    </message>
    <message>
      <source>How does the household change?</source>
      <extracomment>ja: 世帯がどのように変わりますか？</extracomment>
      <translation type="unfinished">世帯《せたい》は どう 変《か》わりますか？</translation>
    </message>
    <message>
      <source>A household (世帯) is the group of people registered together on the residence record (住民票). Choose how it changes.</source>
      <extracomment>ja: 世帯とは、住民票に一緒に登録されている家族のまとまりです。どのように変わるかを選んでください。</extracomment>
      <translation type="unfinished">世帯《せたい》は、住民票《じゅうみんひょう》に いっしょに 入《はい》って いる 家族《かぞく》の グループです。どう 変《か》わるか えらんで ください。</translation>
    </message>
    <message>
      <source>A new head of household</source>
      <extracomment>ja: 世帯主が変わる</extracomment>
      <translation type="unfinished">世帯主《せたいぬし》が 変《か》わる</translation>
    </message>
    <message>
      <source>Another person becomes the household's representative (世帯主).</source>
      <extracomment>ja: 世帯の代表者（世帯主）が別の人になります。</extracomment>
      <translation type="unfinished">世帯《せたい》の 代表《だいひょう》（世帯主《せたいぬし》）が ほかの 人《ひと》に なります。</translation>
    </message>
    <message>
      <source>Splitting into two households</source>
      <extracomment>ja: 世帯を分ける</extracomment>
      <translation type="unfinished">世帯《せたい》を 2つに 分《わ》ける</translation>
    </message>
    <message>
      <source>One household becomes two (possible at the same address).</source>
      <extracomment>ja: 一つの世帯を二つに分けます（同じ住所のままでも分けられます）。</extracomment>
      <translation type="unfinished">1つの 世帯《せたい》を 2つに 分《わ》けます（同《おな》じ 住所《じゅうしょ》でも できます）。</translation>
    </message>
    <message>
      <source>Joining two households</source>
      <extracomment>ja: 世帯を一緒にする</extracomment>
      <translation type="unfinished">2つの 世帯《せたい》を 1つに する</translation>
    </message>
    <message>
      <source>Two households become one.</source>
      <extracomment>ja: 二つの世帯を一つにまとめます。</extracomment>
      <translation type="unfinished">2つの 世帯《せたい》を 1つに します。</translation>
    </message>
    <message>
      <source>Was the deceased the head of the household?</source>
      <extracomment>ja: 亡くなられた方は世帯主でしたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は 世帯主《せたいぬし》でしたか？</translation>
    </message>
    <message>
      <source>The head of household (世帯主) is the person named as the household's representative on the residence record (住民票). A copy of the residence record shows it in the 世帯主 box.</source>
      <extracomment>ja: 世帯主とは、住民票で世帯の代表者になっている人です。住民票の写しの「世帯主」の欄で確かめられます。</extracomment>
      <translation type="unfinished">世帯主《せたいぬし》は、住民票《じゅうみんひょう》で 世帯《せたい》の 代表《だいひょう》に なって いる 人《ひと》です。住民票《じゅうみんひょう》の 写《うつ》しの「世帯主《せたいぬし》」の ところに 書《か》いて あります。</translation>
    </message>
    <message>
      <source>Do you have a My Number card?</source>
      <extracomment>ja: マイナンバーカードをお持ちですか？</extracomment>
      <translation type="unfinished">マイナンバーカードを 持《も》って いますか？</translation>
    </message>
    <message>
      <source>The plastic card with your photo on it. The paper notification card (通知カード) or number notice (個人番号通知書) is not a My Number card.</source>
      <extracomment>ja: 顔写真の付いたプラスチックのカードです。紙の「通知カード」や「個人番号通知書」はマイナンバーカードではありません。</extracomment>
      <translation type="unfinished">顔《かお》の 写真《しゃしん》が ある プラスチックの カードです。紙《かみ》の「通知《つうち》カード」や「個人番号通知書《こじんばんごうつうちしょ》」は マイナンバーカードでは ありません。</translation>
    </message>
    <message>
      <source>Which health insurance will you have?</source>
      <extracomment>ja: 加入する健康保険はどれですか？</extracomment>
      <translation type="unfinished">どの 健康保険《けんこうほけん》に 入《はい》りますか？</translation>
    </message>
    <message>
      <source>Your health insurance certificate (資格確認書 or 保険証) or Mynaportal shows it. If you are covered as a family member on a relative's workplace insurance, choose the employer's insurance.</source>
      <extracomment>ja: お持ちの資格確認書・保険証、またはマイナポータルで確かめられます。家族の勤め先の保険に扶養として入っている方は「勤め先の健康保険」です。</extracomment>
      <translation type="unfinished">資格確認書《しかくかくにんしょ》や 保険証《ほけんしょう》、マイナポータルで わかります。家族《かぞく》の 会社《かいしゃ》の 保険《ほけん》に 入《はい》って いる（扶養《ふよう》）ときは、「会社《かいしゃ》の 健康保険《けんこうほけん》」です。</translation>
    </message>
    <message>
      <source>Which health insurance did the deceased have?</source>
      <extracomment>ja: 亡くなられた方の健康保険はどれでしたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は どの 健康保険《けんこうほけん》でしたか？</translation>
    </message>
    <message>
      <source>Which health insurance do you have now?</source>
      <extracomment>ja: いま加入している健康保険はどれですか？</extracomment>
      <translation type="unfinished">いま どの 健康保険《けんこうほけん》に 入《はい》って いますか？</translation>
    </message>
    <message>
      <source>An employer's insurance (including as a dependant)</source>
      <extracomment>ja: 勤め先の健康保険（社会保険・共済。扶養を含む）</extracomment>
      <translation type="unfinished">会社《かいしゃ》の 健康保険《けんこうほけん》（社会保険《しゃかいほけん》・共済《きょうさい》。家族《かぞく》として 入《はい》る 扶養《ふよう》も）</translation>
    </message>
    <message>
      <source>Health insurance through a workplace (協会けんぽ, a company health insurance society, or a 共済 for public servants). Also choose this if you are covered as a dependant (扶養) of a working family member.</source>
      <extracomment>ja: 会社・役所など勤め先の健康保険（協会けんぽ・健康保険組合・共済組合）です。家族の勤め先の保険に扶養として入っている場合もこちらです。</extracomment>
      <translation type="unfinished">会社《かいしゃ》や 役所《やくしょ》の 健康保険《けんこうほけん》です（協会《きょうかい》けんぽ・健康保険組合《けんこうほけんくみあい》・共済組合《きょうさいくみあい》）。家族《かぞく》の 会社《かいしゃ》の 保険《ほけん》に 扶養《ふよう》で 入《はい》って いる ときも これです。</translation>
    </message>
    <message>
      <source>National Health Insurance (75+: the late-elderly scheme)</source>
      <extracomment>ja: 国民健康保険（75歳以上は後期高齢者医療）</extracomment>
      <translation type="unfinished">国民健康保険《こくみんけんこうほけん》（75歳《さい》から 後期高齢者医療《こうきこうれいしゃいりょう》）</translation>
    </message>
    <message>
      <source>The town's National Health Insurance (国民健康保険), for people without workplace insurance. People aged 75 or more (and some aged 65–74 with a disability certification) are in the late-elderly medical care scheme (後期高齢者医療) instead.</source>
      <extracomment>ja: 勤め先の保険がない方が入る、町の国民健康保険です。75歳以上の方（65〜74歳で障害認定を受けた方も）は、後期高齢者医療制度に入ります。</extracomment>
      <translation type="unfinished">会社《かいしゃ》の 保険《ほけん》が ない 人《ひと》が 入《はい》る、町《まち》の 国民健康保険《こくみんけんこうほけん》です。75歳《さい》からの 人《ひと》は 後期高齢者医療《こうきこうれいしゃいりょう》に 入《はい》ります（65〜74歳《さい》で 障害《しょうがい》の 認定《にんてい》が ある 人《ひと》も）。</translation>
    </message>
    <message>
      <source>Receiving public assistance (生活保護)</source>
      <extracomment>ja: 生活保護を受けている</extracomment>
      <translation type="unfinished">生活保護《せいかつほご》を 受《う》けて いる</translation>
    </message>
    <message>
      <source>Public assistance (生活保護) pays living and medical costs for people who cannot support themselves. While receiving it, you are not in National Health Insurance.</source>
      <extracomment>ja: 生活保護は、生活に困っている方に、生活費や医療費を支給する制度です。受けている間は国民健康保険に入りません。</extracomment>
      <translation type="unfinished">生活保護《せいかつほご》は、生活《せいかつ》に 困《こま》って いる 人《ひと》に、生活《せいかつ》や 病院《びょういん》の お金《かね》を 出《だ》す しくみです。受《う》けて いる あいだは、国民健康保険《こくみんけんこうほけん》に 入《はい》りません。</translation>
    </message>
    <message>
      <source>Are you in the employees' pension as an employee, or as an employee's dependent spouse?</source>
      <extracomment>ja: 会社員・公務員として厚生年金に入っていますか（またはその配偶者として扶養されていますか）？</extracomment>
      <translation type="unfinished">会社《かいしゃ》で 働《はたら》いて 厚生年金《こうせいねんきん》に 入《はい》って いますか？ または、その 人《ひと》の 妻《つま》や 夫《おっと》として 扶養《ふよう》に 入《はい》って いますか？</translation>
    </message>
    <message>
      <source>Answer "yes" if you pay into the employees' pension (厚生年金, including 共済) through your work, or you are the dependent spouse of such an employee (category 3 of the National Pension). Your pay slip shows 厚生年金 deductions.</source>
      <extracomment>ja: 会社や役所に勤めて厚生年金（共済を含む）に入っている方、またはその配偶者として扶養されている方（国民年金の第3号被保険者）は「はい」です。給与明細の「厚生年金」の欄で確かめられます。</extracomment>
      <translation type="unfinished">会社《かいしゃ》や 役所《やくしょ》で 働《はたら》いて 厚生年金《こうせいねんきん》（共済《きょうさい》も）に 入《はい》って いるなら「はい」です。その 人《ひと》の 妻《つま》や 夫《おっと》で 扶養《ふよう》に 入《はい》って いる（国民年金《こくみんねんきん》の 第《だい》3号《ごう》）ときも「はい」です。給料《きゅうりょう》の 明細《めいさい》に「厚生年金《こうせいねんきん》」が あります。</translation>
    </message>
    <message>
      <source>Do you have a disability certification for the late-elderly scheme (ages 65–74)?</source>
      <extracomment>ja: 後期高齢者医療の障害認定を受けていますか（65〜74歳の方）？</extracomment>
      <translation type="unfinished">後期高齢者医療《こうきこうれいしゃいりょう》の 障害《しょうがい》の 認定《にんてい》を 受《う》けて いますか？（65〜74歳《さい》の 人《ひと》）</translation>
    </message>
    <message>
      <source>People aged 65–74 with certain disabilities can join the late-elderly medical care scheme (後期高齢者医療) by applying (a disability certification). If you have that scheme's insurance certificate, answer "yes".</source>
      <extracomment>ja: 65〜74歳で一定の障害がある方は、申請して後期高齢者医療に入ることができます（障害認定）。後期高齢者医療の資格確認書・保険証をお持ちなら「はい」です。</extracomment>
      <translation type="unfinished">65〜74歳《さい》で 障害《しょうがい》が ある 人《ひと》は、申《もう》し込《こ》んで 後期高齢者医療《こうきこうれいしゃいりょう》に 入《はい》る ことが できます（障害《しょうがい》の 認定《にんてい》）。後期高齢者医療《こうきこうれいしゃいりょう》の 資格確認書《しかくかくにんしょ》や 保険証《ほけんしょう》が あれば「はい」です。</translation>
    </message>
    <message>
      <source>Was the deceased in the late-elderly scheme by a disability certification?</source>
      <extracomment>ja: 亡くなられた方は後期高齢者医療の障害認定を受けていましたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は、後期高齢者医療《こうきこうれいしゃいりょう》の 障害《しょうがい》の 認定《にんてい》を 受《う》けて いましたか？</translation>
    </message>
    <message>
      <source>Are you a foreign national (with a residence card or special permanent resident certificate)?</source>
      <extracomment>ja: 外国籍の方ですか（在留カード・特別永住者証明書をお持ちですか）？</extracomment>
      <translation type="unfinished">外国籍《がいこくせき》ですか？（在留《ざいりゅう》カードや 特別永住者証明書《とくべつえいじゅうしゃしょうめいしょ》を 持《も》って いますか？）</translation>
    </message>
    <message>
      <source>Answer "yes" if you do not have Japanese nationality, that is if you hold a residence card (在留カード) or a special permanent resident certificate.</source>
      <extracomment>ja: 日本の国籍がない方は「はい」です。在留カードまたは特別永住者証明書をお持ちの方です。</extracomment>
      <translation type="unfinished">日本《にほん》の 国籍《こくせき》が ない 人《ひと》は「はい」です。在留《ざいりゅう》カードか 特別永住者証明書《とくべつえいじゅうしゃしょうめいしょ》を 持《も》って いる 人《ひと》です。</translation>
    </message>
    <message>
      <source>Are you moving abroad?</source>
      <extracomment>ja: 国外へ引っ越しますか？</extracomment>
      <translation type="unfinished">外国《がいこく》へ 引《ひ》っ越《こ》しますか？</translation>
    </message>
    <message>
      <source>Answer "yes" if you are leaving Japan to live abroad (usually for a year or more). Pension and My Number card procedures differ then.</source>
      <extracomment>ja: 日本を出て外国に住む場合（おおむね1年以上の予定）は「はい」です。国民年金やマイナンバーカードの手続きが変わります。</extracomment>
      <translation type="unfinished">日本《にほん》を 出《で》て 外国《がいこく》に 住《す》むなら「はい」です（だいたい 1年《ねん》より 長《なが》く）。年金《ねんきん》と マイナンバーカードの 手続《てつづ》きが 変《か》わります。</translation>
    </message>
    <message>
      <source>Are you the one who gave birth?</source>
      <extracomment>ja: お子さんを出産された方ですか？</extracomment>
      <translation type="unfinished">あなたが 赤《あか》ちゃんを 産《う》みましたか？</translation>
    </message>
    <message>
      <source>Answer "yes" if you are the mother who gave birth. It is used for the health services after a birth (a home visit, check-ups).</source>
      <extracomment>ja: 赤ちゃんを産んだお母さんご本人なら「はい」です。出産のあとの保健の案内（赤ちゃん訪問・健診など）に使います。</extracomment>
      <translation type="unfinished">赤《あか》ちゃんを 産《う》んだ お母《かあ》さんなら「はい」です。産《う》んだ あとの 健康《けんこう》の 案内《あんない》（家《いえ》に 来《く》る 訪問《ほうもん》・健診《けんしん》）に 使《つか》います。</translation>
    </message>
    <message>
      <source>Were you a dependant on your spouse's employer insurance?</source>
      <extracomment>ja: 配偶者の勤め先の健康保険の扶養に入っていましたか？</extracomment>
      <translation type="unfinished">妻《つま》や 夫《おっと》の 会社《かいしゃ》の 健康保険《けんこうほけん》で、扶養《ふよう》に 入《はい》って いましたか？</translation>
    </message>
    <message>
      <source>Being a dependant (扶養) means being covered by a family member's workplace health insurance without paying premiums yourself. If your insurance certificate says 被扶養者 (dependant), answer "yes".</source>
      <extracomment>ja: 「扶養」とは、家族の勤め先の健康保険に、保険料を払わずに家族として入っていることです。資格確認書・保険証に「被扶養者」とあれば「はい」です。</extracomment>
      <translation type="unfinished">「扶養《ふよう》」は、家族《かぞく》の 会社《かいしゃ》の 健康保険《けんこうほけん》に、自分《じぶん》で お金《かね》を はらわないで 入《はい》って いる ことです。保険証《ほけんしょう》などに「被扶養者《ひふようしゃ》」と あれば「はい」です。</translation>
    </message>
    <message>
      <source>Were you a dependant on the deceased's employer insurance?</source>
      <extracomment>ja: 亡くなられた方の勤め先の健康保険の扶養に入っていましたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》の 会社《かいしゃ》の 健康保険《けんこうほけん》で、扶養《ふよう》に 入《はい》って いましたか？</translation>
    </message>
    <message>
      <source>Will you become a dependant on your spouse's employer insurance?</source>
      <extracomment>ja: 結婚後、配偶者の勤め先の健康保険の扶養に入りますか？</extracomment>
      <translation type="unfinished">結婚《けっこん》した あと、妻《つま》や 夫《おっと》の 会社《かいしゃ》の 健康保険《けんこうほけん》の 扶養《ふよう》に 入《はい》りますか？</translation>
    </message>
    <message>
      <source>Answer "yes" if you will be covered as a family member (被扶養者) by your spouse's workplace health insurance. The spouse's employer handles that; here you leave National Health Insurance.</source>
      <extracomment>ja: 結婚相手の勤め先の健康保険に、家族（被扶養者）として入る予定なら「はい」です。その届出は相手の勤め先でします。町では国民健康保険をやめる届出をします。</extracomment>
      <translation type="unfinished">結婚《けっこん》した 相手《あいて》の 会社《かいしゃ》の 健康保険《けんこうほけん》に、家族《かぞく》（被扶養者《ひふようしゃ》）として 入《はい》るなら「はい」です。その 手続《てつづ》きは 相手《あいて》の 会社《かいしゃ》で します。町《まち》では 国民健康保険《こくみんけんこうほけん》を やめる 手続《てつづ》きを します。</translation>
    </message>
    <message>
      <source>Do you have a long-term care certification (要介護・要支援)?</source>
      <extracomment>ja: 要介護・要支援の認定を受けていますか？</extracomment>
      <translation type="unfinished">介護《かいご》が いる 人《ひと》の 認定《にんてい》（要介護《ようかいご》・要支援《ようしえん》）を 受《う》けて いますか？</translation>
    </message>
    <message>
      <source>A town certification that lets a person who needs care use long-term care services (care levels 要介護 1–5, support levels 要支援 1–2). The 要介護状態区分等 box of the long-term care insurance certificate (介護保険被保険者証) shows it.</source>
      <extracomment>ja: 介護が必要な方が町の認定を受けて、介護サービスを使えるようにする制度です（要介護1〜5・要支援1〜2）。介護保険被保険者証の「要介護状態区分等」の欄で確かめられます。</extracomment>
      <translation type="unfinished">介護《かいご》が いる 人《ひと》が、町《まち》の 認定《にんてい》を 受《う》けて 介護《かいご》の サービスを 使《つか》う しくみです（要介護《ようかいご》1〜5・要支援《ようしえん》1〜2）。介護保険被保険者証《かいごほけんひほけんしゃしょう》に 書《か》いて あります。</translation>
    </message>
    <message>
      <source>Did the deceased have a long-term care certification?</source>
      <extracomment>ja: 亡くなられた方は要介護・要支援の認定を受けていましたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は、介護《かいご》の 認定《にんてい》（要介護《ようかいご》・要支援《ようしえん》）を 受《う》けて いましたか？</translation>
    </message>
    <message>
      <source>Did the deceased receive a pension?</source>
      <extracomment>ja: 亡くなられた方は年金を受け取っていましたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は 年金《ねんきん》を もらって いましたか？</translation>
    </message>
    <message>
      <source>The pension certificate (年金証書) or a payment notice shows it. The kind of pension decides where the death is reported (the town or the pension office).</source>
      <extracomment>ja: 年金証書や年金振込通知書で確かめられます。年金の種類によって、届け先（町の窓口または年金事務所）が変わります。</extracomment>
      <translation type="unfinished">年金証書《ねんきんしょうしょ》や 年金《ねんきん》の お知《し》らせで わかります。年金《ねんきん》の 種類《しゅるい》で、届《とど》ける ところ（町《まち》か 年金事務所《ねんきんじむしょ》）が 変《か》わります。</translation>
    </message>
    <message>
      <source>No</source>
      <extracomment>ja: 受け取っていない</extracomment>
      <translation type="unfinished">もらって いない</translation>
    </message>
    <message>
      <source>The deceased received no pension.</source>
      <extracomment>ja: 亡くなられた方が年金を受け取っていなかった場合です。</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は 年金《ねんきん》を もらって いませんでした。</translation>
    </message>
    <message>
      <source>National Pension only</source>
      <extracomment>ja: 国民年金のみ</extracomment>
      <translation type="unfinished">国民年金《こくみんねんきん》だけ</translation>
    </message>
    <message>
      <source>The deceased received only the basic National Pension (国民年金).</source>
      <extracomment>ja: 国民年金（基礎年金）だけを受け取っていた場合です。</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は 国民年金《こくみんねんきん》だけを もらって いました。</translation>
    </message>
    <message>
      <source>Employees' Pension (厚生年金・共済)</source>
      <extracomment>ja: 厚生年金・共済年金</extracomment>
      <translation type="unfinished">厚生年金《こうせいねんきん》・共済年金《きょうさいねんきん》</translation>
    </message>
    <message>
      <source>The deceased received a pension from employment (厚生年金 or 共済年金), with or without the basic pension.</source>
      <extracomment>ja: 勤めていた方の厚生年金・共済年金を受け取っていた場合です（基礎年金と一緒の場合も含みます）。</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は、会社《かいしゃ》などで 働《はたら》いた 人《ひと》の 年金《ねんきん》（厚生年金《こうせいねんきん》・共済年金《きょうさいねんきん》）を もらって いました。</translation>
    </message>
    <message>
      <source>Are you pregnant?</source>
      <extracomment>ja: 妊娠中ですか？</extracomment>
      <translation type="unfinished">おなかに 赤《あか》ちゃんが いますか？（妊娠中《にんしんちゅう》）</translation>
    </message>
    <message>
      <source>Answer "yes" if you are pregnant. Bring your maternal and child health handbook (母子健康手帳) and any unused check-up vouchers.</source>
      <extracomment>ja: 妊娠中の方は「はい」です。母子健康手帳と、使っていない妊婦健診の受診票をお持ちください。</extracomment>
      <translation type="unfinished">おなかに 赤《あか》ちゃんが いるなら「はい」です。母子健康手帳《ぼしけんこうてちょう》と、使《つか》って いない 妊婦健診《にんぷけんしん》の 紙《かみ》を 持《も》って きて ください。</translation>
    </message>
    <message>
      <source>Does the child attend (or plan to attend) a nursery or kindergarten?</source>
      <extracomment>ja: 保育所・認定こども園に通っていますか（通う予定ですか）？</extracomment>
      <translation type="unfinished">子《こ》どもは 保育所《ほいくしょ》や こども園《えん》に 行《い》って いますか？（これから 行《い》きますか？）</translation>
    </message>
    <message>
      <source>Answer "yes" if the child attends, or will attend, a nursery school (保育所) or a certified centre for early childhood education (認定こども園).</source>
      <extracomment>ja: 保育所（保育園）や認定こども園に通っている、または通う予定のお子さんなら「はい」です。</extracomment>
      <translation type="unfinished">子《こ》どもが 保育所《ほいくしょ》（保育園《ほいくえん》）や 認定《にんてい》こども園《えん》に 行《い》って いる、または これから 行《い》くなら「はい」です。</translation>
    </message>
    <message>
      <source>Do you hold a disability certificate (障害者手帳)?</source>
      <extracomment>ja: 障害者手帳（身体・療育・精神）をお持ちですか？</extracomment>
      <translation type="unfinished">障害者手帳《しょうがいしゃてちょう》を 持《も》って いますか？</translation>
    </message>
    <message>
      <source>Answer "yes" if you hold a physical disability certificate, an intellectual disability certificate (療育手帳) or a mental health and welfare certificate.</source>
      <extracomment>ja: 身体障害者手帳・療育手帳・精神障害者保健福祉手帳のどれかをお持ちなら「はい」です。</extracomment>
      <translation type="unfinished">身体障害者手帳《しんたいしょうがいしゃてちょう》・療育手帳《りょういくてちょう》・精神障害者保健福祉手帳《せいしんしょうがいしゃほけんふくしてちょう》の どれかを 持《も》って いるなら「はい」です。</translation>
    </message>
    <message>
      <source>Did the deceased hold a disability certificate?</source>
      <extracomment>ja: 亡くなられた方は障害者手帳をお持ちでしたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は 障害者手帳《しょうがいしゃてちょう》を 持《も》って いましたか？</translation>
    </message>
    <message>
      <source>Do you want to register a personal seal (実印)?</source>
      <extracomment>ja: 印鑑登録（実印の登録）をしますか？</extracomment>
      <translation type="unfinished">印鑑登録《いんかんとうろく》（はんこの 登録《とうろく》。実印《じついん》）を しますか？</translation>
    </message>
    <message>
      <source>Registering a seal with the town makes it your official seal (実印); its certificate is needed to buy a house or a car, for loans and the like. Bring the seal to register (no rubber stamps).</source>
      <extracomment>ja: 印鑑を町に登録すると「実印」になり、家や車の売買・ローンなどで印鑑登録証明書が使えます。登録する印鑑（ゴム印は不可）をお持ちください。</extracomment>
      <translation type="unfinished">はんこを 町《まち》に 登録《とうろく》すると「実印《じついん》」に なります。家《いえ》や 車《くるま》を 買《か》う ときなどに、印鑑登録証明書《いんかんとうろくしょうめいしょ》が 使《つか》えます。登録《とうろく》する はんこを 持《も》って きて ください（ゴムの はんこは だめです）。</translation>
    </message>
    <message>
      <source>Do you have a registered seal (印鑑登録)?</source>
      <extracomment>ja: 印鑑登録をしていますか？</extracomment>
      <translation type="unfinished">印鑑登録《いんかんとうろく》（はんこの 登録《とうろく》）を して いますか？</translation>
    </message>
    <message>
      <source>Answer "yes" if you have registered an official seal (実印) with the town. If you have a seal registration card (印鑑登録証), you have.</source>
      <extracomment>ja: 町に実印を登録している方は「はい」です。印鑑登録証（カード）をお持ちなら、登録しています。</extracomment>
      <translation type="unfinished">町《まち》に 実印《じついん》を 登録《とうろく》して いるなら「はい」です。印鑑登録証《いんかんとうろくしょう》（カード）を 持《も》って いれば、登録《とうろく》して います。</translation>
    </message>
    <message>
      <source>Did the deceased have a registered seal?</source>
      <extracomment>ja: 亡くなられた方は印鑑登録をしていましたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は 印鑑登録《いんかんとうろく》を して いましたか？</translation>
    </message>
    <message>
      <source>Are you a single-parent family (or receiving single-parent benefits)?</source>
      <extracomment>ja: ひとり親家庭ですか（児童扶養手当・ひとり親医療を受けていますか）？</extracomment>
      <translation type="unfinished">ひとり親《おや》の 家族《かぞく》ですか？（児童扶養手当《じどうふようてあて》や ひとり親《おや》の 医療費《いりょうひ》の 助《たす》けを もらって いますか？）</translation>
    </message>
    <message>
      <source>A family where one parent alone raises children up to 18 (until the 31 March after their 18th birthday). Such a family may receive the child-rearing allowance (児童扶養手当) and medical aid.</source>
      <extracomment>ja: 父または母の一方だけで、18歳（18歳になったあとの3月31日）までの子どもを育てている家庭です。児童扶養手当やひとり親医療を受けられることがあります。</extracomment>
      <translation type="unfinished">お父《とう》さんか お母《かあ》さんの 1人《ひとり》だけで、18歳《さい》まで（18歳《さい》の あとの 3月《がつ》31日《にち》まで）の 子《こ》どもを 育《そだ》てて いる 家族《かぞく》です。児童扶養手当《じどうふようてあて》や ひとり親《おや》の 医療費《いりょうひ》の 助《たす》けが もらえる ことが あります。</translation>
    </message>
    <message>
      <source>Will you raise the child as a single parent (e.g. not married)?</source>
      <extracomment>ja: お子さんをひとりで育てますか（婚姻していない方の出産など）？</extracomment>
      <translation type="unfinished">子《こ》どもを 1人《ひとり》で 育《そだ》てますか？（結婚《けっこん》して いない など）</translation>
    </message>
    <message>
      <source>Do you receive single-parent benefits now?</source>
      <extracomment>ja: 児童扶養手当・ひとり親医療を受けていますか？</extracomment>
      <translation type="unfinished">いま、児童扶養手当《じどうふようてあて》や ひとり親《おや》の 医療費《いりょうひ》の 助《たす》けを もらって いますか？</translation>
    </message>
    <message>
      <source>Will you now raise the children as a single parent?</source>
      <extracomment>ja: これからひとりで子どもを育てることになりますか？</extracomment>
      <translation type="unfinished">これから 子《こ》どもを 1人《ひとり》で 育《そだ》てますか？</translation>
    </message>
    <message>
      <source>Will you raise the children as a single parent after the divorce?</source>
      <extracomment>ja: 離婚後、ひとりで子どもを育てますか？</extracomment>
      <translation type="unfinished">離婚《りこん》の あと、子《こ》どもを 1人《ひとり》で 育《そだ》てますか？</translation>
    </message>
    <message>
      <source>Is the parent who receives the child allowance a public servant?</source>
      <extracomment>ja: 児童手当を受け取る方は公務員ですか？</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》を もらう 人《ひと》は 公務員《こうむいん》ですか？</translation>
    </message>
    <message>
      <source>Public servants (staff of the national or a local government) claim the child allowance from their employer, not from the town.</source>
      <extracomment>ja: 公務員（国・県・市町村などの職員）の児童手当は、町ではなく勤め先に申請します。</extracomment>
      <translation type="unfinished">公務員《こうむいん》（国《くに》・県《けん》・市町村《しちょうそん》などで 働《はたら》く 人《ひと》）の 児童手当《じどうてあて》は、町《まち》では なく、働《はたら》いて いる ところに 申《もう》し込《こ》みます。</translation>
    </message>
    <message>
      <source>Who receives the child allowance (the parent with the higher income)?</source>
      <extracomment>ja: 児童手当を受け取る方（所得の高い方）はどなたですか？</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》を もらうのは だれですか？（お金《かね》を 多《おお》く もらって いる 親《おや》）</translation>
    </message>
    <message>
      <source>The child allowance goes to the parent who mainly supports the children, usually the one with the higher income. If unsure, choose the parent with the higher income.</source>
      <extracomment>ja: 児童手当は、子どもを主に養っている親（ふつうは所得の高い方）が受け取ります。迷ったら、所得の高い方を選んでください。</extracomment>
      <translation type="unfinished">児童手当《じどうてあて》は、子《こ》どもの 生活《せいかつ》を おもに ささえる 親《おや》が もらいます。ふつうは 給料《きゅうりょう》が 多《おお》い 人《ひと》です。わからない ときは、給料《きゅうりょう》が 多《おお》い 人《ひと》を えらんで ください。</translation>
    </message>
    <message>
      <source>Me (the one filing)</source>
      <extracomment>ja: わたし（届出に来た本人）</extracomment>
      <translation type="unfinished">わたし（いま 来《き》て いる 人《ひと》）</translation>
    </message>
    <message>
      <source>You, the person filing now, receive it.</source>
      <extracomment>ja: いま届出に来ているあなたが受け取る場合です。</extracomment>
      <translation type="unfinished">いま ここに 来《き》て いる あなたが もらいます。</translation>
    </message>
    <message>
      <source>My husband or wife</source>
      <extracomment>ja: 配偶者（夫または妻）</extracomment>
      <translation type="unfinished">わたしの 夫《おっと》か 妻《つま》</translation>
    </message>
    <message>
      <source>Your husband or wife receives it.</source>
      <extracomment>ja: あなたの夫または妻が受け取る場合です。</extracomment>
      <translation type="unfinished">あなたの 夫《おっと》か 妻《つま》が もらいます。</translation>
    </message>
    <message>
      <source>Does the move change the children's school district?</source>
      <extracomment>ja: 引っ越しで通う学校（校区）が変わりますか？</extracomment>
      <translation type="unfinished">引《ひ》っ越《こ》しで、子《こ》どもが 行《い》く 学校《がっこう》が 変《か》わりますか？</translation>
    </message>
    <message>
      <source>The address decides which elementary or junior high school a child attends (the school district). If you are not sure whether the new address changes it, choose "I don't know".</source>
      <extracomment>ja: 小・中学校は、住所によって通う学校（校区）が決まります。新しい住所で校区が変わるかわからないときは「わからない」を選んでください。</extracomment>
      <translation type="unfinished">小学校《しょうがっこう》と 中学校《ちゅうがっこう》は、住所《じゅうしょ》で 行《い》く 学校《がっこう》が 決《き》まります（校区《こうく》）。新《あたら》しい 住所《じゅうしょ》で 学校《がっこう》が 変《か》わるか わからない ときは、「わからない」を えらんで ください。</translation>
    </message>
    <message>
      <source>Is the home supplied by the town waterworks?</source>
      <extracomment>ja: 町の水道を使いますか（使っていましたか）？</extracomment>
      <translation type="unfinished">町《まち》の 水道《すいどう》を 使《つか》いますか？（使《つか》って いましたか？）</translation>
    </message>
    <message>
      <source>Homes on the town waterworks get water bills or meter slips from the town. Answer "no" if the home uses only well water.</source>
      <extracomment>ja: 町の水道を使っている家には、町から水道料金の請求書や検針票が届きます。井戸水だけの家は「いいえ」です。</extracomment>
      <translation type="unfinished">町《まち》の 水道《すいどう》を 使《つか》う 家《いえ》には、町《まち》から 水道代《すいどうだい》の 紙《かみ》が 来《き》ます。井戸《いど》の 水《みず》だけ 使《つか》う 家《いえ》は「いいえ」です。</translation>
    </message>
    <message>
      <source>Was the town water supply in the deceased's name?</source>
      <extracomment>ja: 亡くなられた方の名義で町の水道を使っていましたか？</extracomment>
      <translation type="unfinished">町《まち》の 水道《すいどう》は、亡《な》くなった 人《ひと》の 名前《なまえ》で 使《つか》って いましたか？</translation>
    </message>
    <message>
      <source>Do you keep a dog aged 91 days or more?</source>
      <extracomment>ja: 生後91日以上の犬を飼っていますか？</extracomment>
      <translation type="unfinished">生《う》まれて 91日《にち》より 大《おお》きい 犬《いぬ》が いますか？</translation>
    </message>
    <message>
      <source>By law, a dog aged 91 days or more is registered with the town and vaccinated against rabies every year. Cats and other animals do not count.</source>
      <extracomment>ja: 生後91日以上の犬は、町への登録と毎年の狂犬病予防注射が法律で決まっています。猫などほかの動物は含みません。</extracomment>
      <translation type="unfinished">生《う》まれて 91日《にち》より 大《おお》きい 犬《いぬ》は、町《まち》に 登録《とうろく》して、毎年《まいとし》 狂犬病《きょうけんびょう》の 注射《ちゅうしゃ》を します。法律《ほうりつ》で 決《き》まって います。猫《ねこ》など ほかの 動物《どうぶつ》は 入《はい》りません。</translation>
    </message>
    <message>
      <source>Did the deceased keep a dog?</source>
      <extracomment>ja: 亡くなられた方は犬を飼っていましたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は 犬《いぬ》を 飼《か》って いましたか？</translation>
    </message>
    <message>
      <source>Do you own a moped (up to 125 cc), a minicar or a small special vehicle?</source>
      <extracomment>ja: 原付（125cc以下）・ミニカー・小型特殊自動車をお持ちですか？</extracomment>
      <translation type="unfinished">バイク（125ccまでの 原付《げんつき》）、ミニカー、小型特殊自動車《こがたとくしゅじどうしゃ》を 持《も》って いますか？</translation>
    </message>
    <message>
      <source>A motorbike up to 125 cc, a minicar or a small special vehicle (such as a farm tractor) with a number plate from the town. Bigger motorbikes and kei cars do not count.</source>
      <extracomment>ja: 町が交付したナンバープレートの付いた、125cc以下のバイク（原付）・ミニカー・小型特殊自動車（農耕用トラクターなど）です。126cc以上のバイクや軽自動車は含みません。</extracomment>
      <translation type="unfinished">町《まち》の ナンバープレートが ついた、125ccまでの バイク（原付《げんつき》）・ミニカー・小型特殊自動車《こがたとくしゅじどうしゃ》（畑《はたけ》の トラクター など）です。もっと 大《おお》きい バイクや 軽自動車《けいじどうしゃ》は 入《はい》りません。</translation>
    </message>
    <message>
      <source>Did the deceased own a moped or a minicar?</source>
      <extracomment>ja: 亡くなられた方は原付・ミニカーをお持ちでしたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は 原付《げんつき》バイクや ミニカーを 持《も》って いましたか？</translation>
    </message>
    <message>
      <source>Do you own land or a building in the town?</source>
      <extracomment>ja: 町内に土地や建物をお持ちですか？</extracomment>
      <translation type="unfinished">この 町《まち》に 土地《とち》や 建物《たてもの》を 持《も》って いますか？</translation>
    </message>
    <message>
      <source>Owners of land or buildings in the town receive a fixed asset tax (固定資産税) notice from the town every year.</source>
      <extracomment>ja: 町内に土地や家を持っている方には、毎年、町から固定資産税の納税通知書が届きます。</extracomment>
      <translation type="unfinished">この 町《まち》に 土地《とち》や 家《いえ》を 持《も》って いる 人《ひと》には、毎年《まいとし》 町《まち》から 固定資産税《こていしさんぜい》（土地《とち》や 家《いえ》の 税金《ぜいきん》）の 紙《かみ》が 来《き》ます。</translation>
    </message>
    <message>
      <source>Did the deceased own land or a building in the town?</source>
      <extracomment>ja: 亡くなられた方は町内に土地や建物をお持ちでしたか？</extracomment>
      <translation type="unfinished">亡《な》くなった 人《ひと》は、この 町《まち》に 土地《とち》や 建物《たてもの》を 持《も》って いましたか？</translation>
    </message>
    <message>
      <source>Do you need a copy of the residence record (for an employer, a car, …)?</source>
      <extracomment>ja: 住民票の写しが必要ですか（勤務先・車の手続きなど）？</extracomment>
      <translation type="unfinished">住民票《じゅうみんひょう》の 写《うつ》しが いりますか？（会社《かいしゃ》や 車《くるま》の 手続《てつづ》き など）</translation>
    </message>
    <message>
      <source>A copy of the residence record (住民票の写し) certifies your address. Answer "yes" if your employer, the car registration, a bank or an insurer asked you for one.</source>
      <extracomment>ja: 住民票の写しは、住所を証明する書類です。勤め先・車の登録・銀行・保険会社などに出すように言われているなら「はい」です。</extracomment>
      <translation type="unfinished">住民票《じゅうみんひょう》の 写《うつ》しは、住所《じゅうしょ》を 証明《しょうめい》する 紙《かみ》です。会社《かいしゃ》・車《くるま》の 登録《とうろく》・銀行《ぎんこう》・保険会社《ほけんがいしゃ》などに「出《だ》して ください」と 言《い》われたなら「はい」です。</translation>
    </message>
    <message>
      <source>Do you need certificates (e.g. the removed residence record) for banks or insurers?</source>
      <extracomment>ja: 手続き用に住民票の除票などの写しが必要ですか？</extracomment>
      <translation type="unfinished">銀行《ぎんこう》や 保険《ほけん》の 手続《てつづ》きに、住民票《じゅうみんひょう》の 除票《じょひょう》などの 写《うつ》しが いりますか？</translation>
    </message>
  </context>
  <context>
    <name>town</name>
    <message>
      <source>Nankan Town</source>
      <extracomment>ja: 南関町</extracomment>
      <translation type="unfinished">南関町《なんかんまち》</translation>
    </message>
    <message>
      <source>Kumamoto Prefecture</source>
      <extracomment>ja: 熊本県</extracomment>
      <translation type="unfinished">熊本県《くまもとけん》</translation>
    </message>
    <message>
      <source>Tamana District</source>
      <extracomment>ja: 玉名郡</extracomment>
      <translation type="unfinished">玉名郡《たまなぐん》</translation>
    </message>
    <message>
      <source>Mayor of Nankan</source>
      <extracomment>ja: 南関町長</extracomment>
      <translation type="unfinished">南関町長《なんかんまちちょう》</translation>
    </message>
  </context>
</TS>
