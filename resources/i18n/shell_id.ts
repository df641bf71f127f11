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
    <name>CardRemovedNotice</name>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="61" />
        <source>The card was removed</source>
        <extracomment>The card's widest (px) and the room kept around it in a narrower window.</extracomment>
        <translation type="unfinished">Kartu telah dicabut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="63" />
        <source>For your privacy, everything you entered has been cleared. To start again, insert your My Number card again. If you need help, call a member of staff.</source>
        <translation type="unfinished">Demi privasi Anda, semua yang Anda masukkan telah dihapus. Untuk memulai lagi, masukkan kembali kartu My Number Anda. Jika perlu bantuan, panggil petugas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="65" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="66" />
        <source>OK: back to the start</source>
        <translation type="unfinished">OK: kembali ke awal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="67" />
        <source>Call staff</source>
        <translation type="unfinished">Panggil petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="68" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Panggil petugas untuk membantu</translation>
    </message>
</context>
<context>
    <name>EraDateInput</name>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="94" />
        <source>Western (西暦)</source>
        <translation type="unfinished">Masehi (西暦)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="95" />
        <source>Western calendar year</source>
        <translation type="unfinished">Tahun Masehi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="97" />
        <source>Era %1</source>
        <translation type="unfinished">Era %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="182" />
        <source>This date does not exist. Please check it.</source>
        <translation type="unfinished">Tanggal ini tidak ada. Mohon periksa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>year</source>
        <translation type="unfinished">tahun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>month</source>
        <translation type="unfinished">bulan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>day</source>
        <translation type="unfinished">tanggal</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="69" />
        <source>Are you still there?</source>
        <translation type="unfinished">Apakah Anda masih di sini?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="70" />
        <source>I need more time</source>
        <translation type="unfinished">Saya perlu waktu lagi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="71" />
        <source>I need more time: extend the session</source>
        <translation type="unfinished">Saya perlu waktu lagi: perpanjang sesi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="150" />
        <source>You can ask for more time once more: this is the last time.</source>
        <translation type="unfinished">Anda dapat meminta tambahan waktu sekali lagi: ini yang terakhir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="152" />
        <source>The time cannot be extended any more. If you need help, please ask a member of staff.</source>
        <translation type="unfinished">Waktu tidak dapat diperpanjang lagi. Jika perlu bantuan, silakan tanya petugas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation type="unfinished"><numerusform>Demi privasi Anda, layar ini akan dihapus dalam %n detik.</numerusform></translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="175" />
        <source>Voiced mark (dakuten) on the last letter</source>
        <extracomment>Long-press and flick variants of the keys.</extracomment>
        <translation type="unfinished">Tanda suara ゛ (dakuten) pada huruf terakhir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="177" />
        <source>Half-voiced mark on the last letter</source>
        <translation type="unfinished">Tanda ゜ pada huruf terakhir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="178" />
        <source>Small</source>
        <translation type="unfinished">Kecil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="179" />
        <source>Make the last letter small</source>
        <translation type="unfinished">Jadikan huruf terakhir kecil (ッ, ャ…)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="180" />
        <source>Long vowel mark</source>
        <translation type="unfinished">Tanda vokal panjang (ー)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="181" />
        <source>Space</source>
        <translation type="unfinished">Spasi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="182" />
        <source>Space between family and given name</source>
        <translation type="unfinished">Spasi antara nama keluarga dan nama depan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="183" />
        <source>⌫ Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="184" />
        <source>Delete the last letter</source>
        <translation type="unfinished">Hapus huruf terakhir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="185" />
        <source>What you typed</source>
        <translation type="unfinished">Yang Anda ketik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="189" />
        <source>Hold or flick for %1</source>
        <translation type="unfinished">Tahan atau geser untuk %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="190" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="191" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">Konfirmasi yang Anda ketik</translation>
    </message>
</context>
<context>
    <name>LatinKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="94" />
        <source>Space</source>
        <translation type="unfinished">Spasi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="95" />
        <source>Space between names</source>
        <translation type="unfinished">Spasi antar nama</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="96" />
        <source>⌫ Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="97" />
        <source>Delete the last letter</source>
        <translation type="unfinished">Hapus huruf terakhir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="98" />
        <source>Hyphen</source>
        <translation type="unfinished">Tanda hubung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="99" />
        <source>Apostrophe</source>
        <translation type="unfinished">Apostrof</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="100" />
        <source>Comma</source>
        <translation type="unfinished">Koma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="101" />
        <source>What you typed</source>
        <translation type="unfinished">Yang Anda ketik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="102" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="103" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">Konfirmasi yang Anda ketik</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="304" />
        <source>Text size</source>
        <translation type="unfinished">Ukuran teks</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Text: normal</source>
        <translation type="unfinished">Teks: normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Large</source>
        <translation type="unfinished">Besar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Extra large</source>
        <translation type="unfinished">Sangat besar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="307" />
        <source>A</source>
        <translation type="unfinished">A</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="308" />
        <source>Text size: %1</source>
        <translation type="unfinished">Ukuran teks: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="309" />
        <source>High contrast</source>
        <translation type="unfinished">Kontras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="310" />
        <source>High contrast colours on or off</source>
        <translation type="unfinished">Kontras tinggi nyala atau mati</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="311" />
        <source>Voice guide</source>
        <translation type="unfinished">Panduan suara</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="312" />
        <source>Voice guidance on or off</source>
        <translation type="unfinished">Panduan suara aktif atau mati</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="314" />
        <source>Call staff</source>
        <translation type="unfinished">Panggil petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="315" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">Panggil petugas untuk membantu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="316" />
        <source>Write-free counter</source>
        <translation type="unfinished">Loket tanpa menulis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="483" />
        <source>%1. Staff menu: this terminal needs attention (hold for two seconds, staff PIN needed)</source>
        <translation type="unfinished">%1. Menu petugas: terminal ini perlu diperiksa (tahan dua detik, perlu PIN petugas)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="488" />
        <source>%1. Staff menu (hold for two seconds, staff PIN needed)</source>
        <translation type="unfinished">%1. Menu petugas (tahan dua detik, perlu PIN petugas)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="495" />
        <source>This terminal needs attention</source>
        <translation type="unfinished">Terminal ini perlu ditangani</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="496" />
        <source>Tell IT support:</source>
        <translation type="unfinished">Beri tahu bagian TI:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Continue</source>
        <translation type="unfinished">Lanjut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">Kembali ke kios</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="70" />
        <source>⌫ Delete</source>
        <translation type="unfinished">Hapus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="71" />
        <source>Delete one digit</source>
        <translation type="unfinished">Hapus satu angka</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="72" />
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="73" />
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
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="65" />
        <source>Staff only: enter the staff PIN</source>
        <translation type="unfinished">Khusus petugas: masukkan PIN petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="66" />
        <source>Cancel</source>
        <translation type="unfinished">Batal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="67" />
        <source>Cancel staff PIN entry</source>
        <translation type="unfinished">Batalkan memasukkan PIN petugas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="68" />
        <source>Digits entered</source>
        <translation type="unfinished">Angka yang dimasukkan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="75" />
        <source>No staff PIN is set on this terminal: IT staff set one with `kiosk config set-staff-pin`.</source>
        <translation type="unfinished">Belum ada PIN petugas di terminal ini: bagian TI mengaturnya dengan `kiosk config set-staff-pin`.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="99" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished"><numerusform>Terlalu banyak PIN salah. Coba lagi dalam %n detik.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="114" />
        <source>Wrong PIN. %n try(s) left before the lock-out.</source>
        <translation type="unfinished"><numerusform>PIN salah. Sisa %n percobaan sebelum terkunci.</numerusform></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Identification</source>
        <translation type="unfinished">Identifikasi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Choose the procedure</source>
        <translation type="unfinished">Pilih prosedur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Questions</source>
        <translation type="unfinished">Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Check</source>
        <translation type="unfinished">Periksa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Print</source>
        <translation type="unfinished">Cetak</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="70" />
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Langkah %1 dari %2: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="72" />
        <source> (you are here)</source>
        <translation type="unfinished"> (Anda di sini)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="73" />
        <source>Steps of your visit</source>
        <translation type="unfinished">Langkah kunjungan Anda</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="83" />
        <source>Welcome to the town hall</source>
        <translation type="unfinished">Selamat datang di kantor kota</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="85" />
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation type="unfinished">Tidak perlu mengisi formulir dengan tangan: jawab beberapa pertanyaan dan kami cetak semuanya untuk Anda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="88" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="89" />
        <source>Start with my My Number card</source>
        <translation type="unfinished">Mulai dengan kartu My Number</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="90" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="91" />
        <source>Start without a card</source>
        <translation type="unfinished">Mulai tanpa kartu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="92" />
        <source>I answered at home</source>
        <translation type="unfinished">Sudah diisi di rumah</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="94" />
        <source>I answered at home: scan my QR code</source>
        <translation type="unfinished">Sudah diisi di rumah: pindai kode QR saya</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="96" />
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation type="unfinished">Perlu bantuan? Tekan “Panggil petugas” di kanan atas kapan saja.</translation>
    </message>
</context>
</TS>