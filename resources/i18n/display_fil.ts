<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
  <context>
    <name>WaitingDisplay</name>
    <message>
      <source>Ticket {ticket}, please come to {counter}.</source>
      <translation type="unfinished">Tiket {ticket}, pumunta po sa {counter}.</translation>
    </message>
    <message>
      <source>Now calling</source>
      <translation type="unfinished">Tinatawag ngayon</translation>
    </message>
    <message>
      <source>Waiting at each counter</source>
      <translation type="unfinished">Naghihintay sa bawat counter</translation>
    </message>
    <message>
      <source>As of {time}</source>
      <translation type="unfinished">Noong {time}</translation>
    </message>
    <message>
      <source>Please come</source>
      <translation type="unfinished">Pumunta po</translation>
    </message>
    <message>
      <source>Being served</source>
      <translation type="unfinished">Pinagsisilbihan</translation>
    </message>
    <message>
      <source>No estimate yet</source>
      <translation type="unfinished">Wala pang tantiya</translation>
    </message>
    <message>
      <source>About {minutes} min</source>
      <translation type="unfinished">Mga {minutes} min</translation>
    </message>
    <message>
      <source>{count} waiting</source>
      <translation type="unfinished">{count} naghihintay</translation>
    </message>
    <message>
      <source>Staff requested at: {terminals}</source>
      <translation type="unfinished">Tumatawag ng staff sa: {terminals}</translation>
    </message>
    <message>
      <source>{terminal} ({minutes} min)</source>
      <translation type="unfinished">{terminal} ({minutes} min)</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>No ticket is being called.</source>
      <translation type="unfinished">Walang tiket na tinatawag.</translation>
    </message>
    <message>
      <source>The board is not up to date; staff are informed.</source>
      <translation type="unfinished">Hindi updated ang board; alam na ng staff.</translation>
    </message>
    <message>
      <source>Waiting status</source>
      <translation type="unfinished">Kalagayan ng pila</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Wika</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">Counter</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation type="unfinished">Tiket</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">Naghihintay</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation type="unfinished">Tantiyang paghihintay</translation>
    </message>
    <message>
      <source>This page refreshes by itself every 30 seconds. Please come back to the waiting area when your number is near.</source>
      <translation type="unfinished">Kusang nagre-refresh ang pahinang ito tuwing 30 segundo. Bumalik po sa waiting area kapag malapit na ang inyong numero.</translation>
    </message>
    <message>
      <source>The waiting status is not available right now.</source>
      <translation type="unfinished">Hindi makita ang kalagayan ng pila sa ngayon.</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Waiting status (see it on your phone)</source>
      <translation type="unfinished">Kalagayan ng pila (tingnan sa inyong phone)</translation>
    </message>
  </context>
</TS>
