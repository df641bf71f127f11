<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
  <context>
    <name>CardError</name>
    <message>
      <source>The card did not answer. Please take it off the reader, put it back and try again. If it happens again, please ask the staff.</source>
      <translation type="unfinished">Kartu tidak merespons. Angkat kartu dari pembaca, letakkan kembali, lalu coba lagi. Jika terulang, silakan tanya petugas.</translation>
    </message>
    <message>
      <source>The data on the card could not be read correctly. Please ask the staff.</source>
      <translation type="unfinished">Data pada kartu tidak dapat dibaca dengan benar. Silakan tanya petugas.</translation>
    </message>
    <message>
      <source>The card could not be read. Please ask the staff.</source>
      <translation type="unfinished">Kartu tidak dapat dibaca. Silakan tanya petugas.</translation>
    </message>
    <message>
      <source>The card was removed while it was being read. Please put it back and try again.</source>
      <translation type="unfinished">Kartu diangkat saat sedang dibaca. Letakkan kembali dan coba lagi.</translation>
    </message>
    <message>
      <source>The PIN is 4 digits. Please enter 4 digits.</source>
      <translation type="unfinished">PIN terdiri dari 4 angka. Silakan masukkan 4 angka.</translation>
    </message>
    <message>
      <source>Only one PIN try is left. If it is wrong, the card locks. Please confirm, or ask the staff for help.</source>
      <translation type="unfinished">Tinggal satu percobaan PIN. Jika salah, kartu terkunci. Mohon periksa, atau minta bantuan petugas.</translation>
    </message>
    <message>
      <source>Please put your My Number card on the reader.</source>
      <translation type="unfinished">Letakkan kartu My Number (マイナンバーカード) Anda di pembaca.</translation>
    </message>
    <message>
      <source>No card reader is connected. Please ask the staff.</source>
      <translation type="unfinished">Pembaca kartu tidak tersambung. Silakan tanya petugas.</translation>
    </message>
    <message>
      <source>This is not a My Number card. Please use your My Number card.</source>
      <translation type="unfinished">Ini bukan kartu My Number. Silakan gunakan kartu My Number (マイナンバーカード) Anda.</translation>
    </message>
    <message>
      <source>This card's PIN is locked. Staff can help; the lock can only be reset at the Resident Affairs counter (住民課).</source>
      <translation type="unfinished">PIN kartu ini terkunci. Petugas dapat membantu; kunci hanya dapat dibuka di loket Urusan Penduduk (住民課).</translation>
    </message>
    <message>
      <source>The card reader is not working. Please ask the staff.</source>
      <translation type="unfinished">Pembaca kartu tidak berfungsi. Silakan tanya petugas.</translation>
    </message>
    <message>
      <source>The card reader was disconnected. Please ask the staff.</source>
      <translation type="unfinished">Pembaca kartu terputus. Silakan tanya petugas.</translation>
    </message>
    <message>
      <source>The PIN is wrong. 1 try left. If you are not sure of your PIN, please ask the staff.</source>
      <translation type="unfinished">PIN salah. Sisa 1 percobaan. Jika Anda ragu dengan PIN Anda, silakan tanya petugas.</translation>
    </message>
    <message>
      <source>The PIN is wrong. %1 tries left.</source>
      <translation type="unfinished">PIN salah. Sisa %1 percobaan.</translation>
    </message>
  </context>
  <context>
    <name>Sex</name>
    <message>
      <source>Male</source>
      <translation type="unfinished">Laki-laki</translation>
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished">Perempuan</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation type="unfinished">Tidak disebutkan</translation>
    </message>
  </context>
  <context>
    <name>Relation</name>
    <message>
      <source>Wife</source>
      <translation type="unfinished">Istri</translation>
    </message>
    <message>
      <source>Husband</source>
      <translation type="unfinished">Suami</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">Anak</translation>
    </message>
    <message>
      <source>Father</source>
      <translation type="unfinished">Ayah</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation type="unfinished">Ibu</translation>
    </message>
    <message>
      <source>Grandfather</source>
      <translation type="unfinished">Kakek</translation>
    </message>
    <message>
      <source>Grandmother</source>
      <translation type="unfinished">Nenek</translation>
    </message>
    <message>
      <source>Brother or sister</source>
      <translation type="unfinished">Saudara kandung</translation>
    </message>
    <message>
      <source>Grandchild</source>
      <translation type="unfinished">Cucu</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished">Lainnya</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Guide sheet</source>
      <translation type="unfinished">Lembar panduan</translation>
    </message>
    <message>
      <source>Guide sheet (continued)</source>
      <translation type="unfinished">Lembar panduan (lanjutan)</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation type="unfinished">Nomor antrean</translation>
    </message>
    <message>
      <source>Date: %1</source>
      <translation type="unfinished">Tanggal: %1</translation>
    </message>
    <message>
      <source>Procedures for %1</source>
      <translation type="unfinished">Prosedur untuk %1</translation>
    </message>
    <message>
      <source>Procedures for %1 (%2)</source>
      <translation type="unfinished">Prosedur untuk %1 (%2)</translation>
    </message>
    <message>
      <source>Please go to the counters in this order. At each counter, hand in this sheet and the filled-in forms.</source>
      <translation type="unfinished">Silakan datang ke loket sesuai urutan ini. Di setiap loket, serahkan lembar ini dan formulir yang sudah terisi.</translation>
    </message>
    <message>
      <source>Bring: %1</source>
      <translation type="unfinished">Bawa: %1</translation>
    </message>
    <message>
      <source>Fee: %1</source>
      <translation type="unfinished">Biaya: %1</translation>
    </message>
    <message>
      <source>Deadline: %1</source>
      <translation type="unfinished">Batas waktu: %1</translation>
    </message>
    <message>
      <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
      <translation type="unfinished">Periksa di loket: Anda menjawab “Saya tidak tahu”, jadi formulir dicetak untuk berjaga-jaga.</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>Things to bring (summary)</source>
      <translation type="unfinished">Barang yang dibawa (ringkasan)</translation>
    </message>
    <message>
      <source>Filled-in forms: %1 (bound after this guide sheet)</source>
      <translation type="unfinished">Formulir terisi: %1 (dijilid setelah lembar panduan ini)</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation type="unfinished">Bahasa Indonesia</translation>
    </message>
    <message>
      <source>Switch to English</source>
      <translation type="unfinished">Ganti ke Bahasa Indonesia</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation type="unfinished">Pilih bahasa</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished">Tutup</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <source>Time at the town hall</source>
      <translation type="unfinished">Waktu di kantor kota</translation>
    </message>
    <message>
      <source>Time at the kiosk</source>
      <translation type="unfinished">Waktu di kios</translation>
    </message>
    <message>
      <source>Waiting at counters</source>
      <translation type="unfinished">Menunggu di loket</translation>
    </message>
    <message>
      <source>Served at counters</source>
      <translation type="unfinished">Dilayani di loket</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">Hari</translation>
    </message>
    <message>
      <source>Week</source>
      <translation type="unfinished">Minggu</translation>
    </message>
    <message>
      <source>Life event</source>
      <translation type="unfinished">Peristiwa hidup</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">Loket</translation>
    </message>
    <message>
      <source>Hour of day</source>
      <translation type="unfinished">Jam</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished">Cara penerimaan</translation>
    </message>
    <message>
      <source>My Number card</source>
      <translation type="unfinished">Kartu My Number</translation>
    </message>
    <message>
      <source>Typed in</source>
      <translation type="unfinished">Diketik</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">Pendaftaran awal</translation>
    </message>
    <message>
      <source>Walk-in (no kiosk)</source>
      <translation type="unfinished">Langsung ke loket (tanpa kios)</translation>
    </message>
    <message>
      <source>Not yet identified</source>
      <translation type="unfinished">Belum teridentifikasi</translation>
    </message>
    <message>
      <source>median / mean / 90%, min</source>
      <translation type="unfinished">median / rata-rata / 90%, menit</translation>
    </message>
    <message>
      <source>median, min</source>
      <translation type="unfinished">median, menit</translation>
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished">Tabel</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished">Kategori</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation type="unfinished">Angka</translation>
    </message>
    <message>
      <source>Count</source>
      <translation type="unfinished">Jumlah</translation>
    </message>
    <message>
      <source>Mean (min)</source>
      <translation type="unfinished">Rata-rata (menit)</translation>
    </message>
    <message>
      <source>Median (min)</source>
      <translation type="unfinished">Median (menit)</translation>
    </message>
    <message>
      <source>90th percentile (min)</source>
      <translation type="unfinished">Persentil ke-90 (menit)</translation>
    </message>
    <message>
      <source>%1 by %2</source>
      <translation type="unfinished">%1 per %2</translation>
    </message>
    <message>
      <source>%1:00</source>
      <translation type="unfinished">%1:00</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">Kunjungan</translation>
    </message>
    <message>
      <source>%1, median (min)</source>
      <translation type="unfinished">%1, median (menit)</translation>
    </message>
    <message>
      <source>%1, 90th percentile (min)</source>
      <translation type="unfinished">%1, persentil ke-90 (menit)</translation>
    </message>
    <message>
      <source>Before the system, mean (min)</source>
      <translation type="unfinished">Sebelum sistem, rata-rata (menit)</translation>
    </message>
    <message>
      <source>Now, mean (min)</source>
      <translation type="unfinished">Sekarang, rata-rata (menit)</translation>
    </message>
    <message>
      <source>Target −60%, mean (min)</source>
      <translation type="unfinished">Target −60%, rata-rata (menit)</translation>
    </message>
    <message>
      <source>Reduction</source>
      <translation type="unfinished">Pengurangan</translation>
    </message>
    <message>
      <source>Progress toward −60%</source>
      <translation type="unfinished">Kemajuan menuju −60%</translation>
    </message>
    <message>
      <source>Time at the kiosk and at the town hall by channel</source>
      <translation type="unfinished">Waktu di kios dan di kantor kota per cara penerimaan</translation>
    </message>
    <message>
      <source>Channels compared</source>
      <translation type="unfinished">Perbandingan cara penerimaan</translation>
    </message>
    <message>
      <source>Median by channel (min)</source>
      <translation type="unfinished">Median per cara penerimaan (menit)</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation type="unfinished">Acuan</translation>
    </message>
    <message>
      <source>%1: visits</source>
      <translation type="unfinished">%1: kunjungan</translation>
    </message>
  </context>
  <context>
    <name>CoreLink</name>
    <message>
      <source>We could not check the town's records. Please go on and enter the details.</source>
      <translation type="unfinished">Kami tidak dapat memeriksa data kota. Silakan lanjutkan dan isi datanya.</translation>
    </message>
  </context>
  <context>
    <name>Voice</name>
    <message>
      <source>Voice guidance is on.</source>
      <translation type="unfinished">Panduan suara aktif.</translation>
    </message>
    <message>
      <source>Voice guidance is off.</source>
      <translation type="unfinished">Panduan suara mati.</translation>
    </message>
    <message>
      <source>%1 digits entered</source>
      <translation type="unfinished">%1 angka dimasukkan</translation>
    </message>
    <message>
      <source>Number key</source>
      <translation type="unfinished">Tombol angka</translation>
    </message>
  </context>
</TS>