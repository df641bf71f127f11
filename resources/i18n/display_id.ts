<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
  <context>
    <name>WaitingDisplay</name>
    <message>
      <source>Ticket {ticket}, please come to {counter}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now calling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting at each counter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As of {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please come</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Being served</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No estimate yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About {minutes} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} waiting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff requested at: {terminals}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{terminal} ({minutes} min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No ticket is being called.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The board is not up to date; staff are informed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ticket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Estimated wait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This page refreshes by itself every 30 seconds. Please come back to the waiting area when your number is near.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The waiting status is not available right now.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Waiting status (see it on your phone)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
