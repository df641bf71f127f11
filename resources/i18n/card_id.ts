<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CardInsertScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="128" />
        <source>Please put your My Number card on the card reader</source>
        <translation type="unfinished">Letakkan kartu My Number di pembaca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="130" />
        <source>Face up, on the reader marked with the card symbol. Leave it there until you have finished.</source>
        <translation type="unfinished">Sisi depan di atas, di pembaca bergambar kartu. Biarkan sampai selesai.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="132" />
        <source>Picture: a card being placed on the reader</source>
        <translation type="unfinished">Gambar: kartu diletakkan di pembaca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="133" />
        <source>I do not have my card</source>
        <translation type="unfinished">Saya tidak punya kartu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="134" />
        <source>Continue without a card</source>
        <translation type="unfinished">Lanjut tanpa kartu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="135" />
        <source>Back</source>
        <translation type="unfinished">← Kembali</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="136" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">Kembali ke layar sebelumnya</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="143" />
        <source>Reading your card. Please do not remove it.</source>
        <translation type="unfinished">Membaca kartu Anda. Mohon jangan diangkat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_insert.py" line="145" />
        <source>You can also continue without a card.</source>
        <translation type="unfinished">Anda juga bisa lanjut tanpa kartu.</translation>
    </message>
</context>
<context>
    <name>PinEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="103" />
        <source>Enter the 4-digit PIN of your card</source>
        <extracomment>Also read the 個人番号 (only when a form of this visit legally needs it).</extracomment>
        <translation type="unfinished">Masukkan PIN 4 angka kartu Anda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="105" />
        <source>PIN: %1 of %2 digits entered</source>
        <translation type="unfinished">PIN: %1 dari %2 angka dimasukkan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="107" />
        <source>Back</source>
        <translation type="unfinished">← Kembali</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="108" />
        <source>Back to the previous screen</source>
        <translation type="unfinished">Kembali ke layar sebelumnya</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="109" />
        <source>Forgot the PIN? Call staff</source>
        <translation type="unfinished">Lupa PIN? Panggil petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="110" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Panggil petugas untuk membantu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="111" />
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="112" />
        <source>Continue without the card</source>
        <translation type="unfinished">Lanjut tanpa kartu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="120" />
        <source>This card is locked</source>
        <translation type="unfinished">Kartu ini terkunci</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="122" />
        <source>Checking the card…</source>
        <translation type="unfinished">Memeriksa kartu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="124" />
        <source>Last try: 1 try left</source>
        <translation type="unfinished">Percobaan terakhir: sisa 1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="126" />
        <source>Tries left: %1</source>
        <translation type="unfinished">Sisa percobaan: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="132" />
        <source>Checking the PIN. Please do not remove the card.</source>
        <translation type="unfinished">Memeriksa PIN. Mohon jangan angkat kartu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="134" />
        <source>If this try is wrong, the card locks. If you are not sure, please call staff.</source>
        <translation type="unfinished">Jika percobaan ini salah, kartu akan terkunci. Jika ragu, silakan panggil petugas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="185" />
        <source>Only one try left</source>
        <translation type="unfinished">Tinggal satu percobaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="186" />
        <source>If this PIN is wrong, your card locks and only the Resident Affairs counter can unlock it. Are you sure of your PIN?</source>
        <translation type="unfinished">Jika PIN ini salah, kartu Anda terkunci dan hanya loket Urusan Penduduk (住民課) yang dapat membukanya. Apakah Anda yakin dengan PIN Anda?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="188" />
        <source>Yes, check my PIN</source>
        <translation type="unfinished">Ya, periksa PIN saya</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin_entry.py" line="189" />
        <source>No, call staff</source>
        <translation type="unfinished">Tidak, panggil petugas</translation>
    </message>
</context>
</TS>