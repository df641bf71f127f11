<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
  <context>
    <name>Prefill</name>
    <message>
      <source>This code could not be read completely; please show the whole code again, or ask the staff.</source>
      <translation type="unfinished">Hindi nabasa nang buo ang code; ipakita muli ang buong code, o magtanong po sa staff.</translation>
    </message>
    <message>
      <source>This code was changed after it was made, so it cannot be used; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Binago ang code na ito matapos gawin, kaya hindi ito magagamit; gumawa ng bagong code sa bahay, o magtanong po sa staff.</translation>
    </message>
    <message>
      <source>This code was not made on this town's pre-application site; please make a new code on the town's site, or ask the staff.</source>
      <translation type="unfinished">Hindi ginawa ang code na ito sa pre-application site ng bayan; gumawa ng bagong code sa site ng bayan, o magtanong po sa staff.</translation>
    </message>
    <message>
      <source>This code has expired; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Expired na ang code na ito; gumawa ng bagong code sa bahay, o magtanong po sa staff.</translation>
    </message>
    <message>
      <source>This code was made with newer questions than this kiosk knows; please ask the staff.</source>
      <translation type="unfinished">Ginawa ang code na ito gamit ang mas bagong mga tanong kaysa alam ng kiosk na ito; magtanong po sa staff.</translation>
    </message>
    <message>
      <source>The questions have changed since this code was made; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">Nagbago ang mga tanong mula nang gawin ang code na ito; gumawa ng bagong code sa bahay, o magtanong po sa staff.</translation>
    </message>
    <message>
      <source>Pre-application code</source>
      <translation type="unfinished">Code ng paunang aplikasyon</translation>
    </message>
    <message>
      <source>Show this code at the town hall's kiosk, then place your My Number card on the reader.</source>
      <translation type="unfinished">Ipakita ang code na ito sa kiosk ng munisipyo, saka ilagay ang inyong My Number card sa reader.</translation>
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation type="unfinished">Valid hanggang {date}.</translation>
    </message>
  </context>
</TS>
