<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>StartErrorWindow</name>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="90"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="91"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="97"/>
        <source>This terminal cannot start</source>
        <translation>この端末を起動できません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="93"/>
        <source>Residents cannot use it until this is fixed. Ask the IT staff to fix it, then press Try again.</source>
        <translation>直るまで住民の方は使えません。情報システム担当に直してもらい、「もう一度試す」を押してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="95"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="99"/>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="96"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="100"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="98"/>
        <source>What is wrong</source>
        <translation>起動できない理由</translation>
    </message>
</context>
</TS>
