<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Please go to the one-stop desk with this sheet and the filled-in forms. Every procedure starts there: you need not go round the counters.</source>
      <translation type="unfinished">이 용지와 작성된 서류를 가지고 종합 창구로 가 주십시오. 모든 절차는 그곳에서 시작되므로 창구를 돌아다니실 필요가 없습니다.</translation>
    </message>
    <message>
      <source>The one-stop desk sends you here: a specialist does these.</source>
      <translation type="unfinished">종합 창구에서 이곳으로 안내합니다. 전문 담당자가 처리합니다.</translation>
    </message>
  </context>
  <context>
    <name>FinishedScreen</name>
    <message>
      <source>Please go to the one-stop desk. Every procedure starts there:</source>
      <translation type="unfinished">종합 창구로 가 주십시오. 모든 절차는 그곳에서 시작됩니다:</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">종합 창구에서 이곳으로 안내합니다. 전문 담당자가 처리합니다.</translation>
    </message>
  </context>
  <context>
    <name>OneStopPanel</name>
    <message>
      <source>One-stop desk</source>
      <translation type="unfinished">종합 창구</translation>
    </message>
    <message>
      <source>Procedures of the visit and their staff guidance</source>
      <translation type="unfinished">방문자의 절차와 직원용 안내</translation>
    </message>
    <message>
      <source>Done here</source>
      <translation type="unfinished">여기서 완료</translation>
    </message>
    <message>
      <source>Mark the chosen procedure done here</source>
      <translation type="unfinished">선택한 절차를 이 창구에서 완료로 표시</translation>
    </message>
    <message>
      <source>Hand to this department</source>
      <translation type="unfinished">이 담당과로 인계</translation>
    </message>
    <message>
      <source>Hand the chosen procedure to the chosen department's queue</source>
      <translation type="unfinished">선택한 절차를 선택한 담당과의 대기열로 인계</translation>
    </message>
    <message>
      <source>Department to hand it to</source>
      <translation type="unfinished">인계할 담당과</translation>
    </message>
    <message>
      <source>the desk</source>
      <translation type="unfinished">종합 창구</translation>
    </message>
    <message>
      <source>Done (%1)</source>
      <translation type="unfinished">완료(%1)</translation>
    </message>
    <message>
      <source>Handed to %1</source>
      <translation type="unfinished">%1(으)로 인계됨</translation>
    </message>
    <message>
      <source>To do</source>
      <translation type="unfinished">미처리</translation>
    </message>
    <message>
      <source>%1 [specialist]</source>
      <translation type="unfinished">%1　[전문 창구]</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation type="unfinished">확인할 사항</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation type="unfinished">근거 법령</translation>
    </message>
    <message>
      <source>Common mistakes</source>
      <translation type="unfinished">자주 있는 실수</translation>
    </message>
    <message>
      <source>Documents to see</source>
      <translation type="unfinished">확인할 서류</translation>
    </message>
    <message>
      <source>No procedure of this visit is for this counter.</source>
      <translation type="unfinished">이 방문자의 절차 중 이 창구가 담당하는 것은 없습니다.</translation>
    </message>
    <message>
      <source>Every procedure is settled: press Finished [F7].</source>
      <translation type="unfinished">모든 절차가 처리되었습니다. ‘응대 완료 [F7]’을 누르십시오.</translation>
    </message>
    <message>
      <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
      <translation type="unfinished">각 절차를 여기서 처리하거나 담당과로 인계하십시오(전문 담당자가 필요한 절차에는 [전문 창구]라고 표시됩니다).</translation>
    </message>
    <message>
      <source>The one-stop desk handed these procedures to this counter.</source>
      <translation type="unfinished">종합 창구에서 이 창구로 인계된 절차입니다.</translation>
    </message>
  </context>
  <context>
    <name>OneStopController</name>
    <message>
      <source>Ticket %1: %2 done.</source>
      <translation type="unfinished">접수 번호 %1: %2 완료했습니다.</translation>
    </message>
    <message>
      <source>Ticket %1: %2 handed to %3.</source>
      <translation type="unfinished">접수 번호 %1: %2 을(를) %3(으)로 인계했습니다.</translation>
    </message>
  </context>
  <context>
    <name>SummaryScreen</name>
    <message>
      <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
      <translation type="unfinished">%1건의 절차는 모두 종합 창구에서 시작됩니다. 다음에 서류를 인쇄합니다.</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">종합 창구에서 이곳으로 안내합니다. 전문 담당자가 처리합니다.</translation>
    </message>
  </context>
</TS>