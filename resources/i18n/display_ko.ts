<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name>WaitingDisplay</name>
    <message>
      <source>Ticket {ticket}, please come to {counter}.</source>
      <translation type="unfinished">{ticket}번 고객님, {counter}(으)로 와 주십시오.</translation>
    </message>
    <message>
      <source>Now calling</source>
      <translation type="unfinished">호출 중인 번호</translation>
    </message>
    <message>
      <source>Waiting at each counter</source>
      <translation type="unfinished">창구별 대기 현황</translation>
    </message>
    <message>
      <source>As of {time}</source>
      <translation type="unfinished">{time} 현재</translation>
    </message>
    <message>
      <source>Please come</source>
      <translation type="unfinished">창구로 와 주십시오</translation>
    </message>
    <message>
      <source>Being served</source>
      <translation type="unfinished">접수 중</translation>
    </message>
    <message>
      <source>No estimate yet</source>
      <translation type="unfinished">예상 시간 없음</translation>
    </message>
    <message>
      <source>About {minutes} min</source>
      <translation type="unfinished">약 {minutes}분</translation>
    </message>
    <message>
      <source>{count} waiting</source>
      <translation type="unfinished">{count}명 대기</translation>
    </message>
    <message>
      <source>Staff requested at: {terminals}</source>
      <translation type="unfinished">직원 호출 중: {terminals}</translation>
    </message>
    <message>
      <source>{terminal} ({minutes} min)</source>
      <translation type="unfinished">{terminal}({minutes}분)</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>No ticket is being called.</source>
      <translation type="unfinished">지금 호출 중인 번호가 없습니다.</translation>
    </message>
    <message>
      <source>The board is not up to date; staff are informed.</source>
      <translation type="unfinished">표시가 최신이 아닙니다. 직원에게 알렸습니다.</translation>
    </message>
    <message>
      <source>Waiting status</source>
      <translation type="unfinished">창구 대기 현황</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">언어</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">창구</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation type="unfinished">접수 번호</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">대기 인원</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation type="unfinished">예상 대기 시간</translation>
    </message>
    <message>
      <source>This page refreshes by itself every 30 seconds. Please come back to the waiting area when your number is near.</source>
      <translation type="unfinished">이 페이지는 30초마다 자동으로 새로 고쳐집니다. 번호가 가까워지면 대기 장소로 돌아와 주십시오.</translation>
    </message>
    <message>
      <source>The waiting status is not available right now.</source>
      <translation type="unfinished">지금은 대기 현황을 표시할 수 없습니다.</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Waiting status (see it on your phone)</source>
      <translation type="unfinished">대기 현황(스마트폰으로 확인 가능)</translation>
    </message>
  </context>
</TS>
