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
        <translation type="unfinished">この 機械《きかい》は 動《うご》きません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="93"/>
        <source>Residents cannot use it until this is fixed. Ask the IT staff to fix it, then press Try again.</source>
        <translation type="unfinished">直《なお》るまで 使《つか》えません。情報《じょうほう》システムの 係《かかり》に 直《なお》して もらって、「もういちど やる」を おして ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="95"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="99"/>
        <source>Try again</source>
        <translation type="unfinished">もういちど やる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="96"/>
        <location filename="../../kiosk/ui/startup/error_window.py" line="100"/>
        <source>Close</source>
        <translation type="unfinished">とじる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/startup/error_window.py" line="98"/>
        <source>What is wrong</source>
        <translation type="unfinished">動《うご》かない 理由《りゆう》</translation>
    </message>
</context>
</TS>
