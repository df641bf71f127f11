<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>PrefillReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="97" />
        <source>Check your procedures and forms, then print</source>
        <translation type="unfinished">Suriin ang mga proseso at form, saka i-print</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="107" />
        <source>%1 procedures at %2 counters. Take your printed forms to them in this order.</source>
        <translation type="unfinished">%1 proseso sa %2 counter. Dalhin ang mga na-print na form sa kanila ayon sa pagkakasunod na ito.</translation>
    </message>
</context>
<context>
    <name>PrefillScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="97" />
        <source>Show the QR code you made at home</source>
        <translation type="unfinished">Ipakita ang QR code na ginawa ninyo sa bahay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="100" />
        <source>Hold the code under the scanner, or in front of the camera.</source>
        <translation type="unfinished">Itapat ang code sa ilalim ng scanner, o sa harap ng camera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="102" />
        <source>The camera's picture</source>
        <translation type="unfinished">Larawan mula sa camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="105" />
        <source>Hold the code (on your phone or on paper) under the scanner.</source>
        <translation type="unfinished">Itapat ang code (sa phone o sa papel) sa ilalim ng scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="107" />
        <source>This kiosk has no camera: please use the scanner.</source>
        <translation type="unfinished">Walang camera ang kiosk na ito: gamitin po ang scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="108" />
        <source>Back</source>
        <translation type="unfinished">Bumalik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="109" />
        <source>Back to the start</source>
        <translation type="unfinished">Bumalik sa simula</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="110" />
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="185" />
        <source>Reading the code…</source>
        <translation type="unfinished">Binabasa ang code…</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="66" />
        <source>This card does not match the code</source>
        <translation type="unfinished">Hindi tugma ang card na ito sa code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="67" />
        <source>This code cannot be used</source>
        <translation type="unfinished">Hindi magagamit ang code na ito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="72" />
        <source>A member of staff can help you, or you can start again and answer the questions here.</source>
        <translation type="unfinished">Matutulungan kayo ng staff, o maaari kayong magsimula muli at sagutin dito ang mga tanong.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="74" />
        <source>Start again</source>
        <translation type="unfinished">Magsimula muli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="75" />
        <source>Scan another code</source>
        <translation type="unfinished">Mag-scan ng ibang code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="77" />
        <source>Call staff</source>
        <translation type="unfinished">Tumawag ng staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="78" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Tumawag ng staff para tumulong</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="79" />
        <source>Staff: allow printing again</source>
        <translation type="unfinished">Staff: payagang mag-print muli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="81" />
        <source>Staff only: allow this code to print again today (staff PIN needed)</source>
        <translation type="unfinished">Para sa staff lang: payagang ma-print muli ngayon ang code na ito (kailangan ang staff PIN)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="86" />
        <source>This code was already printed today. To print it again, please ask a member of staff.</source>
        <translation type="unfinished">Na-print na ngayong araw ang code na ito. Para i-print muli, magtanong po sa staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the name</source>
        <translation type="unfinished">ang pangalan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the date of birth</source>
        <translation type="unfinished">ang petsa ng kapanganakan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the sex</source>
        <translation type="unfinished">ang kasarian</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the address</source>
        <translation type="unfinished">ang address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="91" />
        <source> and </source>
        <translation type="unfinished"> at </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="92" />
        <source>The card and the code are not for the same person: %1 differ.</source>
        <translation type="unfinished">Hindi iisang tao ang nasa card at code: magkaiba ang %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="95" />
        <source>This code was made for a procedure this kiosk does not offer. Please ask a member of staff.</source>
        <translation type="unfinished">Ginawa ang code na ito para sa prosesong wala sa kiosk na ito. Magtanong po sa staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="98" />
        <source>Codes cannot be read at this kiosk just now. Please ask a member of staff.</source>
        <translation type="unfinished">Hindi mabasa ang mga code sa kiosk na ito ngayon. Magtanong po sa staff.</translation>
    </message>
</context>
</TS>