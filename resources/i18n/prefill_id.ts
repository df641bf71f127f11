<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
  <context>
    <name>Prefill</name>
    <message>
      <source>This code could not be read completely; please show the whole code again, or ask the staff.</source>
      <translation type="unfinished">Kode ini tidak terbaca seluruhnya; tunjukkan lagi seluruh kode, atau tanya petugas.</translation>
    </message>
    <message>
      <source>This code was changed after it was made, so it cannot be used; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Kode ini diubah setelah dibuat, jadi tidak dapat dipakai; buat kode baru di rumah, atau tanya petugas.</translation>
    </message>
    <message>
      <source>This code was not made on this town's pre-application site; please make a new code on the town's site, or ask the staff.</source>
      <translation type="unfinished">Kode ini tidak dibuat di situs pendaftaran awal kota ini; buat kode baru di situs kota, atau tanya petugas.</translation>
    </message>
    <message>
      <source>This code has expired; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Kode ini sudah kedaluwarsa; buat kode baru di rumah, atau tanya petugas.</translation>
    </message>
    <message>
      <source>This code was made with newer questions than this kiosk knows; please ask the staff.</source>
      <translation type="unfinished">Kode ini dibuat dengan pertanyaan yang lebih baru dari yang dikenal kios ini; silakan tanya petugas.</translation>
    </message>
    <message>
      <source>The questions have changed since this code was made; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Pertanyaan sudah berubah sejak kode ini dibuat; buat kode baru di rumah, atau tanya petugas.</translation>
    </message>
    <message>
      <source>Pre-application code</source>
      <translation type="unfinished">Kode pendaftaran awal</translation>
    </message>
    <message>
      <source>Show this code at the town hall's kiosk, then place your My Number card on the reader.</source>
      <translation type="unfinished">Tunjukkan kode ini di kios kantor kota, lalu letakkan kartu My Number Anda di pembaca.</translation>
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation type="unfinished">Berlaku sampai {date}.</translation>
    </message>
  </context>
</TS>
