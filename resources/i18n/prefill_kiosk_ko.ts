<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>PrefillReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="97" />
        <source>Check your procedures and forms, then print</source>
        <translation type="unfinished">절차와 서류를 확인한 후 인쇄해 주십시오</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="107" />
        <source>%1 procedures at %2 counters. Take your printed forms to them in this order.</source>
        <translation type="unfinished">창구 %2곳에서 절차 %1건이 있습니다. 인쇄한 서류를 가지고 이 순서대로 가 주십시오.</translation>
    </message>
</context>
<context>
    <name>PrefillScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="97" />
        <source>Show the QR code you made at home</source>
        <translation type="unfinished">집에서 만든 QR 코드를 보여 주십시오</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="100" />
        <source>Hold the code under the scanner, or in front of the camera.</source>
        <translation type="unfinished">코드를 스캐너 아래나 카메라 앞에 대 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="102" />
        <source>The camera's picture</source>
        <translation type="unfinished">카메라 영상</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="105" />
        <source>Hold the code (on your phone or on paper) under the scanner.</source>
        <translation type="unfinished">코드(스마트폰 화면 또는 종이)를 스캐너 아래에 대 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="107" />
        <source>This kiosk has no camera: please use the scanner.</source>
        <translation type="unfinished">이 단말기에는 카메라가 없습니다. 스캐너를 사용해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="108" />
        <source>Back</source>
        <translation type="unfinished">뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="109" />
        <source>Back to the start</source>
        <translation type="unfinished">처음 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="110" />
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="185" />
        <source>Reading the code…</source>
        <translation type="unfinished">코드를 읽고 있습니다…</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="66" />
        <source>This card does not match the code</source>
        <translation type="unfinished">카드와 코드의 본인이 일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="67" />
        <source>This code cannot be used</source>
        <translation type="unfinished">이 코드는 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="72" />
        <source>A member of staff can help you, or you can start again and answer the questions here.</source>
        <translation type="unfinished">직원이 도와드립니다. 또는 처음부터 이 단말기에서 질문에 답하실 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="74" />
        <source>Start again</source>
        <translation type="unfinished">처음부터 다시</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="75" />
        <source>Scan another code</source>
        <translation type="unfinished">다른 코드 읽기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="77" />
        <source>Call staff</source>
        <translation type="unfinished">직원 호출</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="78" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">직원을 불러 도움 받기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="79" />
        <source>Staff: allow printing again</source>
        <translation type="unfinished">직원용: 재인쇄 허용</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="81" />
        <source>Staff only: allow this code to print again today (staff PIN needed)</source>
        <translation type="unfinished">직원 전용: 이 코드의 오늘 재인쇄를 허용합니다(직원 비밀번호 필요)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="86" />
        <source>This code was already printed today. To print it again, please ask a member of staff.</source>
        <translation type="unfinished">이 코드는 오늘 이미 인쇄되었습니다. 다시 인쇄하려면 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the name</source>
        <translation type="unfinished">이름</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the date of birth</source>
        <translation type="unfinished">생년월일</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the sex</source>
        <translation type="unfinished">성별</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the address</source>
        <translation type="unfinished">주소</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="91" />
        <source> and </source>
        <translation type="unfinished"> 및 </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="92" />
        <source>The card and the code are not for the same person: %1 differ.</source>
        <translation type="unfinished">카드와 코드가 같은 사람의 것이 아닙니다: %1이(가) 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="95" />
        <source>This code was made for a procedure this kiosk does not offer. Please ask a member of staff.</source>
        <translation type="unfinished">이 코드의 절차는 이 단말기에서 처리할 수 없습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="98" />
        <source>Codes cannot be read at this kiosk just now. Please ask a member of staff.</source>
        <translation type="unfinished">지금 이 단말기에서는 코드를 읽을 수 없습니다. 직원에게 문의해 주십시오.</translation>
    </message>
</context>
</TS>