<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
  <context>
    <name>WaitingDisplay</name>
    <message>
      <source>Ticket {ticket}, please come to {counter}.</source>
      <translation type="unfinished">Nomor {ticket}, silakan ke {counter}.</translation>
    </message>
    <message>
      <source>Now calling</source>
      <translation type="unfinished">Sedang dipanggil</translation>
    </message>
    <message>
      <source>Waiting at each counter</source>
      <translation type="unfinished">Antrean di setiap loket</translation>
    </message>
    <message>
      <source>As of {time}</source>
      <translation type="unfinished">Per {time}</translation>
    </message>
    <message>
      <source>Please come</source>
      <translation type="unfinished">Silakan datang</translation>
    </message>
    <message>
      <source>Being served</source>
      <translation type="unfinished">Sedang dilayani</translation>
    </message>
    <message>
      <source>No estimate yet</source>
      <translation type="unfinished">Belum ada perkiraan</translation>
    </message>
    <message>
      <source>About {minutes} min</source>
      <translation type="unfinished">Sekitar {minutes} menit</translation>
    </message>
    <message>
      <source>{count} waiting</source>
      <translation type="unfinished">{count} menunggu</translation>
    </message>
    <message>
      <source>Staff requested at: {terminals}</source>
      <translation type="unfinished">Petugas dipanggil di: {terminals}</translation>
    </message>
    <message>
      <source>{terminal} ({minutes} min)</source>
      <translation type="unfinished">{terminal} ({minutes} menit)</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>No ticket is being called.</source>
      <translation type="unfinished">Tidak ada nomor yang dipanggil.</translation>
    </message>
    <message>
      <source>The board is not up to date; staff are informed.</source>
      <translation type="unfinished">Papan belum diperbarui; petugas sudah diberi tahu.</translation>
    </message>
    <message>
      <source>Waiting status</source>
      <translation type="unfinished">Status antrean</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Bahasa</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">Loket</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation type="unfinished">Nomor</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">Menunggu</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation type="unfinished">Perkiraan waktu tunggu</translation>
    </message>
    <message>
      <source>This page refreshes by itself every 30 seconds. Please come back to the waiting area when your number is near.</source>
      <translation type="unfinished">Halaman ini diperbarui sendiri setiap 30 detik. Silakan kembali ke ruang tunggu saat nomor Anda sudah dekat.</translation>
    </message>
    <message>
      <source>The waiting status is not available right now.</source>
      <translation type="unfinished">Status antrean tidak tersedia saat ini.</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Waiting status (see it on your phone)</source>
      <translation type="unfinished">Status antrean (lihat di ponsel Anda)</translation>
    </message>
  </context>
</TS>
