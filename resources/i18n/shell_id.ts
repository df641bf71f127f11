<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>CallStaffOverlay</name>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="51" />
        <source>A member of staff is on the way</source>
        <translation type="unfinished">Petugas sedang menuju ke sini</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="53" />
        <source>We are calling a member of staff</source>
        <translation type="unfinished">Kami sedang memanggil petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="54" />
        <source>Please wait here. Your answers so far are kept. If you need nothing after all, tap the button below.</source>
        <translation type="unfinished">Silakan tunggu di sini. Jawaban Anda sejauh ini tetap tersimpan. Jika ternyata tidak perlu, tekan tombol di bawah.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="57" />
        <source>Go back to where I was</source>
        <translation type="unfinished">Kembali ke tempat semula</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="58" />
        <source>Close and go back</source>
        <translation type="unfinished">Tutup dan kembali</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="59" />
        <source>Staff: open the staff menu</source>
        <translation type="unfinished">Petugas: buka menu petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="60" />
        <source>Staff menu (staff PIN)</source>
        <translation type="unfinished">Menu petugas (PIN petugas)</translation>
    </message>
</context>
<context>
    <name>EraDateInput</name>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="92" />
        <source>Western (西暦)</source>
        <translation type="unfinished">Masehi (西暦)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="93" />
        <source>Western calendar year</source>
        <translation type="unfinished">Tahun Masehi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="95" />
        <source>Era %1</source>
        <translation type="unfinished">Era %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="180" />
        <source>This date does not exist. Please check it.</source>
        <translation type="unfinished">Tanggal ini tidak ada. Mohon periksa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188" />
        <source>year</source>
        <translation type="unfinished">tahun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188" />
        <source>month</source>
        <translation type="unfinished">bulan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188" />
        <source>day</source>
        <translation type="unfinished">tanggal</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="53" />
        <source>Are you still there?</source>
        <translation type="unfinished">Apakah Anda masih di sini?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="54" />
        <source>Yes, continue</source>
        <translation type="unfinished">Ya, lanjutkan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="55" />
        <source>Continue the session</source>
        <translation type="unfinished">Lanjutkan sesi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="105" />
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation type="unfinished"><numerusform>Demi privasi Anda, layar ini akan dihapus dalam %n detik.</numerusform></translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="139" />
        <source>Voiced mark (dakuten) on the last letter</source>
        <translation type="unfinished">Tanda suara ゛ (dakuten) pada huruf terakhir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="141" />
        <source>Half-voiced mark on the last letter</source>
        <translation type="unfinished">Tanda ゜ pada huruf terakhir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="142" />
        <source>Small</source>
        <translation type="unfinished">Kecil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="143" />
        <source>Make the last letter small</source>
        <translation type="unfinished">Jadikan huruf terakhir kecil (ッ, ャ…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="144" />
        <source>Long vowel mark</source>
        <translation type="unfinished">Tanda vokal panjang (ー)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="145" />
        <source>Space</source>
        <translation type="unfinished">Spasi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="146" />
        <source>Space between family and given name</source>
        <translation type="unfinished">Spasi antara nama keluarga dan nama depan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="147" />
        <source>⌫ Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="148" />
        <source>Delete the last letter</source>
        <translation type="unfinished">Hapus huruf terakhir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="149" />
        <source>What you typed</source>
        <translation type="unfinished">Yang Anda ketik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="150" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="151" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">Konfirmasi yang Anda ketik</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="235" />
        <source>Text: normal</source>
        <translation type="unfinished">Teks: normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="235" />
        <source>Large</source>
        <translation type="unfinished">Besar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="235" />
        <source>Extra large</source>
        <translation type="unfinished">Sangat besar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="238" />
        <source>Text size: %1</source>
        <translation type="unfinished">Ukuran teks: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="239" />
        <source>High contrast</source>
        <translation type="unfinished">Kontras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="240" />
        <source>High contrast colours on or off</source>
        <translation type="unfinished">Kontras tinggi nyala atau mati</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="242" />
        <source>Call staff</source>
        <translation type="unfinished">Panggil petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="243" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Panggil petugas untuk membantu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="244" />
        <source>Write-free counter</source>
        <translation type="unfinished">Loket tanpa menulis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="400" />
        <location filename="../../kiosk/ui/main_window.py" line="404" />
        <source>Staff</source>
        <translation type="unfinished">Petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="402" />
        <source>Staff menu: this terminal needs attention (staff PIN needed)</source>
        <translation type="unfinished">Menu petugas: terminal ini perlu ditangani (perlu PIN petugas)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="405" />
        <source>Staff menu (staff PIN needed)</source>
        <translation type="unfinished">Menu petugas (perlu PIN petugas)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="412" />
        <source>This terminal needs attention</source>
        <translation type="unfinished">Terminal ini perlu ditangani</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="413" />
        <source>Tell IT support:</source>
        <translation type="unfinished">Beri tahu bagian TI:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="414" />
        <source>Continue</source>
        <translation type="unfinished">Lanjut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="414" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">Kembali ke kios</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="69" />
        <source>⌫ Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="70" />
        <source>Delete one digit</source>
        <translation type="unfinished">Hapus satu angka</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="71" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="72" />
        <source>Confirm</source>
        <translation type="unfinished">Konfirmasi</translation>
    </message>
</context>
<context>
    <name>PrintJobsMenu</name>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="78" />
        <source>Print jobs waiting on this kiosk</source>
        <translation type="unfinished">Pekerjaan cetak yang menunggu di kios ini</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="79" />
        <source>Failed print jobs of this kiosk</source>
        <translation type="unfinished">Pekerjaan cetak yang gagal di kios ini</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="80" />
        <source>Retry</source>
        <translation type="unfinished">Coba lagi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="81" />
        <source>Send the selected job to the printer again</source>
        <translation type="unfinished">Kirim ulang pekerjaan terpilih ke printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="82" />
        <source>Discard</source>
        <translation type="unfinished">Buang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="83" />
        <source>Delete the selected job</source>
        <translation type="unfinished">Hapus pekerjaan terpilih</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="84" />
        <source>Close the kiosk</source>
        <translation type="unfinished">Tutup kios</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="85" />
        <source>Close the kiosk now</source>
        <translation type="unfinished">Tutup kios sekarang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="86" />
        <source>Back</source>
        <translation type="unfinished">Kembali</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="87" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">Kembali ke kios</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="109" />
        <source>Visit …%1 · %2 min ago · %3 · %4 attempt(s)</source>
        <translation type="unfinished">Kunjungan …%1 · %2 menit lalu · %3 · %4 percobaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="118" />
        <source>No print job is waiting.</source>
        <translation type="unfinished">Tidak ada pekerjaan cetak yang menunggu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="143" />
        <source>Printing…</source>
        <translation type="unfinished">Mencetak…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="145" />
        <source>Printed.</source>
        <translation type="unfinished">Tercetak.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="147" />
        <source>Not printed: %1.</source>
        <translation type="unfinished">Tidak tercetak: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="154" />
        <source>Discarded. A clerk can still reprint the visit's forms.</source>
        <translation type="unfinished">Dibuang. Petugas loket masih dapat mencetak ulang formulir kunjungan ini.</translation>
    </message>
</context>
<context>
    <name>StaffPinPrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="50" />
        <source>Staff only: enter the staff PIN</source>
        <translation type="unfinished">Khusus petugas: masukkan PIN petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="51" />
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="52" />
        <source>Cancel staff PIN entry</source>
        <translation type="unfinished">Batalkan memasukkan PIN petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="53" />
        <source>Digits entered</source>
        <translation type="unfinished">Angka yang dimasukkan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="60" />
        <source>No staff PIN is set on this terminal: IT staff set one with `kiosk config set-staff-pin`.</source>
        <translation type="unfinished">Belum ada PIN petugas di terminal ini: bagian TI mengaturnya dengan `kiosk config set-staff-pin`.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="84" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished"><numerusform>Terlalu banyak PIN salah. Coba lagi dalam %n detik.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="99" />
        <source>Wrong PIN. %n try(s) left before the lock-out.</source>
        <translation type="unfinished"><numerusform>PIN salah. Sisa %n percobaan sebelum terkunci.</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="82" />
        <source>Welcome to the town hall</source>
        <translation type="unfinished">Selamat datang di kantor kota</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="84" />
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation type="unfinished">Tidak perlu mengisi formulir dengan tangan: jawab beberapa pertanyaan dan kami cetak semuanya untuk Anda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="87" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="88" />
        <source>Start with my My Number card</source>
        <translation type="unfinished">Mulai dengan kartu My Number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="89" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="90" />
        <source>Start without a card</source>
        <translation type="unfinished">Mulai tanpa kartu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="91" />
        <source>I answered at home</source>
        <translation type="unfinished">Sudah diisi di rumah</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="93" />
        <source>I answered at home: scan my QR code</source>
        <translation type="unfinished">Sudah diisi di rumah: pindai kode QR saya</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="95" />
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation type="unfinished">Perlu bantuan? Tekan “Panggil petugas” di kanan atas kapan saja.</translation>
    </message>
</context>
</TS>