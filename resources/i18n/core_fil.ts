<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil" sourcelanguage="en">
  <context>
    <name>CardError</name>
    <message>
      <source>The card did not answer. Please take it off the reader, put it back and try again. If it happens again, please ask the staff.</source>
      <translation type="unfinished">Hindi sumasagot ang card. Pakialis ito sa reader, ibalik, at subukan muli. Kapag naulit, magtanong po sa staff.</translation>
    </message>
    <message>
      <source>The data on the card could not be read correctly. Please ask the staff.</source>
      <translation type="unfinished">Hindi nabasa nang tama ang datos sa card. Magtanong po sa staff.</translation>
    </message>
    <message>
      <source>The card could not be read. Please ask the staff.</source>
      <translation type="unfinished">Hindi nabasa ang card. Magtanong po sa staff.</translation>
    </message>
    <message>
      <source>The card was removed while it was being read. Please put it back and try again.</source>
      <translation type="unfinished">Naalis ang card habang binabasa. Pakibalik ito at subukan muli.</translation>
    </message>
    <message>
      <source>The PIN is 4 digits. Please enter 4 digits.</source>
      <translation type="unfinished">4 na digit ang PIN. Maglagay po ng 4 na digit.</translation>
    </message>
    <message>
      <source>Only one PIN try is left. If it is wrong, the card locks. Please confirm, or ask the staff for help.</source>
      <translation type="unfinished">Isang subok na lang sa PIN. Kapag mali, mala-lock ang card. Pakisuri muna, o humingi ng tulong sa staff.</translation>
    </message>
    <message>
      <source>Please put your My Number card on the reader.</source>
      <translation type="unfinished">Pakilagay ang inyong My Number card (マイナンバーカード) sa reader.</translation>
    </message>
    <message>
      <source>No card reader is connected. Please ask the staff.</source>
      <translation type="unfinished">Walang nakakonektang card reader. Magtanong po sa staff.</translation>
    </message>
    <message>
      <source>This is not a My Number card. Please use your My Number card.</source>
      <translation type="unfinished">Hindi ito My Number card. Pakigamit ang inyong My Number card (マイナンバーカード).</translation>
    </message>
    <message>
      <source>This card's PIN is locked. Staff can help; the lock can only be reset at the Resident Affairs counter (住民課).</source>
      <translation type="unfinished">Naka-lock ang PIN ng card na ito. Makakatulong ang staff; sa counter lang ng Resident Affairs (住民課) maaaring i-reset ang lock.</translation>
    </message>
    <message>
      <source>The card reader is not working. Please ask the staff.</source>
      <translation type="unfinished">Hindi gumagana ang card reader. Magtanong po sa staff.</translation>
    </message>
    <message>
      <source>The card reader was disconnected. Please ask the staff.</source>
      <translation type="unfinished">Nadiskonekta ang card reader. Magtanong po sa staff.</translation>
    </message>
    <message>
      <source>The PIN is wrong. 1 try left. If you are not sure of your PIN, please ask the staff.</source>
      <translation type="unfinished">Mali ang PIN. 1 subok na lang. Kung hindi kayo sigurado sa PIN, magtanong po sa staff.</translation>
    </message>
    <message>
      <source>The PIN is wrong. %1 tries left.</source>
      <translation type="unfinished">Mali ang PIN. %1 subok pa ang natitira.</translation>
    </message>
  </context>
  <context>
    <name>Sex</name>
    <message>
      <source>Male</source>
      <translation type="unfinished">Lalaki</translation>
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished">Babae</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation type="unfinished">Hindi nakasaad</translation>
    </message>
  </context>
  <context>
    <name>Relation</name>
    <message>
      <source>Wife</source>
      <translation type="unfinished">Misis</translation>
    </message>
    <message>
      <source>Husband</source>
      <translation type="unfinished">Mister</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">Anak</translation>
    </message>
    <message>
      <source>Father</source>
      <translation type="unfinished">Ama</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation type="unfinished">Ina</translation>
    </message>
    <message>
      <source>Grandfather</source>
      <translation type="unfinished">Lolo</translation>
    </message>
    <message>
      <source>Grandmother</source>
      <translation type="unfinished">Lola</translation>
    </message>
    <message>
      <source>Brother or sister</source>
      <translation type="unfinished">Kapatid</translation>
    </message>
    <message>
      <source>Grandchild</source>
      <translation type="unfinished">Apo</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished">Iba pa</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Guide sheet</source>
      <translation type="unfinished">Gabay na papel</translation>
    </message>
    <message>
      <source>Guide sheet (continued)</source>
      <translation type="unfinished">Gabay na papel (karugtong)</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation type="unfinished">Numero ng tiket</translation>
    </message>
    <message>
      <source>Date: %1</source>
      <translation type="unfinished">Petsa: %1</translation>
    </message>
    <message>
      <source>Procedures for %1</source>
      <translation type="unfinished">Mga proseso para sa %1</translation>
    </message>
    <message>
      <source>Procedures for %1 (%2)</source>
      <translation type="unfinished">Mga proseso para sa %1 (%2)</translation>
    </message>
    <message>
      <source>Please go to the counters in this order. At each counter, hand in this sheet and the filled-in forms.</source>
      <translation type="unfinished">Pumunta po sa mga counter ayon sa pagkakasunod na ito. Sa bawat counter, ibigay ang papel na ito at ang mga napunang form.</translation>
    </message>
    <message>
      <source>Bring: %1</source>
      <translation type="unfinished">Dalhin: %1</translation>
    </message>
    <message>
      <source>Fee: %1</source>
      <translation type="unfinished">Bayad: %1</translation>
    </message>
    <message>
      <source>Deadline: %1</source>
      <translation type="unfinished">Takdang araw: %1</translation>
    </message>
    <message>
      <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
      <translation type="unfinished">Magtanong sa counter: sumagot kayo ng “Hindi ko alam”, kaya inilimbag ang form kung sakaling kailanganin.</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>Things to bring (summary)</source>
      <translation type="unfinished">Mga dadalhin (buod)</translation>
    </message>
    <message>
      <source>Filled-in forms: %1 (bound after this guide sheet)</source>
      <translation type="unfinished">Mga napunang form: %1 (nakakabit pagkatapos ng gabay na ito)</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation type="unfinished">Filipino</translation>
    </message>
    <message>
      <source>Switch to English</source>
      <translation type="unfinished">Lumipat sa Filipino</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation type="unfinished">Pumili ng wika</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Wika</translation>
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished">Isara</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <source>Time at the town hall</source>
      <translation type="unfinished">Oras sa munisipyo</translation>
    </message>
    <message>
      <source>Time at the kiosk</source>
      <translation type="unfinished">Oras sa kiosk</translation>
    </message>
    <message>
      <source>Waiting at counters</source>
      <translation type="unfinished">Paghihintay sa counter</translation>
    </message>
    <message>
      <source>Served at counters</source>
      <translation type="unfinished">Pagsisilbi sa counter</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">Araw</translation>
    </message>
    <message>
      <source>Week</source>
      <translation type="unfinished">Linggo</translation>
    </message>
    <message>
      <source>Life event</source>
      <translation type="unfinished">Pangyayari sa buhay</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">Counter</translation>
    </message>
    <message>
      <source>Hour of day</source>
      <translation type="unfinished">Oras ng araw</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished">Paraan ng pagtanggap</translation>
    </message>
    <message>
      <source>My Number card</source>
      <translation type="unfinished">My Number card</translation>
    </message>
    <message>
      <source>Typed in</source>
      <translation type="unfinished">Manu-manong inilagay</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">Paunang aplikasyon</translation>
    </message>
    <message>
      <source>Walk-in (no kiosk)</source>
      <translation type="unfinished">Direkta sa counter (walang kiosk)</translation>
    </message>
    <message>
      <source>Not yet identified</source>
      <translation type="unfinished">Hindi pa nakikilala</translation>
    </message>
    <message>
      <source>median / mean / 90%, min</source>
      <translation type="unfinished">median / average / 90%, minuto</translation>
    </message>
    <message>
      <source>median, min</source>
      <translation type="unfinished">median, minuto</translation>
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished">Talahanayan</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished">Kategorya</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation type="unfinished">Sukatan</translation>
    </message>
    <message>
      <source>Count</source>
      <translation type="unfinished">Bilang</translation>
    </message>
    <message>
      <source>Mean (min)</source>
      <translation type="unfinished">Average (min)</translation>
    </message>
    <message>
      <source>Median (min)</source>
      <translation type="unfinished">Median (min)</translation>
    </message>
    <message>
      <source>90th percentile (min)</source>
      <translation type="unfinished">Ika-90 percentile (min)</translation>
    </message>
    <message>
      <source>%1 by %2</source>
      <translation type="unfinished">%1 ayon sa %2</translation>
    </message>
    <message>
      <source>%1:00</source>
      <translation type="unfinished">%1:00</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">Mga pagbisita</translation>
    </message>
    <message>
      <source>%1, median (min)</source>
      <translation type="unfinished">%1, median (min)</translation>
    </message>
    <message>
      <source>%1, 90th percentile (min)</source>
      <translation type="unfinished">%1, ika-90 percentile (min)</translation>
    </message>
    <message>
      <source>Before the system, mean (min)</source>
      <translation type="unfinished">Bago ang sistema, average (min)</translation>
    </message>
    <message>
      <source>Now, mean (min)</source>
      <translation type="unfinished">Ngayon, average (min)</translation>
    </message>
    <message>
      <source>Target −60%, mean (min)</source>
      <translation type="unfinished">Target −60%, average (min)</translation>
    </message>
    <message>
      <source>Reduction</source>
      <translation type="unfinished">Pagbaba</translation>
    </message>
    <message>
      <source>Progress toward −60%</source>
      <translation type="unfinished">Pag-usad tungo sa −60%</translation>
    </message>
    <message>
      <source>Time at the kiosk and at the town hall by channel</source>
      <translation type="unfinished">Oras sa kiosk at sa munisipyo ayon sa paraan</translation>
    </message>
    <message>
      <source>Channels compared</source>
      <translation type="unfinished">Paghahambing ng mga paraan</translation>
    </message>
    <message>
      <source>Median by channel (min)</source>
      <translation type="unfinished">Median ayon sa paraan (min)</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation type="unfinished">Batayan</translation>
    </message>
    <message>
      <source>%1: visits</source>
      <translation type="unfinished">%1: mga pagbisita</translation>
    </message>
  </context>
  <context>
    <name>CoreLink</name>
    <message>
      <source>We could not check the town's records. Please go on and enter the details.</source>
      <translation type="unfinished">Hindi namin masuri ang rekord ng bayan. Magpatuloy po at ilagay ang mga detalye.</translation>
    </message>
  </context>
  <context>
    <name>Voice</name>
    <message>
      <source>Voice guidance is on.</source>
      <translation type="unfinished">Naka-on ang gabay na boses.</translation>
    </message>
    <message>
      <source>Voice guidance is off.</source>
      <translation type="unfinished">Naka-off ang gabay na boses.</translation>
    </message>
    <message>
      <source>%1 digits entered</source>
      <translation type="unfinished">%1 numero ang nailagay</translation>
    </message>
    <message>
      <source>Number key</source>
      <translation type="unfinished">Numero</translation>
    </message>
  </context>
</TS>