<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>FuriganaScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="93"/>
        <source>How is your name read?</source>
        <extracomment>The provenance key of the resident&apos;s reading (``ResidentSession.provenance``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="95"/>
        <source>Yes, that is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="96"/>
        <source>No, let me correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="126"/>
        <source>Your card does not hold the reading (フリガナ). Please check our guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="128"/>
        <source>Correct the reading of your name, then tap OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="147"/>
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="190"/>
        <source>The person who passed away</source>
        <extracomment>The notices are one sentence across the screen (the kiosk is 1280 px wide). Room for at least one member&apos;s row, whatever the text size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="191"/>
        <source>The baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="192"/>
        <location filename="../../kiosk/ui/screens/household.py" line="193"/>
        <source>A person in your household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="219"/>
        <source>Leave %1 out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="220"/>
        <source>They stay in the town&apos;s record. They are only left out of today&apos;s forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="222"/>
        <source>Yes, leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="222"/>
        <source>No, keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="253"/>
        <source>Who else is concerned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="257"/>
        <source>Tap the person who passed away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="260"/>
        <source>The people of your moving-in notice made online (転入予約). Is it right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="263"/>
        <source>The people in the town&apos;s record. Is it right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="266"/>
        <source>Add each person once. You then answer the questions once for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="267"/>
        <source>Checking the town&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="277"/>
        <source>+ Add the person who passed away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="279"/>
        <source>+ Add the baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="281"/>
        <source>+ Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="288"/>
        <source>Continue with these people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="289"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="289"/>
        <source>Nobody else: continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdSplitScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="132"/>
        <source>Who leaves to form the new household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="135"/>
        <source>Splitting a household needs two people or more. Go back and add the people who live with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="139"/>
        <source>Tap each person who leaves. Tap again to undo. Somebody must stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="144"/>
        <source>Leaves: in the new household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="145"/>
        <source>Stays in the present household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="149"/>
        <source>%1 leaves. Tap to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="150"/>
        <source>%1 stays. Tap if they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="154"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="156"/>
        <source>Continue with the people marked as leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="159"/>
        <source>Who is the head of the new household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="160"/>
        <source>Tap the person who heads the new household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="165"/>
        <source>Tap to make this person the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="166"/>
        <source>%1 heads the new household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifeEventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="60"/>
        <source>What brings you here today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="61"/>
        <source>Tap one. If several apply, start with the first one; staff will help with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="113"/>
        <source>Enter my details here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="114"/>
        <source>Name in katakana, date of birth, sex and address: about two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="115"/>
        <source>Ask staff to help me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116"/>
        <source>A member of staff comes to the kiosk and enters the details with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="118"/>
        <source>Choose your area from a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="119"/>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="120"/>
        <source>Type the address in katakana and numbers; staff check it at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="148"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="209"/>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="209"/>
        <source>Your house number (番地), e.g. 1234-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="210"/>
        <source>Your address: prefecture, town and number, in katakana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="211"/>
        <source>Where do you live now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="213"/>
        <source>Without a card we ask a few details. Staff check them with an identity document at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216"/>
        <source>Your address today, as on your residence record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="217"/>
        <source>Tap the name of your area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="113"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="114"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="160"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="161"/>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="166"/>
        <source>How is this person related to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="162"/>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="167"/>
        <source>Name, in katakana (staff add the kanji at the counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="163"/>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="168"/>
        <source>Date of birth: choose the era, then type the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="164"/>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="169"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="181"/>
        <source>Please type the name with the keys above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="41"/>
        <source>(passed away)</source>
        <extracomment>Names up to this many characters keep the details beside them in one column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="53"/>
        <source>This person passed away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="54"/>
        <source>%1 passed away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="59"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="60"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAddressScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="105"/>
        <source>No building or room</source>
        <extracomment>The pages, in the stack&apos;s order (the confirmation was added last, shown first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="106"/>
        <source>No building or room: finish the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="107"/>
        <source>Delete one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="108"/>
        <source>Yes, this is my new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="109"/>
        <source>No, choose another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="222"/>
        <source>Your new address: which area (大字)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="223"/>
        <source>Type the house number (番地), e.g. 1234-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="224"/>
        <source>Building and room (方書), if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="225"/>
        <source>Is this your new address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="228"/>
        <source>Tap the name of the area. The reading is under each name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="229"/>
        <source>Use “-” between numbers, e.g. 1234-5. Tap OK when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="230"/>
        <source>Type the building name and room number, or tap “No building or room”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="231"/>
        <source>This is the address of your moving-in notice made online (転入予約).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="243"/>
        <source>The new address so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="79"/>
        <source>Progress through the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="150"/>
        <source>Question %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="154"/>
        <source>%1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="162"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="168"/>
        <source>Yes, all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="168"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169"/>
        <source>No, none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="183"/>
        <source>It differs from person to person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="184"/>
        <source>You will answer for each person in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="198"/>
        <source>For everyone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="199"/>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="65"/>
        <source>Your procedures today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="66"/>
        <source>Print my forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="67"/>
        <source>Print my forms and the guide sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="108"/>
        <source>About %1 min: about %2 min here to print, about %3 min at the counters (waiting not included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="118"/>
        <source>%1 procedures at %2 counters. Please go in this order; your forms are printed next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="121"/>
        <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="131"/>
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="140"/>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="143"/>
        <source>Bring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="146"/>
        <source>Fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="149"/>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="151"/>
        <source>Check at the counter: you answered “I don&apos;t know”, so the form is printed in case it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardCommon</name>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="150"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="152"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="205"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
