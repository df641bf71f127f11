<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>Web</name>
    <message>
      <source>(if any)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example 1956 4 1 (Western calendar).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your new address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Area (大字)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lot number (番地)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example 1234-5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Building and room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip to the main content</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please check the marked fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your QR code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At the town hall, choose “I prepared at home” at the kiosk and show this code. Then put your My Number card on the reader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>QR code with your answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Valid until {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save it or print it, in case this page is closed:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Download the picture (PNG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Download a page to print (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start again for another event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What happened?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the one that fits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add each person once. You then answer the questions once for everyone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passed away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The baby</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The person who passed away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name in katakana (furigana)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Relation to you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add this person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When everybody is added, go on. A person typed above is added first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody else: continue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Question {number} of about {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It differs from person to person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You will answer for each person in turn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please start again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write them as they are on your My Number card. The kiosk checks them against the card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family name, then given name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example ヤマダ　タロウ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As on your card, with the prefecture.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who leaves to form the new household?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark each person who leaves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who is the head of the new household?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prepare your forms at home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Answer a few questions on your phone, at your own pace. At the end you get a QR code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At the town hall, show the QR code at the kiosk and put your My Number card on the reader: your forms are printed, filled in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing you type is kept on our server. It stays in this page until you close it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The QR code is valid for a limited time. Bring the people's documents named at the end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check and finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Household</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where to go at the town hall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What to bring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing besides your My Number card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make my QR code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes, all of them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No, none of them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For everyone: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your household</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who leaves the household?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please fill this in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is too long. Please shorten it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please write the reading in katakana (or hiragana).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This date does not exist. Please check the year, month and day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This date is in the future. Please check it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please write the year in full, for example 1956.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please add the person who passed away first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please add the baby first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Please mark who leaves (not everybody), and choose the head among them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This page could not be continued: it was changed, or made by another server. Please start again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong on our side. Please start again; we are sorry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The page was sent incomplete. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your answers are too many for one QR code. Please fill in the rest at the kiosk, or ask the staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This person is not added yet. Complete the marked fields and add them, or continue without this person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continue without this person</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
