<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name>CardError</name>
    <message>
      <source>The card did not answer. Please take it off the reader, put it back and try again. If it happens again, please ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data on the card could not be read correctly. Please ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card could not be read. Please ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card was removed while it was being read. Please put it back and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The PIN is 4 digits. Please enter 4 digits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only one PIN try is left. If it is wrong, the card locks. Please confirm, or ask the staff for help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please put your My Number card on the reader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No card reader is connected. Please ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a My Number card. Please use your My Number card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This card's PIN is locked. Staff can help; the lock can only be reset at the Resident Affairs counter (住民課).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card reader is not working. Please ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card reader was disconnected. Please ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The PIN is wrong. 1 try left. If you are not sure of your PIN, please ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The PIN is wrong. %1 tries left.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Sex</name>
    <message>
      <source>Male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not stated</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Relation</name>
    <message>
      <source>Wife</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Husband</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Father</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mother</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grandfather</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grandmother</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Brother or sister</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grandchild</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Guide sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Guide sheet (continued)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ticket number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Procedures for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Procedures for %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please go to the counters in this order. At each counter, hand in this sheet and the filled-in forms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fee: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deadline: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Things to bring (summary)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filled-in forms: %1 (bound after this guide sheet)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Switch to English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <source>Time at the town hall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time at the kiosk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waiting at counters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Served at counters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Life event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hour of day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My Number card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Typed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Walk-in (no kiosk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet identified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>median / mean / 90%, min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>median, min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>90th percentile (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 by %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, median (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, 90th percentile (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before the system, mean (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now, mean (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target −60%, mean (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress toward −60%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time at the kiosk and at the town hall by channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channels compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Median by channel (min)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: visits</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CoreLink</name>
    <message>
      <source>We could not check the town's records. Please go on and enter the details.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
