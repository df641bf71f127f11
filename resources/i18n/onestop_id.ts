<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Please go to the one-stop desk with this sheet and the filled-in forms. Every procedure starts there: you need not go round the counters.</source>
      <translation type="unfinished">Silakan datang ke loket terpadu dengan lembar ini dan formulir yang sudah terisi. Semua prosedur dimulai di sana: Anda tidak perlu berkeliling loket.</translation>
    </message>
    <message>
      <source>The one-stop desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Loket terpadu mengarahkan Anda ke sini: petugas khusus yang menanganinya.</translation>
    </message>
  </context>
  <context>
    <name>FinishedScreen</name>
    <message>
      <source>Please go to the one-stop desk. Every procedure starts there:</source>
      <translation type="unfinished">Silakan ke loket terpadu. Semua prosedur dimulai di sana:</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Loket mengarahkan Anda ke sini: petugas khusus yang menanganinya.</translation>
    </message>
  </context>
  <context>
    <name>OneStopPanel</name>
    <message>
      <source>One-stop desk</source>
      <translation type="unfinished">Loket terpadu</translation>
    </message>
    <message>
      <source>Procedures of the visit and their staff guidance</source>
      <translation type="unfinished">Prosedur kunjungan dan panduan untuk petugas</translation>
    </message>
    <message>
      <source>Done here</source>
      <translation type="unfinished">Selesai di sini</translation>
    </message>
    <message>
      <source>Mark the chosen procedure done here</source>
      <translation type="unfinished">Tandai prosedur terpilih selesai di sini</translation>
    </message>
    <message>
      <source>Hand to this department</source>
      <translation type="unfinished">Serahkan ke bagian ini</translation>
    </message>
    <message>
      <source>Hand the chosen procedure to the chosen department's queue</source>
      <translation type="unfinished">Serahkan prosedur terpilih ke antrean bagian terpilih</translation>
    </message>
    <message>
      <source>Department to hand it to</source>
      <translation type="unfinished">Bagian tujuan</translation>
    </message>
    <message>
      <source>the desk</source>
      <translation type="unfinished">loket terpadu</translation>
    </message>
    <message>
      <source>Done (%1)</source>
      <translation type="unfinished">Selesai (%1)</translation>
    </message>
    <message>
      <source>Handed to %1</source>
      <translation type="unfinished">Diserahkan ke %1</translation>
    </message>
    <message>
      <source>To do</source>
      <translation type="unfinished">Belum</translation>
    </message>
    <message>
      <source>%1 [specialist]</source>
      <translation type="unfinished">%1 [khusus]</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation type="unfinished">Yang diperiksa</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation type="unfinished">Dasar hukum</translation>
    </message>
    <message>
      <source>Common mistakes</source>
      <translation type="unfinished">Kesalahan umum</translation>
    </message>
    <message>
      <source>Documents to see</source>
      <translation type="unfinished">Dokumen yang dilihat</translation>
    </message>
    <message>
      <source>No procedure of this visit is for this counter.</source>
      <translation type="unfinished">Tidak ada prosedur kunjungan ini untuk loket ini.</translation>
    </message>
    <message>
      <source>Every procedure is settled: press Finished [F7].</source>
      <translation type="unfinished">Semua prosedur sudah beres: tekan Selesai [F7].</translation>
    </message>
    <message>
      <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
      <translation type="unfinished">Selesaikan tiap prosedur di sini, atau serahkan ke bagiannya (ditandai [khusus] jika katalog menyebut petugas khusus).</translation>
    </message>
    <message>
      <source>The one-stop desk handed these procedures to this counter.</source>
      <translation type="unfinished">Loket terpadu menyerahkan prosedur ini ke loket ini.</translation>
    </message>
  </context>
  <context>
    <name>OneStopController</name>
    <message>
      <source>Ticket %1: %2 done.</source>
      <translation type="unfinished">Nomor %1: %2 selesai.</translation>
    </message>
    <message>
      <source>Ticket %1: %2 handed to %3.</source>
      <translation type="unfinished">Nomor %1: %2 diserahkan ke %3.</translation>
    </message>
  </context>
  <context>
    <name>SummaryScreen</name>
    <message>
      <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
      <translation type="unfinished">%1 prosedur, semua dimulai di loket terpadu; formulir Anda dicetak berikutnya.</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">Loket mengarahkan Anda ke sini: petugas khusus yang menanganinya.</translation>
    </message>
  </context>
</TS>