<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
  <context>
    <name>Web</name>
    <message>
      <source>(if any)</source>
      <translation type="unfinished">(jika ada)</translation>
    </message>
    <message>
      <source>For example 1956 4 1 (Western calendar).</source>
      <translation type="unfinished">Contoh 1956 4 1 (tahun Masehi).</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished">Tahun</translation>
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished">Bulan</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">Tanggal</translation>
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished">Kembali</translation>
    </message>
    <message>
      <source>Your new address</source>
      <translation type="unfinished">Alamat baru Anda</translation>
    </message>
    <message>
      <source>Area (大字)</source>
      <translation type="unfinished">Wilayah (大字)</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation type="unfinished">Pilih</translation>
    </message>
    <message>
      <source>Lot number (番地)</source>
      <translation type="unfinished">Nomor kavling (番地)</translation>
    </message>
    <message>
      <source>For example 1234-5.</source>
      <translation type="unfinished">Contoh 1234-5.</translation>
    </message>
    <message>
      <source>Building and room</source>
      <translation type="unfinished">Gedung dan kamar</translation>
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished">Berikutnya</translation>
    </message>
    <message>
      <source>Skip to the main content</source>
      <translation type="unfinished">Langsung ke isi utama</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">Pendaftaran awal</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
      <source>Please check the marked fields.</source>
      <translation type="unfinished">Mohon periksa isian yang ditandai.</translation>
    </message>
    <message>
      <source>{label}: {message}</source>
      <translation type="unfinished">{label}: {message}</translation>
    </message>
    <message>
      <source>Your QR code</source>
      <translation type="unfinished">Kode QR Anda</translation>
    </message>
    <message>
      <source>At the town hall, choose “I prepared at home” at the kiosk and show this code. Then put your My Number card on the reader.</source>
      <translation type="unfinished">Di kantor kota, pilih “Sudah diisi di rumah” di kios dan tunjukkan kode ini. Lalu letakkan kartu My Number Anda di pembaca.</translation>
    </message>
    <message>
      <source>QR code with your answers</source>
      <translation type="unfinished">Kode QR berisi jawaban Anda</translation>
    </message>
    <message>
      <source>Valid until {day}.</source>
      <translation type="unfinished">Berlaku sampai {day}.</translation>
    </message>
    <message>
      <source>Save it or print it, in case this page is closed:</source>
      <translation type="unfinished">Simpan atau cetak, untuk berjaga-jaga jika halaman ini tertutup:</translation>
    </message>
    <message>
      <source>Download the picture (PNG)</source>
      <translation type="unfinished">Unduh gambar (PNG)</translation>
    </message>
    <message>
      <source>Download a page to print (PDF)</source>
      <translation type="unfinished">Unduh halaman untuk dicetak (PDF)</translation>
    </message>
    <message>
      <source>Start again for another event</source>
      <translation type="unfinished">Mulai lagi untuk peristiwa lain</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation type="unfinished">Apa yang terjadi?</translation>
    </message>
    <message>
      <source>Choose the one that fits</source>
      <translation type="unfinished">Pilih yang sesuai</translation>
    </message>
    <message>
      <source>Add each person once. You then answer the questions once for everyone.</source>
      <translation type="unfinished">Tambahkan setiap orang satu kali. Lalu Anda menjawab pertanyaan satu kali untuk semua.</translation>
    </message>
    <message>
      <source>People added</source>
      <translation type="unfinished">Orang yang ditambahkan</translation>
    </message>
    <message>
      <source>Passed away</source>
      <translation type="unfinished">Meninggal dunia</translation>
    </message>
    <message>
      <source>The baby</source>
      <translation type="unfinished">Bayi</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished">Hapus {name}</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">Hapus</translation>
    </message>
    <message>
      <source>Nobody yet.</source>
      <translation type="unfinished">Belum ada.</translation>
    </message>
    <message>
      <source>The person who passed away</source>
      <translation type="unfinished">Orang yang meninggal dunia</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation type="unfinished">Tambah orang</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Nama</translation>
    </message>
    <message>
      <source>Name in katakana (furigana)</source>
      <translation type="unfinished">Nama dalam katakana (furigana)</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">Tanggal lahir</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="unfinished">Jenis kelamin</translation>
    </message>
    <message>
      <source>Relation to you</source>
      <translation type="unfinished">Hubungan dengan Anda</translation>
    </message>
    <message>
      <source>Add this person</source>
      <translation type="unfinished">Tambahkan orang ini</translation>
    </message>
    <message>
      <source>When everybody is added, go on. A person typed above is added first.</source>
      <translation type="unfinished">Jika semua sudah ditambahkan, lanjutkan. Orang yang diketik di atas ditambahkan lebih dulu.</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished">Lanjut</translation>
    </message>
    <message>
      <source>Nobody else: continue</source>
      <translation type="unfinished">Tidak ada lagi: lanjut</translation>
    </message>
    <message>
      <source>Question {number} of about {total}</source>
      <translation type="unfinished">Pertanyaan {number} dari sekitar {total}</translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished">Jumlah</translation>
    </message>
    <message>
      <source>It differs from person to person</source>
      <translation type="unfinished">Berbeda tiap orang</translation>
    </message>
    <message>
      <source>You will answer for each person in turn.</source>
      <translation type="unfinished">Anda akan menjawab untuk tiap orang bergantian.</translation>
    </message>
    <message>
      <source>Please start again</source>
      <translation type="unfinished">Silakan mulai lagi</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation type="unfinished">Mulai lagi</translation>
    </message>
    <message>
      <source>About you</source>
      <translation type="unfinished">Tentang Anda</translation>
    </message>
    <message>
      <source>Write them as they are on your My Number card. The kiosk checks them against the card.</source>
      <translation type="unfinished">Tulis seperti pada kartu My Number Anda. Kios akan mencocokkannya dengan kartu.</translation>
    </message>
    <message>
      <source>Family name, then given name.</source>
      <translation type="unfinished">Nama keluarga, lalu nama depan.</translation>
    </message>
    <message>
      <source>For example ヤマダ　タロウ.</source>
      <translation type="unfinished">Contoh ヤマダ　タロウ.</translation>
    </message>
    <message>
      <source>Current address</source>
      <translation type="unfinished">Alamat sekarang</translation>
    </message>
    <message>
      <source>As on your card, with the prefecture.</source>
      <translation type="unfinished">Seperti pada kartu, dengan prefektur.</translation>
    </message>
    <message>
      <source>Who leaves to form the new household?</source>
      <translation type="unfinished">Siapa yang pindah membentuk rumah tangga baru?</translation>
    </message>
    <message>
      <source>Mark each person who leaves</source>
      <translation type="unfinished">Tandai setiap orang yang pindah</translation>
    </message>
    <message>
      <source>Who is the head of the new household?</source>
      <translation type="unfinished">Siapa kepala rumah tangga yang baru?</translation>
    </message>
    <message>
      <source>Prepare your forms at home</source>
      <translation type="unfinished">Siapkan formulir Anda di rumah</translation>
    </message>
    <message>
      <source>Answer a few questions on your phone, at your own pace. At the end you get a QR code.</source>
      <translation type="unfinished">Jawab beberapa pertanyaan di ponsel, dengan santai. Di akhir, Anda mendapat kode QR.</translation>
    </message>
    <message>
      <source>At the town hall, show the QR code at the kiosk and put your My Number card on the reader: your forms are printed, filled in.</source>
      <translation type="unfinished">Di kantor kota, tunjukkan kode QR di kios dan letakkan kartu My Number di pembaca: formulir Anda dicetak, sudah terisi.</translation>
    </message>
    <message>
      <source>Nothing you type is kept on our server. It stays in this page until you close it.</source>
      <translation type="unfinished">Tidak ada yang Anda ketik disimpan di server kami. Data hanya ada di halaman ini sampai Anda menutupnya.</translation>
    </message>
    <message>
      <source>The QR code is valid for a limited time. Bring the people's documents named at the end.</source>
      <translation type="unfinished">Kode QR berlaku untuk waktu terbatas. Bawa dokumen setiap orang yang disebutkan di akhir.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished">Mulai</translation>
    </message>
    <message>
      <source>Check and finish</source>
      <translation type="unfinished">Periksa dan selesai</translation>
    </message>
    <message>
      <source>You</source>
      <translation type="unfinished">Anda</translation>
    </message>
    <message>
      <source>New address</source>
      <translation type="unfinished">Alamat baru</translation>
    </message>
    <message>
      <source>Household</source>
      <translation type="unfinished">Rumah tangga</translation>
    </message>
    <message>
      <source>Where to go at the town hall</source>
      <translation type="unfinished">Tujuan di kantor kota</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>What to bring</source>
      <translation type="unfinished">Yang dibawa</translation>
    </message>
    <message>
      <source>Nothing besides your My Number card.</source>
      <translation type="unfinished">Tidak ada selain kartu My Number Anda.</translation>
    </message>
    <message>
      <source>Make my QR code</source>
      <translation type="unfinished">Buat kode QR saya</translation>
    </message>
    <message>
      <source>Yes, all of them</source>
      <translation type="unfinished">Ya, semuanya</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Ya</translation>
    </message>
    <message>
      <source>No, none of them</source>
      <translation type="unfinished">Tidak, tidak seorang pun</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">Tidak</translation>
    </message>
    <message>
      <source>For everyone: {names}</source>
      <translation type="unfinished">Untuk semua: {names}</translation>
    </message>
    <message>
      <source>About: {names}</source>
      <translation type="unfinished">Tentang: {names}</translation>
    </message>
    <message>
      <source>Your household</source>
      <translation type="unfinished">Rumah tangga Anda</translation>
    </message>
    <message>
      <source>A question</source>
      <translation type="unfinished">Sebuah pertanyaan</translation>
    </message>
    <message>
      <source>Who leaves the household?</source>
      <translation type="unfinished">Siapa yang keluar dari rumah tangga?</translation>
    </message>
    <message>
      <source>Please fill this in.</source>
      <translation type="unfinished">Mohon isi ini.</translation>
    </message>
    <message>
      <source>This is too long. Please shorten it.</source>
      <translation type="unfinished">Terlalu panjang. Mohon dipersingkat.</translation>
    </message>
    <message>
      <source>Please write the reading in katakana (or hiragana).</source>
      <translation type="unfinished">Mohon tulis cara baca dalam katakana (atau hiragana).</translation>
    </message>
    <message>
      <source>This date does not exist. Please check the year, month and day.</source>
      <translation type="unfinished">Tanggal ini tidak ada. Mohon periksa tahun, bulan, dan tanggal.</translation>
    </message>
    <message>
      <source>This date is in the future. Please check it.</source>
      <translation type="unfinished">Tanggal ini di masa depan. Mohon periksa.</translation>
    </message>
    <message>
      <source>Please write the year in full, for example 1956.</source>
      <translation type="unfinished">Mohon tulis tahun lengkap, contoh 1956.</translation>
    </message>
    <message>
      <source>Please choose one.</source>
      <translation type="unfinished">Mohon pilih satu.</translation>
    </message>
    <message>
      <source>Please add the person who passed away first.</source>
      <translation type="unfinished">Mohon tambahkan dulu orang yang meninggal dunia.</translation>
    </message>
    <message>
      <source>Please add the baby first.</source>
      <translation type="unfinished">Mohon tambahkan dulu bayinya.</translation>
    </message>
    <message>
      <source>Please mark who leaves (not everybody), and choose the head among them.</source>
      <translation type="unfinished">Mohon tandai yang pindah (tidak semua), dan pilih kepala di antara mereka.</translation>
    </message>
    <message>
      <source>This page could not be continued: it was changed, or made by another server. Please start again.</source>
      <translation type="unfinished">Halaman ini tidak dapat dilanjutkan: sudah diubah, atau dibuat oleh server lain. Silakan mulai lagi.</translation>
    </message>
    <message>
      <source>Something went wrong on our side. Please start again; we are sorry.</source>
      <translation type="unfinished">Terjadi kesalahan di pihak kami. Silakan mulai lagi; mohon maaf.</translation>
    </message>
    <message>
      <source>The page was sent incomplete. Please try again.</source>
      <translation type="unfinished">Halaman terkirim tidak lengkap. Silakan coba lagi.</translation>
    </message>
    <message>
      <source>Your answers are too many for one QR code. Please fill in the rest at the kiosk, or ask the staff.</source>
      <translation type="unfinished">Jawaban Anda terlalu banyak untuk satu kode QR. Silakan isi sisanya di kios, atau tanya petugas.</translation>
    </message>
    <message>
      <source>This person is not added yet. Complete the marked fields and add them, or continue without this person.</source>
      <translation type="unfinished">Orang ini belum ditambahkan. Lengkapi isian yang ditandai lalu tambahkan, atau lanjut tanpa orang ini.</translation>
    </message>
    <message>
      <source>Continue without this person</source>
      <translation type="unfinished">Lanjut tanpa orang ini</translation>
    </message>
  </context>
</TS>
