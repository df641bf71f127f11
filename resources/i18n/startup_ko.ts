<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>StartErrorWindow</name>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="90"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="91"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="97"/>
        <source>This terminal cannot start</source>
        <translation type="unfinished">이 단말기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="93"/>
        <source>Residents cannot use it until this is fixed. Ask the IT staff to fix it, then press Try again.</source>
        <translation type="unfinished">고쳐질 때까지 주민은 사용할 수 없습니다. 정보시스템 담당자에게 수리를 요청한 후 ‘다시 시도’를 누르십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="95"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="99"/>
        <source>Try again</source>
        <translation type="unfinished">다시 시도</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="96"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="100"/>
        <source>Close</source>
        <translation type="unfinished">닫기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="98"/>
        <source>What is wrong</source>
        <translation type="unfinished">시작할 수 없는 이유</translation>
    </message>
</context>
</TS>
