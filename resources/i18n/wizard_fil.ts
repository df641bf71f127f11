<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>FuriganaScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="96" />
        <source>How is your name read?</source>
        <extracomment>The provenance key of the resident's reading (``ResidentSession.provenance``).</extracomment>
        <translation type="unfinished">Paano binabasa ang inyong pangalan?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="98" />
        <source>Yes, that is right</source>
        <translation type="unfinished">Oo, tama iyan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="99" />
        <source>No, let me correct it</source>
        <translation type="unfinished">Hindi, itatama ko</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="138" />
        <source>Your card does not hold the reading (フリガナ). Please check our guess.</source>
        <translation type="unfinished">Walang basa (フリガナ) ang inyong card. Pakisuri ang aming hula.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="141" />
        <source>Type how %1 is read, in katakana, then tap OK.</source>
        <translation type="unfinished">I-type kung paano binabasa ang %1 sa katakana, saka pindutin ang OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="143" />
        <source>Correct the reading of your name, then tap OK.</source>
        <translation type="unfinished">Itama ang basa ng inyong pangalan, saka pindutin ang OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="168" />
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished">I-type ang basa gamit ang mga key sa itaas.</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="214" />
        <source>The person who passed away</source>
        <extracomment>The notices are one sentence across the screen (the kiosk is 1280 px wide). Room for at least one member's row, whatever the text size.</extracomment>
        <translation type="unfinished">Ang taong pumanaw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="215" />
        <source>The baby</source>
        <translation type="unfinished">Ang sanggol</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="216" />
        <location filename="../../kiosk/ui/screens/household.py" line="217" />
        <source>A person in your household</source>
        <translation type="unfinished">Kapamilya</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="269" />
        <source>Leave %1 out?</source>
        <translation type="unfinished">Hindi isasama si %1?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="270" />
        <source>They stay in the town's record. They are only left out of today's forms.</source>
        <translation type="unfinished">Mananatili siya sa rekord ng bayan. Hindi lang siya isasama sa mga form ngayon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <source>Yes, leave them out</source>
        <translation type="unfinished">Oo, huwag isama</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>No, keep them</source>
        <translation type="unfinished">Hindi, isama</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="276" />
        <source>Remove %1?</source>
        <translation type="unfinished">Alisin si %1?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="277" />
        <source>What you entered for this person is deleted from today's visit.</source>
        <translation type="unfinished">Buburahin sa pagbisita ngayon ang inilagay ninyo para sa taong ito.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>Yes, remove</source>
        <translation type="unfinished">Oo, alisin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="287" />
        <source>%1 was removed.</source>
        <translation type="unfinished">Inalis si %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="318" />
        <source>Who else is concerned?</source>
        <translation type="unfinished">Sino pa ang kasama?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="322" />
        <source>Tap the person who passed away.</source>
        <translation type="unfinished">Pindutin ang taong pumanaw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="325" />
        <source>The people of your moving-in notice made online (転入予約). Is it right?</source>
        <translation type="unfinished">Ang mga tao sa inyong online na abiso ng paglipat (転入予約). Tama ba?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="328" />
        <source>The people in the town's record. Is it right?</source>
        <translation type="unfinished">Ang mga tao sa rekord ng bayan. Tama ba?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="331" />
        <source>Add each person once. You then answer the questions once for everyone.</source>
        <translation type="unfinished">Idagdag nang isang beses ang bawat tao. Saka kayo sasagot ng mga tanong nang isang beses para sa lahat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="332" />
        <source>Checking the town's records…</source>
        <translation type="unfinished">Sinusuri ang rekord ng bayan…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="342" />
        <source>+ Add the person who passed away</source>
        <translation type="unfinished">+ Idagdag ang pumanaw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="344" />
        <source>+ Add the baby</source>
        <translation type="unfinished">+ Idagdag ang sanggol</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="346" />
        <source>+ Add a person</source>
        <translation type="unfinished">+ Magdagdag ng tao</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="353" />
        <source>Continue with these people</source>
        <translation type="unfinished">Magpatuloy kasama sila</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Continue</source>
        <translation type="unfinished">Magpatuloy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Nobody else: continue</source>
        <translation type="unfinished">Wala nang iba: magpatuloy</translation>
    </message>
</context>
<context>
    <name>HouseholdSplitScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="132" />
        <source>Who leaves to form the new household?</source>
        <translation type="unfinished">Sino ang aalis para bumuo ng bagong household?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="135" />
        <source>Splitting a household needs two people or more. Go back and add the people who live with you.</source>
        <translation type="unfinished">Kailangan ng dalawa o higit pang tao para hatiin ang household. Bumalik at idagdag ang mga kasama ninyo sa bahay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="139" />
        <source>Tap each person who leaves. Tap again to undo. Somebody must stay.</source>
        <translation type="unfinished">Pindutin ang bawat aalis. Pindutin muli para ibalik. May dapat maiwan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="144" />
        <source>Leaves: in the new household</source>
        <translation type="unfinished">Aalis: sa bagong household</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="145" />
        <source>Stays in the present household</source>
        <translation type="unfinished">Maiiwan sa kasalukuyang household</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="149" />
        <source>%1 leaves. Tap to undo.</source>
        <translation type="unfinished">Aalis si %1. Pindutin para ibalik.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="150" />
        <source>%1 stays. Tap if they leave.</source>
        <translation type="unfinished">Maiiwan si %1. Pindutin kung aalis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="154" />
        <source>Continue</source>
        <translation type="unfinished">Magpatuloy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="156" />
        <source>Continue with the people marked as leaving</source>
        <translation type="unfinished">Magpatuloy kasama ang mga minarkahang aalis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="159" />
        <source>Who is the head of the new household?</source>
        <translation type="unfinished">Sino ang puno ng bagong household?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="160" />
        <source>Tap the person who heads the new household.</source>
        <translation type="unfinished">Pindutin ang magiging puno ng bagong household.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="165" />
        <source>Tap to make this person the head</source>
        <translation type="unfinished">Pindutin para gawing puno ang taong ito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="166" />
        <source>%1 heads the new household</source>
        <translation type="unfinished">Si %1 ang puno ng bagong household</translation>
    </message>
</context>
<context>
    <name>LifeEventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="60" />
        <source>What brings you here today?</source>
        <translation type="unfinished">Ano po ang sadya ninyo ngayon?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="61" />
        <source>Tap one. If several apply, start with the first one; staff will help with the rest.</source>
        <translation type="unfinished">Pumili ng isa. Kung marami, unahin ang una; tutulong ang staff sa iba.</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116" />
        <source>Enter my details here</source>
        <translation type="unfinished">Ilagay ko rito ang detalye</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="117" />
        <source>Name (in katakana, or as on your residence card), date of birth, sex and address: about two minutes.</source>
        <translation type="unfinished">Pangalan (sa katakana, o gaya ng nasa residence card), petsa ng kapanganakan, kasarian at tirahan: mga dalawang minuto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="119" />
        <source>Ask staff to help me</source>
        <translation type="unfinished">Magpatulong sa staff</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="120" />
        <source>A member of staff comes to the kiosk and enters the details with you.</source>
        <translation type="unfinished">Pupunta ang staff sa kiosk at ilalagay ninyo ang detalye nang magkasama.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="122" />
        <source>Choose your area from a list.</source>
        <translation type="unfinished">Piliin ang inyong lugar sa listahan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="123" />
        <source>Somewhere else</source>
        <translation type="unfinished">Ibang lugar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="124" />
        <source>Type the address in katakana and numbers; staff check it at the counter.</source>
        <translation type="unfinished">I-type ang address sa katakana at numero; susuriin ito ng staff sa counter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="152" />
        <source>You</source>
        <translation type="unfinished">Kayo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your details</source>
        <translation type="unfinished">Inyong detalye</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your house number (番地), e.g. 1234-5</source>
        <translation type="unfinished">Numero ng bahay (番地), hal. 1234-5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="217" />
        <source>Your address: prefecture, town and number, in katakana</source>
        <translation type="unfinished">Inyong address: prefecture, bayan at numero, sa katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="218" />
        <source>Where do you live now?</source>
        <translation type="unfinished">Saan kayo nakatira ngayon?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="220" />
        <source>Without a card we ask a few details. Staff check them with an identity document at the counter.</source>
        <translation type="unfinished">Kung walang card, magtatanong kami ng ilang detalye. Susuriin ito ng staff gamit ang ID sa counter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="223" />
        <source>Your address today, as on your residence record.</source>
        <translation type="unfinished">Ang address ninyo ngayon, gaya ng nasa residence record (住民票).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="224" />
        <source>Tap the name of your area.</source>
        <translation type="unfinished">Pindutin ang pangalan ng inyong lugar.</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="138" />
        <source>Male</source>
        <extracomment>Every page, in order; "reading" is shown only after a Latin name.</extracomment>
        <translation type="unfinished">Lalaki</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="139" />
        <source>Female</source>
        <translation type="unfinished">Babae</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="223" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="215" />
        <source>How is this person related to you?</source>
        <translation type="unfinished">Ano ninyo ang taong ito?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="216" />
        <source>Name as on the residence card (在留カード)</source>
        <translation type="unfinished">Pangalan gaya ng nasa residence card (在留カード)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="218" />
        <source>Name, in katakana (staff add the kanji at the counter)</source>
        <translation type="unfinished">Pangalan sa katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="219" />
        <source>Reading of %1, in katakana</source>
        <translation type="unfinished">Basa ng %1, sa katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="220" />
        <source>Date of birth: choose the era, then type the numbers</source>
        <translation type="unfinished">Kapanganakan: piliin ang panahon, i-type ang numero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="221" />
        <source>Sex</source>
        <translation type="unfinished">Kasarian</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="235" />
        <source>Please type the name with the keys above.</source>
        <translation type="unfinished">I-type ang pangalan gamit ang mga key sa itaas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="244" />
        <source>Please type the name as on your residence card, A to Z.</source>
        <translation type="unfinished">Paki-type ang pangalan gaya ng nasa residence card, A hanggang Z.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="257" />
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished">I-type ang basa gamit ang mga key sa itaas.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="45" />
        <source>(passed away)</source>
        <extracomment>Names up to this many characters keep the details beside them in one column.</extracomment>
        <translation type="unfinished">(pumanaw)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="57" />
        <source>This person passed away</source>
        <translation type="unfinished">Pumanaw ang taong ito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="58" />
        <source>%1 passed away</source>
        <translation type="unfinished">Pumanaw si %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="67" />
        <source>Remove</source>
        <translation type="unfinished">Alisin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="68" />
        <source>Remove %1</source>
        <translation type="unfinished">Alisin si %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="74" />
        <source>Edit</source>
        <translation type="unfinished">Baguhin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="75" />
        <source>Edit %1</source>
        <translation type="unfinished">Baguhin si %1</translation>
    </message>
</context>
<context>
    <name>NameKeys</name>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="69" />
        <source>Type the name in katakana</source>
        <extracomment>the key that opens the Latin keyboard (on the kana one), and the way back</extracomment>
        <translation type="unfinished">I-type ang pangalan sa katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="71" />
        <source>Type the name in Latin letters, as on the residence card</source>
        <translation type="unfinished">I-type ang pangalan sa Latin na titik, gaya ng nasa residence card</translation>
    </message>
</context>
<context>
    <name>NewAddressScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="106" />
        <source>No building or room</source>
        <extracomment>The pages, in the stack's order (the confirmation was added last, shown first).</extracomment>
        <translation type="unfinished">Walang gusali o kuwarto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="107" />
        <source>No building or room: finish the address</source>
        <translation type="unfinished">Walang gusali o kuwarto: tapusin ang address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="108" />
        <source>Delete one character</source>
        <translation type="unfinished">Burahin ang isang titik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="109" />
        <source>Yes, this is my new address</source>
        <translation type="unfinished">Oo, ito ang bago kong address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="110" />
        <source>No, choose another address</source>
        <translation type="unfinished">Hindi, pumili ng ibang address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="223" />
        <source>Your new address: which area (大字)?</source>
        <translation type="unfinished">Bagong address: aling lugar (大字)?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="224" />
        <source>Type the house number (番地), e.g. 1234-5</source>
        <translation type="unfinished">I-type ang numero ng bahay (番地), hal. 1234-5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="225" />
        <source>Building and room (方書), if any</source>
        <translation type="unfinished">Gusali at kuwarto (方書), kung mayroon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="226" />
        <source>Is this your new address?</source>
        <translation type="unfinished">Ito ba ang inyong bagong address?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="229" />
        <source>Tap the name of the area. The reading is under each name.</source>
        <translation type="unfinished">Pindutin ang pangalan ng lugar. Nasa ilalim ng bawat pangalan ang basa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="230" />
        <source>Use “-” between numbers, e.g. 1234-5. Tap OK when done.</source>
        <translation type="unfinished">Gamitin ang “-” sa pagitan ng numero, hal. 1234-5. Pindutin ang OK kapag tapos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="231" />
        <source>Type the building name and room number, or tap “No building or room”.</source>
        <translation type="unfinished">I-type ang pangalan ng gusali at numero ng kuwarto, o pindutin ang “Walang gusali o kuwarto”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="232" />
        <source>This is the address of your moving-in notice made online (転入予約).</source>
        <translation type="unfinished">Ito ang address ng inyong online na abiso ng paglipat (転入予約).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="245" />
        <source>The new address so far</source>
        <translation type="unfinished">Ang bagong address sa ngayon</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="80" />
        <source>Progress through the questions</source>
        <translation type="unfinished">Pag-usad sa mga tanong</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="151" />
        <source>Question %1 of about %2</source>
        <translation type="unfinished">Tanong %1 sa mga %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="155" />
        <source>%1 of about %2</source>
        <translation type="unfinished">%1 sa mga %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="163" />
        <source>Explanation</source>
        <translation type="unfinished">Paliwanag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes, all of them</source>
        <translation type="unfinished">Oo, lahat sila</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes</source>
        <translation type="unfinished">Oo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No, none of them</source>
        <translation type="unfinished">Hindi, wala sa kanila</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No</source>
        <translation type="unfinished">Hindi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="184" />
        <source>It differs from person to person</source>
        <translation type="unfinished">Iba-iba bawat tao</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="185" />
        <source>You will answer for each person in turn.</source>
        <translation type="unfinished">Sasagot kayo para sa bawat tao, isa-isa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="199" />
        <source>For everyone: %1</source>
        <translation type="unfinished">Para sa lahat: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="200" />
        <source>About: %1</source>
        <translation type="unfinished">Tungkol kay: %1</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="66" />
        <source>Your procedures today</source>
        <translation type="unfinished">Inyong mga proseso ngayon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="67" />
        <source>Print my forms</source>
        <translation type="unfinished">I-print ang mga form</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="68" />
        <source>Print my forms and the guide sheet</source>
        <translation type="unfinished">I-print ang mga form at gabay na papel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="109" />
        <source>About %1 min: about %2 min here to print, about %3 min at the counters (waiting not included).</source>
        <translation type="unfinished">Mga %1 minuto: mga %2 minuto rito para maglimbag, mga %3 minuto sa mga counter (hindi kasama ang paghihintay).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="119" />
        <source>%1 procedures at %2 counters. Please go in this order; your forms are printed next.</source>
        <translation type="unfinished">%1 proseso sa %2 counter. Pumunta po ayon sa pagkakasunod na ito; susunod na ipi-print ang inyong mga form.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="122" />
        <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
        <translation type="unfinished">%1 proseso, lahat nagsisimula sa one-stop desk; susunod na ipi-print ang inyong mga form.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="132" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished">Ipinapadala kayo rito ng desk: isang espesyalista ang gagawa nito.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="141" />
        <source>For: %1</source>
        <translation type="unfinished">Para kay: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="144" />
        <source>Bring: %1</source>
        <translation type="unfinished">Dalhin: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="147" />
        <source>Fee: %1</source>
        <translation type="unfinished">Bayad: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="150" />
        <source>Deadline: %1</source>
        <translation type="unfinished">Takdang araw: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="152" />
        <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
        <translation type="unfinished">Magtanong sa counter: sumagot kayo ng “Hindi ko alam”, kaya inilimbag ang form kung sakaling kailanganin.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="44" />
        <source>Undo</source>
        <extracomment>How long the undo stays offered.</extracomment>
        <translation type="unfinished">Ibalik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="45" />
        <source>Undo: put the person back</source>
        <translation type="unfinished">Ibalik: idagdag muli ang tao</translation>
    </message>
</context>
<context>
    <name>WizardCommon</name>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="128" />
        <source>← Back</source>
        <translation type="unfinished">← Bumalik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="130" />
        <source>Back to the previous step</source>
        <translation type="unfinished">Bumalik sa nakaraang hakbang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="166" />
        <source>You</source>
        <translation type="unfinished">Kayo</translation>
    </message>
</context>
</TS>