<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>departments</name>
    <message>
      <source>Residents Section</source>
      <extracomment>ja: 町民課 住民係</extracomment>
      <translation type="unfinished">町民课 住民股</translation>
    </message>
    <message>
      <source>Counter 1</source>
      <extracomment>ja: 1番窓口</extracomment>
      <translation type="unfinished">1号窗口</translation>
    </message>
    <message>
      <source>Health Insurance and Pension Section</source>
      <extracomment>ja: 町民課 保険年金係</extracomment>
      <translation type="unfinished">町民课 保险年金股</translation>
    </message>
    <message>
      <source>Counter 2</source>
      <extracomment>ja: 2番窓口</extracomment>
      <translation type="unfinished">2号窗口</translation>
    </message>
    <message>
      <source>Long-term Care Insurance Section</source>
      <extracomment>ja: 福祉課 介護保険係</extracomment>
      <translation type="unfinished">福利课 护理保险股</translation>
    </message>
    <message>
      <source>Counter 3</source>
      <extracomment>ja: 3番窓口</extracomment>
      <translation type="unfinished">3号窗口</translation>
    </message>
    <message>
      <source>Welfare Section</source>
      <extracomment>ja: 福祉課 福祉係</extracomment>
      <translation type="unfinished">福利课 福利股</translation>
    </message>
    <message>
      <source>Counter 4</source>
      <extracomment>ja: 4番窓口</extracomment>
      <translation type="unfinished">4号窗口</translation>
    </message>
    <message>
      <source>Child and Family Support Section</source>
      <extracomment>ja: 福祉課 子育て支援係</extracomment>
      <translation type="unfinished">福利课 育儿支援股</translation>
    </message>
    <message>
      <source>Counter 5</source>
      <extracomment>ja: 5番窓口</extracomment>
      <translation type="unfinished">5号窗口</translation>
    </message>
    <message>
      <source>Health Promotion Section (Health Centre)</source>
      <extracomment>ja: 健康推進課（保健センター）</extracomment>
      <translation type="unfinished">健康推进课（保健中心）</translation>
    </message>
    <message>
      <source>Counter 6</source>
      <extracomment>ja: 6番窓口</extracomment>
      <translation type="unfinished">6号窗口</translation>
    </message>
    <message>
      <source>Board of Education, School Section</source>
      <extracomment>ja: 教育委員会 学校教育係</extracomment>
      <translation type="unfinished">教育委员会 学校教育股</translation>
    </message>
    <message>
      <source>Counter 7</source>
      <extracomment>ja: 7番窓口</extracomment>
      <translation type="unfinished">7号窗口</translation>
    </message>
    <message>
      <source>Taxation Section</source>
      <extracomment>ja: 税務課</extracomment>
      <translation type="unfinished">税务课</translation>
    </message>
    <message>
      <source>Counter 8</source>
      <extracomment>ja: 8番窓口</extracomment>
      <translation type="unfinished">8号窗口</translation>
    </message>
    <message>
      <source>Water Supply Section</source>
      <extracomment>ja: 建設課 上下水道係</extracomment>
      <translation type="unfinished">建设课 上下水道股</translation>
    </message>
    <message>
      <source>Counter 9</source>
      <extracomment>ja: 9番窓口</extracomment>
      <translation type="unfinished">9号窗口</translation>
    </message>
    <message>
      <source>Environment Section</source>
      <extracomment>ja: 町民課 環境係</extracomment>
      <translation type="unfinished">町民课 环境股</translation>
    </message>
    <message>
      <source>Counter 10</source>
      <extracomment>ja: 10番窓口</extracomment>
      <translation type="unfinished">10号窗口</translation>
    </message>
    <message>
      <source>Offices outside the town hall</source>
      <extracomment>ja: 町役場以外の窓口</extracomment>
      <translation type="unfinished">町政府以外的窗口</translation>
    </message>
    <message>
      <source>Elsewhere (guidance only)</source>
      <extracomment>ja: 役場の外（案内のみ）</extracomment>
      <translation type="unfinished">町政府外（仅作介绍）</translation>
    </message>
  </context>
  <context>
    <name>events</name>
    <message>
      <source>Moving in</source>
      <extracomment>ja: 転入</extracomment>
      <translation type="unfinished">迁入（転入）</translation>
    </message>
    <message>
      <source>You moved to this town from another municipality</source>
      <extracomment>ja: 他の市区町村からこの町に引っ越してきた</extracomment>
      <translation type="unfinished">从其他市区町村搬到本町</translation>
    </message>
    <message>
      <source>Who is moving in with you?</source>
      <extracomment>ja: 一緒に引っ越してきた方は？</extracomment>
      <translation type="unfinished">和您一起迁入的人是？</translation>
    </message>
    <message>
      <source>Moving out</source>
      <extracomment>ja: 転出</extracomment>
      <translation type="unfinished">迁出（転出）</translation>
    </message>
    <message>
      <source>You are moving from this town to another municipality</source>
      <extracomment>ja: この町から他の市区町村へ引っ越す</extracomment>
      <translation type="unfinished">从本町搬到其他市区町村</translation>
    </message>
    <message>
      <source>Who is moving out with you?</source>
      <extracomment>ja: 一緒に引っ越す方は？</extracomment>
      <translation type="unfinished">和您一起迁出的人是？</translation>
    </message>
    <message>
      <source>Moving within the town</source>
      <extracomment>ja: 転居</extracomment>
      <translation type="unfinished">町内迁居（転居）</translation>
    </message>
    <message>
      <source>You moved to another address in the town</source>
      <extracomment>ja: 町の中で引っ越した</extracomment>
      <translation type="unfinished">在町内搬了家</translation>
    </message>
    <message>
      <source>Who is moving with you?</source>
      <extracomment>ja: 一緒に引っ越した方は？</extracomment>
      <translation type="unfinished">和您一起搬家的人是？</translation>
    </message>
    <message>
      <source>Birth</source>
      <extracomment>ja: 出生</extracomment>
      <translation type="unfinished">出生</translation>
    </message>
    <message>
      <source>A child was born</source>
      <extracomment>ja: 子どもが生まれた</extracomment>
      <translation type="unfinished">孩子出生了</translation>
    </message>
    <message>
      <source>About the baby</source>
      <extracomment>ja: 生まれたお子さんについて</extracomment>
      <translation type="unfinished">关于出生的孩子</translation>
    </message>
    <message>
      <source>Bereavement (a death)</source>
      <extracomment>ja: おくやみ（死亡）</extracomment>
      <translation type="unfinished">丧事（死亡）</translation>
    </message>
    <message>
      <source>Death</source>
      <extracomment>ja: 死亡</extracomment>
      <translation type="unfinished">死亡</translation>
    </message>
    <message>
      <source>A family member has died</source>
      <extracomment>ja: ご家族が亡くなった</extracomment>
      <translation type="unfinished">家人去世了</translation>
    </message>
    <message>
      <source>Who passed away, and who else lives in the household?</source>
      <extracomment>ja: 亡くなられた方と、同じ世帯のご家族</extracomment>
      <translation type="unfinished">去世的人，以及同一户的其他家人</translation>
    </message>
    <message>
      <source>Marriage</source>
      <extracomment>ja: 婚姻</extracomment>
      <translation type="unfinished">结婚</translation>
    </message>
    <message>
      <source>You got married</source>
      <extracomment>ja: 結婚した</extracomment>
      <translation type="unfinished">结婚了</translation>
    </message>
    <message>
      <source>Who else is concerned?</source>
      <extracomment>ja: ほかに関係するご家族は？</extracomment>
      <translation type="unfinished">还有哪些家人与此有关？</translation>
    </message>
    <message>
      <source>Divorce</source>
      <extracomment>ja: 離婚</extracomment>
      <translation type="unfinished">离婚</translation>
    </message>
    <message>
      <source>You got divorced</source>
      <extracomment>ja: 離婚した</extracomment>
      <translation type="unfinished">离婚了</translation>
    </message>
    <message>
      <source>Household change</source>
      <extracomment>ja: 世帯変更</extracomment>
      <translation type="unfinished">户（世帯）变更</translation>
    </message>
    <message>
      <source>A new head of household, or splitting or joining households</source>
      <extracomment>ja: 世帯主が変わる・世帯を分ける・世帯を一緒にする</extracomment>
      <translation type="unfinished">户主变更、分户或合户</translation>
    </message>
  </context>
  <context>
    <name>onestop</name>
    <message>
      <source>One-stop desk</source>
      <extracomment>ja: 総合窓口（ワンストップ窓口）</extracomment>
      <translation type="unfinished">综合窗口（一站式窗口）</translation>
    </message>
    <message>
      <source>Town hall, ground floor, main entrance</source>
      <extracomment>ja: 役場1階 正面入口</extracomment>
      <translation type="unfinished">町政府1楼 正门入口</translation>
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
      <translation type="unfinished">住所变更申报（住民異動届）</translation>
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
      <translation type="unfinished">免费</translation>
    </message>
    <message>
      <source>Within 14 days of moving in</source>
      <extracomment>ja: 住み始めた日から14日以内</extracomment>
      <translation type="unfinished">迁入后14天以内</translation>
    </message>
    <message>
      <source>Photo ID (e.g. the My Number card)</source>
      <extracomment>ja: 本人確認書類（マイナンバーカード等）</extracomment>
      <translation type="unfinished">带照片的身份证件（如个人编号卡）</translation>
    </message>
    <message>
      <source>Moving-out certificate (not needed if you filed the move online with the card)</source>
      <extracomment>ja: 転出証明書（マイナンバーカードによる転出届の方は不要）</extracomment>
      <translation type="unfinished">迁出证明书（用个人编号卡在网上办理迁出的人不需要）</translation>
    </message>
    <message>
      <source>Passport (with the date of entry)</source>
      <extracomment>ja: パスポート（入国日の記録のあるもの）</extracomment>
      <translation type="unfinished">护照（有入境日期记录的）</translation>
    </message>
    <message>
      <source>A copy of the family register and its 附票 (if your 本籍 is elsewhere)</source>
      <extracomment>ja: 戸籍謄本と戸籍の附票（本籍地が町外の方）</extracomment>
      <translation type="unfinished">户籍誊本及户籍附票（附票）（本籍在其他地方的人）</translation>
    </message>
    <message>
      <source>Residence card (or special permanent resident certificate)</source>
      <extracomment>ja: 在留カード（特別永住者証明書）</extracomment>
      <translation type="unfinished">在留卡（或特别永住者证明书）</translation>
    </message>
    <message>
      <source>Check the date of the move, the new address and building/room</source>
      <extracomment>ja: 異動日・新住所・方書を確認</extracomment>
      <translation type="unfinished">确认变更日期、新地址及建筑名・房间号</translation>
    </message>
    <message>
      <source>Check the relationship of everyone moving</source>
      <extracomment>ja: 異動者全員の続柄を確認</extracomment>
      <translation type="unfinished">确认所有迁入者的关系</translation>
    </message>
    <message>
      <source>Check the applicant's signature</source>
      <extracomment>ja: 届出人の署名を確認</extracomment>
      <translation type="unfinished">确认申报人的签名</translation>
    </message>
    <message>
      <source>From abroad: no moving-out certificate; notify the 本籍 office for the 附票</source>
      <extracomment>ja: 国外からの転入：転出証明書はなし。本籍地へ戸籍の附票の記載を通知</extracomment>
      <translation type="unfinished">从国外迁入：无迁出证明书；通知本籍地记载户籍附票</translation>
    </message>
    <message>
      <source>From about 14 days before to 14 days after the move</source>
      <extracomment>ja: 引っ越しの約14日前から引っ越し後14日以内</extracomment>
      <translation type="unfinished">搬家前约14天至搬家后14天以内</translation>
    </message>
    <message>
      <source>Check the date and the destination</source>
      <extracomment>ja: 異動日・転出先を確認</extracomment>
      <translation type="unfinished">确认变更日期和迁出地</translation>
    </message>
    <message>
      <source>Moving within Japan: issue the moving-out certificate (not with the card's online move)</source>
      <extracomment>ja: 国内への転出：転出証明書を交付（マイナンバーカードでの転出は不要）</extracomment>
      <translation type="unfinished">迁往国内：发放迁出证明书（用个人编号卡办理迁出的不需要）</translation>
    </message>
    <message>
      <source>Moving abroad: no moving-out certificate; check the planned date and the country</source>
      <extracomment>ja: 国外転出：転出証明書は交付しない。転出予定日と転出先の国を確認</extracomment>
      <translation type="unfinished">迁往国外：不发放迁出证明书；确认预定迁出日期和国家</translation>
    </message>
    <message>
      <source>Within 14 days of the move</source>
      <extracomment>ja: 転居した日から14日以内</extracomment>
      <translation type="unfinished">搬家后14天以内</translation>
    </message>
    <message>
      <source>Household change (splitting or joining)</source>
      <extracomment>ja: 世帯変更届（世帯分離・世帯合併）</extracomment>
      <translation type="unfinished">户（世帯）变更申报（分户・合户）</translation>
    </message>
    <message>
      <source>Within 14 days of the change</source>
      <extracomment>ja: 変更の日から14日以内</extracomment>
      <translation type="unfinished">变更后14天以内</translation>
    </message>
    <message>
      <source>Photo ID</source>
      <extracomment>ja: 本人確認書類</extracomment>
      <translation type="unfinished">身份证件</translation>
    </message>
    <message>
      <source>Check who forms the new household and who heads it</source>
      <extracomment>ja: 新しい世帯の構成と世帯主を確認</extracomment>
      <translation type="unfinished">确认新户的成员和户主</translation>
    </message>
    <message>
      <source>Moving notification: foreign residents' items and the residence card's address</source>
      <extracomment>ja: 住民異動届（外国人住民の記載事項・在留カードの住居地記載）</extracomment>
      <translation type="unfinished">住所变更申报：外国人居民的记载事项及在留卡的住址</translation>
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
      <translation type="unfinished">开始居住后14天以内（与住所变更申报同时）</translation>
    </message>
    <message>
      <source>Passport (arriving from abroad)</source>
      <extracomment>ja: パスポート（国外からの転入）</extracomment>
      <translation type="unfinished">护照（从国外迁入）</translation>
    </message>
    <message>
      <source>Check nationality, category, status, period and its end, and the card number</source>
      <extracomment>ja: 国籍・地域、区分、在留資格、在留期間と満了日、在留カード等の番号を確認</extracomment>
      <translation type="unfinished">确认国籍・地区、类别、在留资格、在留期间及到期日、卡号</translation>
    </message>
    <message>
      <source>Write the address on the back of the card</source>
      <extracomment>ja: 在留カード（特別永住者証明書）の裏面に住居地を記載</extracomment>
      <translation type="unfinished">在卡的背面记载住址</translation>
    </message>
    <message>
      <source>Period ended? Check the renewal application (grace period)</source>
      <extracomment>ja: 在留期間の満了日が過ぎていれば更新申請中（特例期間）を確認</extracomment>
      <translation type="unfinished">在留期间已到期？确认是否正在申请更新（特例期间）</translation>
    </message>
    <message>
      <source>Within 14 days of the move (with the moving notification)</source>
      <extracomment>ja: 転居した日から14日以内（住民異動届と同時）</extracomment>
      <translation type="unfinished">迁居后14天以内（与住所变更申报同时）</translation>
    </message>
    <message>
      <source>Write the new address on the back of the card</source>
      <extracomment>ja: 在留カード（特別永住者証明書）の裏面に新しい住居地を記載</extracomment>
      <translation type="unfinished">在卡的背面记载新住址</translation>
    </message>
    <message>
      <source>Change of head of household</source>
      <extracomment>ja: 世帯主変更届</extracomment>
      <translation type="unfinished">户主变更申报</translation>
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
      <translation type="unfinished">申报人的身份证件</translation>
    </message>
    <message>
      <source>Check the new head and the relationships</source>
      <extracomment>ja: 新しい世帯主と続柄を確認</extracomment>
      <translation type="unfinished">确认新户主及关系</translation>
    </message>
    <message>
      <source>Not needed when only one person remains</source>
      <extracomment>ja: 残る世帯員が1人なら届出は不要（自動で世帯主）</extracomment>
      <translation type="unfinished">只剩一人时不需要申报</translation>
    </message>
    <message>
      <source>My Number card update</source>
      <extracomment>ja: マイナンバーカード 継続利用・券面記載事項変更</extracomment>
      <translation type="unfinished">个人编号卡的更新手续</translation>
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
      <translation type="unfinished">免费（含重新发放签名用电子证明书）</translation>
    </message>
    <message>
      <source>Within 90 days of the moving-in notification (the card lapses after)</source>
      <extracomment>ja: 転入届から90日以内（過ぎるとカードが失効）</extracomment>
      <translation type="unfinished">迁入申报后90天以内（超过后卡将失效）</translation>
    </message>
    <message>
      <source>Each person's My Number card</source>
      <extracomment>ja: 各人のマイナンバーカード</extracomment>
      <translation type="unfinished">每个人的个人编号卡</translation>
    </message>
    <message>
      <source>Each person's 4-digit PIN</source>
      <extracomment>ja: 各人の暗証番号（数字4桁）</extracomment>
      <translation type="unfinished">每个人的4位数字密码</translation>
    </message>
    <message>
      <source>Add the new address and re-issue the signature certificate</source>
      <extracomment>ja: 住所の追記と署名用電子証明書の再発行</extracomment>
      <translation type="unfinished">追记新地址并重新发放签名用电子证明书</translation>
    </message>
    <message>
      <source>Under-15s through a legal guardian</source>
      <extracomment>ja: 15歳未満は法定代理人が手続き</extracomment>
      <translation type="unfinished">未满15岁由法定代理人办理</translation>
    </message>
    <message>
      <source>Within 14 days of the moving notification</source>
      <extracomment>ja: 転居届から14日以内</extracomment>
      <translation type="unfinished">迁居申报后14天以内</translation>
    </message>
    <message>
      <source>My Number card update (name or address)</source>
      <extracomment>ja: マイナンバーカード 券面記載事項変更（氏名・住所）</extracomment>
      <translation type="unfinished">个人编号卡的更新（姓名或地址）</translation>
    </message>
    <message>
      <source>Within 14 days of the notification</source>
      <extracomment>ja: 婚姻届・異動届の受理後14日以内</extracomment>
      <translation type="unfinished">申报受理后14天以内</translation>
    </message>
    <message>
      <source>Each person's My Number card (also the children moving with you)</source>
      <extracomment>ja: 各人のマイナンバーカード（一緒に住所が変わる子どもの分も）</extracomment>
      <translation type="unfinished">每个人的个人编号卡（一起变更地址的孩子也需要）</translation>
    </message>
    <message>
      <source>Add the new name or address and re-issue the signature certificate</source>
      <extracomment>ja: 氏名・住所の追記と署名用電子証明書の再発行</extracomment>
      <translation type="unfinished">追记新姓名或地址并重新发放签名用电子证明书</translation>
    </message>
    <message>
      <source>Keeping the My Number card when moving abroad (since 2024-05-27)</source>
      <extracomment>ja: マイナンバーカード 国外転出者による継続利用（2024年5月27日から）</extracomment>
      <translation type="unfinished">迁往国外后继续使用个人编号卡（2024年5月27日起）</translation>
    </message>
    <message>
      <source>Together with the moving-out notification</source>
      <extracomment>ja: 転出届と同時に</extracomment>
      <translation type="unfinished">与迁出申报同时</translation>
    </message>
    <message>
      <source>Convert to the card for residents abroad (the signature certificate can continue)</source>
      <extracomment>ja: 国外転出者向けカードとして継続利用の手続き（署名用電子証明書は継続可）</extracomment>
      <translation type="unfinished">转为国外迁出者用卡继续使用（签名用电子证明书可继续使用）</translation>
    </message>
    <message>
      <source>Explain that the user-authentication certificate lapses</source>
      <extracomment>ja: 利用者証明用電子証明書は失効することを説明</extracomment>
      <translation type="unfinished">说明用户证明用电子证明书将失效</translation>
    </message>
    <message>
      <source>Seal registration (印鑑登録)</source>
      <extracomment>ja: 印鑑登録</extracomment>
      <translation type="unfinished">印章登记（印鑑登録）</translation>
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
      <translation type="unfinished">印章登记证：约300日元</translation>
    </message>
    <message>
      <source>No deadline</source>
      <extracomment>ja: 期限なし</extracomment>
      <translation type="unfinished">无期限</translation>
    </message>
    <message>
      <source>The seal (fits an 8–25 mm square, not rubber)</source>
      <extracomment>ja: 登録する印鑑（8〜25mmの正方形に収まるもの・ゴム印不可）</extracomment>
      <translation type="unfinished">要登记的印章（可放入8～25毫米见方，不可用橡皮章）</translation>
    </message>
    <message>
      <source>Check the seal impression</source>
      <extracomment>ja: 印影を確認（欠け・ゴム印でないこと）</extracomment>
      <translation type="unfinished">确认印章印迹</translation>
    </message>
    <message>
      <source>Without photo ID send an inquiry letter by post</source>
      <extracomment>ja: 顔写真付き本人確認書類がなければ照会書を郵送</extracomment>
      <translation type="unfinished">无带照片的身份证件时邮寄询问书</translation>
    </message>
    <message>
      <source>Seal registration again (new family name)</source>
      <extracomment>ja: 印鑑登録（氏の変更による再登録）</extracomment>
      <translation type="unfinished">重新办理印章登记（姓氏变更）</translation>
    </message>
    <message>
      <source>Seal registration ends by itself with the move (nothing to do)</source>
      <extracomment>ja: 印鑑登録の廃止（転出届で自動廃止・手続き不要）</extracomment>
      <translation type="unfinished">印章登记随迁出自动注销（无需办理）</translation>
    </message>
    <message>
      <source>Nothing to file</source>
      <extracomment>ja: 手続き不要</extracomment>
      <translation type="unfinished">无需办理</translation>
    </message>
    <message>
      <source>The seal card need not be returned (collect it if offered)</source>
      <extracomment>ja: 印鑑登録証は返却不要（お持ちなら回収して廃棄）</extracomment>
      <translation type="unfinished">印章登记证无需交还（如主动交出则回收）</translation>
    </message>
    <message>
      <source>Seal registration ends by itself with the death notice (nothing to do)</source>
      <extracomment>ja: 印鑑登録の廃止（死亡届で自動廃止・手続き不要）</extracomment>
      <translation type="unfinished">印章登记随死亡申报自动注销（无需办理）</translation>
    </message>
    <message>
      <source>Family register notification</source>
      <extracomment>ja: 戸籍の届出</extracomment>
      <translation type="unfinished">户籍申报</translation>
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
      <translation type="unfinished">出生申报</translation>
    </message>
    <message>
      <source>Within 14 days of the birth, the birth day included (3 months if born abroad)</source>
      <extracomment>ja: 生まれた日を含めて14日以内（国外で出生は3か月以内）</extracomment>
      <translation type="unfinished">出生后14天以内，含出生当天（在国外出生为3个月以内）</translation>
    </message>
    <message>
      <source>The birth notification with its certificate</source>
      <extracomment>ja: 出生届（出生証明書の付いたもの）</extracomment>
      <translation type="unfinished">附有出生证明书的出生申报书</translation>
    </message>
    <message>
      <source>The mother-and-child handbook</source>
      <extracomment>ja: 母子健康手帳</extracomment>
      <translation type="unfinished">母子健康手册</translation>
    </message>
    <message>
      <source>Stamp the birth page of the mother-and-child handbook</source>
      <extracomment>ja: 母子健康手帳の出生届出済証明に記入</extracomment>
      <translation type="unfinished">在母子健康手册的出生页盖章</translation>
    </message>
    <message>
      <source>Check the furigana column (since 2025-05-26)</source>
      <extracomment>ja: 届書のフリガナ欄（2025年5月26日から）を確認</extracomment>
      <translation type="unfinished">确认申报书的假名栏（2025年5月26日起）</translation>
    </message>
    <message>
      <source>A seal is optional (since 2021-09-01)</source>
      <extracomment>ja: 押印は任意（2021年9月1日から）</extracomment>
      <translation type="unfinished">盖章为任意（2021年9月1日起）</translation>
    </message>
    <message>
      <source>Death notification (cremation permit)</source>
      <extracomment>ja: 死亡届（火葬許可申請）</extracomment>
      <translation type="unfinished">死亡申报（火化许可申请）</translation>
    </message>
    <message>
      <source>Within 7 days of learning of the death</source>
      <extracomment>ja: 死亡を知った日を含めて7日以内</extracomment>
      <translation type="unfinished">得知死亡后7天以内</translation>
    </message>
    <message>
      <source>The death notification with the medical certificate</source>
      <extracomment>ja: 死亡届（死亡診断書の付いたもの）</extracomment>
      <translation type="unfinished">附有死亡诊断书的死亡申报书</translation>
    </message>
    <message>
      <source>Issue the cremation permit</source>
      <extracomment>ja: 火葬許可証を交付</extracomment>
      <translation type="unfinished">发放火化许可证</translation>
    </message>
    <message>
      <source>Marriage notification</source>
      <extracomment>ja: 婚姻届</extracomment>
      <translation type="unfinished">结婚申报</translation>
    </message>
    <message>
      <source>Takes effect on the day it is filed</source>
      <extracomment>ja: 届出日から効力が生じます</extracomment>
      <translation type="unfinished">申报当日生效</translation>
    </message>
    <message>
      <source>The marriage notification signed by two witnesses</source>
      <extracomment>ja: 婚姻届（証人2人の署名のあるもの）</extracomment>
      <translation type="unfinished">有两名证人签名的结婚申报书</translation>
    </message>
    <message>
      <source>The applicants' photo ID</source>
      <extracomment>ja: 届出人の本人確認書類</extracomment>
      <translation type="unfinished">申报人的身份证件</translation>
    </message>
    <message>
      <source>Foreign nationals: a certificate of legal capacity to marry and the passport</source>
      <extracomment>ja: 外国籍の方は婚姻要件具備証明書とパスポート</extracomment>
      <translation type="unfinished">外国籍人士：婚姻要件具备证明书和护照</translation>
    </message>
    <message>
      <source>Two witnesses must sign</source>
      <extracomment>ja: 証人2人の署名を確認</extracomment>
      <translation type="unfinished">须由两名证人签名</translation>
    </message>
    <message>
      <source>Divorce notification</source>
      <extracomment>ja: 離婚届</extracomment>
      <translation type="unfinished">离婚申报</translation>
    </message>
    <message>
      <source>By agreement: takes effect when filed (court divorce: within 10 days)</source>
      <extracomment>ja: 協議離婚は届出日から効力（調停・裁判離婚は確定から10日以内）</extracomment>
      <translation type="unfinished">协议离婚：申报当日生效（法院离婚：10天以内）</translation>
    </message>
    <message>
      <source>The divorce notification</source>
      <extracomment>ja: 離婚届</extracomment>
      <translation type="unfinished">离婚申报书</translation>
    </message>
    <message>
      <source>Court divorce: the court record or judgment and its certificate of finality</source>
      <extracomment>ja: 調停・裁判離婚は調書または判決の謄本と確定証明書</extracomment>
      <translation type="unfinished">法院离婚：调解笔录或判决书誊本及确定证明书</translation>
    </message>
    <message>
      <source>A divorce by agreement needs two witnesses</source>
      <extracomment>ja: 協議離婚は証人2人の署名を確認</extracomment>
      <translation type="unfinished">协议离婚需要两名证人</translation>
    </message>
    <message>
      <source>Joining National Health Insurance</source>
      <extracomment>ja: 国民健康保険 加入</extracomment>
      <translation type="unfinished">加入国民健康保险</translation>
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
      <translation type="unfinished">免费（保险税另行征收）</translation>
    </message>
    <message>
      <source>Residence card (stays over 3 months)</source>
      <extracomment>ja: 在留カード（在留期間3か月超の方）</extracomment>
      <translation type="unfinished">在留卡（在留期间超过3个月的人）</translation>
    </message>
    <message>
      <source>Issue the eligibility certificate (no new insurance cards since 2024-12-02)</source>
      <extracomment>ja: 資格確認書または資格情報のお知らせを交付（保険証は2024年12月2日以降発行なし）</extracomment>
      <translation type="unfinished">发放资格确认书（2024年12月2日起不再发放新保险证）</translation>
    </message>
    <message>
      <source>Record the My Number of the head and every member joining</source>
      <extracomment>ja: 世帯主と加入者全員の個人番号を記入</extracomment>
      <translation type="unfinished">记录户主和全部加入者的个人编号</translation>
    </message>
    <message>
      <source>Within 14 days of the birth (covered from the day of birth)</source>
      <extracomment>ja: 出生から14日以内（資格は出生日から）</extracomment>
      <translation type="unfinished">出生后14天以内（从出生当天起享受保险）</translation>
    </message>
    <message>
      <source>Coverage starts on the day of birth</source>
      <extracomment>ja: 取得日は出生日（国民健康保険法第7条）</extracomment>
      <translation type="unfinished">从出生当天起享受保险</translation>
    </message>
    <message>
      <source>Issue the eligibility certificate</source>
      <extracomment>ja: 資格確認書または資格情報のお知らせを交付</extracomment>
      <translation type="unfinished">发放资格确认书</translation>
    </message>
    <message>
      <source>Within 14 days of leaving the employer insurance</source>
      <extracomment>ja: 扶養から外れた日から14日以内</extracomment>
      <translation type="unfinished">退出工作单位保险后14天以内</translation>
    </message>
    <message>
      <source>Proof of leaving the employer insurance</source>
      <extracomment>ja: 勤め先の健康保険の資格喪失証明書</extracomment>
      <translation type="unfinished">工作单位健康保险的资格丧失证明书</translation>
    </message>
    <message>
      <source>Record the My Number of every member joining</source>
      <extracomment>ja: 加入者全員の個人番号を記入</extracomment>
      <translation type="unfinished">记录全部加入者的个人编号</translation>
    </message>
    <message>
      <source>National Health Insurance changes</source>
      <extracomment>ja: 国民健康保険 脱退・変更</extracomment>
      <translation type="unfinished">国民健康保险的变更</translation>
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
      <translation type="unfinished">退出国民健康保险（迁出）</translation>
    </message>
    <message>
      <source>The eligibility certificate (if you have one)</source>
      <extracomment>ja: 資格確認書（お持ちの方）</extracomment>
      <translation type="unfinished">资格确认书（如持有）</translation>
    </message>
    <message>
      <source>Explain the settlement of the insurance tax</source>
      <extracomment>ja: 保険税の精算を案内</extracomment>
      <translation type="unfinished">说明保险税的结算</translation>
    </message>
    <message>
      <source>Leaving National Health Insurance (death)</source>
      <extracomment>ja: 国民健康保険 脱退（死亡）</extracomment>
      <translation type="unfinished">退出国民健康保险（死亡）</translation>
    </message>
    <message>
      <source>Within 14 days of the death</source>
      <extracomment>ja: 死亡から14日以内</extracomment>
      <translation type="unfinished">死亡后14天以内</translation>
    </message>
    <message>
      <source>The deceased's eligibility certificate (if any)</source>
      <extracomment>ja: 亡くなった方の資格確認書（お持ちの方）</extracomment>
      <translation type="unfinished">去世者的资格确认书（如持有）</translation>
    </message>
    <message>
      <source>Explain the funeral grant</source>
      <extracomment>ja: 葬祭費の申請を案内</extracomment>
      <translation type="unfinished">说明丧葬费的申请</translation>
    </message>
    <message>
      <source>Leaving National Health Insurance (joining the spouse's)</source>
      <extracomment>ja: 国民健康保険 脱退（社会保険加入）</extracomment>
      <translation type="unfinished">退出国民健康保险（加入配偶的保险）</translation>
    </message>
    <message>
      <source>Within 14 days of joining the employer insurance</source>
      <extracomment>ja: 社会保険に加入した日から14日以内</extracomment>
      <translation type="unfinished">加入工作单位保险后14天以内</translation>
    </message>
    <message>
      <source>Proof of the new insurance</source>
      <extracomment>ja: 新しい健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">新保险的证明</translation>
    </message>
    <message>
      <source>National Health Insurance address change</source>
      <extracomment>ja: 国民健康保険 住所変更</extracomment>
      <translation type="unfinished">国民健康保险的地址变更</translation>
    </message>
    <message>
      <source>Issue the certificate with the new address</source>
      <extracomment>ja: 新しい住所の資格確認書を交付</extracomment>
      <translation type="unfinished">发放新地址的资格确认书</translation>
    </message>
    <message>
      <source>National Health Insurance household change (split or join)</source>
      <extracomment>ja: 国民健康保険 世帯変更（世帯分離・世帯合併）</extracomment>
      <translation type="unfinished">国民健康保险的户变更（分户・合户）</translation>
    </message>
    <message>
      <source>National Health Insurance: new name or new head of household</source>
      <extracomment>ja: 国民健康保険 氏名・世帯主の変更</extracomment>
      <translation type="unfinished">国民健康保险：姓名或户主变更</translation>
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
      <translation type="unfinished">国民健康保险的姓名变更（结婚）</translation>
    </message>
    <message>
      <source>Within 14 days of the name change</source>
      <extracomment>ja: 氏名が変わった日から14日以内</extracomment>
      <translation type="unfinished">姓名变更后14天以内</translation>
    </message>
    <message>
      <source>Issue the certificate in the new name</source>
      <extracomment>ja: 新しい氏名で資格確認書（資格情報のお知らせ）を交付</extracomment>
      <translation type="unfinished">发放新姓名的资格确认书</translation>
    </message>
    <message>
      <source>National Health Insurance name change (divorce)</source>
      <extracomment>ja: 国民健康保険 氏名変更（離婚）</extracomment>
      <translation type="unfinished">国民健康保险的姓名变更（离婚）</translation>
    </message>
    <message>
      <source>National Health Insurance new head (the head died)</source>
      <extracomment>ja: 国民健康保険 世帯主変更（世帯主の死亡）</extracomment>
      <translation type="unfinished">国民健康保险的户主变更（户主死亡）</translation>
    </message>
    <message>
      <source>The new head pays the insurance tax (reissue the certificates)</source>
      <extracomment>ja: 新しい世帯主が国保税の納税義務者（資格確認書を再交付）</extracomment>
      <translation type="unfinished">由新户主缴纳保险税（重新发放资格确认书）</translation>
    </message>
    <message>
      <source>National Health Insurance new head of household</source>
      <extracomment>ja: 国民健康保険 世帯主変更</extracomment>
      <translation type="unfinished">国民健康保险的户主变更</translation>
    </message>
    <message>
      <source>National Health Insurance: childbirth lump sum</source>
      <extracomment>ja: 国民健康保険 出産育児一時金</extracomment>
      <translation type="unfinished">国民健康保险：生育一次性补助金</translation>
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
      <translation type="unfinished">出生后2年以内</translation>
    </message>
    <message>
      <source>The mother-and-child handbook (with the birth)</source>
      <extracomment>ja: 母子健康手帳（出生の記載があるもの）</extracomment>
      <translation type="unfinished">母子健康手册（有出生记载的）</translation>
    </message>
    <message>
      <source>The hospital's agreement on direct payment</source>
      <extracomment>ja: 医療機関等の直接支払制度の合意文書</extracomment>
      <translation type="unfinished">与医疗机构签订的直接支付制度协议文件</translation>
    </message>
    <message>
      <source>The receipt and statement of the birth costs</source>
      <extracomment>ja: 出産費用の領収・明細書</extracomment>
      <translation type="unfinished">分娩费用的收据和明细</translation>
    </message>
    <message>
      <source>A bank book in the head of household's name</source>
      <extracomment>ja: 世帯主名義の通帳</extracomment>
      <translation type="unfinished">户主名义的存折</translation>
    </message>
    <message>
      <source>500,000 yen per child (births from 2023-04; 488,000 outside the obstetric compensation scheme)</source>
      <extracomment>ja: 1児につき50万円（2023年4月以降の出産。産科医療補償制度の対象外は48万8千円）</extracomment>
      <translation type="unfinished">每个孩子50万日元（2023年4月以后的分娩；不属于产科医疗补偿制度的为48.8万日元）</translation>
    </message>
    <message>
      <source>Direct payment below the sum: the difference; without it: the whole sum, to the head</source>
      <extracomment>ja: 直接支払制度で費用が支給額未満なら差額を、利用しない場合は全額を世帯主に支給</extracomment>
      <translation type="unfinished">直接支付后费用低于补助额时支付差额；未使用直接支付时全额支付给户主</translation>
    </message>
    <message>
      <source>Paid by the former employer's insurance (birth within 6 months of leaving)? Then not by NHI</source>
      <extracomment>ja: 退職後6か月以内の出産で前の健康保険から受ける場合は国保からは支給しない</extracomment>
      <translation type="unfinished">由原工作单位保险支付（离职后6个月内分娩）？则国民健康保险不支付</translation>
    </message>
    <message>
      <source>Funeral expenses grant</source>
      <extracomment>ja: 葬祭費の申請</extracomment>
      <translation type="unfinished">丧葬费补助金</translation>
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
      <translation type="unfinished">免费（金额由保险方规定）</translation>
    </message>
    <message>
      <source>Within 2 years of the funeral</source>
      <extracomment>ja: 葬儀の翌日から2年以内</extracomment>
      <translation type="unfinished">葬礼后2年以内</translation>
    </message>
    <message>
      <source>The funeral receipt or thank-you card naming the chief mourner</source>
      <extracomment>ja: 会葬礼状または葬儀の領収書（喪主名のもの）</extracomment>
      <translation type="unfinished">写有丧主姓名的葬礼收据或答谢函</translation>
    </message>
    <message>
      <source>A bank book in the chief mourner's name</source>
      <extracomment>ja: 喪主名義の通帳</extracomment>
      <translation type="unfinished">丧主名义的存折</translation>
    </message>
    <message>
      <source>The account must be the chief mourner's, otherwise a letter of proxy</source>
      <extracomment>ja: 振込先が喪主名義か確認（違う場合は委任状）</extracomment>
      <translation type="unfinished">汇款账户须为丧主名义，否则需委托书</translation>
    </message>
    <message>
      <source>Late-elderly medical care notification</source>
      <extracomment>ja: 後期高齢者医療の届出</extracomment>
      <translation type="unfinished">后期高龄者医疗的申报</translation>
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
      <translation type="unfinished">原都道府县发放的负担区分等证明书</translation>
    </message>
    <message>
      <source>Proof of the disability (certificate or pension certificate) for the disability certification</source>
      <extracomment>ja: 障害の程度がわかる書類（障害者手帳・年金証書など。障害認定の申請）</extracomment>
      <translation type="unfinished">用于残疾认定的残疾证明（残疾人手册或年金证书等）</translation>
    </message>
    <message>
      <source>Within Kumamoto: address change only; from elsewhere: new enrolment</source>
      <extracomment>ja: 県内転入は住所変更のみ・県外からは資格取得</extracomment>
      <translation type="unfinished">熊本县内迁入：仅变更地址；从县外迁入：新加入</translation>
    </message>
    <message>
      <source>65–74 with a disability certification: apply again when arriving from another prefecture</source>
      <extracomment>ja: 65〜74歳の障害認定者は県外からの転入で障害認定を申請し直す</extracomment>
      <translation type="unfinished">65～74岁有残疾认定者：从其他都道府县迁入时须重新申请</translation>
    </message>
    <message>
      <source>Moving to another prefecture: issue the cost-share certificate</source>
      <extracomment>ja: 県外へは負担区分等証明書を交付</extracomment>
      <translation type="unfinished">迁往其他都道府县：发放负担区分等证明书</translation>
    </message>
    <message>
      <source>Address change only</source>
      <extracomment>ja: 住所変更のみ</extracomment>
      <translation type="unfinished">仅变更地址</translation>
    </message>
    <message>
      <source>Late-elderly medical care ends (death)</source>
      <extracomment>ja: 後期高齢者医療 資格喪失（死亡）</extracomment>
      <translation type="unfinished">后期高龄者医疗资格丧失（死亡）</translation>
    </message>
    <message>
      <source>Long-term care insurance notification</source>
      <extracomment>ja: 介護保険の届出</extracomment>
      <translation type="unfinished">护理保险的申报</translation>
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
      <translation type="unfinished">迁入后14天以内（认定的转移也是14天以内）</translation>
    </message>
    <message>
      <source>The certificate of eligibility from the previous municipality</source>
      <extracomment>ja: 介護保険受給資格証明書（前の住所地で交付）</extracomment>
      <translation type="unfinished">原市町村发放的护理保险受给资格证明书</translation>
    </message>
    <message>
      <source>65+ without a certification: the card comes by post</source>
      <extracomment>ja: 認定のない65歳以上は被保険者証を後日郵送</extracomment>
      <translation type="unfinished">65岁以上无认定者：保险证日后邮寄</translation>
    </message>
    <message>
      <source>The long-term care insurance card</source>
      <extracomment>ja: 介護保険被保険者証</extracomment>
      <translation type="unfinished">护理保险被保险者证</translation>
    </message>
    <message>
      <source>Issue the certificate of eligibility</source>
      <extracomment>ja: 受給資格証明書を交付</extracomment>
      <translation type="unfinished">发放受给资格证明书</translation>
    </message>
    <message>
      <source>Issue the card with the new address</source>
      <extracomment>ja: 新しい住所の被保険者証を交付</extracomment>
      <translation type="unfinished">发放新地址的保险证</translation>
    </message>
    <message>
      <source>Long-term care insurance ends (death)</source>
      <extracomment>ja: 介護保険 資格喪失（死亡）</extracomment>
      <translation type="unfinished">护理保险资格丧失（死亡）</translation>
    </message>
    <message>
      <source>The deceased's care insurance card and cost-share certificate</source>
      <extracomment>ja: 亡くなった方の介護保険被保険者証・負担割合証</extracomment>
      <translation type="unfinished">去世者的护理保险被保险者证和负担比例证</translation>
    </message>
    <message>
      <source>Explain the settlement of the premiums</source>
      <extracomment>ja: 保険料の精算（還付・未納）を案内</extracomment>
      <translation type="unfinished">说明保险费的结算</translation>
    </message>
    <message>
      <source>National Pension notification</source>
      <extracomment>ja: 国民年金の届出</extracomment>
      <translation type="unfinished">国民年金的申报</translation>
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
      <translation type="unfinished">加入国民年金（从国外迁入）</translation>
    </message>
    <message>
      <source>Something showing the basic pension number (if any)</source>
      <extracomment>ja: 基礎年金番号がわかるもの（お持ちの方）</extracomment>
      <translation type="unfinished">能确认基础年金号码的材料（如持有）</translation>
    </message>
    <message>
      <source>Passport</source>
      <extracomment>ja: パスポート</extracomment>
      <translation type="unfinished">护照</translation>
    </message>
    <message>
      <source>Era codes of pension forms (S=5 H=7 R=9)</source>
      <extracomment>ja: 生年月日は年金様式の元号コード（昭5・平7・令9）で記入</extracomment>
      <translation type="unfinished">年金表格的年号代码（昭和=5 平成=7 令和=9）</translation>
    </message>
    <message>
      <source>A child of 20 or over is category 1 even as a dependant on a parent's insurance</source>
      <extracomment>ja: 親の社会保険の扶養でも20歳以上の子は第1号被保険者</extracomment>
      <translation type="unfinished">20岁以上的子女即使是父母保险的被扶养人，也是第1号被保险者</translation>
    </message>
    <message>
      <source>National Pension category change (3 → 1)</source>
      <extracomment>ja: 国民年金 種別変更（第3号→第1号）</extracomment>
      <translation type="unfinished">国民年金种别变更（第3号→第1号）</translation>
    </message>
    <message>
      <source>Within 14 days of the divorce</source>
      <extracomment>ja: 離婚から14日以内</extracomment>
      <translation type="unfinished">离婚后14天以内</translation>
    </message>
    <message>
      <source>Something showing the basic pension number</source>
      <extracomment>ja: 基礎年金番号がわかるもの</extracomment>
      <translation type="unfinished">能确认基础年金号码的材料</translation>
    </message>
    <message>
      <source>National Pension category 3 (filed through the spouse's employer)</source>
      <extracomment>ja: 国民年金 第3号被保険者（配偶者の勤め先で届出）</extracomment>
      <translation type="unfinished">国民年金第3号被保险者（通过配偶的工作单位申报）</translation>
    </message>
    <message>
      <source>Within 14 days through the spouse's employer</source>
      <extracomment>ja: 配偶者の勤め先を通じて14日以内</extracomment>
      <translation type="unfinished">通过配偶的工作单位在14天以内申报</translation>
    </message>
    <message>
      <source>Explain that the spouse's employer files it</source>
      <extracomment>ja: 配偶者の勤め先経由で届け出るよう案内</extracomment>
      <translation type="unfinished">说明由配偶的工作单位申报</translation>
    </message>
    <message>
      <source>National Pension: voluntary membership while abroad</source>
      <extracomment>ja: 国民年金 任意加入の案内（国外転出）</extracomment>
      <translation type="unfinished">国民年金：在国外期间的任意加入</translation>
    </message>
    <message>
      <source>Optional (can be applied for before leaving)</source>
      <extracomment>ja: 任意（転出前に申し出可）</extracomment>
      <translation type="unfinished">任意（可在迁出前申请）</translation>
    </message>
    <message>
      <source>The bank book for the premium debit</source>
      <extracomment>ja: 保険料の引落口座の通帳</extracomment>
      <translation type="unfinished">用于扣缴保险费的存折</translation>
    </message>
    <message>
      <source>Category 1 ends with the move abroad; explain voluntary membership</source>
      <extracomment>ja: 国外転出で第1号被保険者資格を喪失。任意加入と国内協力者を案内</extracomment>
      <translation type="unfinished">迁往国外后丧失第1号资格；说明任意加入</translation>
    </message>
    <message>
      <source>Death of a pensioner and unpaid pension claim</source>
      <extracomment>ja: 年金受給権者死亡届・未支給年金請求</extracomment>
      <translation type="unfinished">年金领取者死亡申报及未支付年金的请求</translation>
    </message>
    <message>
      <source>Within 14 days (not needed when the My Number is on file)</source>
      <extracomment>ja: 死亡から14日以内（マイナンバー収録済みなら死亡届は不要）</extracomment>
      <translation type="unfinished">14天以内（已登记个人编号的不需要）</translation>
    </message>
    <message>
      <source>The deceased's pension certificate</source>
      <extracomment>ja: 亡くなった方の年金証書</extracomment>
      <translation type="unfinished">去世者的年金证书</translation>
    </message>
    <message>
      <source>A bank book in the claimant's name (unpaid pension)</source>
      <extracomment>ja: 請求者名義の通帳（未支給年金）</extracomment>
      <translation type="unfinished">请求人名义的存折（未支付年金）</translation>
    </message>
    <message>
      <source>The death report can be skipped when the My Number is on file</source>
      <extracomment>ja: マイナンバー収録済みなら受給権者死亡届は省略可</extracomment>
      <translation type="unfinished">已登记个人编号时可省略死亡申报</translation>
    </message>
    <message>
      <source>National Pension: premiums waived around childbirth</source>
      <extracomment>ja: 国民年金 産前産後期間の保険料免除</extracomment>
      <translation type="unfinished">国民年金：产前产后期间免除保险费</translation>
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
      <translation type="unfinished">从预产期前6个月起可申报（产后也可）</translation>
    </message>
    <message>
      <source>The mother-and-child handbook (showing the birth)</source>
      <extracomment>ja: 母子健康手帳（出産日がわかるもの）</extracomment>
      <translation type="unfinished">母子健康手册（能确认分娩日期的）</translation>
    </message>
    <message>
      <source>Waived for 4 months from the month before the birth (6 months for multiple births), since 2019-04</source>
      <extracomment>ja: 出産予定月の前月から4か月間（多胎は3か月前から6か月間）免除（2019年4月から）</extracomment>
      <translation type="unfinished">自2019年4月起，从分娩月的前一个月起免除4个月（多胞胎为6个月）</translation>
    </message>
    <message>
      <source>National Health Insurance: tax reduced around childbirth</source>
      <extracomment>ja: 国民健康保険 産前産後期間の保険税軽減</extracomment>
      <translation type="unfinished">国民健康保险：产前产后期间减免保险税</translation>
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
      <translation type="unfinished">自2024年1月起，分娩前后减免4个月（多胞胎为6个月）</translation>
    </message>
    <message>
      <source>Child allowance</source>
      <extracomment>ja: 児童手当</extracomment>
      <translation type="unfinished">儿童补贴（児童手当）</translation>
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
      <translation type="unfinished">儿童补贴认定请求</translation>
    </message>
    <message>
      <source>Within 15 days of the planned move (the 15-day rule)</source>
      <extracomment>ja: 転出予定日の翌日から15日以内（15日特例）</extracomment>
      <translation type="unfinished">预定迁出日的次日起15天以内（15天特例）</translation>
    </message>
    <message>
      <source>A bank book in the claimant's name</source>
      <extracomment>ja: 請求者名義の通帳</extracomment>
      <translation type="unfinished">请求人名义的存折</translation>
    </message>
    <message>
      <source>Proof of the claimant's health insurance</source>
      <extracomment>ja: 請求者の健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">请求人健康保险的证明</translation>
    </message>
    <message>
      <source>The claimant's (your spouse's) signature, or their letter of proxy</source>
      <extracomment>ja: 請求者（配偶者）の署名（来られない場合は請求者からの委任状）</extracomment>
      <translation type="unfinished">请求人（您的配偶）的签名，或其委托书</translation>
    </message>
    <message>
      <source>Record the My Number of the claimant and spouse</source>
      <extracomment>ja: 請求者・配偶者の個人番号を記入</extracomment>
      <translation type="unfinished">记录请求人和配偶的个人编号</translation>
    </message>
    <message>
      <source>Public servants claim through their employer</source>
      <extracomment>ja: 公務員は勤務先で請求</extracomment>
      <translation type="unfinished">公务员通过工作单位请求</translation>
    </message>
    <message>
      <source>Child allowance claim (or amount change)</source>
      <extracomment>ja: 児童手当 認定請求・額改定請求</extracomment>
      <translation type="unfinished">儿童补贴认定请求（或金额变更）</translation>
    </message>
    <message>
      <source>Within 15 days of the birth (the 15-day rule)</source>
      <extracomment>ja: 出生日の翌日から15日以内（15日特例）</extracomment>
      <translation type="unfinished">出生次日起15天以内（15天特例）</translation>
    </message>
    <message>
      <source>Already receiving it? Then an amount change</source>
      <extracomment>ja: すでに受給中なら額改定請求</extracomment>
      <translation type="unfinished">已在领取？则办理金额变更</translation>
    </message>
    <message>
      <source>Child allowance ends (moving out)</source>
      <extracomment>ja: 児童手当 受給事由消滅届</extracomment>
      <translation type="unfinished">儿童补贴领取事由消灭（迁出）</translation>
    </message>
    <message>
      <source>By the planned moving date</source>
      <extracomment>ja: 転出予定日までに</extracomment>
      <translation type="unfinished">在预定迁出日之前</translation>
    </message>
    <message>
      <source>Claim again at the new town within 15 days</source>
      <extracomment>ja: 転出先で15日以内に認定請求するよう案内</extracomment>
      <translation type="unfinished">请在迁入地15天以内重新请求</translation>
    </message>
    <message>
      <source>Child allowance claimant or amount change</source>
      <extracomment>ja: 児童手当 請求者の変更・額改定</extracomment>
      <translation type="unfinished">儿童补贴请求人或金额变更</translation>
    </message>
    <message>
      <source>Within 15 days of the marriage</source>
      <extracomment>ja: 婚姻の日の翌日から15日以内</extracomment>
      <translation type="unfinished">结婚次日起15天以内</translation>
    </message>
    <message>
      <source>The main earner is the claimant</source>
      <extracomment>ja: 生計中心者（所得の高い方）が請求者</extracomment>
      <translation type="unfinished">收入较高的一方为请求人</translation>
    </message>
    <message>
      <source>Child allowance claim (the recipient died)</source>
      <extracomment>ja: 児童手当 認定請求（受給者の死亡）</extracomment>
      <translation type="unfinished">儿童补贴认定请求（领取人死亡）</translation>
    </message>
    <message>
      <source>Child allowance: amount change or end (a child died)</source>
      <extracomment>ja: 児童手当 額改定届・受給事由消滅届（児童の死亡）</extracomment>
      <translation type="unfinished">儿童补贴：金额变更或终止（孩子死亡）</translation>
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
      <translation type="unfinished">领取人的身份证件</translation>
    </message>
    <message>
      <source>As soon as possible (within 15 days)</source>
      <extracomment>ja: すみやかに（15日以内）</extracomment>
      <translation type="unfinished">尽快（15天以内）</translation>
    </message>
    <message>
      <source>Other children: an amount change; none: the allowance ends</source>
      <extracomment>ja: ほかに対象の児童がいれば額改定届、いなければ受給事由消滅届</extracomment>
      <translation type="unfinished">还有其他孩子：金额变更；没有：补贴终止</translation>
    </message>
    <message>
      <source>Child medical expense support</source>
      <extracomment>ja: 子ども医療費助成</extracomment>
      <translation type="unfinished">儿童医疗费补助</translation>
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
      <translation type="unfinished">孩子健康保险的证明</translation>
    </message>
    <message>
      <source>A bank book in the guardian's name</source>
      <extracomment>ja: 保護者名義の通帳</extracomment>
      <translation type="unfinished">监护人名义的存折</translation>
    </message>
    <message>
      <source>Covered up to the 31 March after age 18 (town rule)</source>
      <extracomment>ja: 18歳到達後の3月31日までが対象（町の基準）</extracomment>
      <translation type="unfinished">补助至年满18岁后的3月31日（町的标准）</translation>
    </message>
    <message>
      <source>Within 14 days of the birth</source>
      <extracomment>ja: 出生から14日以内（遅れると遡れない場合があります）</extracomment>
      <translation type="unfinished">出生后14天以内</translation>
    </message>
    <message>
      <source>Proof of the child's health insurance (after enrolment)</source>
      <extracomment>ja: 子どもの健康保険の資格情報がわかるもの（加入手続き後）</extracomment>
      <translation type="unfinished">孩子健康保险的证明（加入手续后）</translation>
    </message>
    <message>
      <source>Child medical support change (address)</source>
      <extracomment>ja: 子ども医療費 変更届（住所）</extracomment>
      <translation type="unfinished">儿童医疗费补助变更（地址）</translation>
    </message>
    <message>
      <source>The child medical support card</source>
      <extracomment>ja: 子ども医療費受給者証</extracomment>
      <translation type="unfinished">儿童医疗费受给者证</translation>
    </message>
    <message>
      <source>Child medical support change (guardian, insurance, address)</source>
      <extracomment>ja: 子ども医療費 変更届（保護者・健康保険・住所）</extracomment>
      <translation type="unfinished">儿童医疗费补助变更（监护人、保险、地址）</translation>
    </message>
    <message>
      <source>Proof of the child's new health insurance</source>
      <extracomment>ja: 子どもの新しい健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">孩子新健康保险的证明</translation>
    </message>
    <message>
      <source>Child medical support ends (return the card)</source>
      <extracomment>ja: 子ども医療費 受給資格喪失（受給者証の返却）</extracomment>
      <translation type="unfinished">儿童医疗费补助终止（交还受给者证）</translation>
    </message>
    <message>
      <source>By the moving date (not usable after)</source>
      <extracomment>ja: 転出日まで（転出後は使えません）</extracomment>
      <translation type="unfinished">迁出日之前（迁出后不能使用）</translation>
    </message>
    <message>
      <source>As soon as possible</source>
      <extracomment>ja: すみやかに</extracomment>
      <translation type="unfinished">尽快</translation>
    </message>
    <message>
      <source>The child's medical support card</source>
      <extracomment>ja: 亡くなったお子さんの子ども医療費受給者証</extracomment>
      <translation type="unfinished">孩子的医疗费受给者证</translation>
    </message>
    <message>
      <source>Single-parent allowance and medical support</source>
      <extracomment>ja: 児童扶養手当・ひとり親家庭等医療</extracomment>
      <translation type="unfinished">儿童抚养津贴及单亲家庭医疗补助</translation>
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
      <translation type="unfinished">从请求的次月起支付</translation>
    </message>
    <message>
      <source>The family register (child and claimant)</source>
      <extracomment>ja: 戸籍謄本（児童と請求者）</extracomment>
      <translation type="unfinished">户籍誊本（孩子和请求人）</translation>
    </message>
    <message>
      <source>Income certificate from the previous town</source>
      <extracomment>ja: 所得証明書（前の住所地で発行、1月1日に町外の方）</extracomment>
      <translation type="unfinished">原住址市町村的所得证明书</translation>
    </message>
    <message>
      <source>Check the income limit</source>
      <extracomment>ja: 所得制限を確認</extracomment>
      <translation type="unfinished">确认收入限制</translation>
    </message>
    <message>
      <source>A de-facto marriage also ends it</source>
      <extracomment>ja: 事実婚でも資格喪失</extracomment>
      <translation type="unfinished">事实婚姻也会终止资格</translation>
    </message>
    <message>
      <source>Single-parent allowance and medical support (birth)</source>
      <extracomment>ja: 児童扶養手当・ひとり親家庭等医療の請求（出生）</extracomment>
      <translation type="unfinished">儿童抚养津贴及单亲家庭医疗补助（出生）</translation>
    </message>
    <message>
      <source>Paid from the month after the claim (claim soon after the birth notification)</source>
      <extracomment>ja: 請求した月の翌月分から支給（出生届のあと早めに）</extracomment>
      <translation type="unfinished">从请求的次月起支付（出生申报后请尽早请求）</translation>
    </message>
    <message>
      <source>The family register (after the birth is entered)</source>
      <extracomment>ja: 戸籍謄本（出生の記載後のもの）</extracomment>
      <translation type="unfinished">户籍誊本（记载出生后的）</translation>
    </message>
    <message>
      <source>The register copy may follow later</source>
      <extracomment>ja: 戸籍への記載に日数がかかる場合は後日提出</extracomment>
      <translation type="unfinished">户籍誊本可以日后提交</translation>
    </message>
    <message>
      <source>Single-parent support ends (marriage)</source>
      <extracomment>ja: 児童扶養手当・ひとり親医療 資格喪失届</extracomment>
      <translation type="unfinished">单亲家庭补助终止（结婚）</translation>
    </message>
    <message>
      <source>Soon after the marriage (overpayments are reclaimed)</source>
      <extracomment>ja: 婚姻後すみやかに（過払いは返還）</extracomment>
      <translation type="unfinished">结婚后尽快（多领的需返还）</translation>
    </message>
    <message>
      <source>The allowance certificate and the medical card</source>
      <extracomment>ja: 児童扶養手当証書・ひとり親医療受給者証</extracomment>
      <translation type="unfinished">儿童抚养津贴证书和医疗受给者证</translation>
    </message>
    <message>
      <source>School transfer</source>
      <extracomment>ja: 転入学の手続き</extracomment>
      <translation type="unfinished">转学手续</translation>
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
      <translation type="unfinished">搬家后尽快</translation>
    </message>
    <message>
      <source>Certificate of enrolment from the previous school</source>
      <extracomment>ja: 在学証明書（前の学校で発行）</extracomment>
      <translation type="unfinished">原学校发放的在学证明书</translation>
    </message>
    <message>
      <source>Textbook certificate from the previous school</source>
      <extracomment>ja: 教科用図書給与証明書（前の学校で発行）</extracomment>
      <translation type="unfinished">原学校发放的教科书发放证明书</translation>
    </message>
    <message>
      <source>Issue the transfer notice naming the school</source>
      <extracomment>ja: 転入学通知書を交付（学校を指定）</extracomment>
      <translation type="unfinished">发放指定学校的转入学通知书</translation>
    </message>
    <message>
      <source>Children from abroad: agree the grade and Japanese support</source>
      <extracomment>ja: 海外からの帰国・外国籍の児童は学年と日本語指導を相談</extracomment>
      <translation type="unfinished">从国外来的孩子：商定年级和日语辅导</translation>
    </message>
    <message>
      <source>Certificate of enrolment from the current school</source>
      <extracomment>ja: 在学証明書（今の学校で発行）</extracomment>
      <translation type="unfinished">现学校发放的在学证明书</translation>
    </message>
    <message>
      <source>Textbook certificate from the current school</source>
      <extracomment>ja: 教科用図書給与証明書（今の学校で発行）</extracomment>
      <translation type="unfinished">现学校发放的教科书发放证明书</translation>
    </message>
    <message>
      <source>Leaving the school (moving out)</source>
      <extracomment>ja: 転校の手続き（転出）</extracomment>
      <translation type="unfinished">离校手续（迁出）</translation>
    </message>
    <message>
      <source>Tell the school before moving</source>
      <extracomment>ja: 転出前に学校へ連絡</extracomment>
      <translation type="unfinished">搬家前告知学校</translation>
    </message>
    <message>
      <source>The school issues the certificates</source>
      <extracomment>ja: 在学証明書・教科用図書給与証明書は学校で受け取り</extracomment>
      <translation type="unfinished">证明书由学校发放</translation>
    </message>
    <message>
      <source>Nursery transfer</source>
      <extracomment>ja: 保育所・こども園の転園</extracomment>
      <translation type="unfinished">保育所・儿童园的转园</translation>
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
      <translation type="unfinished">免费（保育费另计）</translation>
    </message>
    <message>
      <source>By the 10th of the month before (check the town rule)</source>
      <extracomment>ja: 入園希望月の前月10日まで（町の基準を確認）</extracomment>
      <translation type="unfinished">希望入园月份的前一个月10日之前（请确认町的标准）</translation>
    </message>
    <message>
      <source>Proof of the need for childcare (e.g. an employment certificate)</source>
      <extracomment>ja: 就労証明書など保育の必要性がわかるもの</extracomment>
      <translation type="unfinished">需要保育的证明（如在职证明书）</translation>
    </message>
    <message>
      <source>Check availability</source>
      <extracomment>ja: 空き状況を確認</extracomment>
      <translation type="unfinished">确认空位情况</translation>
    </message>
    <message>
      <source>Leaving the nursery</source>
      <extracomment>ja: 保育所・こども園の退園</extracomment>
      <translation type="unfinished">保育所・儿童园的退园</translation>
    </message>
    <message>
      <source>By the end of the month before leaving (check the town rule)</source>
      <extracomment>ja: 退園する月の前月末まで（町の基準を確認）</extracomment>
      <translation type="unfinished">退园月份的前一个月月底之前（请确认町的标准）</translation>
    </message>
    <message>
      <source>Maternal and child health</source>
      <extracomment>ja: 母子保健（妊婦健診受診票の交換・乳幼児健診）</extracomment>
      <translation type="unfinished">母婴保健</translation>
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
      <translation type="unfinished">未使用的孕妇健康检查票</translation>
    </message>
    <message>
      <source>Check the vaccination record</source>
      <extracomment>ja: 予防接種の履歴を確認</extracomment>
      <translation type="unfinished">确认预防接种记录</translation>
    </message>
    <message>
      <source>Newborn visit, infant check-ups and vaccinations</source>
      <extracomment>ja: 出生後の母子保健（新生児訪問・乳児健診・予防接種）</extracomment>
      <translation type="unfinished">新生儿访问、婴幼儿健康检查及预防接种</translation>
    </message>
    <message>
      <source>As soon as possible (birth contact card)</source>
      <extracomment>ja: すみやかに（出生連絡票）</extracomment>
      <translation type="unfinished">尽快（出生联络票）</translation>
    </message>
    <message>
      <source>Arrange the newborn visit</source>
      <extracomment>ja: 新生児訪問の日程を調整</extracomment>
      <translation type="unfinished">安排新生儿访问</translation>
    </message>
    <message>
      <source>Disability certificate address change</source>
      <extracomment>ja: 障害者手帳 居住地変更</extracomment>
      <translation type="unfinished">残疾人手册的居住地变更</translation>
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
      <translation type="unfinished">残疾人手册</translation>
    </message>
    <message>
      <source>Also check the severe-disability medical aid</source>
      <extracomment>ja: 重度心身障害者医療の登録も確認</extracomment>
      <translation type="unfinished">同时确认重度身心障碍者医疗</translation>
    </message>
    <message>
      <source>Returning the disability certificate</source>
      <extracomment>ja: 障害者手帳の返還</extracomment>
      <translation type="unfinished">交还残疾人手册</translation>
    </message>
    <message>
      <source>The deceased's disability certificate</source>
      <extracomment>ja: 亡くなった方の障害者手帳</extracomment>
      <translation type="unfinished">去世者的残疾人手册</translation>
    </message>
    <message>
      <source>Also collect the severe-disability medical card</source>
      <extracomment>ja: 重度心身障害者医療の受給者証も回収</extracomment>
      <translation type="unfinished">同时回收重度身心障碍者医疗受给者证</translation>
    </message>
    <message>
      <source>Starting the water supply</source>
      <extracomment>ja: 水道の使用開始</extracomment>
      <translation type="unfinished">开始使用自来水</translation>
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
      <translation type="unfinished">免费（水费另计）</translation>
    </message>
    <message>
      <source>3 to 5 days before</source>
      <extracomment>ja: 使用開始の3〜5日前まで</extracomment>
      <translation type="unfinished">开始使用的3～5天前</translation>
    </message>
    <message>
      <source>Bank book and its seal for direct debit</source>
      <extracomment>ja: 口座振替用の通帳と届出印</extracomment>
      <translation type="unfinished">用于自动扣款的存折和预留印章</translation>
    </message>
    <message>
      <source>Check the tap number</source>
      <extracomment>ja: 水栓番号を確認</extracomment>
      <translation type="unfinished">确认水栓号码</translation>
    </message>
    <message>
      <source>Stopping the water at the old address and starting it at the new one</source>
      <extracomment>ja: 水道の使用中止（旧住所）・開始（新住所）</extracomment>
      <translation type="unfinished">旧地址停止用水、新地址开始用水</translation>
    </message>
    <message>
      <source>3 to 5 days before the move</source>
      <extracomment>ja: 引っ越しの3〜5日前まで</extracomment>
      <translation type="unfinished">搬家的3～5天前</translation>
    </message>
    <message>
      <source>The last meter slip of the old address (customer number)</source>
      <extracomment>ja: 旧住所の検針票（お客様番号がわかるもの）</extracomment>
      <translation type="unfinished">旧地址最后一次的抄表单（客户编号）</translation>
    </message>
    <message>
      <source>Agree the final reading at the old address and the start at the new one</source>
      <extracomment>ja: 旧住所の最終検針日と新住所の開始日を確認</extracomment>
      <translation type="unfinished">商定旧地址的最终抄表日和新地址的开始日期</translation>
    </message>
    <message>
      <source>Stopping the water supply</source>
      <extracomment>ja: 水道の使用中止</extracomment>
      <translation type="unfinished">停止使用自来水</translation>
    </message>
    <message>
      <source>Free (the final bill is settled)</source>
      <extracomment>ja: 無料（最終料金を精算）</extracomment>
      <translation type="unfinished">免费（结算最终水费）</translation>
    </message>
    <message>
      <source>A meter slip (customer number)</source>
      <extracomment>ja: 検針票（お客様番号がわかるもの）</extracomment>
      <translation type="unfinished">抄表单（客户编号）</translation>
    </message>
    <message>
      <source>Agree the final meter reading, the settlement and the forwarding address</source>
      <extracomment>ja: 最終検針日と精算方法・転出先の送付先を確認</extracomment>
      <translation type="unfinished">商定最终抄表日、结算方法和新的寄送地址</translation>
    </message>
    <message>
      <source>Changing the name on the water contract</source>
      <extracomment>ja: 水道の名義変更</extracomment>
      <translation type="unfinished">自来水合同的名义变更</translation>
    </message>
    <message>
      <source>The new holder's bank book and seal for direct debit</source>
      <extracomment>ja: 新しい名義人の口座振替用の通帳と届出印</extracomment>
      <translation type="unfinished">新名义人用于自动扣款的存折和预留印章</translation>
    </message>
    <message>
      <source>If the debit account was the deceased's, change it too</source>
      <extracomment>ja: 口座が亡くなった方の名義なら振替口座も変更</extracomment>
      <translation type="unfinished">如扣款账户是去世者名义，也需变更</translation>
    </message>
    <message>
      <source>If the deceased lived alone: stop the supply and settle instead</source>
      <extracomment>ja: ひとり暮らしだった場合は名義変更ではなく使用中止と最終精算</extracomment>
      <translation type="unfinished">去世者独居时：改为停止用水并结算</translation>
    </message>
    <message>
      <source>Rubbish sorting guide</source>
      <extracomment>ja: ごみの出し方の案内</extracomment>
      <translation type="unfinished">垃圾分类指南</translation>
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
      <translation type="unfinished">指定垃圾袋需付费购买</translation>
    </message>
    <message>
      <source>None</source>
      <extracomment>ja: なし</extracomment>
      <translation type="unfinished">无</translation>
    </message>
    <message>
      <source>Hand over the collection calendar and sorting guide</source>
      <extracomment>ja: ごみカレンダーと分別表を渡す</extracomment>
      <translation type="unfinished">交给垃圾收集日历和分类表</translation>
    </message>
    <message>
      <source>Dog registration change</source>
      <extracomment>ja: 犬の登録事項変更</extracomment>
      <translation type="unfinished">狗的登记事项变更</translation>
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
      <translation type="unfinished">狂犬病预防注射完毕牌</translation>
    </message>
    <message>
      <source>Free (in exchange for the old tag)</source>
      <extracomment>ja: 無料（前の鑑札と引き換え）</extracomment>
      <translation type="unfinished">免费（换领旧的登记牌）</translation>
    </message>
    <message>
      <source>Within 30 days of moving in</source>
      <extracomment>ja: 転入から30日以内</extracomment>
      <translation type="unfinished">迁入后30天以内</translation>
    </message>
    <message>
      <source>The dog tag from the previous municipality</source>
      <extracomment>ja: 前の市町村の鑑札</extracomment>
      <translation type="unfinished">原市町村的狗登记牌</translation>
    </message>
    <message>
      <source>Issue a new tag</source>
      <extracomment>ja: 新しい鑑札を交付</extracomment>
      <translation type="unfinished">发放新的登记牌</translation>
    </message>
    <message>
      <source>Within 30 days of the move</source>
      <extracomment>ja: 転居から30日以内</extracomment>
      <translation type="unfinished">迁居后30天以内</translation>
    </message>
    <message>
      <source>The dog tag</source>
      <extracomment>ja: 鑑札</extracomment>
      <translation type="unfinished">狗登记牌</translation>
    </message>
    <message>
      <source>Change the address in the register</source>
      <extracomment>ja: 登録台帳の住所を変更</extracomment>
      <translation type="unfinished">变更登记簿上的地址</translation>
    </message>
    <message>
      <source>Change of dog owner</source>
      <extracomment>ja: 犬の所有者の変更</extracomment>
      <translation type="unfinished">狗的主人变更</translation>
    </message>
    <message>
      <source>Within 30 days of the change of owner</source>
      <extracomment>ja: 所有者の変更から30日以内</extracomment>
      <translation type="unfinished">主人变更后30天以内</translation>
    </message>
    <message>
      <source>The new owner's photo ID</source>
      <extracomment>ja: 新しい所有者の本人確認書類</extracomment>
      <translation type="unfinished">新主人的身份证件</translation>
    </message>
    <message>
      <source>Enter the new owner in the register</source>
      <extracomment>ja: 新しい所有者を登録台帳に記載</extracomment>
      <translation type="unfinished">在登记簿上记载新主人</translation>
    </message>
    <message>
      <source>Moped registration</source>
      <extracomment>ja: 原付・ミニカーの登録</extracomment>
      <translation type="unfinished">小型摩托车的登记</translation>
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
      <translation type="unfinished">免费（轻型车辆税向4月1日的车主征收）</translation>
    </message>
    <message>
      <source>Within 15 days</source>
      <extracomment>ja: 15日以内</extracomment>
      <translation type="unfinished">15天以内</translation>
    </message>
    <message>
      <source>The previous deregistration receipt or the number plate</source>
      <extracomment>ja: 前の市町村の廃車申告受付書またはナンバープレート</extracomment>
      <translation type="unfinished">原市町村的报废申报受理书或车牌</translation>
    </message>
    <message>
      <source>The plate certificate</source>
      <extracomment>ja: 標識交付証明書</extracomment>
      <translation type="unfinished">车牌发放证明书</translation>
    </message>
    <message>
      <source>Over 125 cc or 4-wheel light cars go to the transport offices</source>
      <extracomment>ja: 126cc以上・軽四輪は運輸支局・軽自動車検査協会を案内</extracomment>
      <translation type="unfinished">超过125cc或四轮轻型车请到运输支局等办理</translation>
    </message>
    <message>
      <source>Moped deregistration</source>
      <extracomment>ja: 原付の廃車申告</extracomment>
      <translation type="unfinished">小型摩托车的报废申报</translation>
    </message>
    <message>
      <source>Before moving</source>
      <extracomment>ja: 転出前に</extracomment>
      <translation type="unfinished">迁出之前</translation>
    </message>
    <message>
      <source>The number plate</source>
      <extracomment>ja: ナンバープレート</extracomment>
      <translation type="unfinished">车牌</translation>
    </message>
    <message>
      <source>Moped change of owner or deregistration</source>
      <extracomment>ja: 原付の名義変更・廃車</extracomment>
      <translation type="unfinished">小型摩托车的名义变更或报废</translation>
    </message>
    <message>
      <source>The number plate (when deregistering)</source>
      <extracomment>ja: ナンバープレート（廃車の場合）</extracomment>
      <translation type="unfinished">车牌（报废时）</translation>
    </message>
    <message>
      <source>The new owner's photo ID (change of owner)</source>
      <extracomment>ja: 新しい所有者の本人確認書類（名義変更の場合）</extracomment>
      <translation type="unfinished">新车主的身份证件（名义变更时）</translation>
    </message>
    <message>
      <source>Property tax representative</source>
      <extracomment>ja: 固定資産税の納税管理人・相続人代表者の届出</extracomment>
      <translation type="unfinished">固定资产税的纳税管理人</translation>
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
      <translation type="unfinished">纳税管理人的申报</translation>
    </message>
    <message>
      <source>Before moving (check the town tax ordinance)</source>
      <extracomment>ja: 転出前に（町の税条例を確認）</extracomment>
      <translation type="unfinished">迁出之前（请确认町的税务条例）</translation>
    </message>
    <message>
      <source>The representative's consent</source>
      <extracomment>ja: 納税管理人の承諾がわかるもの</extracomment>
      <translation type="unfinished">纳税管理人的同意书</translation>
    </message>
    <message>
      <source>Tax on property in the town continues after moving</source>
      <extracomment>ja: 町外に転出しても町内の資産の課税は続くことを説明</extracomment>
      <translation type="unfinished">迁出后町内资产仍需继续纳税</translation>
    </message>
    <message>
      <source>Naming the heirs' representative</source>
      <extracomment>ja: 相続人代表者の届出</extracomment>
      <translation type="unfinished">继承人代表的申报</translation>
    </message>
    <message>
      <source>As soon as possible (check the town tax ordinance)</source>
      <extracomment>ja: すみやかに（町の税条例を確認）</extracomment>
      <translation type="unfinished">尽快（请确认町的税务条例）</translation>
    </message>
    <message>
      <source>The representative's photo ID</source>
      <extracomment>ja: 代表者の本人確認書類</extracomment>
      <translation type="unfinished">代表人的身份证件</translation>
    </message>
    <message>
      <source>Explain the inheritance registration (compulsory since 2024-04-01)</source>
      <extracomment>ja: 相続登記の案内（法務局、2024年4月1日から義務化）</extracomment>
      <translation type="unfinished">说明继承登记（2024年4月1日起为义务）</translation>
    </message>
    <message>
      <source>Copies of the residence record</source>
      <extracomment>ja: 住民票の写し等の交付</extracomment>
      <translation type="unfinished">住民票副本的发放</translation>
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
      <translation type="unfinished">申请人的身份证件</translation>
    </message>
    <message>
      <source>For an agent: the power of attorney</source>
      <extracomment>ja: 代理人の場合は委任状</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>300 yen a copy</source>
      <extracomment>ja: 1通300円</extracomment>
      <translation type="unfinished">每份300日元</translation>
    </message>
    <message>
      <source>Copies with the My Number go by post if an agent asks</source>
      <extracomment>ja: 個人番号入りは代理人に交付しない（郵送）</extracomment>
      <translation type="unfinished">含个人编号的副本，代理人申请时以邮寄方式发放</translation>
    </message>
    <message>
      <source>Certificates after the death</source>
      <extracomment>ja: 住民票の除票等の交付</extracomment>
      <translation type="unfinished">死亡后的证明书</translation>
    </message>
    <message>
      <source>The removed record is issued after the death notice is processed</source>
      <extracomment>ja: 除票は死亡届の処理後に交付</extracomment>
      <translation type="unfinished">除票在死亡申报处理后发放</translation>
    </message>
    <message>
      <source>Pension office: death of an employees' pension recipient</source>
      <extracomment>ja: 年金事務所での手続き（厚生年金の死亡届・遺族年金）</extracomment>
      <translation type="unfinished">年金事务所：厚生年金领取者的死亡</translation>
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
      <translation type="unfinished">10天以内（已登记个人编号的不需要）</translation>
    </message>
    <message>
      <source>Pension certificate, proof of death, the claimant's bank book</source>
      <extracomment>ja: 年金証書・死亡の事実がわかる書類・請求者の通帳</extracomment>
      <translation type="unfinished">年金证书、死亡证明材料、请求人的存折</translation>
    </message>
    <message>
      <source>Explain how to book the pension office</source>
      <extracomment>ja: 年金事務所の予約方法を案内</extracomment>
      <translation type="unfinished">说明年金事务所的预约方法</translation>
    </message>
  </context>
  <context>
    <name>questions</name>
    <message>
      <source>I don't know</source>
      <extracomment>ja: わからない</extracomment>
      <translation type="unfinished">不知道</translation>
    </message>
    <message>
      <source>Choose this if you are not sure. Any form that may be needed is printed too, and a clerk checks it with you at the counter.</source>
      <extracomment>ja: わからないときは、これを選んでください。必要かもしれない書類も印刷し、窓口で職員が確認します。</extracomment>
      <translation type="unfinished">不确定时请选择这一项。可能需要的表格也会打印出来，由窗口工作人员与您确认。</translation>
    </message>
    <message>
      <source>Where did you move here from?</source>
      <extracomment>ja: どこから引っ越してきましたか？</extracomment>
      <translation type="unfinished">您是从哪里搬来的？</translation>
    </message>
    <message>
      <source>Choose by the prefecture of your previous address. Your moving-out certificate (転出証明書) or your My Number card shows it.</source>
      <extracomment>ja: 前に住んでいた住所の都道府県で選びます。転出証明書やマイナンバーカードの住所で確かめられます。</extracomment>
      <translation type="unfinished">请按以前住址所在的都道府县选择。可以在迁出证明书（転出証明書）或个人编号卡上确认。</translation>
    </message>
    <message>
      <source>Another town or city in Kumamoto</source>
      <extracomment>ja: 熊本県内の市町村</extracomment>
      <translation type="unfinished">熊本县内的其他市町村</translation>
    </message>
    <message>
      <source>Your previous address was in another town or city of Kumamoto Prefecture.</source>
      <extracomment>ja: 前の住所が熊本県内の別の市町村の場合です。</extracomment>
      <translation type="unfinished">以前的住址在熊本县内的其他市町村。</translation>
    </message>
    <message>
      <source>Another prefecture</source>
      <extracomment>ja: 熊本県外</extracomment>
      <translation type="unfinished">熊本县以外</translation>
    </message>
    <message>
      <source>Your previous address was in another prefecture. Some schemes, such as the late-elderly medical care scheme, then need a certificate from your previous town.</source>
      <extracomment>ja: 前の住所が熊本県以外の場合です。後期高齢者医療などで、前の市町村の証明書が必要になることがあります。</extracomment>
      <translation type="unfinished">以前的住址在熊本县以外。后期高龄者医疗等有时需要原市町村的证明书。</translation>
    </message>
    <message>
      <source>Abroad</source>
      <extracomment>ja: 国外</extracomment>
      <translation type="unfinished">国外</translation>
    </message>
    <message>
      <source>You are coming to live here from abroad (Japanese citizens returning too). Bring your passport.</source>
      <extracomment>ja: 外国から来て日本に住み始める場合です（海外から帰国した日本人も含みます）。パスポートをお持ちください。</extracomment>
      <translation type="unfinished">从国外来日本居住（也包括从海外回国的日本人）。请带上护照。</translation>
    </message>
    <message>
      <source>Will your address or household change with this?</source>
      <extracomment>ja: この届出にあわせて、住所や世帯が変わりますか？</extracomment>
      <translation type="unfinished">办理此申报时，您的地址或户（世帯）会变吗？</translation>
    </message>
    <message>
      <source>Answer "yes" if, together with this, you move or your household (the people registered together on the residence record) changes. A change-of-address notification is then filed as well.</source>
      <extracomment>ja: この届出にあわせて、住む場所や世帯（住民票に一緒に登録されている家族のまとまり）が変わるなら「はい」です。そのときは住所の届出（住民異動届）も一緒に出します。</extracomment>
      <translation type="unfinished">如果办理此申报的同时，您的住处或户（世帯，在住民票上登记在一起的家人）发生变化，请回答“是”。届时也会一起提交住所变更申报（住民異動届）。</translation>
    </message>
    <message>
      <source>Will your family name change?</source>
      <extracomment>ja: 氏（名字）が変わりますか？</extracomment>
      <translation type="unfinished">您的姓会变吗？</translation>
    </message>
    <message>
      <source>Answer "yes" if your family name in the family register (戸籍) changes with the marriage or divorce. Your My Number card and registered seal may then need updating.</source>
      <extracomment>ja: 結婚・離婚で戸籍の氏（名字）が変わるなら「はい」です。マイナンバーカードや印鑑登録の変更が必要になることがあります。</extracomment>
      <translation type="unfinished">如果因结婚或离婚，户籍（戸籍）上的姓发生变化，请回答“是”。可能需要变更个人编号卡和印章登记。</translation>
    </message>
    <message>
      <source>How does the household change?</source>
      <extracomment>ja: 世帯がどのように変わりますか？</extracomment>
      <translation type="unfinished">户（世帯）将如何变化？</translation>
    </message>
    <message>
      <source>A household (世帯) is the group of people registered together on the residence record (住民票). Choose how it changes.</source>
      <extracomment>ja: 世帯とは、住民票に一緒に登録されている家族のまとまりです。どのように変わるかを選んでください。</extracomment>
      <translation type="unfinished">户（世帯）是指在住民票（住民票）上登记在一起的家人。请选择它将如何变化。</translation>
    </message>
    <message>
      <source>A new head of household</source>
      <extracomment>ja: 世帯主が変わる</extracomment>
      <translation type="unfinished">户主变更</translation>
    </message>
    <message>
      <source>Another person becomes the household's representative (世帯主).</source>
      <extracomment>ja: 世帯の代表者（世帯主）が別の人になります。</extracomment>
      <translation type="unfinished">户的代表人（户主，世帯主）换成别人。</translation>
    </message>
    <message>
      <source>Splitting into two households</source>
      <extracomment>ja: 世帯を分ける</extracomment>
      <translation type="unfinished">分户</translation>
    </message>
    <message>
      <source>One household becomes two (possible at the same address).</source>
      <extracomment>ja: 一つの世帯を二つに分けます（同じ住所のままでも分けられます）。</extracomment>
      <translation type="unfinished">一个户分成两个（住址不变也可以分户）。</translation>
    </message>
    <message>
      <source>Joining two households</source>
      <extracomment>ja: 世帯を一緒にする</extracomment>
      <translation type="unfinished">合户</translation>
    </message>
    <message>
      <source>Two households become one.</source>
      <extracomment>ja: 二つの世帯を一つにまとめます。</extracomment>
      <translation type="unfinished">两个户合成一个。</translation>
    </message>
    <message>
      <source>Was the deceased the head of the household?</source>
      <extracomment>ja: 亡くなられた方は世帯主でしたか？</extracomment>
      <translation type="unfinished">去世的人是户主吗？</translation>
    </message>
    <message>
      <source>The head of household (世帯主) is the person named as the household's representative on the residence record (住民票). A copy of the residence record shows it in the 世帯主 box.</source>
      <extracomment>ja: 世帯主とは、住民票で世帯の代表者になっている人です。住民票の写しの「世帯主」の欄で確かめられます。</extracomment>
      <translation type="unfinished">户主（世帯主）是指在住民票（住民票）上作为户代表人的人。可以在住民票副本的“世帯主”栏中确认。</translation>
    </message>
    <message>
      <source>Do you have a My Number card?</source>
      <extracomment>ja: マイナンバーカードをお持ちですか？</extracomment>
      <translation type="unfinished">您有个人编号卡（マイナンバーカード）吗？</translation>
    </message>
    <message>
      <source>The plastic card with your photo on it. The paper notification card (通知カード) or number notice (個人番号通知書) is not a My Number card.</source>
      <extracomment>ja: 顔写真の付いたプラスチックのカードです。紙の「通知カード」や「個人番号通知書」はマイナンバーカードではありません。</extracomment>
      <translation type="unfinished">带有本人照片的塑料卡。纸质的“通知卡”（通知カード）或“个人编号通知书”（個人番号通知書）不是个人编号卡。</translation>
    </message>
    <message>
      <source>Which health insurance will you have?</source>
      <extracomment>ja: 加入する健康保険はどれですか？</extracomment>
      <translation type="unfinished">您将加入哪种健康保险？</translation>
    </message>
    <message>
      <source>Your health insurance certificate (資格確認書 or 保険証) or Mynaportal shows it. If you are covered as a family member on a relative's workplace insurance, choose the employer's insurance.</source>
      <extracomment>ja: お持ちの資格確認書・保険証、またはマイナポータルで確かめられます。家族の勤め先の保険に扶養として入っている方は「勤め先の健康保険」です。</extracomment>
      <translation type="unfinished">可以在您的资格确认书（資格確認書）、保险证（保険証）或Mynaportal（マイナポータル）上确认。作为家人加入亲属工作单位保险的人，请选择工作单位的保险。</translation>
    </message>
    <message>
      <source>Which health insurance did the deceased have?</source>
      <extracomment>ja: 亡くなられた方の健康保険はどれでしたか？</extracomment>
      <translation type="unfinished">去世的人加入的是哪种健康保险？</translation>
    </message>
    <message>
      <source>Which health insurance do you have now?</source>
      <extracomment>ja: いま加入している健康保険はどれですか？</extracomment>
      <translation type="unfinished">您现在加入的是哪种健康保险？</translation>
    </message>
    <message>
      <source>An employer's insurance (including as a dependant)</source>
      <extracomment>ja: 勤め先の健康保険（社会保険・共済。扶養を含む）</extracomment>
      <translation type="unfinished">工作单位的健康保险（社会保险・共济，含被扶养人）</translation>
    </message>
    <message>
      <source>Health insurance through a workplace (協会けんぽ, a company health insurance society, or a 共済 for public servants). Also choose this if you are covered as a dependant (扶養) of a working family member.</source>
      <extracomment>ja: 会社・役所など勤め先の健康保険（協会けんぽ・健康保険組合・共済組合）です。家族の勤め先の保険に扶養として入っている場合もこちらです。</extracomment>
      <translation type="unfinished">通过工作单位加入的健康保险（协会健保、健康保险组合、公务员的共济组合）。作为被扶养人（扶養）加入在职家人保险的人也选这一项。</translation>
    </message>
    <message>
      <source>National Health Insurance (75+: the late-elderly scheme)</source>
      <extracomment>ja: 国民健康保険（75歳以上は後期高齢者医療）</extracomment>
      <translation type="unfinished">国民健康保险（75岁以上为后期高龄者医疗）</translation>
    </message>
    <message>
      <source>The town's National Health Insurance (国民健康保険), for people without workplace insurance. People aged 75 or more (and some aged 65–74 with a disability certification) are in the late-elderly medical care scheme (後期高齢者医療) instead.</source>
      <extracomment>ja: 勤め先の保険がない方が入る、町の国民健康保険です。75歳以上の方（65〜74歳で障害認定を受けた方も）は、後期高齢者医療制度に入ります。</extracomment>
      <translation type="unfinished">町里的国民健康保险（国民健康保険），供没有工作单位保险的人加入。75岁以上的人（以及65～74岁接受残疾认定的部分人）则加入后期高龄者医疗制度（後期高齢者医療）。</translation>
    </message>
    <message>
      <source>Receiving public assistance (生活保護)</source>
      <extracomment>ja: 生活保護を受けている</extracomment>
      <translation type="unfinished">正在领取生活保护（生活保護）</translation>
    </message>
    <message>
      <source>Public assistance (生活保護) pays living and medical costs for people who cannot support themselves. While receiving it, you are not in National Health Insurance.</source>
      <extracomment>ja: 生活保護は、生活に困っている方に、生活費や医療費を支給する制度です。受けている間は国民健康保険に入りません。</extracomment>
      <translation type="unfinished">生活保护（生活保護）是为无法维持生活的人支付生活费和医疗费的制度。领取期间不加入国民健康保险。</translation>
    </message>
    <message>
      <source>Are you in the employees' pension as an employee, or as an employee's dependent spouse?</source>
      <extracomment>ja: 会社員・公務員として厚生年金に入っていますか（またはその配偶者として扶養されていますか）？</extracomment>
      <translation type="unfinished">您是否作为公司职员・公务员加入了厚生年金（或作为其配偶被扶养）？</translation>
    </message>
    <message>
      <source>Answer "yes" if you pay into the employees' pension (厚生年金, including 共済) through your work, or you are the dependent spouse of such an employee (category 3 of the National Pension). Your pay slip shows 厚生年金 deductions.</source>
      <extracomment>ja: 会社や役所に勤めて厚生年金（共済を含む）に入っている方、またはその配偶者として扶養されている方（国民年金の第3号被保険者）は「はい」です。給与明細の「厚生年金」の欄で確かめられます。</extracomment>
      <translation type="unfinished">如果您通过工作加入了厚生年金（厚生年金，包括共济），或是这类职员的被扶养配偶（国民年金第3号被保险者），请回答“是”。可以在工资单的“厚生年金”栏中确认。</translation>
    </message>
    <message>
      <source>Do you have a disability certification for the late-elderly scheme (ages 65–74)?</source>
      <extracomment>ja: 後期高齢者医療の障害認定を受けていますか（65〜74歳の方）？</extracomment>
      <translation type="unfinished">您是否接受了后期高龄者医疗的残疾认定（65～74岁）？</translation>
    </message>
    <message>
      <source>People aged 65–74 with certain disabilities can join the late-elderly medical care scheme (後期高齢者医療) by applying (a disability certification). If you have that scheme's insurance certificate, answer "yes".</source>
      <extracomment>ja: 65〜74歳で一定の障害がある方は、申請して後期高齢者医療に入ることができます（障害認定）。後期高齢者医療の資格確認書・保険証をお持ちなら「はい」です。</extracomment>
      <translation type="unfinished">65～74岁有一定残疾的人，申请后（残疾认定）可以加入后期高龄者医疗制度（後期高齢者医療）。如果持有该制度的保险证，请回答“是”。</translation>
    </message>
    <message>
      <source>Was the deceased in the late-elderly scheme by a disability certification?</source>
      <extracomment>ja: 亡くなられた方は後期高齢者医療の障害認定を受けていましたか？</extracomment>
      <translation type="unfinished">去世的人是否因残疾认定加入了后期高龄者医疗？</translation>
    </message>
    <message>
      <source>Are you a foreign national (with a residence card or special permanent resident certificate)?</source>
      <extracomment>ja: 外国籍の方ですか（在留カード・特別永住者証明書をお持ちですか）？</extracomment>
      <translation type="unfinished">您是外国籍人士吗（持有在留卡或特别永住者证明书）？</translation>
    </message>
    <message>
      <source>Answer "yes" if you do not have Japanese nationality, that is if you hold a residence card (在留カード) or a special permanent resident certificate.</source>
      <extracomment>ja: 日本の国籍がない方は「はい」です。在留カードまたは特別永住者証明書をお持ちの方です。</extracomment>
      <translation type="unfinished">如果您没有日本国籍，也就是持有在留卡（在留カード）或特别永住者证明书，请回答“是”。</translation>
    </message>
    <message>
      <source>Are you moving abroad?</source>
      <extracomment>ja: 国外へ引っ越しますか？</extracomment>
      <translation type="unfinished">您要搬到国外吗？</translation>
    </message>
    <message>
      <source>Answer "yes" if you are leaving Japan to live abroad (usually for a year or more). Pension and My Number card procedures differ then.</source>
      <extracomment>ja: 日本を出て外国に住む場合（おおむね1年以上の予定）は「はい」です。国民年金やマイナンバーカードの手続きが変わります。</extracomment>
      <translation type="unfinished">如果您要离开日本到国外居住（一般为1年以上），请回答“是”。年金和个人编号卡的手续会有所不同。</translation>
    </message>
    <message>
      <source>Are you the one who gave birth?</source>
      <extracomment>ja: お子さんを出産された方ですか？</extracomment>
      <translation type="unfinished">您是生孩子的本人吗？</translation>
    </message>
    <message>
      <source>Answer "yes" if you are the mother who gave birth. It is used for the health services after a birth (a home visit, check-ups).</source>
      <extracomment>ja: 赤ちゃんを産んだお母さんご本人なら「はい」です。出産のあとの保健の案内（赤ちゃん訪問・健診など）に使います。</extracomment>
      <translation type="unfinished">如果您是生孩子的母亲本人，请回答“是”。用于产后的保健服务（家访、健康检查等）。</translation>
    </message>
    <message>
      <source>Were you a dependant on your spouse's employer insurance?</source>
      <extracomment>ja: 配偶者の勤め先の健康保険の扶養に入っていましたか？</extracomment>
      <translation type="unfinished">您以前是否作为被扶养人加入配偶工作单位的健康保险？</translation>
    </message>
    <message>
      <source>Being a dependant (扶養) means being covered by a family member's workplace health insurance without paying premiums yourself. If your insurance certificate says 被扶養者 (dependant), answer "yes".</source>
      <extracomment>ja: 「扶養」とは、家族の勤め先の健康保険に、保険料を払わずに家族として入っていることです。資格確認書・保険証に「被扶養者」とあれば「はい」です。</extracomment>
      <translation type="unfinished">被扶养（扶養）是指作为家人加入家人工作单位的健康保险，自己不缴纳保险费。如果保险证上写有“被扶養者”（被扶养人），请回答“是”。</translation>
    </message>
    <message>
      <source>Were you a dependant on the deceased's employer insurance?</source>
      <extracomment>ja: 亡くなられた方の勤め先の健康保険の扶養に入っていましたか？</extracomment>
      <translation type="unfinished">您是否作为被扶养人加入去世者工作单位的健康保险？</translation>
    </message>
    <message>
      <source>Will you become a dependant on your spouse's employer insurance?</source>
      <extracomment>ja: 結婚後、配偶者の勤め先の健康保険の扶養に入りますか？</extracomment>
      <translation type="unfinished">婚后您会作为被扶养人加入配偶工作单位的健康保险吗？</translation>
    </message>
    <message>
      <source>Answer "yes" if you will be covered as a family member (被扶養者) by your spouse's workplace health insurance. The spouse's employer handles that; here you leave National Health Insurance.</source>
      <extracomment>ja: 結婚相手の勤め先の健康保険に、家族（被扶養者）として入る予定なら「はい」です。その届出は相手の勤め先でします。町では国民健康保険をやめる届出をします。</extracomment>
      <translation type="unfinished">如果您将作为家人（被扶養者）加入配偶工作单位的健康保险，请回答“是”。该手续由配偶的工作单位办理；在这里办理退出国民健康保险的手续。</translation>
    </message>
    <message>
      <source>Do you have a long-term care certification (要介護・要支援)?</source>
      <extracomment>ja: 要介護・要支援の認定を受けていますか？</extracomment>
      <translation type="unfinished">您是否接受了需要护理・需要支援的认定（要介護・要支援）？</translation>
    </message>
    <message>
      <source>A town certification that lets a person who needs care use long-term care services (care levels 要介護 1–5, support levels 要支援 1–2). The 要介護状態区分等 box of the long-term care insurance certificate (介護保険被保険者証) shows it.</source>
      <extracomment>ja: 介護が必要な方が町の認定を受けて、介護サービスを使えるようにする制度です（要介護1〜5・要支援1〜2）。介護保険被保険者証の「要介護状態区分等」の欄で確かめられます。</extracomment>
      <translation type="unfinished">这是让需要护理的人使用护理服务的町认定（需要护理1～5级“要介護”、需要支援1～2级“要支援”）。可以在护理保险被保险者证（介護保険被保険者証）的“要介護状態区分等”栏中确认。</translation>
    </message>
    <message>
      <source>Did the deceased have a long-term care certification?</source>
      <extracomment>ja: 亡くなられた方は要介護・要支援の認定を受けていましたか？</extracomment>
      <translation type="unfinished">去世的人是否接受了需要护理・需要支援的认定？</translation>
    </message>
    <message>
      <source>Did the deceased receive a pension?</source>
      <extracomment>ja: 亡くなられた方は年金を受け取っていましたか？</extracomment>
      <translation type="unfinished">去世的人是否在领取年金？</translation>
    </message>
    <message>
      <source>The pension certificate (年金証書) or a payment notice shows it. The kind of pension decides where the death is reported (the town or the pension office).</source>
      <extracomment>ja: 年金証書や年金振込通知書で確かめられます。年金の種類によって、届け先（町の窓口または年金事務所）が変わります。</extracomment>
      <translation type="unfinished">可以在年金证书（年金証書）或年金汇款通知书上确认。年金种类不同，死亡申报的地点（町窗口或年金事务所）也不同。</translation>
    </message>
    <message>
      <source>No</source>
      <extracomment>ja: 受け取っていない</extracomment>
      <translation type="unfinished">没有领取</translation>
    </message>
    <message>
      <source>The deceased received no pension.</source>
      <extracomment>ja: 亡くなられた方が年金を受け取っていなかった場合です。</extracomment>
      <translation type="unfinished">去世的人没有领取年金。</translation>
    </message>
    <message>
      <source>National Pension only</source>
      <extracomment>ja: 国民年金のみ</extracomment>
      <translation type="unfinished">仅国民年金</translation>
    </message>
    <message>
      <source>The deceased received only the basic National Pension (国民年金).</source>
      <extracomment>ja: 国民年金（基礎年金）だけを受け取っていた場合です。</extracomment>
      <translation type="unfinished">去世的人只领取基础的国民年金（国民年金）。</translation>
    </message>
    <message>
      <source>Employees' Pension (厚生年金・共済)</source>
      <extracomment>ja: 厚生年金・共済年金</extracomment>
      <translation type="unfinished">厚生年金・共济年金（厚生年金・共済）</translation>
    </message>
    <message>
      <source>The deceased received a pension from employment (厚生年金 or 共済年金), with or without the basic pension.</source>
      <extracomment>ja: 勤めていた方の厚生年金・共済年金を受け取っていた場合です（基礎年金と一緒の場合も含みます）。</extracomment>
      <translation type="unfinished">去世的人领取工作期间的年金（厚生年金或共济年金），也包括同时领取基础年金的情况。</translation>
    </message>
    <message>
      <source>Are you pregnant?</source>
      <extracomment>ja: 妊娠中ですか？</extracomment>
      <translation type="unfinished">您正在怀孕吗？</translation>
    </message>
    <message>
      <source>Answer "yes" if you are pregnant. Bring your maternal and child health handbook (母子健康手帳) and any unused check-up vouchers.</source>
      <extracomment>ja: 妊娠中の方は「はい」です。母子健康手帳と、使っていない妊婦健診の受診票をお持ちください。</extracomment>
      <translation type="unfinished">如果您正在怀孕，请回答“是”。请带上母子健康手册（母子健康手帳）和未使用的孕妇健康检查票。</translation>
    </message>
    <message>
      <source>Does the child attend (or plan to attend) a nursery or kindergarten?</source>
      <extracomment>ja: 保育所・認定こども園に通っていますか（通う予定ですか）？</extracomment>
      <translation type="unfinished">孩子是否在（或将要在）保育所・认定儿童园上学？</translation>
    </message>
    <message>
      <source>Answer "yes" if the child attends, or will attend, a nursery school (保育所) or a certified centre for early childhood education (認定こども園).</source>
      <extracomment>ja: 保育所（保育園）や認定こども園に通っている、または通う予定のお子さんなら「はい」です。</extracomment>
      <translation type="unfinished">如果孩子在（或将要在）保育所（保育所）或认定儿童园（認定こども園）上学，请回答“是”。</translation>
    </message>
    <message>
      <source>Do you hold a disability certificate (障害者手帳)?</source>
      <extracomment>ja: 障害者手帳（身体・療育・精神）をお持ちですか？</extracomment>
      <translation type="unfinished">您持有残疾人手册（障害者手帳）吗？</translation>
    </message>
    <message>
      <source>Answer "yes" if you hold a physical disability certificate, an intellectual disability certificate (療育手帳) or a mental health and welfare certificate.</source>
      <extracomment>ja: 身体障害者手帳・療育手帳・精神障害者保健福祉手帳のどれかをお持ちなら「はい」です。</extracomment>
      <translation type="unfinished">如果您持有身体残疾人手册、疗育手册（療育手帳）或精神障碍者保健福利手册中的任何一种，请回答“是”。</translation>
    </message>
    <message>
      <source>Did the deceased hold a disability certificate?</source>
      <extracomment>ja: 亡くなられた方は障害者手帳をお持ちでしたか？</extracomment>
      <translation type="unfinished">去世的人持有残疾人手册吗？</translation>
    </message>
    <message>
      <source>Do you want to register a personal seal (実印)?</source>
      <extracomment>ja: 印鑑登録（実印の登録）をしますか？</extracomment>
      <translation type="unfinished">您要办理印章登记（实印，実印）吗？</translation>
    </message>
    <message>
      <source>Registering a seal with the town makes it your official seal (実印); its certificate is needed to buy a house or a car, for loans and the like. Bring the seal to register (no rubber stamps).</source>
      <extracomment>ja: 印鑑を町に登録すると「実印」になり、家や車の売買・ローンなどで印鑑登録証明書が使えます。登録する印鑑（ゴム印は不可）をお持ちください。</extracomment>
      <translation type="unfinished">在町里登记的印章成为正式印章（实印，実印）；买卖房屋或汽车、贷款等时需要其证明书。请带上要登记的印章（不可用橡皮章）。</translation>
    </message>
    <message>
      <source>Do you have a registered seal (印鑑登録)?</source>
      <extracomment>ja: 印鑑登録をしていますか？</extracomment>
      <translation type="unfinished">您办理过印章登记（印鑑登録）吗？</translation>
    </message>
    <message>
      <source>Answer "yes" if you have registered an official seal (実印) with the town. If you have a seal registration card (印鑑登録証), you have.</source>
      <extracomment>ja: 町に実印を登録している方は「はい」です。印鑑登録証（カード）をお持ちなら、登録しています。</extracomment>
      <translation type="unfinished">如果您已在町里登记了正式印章（实印，実印），请回答“是”。持有印章登记证（印鑑登録証）就表示已登记。</translation>
    </message>
    <message>
      <source>Did the deceased have a registered seal?</source>
      <extracomment>ja: 亡くなられた方は印鑑登録をしていましたか？</extracomment>
      <translation type="unfinished">去世的人办理过印章登记吗？</translation>
    </message>
    <message>
      <source>Are you a single-parent family (or receiving single-parent benefits)?</source>
      <extracomment>ja: ひとり親家庭ですか（児童扶養手当・ひとり親医療を受けていますか）？</extracomment>
      <translation type="unfinished">您是单亲家庭吗（是否领取儿童抚养津贴・单亲医疗补助）？</translation>
    </message>
    <message>
      <source>A family where one parent alone raises children up to 18 (until the 31 March after their 18th birthday). Such a family may receive the child-rearing allowance (児童扶養手当) and medical aid.</source>
      <extracomment>ja: 父または母の一方だけで、18歳（18歳になったあとの3月31日）までの子どもを育てている家庭です。児童扶養手当やひとり親医療を受けられることがあります。</extracomment>
      <translation type="unfinished">由父亲或母亲一方独自抚养18岁以下（满18岁后的3月31日为止）孩子的家庭。这样的家庭可能领取儿童抚养津贴（児童扶養手当）和医疗补助。</translation>
    </message>
    <message>
      <source>Will you raise the child as a single parent (e.g. not married)?</source>
      <extracomment>ja: お子さんをひとりで育てますか（婚姻していない方の出産など）？</extracomment>
      <translation type="unfinished">您将独自抚养孩子吗（例如未婚生育）？</translation>
    </message>
    <message>
      <source>Do you receive single-parent benefits now?</source>
      <extracomment>ja: 児童扶養手当・ひとり親医療を受けていますか？</extracomment>
      <translation type="unfinished">您现在是否领取儿童抚养津贴・单亲医疗补助？</translation>
    </message>
    <message>
      <source>Will you now raise the children as a single parent?</source>
      <extracomment>ja: これからひとりで子どもを育てることになりますか？</extracomment>
      <translation type="unfinished">今后您将独自抚养孩子吗？</translation>
    </message>
    <message>
      <source>Will you raise the children as a single parent after the divorce?</source>
      <extracomment>ja: 離婚後、ひとりで子どもを育てますか？</extracomment>
      <translation type="unfinished">离婚后您将独自抚养孩子吗？</translation>
    </message>
    <message>
      <source>Is the parent who receives the child allowance a public servant?</source>
      <extracomment>ja: 児童手当を受け取る方は公務員ですか？</extracomment>
      <translation type="unfinished">领取儿童补贴（児童手当）的人是公务员吗？</translation>
    </message>
    <message>
      <source>Public servants (staff of the national or a local government) claim the child allowance from their employer, not from the town.</source>
      <extracomment>ja: 公務員（国・県・市町村などの職員）の児童手当は、町ではなく勤め先に申請します。</extracomment>
      <translation type="unfinished">公务员（国家或地方政府的职员）的儿童补贴向工作单位申请，而不是向町申请。</translation>
    </message>
    <message>
      <source>Who receives the child allowance (the parent with the higher income)?</source>
      <extracomment>ja: 児童手当を受け取る方（所得の高い方）はどなたですか？</extracomment>
      <translation type="unfinished">由谁领取儿童补贴（收入较高的一方）？</translation>
    </message>
    <message>
      <source>The child allowance goes to the parent who mainly supports the children, usually the one with the higher income. If unsure, choose the parent with the higher income.</source>
      <extracomment>ja: 児童手当は、子どもを主に養っている親（ふつうは所得の高い方）が受け取ります。迷ったら、所得の高い方を選んでください。</extracomment>
      <translation type="unfinished">儿童补贴由主要抚养孩子的一方领取，通常是收入较高的一方。不确定时，请选择收入较高的一方。</translation>
    </message>
    <message>
      <source>Me (the one filing)</source>
      <extracomment>ja: わたし（届出に来た本人）</extracomment>
      <translation type="unfinished">我（前来申报的本人）</translation>
    </message>
    <message>
      <source>You, the person filing now, receive it.</source>
      <extracomment>ja: いま届出に来ているあなたが受け取る場合です。</extracomment>
      <translation type="unfinished">由现在前来申报的您领取。</translation>
    </message>
    <message>
      <source>My husband or wife</source>
      <extracomment>ja: 配偶者（夫または妻）</extracomment>
      <translation type="unfinished">配偶（丈夫或妻子）</translation>
    </message>
    <message>
      <source>Your husband or wife receives it.</source>
      <extracomment>ja: あなたの夫または妻が受け取る場合です。</extracomment>
      <translation type="unfinished">由您的丈夫或妻子领取。</translation>
    </message>
    <message>
      <source>Does the move change the children's school district?</source>
      <extracomment>ja: 引っ越しで通う学校（校区）が変わりますか？</extracomment>
      <translation type="unfinished">搬家后孩子的学区会变吗？</translation>
    </message>
    <message>
      <source>The address decides which elementary or junior high school a child attends (the school district). If you are not sure whether the new address changes it, choose "I don't know".</source>
      <extracomment>ja: 小・中学校は、住所によって通う学校（校区）が決まります。新しい住所で校区が変わるかわからないときは「わからない」を選んでください。</extracomment>
      <translation type="unfinished">孩子上哪所小学或初中（学区）由住址决定。如果不确定新住址是否会改变学区，请选择“不知道”。</translation>
    </message>
    <message>
      <source>Is the home supplied by the town waterworks?</source>
      <extracomment>ja: 町の水道を使いますか（使っていましたか）？</extracomment>
      <translation type="unfinished">您（以前）使用町里的自来水吗？</translation>
    </message>
    <message>
      <source>Homes on the town waterworks get water bills or meter slips from the town. Answer "no" if the home uses only well water.</source>
      <extracomment>ja: 町の水道を使っている家には、町から水道料金の請求書や検針票が届きます。井戸水だけの家は「いいえ」です。</extracomment>
      <translation type="unfinished">使用町自来水的家庭会收到町寄来的水费账单或抄表单。只用井水的家庭请回答“否”。</translation>
    </message>
    <message>
      <source>Was the town water supply in the deceased's name?</source>
      <extracomment>ja: 亡くなられた方の名義で町の水道を使っていましたか？</extracomment>
      <translation type="unfinished">町里的自来水是以去世者的名义使用的吗？</translation>
    </message>
    <message>
      <source>Do you keep a dog aged 91 days or more?</source>
      <extracomment>ja: 生後91日以上の犬を飼っていますか？</extracomment>
      <translation type="unfinished">您养了出生91天以上的狗吗？</translation>
    </message>
    <message>
      <source>By law, a dog aged 91 days or more is registered with the town and vaccinated against rabies every year. Cats and other animals do not count.</source>
      <extracomment>ja: 生後91日以上の犬は、町への登録と毎年の狂犬病予防注射が法律で決まっています。猫などほかの動物は含みません。</extracomment>
      <translation type="unfinished">根据法律，出生91天以上的狗须在町里登记，并每年接种狂犬病疫苗。猫等其他动物不包括在内。</translation>
    </message>
    <message>
      <source>Did the deceased keep a dog?</source>
      <extracomment>ja: 亡くなられた方は犬を飼っていましたか？</extracomment>
      <translation type="unfinished">去世的人养狗吗？</translation>
    </message>
    <message>
      <source>Do you own a moped (up to 125 cc), a minicar or a small special vehicle?</source>
      <extracomment>ja: 原付（125cc以下）・ミニカー・小型特殊自動車をお持ちですか？</extracomment>
      <translation type="unfinished">您有小型摩托车（125cc以下）、微型车或小型特殊车辆吗？</translation>
    </message>
    <message>
      <source>A motorbike up to 125 cc, a minicar or a small special vehicle (such as a farm tractor) with a number plate from the town. Bigger motorbikes and kei cars do not count.</source>
      <extracomment>ja: 町が交付したナンバープレートの付いた、125cc以下のバイク（原付）・ミニカー・小型特殊自動車（農耕用トラクターなど）です。126cc以上のバイクや軽自動車は含みません。</extracomment>
      <translation type="unfinished">挂有町发放车牌的125cc以下摩托车（原付）、微型车或小型特殊车辆（如农用拖拉机）。更大的摩托车和轻型汽车不包括在内。</translation>
    </message>
    <message>
      <source>Did the deceased own a moped or a minicar?</source>
      <extracomment>ja: 亡くなられた方は原付・ミニカーをお持ちでしたか？</extracomment>
      <translation type="unfinished">去世的人有小型摩托车或微型车吗？</translation>
    </message>
    <message>
      <source>Do you own land or a building in the town?</source>
      <extracomment>ja: 町内に土地や建物をお持ちですか？</extracomment>
      <translation type="unfinished">您在町内拥有土地或建筑物吗？</translation>
    </message>
    <message>
      <source>Owners of land or buildings in the town receive a fixed asset tax (固定資産税) notice from the town every year.</source>
      <extracomment>ja: 町内に土地や家を持っている方には、毎年、町から固定資産税の納税通知書が届きます。</extracomment>
      <translation type="unfinished">在町内拥有土地或建筑物的人，每年会收到町寄来的固定资产税（固定資産税）纳税通知书。</translation>
    </message>
    <message>
      <source>Did the deceased own land or a building in the town?</source>
      <extracomment>ja: 亡くなられた方は町内に土地や建物をお持ちでしたか？</extracomment>
      <translation type="unfinished">去世的人在町内拥有土地或建筑物吗？</translation>
    </message>
    <message>
      <source>Do you need a copy of the residence record (for an employer, a car, …)?</source>
      <extracomment>ja: 住民票の写しが必要ですか（勤務先・車の手続きなど）？</extracomment>
      <translation type="unfinished">您需要住民票的副本吗（用于工作单位、车辆手续等）？</translation>
    </message>
    <message>
      <source>A copy of the residence record (住民票の写し) certifies your address. Answer "yes" if your employer, the car registration, a bank or an insurer asked you for one.</source>
      <extracomment>ja: 住民票の写しは、住所を証明する書類です。勤め先・車の登録・銀行・保険会社などに出すように言われているなら「はい」です。</extracomment>
      <translation type="unfinished">住民票副本（住民票の写し）是证明住址的文件。如果工作单位、车辆登记、银行或保险公司要求您提交，请回答“是”。</translation>
    </message>
    <message>
      <source>Do you need certificates (e.g. the removed residence record) for banks or insurers?</source>
      <extracomment>ja: 手続き用に住民票の除票などの写しが必要ですか？</extracomment>
      <translation type="unfinished">办理银行或保险等手续时，您需要除票住民票等证明吗？</translation>
    </message>
  </context>
  <context>
    <name>town</name>
    <message>
      <source>Nankan Town</source>
      <extracomment>ja: 南関町</extracomment>
      <translation type="unfinished">南关町</translation>
    </message>
    <message>
      <source>Kumamoto Prefecture</source>
      <extracomment>ja: 熊本県</extracomment>
      <translation type="unfinished">熊本县</translation>
    </message>
    <message>
      <source>Tamana District</source>
      <extracomment>ja: 玉名郡</extracomment>
      <translation type="unfinished">玉名郡</translation>
    </message>
    <message>
      <source>Mayor of Nankan</source>
      <extracomment>ja: 南関町長</extracomment>
      <translation type="unfinished">南关町长</translation>
    </message>
  </context>
</TS>
