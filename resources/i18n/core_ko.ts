<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name>CardError</name>
    <message>
      <source>The card did not answer. Please take it off the reader, put it back and try again. If it happens again, please ask the staff.</source>
      <translation type="unfinished">카드가 응답하지 않습니다. 카드를 리더기에서 뗀 후 다시 올려 주십시오. 같은 일이 반복되면 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>The data on the card could not be read correctly. Please ask the staff.</source>
      <translation type="unfinished">카드 정보를 올바르게 읽지 못했습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>The card could not be read. Please ask the staff.</source>
      <translation type="unfinished">카드를 읽을 수 없습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>The card was removed while it was being read. Please put it back and try again.</source>
      <translation type="unfinished">읽는 도중 카드가 떨어졌습니다. 카드를 다시 올려 주십시오.</translation>
    </message>
    <message>
      <source>The PIN is 4 digits. Please enter 4 digits.</source>
      <translation type="unfinished">비밀번호는 숫자 4자리입니다. 4자리를 입력해 주십시오.</translation>
    </message>
    <message>
      <source>Only one PIN try is left. If it is wrong, the card locks. Please confirm, or ask the staff for help.</source>
      <translation type="unfinished">비밀번호 입력 기회가 1회 남았습니다. 틀리면 카드가 잠깁니다. 확인 후 입력하거나 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>Please put your My Number card on the reader.</source>
      <translation type="unfinished">마이넘버 카드를 리더기에 올려 주십시오.</translation>
    </message>
    <message>
      <source>No card reader is connected. Please ask the staff.</source>
      <translation type="unfinished">카드 리더기가 연결되지 않았습니다. 직원에게 문의하십시오.</translation>
    </message>
    <message>
      <source>This is not a My Number card. Please use your My Number card.</source>
      <translation type="unfinished">마이넘버 카드가 아닙니다. 마이넘버 카드(マイナンバーカード)를 사용해 주십시오.</translation>
    </message>
    <message>
      <source>This card's PIN is locked. Staff can help; the lock can only be reset at the Resident Affairs counter (住民課).</source>
      <translation type="unfinished">이 카드의 비밀번호가 잠겨 있습니다. 직원이 안내해 드립니다. 잠금 해제는 주민과(住民課) 창구에서만 가능합니다.</translation>
    </message>
    <message>
      <source>The card reader is not working. Please ask the staff.</source>
      <translation type="unfinished">카드 리더기가 작동하지 않습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>The card reader was disconnected. Please ask the staff.</source>
      <translation type="unfinished">카드 리더기 연결이 끊어졌습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>The PIN is wrong. 1 try left. If you are not sure of your PIN, please ask the staff.</source>
      <translation type="unfinished">비밀번호가 틀렸습니다. 1회 남았습니다. 비밀번호가 확실하지 않으면 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>The PIN is wrong. %1 tries left.</source>
      <translation type="unfinished">비밀번호가 틀렸습니다. %1회 남았습니다.</translation>
    </message>
  </context>
  <context>
    <name>Sex</name>
    <message>
      <source>Male</source>
      <translation type="unfinished">남</translation>
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished">여</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation type="unfinished">기재 없음</translation>
    </message>
  </context>
  <context>
    <name>Relation</name>
    <message>
      <source>Wife</source>
      <translation type="unfinished">아내</translation>
    </message>
    <message>
      <source>Husband</source>
      <translation type="unfinished">남편</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">자녀</translation>
    </message>
    <message>
      <source>Father</source>
      <translation type="unfinished">아버지</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation type="unfinished">어머니</translation>
    </message>
    <message>
      <source>Grandfather</source>
      <translation type="unfinished">할아버지</translation>
    </message>
    <message>
      <source>Grandmother</source>
      <translation type="unfinished">할머니</translation>
    </message>
    <message>
      <source>Brother or sister</source>
      <translation type="unfinished">형제자매</translation>
    </message>
    <message>
      <source>Grandchild</source>
      <translation type="unfinished">손자녀</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished">기타</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Guide sheet</source>
      <translation type="unfinished">절차 안내표</translation>
    </message>
    <message>
      <source>Guide sheet (continued)</source>
      <translation type="unfinished">절차 안내표(계속)</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation type="unfinished">접수 번호</translation>
    </message>
    <message>
      <source>Date: %1</source>
      <translation type="unfinished">접수일: %1</translation>
    </message>
    <message>
      <source>Procedures for %1</source>
      <translation type="unfinished">%1 절차</translation>
    </message>
    <message>
      <source>Procedures for %1 (%2)</source>
      <translation type="unfinished">%1 절차(%2)</translation>
    </message>
    <message>
      <source>Please go to the counters in this order. At each counter, hand in this sheet and the filled-in forms.</source>
      <translation type="unfinished">다음 순서대로 창구로 가 주십시오. 각 창구에서 이 용지와 작성된 서류를 제출해 주십시오.</translation>
    </message>
    <message>
      <source>Bring: %1</source>
      <translation type="unfinished">지참물: %1</translation>
    </message>
    <message>
      <source>Fee: %1</source>
      <translation type="unfinished">수수료: %1</translation>
    </message>
    <message>
      <source>Deadline: %1</source>
      <translation type="unfinished">기한: %1</translation>
    </message>
    <message>
      <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
      <translation type="unfinished">창구에서 확인하세요: “모르겠다”고 답하셨기 때문에 필요할 경우를 위해 서식을 인쇄했습니다.</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>Things to bring (summary)</source>
      <translation type="unfinished">지참하실 물건(정리)</translation>
    </message>
    <message>
      <source>Filled-in forms: %1 (bound after this guide sheet)</source>
      <translation type="unfinished">작성된 서류: %1건(이 안내표 뒤에 철해져 있습니다)</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation type="unfinished">한국어</translation>
    </message>
    <message>
      <source>Switch to English</source>
      <translation type="unfinished">한국어로 전환</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation type="unfinished">언어를 선택해 주십시오</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">언어</translation>
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished">닫기</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <source>Time at the town hall</source>
      <translation type="unfinished">관공서 체류 시간</translation>
    </message>
    <message>
      <source>Time at the kiosk</source>
      <translation type="unfinished">단말기 조작 시간</translation>
    </message>
    <message>
      <source>Waiting at counters</source>
      <translation type="unfinished">창구 대기 시간</translation>
    </message>
    <message>
      <source>Served at counters</source>
      <translation type="unfinished">창구 응대 시간</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">일</translation>
    </message>
    <message>
      <source>Week</source>
      <translation type="unfinished">주</translation>
    </message>
    <message>
      <source>Life event</source>
      <translation type="unfinished">생활 사건</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">창구</translation>
    </message>
    <message>
      <source>Hour of day</source>
      <translation type="unfinished">시간대</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished">접수 방법</translation>
    </message>
    <message>
      <source>My Number card</source>
      <translation type="unfinished">마이넘버 카드</translation>
    </message>
    <message>
      <source>Typed in</source>
      <translation type="unfinished">직접 입력</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">사전 신청</translation>
    </message>
    <message>
      <source>Walk-in (no kiosk)</source>
      <translation type="unfinished">창구 직접(단말기 미사용)</translation>
    </message>
    <message>
      <source>Not yet identified</source>
      <translation type="unfinished">본인 확인 전</translation>
    </message>
    <message>
      <source>median / mean / 90%, min</source>
      <translation type="unfinished">중앙값 / 평균 / 90%, 분</translation>
    </message>
    <message>
      <source>median, min</source>
      <translation type="unfinished">중앙값, 분</translation>
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished">표</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished">구분</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation type="unfinished">지표</translation>
    </message>
    <message>
      <source>Count</source>
      <translation type="unfinished">건수</translation>
    </message>
    <message>
      <source>Mean (min)</source>
      <translation type="unfinished">평균(분)</translation>
    </message>
    <message>
      <source>Median (min)</source>
      <translation type="unfinished">중앙값(분)</translation>
    </message>
    <message>
      <source>90th percentile (min)</source>
      <translation type="unfinished">90백분위수(분)</translation>
    </message>
    <message>
      <source>%1 by %2</source>
      <translation type="unfinished">%2별 %1</translation>
    </message>
    <message>
      <source>%1:00</source>
      <translation type="unfinished">%1시</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">방문 건수</translation>
    </message>
    <message>
      <source>%1, median (min)</source>
      <translation type="unfinished">%1 중앙값(분)</translation>
    </message>
    <message>
      <source>%1, 90th percentile (min)</source>
      <translation type="unfinished">%1 90백분위수(분)</translation>
    </message>
    <message>
      <source>Before the system, mean (min)</source>
      <translation type="unfinished">도입 전 평균(분)</translation>
    </message>
    <message>
      <source>Now, mean (min)</source>
      <translation type="unfinished">현재 평균(분)</translation>
    </message>
    <message>
      <source>Target −60%, mean (min)</source>
      <translation type="unfinished">목표 −60% 평균(분)</translation>
    </message>
    <message>
      <source>Reduction</source>
      <translation type="unfinished">감소율</translation>
    </message>
    <message>
      <source>Progress toward −60%</source>
      <translation type="unfinished">목표(−60%) 달성도</translation>
    </message>
    <message>
      <source>Time at the kiosk and at the town hall by channel</source>
      <translation type="unfinished">접수 방법별 단말기 조작 시간과 체류 시간</translation>
    </message>
    <message>
      <source>Channels compared</source>
      <translation type="unfinished">접수 방법별 비교</translation>
    </message>
    <message>
      <source>Median by channel (min)</source>
      <translation type="unfinished">접수 방법별 중앙값(분)</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation type="unfinished">기준선</translation>
    </message>
    <message>
      <source>%1: visits</source>
      <translation type="unfinished">%1: 방문 건수</translation>
    </message>
  </context>
  <context>
    <name>CoreLink</name>
    <message>
      <source>We could not check the town's records. Please go on and enter the details.</source>
      <translation type="unfinished">마을의 기록을 확인할 수 없었습니다. 이대로 입력해 주십시오.</translation>
    </message>
  </context>
  <context>
    <name>Voice</name>
    <message>
      <source>Voice guidance is on.</source>
      <translation type="unfinished">음성 안내가 켜졌습니다.</translation>
    </message>
    <message>
      <source>Voice guidance is off.</source>
      <translation type="unfinished">음성 안내가 꺼졌습니다.</translation>
    </message>
    <message>
      <source>%1 digits entered</source>
      <translation type="unfinished">%1자리 입력됨</translation>
    </message>
    <message>
      <source>Number key</source>
      <translation type="unfinished">숫자 키</translation>
    </message>
  </context>
</TS>