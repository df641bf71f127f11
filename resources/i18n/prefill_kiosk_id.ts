<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>PrefillReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="97" />
        <source>Check your procedures and forms, then print</source>
        <translation type="unfinished">Periksa prosedur dan formulir, lalu cetak</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="107" />
        <source>%1 procedures at %2 counters. Take your printed forms to them in this order.</source>
        <translation type="unfinished">%1 prosedur di %2 loket. Bawa formulir yang tercetak ke loket sesuai urutan ini.</translation>
    </message>
</context>
<context>
    <name>PrefillScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="97" />
        <source>Show the QR code you made at home</source>
        <translation type="unfinished">Tunjukkan kode QR yang Anda buat di rumah</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="100" />
        <source>Hold the code under the scanner, or in front of the camera.</source>
        <translation type="unfinished">Arahkan kode di bawah pemindai, atau di depan kamera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="102" />
        <source>The camera's picture</source>
        <translation type="unfinished">Gambar kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="105" />
        <source>Hold the code (on your phone or on paper) under the scanner.</source>
        <translation type="unfinished">Arahkan kode (di ponsel atau kertas) di bawah pemindai.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="107" />
        <source>This kiosk has no camera: please use the scanner.</source>
        <translation type="unfinished">Kios ini tidak punya kamera: silakan gunakan pemindai.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="108" />
        <source>Back</source>
        <translation type="unfinished">Kembali</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="109" />
        <source>Back to the start</source>
        <translation type="unfinished">Kembali ke awal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="110" />
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="185" />
        <source>Reading the code…</source>
        <translation type="unfinished">Membaca kode…</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="66" />
        <source>This card does not match the code</source>
        <translation type="unfinished">Kartu ini tidak cocok dengan kode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="67" />
        <source>This code cannot be used</source>
        <translation type="unfinished">Kode ini tidak dapat dipakai</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="72" />
        <source>A member of staff can help you, or you can start again and answer the questions here.</source>
        <translation type="unfinished">Petugas dapat membantu Anda, atau Anda bisa mulai lagi dan menjawab pertanyaan di sini.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="74" />
        <source>Start again</source>
        <translation type="unfinished">Mulai lagi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="75" />
        <source>Scan another code</source>
        <translation type="unfinished">Pindai kode lain</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="77" />
        <source>Call staff</source>
        <translation type="unfinished">Panggil petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="78" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Panggil petugas untuk membantu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="79" />
        <source>Staff: allow printing again</source>
        <translation type="unfinished">Petugas: izinkan cetak ulang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="81" />
        <source>Staff only: allow this code to print again today (staff PIN needed)</source>
        <translation type="unfinished">Khusus petugas: izinkan kode ini dicetak lagi hari ini (perlu PIN petugas)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="86" />
        <source>This code was already printed today. To print it again, please ask a member of staff.</source>
        <translation type="unfinished">Kode ini sudah dicetak hari ini. Untuk mencetak lagi, silakan tanya petugas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the name</source>
        <translation type="unfinished">nama</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the date of birth</source>
        <translation type="unfinished">tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the sex</source>
        <translation type="unfinished">jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the address</source>
        <translation type="unfinished">alamat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="91" />
        <source> and </source>
        <translation type="unfinished"> dan </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="92" />
        <source>The card and the code are not for the same person: %1 differ.</source>
        <translation type="unfinished">Kartu dan kode bukan untuk orang yang sama: %1 berbeda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="95" />
        <source>This code was made for a procedure this kiosk does not offer. Please ask a member of staff.</source>
        <translation type="unfinished">Kode ini dibuat untuk prosedur yang tidak tersedia di kios ini. Silakan tanya petugas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="98" />
        <source>Codes cannot be read at this kiosk just now. Please ask a member of staff.</source>
        <translation type="unfinished">Kode tidak dapat dibaca di kios ini sekarang. Silakan tanya petugas.</translation>
    </message>
</context>
</TS>