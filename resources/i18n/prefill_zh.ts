<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>Prefill</name>
    <message>
      <source>This code could not be read completely; please show the whole code again, or ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This code was changed after it was made, so it cannot be used; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This code was not made on this town's pre-application site; please make a new code on the town's site, or ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This code has expired; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This code was made with newer questions than this kiosk knows; please ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The questions have changed since this code was made; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pre-application code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show this code at the town hall's kiosk, then place your My Number card on the reader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
