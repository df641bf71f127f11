<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>FinishedScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="114" />
        <source>A member of staff will bring your papers</source>
        <translation type="unfinished">Dadalhin ng staff ang inyong mga papel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="116" />
        <source>Please take your papers</source>
        <translation type="unfinished">Pakikuha ang inyong mga papel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="117" />
        <location filename="../../kiosk/ui/screens/finished.py" line="118" />
        <source>Your number</source>
        <translation type="unfinished">Inyong numero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="120" />
        <source>Please go to these counters, in this order:</source>
        <translation type="unfinished">Pumunta po sa mga counter na ito, sa ganitong pagkakasunod:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="122" />
        <source>Please go to the one-stop desk. Every procedure starts there:</source>
        <translation type="unfinished">Pumunta po sa one-stop desk. Doon nagsisimula ang lahat ng proseso:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="124" />
        <source>Your guide sheet (the first page) shows the same.</source>
        <translation type="unfinished">Ganito rin ang nakasulat sa inyong gabay na papel (unang pahina).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="125" />
        <source>Done</source>
        <translation type="unfinished">Tapos na</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="126" />
        <source>Done: finish and clear my information</source>
        <translation type="unfinished">Tapos: tapusin at burahin ang aking impormasyon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="165" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished">Ipinapadala kayo rito ng desk: isang espesyalista ang gagawa nito.</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="181" />
        <source>▲ Previous</source>
        <extracomment>The default zoom against filling the width: the forms' body text at about 16 px on the kiosk (it was about 10 px); a finger drags the page sideways. The zoom range: from the whole width down to half of it, up to four times the size.</extracomment>
        <translation type="unfinished">▲ Nakaraan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="182" />
        <source>Show the previous page</source>
        <translation type="unfinished">Ipakita ang nakaraang pahina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="183" />
        <source>▼ Next</source>
        <translation type="unfinished">▼ Susunod</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="184" />
        <source>Show the next page</source>
        <translation type="unfinished">Ipakita ang susunod na pahina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="185" />
        <source>Back</source>
        <translation type="unfinished">← Bumalik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="186" />
        <source>Back to the answers</source>
        <translation type="unfinished">Bumalik sa mga sagot</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="187" />
        <source>Print my forms</source>
        <translation type="unfinished">I-print ang mga form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="188" />
        <source>Print all my forms now</source>
        <translation type="unfinished">I-print na ang lahat ng form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="189" />
        <source>Your forms, as they will be printed</source>
        <translation type="unfinished">Ang inyong mga form, gaya ng ipi-print</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="190" />
        <source>+ Larger</source>
        <translation type="unfinished">+ Palakihin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="191" />
        <source>Make the page larger</source>
        <translation type="unfinished">Palakihin ang pahina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="192" />
        <source>− Smaller</source>
        <translation type="unfinished">− Paliitin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="193" />
        <source>Make the page smaller</source>
        <translation type="unfinished">Paliitin ang pahina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Fit width</source>
        <translation type="unfinished">Kasya sa lapad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Whole page</source>
        <translation type="unfinished">Buong pahina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="206" />
        <source>Printing your forms</source>
        <translation type="unfinished">Pini-print ang mga form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="209" />
        <source>Your forms are safe</source>
        <translation type="unfinished">Ligtas ang inyong mga form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="211" />
        <source>The printer is not responding.</source>
        <translation type="unfinished">Hindi sumasagot ang printer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="212" />
        <source>A member of staff will bring your forms. Please tap Call staff.</source>
        <translation type="unfinished">Dadalhin ng staff ang inyong mga form. Pindutin po ang Tumawag ng staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="213" />
        <source>Continue</source>
        <translation type="unfinished">Magpatuloy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="215" />
        <source>Something went wrong</source>
        <translation type="unfinished">May nagkaproblema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="217" />
        <source>Your forms could not be prepared.</source>
        <translation type="unfinished">Hindi maihanda ang inyong mga form.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="218" />
        <source>Please tap Call staff. A member of staff will help you.</source>
        <translation type="unfinished">Pindutin po ang Tumawag ng staff. Tutulungan kayo ng staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="219" />
        <source>Try again</source>
        <translation type="unfinished">Subukan muli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="221" />
        <source>Check, then print</source>
        <translation type="unfinished">Suriin, saka i-print</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="224" />
        <source>Preparing your forms</source>
        <translation type="unfinished">Inihahanda ang mga form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="225" />
        <source>Your forms are being filled in for you…</source>
        <translation type="unfinished">Pinupunan para sa inyo ang mga form…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="226" />
        <source>This takes a few seconds.</source>
        <translation type="unfinished">Ilang segundo lang ito.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="233" />
        <source>A guide sheet and one form.</source>
        <translation type="unfinished">Isang gabay na papel at isang form.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="235" />
        <source>A guide sheet and %n forms.</source>
        <translation type="unfinished"><numerusform>Isang gabay na papel at %n form.</numerusform><numerusform>Isang gabay na papel at %n form.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="238" />
        <source>One character cannot be printed: staff will write it by hand.</source>
        <translation type="unfinished">May isang titik na hindi mai-print: isusulat ito ng staff.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="240" />
        <source>%n characters cannot be printed: staff will write them by hand.</source>
        <translation type="unfinished"><numerusform>May %n titik na hindi mai-print: isusulat ito ng staff.</numerusform><numerusform>May %n titik na hindi mai-print: isusulat ito ng staff.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="243" />
        <source>Staff will check a few entries with you at the counter.</source>
        <translation type="unfinished">Susuriin ng staff ang ilang sagot kasama ninyo sa counter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="251" />
        <source>Page %1 of %2</source>
        <translation type="unfinished">Pahina %1 ng %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="259" />
        <source>The printer is printing your forms…</source>
        <translation type="unfinished">Pini-print ng printer ang inyong mga form…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="261" />
        <source>Sending your forms to the printer…</source>
        <translation type="unfinished">Ipinapadala ang mga form sa printer…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="262" />
        <source>Please wait here. This can take a minute.</source>
        <translation type="unfinished">Maghintay po rito. Maaaring umabot ito ng isang minuto.</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="74" />
        <source>Call staff</source>
        <translation type="unfinished">Tumawag ng staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="75" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Tumawag ng staff para tumulong</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="77" />
        <source>Continue</source>
        <translation type="unfinished">Magpatuloy</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="51" />
        <source>Please take your My Number card</source>
        <extracomment>The mark of the first counter, as the ticket screen numbers them.</extracomment>
        <translation type="unfinished">Pakikuha ang inyong My Number card (マイナンバーカード)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="55" />
        <source>You need it at counter %1 (%2).</source>
        <translation type="unfinished">Kailangan ninyo ito sa counter %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="58" />
        <source>You need it at counter %1.</source>
        <translation type="unfinished">Kailangan ninyo ito sa counter %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="61" />
        <source>Your papers are printing. Your number comes next.</source>
        <translation type="unfinished">Inililimbag na ang inyong mga papeles. Susunod ang inyong numero.</translation>
    </message>
</context>
</TS>