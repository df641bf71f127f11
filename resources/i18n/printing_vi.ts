<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FinishedScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="114"/>
        <source>A member of staff will bring your papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="116"/>
        <source>Please take your papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="117"/>
        <location filename="../../kiosk/ui/screens/finished.py" line="118"/>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="120"/>
        <source>Please go to these counters, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="122"/>
        <source>Please go to the one-stop desk. Every procedure starts there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="124"/>
        <source>Your guide sheet (the first page) shows the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="125"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="126"/>
        <source>Done: finish and clear my information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="165"/>
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="159"/>
        <source>▲ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="160"/>
        <source>Show the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="161"/>
        <source>▼ Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="162"/>
        <source>Show the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="163"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="164"/>
        <source>Back to the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="165"/>
        <source>Print my forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="166"/>
        <source>Print all my forms now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="167"/>
        <source>Your forms, as they will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="173"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="173"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="180"/>
        <source>Printing your forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="183"/>
        <source>Your forms are safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="185"/>
        <source>The printer is not responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="186"/>
        <source>A member of staff will bring your forms. Please tap Call staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="187"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="189"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="191"/>
        <source>Your forms could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="192"/>
        <source>Please tap Call staff. A member of staff will help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="193"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="195"/>
        <source>Check, then print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="198"/>
        <source>Preparing your forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199"/>
        <source>Your forms are being filled in for you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="200"/>
        <source>This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="207"/>
        <source>A guide sheet and one form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="209"/>
        <source>A guide sheet and %n forms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="212"/>
        <source>One character cannot be printed: staff will write it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="214"/>
        <source>%n characters cannot be printed: staff will write them by hand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="217"/>
        <source>Staff will check a few entries with you at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="225"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="233"/>
        <source>The printer is printing your forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="235"/>
        <source>Sending your forms to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="236"/>
        <source>Please wait here. This can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="74"/>
        <source>Call staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="75"/>
        <source>Call a member of staff for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="77"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
