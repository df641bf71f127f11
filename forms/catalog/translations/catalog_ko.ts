<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name>departments</name>
    <message>
      <source>Residents Section</source>
      <extracomment>ja: 町民課 住民係</extracomment>
      <translation type="unfinished">주민과 주민계</translation>
    </message>
    <message>
      <source>Counter 1</source>
      <extracomment>ja: 1番窓口</extracomment>
      <translation type="unfinished">1번 창구</translation>
    </message>
    <message>
      <source>Health Insurance and Pension Section</source>
      <extracomment>ja: 町民課 保険年金係</extracomment>
      <translation type="unfinished">주민과 보험연금계</translation>
    </message>
    <message>
      <source>Counter 2</source>
      <extracomment>ja: 2番窓口</extracomment>
      <translation type="unfinished">2번 창구</translation>
    </message>
    <message>
      <source>Long-term Care Insurance Section</source>
      <extracomment>ja: 福祉課 介護保険係</extracomment>
      <translation type="unfinished">복지과 개호보험계</translation>
    </message>
    <message>
      <source>Counter 3</source>
      <extracomment>ja: 3番窓口</extracomment>
      <translation type="unfinished">3번 창구</translation>
    </message>
    <message>
      <source>Welfare Section</source>
      <extracomment>ja: 福祉課 福祉係</extracomment>
      <translation type="unfinished">복지과 복지계</translation>
    </message>
    <message>
      <source>Counter 4</source>
      <extracomment>ja: 4番窓口</extracomment>
      <translation type="unfinished">4번 창구</translation>
    </message>
    <message>
      <source>Child and Family Support Section</source>
      <extracomment>ja: 福祉課 子育て支援係</extracomment>
      <translation type="unfinished">복지과 육아지원계</translation>
    </message>
    <message>
      <source>Counter 5</source>
      <extracomment>ja: 5番窓口</extracomment>
      <translation type="unfinished">5번 창구</translation>
    </message>
    <message>
      <source>Health Promotion Section (Health Centre)</source>
      <extracomment>ja: 健康推進課（保健センター）</extracomment>
      <translation type="unfinished">건강추진과(보건센터)</translation>
    </message>
    <message>
      <source>Counter 6</source>
      <extracomment>ja: 6番窓口</extracomment>
      <translation type="unfinished">6번 창구</translation>
    </message>
    <message>
      <source>Board of Education, School Section</source>
      <extracomment>ja: 教育委員会 学校教育係</extracomment>
      <translation type="unfinished">교육위원회 학교교육계</translation>
    </message>
    <message>
      <source>Counter 7</source>
      <extracomment>ja: 7番窓口</extracomment>
      <translation type="unfinished">7번 창구</translation>
    </message>
    <message>
      <source>Taxation Section</source>
      <extracomment>ja: 税務課</extracomment>
      <translation type="unfinished">세무과</translation>
    </message>
    <message>
      <source>Counter 8</source>
      <extracomment>ja: 8番窓口</extracomment>
      <translation type="unfinished">8번 창구</translation>
    </message>
    <message>
      <source>Water Supply Section</source>
      <extracomment>ja: 建設課 上下水道係</extracomment>
      <translation type="unfinished">건설과 상하수도계</translation>
    </message>
    <message>
      <source>Counter 9</source>
      <extracomment>ja: 9番窓口</extracomment>
      <translation type="unfinished">9번 창구</translation>
    </message>
    <message>
      <source>Environment Section</source>
      <extracomment>ja: 町民課 環境係</extracomment>
      <translation type="unfinished">주민과 환경계</translation>
    </message>
    <message>
      <source>Counter 10</source>
      <extracomment>ja: 10番窓口</extracomment>
      <translation type="unfinished">10번 창구</translation>
    </message>
    <message>
      <source>Offices outside the town hall</source>
      <extracomment>ja: 町役場以外の窓口</extracomment>
      <translation type="unfinished">마을 관공서 이외의 창구</translation>
    </message>
    <message>
      <source>Elsewhere (guidance only)</source>
      <extracomment>ja: 役場の外（案内のみ）</extracomment>
      <translation type="unfinished">관공서 밖(안내만)</translation>
    </message>
  </context>
  <context>
    <name>events</name>
    <message>
      <source>Moving in</source>
      <extracomment>ja: 転入</extracomment>
      <translation type="unfinished">전입(転入)</translation>
    </message>
    <message>
      <source>You moved to this town from another municipality</source>
      <extracomment>ja: 他の市区町村からこの町に引っ越してきた</extracomment>
      <translation type="unfinished">다른 시구정촌에서 이 마을로 이사 왔다</translation>
    </message>
    <message>
      <source>Who is moving in with you?</source>
      <extracomment>ja: 一緒に引っ越してきた方は？</extracomment>
      <translation type="unfinished">함께 이사 온 분은?</translation>
    </message>
    <message>
      <source>Moving out</source>
      <extracomment>ja: 転出</extracomment>
      <translation type="unfinished">전출(転出)</translation>
    </message>
    <message>
      <source>You are moving from this town to another municipality</source>
      <extracomment>ja: この町から他の市区町村へ引っ越す</extracomment>
      <translation type="unfinished">이 마을에서 다른 시구정촌으로 이사 간다</translation>
    </message>
    <message>
      <source>Who is moving out with you?</source>
      <extracomment>ja: 一緒に引っ越す方は？</extracomment>
      <translation type="unfinished">함께 이사 가는 분은?</translation>
    </message>
    <message>
      <source>Moving within the town</source>
      <extracomment>ja: 転居</extracomment>
      <translation type="unfinished">마을 안 이사(転居)</translation>
    </message>
    <message>
      <source>You moved to another address in the town</source>
      <extracomment>ja: 町の中で引っ越した</extracomment>
      <translation type="unfinished">마을 안에서 이사했다</translation>
    </message>
    <message>
      <source>Who is moving with you?</source>
      <extracomment>ja: 一緒に引っ越した方は？</extracomment>
      <translation type="unfinished">함께 이사한 분은?</translation>
    </message>
    <message>
      <source>Birth</source>
      <extracomment>ja: 出生</extracomment>
      <translation type="unfinished">출생</translation>
    </message>
    <message>
      <source>A child was born</source>
      <extracomment>ja: 子どもが生まれた</extracomment>
      <translation type="unfinished">아이가 태어났다</translation>
    </message>
    <message>
      <source>About the baby</source>
      <extracomment>ja: 生まれたお子さんについて</extracomment>
      <translation type="unfinished">태어난 아이에 대해</translation>
    </message>
    <message>
      <source>Bereavement (a death)</source>
      <extracomment>ja: おくやみ（死亡）</extracomment>
      <translation type="unfinished">사망(유족 절차)</translation>
    </message>
    <message>
      <source>Death</source>
      <extracomment>ja: 死亡</extracomment>
      <translation type="unfinished">사망</translation>
    </message>
    <message>
      <source>A family member has died</source>
      <extracomment>ja: ご家族が亡くなった</extracomment>
      <translation type="unfinished">가족이 돌아가셨다</translation>
    </message>
    <message>
      <source>Who passed away, and who else lives in the household?</source>
      <extracomment>ja: 亡くなられた方と、同じ世帯のご家族</extracomment>
      <translation type="unfinished">돌아가신 분과 같은 세대의 가족</translation>
    </message>
    <message>
      <source>Marriage</source>
      <extracomment>ja: 婚姻</extracomment>
      <translation type="unfinished">혼인</translation>
    </message>
    <message>
      <source>You got married</source>
      <extracomment>ja: 結婚した</extracomment>
      <translation type="unfinished">결혼했다</translation>
    </message>
    <message>
      <source>Who else is concerned?</source>
      <extracomment>ja: ほかに関係するご家族は？</extracomment>
      <translation type="unfinished">관련된 다른 가족이 있습니까?</translation>
    </message>
    <message>
      <source>Divorce</source>
      <extracomment>ja: 離婚</extracomment>
      <translation type="unfinished">이혼</translation>
    </message>
    <message>
      <source>You got divorced</source>
      <extracomment>ja: 離婚した</extracomment>
      <translation type="unfinished">이혼했다</translation>
    </message>
    <message>
      <source>Household change</source>
      <extracomment>ja: 世帯変更</extracomment>
      <translation type="unfinished">세대 변경</translation>
    </message>
    <message>
      <source>A new head of household, or splitting or joining households</source>
      <extracomment>ja: 世帯主が変わる・世帯を分ける・世帯を一緒にする</extracomment>
      <translation type="unfinished">세대주 변경, 세대 분리 또는 세대 합가</translation>
    </message>
  </context>
  <context>
    <name>onestop</name>
    <message>
      <source>One-stop desk</source>
      <extracomment>ja: 総合窓口（ワンストップ窓口）</extracomment>
      <translation type="unfinished">종합 창구(원스톱 창구)</translation>
    </message>
    <message>
      <source>Town hall, ground floor, main entrance</source>
      <extracomment>ja: 役場1階 正面入口</extracomment>
      <translation type="unfinished">관공서 1층 정문 입구</translation>
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
      <translation type="unfinished">주민 이동 신고(住民異動届)</translation>
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
      <translation type="unfinished">무료</translation>
    </message>
    <message>
      <source>Within 14 days of moving in</source>
      <extracomment>ja: 住み始めた日から14日以内</extracomment>
      <translation type="unfinished">전입 후 14일 이내</translation>
    </message>
    <message>
      <source>Photo ID (e.g. the My Number card)</source>
      <extracomment>ja: 本人確認書類（マイナンバーカード等）</extracomment>
      <translation type="unfinished">사진이 있는 신분증(마이넘버 카드 등)</translation>
    </message>
    <message>
      <source>Moving-out certificate (not needed if you filed the move online with the card)</source>
      <extracomment>ja: 転出証明書（マイナンバーカードによる転出届の方は不要）</extracomment>
      <translation type="unfinished">전출 증명서(마이넘버 카드로 온라인 전출 신고를 한 분은 불필요)</translation>
    </message>
    <message>
      <source>Passport (with the date of entry)</source>
      <extracomment>ja: パスポート（入国日の記録のあるもの）</extracomment>
      <translation type="unfinished">여권(입국일 기록이 있는 것)</translation>
    </message>
    <message>
      <source>A copy of the family register and its 附票 (if your 本籍 is elsewhere)</source>
      <extracomment>ja: 戸籍謄本と戸籍の附票（本籍地が町外の方）</extracomment>
      <translation type="unfinished">호적 등본과 호적 부표(附票)(본적(本籍)이 다른 곳인 분)</translation>
    </message>
    <message>
      <source>Residence card (or special permanent resident certificate)</source>
      <extracomment>ja: 在留カード（特別永住者証明書）</extracomment>
      <translation type="unfinished">재류카드(또는 특별영주자증명서)</translation>
    </message>
    <message>
      <source>Check the date of the move, the new address and building/room</source>
      <extracomment>ja: 異動日・新住所・方書を確認</extracomment>
      <translation type="unfinished">이동일·새 주소·건물명과 호수를 확인</translation>
    </message>
    <message>
      <source>Check the relationship of everyone moving</source>
      <extracomment>ja: 異動者全員の続柄を確認</extracomment>
      <translation type="unfinished">이동하는 전원의 관계를 확인</translation>
    </message>
    <message>
      <source>Check the applicant's signature</source>
      <extracomment>ja: 届出人の署名を確認</extracomment>
      <translation type="unfinished">신고인의 서명을 확인</translation>
    </message>
    <message>
      <source>From abroad: no moving-out certificate; notify the 本籍 office for the 附票</source>
      <extracomment>ja: 国外からの転入：転出証明書はなし。本籍地へ戸籍の附票の記載を通知</extracomment>
      <translation type="unfinished">국외에서 전입: 전출 증명서 없음. 본적지에 호적 부표 기재를 통지</translation>
    </message>
    <message>
      <source>From about 14 days before to 14 days after the move</source>
      <extracomment>ja: 引っ越しの約14日前から引っ越し後14日以内</extracomment>
      <translation type="unfinished">이사 약 14일 전부터 이사 후 14일 이내</translation>
    </message>
    <message>
      <source>Check the date and the destination</source>
      <extracomment>ja: 異動日・転出先を確認</extracomment>
      <translation type="unfinished">이동일과 전출지를 확인</translation>
    </message>
    <message>
      <source>Moving within Japan: issue the moving-out certificate (not with the card's online move)</source>
      <extracomment>ja: 国内への転出：転出証明書を交付（マイナンバーカードでの転出は不要）</extracomment>
      <translation type="unfinished">국내로 전출: 전출 증명서 발급(카드로 온라인 전출한 경우 불필요)</translation>
    </message>
    <message>
      <source>Moving abroad: no moving-out certificate; check the planned date and the country</source>
      <extracomment>ja: 国外転出：転出証明書は交付しない。転出予定日と転出先の国を確認</extracomment>
      <translation type="unfinished">국외로 전출: 전출 증명서 없음. 전출 예정일과 국가를 확인</translation>
    </message>
    <message>
      <source>Within 14 days of the move</source>
      <extracomment>ja: 転居した日から14日以内</extracomment>
      <translation type="unfinished">이사 후 14일 이내</translation>
    </message>
    <message>
      <source>Household change (splitting or joining)</source>
      <extracomment>ja: 世帯変更届（世帯分離・世帯合併）</extracomment>
      <translation type="unfinished">세대 변경 신고(세대 분리·세대 합가)</translation>
    </message>
    <message>
      <source>Within 14 days of the change</source>
      <extracomment>ja: 変更の日から14日以内</extracomment>
      <translation type="unfinished">변경 후 14일 이내</translation>
    </message>
    <message>
      <source>Photo ID</source>
      <extracomment>ja: 本人確認書類</extracomment>
      <translation type="unfinished">신분증</translation>
    </message>
    <message>
      <source>Check who forms the new household and who heads it</source>
      <extracomment>ja: 新しい世帯の構成と世帯主を確認</extracomment>
      <translation type="unfinished">새 세대의 구성원과 세대주를 확인</translation>
    </message>
    <message>
      <source>Moving notification: foreign residents' items and the residence card's address</source>
      <extracomment>ja: 住民異動届（外国人住民の記載事項・在留カードの住居地記載）</extracomment>
      <translation type="unfinished">주민 이동 신고: 외국인 주민의 기재 사항과 재류카드의 주소</translation>
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
      <translation type="unfinished">거주 시작 후 14일 이내(주민 이동 신고와 동시에)</translation>
    </message>
    <message>
      <source>Passport (arriving from abroad)</source>
      <extracomment>ja: パスポート（国外からの転入）</extracomment>
      <translation type="unfinished">여권(국외에서 전입)</translation>
    </message>
    <message>
      <source>Check nationality, category, status, period and its end, and the card number</source>
      <extracomment>ja: 国籍・地域、区分、在留資格、在留期間と満了日、在留カード等の番号を確認</extracomment>
      <translation type="unfinished">국적·지역, 구분, 재류자격, 재류기간과 만료일, 카드 번호를 확인</translation>
    </message>
    <message>
      <source>Write the address on the back of the card</source>
      <extracomment>ja: 在留カード（特別永住者証明書）の裏面に住居地を記載</extracomment>
      <translation type="unfinished">카드 뒷면에 주소를 기재</translation>
    </message>
    <message>
      <source>Period ended? Check the renewal application (grace period)</source>
      <extracomment>ja: 在留期間の満了日が過ぎていれば更新申請中（特例期間）を確認</extracomment>
      <translation type="unfinished">재류기간이 지났으면 갱신 신청 중(특례 기간)인지 확인</translation>
    </message>
    <message>
      <source>Within 14 days of the move (with the moving notification)</source>
      <extracomment>ja: 転居した日から14日以内（住民異動届と同時）</extracomment>
      <translation type="unfinished">이사 후 14일 이내(주민 이동 신고와 동시에)</translation>
    </message>
    <message>
      <source>Write the new address on the back of the card</source>
      <extracomment>ja: 在留カード（特別永住者証明書）の裏面に新しい住居地を記載</extracomment>
      <translation type="unfinished">카드 뒷면에 새 주소를 기재</translation>
    </message>
    <message>
      <source>Change of head of household</source>
      <extracomment>ja: 世帯主変更届</extracomment>
      <translation type="unfinished">세대주 변경 신고</translation>
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
      <translation type="unfinished">신고인의 신분증</translation>
    </message>
    <message>
      <source>Check the new head and the relationships</source>
      <extracomment>ja: 新しい世帯主と続柄を確認</extracomment>
      <translation type="unfinished">새 세대주와 관계를 확인</translation>
    </message>
    <message>
      <source>Not needed when only one person remains</source>
      <extracomment>ja: 残る世帯員が1人なら届出は不要（自動で世帯主）</extracomment>
      <translation type="unfinished">세대원이 1명만 남으면 신고 불필요</translation>
    </message>
    <message>
      <source>My Number card update</source>
      <extracomment>ja: マイナンバーカード 継続利用・券面記載事項変更</extracomment>
      <translation type="unfinished">마이넘버 카드 갱신 절차</translation>
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
      <translation type="unfinished">무료(서명용 전자증명서 재발급 포함)</translation>
    </message>
    <message>
      <source>Within 90 days of the moving-in notification (the card lapses after)</source>
      <extracomment>ja: 転入届から90日以内（過ぎるとカードが失効）</extracomment>
      <translation type="unfinished">전입 신고 후 90일 이내(지나면 카드가 실효됨)</translation>
    </message>
    <message>
      <source>Each person's My Number card</source>
      <extracomment>ja: 各人のマイナンバーカード</extracomment>
      <translation type="unfinished">각자의 마이넘버 카드</translation>
    </message>
    <message>
      <source>Each person's 4-digit PIN</source>
      <extracomment>ja: 各人の暗証番号（数字4桁）</extracomment>
      <translation type="unfinished">각자의 비밀번호(숫자 4자리)</translation>
    </message>
    <message>
      <source>Add the new address and re-issue the signature certificate</source>
      <extracomment>ja: 住所の追記と署名用電子証明書の再発行</extracomment>
      <translation type="unfinished">새 주소 추가 기재와 서명용 전자증명서 재발급</translation>
    </message>
    <message>
      <source>Under-15s through a legal guardian</source>
      <extracomment>ja: 15歳未満は法定代理人が手続き</extracomment>
      <translation type="unfinished">15세 미만은 법정대리인이 절차</translation>
    </message>
    <message>
      <source>Within 14 days of the moving notification</source>
      <extracomment>ja: 転居届から14日以内</extracomment>
      <translation type="unfinished">이사 신고 후 14일 이내</translation>
    </message>
    <message>
      <source>My Number card update (name or address)</source>
      <extracomment>ja: マイナンバーカード 券面記載事項変更（氏名・住所）</extracomment>
      <translation type="unfinished">마이넘버 카드 기재 사항 변경(이름·주소)</translation>
    </message>
    <message>
      <source>Within 14 days of the notification</source>
      <extracomment>ja: 婚姻届・異動届の受理後14日以内</extracomment>
      <translation type="unfinished">신고 수리 후 14일 이내</translation>
    </message>
    <message>
      <source>Each person's My Number card (also the children moving with you)</source>
      <extracomment>ja: 各人のマイナンバーカード（一緒に住所が変わる子どもの分も）</extracomment>
      <translation type="unfinished">각자의 마이넘버 카드(함께 주소가 바뀌는 자녀 분도)</translation>
    </message>
    <message>
      <source>Add the new name or address and re-issue the signature certificate</source>
      <extracomment>ja: 氏名・住所の追記と署名用電子証明書の再発行</extracomment>
      <translation type="unfinished">새 이름·주소 추가 기재와 서명용 전자증명서 재발급</translation>
    </message>
    <message>
      <source>Keeping the My Number card when moving abroad (since 2024-05-27)</source>
      <extracomment>ja: マイナンバーカード 国外転出者による継続利用（2024年5月27日から）</extracomment>
      <translation type="unfinished">국외 전출 시 마이넘버 카드 계속 이용(2024년 5월 27일부터)</translation>
    </message>
    <message>
      <source>Together with the moving-out notification</source>
      <extracomment>ja: 転出届と同時に</extracomment>
      <translation type="unfinished">전출 신고와 동시에</translation>
    </message>
    <message>
      <source>Convert to the card for residents abroad (the signature certificate can continue)</source>
      <extracomment>ja: 国外転出者向けカードとして継続利用の手続き（署名用電子証明書は継続可）</extracomment>
      <translation type="unfinished">국외 전출자용 카드로 계속 이용(서명용 전자증명서는 계속 가능)</translation>
    </message>
    <message>
      <source>Explain that the user-authentication certificate lapses</source>
      <extracomment>ja: 利用者証明用電子証明書は失効することを説明</extracomment>
      <translation type="unfinished">이용자 증명용 전자증명서는 실효됨을 설명</translation>
    </message>
    <message>
      <source>Seal registration (印鑑登録)</source>
      <extracomment>ja: 印鑑登録</extracomment>
      <translation type="unfinished">인감 등록(印鑑登録)</translation>
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
      <translation type="unfinished">인감 등록증: 약 300엔</translation>
    </message>
    <message>
      <source>No deadline</source>
      <extracomment>ja: 期限なし</extracomment>
      <translation type="unfinished">기한 없음</translation>
    </message>
    <message>
      <source>The seal (fits an 8–25 mm square, not rubber)</source>
      <extracomment>ja: 登録する印鑑（8〜25mmの正方形に収まるもの・ゴム印不可）</extracomment>
      <translation type="unfinished">등록할 인감(8~25mm 정사각형 안에 들어가는 것, 고무도장 불가)</translation>
    </message>
    <message>
      <source>Check the seal impression</source>
      <extracomment>ja: 印影を確認（欠け・ゴム印でないこと）</extracomment>
      <translation type="unfinished">인영을 확인</translation>
    </message>
    <message>
      <source>Without photo ID send an inquiry letter by post</source>
      <extracomment>ja: 顔写真付き本人確認書類がなければ照会書を郵送</extracomment>
      <translation type="unfinished">사진이 있는 신분증이 없으면 조회서를 우편으로 발송</translation>
    </message>
    <message>
      <source>Seal registration again (new family name)</source>
      <extracomment>ja: 印鑑登録（氏の変更による再登録）</extracomment>
      <translation type="unfinished">인감 재등록(성 변경)</translation>
    </message>
    <message>
      <source>Seal registration ends by itself with the move (nothing to do)</source>
      <extracomment>ja: 印鑑登録の廃止（転出届で自動廃止・手続き不要）</extracomment>
      <translation type="unfinished">인감 등록은 전출로 자동 폐지(절차 불필요)</translation>
    </message>
    <message>
      <source>Nothing to file</source>
      <extracomment>ja: 手続き不要</extracomment>
      <translation type="unfinished">절차 불필요</translation>
    </message>
    <message>
      <source>The seal card need not be returned (collect it if offered)</source>
      <extracomment>ja: 印鑑登録証は返却不要（お持ちなら回収して廃棄）</extracomment>
      <translation type="unfinished">인감 등록증은 반납 불필요(내시면 회수)</translation>
    </message>
    <message>
      <source>Seal registration ends by itself with the death notice (nothing to do)</source>
      <extracomment>ja: 印鑑登録の廃止（死亡届で自動廃止・手続き不要）</extracomment>
      <translation type="unfinished">인감 등록은 사망 신고로 자동 폐지(절차 불필요)</translation>
    </message>
    <message>
      <source>Family register notification</source>
      <extracomment>ja: 戸籍の届出</extracomment>
      <translation type="unfinished">호적 신고</translation>
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
      <translation type="unfinished">출생 신고</translation>
    </message>
    <message>
      <source>Within 14 days of the birth, the birth day included (3 months if born abroad)</source>
      <extracomment>ja: 生まれた日を含めて14日以内（国外で出生は3か月以内）</extracomment>
      <translation type="unfinished">출생일을 포함하여 14일 이내(국외 출생은 3개월 이내)</translation>
    </message>
    <message>
      <source>The birth notification with its certificate</source>
      <extracomment>ja: 出生届（出生証明書の付いたもの）</extracomment>
      <translation type="unfinished">출생 증명서가 첨부된 출생 신고서</translation>
    </message>
    <message>
      <source>The mother-and-child handbook</source>
      <extracomment>ja: 母子健康手帳</extracomment>
      <translation type="unfinished">모자건강수첩</translation>
    </message>
    <message>
      <source>Stamp the birth page of the mother-and-child handbook</source>
      <extracomment>ja: 母子健康手帳の出生届出済証明に記入</extracomment>
      <translation type="unfinished">모자건강수첩의 출생 페이지에 기재</translation>
    </message>
    <message>
      <source>Check the furigana column (since 2025-05-26)</source>
      <extracomment>ja: 届書のフリガナ欄（2025年5月26日から）を確認</extracomment>
      <translation type="unfinished">신고서의 후리가나 칸을 확인(2025년 5월 26일부터)</translation>
    </message>
    <message>
      <source>A seal is optional (since 2021-09-01)</source>
      <extracomment>ja: 押印は任意（2021年9月1日から）</extracomment>
      <translation type="unfinished">날인은 임의(2021년 9월 1일부터)</translation>
    </message>
    <message>
      <source>Death notification (cremation permit)</source>
      <extracomment>ja: 死亡届（火葬許可申請）</extracomment>
      <translation type="unfinished">사망 신고(화장 허가 신청)</translation>
    </message>
    <message>
      <source>Within 7 days of learning of the death</source>
      <extracomment>ja: 死亡を知った日を含めて7日以内</extracomment>
      <translation type="unfinished">사망을 안 날로부터 7일 이내</translation>
    </message>
    <message>
      <source>The death notification with the medical certificate</source>
      <extracomment>ja: 死亡届（死亡診断書の付いたもの）</extracomment>
      <translation type="unfinished">사망 진단서가 첨부된 사망 신고서</translation>
    </message>
    <message>
      <source>Issue the cremation permit</source>
      <extracomment>ja: 火葬許可証を交付</extracomment>
      <translation type="unfinished">화장 허가증 발급</translation>
    </message>
    <message>
      <source>Marriage notification</source>
      <extracomment>ja: 婚姻届</extracomment>
      <translation type="unfinished">혼인 신고</translation>
    </message>
    <message>
      <source>Takes effect on the day it is filed</source>
      <extracomment>ja: 届出日から効力が生じます</extracomment>
      <translation type="unfinished">신고한 날부터 효력 발생</translation>
    </message>
    <message>
      <source>The marriage notification signed by two witnesses</source>
      <extracomment>ja: 婚姻届（証人2人の署名のあるもの）</extracomment>
      <translation type="unfinished">증인 2명이 서명한 혼인 신고서</translation>
    </message>
    <message>
      <source>The applicants' photo ID</source>
      <extracomment>ja: 届出人の本人確認書類</extracomment>
      <translation type="unfinished">신고인의 신분증</translation>
    </message>
    <message>
      <source>Foreign nationals: a certificate of legal capacity to marry and the passport</source>
      <extracomment>ja: 外国籍の方は婚姻要件具備証明書とパスポート</extracomment>
      <translation type="unfinished">외국 국적인 분: 혼인요건구비증명서와 여권</translation>
    </message>
    <message>
      <source>Two witnesses must sign</source>
      <extracomment>ja: 証人2人の署名を確認</extracomment>
      <translation type="unfinished">증인 2명의 서명 필요</translation>
    </message>
    <message>
      <source>Divorce notification</source>
      <extracomment>ja: 離婚届</extracomment>
      <translation type="unfinished">이혼 신고</translation>
    </message>
    <message>
      <source>By agreement: takes effect when filed (court divorce: within 10 days)</source>
      <extracomment>ja: 協議離婚は届出日から効力（調停・裁判離婚は確定から10日以内）</extracomment>
      <translation type="unfinished">협의 이혼: 신고한 날부터 효력(재판 이혼: 10일 이내)</translation>
    </message>
    <message>
      <source>The divorce notification</source>
      <extracomment>ja: 離婚届</extracomment>
      <translation type="unfinished">이혼 신고서</translation>
    </message>
    <message>
      <source>Court divorce: the court record or judgment and its certificate of finality</source>
      <extracomment>ja: 調停・裁判離婚は調書または判決の謄本と確定証明書</extracomment>
      <translation type="unfinished">재판 이혼: 조정 조서 또는 판결 등본과 확정 증명서</translation>
    </message>
    <message>
      <source>A divorce by agreement needs two witnesses</source>
      <extracomment>ja: 協議離婚は証人2人の署名を確認</extracomment>
      <translation type="unfinished">협의 이혼은 증인 2명 필요</translation>
    </message>
    <message>
      <source>Joining National Health Insurance</source>
      <extracomment>ja: 国民健康保険 加入</extracomment>
      <translation type="unfinished">국민건강보험 가입</translation>
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
      <translation type="unfinished">무료(보험세는 별도)</translation>
    </message>
    <message>
      <source>Residence card (stays over 3 months)</source>
      <extracomment>ja: 在留カード（在留期間3か月超の方）</extracomment>
      <translation type="unfinished">재류카드(재류기간 3개월 초과인 분)</translation>
    </message>
    <message>
      <source>Issue the eligibility certificate (no new insurance cards since 2024-12-02)</source>
      <extracomment>ja: 資格確認書または資格情報のお知らせを交付（保険証は2024年12月2日以降発行なし）</extracomment>
      <translation type="unfinished">자격확인서 발급(2024년 12월 2일부터 새 보험증은 발급하지 않음)</translation>
    </message>
    <message>
      <source>Record the My Number of the head and every member joining</source>
      <extracomment>ja: 世帯主と加入者全員の個人番号を記入</extracomment>
      <translation type="unfinished">세대주와 가입자 전원의 개인번호를 기재</translation>
    </message>
    <message>
      <source>Within 14 days of the birth (covered from the day of birth)</source>
      <extracomment>ja: 出生から14日以内（資格は出生日から）</extracomment>
      <translation type="unfinished">출생 후 14일 이내(출생일부터 적용)</translation>
    </message>
    <message>
      <source>Coverage starts on the day of birth</source>
      <extracomment>ja: 取得日は出生日（国民健康保険法第7条）</extracomment>
      <translation type="unfinished">출생일부터 적용</translation>
    </message>
    <message>
      <source>Issue the eligibility certificate</source>
      <extracomment>ja: 資格確認書または資格情報のお知らせを交付</extracomment>
      <translation type="unfinished">자격확인서 발급</translation>
    </message>
    <message>
      <source>Within 14 days of leaving the employer insurance</source>
      <extracomment>ja: 扶養から外れた日から14日以内</extracomment>
      <translation type="unfinished">직장 보험 탈퇴 후 14일 이내</translation>
    </message>
    <message>
      <source>Proof of leaving the employer insurance</source>
      <extracomment>ja: 勤め先の健康保険の資格喪失証明書</extracomment>
      <translation type="unfinished">직장 건강보험의 자격 상실 증명서</translation>
    </message>
    <message>
      <source>Record the My Number of every member joining</source>
      <extracomment>ja: 加入者全員の個人番号を記入</extracomment>
      <translation type="unfinished">가입자 전원의 개인번호를 기재</translation>
    </message>
    <message>
      <source>National Health Insurance changes</source>
      <extracomment>ja: 国民健康保険 脱退・変更</extracomment>
      <translation type="unfinished">국민건강보험 변경</translation>
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
      <translation type="unfinished">국민건강보험 탈퇴(전출)</translation>
    </message>
    <message>
      <source>The eligibility certificate (if you have one)</source>
      <extracomment>ja: 資格確認書（お持ちの方）</extracomment>
      <translation type="unfinished">자격확인서(가지고 계신 경우)</translation>
    </message>
    <message>
      <source>Explain the settlement of the insurance tax</source>
      <extracomment>ja: 保険税の精算を案内</extracomment>
      <translation type="unfinished">보험세 정산을 안내</translation>
    </message>
    <message>
      <source>Leaving National Health Insurance (death)</source>
      <extracomment>ja: 国民健康保険 脱退（死亡）</extracomment>
      <translation type="unfinished">국민건강보험 탈퇴(사망)</translation>
    </message>
    <message>
      <source>Within 14 days of the death</source>
      <extracomment>ja: 死亡から14日以内</extracomment>
      <translation type="unfinished">사망 후 14일 이내</translation>
    </message>
    <message>
      <source>The deceased's eligibility certificate (if any)</source>
      <extracomment>ja: 亡くなった方の資格確認書（お持ちの方）</extracomment>
      <translation type="unfinished">돌아가신 분의 자격확인서(있는 경우)</translation>
    </message>
    <message>
      <source>Explain the funeral grant</source>
      <extracomment>ja: 葬祭費の申請を案内</extracomment>
      <translation type="unfinished">장제비 신청을 안내</translation>
    </message>
    <message>
      <source>Leaving National Health Insurance (joining the spouse's)</source>
      <extracomment>ja: 国民健康保険 脱退（社会保険加入）</extracomment>
      <translation type="unfinished">국민건강보험 탈퇴(배우자의 보험 가입)</translation>
    </message>
    <message>
      <source>Within 14 days of joining the employer insurance</source>
      <extracomment>ja: 社会保険に加入した日から14日以内</extracomment>
      <translation type="unfinished">직장 보험 가입 후 14일 이내</translation>
    </message>
    <message>
      <source>Proof of the new insurance</source>
      <extracomment>ja: 新しい健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">새 보험의 증명</translation>
    </message>
    <message>
      <source>National Health Insurance address change</source>
      <extracomment>ja: 国民健康保険 住所変更</extracomment>
      <translation type="unfinished">국민건강보험 주소 변경</translation>
    </message>
    <message>
      <source>Issue the certificate with the new address</source>
      <extracomment>ja: 新しい住所の資格確認書を交付</extracomment>
      <translation type="unfinished">새 주소의 자격확인서 발급</translation>
    </message>
    <message>
      <source>National Health Insurance household change (split or join)</source>
      <extracomment>ja: 国民健康保険 世帯変更（世帯分離・世帯合併）</extracomment>
      <translation type="unfinished">국민건강보험 세대 변경(분리·합가)</translation>
    </message>
    <message>
      <source>National Health Insurance: new name or new head of household</source>
      <extracomment>ja: 国民健康保険 氏名・世帯主の変更</extracomment>
      <translation type="unfinished">국민건강보험: 이름 또는 세대주 변경</translation>
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
      <translation type="unfinished">국민건강보험 이름 변경(혼인)</translation>
    </message>
    <message>
      <source>Within 14 days of the name change</source>
      <extracomment>ja: 氏名が変わった日から14日以内</extracomment>
      <translation type="unfinished">이름 변경 후 14일 이내</translation>
    </message>
    <message>
      <source>Issue the certificate in the new name</source>
      <extracomment>ja: 新しい氏名で資格確認書（資格情報のお知らせ）を交付</extracomment>
      <translation type="unfinished">새 이름의 자격확인서 발급</translation>
    </message>
    <message>
      <source>National Health Insurance name change (divorce)</source>
      <extracomment>ja: 国民健康保険 氏名変更（離婚）</extracomment>
      <translation type="unfinished">국민건강보험 이름 변경(이혼)</translation>
    </message>
    <message>
      <source>National Health Insurance new head (the head died)</source>
      <extracomment>ja: 国民健康保険 世帯主変更（世帯主の死亡）</extracomment>
      <translation type="unfinished">국민건강보험 세대주 변경(세대주 사망)</translation>
    </message>
    <message>
      <source>The new head pays the insurance tax (reissue the certificates)</source>
      <extracomment>ja: 新しい世帯主が国保税の納税義務者（資格確認書を再交付）</extracomment>
      <translation type="unfinished">새 세대주가 보험세를 납부(자격확인서 재발급)</translation>
    </message>
    <message>
      <source>National Health Insurance new head of household</source>
      <extracomment>ja: 国民健康保険 世帯主変更</extracomment>
      <translation type="unfinished">국민건강보험 세대주 변경</translation>
    </message>
    <message>
      <source>National Health Insurance: childbirth lump sum</source>
      <extracomment>ja: 国民健康保険 出産育児一時金</extracomment>
      <translation type="unfinished">국민건강보험: 출산육아일시금</translation>
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
      <translation type="unfinished">출산 후 2년 이내</translation>
    </message>
    <message>
      <source>The mother-and-child handbook (with the birth)</source>
      <extracomment>ja: 母子健康手帳（出生の記載があるもの）</extracomment>
      <translation type="unfinished">모자건강수첩(출생 기재가 있는 것)</translation>
    </message>
    <message>
      <source>The hospital's agreement on direct payment</source>
      <extracomment>ja: 医療機関等の直接支払制度の合意文書</extracomment>
      <translation type="unfinished">의료기관과의 직접지불제도 합의 문서</translation>
    </message>
    <message>
      <source>The receipt and statement of the birth costs</source>
      <extracomment>ja: 出産費用の領収・明細書</extracomment>
      <translation type="unfinished">출산 비용의 영수증과 명세서</translation>
    </message>
    <message>
      <source>A bank book in the head of household's name</source>
      <extracomment>ja: 世帯主名義の通帳</extracomment>
      <translation type="unfinished">세대주 명의의 통장</translation>
    </message>
    <message>
      <source>500,000 yen per child (births from 2023-04; 488,000 outside the obstetric compensation scheme)</source>
      <extracomment>ja: 1児につき50万円（2023年4月以降の出産。産科医療補償制度の対象外は48万8千円）</extracomment>
      <translation type="unfinished">아이 1명당 50만 엔(2023년 4월 이후 출산. 산과의료보상제도 대상 외는 48만 8천 엔)</translation>
    </message>
    <message>
      <source>Direct payment below the sum: the difference; without it: the whole sum, to the head</source>
      <extracomment>ja: 直接支払制度で費用が支給額未満なら差額を、利用しない場合は全額を世帯主に支給</extracomment>
      <translation type="unfinished">직접지불 후 비용이 지급액 미만이면 차액을, 이용하지 않으면 전액을 세대주에게 지급</translation>
    </message>
    <message>
      <source>Paid by the former employer's insurance (birth within 6 months of leaving)? Then not by NHI</source>
      <extracomment>ja: 退職後6か月以内の出産で前の健康保険から受ける場合は国保からは支給しない</extracomment>
      <translation type="unfinished">이전 직장 보험에서 지급(퇴직 후 6개월 이내 출산)? 그러면 국민건강보험에서는 지급하지 않음</translation>
    </message>
    <message>
      <source>Funeral expenses grant</source>
      <extracomment>ja: 葬祭費の申請</extracomment>
      <translation type="unfinished">장제비 지급</translation>
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
      <translation type="unfinished">무료(금액은 보험자가 정함)</translation>
    </message>
    <message>
      <source>Within 2 years of the funeral</source>
      <extracomment>ja: 葬儀の翌日から2年以内</extracomment>
      <translation type="unfinished">장례 후 2년 이내</translation>
    </message>
    <message>
      <source>The funeral receipt or thank-you card naming the chief mourner</source>
      <extracomment>ja: 会葬礼状または葬儀の領収書（喪主名のもの）</extracomment>
      <translation type="unfinished">상주 이름이 적힌 장례 영수증 또는 답례장</translation>
    </message>
    <message>
      <source>A bank book in the chief mourner's name</source>
      <extracomment>ja: 喪主名義の通帳</extracomment>
      <translation type="unfinished">상주 명의의 통장</translation>
    </message>
    <message>
      <source>The account must be the chief mourner's, otherwise a letter of proxy</source>
      <extracomment>ja: 振込先が喪主名義か確認（違う場合は委任状）</extracomment>
      <translation type="unfinished">입금 계좌는 상주 명의여야 함(아니면 위임장)</translation>
    </message>
    <message>
      <source>Late-elderly medical care notification</source>
      <extracomment>ja: 後期高齢者医療の届出</extracomment>
      <translation type="unfinished">후기고령자의료 신고</translation>
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
      <translation type="unfinished">이전 도도부현에서 발급한 부담구분 등 증명서</translation>
    </message>
    <message>
      <source>Proof of the disability (certificate or pension certificate) for the disability certification</source>
      <extracomment>ja: 障害の程度がわかる書類（障害者手帳・年金証書など。障害認定の申請）</extracomment>
      <translation type="unfinished">장애 인정을 위한 장애 증명(장애인 수첩 또는 연금 증서 등)</translation>
    </message>
    <message>
      <source>Within Kumamoto: address change only; from elsewhere: new enrolment</source>
      <extracomment>ja: 県内転入は住所変更のみ・県外からは資格取得</extracomment>
      <translation type="unfinished">구마모토현 내 전입: 주소 변경만. 현 외에서 전입: 신규 가입</translation>
    </message>
    <message>
      <source>65–74 with a disability certification: apply again when arriving from another prefecture</source>
      <extracomment>ja: 65〜74歳の障害認定者は県外からの転入で障害認定を申請し直す</extracomment>
      <translation type="unfinished">65~74세 장애 인정자: 다른 도도부현에서 전입 시 다시 신청</translation>
    </message>
    <message>
      <source>Moving to another prefecture: issue the cost-share certificate</source>
      <extracomment>ja: 県外へは負担区分等証明書を交付</extracomment>
      <translation type="unfinished">다른 도도부현으로 전출: 부담구분 등 증명서 발급</translation>
    </message>
    <message>
      <source>Address change only</source>
      <extracomment>ja: 住所変更のみ</extracomment>
      <translation type="unfinished">주소 변경만</translation>
    </message>
    <message>
      <source>Late-elderly medical care ends (death)</source>
      <extracomment>ja: 後期高齢者医療 資格喪失（死亡）</extracomment>
      <translation type="unfinished">후기고령자의료 자격 상실(사망)</translation>
    </message>
    <message>
      <source>Long-term care insurance notification</source>
      <extracomment>ja: 介護保険の届出</extracomment>
      <translation type="unfinished">개호보험 신고</translation>
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
      <translation type="unfinished">전입 후 14일 이내(인정 인계도 14일 이내)</translation>
    </message>
    <message>
      <source>The certificate of eligibility from the previous municipality</source>
      <extracomment>ja: 介護保険受給資格証明書（前の住所地で交付）</extracomment>
      <translation type="unfinished">이전 시정촌에서 발급한 수급자격증명서</translation>
    </message>
    <message>
      <source>65+ without a certification: the card comes by post</source>
      <extracomment>ja: 認定のない65歳以上は被保険者証を後日郵送</extracomment>
      <translation type="unfinished">인정이 없는 65세 이상: 피보험자증은 나중에 우편 발송</translation>
    </message>
    <message>
      <source>The long-term care insurance card</source>
      <extracomment>ja: 介護保険被保険者証</extracomment>
      <translation type="unfinished">개호보험 피보험자증</translation>
    </message>
    <message>
      <source>Issue the certificate of eligibility</source>
      <extracomment>ja: 受給資格証明書を交付</extracomment>
      <translation type="unfinished">수급자격증명서 발급</translation>
    </message>
    <message>
      <source>Issue the card with the new address</source>
      <extracomment>ja: 新しい住所の被保険者証を交付</extracomment>
      <translation type="unfinished">새 주소의 피보험자증 발급</translation>
    </message>
    <message>
      <source>Long-term care insurance ends (death)</source>
      <extracomment>ja: 介護保険 資格喪失（死亡）</extracomment>
      <translation type="unfinished">개호보험 자격 상실(사망)</translation>
    </message>
    <message>
      <source>The deceased's care insurance card and cost-share certificate</source>
      <extracomment>ja: 亡くなった方の介護保険被保険者証・負担割合証</extracomment>
      <translation type="unfinished">돌아가신 분의 개호보험 피보험자증과 부담비율증</translation>
    </message>
    <message>
      <source>Explain the settlement of the premiums</source>
      <extracomment>ja: 保険料の精算（還付・未納）を案内</extracomment>
      <translation type="unfinished">보험료 정산을 안내</translation>
    </message>
    <message>
      <source>National Pension notification</source>
      <extracomment>ja: 国民年金の届出</extracomment>
      <translation type="unfinished">국민연금 신고</translation>
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
      <translation type="unfinished">국민연금 가입(국외에서 전입)</translation>
    </message>
    <message>
      <source>Something showing the basic pension number (if any)</source>
      <extracomment>ja: 基礎年金番号がわかるもの（お持ちの方）</extracomment>
      <translation type="unfinished">기초연금번호를 알 수 있는 것(있는 경우)</translation>
    </message>
    <message>
      <source>Passport</source>
      <extracomment>ja: パスポート</extracomment>
      <translation type="unfinished">여권</translation>
    </message>
    <message>
      <source>Era codes of pension forms (S=5 H=7 R=9)</source>
      <extracomment>ja: 生年月日は年金様式の元号コード（昭5・平7・令9）で記入</extracomment>
      <translation type="unfinished">연금 서식의 연호 코드(쇼와=5 헤이세이=7 레이와=9)</translation>
    </message>
    <message>
      <source>A child of 20 or over is category 1 even as a dependant on a parent's insurance</source>
      <extracomment>ja: 親の社会保険の扶養でも20歳以上の子は第1号被保険者</extracomment>
      <translation type="unfinished">20세 이상 자녀는 부모 보험의 피부양자라도 제1호 피보험자</translation>
    </message>
    <message>
      <source>National Pension category change (3 → 1)</source>
      <extracomment>ja: 国民年金 種別変更（第3号→第1号）</extracomment>
      <translation type="unfinished">국민연금 종별 변경(제3호→제1호)</translation>
    </message>
    <message>
      <source>Within 14 days of the divorce</source>
      <extracomment>ja: 離婚から14日以内</extracomment>
      <translation type="unfinished">이혼 후 14일 이내</translation>
    </message>
    <message>
      <source>Something showing the basic pension number</source>
      <extracomment>ja: 基礎年金番号がわかるもの</extracomment>
      <translation type="unfinished">기초연금번호를 알 수 있는 것</translation>
    </message>
    <message>
      <source>National Pension category 3 (filed through the spouse's employer)</source>
      <extracomment>ja: 国民年金 第3号被保険者（配偶者の勤め先で届出）</extracomment>
      <translation type="unfinished">국민연금 제3호 피보험자(배우자의 직장을 통해 신고)</translation>
    </message>
    <message>
      <source>Within 14 days through the spouse's employer</source>
      <extracomment>ja: 配偶者の勤め先を通じて14日以内</extracomment>
      <translation type="unfinished">배우자의 직장을 통해 14일 이내</translation>
    </message>
    <message>
      <source>Explain that the spouse's employer files it</source>
      <extracomment>ja: 配偶者の勤め先経由で届け出るよう案内</extracomment>
      <translation type="unfinished">배우자의 직장이 신고함을 안내</translation>
    </message>
    <message>
      <source>National Pension: voluntary membership while abroad</source>
      <extracomment>ja: 国民年金 任意加入の案内（国外転出）</extracomment>
      <translation type="unfinished">국민연금: 국외 체류 중 임의 가입</translation>
    </message>
    <message>
      <source>Optional (can be applied for before leaving)</source>
      <extracomment>ja: 任意（転出前に申し出可）</extracomment>
      <translation type="unfinished">임의(전출 전에 신청 가능)</translation>
    </message>
    <message>
      <source>The bank book for the premium debit</source>
      <extracomment>ja: 保険料の引落口座の通帳</extracomment>
      <translation type="unfinished">보험료 자동이체용 통장</translation>
    </message>
    <message>
      <source>Category 1 ends with the move abroad; explain voluntary membership</source>
      <extracomment>ja: 国外転出で第1号被保険者資格を喪失。任意加入と国内協力者を案内</extracomment>
      <translation type="unfinished">국외 전출로 제1호 자격 상실. 임의 가입을 안내</translation>
    </message>
    <message>
      <source>Death of a pensioner and unpaid pension claim</source>
      <extracomment>ja: 年金受給権者死亡届・未支給年金請求</extracomment>
      <translation type="unfinished">연금 수급자 사망 신고 및 미지급 연금 청구</translation>
    </message>
    <message>
      <source>Within 14 days (not needed when the My Number is on file)</source>
      <extracomment>ja: 死亡から14日以内（マイナンバー収録済みなら死亡届は不要）</extracomment>
      <translation type="unfinished">14일 이내(마이넘버가 등록되어 있으면 불필요)</translation>
    </message>
    <message>
      <source>The deceased's pension certificate</source>
      <extracomment>ja: 亡くなった方の年金証書</extracomment>
      <translation type="unfinished">돌아가신 분의 연금 증서</translation>
    </message>
    <message>
      <source>A bank book in the claimant's name (unpaid pension)</source>
      <extracomment>ja: 請求者名義の通帳（未支給年金）</extracomment>
      <translation type="unfinished">청구인 명의의 통장(미지급 연금)</translation>
    </message>
    <message>
      <source>The death report can be skipped when the My Number is on file</source>
      <extracomment>ja: マイナンバー収録済みなら受給権者死亡届は省略可</extracomment>
      <translation type="unfinished">마이넘버가 등록되어 있으면 사망 신고 생략 가능</translation>
    </message>
    <message>
      <source>National Pension: premiums waived around childbirth</source>
      <extracomment>ja: 国民年金 産前産後期間の保険料免除</extracomment>
      <translation type="unfinished">국민연금: 출산 전후 기간의 보험료 면제</translation>
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
      <translation type="unfinished">출산 예정일 6개월 전부터 신고 가능(출산 후도 가능)</translation>
    </message>
    <message>
      <source>The mother-and-child handbook (showing the birth)</source>
      <extracomment>ja: 母子健康手帳（出産日がわかるもの）</extracomment>
      <translation type="unfinished">모자건강수첩(출산일을 알 수 있는 것)</translation>
    </message>
    <message>
      <source>Waived for 4 months from the month before the birth (6 months for multiple births), since 2019-04</source>
      <extracomment>ja: 出産予定月の前月から4か月間（多胎は3か月前から6か月間）免除（2019年4月から）</extracomment>
      <translation type="unfinished">2019년 4월부터 출산 전월부터 4개월간(다태아는 6개월간) 면제</translation>
    </message>
    <message>
      <source>National Health Insurance: tax reduced around childbirth</source>
      <extracomment>ja: 国民健康保険 産前産後期間の保険税軽減</extracomment>
      <translation type="unfinished">국민건강보험: 출산 전후 기간의 보험세 경감</translation>
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
      <translation type="unfinished">2024년 1월부터 출산 전후 4개월분(다태아는 6개월분) 경감</translation>
    </message>
    <message>
      <source>Child allowance</source>
      <extracomment>ja: 児童手当</extracomment>
      <translation type="unfinished">아동수당(児童手当)</translation>
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
      <translation type="unfinished">아동수당 인정 청구</translation>
    </message>
    <message>
      <source>Within 15 days of the planned move (the 15-day rule)</source>
      <extracomment>ja: 転出予定日の翌日から15日以内（15日特例）</extracomment>
      <translation type="unfinished">전출 예정일 다음 날부터 15일 이내(15일 특례)</translation>
    </message>
    <message>
      <source>A bank book in the claimant's name</source>
      <extracomment>ja: 請求者名義の通帳</extracomment>
      <translation type="unfinished">청구인 명의의 통장</translation>
    </message>
    <message>
      <source>Proof of the claimant's health insurance</source>
      <extracomment>ja: 請求者の健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">청구인의 건강보험 증명</translation>
    </message>
    <message>
      <source>The claimant's (your spouse's) signature, or their letter of proxy</source>
      <extracomment>ja: 請求者（配偶者）の署名（来られない場合は請求者からの委任状）</extracomment>
      <translation type="unfinished">청구인(배우자)의 서명 또는 위임장</translation>
    </message>
    <message>
      <source>Record the My Number of the claimant and spouse</source>
      <extracomment>ja: 請求者・配偶者の個人番号を記入</extracomment>
      <translation type="unfinished">청구인과 배우자의 개인번호를 기재</translation>
    </message>
    <message>
      <source>Public servants claim through their employer</source>
      <extracomment>ja: 公務員は勤務先で請求</extracomment>
      <translation type="unfinished">공무원은 직장에서 청구</translation>
    </message>
    <message>
      <source>Child allowance claim (or amount change)</source>
      <extracomment>ja: 児童手当 認定請求・額改定請求</extracomment>
      <translation type="unfinished">아동수당 인정 청구(또는 금액 변경)</translation>
    </message>
    <message>
      <source>Within 15 days of the birth (the 15-day rule)</source>
      <extracomment>ja: 出生日の翌日から15日以内（15日特例）</extracomment>
      <translation type="unfinished">출생 다음 날부터 15일 이내(15일 특례)</translation>
    </message>
    <message>
      <source>Already receiving it? Then an amount change</source>
      <extracomment>ja: すでに受給中なら額改定請求</extracomment>
      <translation type="unfinished">이미 받고 있다면 금액 변경</translation>
    </message>
    <message>
      <source>Child allowance ends (moving out)</source>
      <extracomment>ja: 児童手当 受給事由消滅届</extracomment>
      <translation type="unfinished">아동수당 수급 사유 소멸(전출)</translation>
    </message>
    <message>
      <source>By the planned moving date</source>
      <extracomment>ja: 転出予定日までに</extracomment>
      <translation type="unfinished">전출 예정일까지</translation>
    </message>
    <message>
      <source>Claim again at the new town within 15 days</source>
      <extracomment>ja: 転出先で15日以内に認定請求するよう案内</extracomment>
      <translation type="unfinished">전출지에서 15일 이내에 다시 청구하도록 안내</translation>
    </message>
    <message>
      <source>Child allowance claimant or amount change</source>
      <extracomment>ja: 児童手当 請求者の変更・額改定</extracomment>
      <translation type="unfinished">아동수당 청구인 변경 또는 금액 변경</translation>
    </message>
    <message>
      <source>Within 15 days of the marriage</source>
      <extracomment>ja: 婚姻の日の翌日から15日以内</extracomment>
      <translation type="unfinished">혼인 다음 날부터 15일 이내</translation>
    </message>
    <message>
      <source>The main earner is the claimant</source>
      <extracomment>ja: 生計中心者（所得の高い方）が請求者</extracomment>
      <translation type="unfinished">소득이 높은 쪽이 청구인</translation>
    </message>
    <message>
      <source>Child allowance claim (the recipient died)</source>
      <extracomment>ja: 児童手当 認定請求（受給者の死亡）</extracomment>
      <translation type="unfinished">아동수당 인정 청구(수급자 사망)</translation>
    </message>
    <message>
      <source>Child allowance: amount change or end (a child died)</source>
      <extracomment>ja: 児童手当 額改定届・受給事由消滅届（児童の死亡）</extracomment>
      <translation type="unfinished">아동수당: 금액 변경 또는 소멸(아이 사망)</translation>
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
      <translation type="unfinished">수급자의 신분증</translation>
    </message>
    <message>
      <source>As soon as possible (within 15 days)</source>
      <extracomment>ja: すみやかに（15日以内）</extracomment>
      <translation type="unfinished">가능한 한 빨리(15일 이내)</translation>
    </message>
    <message>
      <source>Other children: an amount change; none: the allowance ends</source>
      <extracomment>ja: ほかに対象の児童がいれば額改定届、いなければ受給事由消滅届</extracomment>
      <translation type="unfinished">다른 아이가 있으면 금액 변경, 없으면 수당 소멸</translation>
    </message>
    <message>
      <source>Child medical expense support</source>
      <extracomment>ja: 子ども医療費助成</extracomment>
      <translation type="unfinished">어린이 의료비 지원</translation>
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
      <translation type="unfinished">아이의 건강보험 증명</translation>
    </message>
    <message>
      <source>A bank book in the guardian's name</source>
      <extracomment>ja: 保護者名義の通帳</extracomment>
      <translation type="unfinished">보호자 명의의 통장</translation>
    </message>
    <message>
      <source>Covered up to the 31 March after age 18 (town rule)</source>
      <extracomment>ja: 18歳到達後の3月31日までが対象（町の基準）</extracomment>
      <translation type="unfinished">만 18세 이후 3월 31일까지 대상(마을 기준)</translation>
    </message>
    <message>
      <source>Within 14 days of the birth</source>
      <extracomment>ja: 出生から14日以内（遅れると遡れない場合があります）</extracomment>
      <translation type="unfinished">출생 후 14일 이내</translation>
    </message>
    <message>
      <source>Proof of the child's health insurance (after enrolment)</source>
      <extracomment>ja: 子どもの健康保険の資格情報がわかるもの（加入手続き後）</extracomment>
      <translation type="unfinished">아이의 건강보험 증명(가입 절차 후)</translation>
    </message>
    <message>
      <source>Child medical support change (address)</source>
      <extracomment>ja: 子ども医療費 変更届（住所）</extracomment>
      <translation type="unfinished">어린이 의료비 변경 신고(주소)</translation>
    </message>
    <message>
      <source>The child medical support card</source>
      <extracomment>ja: 子ども医療費受給者証</extracomment>
      <translation type="unfinished">어린이 의료비 수급자증</translation>
    </message>
    <message>
      <source>Child medical support change (guardian, insurance, address)</source>
      <extracomment>ja: 子ども医療費 変更届（保護者・健康保険・住所）</extracomment>
      <translation type="unfinished">어린이 의료비 변경 신고(보호자·보험·주소)</translation>
    </message>
    <message>
      <source>Proof of the child's new health insurance</source>
      <extracomment>ja: 子どもの新しい健康保険の資格情報がわかるもの</extracomment>
      <translation type="unfinished">아이의 새 건강보험 증명</translation>
    </message>
    <message>
      <source>Child medical support ends (return the card)</source>
      <extracomment>ja: 子ども医療費 受給資格喪失（受給者証の返却）</extracomment>
      <translation type="unfinished">어린이 의료비 자격 상실(수급자증 반납)</translation>
    </message>
    <message>
      <source>By the moving date (not usable after)</source>
      <extracomment>ja: 転出日まで（転出後は使えません）</extracomment>
      <translation type="unfinished">전출일까지(전출 후에는 사용 불가)</translation>
    </message>
    <message>
      <source>As soon as possible</source>
      <extracomment>ja: すみやかに</extracomment>
      <translation type="unfinished">가능한 한 빨리</translation>
    </message>
    <message>
      <source>The child's medical support card</source>
      <extracomment>ja: 亡くなったお子さんの子ども医療費受給者証</extracomment>
      <translation type="unfinished">아이의 의료비 수급자증</translation>
    </message>
    <message>
      <source>Single-parent allowance and medical support</source>
      <extracomment>ja: 児童扶養手当・ひとり親家庭等医療</extracomment>
      <translation type="unfinished">아동부양수당·한부모 가정 의료비 지원</translation>
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
      <translation type="unfinished">청구한 다음 달분부터 지급</translation>
    </message>
    <message>
      <source>The family register (child and claimant)</source>
      <extracomment>ja: 戸籍謄本（児童と請求者）</extracomment>
      <translation type="unfinished">호적 등본(아이와 청구인)</translation>
    </message>
    <message>
      <source>Income certificate from the previous town</source>
      <extracomment>ja: 所得証明書（前の住所地で発行、1月1日に町外の方）</extracomment>
      <translation type="unfinished">이전 주소지의 소득 증명서</translation>
    </message>
    <message>
      <source>Check the income limit</source>
      <extracomment>ja: 所得制限を確認</extracomment>
      <translation type="unfinished">소득 제한을 확인</translation>
    </message>
    <message>
      <source>A de-facto marriage also ends it</source>
      <extracomment>ja: 事実婚でも資格喪失</extracomment>
      <translation type="unfinished">사실혼도 자격 상실</translation>
    </message>
    <message>
      <source>Single-parent allowance and medical support (birth)</source>
      <extracomment>ja: 児童扶養手当・ひとり親家庭等医療の請求（出生）</extracomment>
      <translation type="unfinished">아동부양수당·한부모 가정 의료비 지원(출생)</translation>
    </message>
    <message>
      <source>Paid from the month after the claim (claim soon after the birth notification)</source>
      <extracomment>ja: 請求した月の翌月分から支給（出生届のあと早めに）</extracomment>
      <translation type="unfinished">청구한 다음 달분부터 지급(출생 신고 후 빨리 청구)</translation>
    </message>
    <message>
      <source>The family register (after the birth is entered)</source>
      <extracomment>ja: 戸籍謄本（出生の記載後のもの）</extracomment>
      <translation type="unfinished">호적 등본(출생이 기재된 후의 것)</translation>
    </message>
    <message>
      <source>The register copy may follow later</source>
      <extracomment>ja: 戸籍への記載に日数がかかる場合は後日提出</extracomment>
      <translation type="unfinished">호적 등본은 나중에 제출 가능</translation>
    </message>
    <message>
      <source>Single-parent support ends (marriage)</source>
      <extracomment>ja: 児童扶養手当・ひとり親医療 資格喪失届</extracomment>
      <translation type="unfinished">한부모 지원 자격 상실(혼인)</translation>
    </message>
    <message>
      <source>Soon after the marriage (overpayments are reclaimed)</source>
      <extracomment>ja: 婚姻後すみやかに（過払いは返還）</extracomment>
      <translation type="unfinished">혼인 후 빨리(과다 지급분은 반환)</translation>
    </message>
    <message>
      <source>The allowance certificate and the medical card</source>
      <extracomment>ja: 児童扶養手当証書・ひとり親医療受給者証</extracomment>
      <translation type="unfinished">아동부양수당 증서와 의료비 수급자증</translation>
    </message>
    <message>
      <source>School transfer</source>
      <extracomment>ja: 転入学の手続き</extracomment>
      <translation type="unfinished">전학 절차</translation>
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
      <translation type="unfinished">이사 후 빨리</translation>
    </message>
    <message>
      <source>Certificate of enrolment from the previous school</source>
      <extracomment>ja: 在学証明書（前の学校で発行）</extracomment>
      <translation type="unfinished">이전 학교에서 발급한 재학 증명서</translation>
    </message>
    <message>
      <source>Textbook certificate from the previous school</source>
      <extracomment>ja: 教科用図書給与証明書（前の学校で発行）</extracomment>
      <translation type="unfinished">이전 학교에서 발급한 교과서 급여 증명서</translation>
    </message>
    <message>
      <source>Issue the transfer notice naming the school</source>
      <extracomment>ja: 転入学通知書を交付（学校を指定）</extracomment>
      <translation type="unfinished">학교를 지정한 전입학 통지서 발급</translation>
    </message>
    <message>
      <source>Children from abroad: agree the grade and Japanese support</source>
      <extracomment>ja: 海外からの帰国・外国籍の児童は学年と日本語指導を相談</extracomment>
      <translation type="unfinished">국외에서 온 아이: 학년과 일본어 지도를 상담</translation>
    </message>
    <message>
      <source>Certificate of enrolment from the current school</source>
      <extracomment>ja: 在学証明書（今の学校で発行）</extracomment>
      <translation type="unfinished">지금 학교에서 발급한 재학 증명서</translation>
    </message>
    <message>
      <source>Textbook certificate from the current school</source>
      <extracomment>ja: 教科用図書給与証明書（今の学校で発行）</extracomment>
      <translation type="unfinished">지금 학교에서 발급한 교과서 급여 증명서</translation>
    </message>
    <message>
      <source>Leaving the school (moving out)</source>
      <extracomment>ja: 転校の手続き（転出）</extracomment>
      <translation type="unfinished">전학 절차(전출)</translation>
    </message>
    <message>
      <source>Tell the school before moving</source>
      <extracomment>ja: 転出前に学校へ連絡</extracomment>
      <translation type="unfinished">이사 전에 학교에 연락</translation>
    </message>
    <message>
      <source>The school issues the certificates</source>
      <extracomment>ja: 在学証明書・教科用図書給与証明書は学校で受け取り</extracomment>
      <translation type="unfinished">증명서는 학교에서 발급</translation>
    </message>
    <message>
      <source>Nursery transfer</source>
      <extracomment>ja: 保育所・こども園の転園</extracomment>
      <translation type="unfinished">보육소·어린이원 전원</translation>
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
      <translation type="unfinished">무료(보육료는 별도)</translation>
    </message>
    <message>
      <source>By the 10th of the month before (check the town rule)</source>
      <extracomment>ja: 入園希望月の前月10日まで（町の基準を確認）</extracomment>
      <translation type="unfinished">입원 희망 월의 전월 10일까지(마을 기준 확인)</translation>
    </message>
    <message>
      <source>Proof of the need for childcare (e.g. an employment certificate)</source>
      <extracomment>ja: 就労証明書など保育の必要性がわかるもの</extracomment>
      <translation type="unfinished">보육이 필요함을 증명하는 서류(재직 증명서 등)</translation>
    </message>
    <message>
      <source>Check availability</source>
      <extracomment>ja: 空き状況を確認</extracomment>
      <translation type="unfinished">빈자리 확인</translation>
    </message>
    <message>
      <source>Leaving the nursery</source>
      <extracomment>ja: 保育所・こども園の退園</extracomment>
      <translation type="unfinished">보육소·어린이원 퇴원</translation>
    </message>
    <message>
      <source>By the end of the month before leaving (check the town rule)</source>
      <extracomment>ja: 退園する月の前月末まで（町の基準を確認）</extracomment>
      <translation type="unfinished">퇴원하는 달의 전월 말까지(마을 기준 확인)</translation>
    </message>
    <message>
      <source>Maternal and child health</source>
      <extracomment>ja: 母子保健（妊婦健診受診票の交換・乳幼児健診）</extracomment>
      <translation type="unfinished">모자보건</translation>
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
      <translation type="unfinished">사용하지 않은 임산부 검진 수진표</translation>
    </message>
    <message>
      <source>Check the vaccination record</source>
      <extracomment>ja: 予防接種の履歴を確認</extracomment>
      <translation type="unfinished">예방접종 기록을 확인</translation>
    </message>
    <message>
      <source>Newborn visit, infant check-ups and vaccinations</source>
      <extracomment>ja: 出生後の母子保健（新生児訪問・乳児健診・予防接種）</extracomment>
      <translation type="unfinished">신생아 방문, 영유아 검진, 예방접종</translation>
    </message>
    <message>
      <source>As soon as possible (birth contact card)</source>
      <extracomment>ja: すみやかに（出生連絡票）</extracomment>
      <translation type="unfinished">가능한 한 빨리(출생 연락표)</translation>
    </message>
    <message>
      <source>Arrange the newborn visit</source>
      <extracomment>ja: 新生児訪問の日程を調整</extracomment>
      <translation type="unfinished">신생아 방문 일정 조정</translation>
    </message>
    <message>
      <source>Disability certificate address change</source>
      <extracomment>ja: 障害者手帳 居住地変更</extracomment>
      <translation type="unfinished">장애인 수첩 거주지 변경</translation>
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
      <translation type="unfinished">장애인 수첩</translation>
    </message>
    <message>
      <source>Also check the severe-disability medical aid</source>
      <extracomment>ja: 重度心身障害者医療の登録も確認</extracomment>
      <translation type="unfinished">중증심신장애인 의료도 확인</translation>
    </message>
    <message>
      <source>Returning the disability certificate</source>
      <extracomment>ja: 障害者手帳の返還</extracomment>
      <translation type="unfinished">장애인 수첩 반납</translation>
    </message>
    <message>
      <source>The deceased's disability certificate</source>
      <extracomment>ja: 亡くなった方の障害者手帳</extracomment>
      <translation type="unfinished">돌아가신 분의 장애인 수첩</translation>
    </message>
    <message>
      <source>Also collect the severe-disability medical card</source>
      <extracomment>ja: 重度心身障害者医療の受給者証も回収</extracomment>
      <translation type="unfinished">중증심신장애인 의료 수급자증도 회수</translation>
    </message>
    <message>
      <source>Starting the water supply</source>
      <extracomment>ja: 水道の使用開始</extracomment>
      <translation type="unfinished">수도 사용 시작</translation>
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
      <translation type="unfinished">무료(수도 요금은 별도)</translation>
    </message>
    <message>
      <source>3 to 5 days before</source>
      <extracomment>ja: 使用開始の3〜5日前まで</extracomment>
      <translation type="unfinished">3~5일 전까지</translation>
    </message>
    <message>
      <source>Bank book and its seal for direct debit</source>
      <extracomment>ja: 口座振替用の通帳と届出印</extracomment>
      <translation type="unfinished">자동이체용 통장과 신고 인감</translation>
    </message>
    <message>
      <source>Check the tap number</source>
      <extracomment>ja: 水栓番号を確認</extracomment>
      <translation type="unfinished">수전 번호를 확인</translation>
    </message>
    <message>
      <source>Stopping the water at the old address and starting it at the new one</source>
      <extracomment>ja: 水道の使用中止（旧住所）・開始（新住所）</extracomment>
      <translation type="unfinished">이전 주소의 수도 중지와 새 주소의 사용 시작</translation>
    </message>
    <message>
      <source>3 to 5 days before the move</source>
      <extracomment>ja: 引っ越しの3〜5日前まで</extracomment>
      <translation type="unfinished">이사 3~5일 전까지</translation>
    </message>
    <message>
      <source>The last meter slip of the old address (customer number)</source>
      <extracomment>ja: 旧住所の検針票（お客様番号がわかるもの）</extracomment>
      <translation type="unfinished">이전 주소의 마지막 검침표(고객 번호)</translation>
    </message>
    <message>
      <source>Agree the final reading at the old address and the start at the new one</source>
      <extracomment>ja: 旧住所の最終検針日と新住所の開始日を確認</extracomment>
      <translation type="unfinished">이전 주소의 최종 검침일과 새 주소의 시작일을 확인</translation>
    </message>
    <message>
      <source>Stopping the water supply</source>
      <extracomment>ja: 水道の使用中止</extracomment>
      <translation type="unfinished">수도 사용 중지</translation>
    </message>
    <message>
      <source>Free (the final bill is settled)</source>
      <extracomment>ja: 無料（最終料金を精算）</extracomment>
      <translation type="unfinished">무료(최종 요금 정산)</translation>
    </message>
    <message>
      <source>A meter slip (customer number)</source>
      <extracomment>ja: 検針票（お客様番号がわかるもの）</extracomment>
      <translation type="unfinished">검침표(고객 번호)</translation>
    </message>
    <message>
      <source>Agree the final meter reading, the settlement and the forwarding address</source>
      <extracomment>ja: 最終検針日と精算方法・転出先の送付先を確認</extracomment>
      <translation type="unfinished">최종 검침일, 정산 방법, 우편 송부처를 확인</translation>
    </message>
    <message>
      <source>Changing the name on the water contract</source>
      <extracomment>ja: 水道の名義変更</extracomment>
      <translation type="unfinished">수도 계약 명의 변경</translation>
    </message>
    <message>
      <source>The new holder's bank book and seal for direct debit</source>
      <extracomment>ja: 新しい名義人の口座振替用の通帳と届出印</extracomment>
      <translation type="unfinished">새 명의인의 자동이체용 통장과 신고 인감</translation>
    </message>
    <message>
      <source>If the debit account was the deceased's, change it too</source>
      <extracomment>ja: 口座が亡くなった方の名義なら振替口座も変更</extracomment>
      <translation type="unfinished">자동이체 계좌가 돌아가신 분 명의이면 그것도 변경</translation>
    </message>
    <message>
      <source>If the deceased lived alone: stop the supply and settle instead</source>
      <extracomment>ja: ひとり暮らしだった場合は名義変更ではなく使用中止と最終精算</extracomment>
      <translation type="unfinished">돌아가신 분이 혼자 살았다면: 명의 변경 대신 사용 중지와 정산</translation>
    </message>
    <message>
      <source>Rubbish sorting guide</source>
      <extracomment>ja: ごみの出し方の案内</extracomment>
      <translation type="unfinished">쓰레기 분리 배출 안내</translation>
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
      <translation type="unfinished">지정 쓰레기봉투는 유료</translation>
    </message>
    <message>
      <source>None</source>
      <extracomment>ja: なし</extracomment>
      <translation type="unfinished">없음</translation>
    </message>
    <message>
      <source>Hand over the collection calendar and sorting guide</source>
      <extracomment>ja: ごみカレンダーと分別表を渡す</extracomment>
      <translation type="unfinished">수거 달력과 분리표를 전달</translation>
    </message>
    <message>
      <source>Dog registration change</source>
      <extracomment>ja: 犬の登録事項変更</extracomment>
      <translation type="unfinished">개 등록 사항 변경</translation>
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
      <translation type="unfinished">광견병 예방주사 완료표</translation>
    </message>
    <message>
      <source>Free (in exchange for the old tag)</source>
      <extracomment>ja: 無料（前の鑑札と引き換え）</extracomment>
      <translation type="unfinished">무료(이전 감찰과 교환)</translation>
    </message>
    <message>
      <source>Within 30 days of moving in</source>
      <extracomment>ja: 転入から30日以内</extracomment>
      <translation type="unfinished">전입 후 30일 이내</translation>
    </message>
    <message>
      <source>The dog tag from the previous municipality</source>
      <extracomment>ja: 前の市町村の鑑札</extracomment>
      <translation type="unfinished">이전 시정촌의 개 감찰</translation>
    </message>
    <message>
      <source>Issue a new tag</source>
      <extracomment>ja: 新しい鑑札を交付</extracomment>
      <translation type="unfinished">새 감찰 발급</translation>
    </message>
    <message>
      <source>Within 30 days of the move</source>
      <extracomment>ja: 転居から30日以内</extracomment>
      <translation type="unfinished">이사 후 30일 이내</translation>
    </message>
    <message>
      <source>The dog tag</source>
      <extracomment>ja: 鑑札</extracomment>
      <translation type="unfinished">개 감찰</translation>
    </message>
    <message>
      <source>Change the address in the register</source>
      <extracomment>ja: 登録台帳の住所を変更</extracomment>
      <translation type="unfinished">등록 대장의 주소를 변경</translation>
    </message>
    <message>
      <source>Change of dog owner</source>
      <extracomment>ja: 犬の所有者の変更</extracomment>
      <translation type="unfinished">개 소유자 변경</translation>
    </message>
    <message>
      <source>Within 30 days of the change of owner</source>
      <extracomment>ja: 所有者の変更から30日以内</extracomment>
      <translation type="unfinished">소유자 변경 후 30일 이내</translation>
    </message>
    <message>
      <source>The new owner's photo ID</source>
      <extracomment>ja: 新しい所有者の本人確認書類</extracomment>
      <translation type="unfinished">새 소유자의 신분증</translation>
    </message>
    <message>
      <source>Enter the new owner in the register</source>
      <extracomment>ja: 新しい所有者を登録台帳に記載</extracomment>
      <translation type="unfinished">등록 대장에 새 소유자를 기재</translation>
    </message>
    <message>
      <source>Moped registration</source>
      <extracomment>ja: 原付・ミニカーの登録</extracomment>
      <translation type="unfinished">원동기장치자전거 등록</translation>
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
      <translation type="unfinished">무료(경자동차세는 4월 1일 기준 소유자에게 과세)</translation>
    </message>
    <message>
      <source>Within 15 days</source>
      <extracomment>ja: 15日以内</extracomment>
      <translation type="unfinished">15일 이내</translation>
    </message>
    <message>
      <source>The previous deregistration receipt or the number plate</source>
      <extracomment>ja: 前の市町村の廃車申告受付書またはナンバープレート</extracomment>
      <translation type="unfinished">이전 시정촌의 폐차 신고 접수서 또는 번호판</translation>
    </message>
    <message>
      <source>The plate certificate</source>
      <extracomment>ja: 標識交付証明書</extracomment>
      <translation type="unfinished">번호판 교부 증명서</translation>
    </message>
    <message>
      <source>Over 125 cc or 4-wheel light cars go to the transport offices</source>
      <extracomment>ja: 126cc以上・軽四輪は運輸支局・軽自動車検査協会を案内</extracomment>
      <translation type="unfinished">125cc 초과 또는 사륜 경자동차는 운수지국 등에서 절차</translation>
    </message>
    <message>
      <source>Moped deregistration</source>
      <extracomment>ja: 原付の廃車申告</extracomment>
      <translation type="unfinished">원동기장치자전거 폐차 신고</translation>
    </message>
    <message>
      <source>Before moving</source>
      <extracomment>ja: 転出前に</extracomment>
      <translation type="unfinished">전출 전에</translation>
    </message>
    <message>
      <source>The number plate</source>
      <extracomment>ja: ナンバープレート</extracomment>
      <translation type="unfinished">번호판</translation>
    </message>
    <message>
      <source>Moped change of owner or deregistration</source>
      <extracomment>ja: 原付の名義変更・廃車</extracomment>
      <translation type="unfinished">원동기장치자전거 명의 변경 또는 폐차</translation>
    </message>
    <message>
      <source>The number plate (when deregistering)</source>
      <extracomment>ja: ナンバープレート（廃車の場合）</extracomment>
      <translation type="unfinished">번호판(폐차하는 경우)</translation>
    </message>
    <message>
      <source>The new owner's photo ID (change of owner)</source>
      <extracomment>ja: 新しい所有者の本人確認書類（名義変更の場合）</extracomment>
      <translation type="unfinished">새 소유자의 신분증(명의 변경하는 경우)</translation>
    </message>
    <message>
      <source>Property tax representative</source>
      <extracomment>ja: 固定資産税の納税管理人・相続人代表者の届出</extracomment>
      <translation type="unfinished">고정자산세 납세관리인</translation>
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
      <translation type="unfinished">납세관리인 신고</translation>
    </message>
    <message>
      <source>Before moving (check the town tax ordinance)</source>
      <extracomment>ja: 転出前に（町の税条例を確認）</extracomment>
      <translation type="unfinished">전출 전에(마을 세 조례 확인)</translation>
    </message>
    <message>
      <source>The representative's consent</source>
      <extracomment>ja: 納税管理人の承諾がわかるもの</extracomment>
      <translation type="unfinished">납세관리인의 승낙을 알 수 있는 것</translation>
    </message>
    <message>
      <source>Tax on property in the town continues after moving</source>
      <extracomment>ja: 町外に転出しても町内の資産の課税は続くことを説明</extracomment>
      <translation type="unfinished">전출 후에도 마을 안 자산에 대한 과세는 계속됨</translation>
    </message>
    <message>
      <source>Naming the heirs' representative</source>
      <extracomment>ja: 相続人代表者の届出</extracomment>
      <translation type="unfinished">상속인 대표자 신고</translation>
    </message>
    <message>
      <source>As soon as possible (check the town tax ordinance)</source>
      <extracomment>ja: すみやかに（町の税条例を確認）</extracomment>
      <translation type="unfinished">가능한 한 빨리(마을 세 조례 확인)</translation>
    </message>
    <message>
      <source>The representative's photo ID</source>
      <extracomment>ja: 代表者の本人確認書類</extracomment>
      <translation type="unfinished">대표자의 신분증</translation>
    </message>
    <message>
      <source>Explain the inheritance registration (compulsory since 2024-04-01)</source>
      <extracomment>ja: 相続登記の案内（法務局、2024年4月1日から義務化）</extracomment>
      <translation type="unfinished">상속 등기 안내(2024년 4월 1일부터 의무화)</translation>
    </message>
    <message>
      <source>Copies of the residence record</source>
      <extracomment>ja: 住民票の写し等の交付</extracomment>
      <translation type="unfinished">주민표 사본 등의 발급</translation>
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
      <translation type="unfinished">청구인의 신분증</translation>
    </message>
    <message>
      <source>For an agent: the power of attorney</source>
      <extracomment>ja: 代理人の場合は委任状</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>300 yen a copy</source>
      <extracomment>ja: 1通300円</extracomment>
      <translation type="unfinished">1통 300엔</translation>
    </message>
    <message>
      <source>Copies with the My Number go by post if an agent asks</source>
      <extracomment>ja: 個人番号入りは代理人に交付しない（郵送）</extracomment>
      <translation type="unfinished">개인번호가 기재된 것은 대리인 신청 시 우편으로 발송</translation>
    </message>
    <message>
      <source>Certificates after the death</source>
      <extracomment>ja: 住民票の除票等の交付</extracomment>
      <translation type="unfinished">사망 후의 증명서</translation>
    </message>
    <message>
      <source>The removed record is issued after the death notice is processed</source>
      <extracomment>ja: 除票は死亡届の処理後に交付</extracomment>
      <translation type="unfinished">제표는 사망 신고 처리 후 발급</translation>
    </message>
    <message>
      <source>Pension office: death of an employees' pension recipient</source>
      <extracomment>ja: 年金事務所での手続き（厚生年金の死亡届・遺族年金）</extracomment>
      <translation type="unfinished">연금사무소: 후생연금 수급자의 사망</translation>
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
      <translation type="unfinished">10일 이내(마이넘버가 등록되어 있으면 불필요)</translation>
    </message>
    <message>
      <source>Pension certificate, proof of death, the claimant's bank book</source>
      <extracomment>ja: 年金証書・死亡の事実がわかる書類・請求者の通帳</extracomment>
      <translation type="unfinished">연금 증서, 사망 사실을 알 수 있는 서류, 청구인의 통장</translation>
    </message>
    <message>
      <source>Explain how to book the pension office</source>
      <extracomment>ja: 年金事務所の予約方法を案内</extracomment>
      <translation type="unfinished">연금사무소 예약 방법을 안내</translation>
    </message>
  </context>
  <context>
    <name>questions</name>
    <message>
      <source>I don't know</source>
      <extracomment>ja: わからない</extracomment>
      <translation type="unfinished">모르겠음</translation>
    </message>
    <message>
      <source>Choose this if you are not sure. Any form that may be needed is printed too, and a clerk checks it with you at the counter.</source>
      <extracomment>ja: わからないときは、これを選んでください。必要かもしれない書類も印刷し、窓口で職員が確認します。</extracomment>
      <translation type="unfinished">확실하지 않으면 이것을 선택하십시오. 필요할 수 있는 서류도 인쇄하고, 창구에서 직원이 함께 확인합니다.</translation>
    </message>
    <message>
      <source>Where did you move here from?</source>
      <extracomment>ja: どこから引っ越してきましたか？</extracomment>
      <translation type="unfinished">어디에서 이사 오셨습니까?</translation>
    </message>
    <message>
      <source>Choose by the prefecture of your previous address. Your moving-out certificate (転出証明書) or your My Number card shows it.</source>
      <extracomment>ja: 前に住んでいた住所の都道府県で選びます。転出証明書やマイナンバーカードの住所で確かめられます。</extracomment>
      <translation type="unfinished">이전 주소의 도도부현으로 선택합니다. 전출 증명서(転出証明書)나 마이넘버 카드에서 확인할 수 있습니다.</translation>
    </message>
    <message>
      <source>Another town or city in Kumamoto</source>
      <extracomment>ja: 熊本県内の市町村</extracomment>
      <translation type="unfinished">구마모토현 내의 다른 시정촌</translation>
    </message>
    <message>
      <source>Your previous address was in another town or city of Kumamoto Prefecture.</source>
      <extracomment>ja: 前の住所が熊本県内の別の市町村の場合です。</extracomment>
      <translation type="unfinished">이전 주소가 구마모토현 내의 다른 시정촌인 경우입니다.</translation>
    </message>
    <message>
      <source>Another prefecture</source>
      <extracomment>ja: 熊本県外</extracomment>
      <translation type="unfinished">구마모토현 밖</translation>
    </message>
    <message>
      <source>Your previous address was in another prefecture. Some schemes, such as the late-elderly medical care scheme, then need a certificate from your previous town.</source>
      <extracomment>ja: 前の住所が熊本県以外の場合です。後期高齢者医療などで、前の市町村の証明書が必要になることがあります。</extracomment>
      <translation type="unfinished">이전 주소가 구마모토현 밖인 경우입니다. 후기고령자의료 등에서 이전 시정촌의 증명서가 필요할 수 있습니다.</translation>
    </message>
    <message>
      <source>Abroad</source>
      <extracomment>ja: 国外</extracomment>
      <translation type="unfinished">국외</translation>
    </message>
    <message>
      <source>You are coming to live here from abroad (Japanese citizens returning too). Bring your passport.</source>
      <extracomment>ja: 外国から来て日本に住み始める場合です（海外から帰国した日本人も含みます）。パスポートをお持ちください。</extracomment>
      <translation type="unfinished">외국에서 와서 일본에 살기 시작하는 경우입니다(해외에서 귀국한 일본인도 포함). 여권을 가져오십시오.</translation>
    </message>
    <message>
      <source>Will your address or household change with this?</source>
      <extracomment>ja: この届出にあわせて、住所や世帯が変わりますか？</extracomment>
      <translation type="unfinished">이 신고와 함께 주소나 세대가 바뀝니까?</translation>
    </message>
    <message>
      <source>Answer "yes" if, together with this, you move or your household (the people registered together on the residence record) changes. A change-of-address notification is then filed as well.</source>
      <extracomment>ja: この届出にあわせて、住む場所や世帯（住民票に一緒に登録されている家族のまとまり）が変わるなら「はい」です。そのときは住所の届出（住民異動届）も一緒に出します。</extracomment>
      <translation type="unfinished">이 신고와 함께 사는 곳이나 세대(世帯, 주민표에 함께 등록된 가족)가 바뀌면 ‘예’입니다. 그때는 주소 신고(住民異動届)도 함께 제출합니다.</translation>
    </message>
    <message>
      <source>Will your family name change?</source>
      <extracomment>ja: 氏（名字）が変わりますか？</extracomment>
      <translation type="unfinished">성(姓)이 바뀝니까?</translation>
    </message>
    <message>
      <source>Answer "yes" if your family name in the family register (戸籍) changes with the marriage or divorce. Your My Number card and registered seal may then need updating.</source>
      <extracomment>ja: 結婚・離婚で戸籍の氏（名字）が変わるなら「はい」です。マイナンバーカードや印鑑登録の変更が必要になることがあります。</extracomment>
      <translation type="unfinished">결혼이나 이혼으로 호적(戸籍)상의 성이 바뀌면 ‘예’입니다. 마이넘버 카드나 인감 등록의 변경이 필요할 수 있습니다.</translation>
    </message>
    <message>
      <source>How does the household change?</source>
      <extracomment>ja: 世帯がどのように変わりますか？</extracomment>
      <translation type="unfinished">세대가 어떻게 바뀝니까?</translation>
    </message>
    <message>
      <source>A household (世帯) is the group of people registered together on the residence record (住民票). Choose how it changes.</source>
      <extracomment>ja: 世帯とは、住民票に一緒に登録されている家族のまとまりです。どのように変わるかを選んでください。</extracomment>
      <translation type="unfinished">세대(世帯)란 주민표(住民票)에 함께 등록된 가족을 말합니다. 어떻게 바뀌는지 선택하십시오.</translation>
    </message>
    <message>
      <source>A new head of household</source>
      <extracomment>ja: 世帯主が変わる</extracomment>
      <translation type="unfinished">세대주 변경</translation>
    </message>
    <message>
      <source>Another person becomes the household's representative (世帯主).</source>
      <extracomment>ja: 世帯の代表者（世帯主）が別の人になります。</extracomment>
      <translation type="unfinished">세대의 대표자(세대주, 世帯主)가 다른 사람으로 바뀝니다.</translation>
    </message>
    <message>
      <source>Splitting into two households</source>
      <extracomment>ja: 世帯を分ける</extracomment>
      <translation type="unfinished">세대 분리</translation>
    </message>
    <message>
      <source>One household becomes two (possible at the same address).</source>
      <extracomment>ja: 一つの世帯を二つに分けます（同じ住所のままでも分けられます）。</extracomment>
      <translation type="unfinished">한 세대를 둘로 나눕니다(같은 주소에서도 나눌 수 있습니다).</translation>
    </message>
    <message>
      <source>Joining two households</source>
      <extracomment>ja: 世帯を一緒にする</extracomment>
      <translation type="unfinished">세대 합가</translation>
    </message>
    <message>
      <source>Two households become one.</source>
      <extracomment>ja: 二つの世帯を一つにまとめます。</extracomment>
      <translation type="unfinished">두 세대를 하나로 합칩니다.</translation>
    </message>
    <message>
      <source>Was the deceased the head of the household?</source>
      <extracomment>ja: 亡くなられた方は世帯主でしたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 세대주였습니까?</translation>
    </message>
    <message>
      <source>The head of household (世帯主) is the person named as the household's representative on the residence record (住民票). A copy of the residence record shows it in the 世帯主 box.</source>
      <extracomment>ja: 世帯主とは、住民票で世帯の代表者になっている人です。住民票の写しの「世帯主」の欄で確かめられます。</extracomment>
      <translation type="unfinished">세대주(世帯主)란 주민표(住民票)에서 세대의 대표자로 되어 있는 사람입니다. 주민표 사본의 ‘世帯主’ 칸에서 확인할 수 있습니다.</translation>
    </message>
    <message>
      <source>Do you have a My Number card?</source>
      <extracomment>ja: マイナンバーカードをお持ちですか？</extracomment>
      <translation type="unfinished">마이넘버 카드(マイナンバーカード)를 가지고 계십니까?</translation>
    </message>
    <message>
      <source>The plastic card with your photo on it. The paper notification card (通知カード) or number notice (個人番号通知書) is not a My Number card.</source>
      <extracomment>ja: 顔写真の付いたプラスチックのカードです。紙の「通知カード」や「個人番号通知書」はマイナンバーカードではありません。</extracomment>
      <translation type="unfinished">본인 사진이 있는 플라스틱 카드입니다. 종이로 된 ‘통지 카드(通知カード)’나 ‘개인번호 통지서(個人番号通知書)’는 마이넘버 카드가 아닙니다.</translation>
    </message>
    <message>
      <source>Which health insurance will you have?</source>
      <extracomment>ja: 加入する健康保険はどれですか？</extracomment>
      <translation type="unfinished">어느 건강보험에 가입합니까?</translation>
    </message>
    <message>
      <source>Your health insurance certificate (資格確認書 or 保険証) or Mynaportal shows it. If you are covered as a family member on a relative's workplace insurance, choose the employer's insurance.</source>
      <extracomment>ja: お持ちの資格確認書・保険証、またはマイナポータルで確かめられます。家族の勤め先の保険に扶養として入っている方は「勤め先の健康保険」です。</extracomment>
      <translation type="unfinished">가지고 계신 자격확인서(資格確認書)·보험증(保険証) 또는 마이나포털(マイナポータル)에서 확인할 수 있습니다. 가족의 직장 보험에 가족으로 가입되어 있으면 직장 보험을 선택하십시오.</translation>
    </message>
    <message>
      <source>Which health insurance did the deceased have?</source>
      <extracomment>ja: 亡くなられた方の健康保険はどれでしたか？</extracomment>
      <translation type="unfinished">돌아가신 분의 건강보험은 무엇이었습니까?</translation>
    </message>
    <message>
      <source>Which health insurance do you have now?</source>
      <extracomment>ja: いま加入している健康保険はどれですか？</extracomment>
      <translation type="unfinished">지금 가입한 건강보험은 무엇입니까?</translation>
    </message>
    <message>
      <source>An employer's insurance (including as a dependant)</source>
      <extracomment>ja: 勤め先の健康保険（社会保険・共済。扶養を含む）</extracomment>
      <translation type="unfinished">직장 건강보험(사회보험·공제, 피부양자 포함)</translation>
    </message>
    <message>
      <source>Health insurance through a workplace (協会けんぽ, a company health insurance society, or a 共済 for public servants). Also choose this if you are covered as a dependant (扶養) of a working family member.</source>
      <extracomment>ja: 会社・役所など勤め先の健康保険（協会けんぽ・健康保険組合・共済組合）です。家族の勤め先の保険に扶養として入っている場合もこちらです。</extracomment>
      <translation type="unfinished">직장을 통해 가입한 건강보험(협회 건강보험, 건강보험조합, 공무원 공제조합)입니다. 일하는 가족의 보험에 피부양자(扶養)로 가입되어 있는 경우도 이것을 선택하십시오.</translation>
    </message>
    <message>
      <source>National Health Insurance (75+: the late-elderly scheme)</source>
      <extracomment>ja: 国民健康保険（75歳以上は後期高齢者医療）</extracomment>
      <translation type="unfinished">국민건강보험(75세 이상은 후기고령자의료)</translation>
    </message>
    <message>
      <source>The town's National Health Insurance (国民健康保険), for people without workplace insurance. People aged 75 or more (and some aged 65–74 with a disability certification) are in the late-elderly medical care scheme (後期高齢者医療) instead.</source>
      <extracomment>ja: 勤め先の保険がない方が入る、町の国民健康保険です。75歳以上の方（65〜74歳で障害認定を受けた方も）は、後期高齢者医療制度に入ります。</extracomment>
      <translation type="unfinished">직장 보험이 없는 사람이 가입하는 마을의 국민건강보험(国民健康保険)입니다. 75세 이상인 분(65~74세로 장애 인정을 받은 일부 분도)은 대신 후기고령자의료제도(後期高齢者医療)에 가입합니다.</translation>
    </message>
    <message>
      <source>Receiving public assistance (生活保護)</source>
      <extracomment>ja: 生活保護を受けている</extracomment>
      <translation type="unfinished">생활보호(生活保護)를 받고 있음</translation>
    </message>
    <message>
      <source>Public assistance (生活保護) pays living and medical costs for people who cannot support themselves. While receiving it, you are not in National Health Insurance.</source>
      <extracomment>ja: 生活保護は、生活に困っている方に、生活費や医療費を支給する制度です。受けている間は国民健康保険に入りません。</extracomment>
      <translation type="unfinished">생활보호(生活保護)는 생활이 어려운 분에게 생활비와 의료비를 지급하는 제도입니다. 받는 동안은 국민건강보험에 가입하지 않습니다.</translation>
    </message>
    <message>
      <source>Are you in the employees' pension as an employee, or as an employee's dependent spouse?</source>
      <extracomment>ja: 会社員・公務員として厚生年金に入っていますか（またはその配偶者として扶養されていますか）？</extracomment>
      <translation type="unfinished">회사원·공무원으로서 후생연금에 가입해 있습니까(또는 그 배우자로서 부양받고 있습니까)?</translation>
    </message>
    <message>
      <source>Answer "yes" if you pay into the employees' pension (厚生年金, including 共済) through your work, or you are the dependent spouse of such an employee (category 3 of the National Pension). Your pay slip shows 厚生年金 deductions.</source>
      <extracomment>ja: 会社や役所に勤めて厚生年金（共済を含む）に入っている方、またはその配偶者として扶養されている方（国民年金の第3号被保険者）は「はい」です。給与明細の「厚生年金」の欄で確かめられます。</extracomment>
      <translation type="unfinished">직장을 통해 후생연금(厚生年金, 공제 포함)에 가입해 있거나 그런 직원의 피부양 배우자(국민연금 제3호 피보험자)이면 ‘예’입니다. 급여 명세서의 ‘厚生年金’ 칸에서 확인할 수 있습니다.</translation>
    </message>
    <message>
      <source>Do you have a disability certification for the late-elderly scheme (ages 65–74)?</source>
      <extracomment>ja: 後期高齢者医療の障害認定を受けていますか（65〜74歳の方）？</extracomment>
      <translation type="unfinished">후기고령자의료의 장애 인정을 받았습니까(65~74세)?</translation>
    </message>
    <message>
      <source>People aged 65–74 with certain disabilities can join the late-elderly medical care scheme (後期高齢者医療) by applying (a disability certification). If you have that scheme's insurance certificate, answer "yes".</source>
      <extracomment>ja: 65〜74歳で一定の障害がある方は、申請して後期高齢者医療に入ることができます（障害認定）。後期高齢者医療の資格確認書・保険証をお持ちなら「はい」です。</extracomment>
      <translation type="unfinished">65~74세로 일정한 장애가 있는 분은 신청하면(장애 인정) 후기고령자의료제도(後期高齢者医療)에 가입할 수 있습니다. 그 제도의 보험증이 있으면 ‘예’입니다.</translation>
    </message>
    <message>
      <source>Was the deceased in the late-elderly scheme by a disability certification?</source>
      <extracomment>ja: 亡くなられた方は後期高齢者医療の障害認定を受けていましたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 장애 인정으로 후기고령자의료에 가입해 있었습니까?</translation>
    </message>
    <message>
      <source>Are you a foreign national (with a residence card or special permanent resident certificate)?</source>
      <extracomment>ja: 外国籍の方ですか（在留カード・特別永住者証明書をお持ちですか）？</extracomment>
      <translation type="unfinished">외국 국적이십니까(재류카드·특별영주자증명서 소지)?</translation>
    </message>
    <message>
      <source>Answer "yes" if you do not have Japanese nationality, that is if you hold a residence card (在留カード) or a special permanent resident certificate.</source>
      <extracomment>ja: 日本の国籍がない方は「はい」です。在留カードまたは特別永住者証明書をお持ちの方です。</extracomment>
      <translation type="unfinished">일본 국적이 없는 분, 즉 재류카드(在留カード)나 특별영주자증명서를 가지고 계신 분은 ‘예’입니다.</translation>
    </message>
    <message>
      <source>Are you moving abroad?</source>
      <extracomment>ja: 国外へ引っ越しますか？</extracomment>
      <translation type="unfinished">국외로 이사합니까?</translation>
    </message>
    <message>
      <source>Answer "yes" if you are leaving Japan to live abroad (usually for a year or more). Pension and My Number card procedures differ then.</source>
      <extracomment>ja: 日本を出て外国に住む場合（おおむね1年以上の予定）は「はい」です。国民年金やマイナンバーカードの手続きが変わります。</extracomment>
      <translation type="unfinished">일본을 떠나 외국에서 살 예정이면(보통 1년 이상) ‘예’입니다. 연금과 마이넘버 카드 절차가 달라집니다.</translation>
    </message>
    <message>
      <source>Are you the one who gave birth?</source>
      <extracomment>ja: お子さんを出産された方ですか？</extracomment>
      <translation type="unfinished">아이를 출산하신 분입니까?</translation>
    </message>
    <message>
      <source>Answer "yes" if you are the mother who gave birth. It is used for the health services after a birth (a home visit, check-ups).</source>
      <extracomment>ja: 赤ちゃんを産んだお母さんご本人なら「はい」です。出産のあとの保健の案内（赤ちゃん訪問・健診など）に使います。</extracomment>
      <translation type="unfinished">아기를 출산한 어머니 본인이면 ‘예’입니다. 출산 후 보건 서비스(가정 방문, 검진 등) 안내에 사용합니다.</translation>
    </message>
    <message>
      <source>Were you a dependant on your spouse's employer insurance?</source>
      <extracomment>ja: 配偶者の勤め先の健康保険の扶養に入っていましたか？</extracomment>
      <translation type="unfinished">배우자의 직장 건강보험에 피부양자로 가입해 있었습니까?</translation>
    </message>
    <message>
      <source>Being a dependant (扶養) means being covered by a family member's workplace health insurance without paying premiums yourself. If your insurance certificate says 被扶養者 (dependant), answer "yes".</source>
      <extracomment>ja: 「扶養」とは、家族の勤め先の健康保険に、保険料を払わずに家族として入っていることです。資格確認書・保険証に「被扶養者」とあれば「はい」です。</extracomment>
      <translation type="unfinished">피부양(扶養)이란 보험료를 직접 내지 않고 가족의 직장 건강보험에 가족으로 가입되어 있는 것입니다. 보험증에 ‘被扶養者’(피부양자)라고 적혀 있으면 ‘예’입니다.</translation>
    </message>
    <message>
      <source>Were you a dependant on the deceased's employer insurance?</source>
      <extracomment>ja: 亡くなられた方の勤め先の健康保険の扶養に入っていましたか？</extracomment>
      <translation type="unfinished">돌아가신 분의 직장 건강보험에 피부양자로 가입해 있었습니까?</translation>
    </message>
    <message>
      <source>Will you become a dependant on your spouse's employer insurance?</source>
      <extracomment>ja: 結婚後、配偶者の勤め先の健康保険の扶養に入りますか？</extracomment>
      <translation type="unfinished">결혼 후 배우자의 직장 건강보험에 피부양자로 가입합니까?</translation>
    </message>
    <message>
      <source>Answer "yes" if you will be covered as a family member (被扶養者) by your spouse's workplace health insurance. The spouse's employer handles that; here you leave National Health Insurance.</source>
      <extracomment>ja: 結婚相手の勤め先の健康保険に、家族（被扶養者）として入る予定なら「はい」です。その届出は相手の勤め先でします。町では国民健康保険をやめる届出をします。</extracomment>
      <translation type="unfinished">배우자의 직장 건강보험에 가족(被扶養者)으로 가입할 예정이면 ‘예’입니다. 그 신고는 배우자의 직장에서 하며, 여기서는 국민건강보험 탈퇴 신고를 합니다.</translation>
    </message>
    <message>
      <source>Do you have a long-term care certification (要介護・要支援)?</source>
      <extracomment>ja: 要介護・要支援の認定を受けていますか？</extracomment>
      <translation type="unfinished">요개호·요지원(要介護・要支援) 인정을 받았습니까?</translation>
    </message>
    <message>
      <source>A town certification that lets a person who needs care use long-term care services (care levels 要介護 1–5, support levels 要支援 1–2). The 要介護状態区分等 box of the long-term care insurance certificate (介護保険被保険者証) shows it.</source>
      <extracomment>ja: 介護が必要な方が町の認定を受けて、介護サービスを使えるようにする制度です（要介護1〜5・要支援1〜2）。介護保険被保険者証の「要介護状態区分等」の欄で確かめられます。</extracomment>
      <translation type="unfinished">돌봄이 필요한 분이 마을의 인정을 받아 개호 서비스를 이용할 수 있게 하는 제도입니다(요개호 1~5 ‘要介護’, 요지원 1~2 ‘要支援’). 개호보험 피보험자증(介護保険被保険者証)의 ‘要介護状態区分等’ 칸에서 확인할 수 있습니다.</translation>
    </message>
    <message>
      <source>Did the deceased have a long-term care certification?</source>
      <extracomment>ja: 亡くなられた方は要介護・要支援の認定を受けていましたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 요개호·요지원 인정을 받았습니까?</translation>
    </message>
    <message>
      <source>Did the deceased receive a pension?</source>
      <extracomment>ja: 亡くなられた方は年金を受け取っていましたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 연금을 받고 있었습니까?</translation>
    </message>
    <message>
      <source>The pension certificate (年金証書) or a payment notice shows it. The kind of pension decides where the death is reported (the town or the pension office).</source>
      <extracomment>ja: 年金証書や年金振込通知書で確かめられます。年金の種類によって、届け先（町の窓口または年金事務所）が変わります。</extracomment>
      <translation type="unfinished">연금 증서(年金証書)나 연금 입금 통지서에서 확인할 수 있습니다. 연금 종류에 따라 사망 신고처(마을 창구 또는 연금사무소)가 달라집니다.</translation>
    </message>
    <message>
      <source>No</source>
      <extracomment>ja: 受け取っていない</extracomment>
      <translation type="unfinished">받지 않았음</translation>
    </message>
    <message>
      <source>The deceased received no pension.</source>
      <extracomment>ja: 亡くなられた方が年金を受け取っていなかった場合です。</extracomment>
      <translation type="unfinished">돌아가신 분이 연금을 받지 않았습니다.</translation>
    </message>
    <message>
      <source>National Pension only</source>
      <extracomment>ja: 国民年金のみ</extracomment>
      <translation type="unfinished">국민연금만</translation>
    </message>
    <message>
      <source>The deceased received only the basic National Pension (国民年金).</source>
      <extracomment>ja: 国民年金（基礎年金）だけを受け取っていた場合です。</extracomment>
      <translation type="unfinished">돌아가신 분이 기초 국민연금(国民年金)만 받았습니다.</translation>
    </message>
    <message>
      <source>Employees' Pension (厚生年金・共済)</source>
      <extracomment>ja: 厚生年金・共済年金</extracomment>
      <translation type="unfinished">후생연금·공제연금(厚生年金・共済)</translation>
    </message>
    <message>
      <source>The deceased received a pension from employment (厚生年金 or 共済年金), with or without the basic pension.</source>
      <extracomment>ja: 勤めていた方の厚生年金・共済年金を受け取っていた場合です（基礎年金と一緒の場合も含みます）。</extracomment>
      <translation type="unfinished">돌아가신 분이 직장에서의 연금(후생연금 또는 공제연금)을 받았습니다(기초연금과 함께 받은 경우 포함).</translation>
    </message>
    <message>
      <source>Are you pregnant?</source>
      <extracomment>ja: 妊娠中ですか？</extracomment>
      <translation type="unfinished">임신 중이십니까?</translation>
    </message>
    <message>
      <source>Answer "yes" if you are pregnant. Bring your maternal and child health handbook (母子健康手帳) and any unused check-up vouchers.</source>
      <extracomment>ja: 妊娠中の方は「はい」です。母子健康手帳と、使っていない妊婦健診の受診票をお持ちください。</extracomment>
      <translation type="unfinished">임신 중이면 ‘예’입니다. 모자건강수첩(母子健康手帳)과 사용하지 않은 임산부 검진 수진표를 가져오십시오.</translation>
    </message>
    <message>
      <source>Does the child attend (or plan to attend) a nursery or kindergarten?</source>
      <extracomment>ja: 保育所・認定こども園に通っていますか（通う予定ですか）？</extracomment>
      <translation type="unfinished">아이가 보육소·인정 어린이원에 다니고 있습니까(다닐 예정입니까)?</translation>
    </message>
    <message>
      <source>Answer "yes" if the child attends, or will attend, a nursery school (保育所) or a certified centre for early childhood education (認定こども園).</source>
      <extracomment>ja: 保育所（保育園）や認定こども園に通っている、または通う予定のお子さんなら「はい」です。</extracomment>
      <translation type="unfinished">아이가 보육소(保育所)나 인정 어린이원(認定こども園)에 다니고 있거나 다닐 예정이면 ‘예’입니다.</translation>
    </message>
    <message>
      <source>Do you hold a disability certificate (障害者手帳)?</source>
      <extracomment>ja: 障害者手帳（身体・療育・精神）をお持ちですか？</extracomment>
      <translation type="unfinished">장애인 수첩(障害者手帳)을 가지고 계십니까?</translation>
    </message>
    <message>
      <source>Answer "yes" if you hold a physical disability certificate, an intellectual disability certificate (療育手帳) or a mental health and welfare certificate.</source>
      <extracomment>ja: 身体障害者手帳・療育手帳・精神障害者保健福祉手帳のどれかをお持ちなら「はい」です。</extracomment>
      <translation type="unfinished">신체장애인 수첩, 요육 수첩(療育手帳), 정신장애인 보건복지 수첩 중 하나를 가지고 계시면 ‘예’입니다.</translation>
    </message>
    <message>
      <source>Did the deceased hold a disability certificate?</source>
      <extracomment>ja: 亡くなられた方は障害者手帳をお持ちでしたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 장애인 수첩을 가지고 계셨습니까?</translation>
    </message>
    <message>
      <source>Do you want to register a personal seal (実印)?</source>
      <extracomment>ja: 印鑑登録（実印の登録）をしますか？</extracomment>
      <translation type="unfinished">인감 등록(実印 등록)을 하시겠습니까?</translation>
    </message>
    <message>
      <source>Registering a seal with the town makes it your official seal (実印); its certificate is needed to buy a house or a car, for loans and the like. Bring the seal to register (no rubber stamps).</source>
      <extracomment>ja: 印鑑を町に登録すると「実印」になり、家や車の売買・ローンなどで印鑑登録証明書が使えます。登録する印鑑（ゴム印は不可）をお持ちください。</extracomment>
      <translation type="unfinished">인감을 마을에 등록하면 공식 인감(실인, 実印)이 되며, 집이나 자동차 매매, 대출 등에 그 증명서가 필요합니다. 등록할 인감을 가져오십시오(고무도장 불가).</translation>
    </message>
    <message>
      <source>Do you have a registered seal (印鑑登録)?</source>
      <extracomment>ja: 印鑑登録をしていますか？</extracomment>
      <translation type="unfinished">인감 등록(印鑑登録)이 되어 있습니까?</translation>
    </message>
    <message>
      <source>Answer "yes" if you have registered an official seal (実印) with the town. If you have a seal registration card (印鑑登録証), you have.</source>
      <extracomment>ja: 町に実印を登録している方は「はい」です。印鑑登録証（カード）をお持ちなら、登録しています。</extracomment>
      <translation type="unfinished">마을에 공식 인감(실인, 実印)을 등록했으면 ‘예’입니다. 인감 등록증(印鑑登録証)이 있으면 등록되어 있는 것입니다.</translation>
    </message>
    <message>
      <source>Did the deceased have a registered seal?</source>
      <extracomment>ja: 亡くなられた方は印鑑登録をしていましたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 인감 등록이 되어 있었습니까?</translation>
    </message>
    <message>
      <source>Are you a single-parent family (or receiving single-parent benefits)?</source>
      <extracomment>ja: ひとり親家庭ですか（児童扶養手当・ひとり親医療を受けていますか）？</extracomment>
      <translation type="unfinished">한부모 가정입니까(아동부양수당·한부모 의료비 지원을 받고 있습니까)?</translation>
    </message>
    <message>
      <source>A family where one parent alone raises children up to 18 (until the 31 March after their 18th birthday). Such a family may receive the child-rearing allowance (児童扶養手当) and medical aid.</source>
      <extracomment>ja: 父または母の一方だけで、18歳（18歳になったあとの3月31日）までの子どもを育てている家庭です。児童扶養手当やひとり親医療を受けられることがあります。</extracomment>
      <translation type="unfinished">아버지나 어머니 한 사람이 18세(18세가 된 후의 3월 31일)까지의 아이를 혼자 키우는 가정입니다. 아동부양수당(児童扶養手当)과 의료비 지원을 받을 수 있습니다.</translation>
    </message>
    <message>
      <source>Will you raise the child as a single parent (e.g. not married)?</source>
      <extracomment>ja: お子さんをひとりで育てますか（婚姻していない方の出産など）？</extracomment>
      <translation type="unfinished">아이를 혼자 키우십니까(혼인하지 않은 출산 등)?</translation>
    </message>
    <message>
      <source>Do you receive single-parent benefits now?</source>
      <extracomment>ja: 児童扶養手当・ひとり親医療を受けていますか？</extracomment>
      <translation type="unfinished">지금 아동부양수당·한부모 의료비 지원을 받고 있습니까?</translation>
    </message>
    <message>
      <source>Will you now raise the children as a single parent?</source>
      <extracomment>ja: これからひとりで子どもを育てることになりますか？</extracomment>
      <translation type="unfinished">앞으로 혼자 아이를 키우게 됩니까?</translation>
    </message>
    <message>
      <source>Will you raise the children as a single parent after the divorce?</source>
      <extracomment>ja: 離婚後、ひとりで子どもを育てますか？</extracomment>
      <translation type="unfinished">이혼 후 혼자 아이를 키우십니까?</translation>
    </message>
    <message>
      <source>Is the parent who receives the child allowance a public servant?</source>
      <extracomment>ja: 児童手当を受け取る方は公務員ですか？</extracomment>
      <translation type="unfinished">아동수당(児童手当)을 받는 분은 공무원입니까?</translation>
    </message>
    <message>
      <source>Public servants (staff of the national or a local government) claim the child allowance from their employer, not from the town.</source>
      <extracomment>ja: 公務員（国・県・市町村などの職員）の児童手当は、町ではなく勤め先に申請します。</extracomment>
      <translation type="unfinished">공무원(국가나 지방자치단체의 직원)의 아동수당은 마을이 아니라 직장에 신청합니다.</translation>
    </message>
    <message>
      <source>Who receives the child allowance (the parent with the higher income)?</source>
      <extracomment>ja: 児童手当を受け取る方（所得の高い方）はどなたですか？</extracomment>
      <translation type="unfinished">아동수당을 받는 분(소득이 높은 쪽)은 누구입니까?</translation>
    </message>
    <message>
      <source>The child allowance goes to the parent who mainly supports the children, usually the one with the higher income. If unsure, choose the parent with the higher income.</source>
      <extracomment>ja: 児童手当は、子どもを主に養っている親（ふつうは所得の高い方）が受け取ります。迷ったら、所得の高い方を選んでください。</extracomment>
      <translation type="unfinished">아동수당은 주로 아이를 부양하는 부모, 보통 소득이 높은 쪽이 받습니다. 확실하지 않으면 소득이 높은 쪽을 선택하십시오.</translation>
    </message>
    <message>
      <source>Me (the one filing)</source>
      <extracomment>ja: わたし（届出に来た本人）</extracomment>
      <translation type="unfinished">본인(신고하러 온 사람)</translation>
    </message>
    <message>
      <source>You, the person filing now, receive it.</source>
      <extracomment>ja: いま届出に来ているあなたが受け取る場合です。</extracomment>
      <translation type="unfinished">지금 신고하러 오신 본인이 받습니다.</translation>
    </message>
    <message>
      <source>My husband or wife</source>
      <extracomment>ja: 配偶者（夫または妻）</extracomment>
      <translation type="unfinished">배우자(남편 또는 아내)</translation>
    </message>
    <message>
      <source>Your husband or wife receives it.</source>
      <extracomment>ja: あなたの夫または妻が受け取る場合です。</extracomment>
      <translation type="unfinished">남편 또는 아내가 받습니다.</translation>
    </message>
    <message>
      <source>Does the move change the children's school district?</source>
      <extracomment>ja: 引っ越しで通う学校（校区）が変わりますか？</extracomment>
      <translation type="unfinished">이사로 아이의 학교(학군)가 바뀝니까?</translation>
    </message>
    <message>
      <source>The address decides which elementary or junior high school a child attends (the school district). If you are not sure whether the new address changes it, choose "I don't know".</source>
      <extracomment>ja: 小・中学校は、住所によって通う学校（校区）が決まります。新しい住所で校区が変わるかわからないときは「わからない」を選んでください。</extracomment>
      <translation type="unfinished">아이가 다니는 초등학교·중학교(학군)는 주소로 정해집니다. 새 주소로 학군이 바뀌는지 모르겠으면 ‘모르겠음’을 선택하십시오.</translation>
    </message>
    <message>
      <source>Is the home supplied by the town waterworks?</source>
      <extracomment>ja: 町の水道を使いますか（使っていましたか）？</extracomment>
      <translation type="unfinished">마을 수도를 사용합니까(사용했습니까)?</translation>
    </message>
    <message>
      <source>Homes on the town waterworks get water bills or meter slips from the town. Answer "no" if the home uses only well water.</source>
      <extracomment>ja: 町の水道を使っている家には、町から水道料金の請求書や検針票が届きます。井戸水だけの家は「いいえ」です。</extracomment>
      <translation type="unfinished">마을 수도를 사용하는 집에는 마을에서 수도 요금 청구서나 검침표가 옵니다. 우물물만 사용하는 집은 ‘아니요’입니다.</translation>
    </message>
    <message>
      <source>Was the town water supply in the deceased's name?</source>
      <extracomment>ja: 亡くなられた方の名義で町の水道を使っていましたか？</extracomment>
      <translation type="unfinished">돌아가신 분의 명의로 마을 수도를 사용하고 있었습니까?</translation>
    </message>
    <message>
      <source>Do you keep a dog aged 91 days or more?</source>
      <extracomment>ja: 生後91日以上の犬を飼っていますか？</extracomment>
      <translation type="unfinished">생후 91일 이상의 개를 기르고 있습니까?</translation>
    </message>
    <message>
      <source>By law, a dog aged 91 days or more is registered with the town and vaccinated against rabies every year. Cats and other animals do not count.</source>
      <extracomment>ja: 生後91日以上の犬は、町への登録と毎年の狂犬病予防注射が法律で決まっています。猫などほかの動物は含みません。</extracomment>
      <translation type="unfinished">법률에 따라 생후 91일 이상의 개는 마을에 등록하고 매년 광견병 예방주사를 맞혀야 합니다. 고양이 등 다른 동물은 해당하지 않습니다.</translation>
    </message>
    <message>
      <source>Did the deceased keep a dog?</source>
      <extracomment>ja: 亡くなられた方は犬を飼っていましたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 개를 기르고 있었습니까?</translation>
    </message>
    <message>
      <source>Do you own a moped (up to 125 cc), a minicar or a small special vehicle?</source>
      <extracomment>ja: 原付（125cc以下）・ミニカー・小型特殊自動車をお持ちですか？</extracomment>
      <translation type="unfinished">원동기장치자전거(125cc 이하)·미니카·소형특수자동차를 가지고 계십니까?</translation>
    </message>
    <message>
      <source>A motorbike up to 125 cc, a minicar or a small special vehicle (such as a farm tractor) with a number plate from the town. Bigger motorbikes and kei cars do not count.</source>
      <extracomment>ja: 町が交付したナンバープレートの付いた、125cc以下のバイク（原付）・ミニカー・小型特殊自動車（農耕用トラクターなど）です。126cc以上のバイクや軽自動車は含みません。</extracomment>
      <translation type="unfinished">마을이 교부한 번호판이 달린 125cc 이하 오토바이(원동기장치자전거), 미니카, 소형특수자동차(농업용 트랙터 등)입니다. 더 큰 오토바이와 경자동차는 해당하지 않습니다.</translation>
    </message>
    <message>
      <source>Did the deceased own a moped or a minicar?</source>
      <extracomment>ja: 亡くなられた方は原付・ミニカーをお持ちでしたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 원동기장치자전거·미니카를 가지고 계셨습니까?</translation>
    </message>
    <message>
      <source>Do you own land or a building in the town?</source>
      <extracomment>ja: 町内に土地や建物をお持ちですか？</extracomment>
      <translation type="unfinished">마을 안에 토지나 건물을 가지고 계십니까?</translation>
    </message>
    <message>
      <source>Owners of land or buildings in the town receive a fixed asset tax (固定資産税) notice from the town every year.</source>
      <extracomment>ja: 町内に土地や家を持っている方には、毎年、町から固定資産税の納税通知書が届きます。</extracomment>
      <translation type="unfinished">마을 안에 토지나 건물을 가진 분은 매년 마을에서 고정자산세(固定資産税) 납세 통지서를 받습니다.</translation>
    </message>
    <message>
      <source>Did the deceased own land or a building in the town?</source>
      <extracomment>ja: 亡くなられた方は町内に土地や建物をお持ちでしたか？</extracomment>
      <translation type="unfinished">돌아가신 분은 마을 안에 토지나 건물을 가지고 계셨습니까?</translation>
    </message>
    <message>
      <source>Do you need a copy of the residence record (for an employer, a car, …)?</source>
      <extracomment>ja: 住民票の写しが必要ですか（勤務先・車の手続きなど）？</extracomment>
      <translation type="unfinished">주민표(住民票) 사본이 필요합니까(직장, 자동차 절차 등)?</translation>
    </message>
    <message>
      <source>A copy of the residence record (住民票の写し) certifies your address. Answer "yes" if your employer, the car registration, a bank or an insurer asked you for one.</source>
      <extracomment>ja: 住民票の写しは、住所を証明する書類です。勤め先・車の登録・銀行・保険会社などに出すように言われているなら「はい」です。</extracomment>
      <translation type="unfinished">주민표 사본(住民票の写し)은 주소를 증명하는 서류입니다. 직장, 자동차 등록, 은행, 보험회사 등에서 제출하라고 했으면 ‘예’입니다.</translation>
    </message>
    <message>
      <source>Do you need certificates (e.g. the removed residence record) for banks or insurers?</source>
      <extracomment>ja: 手続き用に住民票の除票などの写しが必要ですか？</extracomment>
      <translation type="unfinished">은행·보험 절차용으로 주민표 제표 등의 증명서가 필요합니까?</translation>
    </message>
  </context>
  <context>
    <name>town</name>
    <message>
      <source>Nankan Town</source>
      <extracomment>ja: 南関町</extracomment>
      <translation type="unfinished">난칸마치(南関町)</translation>
    </message>
    <message>
      <source>Kumamoto Prefecture</source>
      <extracomment>ja: 熊本県</extracomment>
      <translation type="unfinished">구마모토현</translation>
    </message>
    <message>
      <source>Tamana District</source>
      <extracomment>ja: 玉名郡</extracomment>
      <translation type="unfinished">다마나군</translation>
    </message>
    <message>
      <source>Mayor of Nankan</source>
      <extracomment>ja: 南関町長</extracomment>
      <translation type="unfinished">난칸마치장</translation>
    </message>
  </context>
</TS>
