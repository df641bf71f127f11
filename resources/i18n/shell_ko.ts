<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>CallStaffOverlay</name>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="51" />
        <source>A member of staff is on the way</source>
        <translation type="unfinished">직원이 가고 있습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="53" />
        <source>We are calling a member of staff</source>
        <translation type="unfinished">직원을 부르고 있습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="54" />
        <source>Please wait here. Your answers so far are kept. If you need nothing after all, tap the button below.</source>
        <translation type="unfinished">이곳에서 기다려 주십시오. 지금까지 입력한 내용은 그대로 남아 있습니다. 도움이 필요 없어지면 아래 버튼을 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="57" />
        <source>Go back to where I was</source>
        <translation type="unfinished">원래 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="58" />
        <source>Close and go back</source>
        <translation type="unfinished">닫고 원래 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="59" />
        <source>Staff: open the staff menu</source>
        <translation type="unfinished">직원 메뉴(직원이 조작합니다)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="60" />
        <source>Staff menu (staff PIN)</source>
        <translation type="unfinished">직원 메뉴(직원 비밀번호)</translation>
    </message>
</context>
<context>
    <name>CardRemovedNotice</name>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="61" />
        <source>The card was removed</source>
        <extracomment>The card's widest (px) and the room kept around it in a narrower window.</extracomment>
        <translation type="unfinished">카드가 빠졌습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="63" />
        <source>For your privacy, everything you entered has been cleared. To start again, insert your My Number card again. If you need help, call a member of staff.</source>
        <translation type="unfinished">개인정보 보호를 위해 입력하신 내용은 모두 삭제되었습니다. 다시 시작하려면 마이넘버 카드를 다시 넣어 주세요. 도움이 필요하면 직원을 불러 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="65" />
        <source>OK</source>
        <translation type="unfinished">확정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="66" />
        <source>OK: back to the start</source>
        <translation type="unfinished">확인: 처음으로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="67" />
        <source>Call staff</source>
        <translation type="unfinished">직원 호출</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="68" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">직원을 불러 도움 받기</translation>
    </message>
</context>
<context>
    <name>EraDateInput</name>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="94" />
        <source>Western (西暦)</source>
        <translation type="unfinished">서기(西暦)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="95" />
        <source>Western calendar year</source>
        <translation type="unfinished">서기 연도로 입력</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="97" />
        <source>Era %1</source>
        <translation type="unfinished">연호 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="182" />
        <source>This date does not exist. Please check it.</source>
        <translation type="unfinished">없는 날짜입니다. 다시 확인해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>year</source>
        <translation type="unfinished">년</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>month</source>
        <translation type="unfinished">월</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>day</source>
        <translation type="unfinished">일</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="69" />
        <source>Are you still there?</source>
        <translation type="unfinished">계속 이용하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="70" />
        <source>I need more time</source>
        <translation type="unfinished">시간이 더 필요해요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="71" />
        <source>I need more time: extend the session</source>
        <translation type="unfinished">시간이 더 필요해요: 이용 시간 연장</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="150" />
        <source>You can ask for more time once more: this is the last time.</source>
        <translation type="unfinished">시간을 한 번 더 연장할 수 있습니다: 이번이 마지막입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="152" />
        <source>The time cannot be extended any more. If you need help, please ask a member of staff.</source>
        <translation type="unfinished">더 이상 시간을 연장할 수 없습니다. 도움이 필요하면 직원에게 문의하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation type="unfinished"><numerusform>개인정보 보호를 위해 %n초 후에 화면을 지웁니다.</numerusform></translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="175" />
        <source>Voiced mark (dakuten) on the last letter</source>
        <extracomment>Long-press and flick variants of the keys.</extracomment>
        <translation type="unfinished">마지막 글자에 탁점(゛) 붙이기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="177" />
        <source>Half-voiced mark on the last letter</source>
        <translation type="unfinished">마지막 글자에 반탁점(゜) 붙이기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="178" />
        <source>Small</source>
        <translation type="unfinished">작은 글자</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="179" />
        <source>Make the last letter small</source>
        <translation type="unfinished">마지막 글자를 작게(ッ・ャ 등)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="180" />
        <source>Long vowel mark</source>
        <translation type="unfinished">장음(ー)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="181" />
        <source>Space</source>
        <translation type="unfinished">공백</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="182" />
        <source>Space between family and given name</source>
        <translation type="unfinished">성과 이름 사이의 공백</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="183" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ 지우기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="184" />
        <source>Delete the last letter</source>
        <translation type="unfinished">마지막 글자 지우기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="185" />
        <source>What you typed</source>
        <translation type="unfinished">입력한 글자</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="189" />
        <source>Hold or flick for %1</source>
        <translation type="unfinished">길게 누르거나 밀어서 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="190" />
        <source>OK</source>
        <translation type="unfinished">확정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="191" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">입력한 글자로 확정</translation>
    </message>
</context>
<context>
    <name>LatinKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="94" />
        <source>Space</source>
        <translation type="unfinished">공백</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="95" />
        <source>Space between names</source>
        <translation type="unfinished">이름 사이 띄어쓰기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="96" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ 지우기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="97" />
        <source>Delete the last letter</source>
        <translation type="unfinished">마지막 글자 지우기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="98" />
        <source>Hyphen</source>
        <translation type="unfinished">하이픈</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="99" />
        <source>Apostrophe</source>
        <translation type="unfinished">아포스트로피</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="100" />
        <source>Comma</source>
        <translation type="unfinished">쉼표</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="101" />
        <source>What you typed</source>
        <translation type="unfinished">입력한 글자</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="102" />
        <source>OK</source>
        <translation type="unfinished">확정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="103" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">입력한 글자로 확정</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="304" />
        <source>Text size</source>
        <translation type="unfinished">글자 크기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Text: normal</source>
        <translation type="unfinished">글자: 보통</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Large</source>
        <translation type="unfinished">크게</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Extra large</source>
        <translation type="unfinished">아주 크게</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="307" />
        <source>A</source>
        <translation type="unfinished">A</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="308" />
        <source>Text size: %1</source>
        <translation type="unfinished">글자 크기: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="309" />
        <source>High contrast</source>
        <translation type="unfinished">고대비</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="310" />
        <source>High contrast colours on or off</source>
        <translation type="unfinished">고대비 색상 켜기/끄기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="311" />
        <source>Voice guide</source>
        <translation type="unfinished">음성 안내</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="312" />
        <source>Voice guidance on or off</source>
        <translation type="unfinished">음성 안내 켜기/끄기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="314" />
        <source>Call staff</source>
        <translation type="unfinished">직원 호출</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="315" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">직원을 불러 도움 받기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="316" />
        <source>Write-free counter</source>
        <translation type="unfinished">쓰지 않는 창구(書かない窓口)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="483" />
        <source>%1. Staff menu: this terminal needs attention (hold for two seconds, staff PIN needed)</source>
        <translation type="unfinished">%1. 직원 메뉴: 이 단말기에 조치가 필요합니다(2초간 누르기, 직원 PIN 필요)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="488" />
        <source>%1. Staff menu (hold for two seconds, staff PIN needed)</source>
        <translation type="unfinished">%1. 직원 메뉴(2초간 누르기, 직원 PIN 필요)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="495" />
        <source>This terminal needs attention</source>
        <translation type="unfinished">이 단말기에 조치가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="496" />
        <source>Tell IT support:</source>
        <translation type="unfinished">정보시스템 담당자에게 알려 주십시오:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Continue</source>
        <translation type="unfinished">계속</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">접수 화면으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="70" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ 삭제</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="71" />
        <source>Delete one digit</source>
        <translation type="unfinished">한 자리 지우기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="72" />
        <source>OK</source>
        <translation type="unfinished">확정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="73" />
        <source>Confirm</source>
        <translation type="unfinished">확정</translation>
    </message>
</context>
<context>
    <name>PrintJobsMenu</name>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="78" />
        <source>Print jobs waiting on this kiosk</source>
        <translation type="unfinished">이 단말기에서 인쇄를 기다리는 서류</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="79" />
        <source>Failed print jobs of this kiosk</source>
        <translation type="unfinished">이 단말기에서 인쇄에 실패한 작업</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="80" />
        <source>Retry</source>
        <translation type="unfinished">다시 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="81" />
        <source>Send the selected job to the printer again</source>
        <translation type="unfinished">선택한 작업을 프린터로 다시 보내기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="82" />
        <source>Discard</source>
        <translation type="unfinished">폐기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="83" />
        <source>Delete the selected job</source>
        <translation type="unfinished">선택한 작업 삭제</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="84" />
        <source>Close the kiosk</source>
        <translation type="unfinished">단말기 종료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="85" />
        <source>Close the kiosk now</source>
        <translation type="unfinished">단말기를 지금 종료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="86" />
        <source>Back</source>
        <translation type="unfinished">뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="87" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">단말기로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="109" />
        <source>Visit …%1 · %2 min ago · %3 · %4 attempt(s)</source>
        <translation type="unfinished">방문 …%1 · %2분 전 · %3 · %4회</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="118" />
        <source>No print job is waiting.</source>
        <translation type="unfinished">인쇄를 기다리는 작업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="143" />
        <source>Printing…</source>
        <translation type="unfinished">인쇄 중…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="145" />
        <source>Printed.</source>
        <translation type="unfinished">인쇄했습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="147" />
        <source>Not printed: %1.</source>
        <translation type="unfinished">인쇄하지 못했습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="154" />
        <source>Discarded. A clerk can still reprint the visit's forms.</source>
        <translation type="unfinished">폐기했습니다. 창구에서 서류를 다시 인쇄할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>StaffPinPrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="65" />
        <source>Staff only: enter the staff PIN</source>
        <translation type="unfinished">직원 전용: 직원 비밀번호를 입력해 주십시오</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="66" />
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="67" />
        <source>Cancel staff PIN entry</source>
        <translation type="unfinished">직원 비밀번호 입력 취소</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="68" />
        <source>Digits entered</source>
        <translation type="unfinished">입력한 자릿수</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="75" />
        <source>No staff PIN is set on this terminal: IT staff set one with `kiosk config set-staff-pin`.</source>
        <translation type="unfinished">이 단말기에는 직원 비밀번호가 설정되어 있지 않습니다. 정보 담당자가 `kiosk config set-staff-pin`으로 설정해 주십시오.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="99" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished"><numerusform>비밀번호를 너무 많이 틀렸습니다. %n초 후에 다시 시도해 주십시오.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="114" />
        <source>Wrong PIN. %n try(s) left before the lock-out.</source>
        <translation type="unfinished"><numerusform>비밀번호가 틀렸습니다. %n회 더 틀리면 일시적으로 잠깁니다.</numerusform></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Identification</source>
        <translation type="unfinished">본인 확인</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Choose the procedure</source>
        <translation type="unfinished">절차 선택</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Questions</source>
        <translation type="unfinished">질문</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Check</source>
        <translation type="unfinished">확인</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Print</source>
        <translation type="unfinished">인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="70" />
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="72" />
        <source> (you are here)</source>
        <translation type="unfinished"> (현재 위치)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="73" />
        <source>Steps of your visit</source>
        <translation type="unfinished">오늘의 진행 단계</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="83" />
        <source>Welcome to the town hall</source>
        <translation type="unfinished">관공서 창구에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="85" />
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation type="unfinished">서류를 손으로 쓸 필요가 없습니다. 몇 가지 질문에 답하시면 필요한 서류를 모두 인쇄해 드립니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="88" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="89" />
        <source>Start with my My Number card</source>
        <translation type="unfinished">마이넘버 카드로 시작</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="90" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="91" />
        <source>Start without a card</source>
        <translation type="unfinished">카드 없이 시작</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="92" />
        <source>I answered at home</source>
        <translation type="unfinished">집에서 미리 입력함</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="94" />
        <source>I answered at home: scan my QR code</source>
        <translation type="unfinished">집에서 미리 입력함: QR 코드 읽기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="96" />
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation type="unfinished">도움이 필요하시면 언제든지 오른쪽 위의 ‘직원 호출’을 눌러 주십시오.</translation>
    </message>
</context>
</TS>