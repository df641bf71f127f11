<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
  <context>
    <name>Web</name>
    <message>
      <source>(if any)</source>
      <translation type="unfinished">(kung mayroon)</translation>
    </message>
    <message>
      <source>For example 1956 4 1 (Western calendar).</source>
      <translation type="unfinished">Halimbawa 1956 4 1 (kalendaryong Kanluranin).</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished">Taon</translation>
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished">Buwan</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">Araw</translation>
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished">Bumalik</translation>
    </message>
    <message>
      <source>Your new address</source>
      <translation type="unfinished">Ang inyong bagong address</translation>
    </message>
    <message>
      <source>Area (大字)</source>
      <translation type="unfinished">Lugar (大字)</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation type="unfinished">Pumili</translation>
    </message>
    <message>
      <source>Lot number (番地)</source>
      <translation type="unfinished">Numero ng lote (番地)</translation>
    </message>
    <message>
      <source>For example 1234-5.</source>
      <translation type="unfinished">Halimbawa 1234-5.</translation>
    </message>
    <message>
      <source>Building and room</source>
      <translation type="unfinished">Gusali at kuwarto</translation>
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished">Susunod</translation>
    </message>
    <message>
      <source>Skip to the main content</source>
      <translation type="unfinished">Lumaktaw sa pangunahing nilalaman</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">Paunang aplikasyon</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Wika</translation>
    </message>
    <message>
      <source>Please check the marked fields.</source>
      <translation type="unfinished">Pakisuri ang mga minarkahang field.</translation>
    </message>
    <message>
      <source>{label}: {message}</source>
      <translation type="unfinished">{label}: {message}</translation>
    </message>
    <message>
      <source>Your QR code</source>
      <translation type="unfinished">Ang inyong QR code</translation>
    </message>
    <message>
      <source>At the town hall, choose “I prepared at home” at the kiosk and show this code. Then put your My Number card on the reader.</source>
      <translation type="unfinished">Sa munisipyo, piliin ang “Sumagot na ako sa bahay” sa kiosk at ipakita ang code na ito. Saka ilagay ang inyong My Number card sa reader.</translation>
    </message>
    <message>
      <source>QR code with your answers</source>
      <translation type="unfinished">QR code ng inyong mga sagot</translation>
    </message>
    <message>
      <source>Valid until {day}.</source>
      <translation type="unfinished">Valid hanggang {day}.</translation>
    </message>
    <message>
      <source>Save it or print it, in case this page is closed:</source>
      <translation type="unfinished">I-save o i-print ito, kung sakaling magsara ang pahinang ito:</translation>
    </message>
    <message>
      <source>Download the picture (PNG)</source>
      <translation type="unfinished">I-download ang larawan (PNG)</translation>
    </message>
    <message>
      <source>Download a page to print (PDF)</source>
      <translation type="unfinished">I-download ang pahinang ipi-print (PDF)</translation>
    </message>
    <message>
      <source>Start again for another event</source>
      <translation type="unfinished">Magsimula muli para sa ibang pangyayari</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation type="unfinished">Ano ang nangyari?</translation>
    </message>
    <message>
      <source>Choose the one that fits</source>
      <translation type="unfinished">Piliin ang angkop</translation>
    </message>
    <message>
      <source>Add each person once. You then answer the questions once for everyone.</source>
      <translation type="unfinished">Idagdag nang isang beses ang bawat tao. Saka kayo sasagot ng mga tanong nang isang beses para sa lahat.</translation>
    </message>
    <message>
      <source>People added</source>
      <translation type="unfinished">Mga naidagdag</translation>
    </message>
    <message>
      <source>Passed away</source>
      <translation type="unfinished">Pumanaw</translation>
    </message>
    <message>
      <source>The baby</source>
      <translation type="unfinished">Ang sanggol</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished">Alisin si {name}</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">Alisin</translation>
    </message>
    <message>
      <source>Nobody yet.</source>
      <translation type="unfinished">Wala pa.</translation>
    </message>
    <message>
      <source>The person who passed away</source>
      <translation type="unfinished">Ang taong pumanaw</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation type="unfinished">Magdagdag ng tao</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Pangalan</translation>
    </message>
    <message>
      <source>Name in katakana (furigana)</source>
      <translation type="unfinished">Pangalan sa katakana (furigana)</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">Petsa ng kapanganakan</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="unfinished">Kasarian</translation>
    </message>
    <message>
      <source>Relation to you</source>
      <translation type="unfinished">Kaugnayan sa inyo</translation>
    </message>
    <message>
      <source>Add this person</source>
      <translation type="unfinished">Idagdag ang taong ito</translation>
    </message>
    <message>
      <source>When everybody is added, go on. A person typed above is added first.</source>
      <translation type="unfinished">Kapag naidagdag na ang lahat, magpatuloy. Unang idaragdag ang taong naka-type sa itaas.</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished">Magpatuloy</translation>
    </message>
    <message>
      <source>Nobody else: continue</source>
      <translation type="unfinished">Wala nang iba: magpatuloy</translation>
    </message>
    <message>
      <source>Question {number} of about {total}</source>
      <translation type="unfinished">Tanong {number} sa mga {total}</translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished">Bilang</translation>
    </message>
    <message>
      <source>It differs from person to person</source>
      <translation type="unfinished">Iba-iba bawat tao</translation>
    </message>
    <message>
      <source>You will answer for each person in turn.</source>
      <translation type="unfinished">Sasagot kayo para sa bawat tao, isa-isa.</translation>
    </message>
    <message>
      <source>Please start again</source>
      <translation type="unfinished">Magsimula po muli</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation type="unfinished">Magsimula muli</translation>
    </message>
    <message>
      <source>About you</source>
      <translation type="unfinished">Tungkol sa inyo</translation>
    </message>
    <message>
      <source>Write them as they are on your My Number card. The kiosk checks them against the card.</source>
      <translation type="unfinished">Isulat ang mga ito gaya ng nasa inyong My Number card. Itutugma ito ng kiosk sa card.</translation>
    </message>
    <message>
      <source>Family name, then given name.</source>
      <translation type="unfinished">Apelyido, saka pangalan.</translation>
    </message>
    <message>
      <source>For example ヤマダ　タロウ.</source>
      <translation type="unfinished">Halimbawa ヤマダ　タロウ.</translation>
    </message>
    <message>
      <source>Current address</source>
      <translation type="unfinished">Kasalukuyang address</translation>
    </message>
    <message>
      <source>As on your card, with the prefecture.</source>
      <translation type="unfinished">Gaya ng nasa card, kasama ang prefecture.</translation>
    </message>
    <message>
      <source>Who leaves to form the new household?</source>
      <translation type="unfinished">Sino ang aalis para bumuo ng bagong household?</translation>
    </message>
    <message>
      <source>Mark each person who leaves</source>
      <translation type="unfinished">Markahan ang bawat aalis</translation>
    </message>
    <message>
      <source>Who is the head of the new household?</source>
      <translation type="unfinished">Sino ang puno ng bagong household?</translation>
    </message>
    <message>
      <source>Prepare your forms at home</source>
      <translation type="unfinished">Ihanda ang mga form sa bahay</translation>
    </message>
    <message>
      <source>Answer a few questions on your phone, at your own pace. At the end you get a QR code.</source>
      <translation type="unfinished">Sagutin ang ilang tanong sa inyong phone, sa sariling bilis. Sa dulo, makakakuha kayo ng QR code.</translation>
    </message>
    <message>
      <source>At the town hall, show the QR code at the kiosk and put your My Number card on the reader: your forms are printed, filled in.</source>
      <translation type="unfinished">Sa munisipyo, ipakita ang QR code sa kiosk at ilagay ang My Number card sa reader: ipi-print ang inyong mga form, napunan na.</translation>
    </message>
    <message>
      <source>Nothing you type is kept on our server. It stays in this page until you close it.</source>
      <translation type="unfinished">Walang itinatabi sa aming server mula sa itina-type ninyo. Nasa pahinang ito lang ito hanggang isara ninyo.</translation>
    </message>
    <message>
      <source>The QR code is valid for a limited time. Bring the people's documents named at the end.</source>
      <translation type="unfinished">May takdang panahon ang QR code. Dalhin ang mga dokumento ng bawat tao na nakalista sa dulo.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished">Magsimula</translation>
    </message>
    <message>
      <source>Check and finish</source>
      <translation type="unfinished">Suriin at tapusin</translation>
    </message>
    <message>
      <source>You</source>
      <translation type="unfinished">Kayo</translation>
    </message>
    <message>
      <source>New address</source>
      <translation type="unfinished">Bagong address</translation>
    </message>
    <message>
      <source>Household</source>
      <translation type="unfinished">Household</translation>
    </message>
    <message>
      <source>Where to go at the town hall</source>
      <translation type="unfinished">Saan pupunta sa munisipyo</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>What to bring</source>
      <translation type="unfinished">Mga dadalhin</translation>
    </message>
    <message>
      <source>Nothing besides your My Number card.</source>
      <translation type="unfinished">Wala bukod sa inyong My Number card.</translation>
    </message>
    <message>
      <source>Make my QR code</source>
      <translation type="unfinished">Gawin ang aking QR code</translation>
    </message>
    <message>
      <source>Yes, all of them</source>
      <translation type="unfinished">Oo, lahat sila</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Oo</translation>
    </message>
    <message>
      <source>No, none of them</source>
      <translation type="unfinished">Hindi, wala sa kanila</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">Hindi</translation>
    </message>
    <message>
      <source>For everyone: {names}</source>
      <translation type="unfinished">Para sa lahat: {names}</translation>
    </message>
    <message>
      <source>About: {names}</source>
      <translation type="unfinished">Tungkol kay: {names}</translation>
    </message>
    <message>
      <source>Your household</source>
      <translation type="unfinished">Ang inyong household</translation>
    </message>
    <message>
      <source>A question</source>
      <translation type="unfinished">Isang tanong</translation>
    </message>
    <message>
      <source>Who leaves the household?</source>
      <translation type="unfinished">Sino ang aalis sa household?</translation>
    </message>
    <message>
      <source>Please fill this in.</source>
      <translation type="unfinished">Pakipunan ito.</translation>
    </message>
    <message>
      <source>This is too long. Please shorten it.</source>
      <translation type="unfinished">Masyadong mahaba ito. Paikliin po.</translation>
    </message>
    <message>
      <source>Please write the reading in katakana (or hiragana).</source>
      <translation type="unfinished">Isulat ang basa sa katakana (o hiragana).</translation>
    </message>
    <message>
      <source>This date does not exist. Please check the year, month and day.</source>
      <translation type="unfinished">Walang ganitong petsa. Pakisuri ang taon, buwan at araw.</translation>
    </message>
    <message>
      <source>This date is in the future. Please check it.</source>
      <translation type="unfinished">Nasa hinaharap ang petsang ito. Pakisuri.</translation>
    </message>
    <message>
      <source>Please write the year in full, for example 1956.</source>
      <translation type="unfinished">Isulat nang buo ang taon, halimbawa 1956.</translation>
    </message>
    <message>
      <source>Please choose one.</source>
      <translation type="unfinished">Pumili ng isa.</translation>
    </message>
    <message>
      <source>Please add the person who passed away first.</source>
      <translation type="unfinished">Idagdag muna ang taong pumanaw.</translation>
    </message>
    <message>
      <source>Please add the baby first.</source>
      <translation type="unfinished">Idagdag muna ang sanggol.</translation>
    </message>
    <message>
      <source>Please mark who leaves (not everybody), and choose the head among them.</source>
      <translation type="unfinished">Markahan ang mga aalis (hindi lahat), at piliin ang puno mula sa kanila.</translation>
    </message>
    <message>
      <source>This page could not be continued: it was changed, or made by another server. Please start again.</source>
      <translation type="unfinished">Hindi maipagpatuloy ang pahinang ito: binago ito, o ginawa ng ibang server. Magsimula po muli.</translation>
    </message>
    <message>
      <source>Something went wrong on our side. Please start again; we are sorry.</source>
      <translation type="unfinished">Nagkaproblema sa aming panig. Magsimula po muli; paumanhin.</translation>
    </message>
    <message>
      <source>The page was sent incomplete. Please try again.</source>
      <translation type="unfinished">Hindi buo ang naipadalang pahina. Subukan muli.</translation>
    </message>
    <message>
      <source>Your answers are too many for one QR code. Please fill in the rest at the kiosk, or ask the staff.</source>
      <translation type="unfinished">Masyadong marami ang sagot para sa isang QR code. Punan ang iba sa kiosk, o magtanong po sa staff.</translation>
    </message>
    <message>
      <source>This person is not added yet. Complete the marked fields and add them, or continue without this person.</source>
      <translation type="unfinished">Hindi pa naidadagdag ang taong ito. Punan ang mga minarkahang field at idagdag, o magpatuloy nang wala ang taong ito.</translation>
    </message>
    <message>
      <source>Continue without this person</source>
      <translation type="unfinished">Magpatuloy nang wala ang taong ito</translation>
    </message>
  </context>
</TS>
