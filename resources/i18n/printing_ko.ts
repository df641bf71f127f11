<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>FinishedScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="114" />
        <source>A member of staff will bring your papers</source>
        <translation type="unfinished">서류는 직원이 가져다 드립니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="116" />
        <source>Please take your papers</source>
        <translation type="unfinished">서류를 가져가 주십시오</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="117" />
        <location filename="../../kiosk/ui/screens/finished.py" line="118" />
        <source>Your number</source>
        <translation type="unfinished">접수 번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="120" />
        <source>Please go to these counters, in this order:</source>
        <translation type="unfinished">다음 순서대로 창구로 가 주십시오:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="122" />
        <source>Please go to the one-stop desk. Every procedure starts there:</source>
        <translation type="unfinished">종합 창구로 가 주십시오. 모든 절차는 그곳에서 시작됩니다:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="124" />
        <source>Your guide sheet (the first page) shows the same.</source>
        <translation type="unfinished">첫 장의 절차 안내표에도 같은 내용이 적혀 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="125" />
        <source>Done</source>
        <translation type="unfinished">끝내기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="126" />
        <source>Done: finish and clear my information</source>
        <translation type="unfinished">끝내기(입력한 정보는 삭제됩니다)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="165" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished">종합 창구에서 이곳으로 안내합니다. 전문 담당자가 처리합니다.</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="181" />
        <source>▲ Previous</source>
        <extracomment>The default zoom against filling the width: the forms' body text at about 16 px on the kiosk (it was about 10 px); a finger drags the page sideways. The zoom range: from the whole width down to half of it, up to four times the size.</extracomment>
        <translation type="unfinished">▲ 이전</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="182" />
        <source>Show the previous page</source>
        <translation type="unfinished">이전 페이지 표시</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="183" />
        <source>▼ Next</source>
        <translation type="unfinished">▼ 다음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="184" />
        <source>Show the next page</source>
        <translation type="unfinished">다음 페이지 표시</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="185" />
        <source>Back</source>
        <translation type="unfinished">← 뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="186" />
        <source>Back to the answers</source>
        <translation type="unfinished">답변 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="187" />
        <source>Print my forms</source>
        <translation type="unfinished">서류 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="188" />
        <source>Print all my forms now</source>
        <translation type="unfinished">모든 서류를 지금 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="189" />
        <source>Your forms, as they will be printed</source>
        <translation type="unfinished">인쇄될 서류</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="190" />
        <source>+ Larger</source>
        <translation type="unfinished">+ 크게</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="191" />
        <source>Make the page larger</source>
        <translation type="unfinished">페이지 확대</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="192" />
        <source>− Smaller</source>
        <translation type="unfinished">− 작게</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="193" />
        <source>Make the page smaller</source>
        <translation type="unfinished">페이지 축소</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Fit width</source>
        <translation type="unfinished">너비에 맞추기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Whole page</source>
        <translation type="unfinished">페이지 전체</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="206" />
        <source>Printing your forms</source>
        <translation type="unfinished">인쇄하고 있습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="209" />
        <source>Your forms are safe</source>
        <translation type="unfinished">서류는 안전하게 보관되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="211" />
        <source>The printer is not responding.</source>
        <translation type="unfinished">프린터가 응답하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="212" />
        <source>A member of staff will bring your forms. Please tap Call staff.</source>
        <translation type="unfinished">서류는 직원이 가져다 드립니다. ‘직원 호출’을 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="213" />
        <source>Continue</source>
        <translation type="unfinished">다음으로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="215" />
        <source>Something went wrong</source>
        <translation type="unfinished">문제가 발생했습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="217" />
        <source>Your forms could not be prepared.</source>
        <translation type="unfinished">서류를 만들 수 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="218" />
        <source>Please tap Call staff. A member of staff will help you.</source>
        <translation type="unfinished">‘직원 호출’을 눌러 주십시오. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="219" />
        <source>Try again</source>
        <translation type="unfinished">다시 시도</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="221" />
        <source>Check, then print</source>
        <translation type="unfinished">확인 후 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="224" />
        <source>Preparing your forms</source>
        <translation type="unfinished">서류를 만들고 있습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="225" />
        <source>Your forms are being filled in for you…</source>
        <translation type="unfinished">서류를 작성하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="226" />
        <source>This takes a few seconds.</source>
        <translation type="unfinished">몇 초 걸립니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="233" />
        <source>A guide sheet and one form.</source>
        <translation type="unfinished">안내표와 서류 1건입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="235" />
        <source>A guide sheet and %n forms.</source>
        <translation type="unfinished"><numerusform>안내표와 서류 %n건입니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="238" />
        <source>One character cannot be printed: staff will write it by hand.</source>
        <translation type="unfinished">인쇄할 수 없는 글자가 1자 있습니다. 직원이 손으로 씁니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="240" />
        <source>%n characters cannot be printed: staff will write them by hand.</source>
        <translation type="unfinished"><numerusform>인쇄할 수 없는 글자가 %n자 있습니다. 직원이 손으로 씁니다.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="243" />
        <source>Staff will check a few entries with you at the counter.</source>
        <translation type="unfinished">몇 가지 기재 내용을 창구에서 직원과 함께 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="251" />
        <source>Page %1 of %2</source>
        <translation type="unfinished">%1 / %2 페이지</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="259" />
        <source>The printer is printing your forms…</source>
        <translation type="unfinished">프린터로 인쇄하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="261" />
        <source>Sending your forms to the printer…</source>
        <translation type="unfinished">프린터로 보내고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="262" />
        <source>Please wait here. This can take a minute.</source>
        <translation type="unfinished">이곳에서 기다려 주십시오. 1분 정도 걸릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="74" />
        <source>Call staff</source>
        <translation type="unfinished">직원 호출</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="75" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">직원을 불러 도움 받기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="77" />
        <source>Continue</source>
        <translation type="unfinished">다음으로</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="51" />
        <source>Please take your My Number card</source>
        <extracomment>The mark of the first counter, as the ticket screen numbers them.</extracomment>
        <translation type="unfinished">마이넘버 카드(マイナンバーカード)를 받아 가세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="55" />
        <source>You need it at counter %1 (%2).</source>
        <translation type="unfinished">%1번 창구(%2)에서 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="58" />
        <source>You need it at counter %1.</source>
        <translation type="unfinished">%1번 창구에서 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="61" />
        <source>Your papers are printing. Your number comes next.</source>
        <translation type="unfinished">서류를 인쇄하고 있습니다. 다음은 번호표입니다.</translation>
    </message>
</context>
</TS>