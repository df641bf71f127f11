<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name>Prefill</name>
    <message>
      <source>This code could not be read completely; please show the whole code again, or ask the staff.</source>
      <translation type="unfinished">코드를 끝까지 읽지 못했습니다. 코드 전체를 다시 보여 주시거나 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>This code was changed after it was made, so it cannot be used; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">이 코드는 만든 후에 변경되어 사용할 수 없습니다. 집에서 새 코드를 만들거나 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>This code was not made on this town's pre-application site; please make a new code on the town's site, or ask the staff.</source>
      <translation type="unfinished">이 코드는 이 마을의 사전 신청 사이트에서 만든 것이 아닙니다. 마을 사이트에서 새 코드를 만들거나 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>This code has expired; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">이 코드는 유효 기간이 지났습니다. 집에서 새 코드를 만들거나 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>This code was made with newer questions than this kiosk knows; please ask the staff.</source>
      <translation type="unfinished">이 코드는 이 단말기보다 새로운 질문 내용으로 만들어졌습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>The questions have changed since this code was made; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">이 코드를 만든 후 질문 내용이 바뀌었습니다. 집에서 새 코드를 만들거나 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>Pre-application code</source>
      <translation type="unfinished">사전 신청 코드</translation>
    </message>
    <message>
      <source>Show this code at the town hall's kiosk, then place your My Number card on the reader.</source>
      <translation type="unfinished">관공서 단말기에 이 코드를 보여 준 후 마이넘버 카드를 리더기에 올려 주십시오.</translation>
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation type="unfinished">유효 기간: {date}까지.</translation>
    </message>
  </context>
</TS>
