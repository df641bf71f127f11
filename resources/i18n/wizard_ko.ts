<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>FuriganaScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="96" />
        <source>How is your name read?</source>
        <extracomment>The provenance key of the resident's reading (``ResidentSession.provenance``).</extracomment>
        <translation type="unfinished">이름의 읽는 법(フリガナ)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="98" />
        <source>Yes, that is right</source>
        <translation type="unfinished">예, 맞습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="99" />
        <source>No, let me correct it</source>
        <translation type="unfinished">아니요, 고치겠습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="138" />
        <source>Your card does not hold the reading (フリガナ). Please check our guess.</source>
        <translation type="unfinished">카드에 이름의 읽는 법(フリガナ)이 없습니다. 이 읽는 법이 맞는지 확인해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="141" />
        <source>Type how %1 is read, in katakana, then tap OK.</source>
        <translation type="unfinished">%1의 읽는 법을 가타카나로 입력한 뒤 OK를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="143" />
        <source>Correct the reading of your name, then tap OK.</source>
        <translation type="unfinished">읽는 법을 고친 후 ‘확정’을 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="168" />
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished">위의 키로 읽는 법을 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="214" />
        <source>The person who passed away</source>
        <extracomment>The notices are one sentence across the screen (the kiosk is 1280 px wide). Room for at least one member's row, whatever the text size.</extracomment>
        <translation type="unfinished">돌아가신 분</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="215" />
        <source>The baby</source>
        <translation type="unfinished">아기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="216" />
        <location filename="../../kiosk/ui/screens/household.py" line="217" />
        <source>A person in your household</source>
        <translation type="unfinished">가족</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="269" />
        <source>Leave %1 out?</source>
        <translation type="unfinished">%1 님을 제외하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="270" />
        <source>They stay in the town's record. They are only left out of today's forms.</source>
        <translation type="unfinished">마을의 기록은 그대로입니다. 오늘의 서류에서만 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <source>Yes, leave them out</source>
        <translation type="unfinished">예, 제외합니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>No, keep them</source>
        <translation type="unfinished">아니요, 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="276" />
        <source>Remove %1?</source>
        <translation type="unfinished">%1 님을 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="277" />
        <source>What you entered for this person is deleted from today's visit.</source>
        <translation type="unfinished">이 분에 대해 입력한 내용이 오늘 방문에서 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>Yes, remove</source>
        <translation type="unfinished">예, 삭제</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="287" />
        <source>%1 was removed.</source>
        <translation type="unfinished">%1 님을 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="318" />
        <source>Who else is concerned?</source>
        <translation type="unfinished">관련된 다른 가족이 있습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="322" />
        <source>Tap the person who passed away.</source>
        <translation type="unfinished">돌아가신 분을 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="325" />
        <source>The people of your moving-in notice made online (転入予約). Is it right?</source>
        <translation type="unfinished">온라인으로 신청한 전입 예약(転入予約)의 가족입니다. 맞습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="328" />
        <source>The people in the town's record. Is it right?</source>
        <translation type="unfinished">마을의 기록에 있는 가족입니다. 맞습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="331" />
        <source>Add each person once. You then answer the questions once for everyone.</source>
        <translation type="unfinished">한 사람씩 추가해 주십시오. 이후 질문은 전원에 대해 한 번만 답합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="332" />
        <source>Checking the town's records…</source>
        <translation type="unfinished">마을의 기록을 확인하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="342" />
        <source>+ Add the person who passed away</source>
        <translation type="unfinished">+ 돌아가신 분 입력</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="344" />
        <source>+ Add the baby</source>
        <translation type="unfinished">+ 아기 입력</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="346" />
        <source>+ Add a person</source>
        <translation type="unfinished">+ 가족 추가</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="353" />
        <source>Continue with these people</source>
        <translation type="unfinished">이 내용으로 진행</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Continue</source>
        <translation type="unfinished">다음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Nobody else: continue</source>
        <translation type="unfinished">더 없음(다음)</translation>
    </message>
</context>
<context>
    <name>HouseholdSplitScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="132" />
        <source>Who leaves to form the new household?</source>
        <translation type="unfinished">새 세대로 옮기는 분은 누구입니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="135" />
        <source>Splitting a household needs two people or more. Go back and add the people who live with you.</source>
        <translation type="unfinished">세대를 나누려면 2명 이상이 필요합니다. 뒤로 돌아가 함께 사는 분을 추가해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="139" />
        <source>Tap each person who leaves. Tap again to undo. Somebody must stay.</source>
        <translation type="unfinished">새 세대로 옮기는 분을 한 명씩 눌러 주십시오. 다시 누르면 취소됩니다. 누군가는 지금 세대에 남아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="144" />
        <source>Leaves: in the new household</source>
        <translation type="unfinished">새 세대로 옮김</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="145" />
        <source>Stays in the present household</source>
        <translation type="unfinished">지금 세대에 남음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="149" />
        <source>%1 leaves. Tap to undo.</source>
        <translation type="unfinished">%1 님은 새 세대로 옮깁니다. 누르면 취소됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="150" />
        <source>%1 stays. Tap if they leave.</source>
        <translation type="unfinished">%1 님은 지금 세대에 남습니다. 옮기는 경우 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="154" />
        <source>Continue</source>
        <translation type="unfinished">다음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="156" />
        <source>Continue with the people marked as leaving</source>
        <translation type="unfinished">옮기는 분을 정하고 다음으로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="159" />
        <source>Who is the head of the new household?</source>
        <translation type="unfinished">새 세대의 세대주는 누구입니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="160" />
        <source>Tap the person who heads the new household.</source>
        <translation type="unfinished">새 세대의 세대주가 될 분을 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="165" />
        <source>Tap to make this person the head</source>
        <translation type="unfinished">이분을 세대주로 하기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="166" />
        <source>%1 heads the new household</source>
        <translation type="unfinished">%1 님이 새 세대의 세대주가 됩니다</translation>
    </message>
</context>
<context>
    <name>LifeEventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="60" />
        <source>What brings you here today?</source>
        <translation type="unfinished">오늘은 어떤 절차로 오셨습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="61" />
        <source>Tap one. If several apply, start with the first one; staff will help with the rest.</source>
        <translation type="unfinished">하나를 선택해 주십시오. 여러 개라면 첫 번째 것부터 시작하시고, 나머지는 직원이 도와드립니다.</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116" />
        <source>Enter my details here</source>
        <translation type="unfinished">여기서 입력</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="117" />
        <source>Name (in katakana, or as on your residence card), date of birth, sex and address: about two minutes.</source>
        <translation type="unfinished">이름(가타카나 또는 재류카드 표기), 생년월일, 성별, 주소: 약 2분.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="119" />
        <source>Ask staff to help me</source>
        <translation type="unfinished">직원에게 도움 요청</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="120" />
        <source>A member of staff comes to the kiosk and enters the details with you.</source>
        <translation type="unfinished">직원이 단말기로 와서 함께 입력합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="122" />
        <source>Choose your area from a list.</source>
        <translation type="unfinished">목록에서 지구(大字)를 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="123" />
        <source>Somewhere else</source>
        <translation type="unfinished">다른 시구정촌</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="124" />
        <source>Type the address in katakana and numbers; staff check it at the counter.</source>
        <translation type="unfinished">주소를 가타카나와 숫자로 입력합니다. 창구에서 직원이 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="152" />
        <source>You</source>
        <translation type="unfinished">본인</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your details</source>
        <translation type="unfinished">본인 정보</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your house number (番地), e.g. 1234-5</source>
        <translation type="unfinished">번지(番地)를 입력(예: 1234-5)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="217" />
        <source>Your address: prefecture, town and number, in katakana</source>
        <translation type="unfinished">주소(도도부현·시구정촌·번지)를 가타카나로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="218" />
        <source>Where do you live now?</source>
        <translation type="unfinished">지금 주소는 어디입니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="220" />
        <source>Without a card we ask a few details. Staff check them with an identity document at the counter.</source>
        <translation type="unfinished">카드가 없으면 몇 가지를 입력해 주셔야 합니다. 창구에서 신분증과 대조합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="223" />
        <source>Your address today, as on your residence record.</source>
        <translation type="unfinished">주민표에 있는 지금 주소입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="224" />
        <source>Tap the name of your area.</source>
        <translation type="unfinished">지구(大字) 이름을 눌러 주십시오.</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="138" />
        <source>Male</source>
        <extracomment>Every page, in order; "reading" is shown only after a Latin name.</extracomment>
        <translation type="unfinished">남</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="139" />
        <source>Female</source>
        <translation type="unfinished">여</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="223" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="215" />
        <source>How is this person related to you?</source>
        <translation type="unfinished">본인과의 관계는?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="216" />
        <source>Name as on the residence card (在留カード)</source>
        <translation type="unfinished">재류카드 표기 이름(在留カード)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="218" />
        <source>Name, in katakana (staff add the kanji at the counter)</source>
        <translation type="unfinished">이름을 가타카나로(한자는 창구에서 직원이 입력합니다)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="219" />
        <source>Reading of %1, in katakana</source>
        <translation type="unfinished">%1의 읽는 법(가타카나)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="220" />
        <source>Date of birth: choose the era, then type the numbers</source>
        <translation type="unfinished">생년월일: 연호를 고른 후 숫자 입력</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="221" />
        <source>Sex</source>
        <translation type="unfinished">성별</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="235" />
        <source>Please type the name with the keys above.</source>
        <translation type="unfinished">위의 키로 이름을 입력해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="244" />
        <source>Please type the name as on your residence card, A to Z.</source>
        <translation type="unfinished">재류카드와 같은 이름을 A~Z로 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="257" />
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished">위의 키로 읽는 법을 입력해 주십시오.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="45" />
        <source>(passed away)</source>
        <extracomment>Names up to this many characters keep the details beside them in one column.</extracomment>
        <translation type="unfinished">(사망)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="57" />
        <source>This person passed away</source>
        <translation type="unfinished">이분이 돌아가셨습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="58" />
        <source>%1 passed away</source>
        <translation type="unfinished">%1 님이 돌아가셨습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="67" />
        <source>Remove</source>
        <translation type="unfinished">삭제</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="68" />
        <source>Remove %1</source>
        <translation type="unfinished">%1 삭제</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="74" />
        <source>Edit</source>
        <translation type="unfinished">수정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="75" />
        <source>Edit %1</source>
        <translation type="unfinished">%1 수정</translation>
    </message>
</context>
<context>
    <name>NameKeys</name>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="69" />
        <source>Type the name in katakana</source>
        <extracomment>the key that opens the Latin keyboard (on the kana one), and the way back</extracomment>
        <translation type="unfinished">이름을 가타카나로 입력</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="71" />
        <source>Type the name in Latin letters, as on the residence card</source>
        <translation type="unfinished">재류카드와 같이 이름을 로마자로 입력</translation>
    </message>
</context>
<context>
    <name>NewAddressScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="106" />
        <source>No building or room</source>
        <extracomment>The pages, in the stack's order (the confirmation was added last, shown first).</extracomment>
        <translation type="unfinished">건물명·호수 없음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="107" />
        <source>No building or room: finish the address</source>
        <translation type="unfinished">건물명·호수 없이 주소 확정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="108" />
        <source>Delete one character</source>
        <translation type="unfinished">한 글자 지우기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="109" />
        <source>Yes, this is my new address</source>
        <translation type="unfinished">예, 이 주소입니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="110" />
        <source>No, choose another address</source>
        <translation type="unfinished">아니요, 다른 주소 선택</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="223" />
        <source>Your new address: which area (大字)?</source>
        <translation type="unfinished">새 주소의 지구(大字)는?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="224" />
        <source>Type the house number (番地), e.g. 1234-5</source>
        <translation type="unfinished">번지(番地)를 입력(예: 1234-5)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="225" />
        <source>Building and room (方書), if any</source>
        <translation type="unfinished">건물명·호수(方書)가 있으면 입력</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="226" />
        <source>Is this your new address?</source>
        <translation type="unfinished">이 주소가 맞습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="229" />
        <source>Tap the name of the area. The reading is under each name.</source>
        <translation type="unfinished">지구 이름을 눌러 주십시오. 읽는 법은 이름 아래에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="230" />
        <source>Use “-” between numbers, e.g. 1234-5. Tap OK when done.</source>
        <translation type="unfinished">숫자 사이에는 ‘-’(예: 1234-5). 입력 후 ‘확정’을 누르십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="231" />
        <source>Type the building name and room number, or tap “No building or room”.</source>
        <translation type="unfinished">건물명과 호수를 입력하거나 ‘건물명·호수 없음’을 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="232" />
        <source>This is the address of your moving-in notice made online (転入予約).</source>
        <translation type="unfinished">온라인으로 신청한 전입 예약(転入予約)의 주소입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="245" />
        <source>The new address so far</source>
        <translation type="unfinished">입력 중인 새 주소</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="80" />
        <source>Progress through the questions</source>
        <translation type="unfinished">질문 진행 상황</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="151" />
        <source>Question %1 of about %2</source>
        <translation type="unfinished">질문 %1 / 약 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="155" />
        <source>%1 of about %2</source>
        <translation type="unfinished">%1 / 약 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="163" />
        <source>Explanation</source>
        <translation type="unfinished">설명</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes, all of them</source>
        <translation type="unfinished">예(전원)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No, none of them</source>
        <translation type="unfinished">아니요(전원)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No</source>
        <translation type="unfinished">아니요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="184" />
        <source>It differs from person to person</source>
        <translation type="unfinished">사람마다 다름</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="185" />
        <source>You will answer for each person in turn.</source>
        <translation type="unfinished">한 사람씩 답합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="199" />
        <source>For everyone: %1</source>
        <translation type="unfinished">전원: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="200" />
        <source>About: %1</source>
        <translation type="unfinished">대상: %1</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="66" />
        <source>Your procedures today</source>
        <translation type="unfinished">오늘의 절차</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="67" />
        <source>Print my forms</source>
        <translation type="unfinished">서류 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="68" />
        <source>Print my forms and the guide sheet</source>
        <translation type="unfinished">서류와 안내표 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="109" />
        <source>About %1 min: about %2 min here to print, about %3 min at the counters (waiting not included).</source>
        <translation type="unfinished">약 %1분: 여기서 인쇄 약 %2분, 창구에서 약 %3분(대기 시간 제외).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="119" />
        <source>%1 procedures at %2 counters. Please go in this order; your forms are printed next.</source>
        <translation type="unfinished">창구 %2곳에서 절차 %1건이 있습니다. 이 순서대로 가 주십시오. 다음에 서류를 인쇄합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="122" />
        <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
        <translation type="unfinished">%1건의 절차는 모두 종합 창구에서 시작됩니다. 다음에 서류를 인쇄합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="132" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished">종합 창구에서 이곳으로 안내합니다. 전문 담당자가 처리합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="141" />
        <source>For: %1</source>
        <translation type="unfinished">대상: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="144" />
        <source>Bring: %1</source>
        <translation type="unfinished">지참물: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="147" />
        <source>Fee: %1</source>
        <translation type="unfinished">수수료: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="150" />
        <source>Deadline: %1</source>
        <translation type="unfinished">기한: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="152" />
        <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
        <translation type="unfinished">창구에서 확인하세요: “모르겠다”고 답하셨기 때문에 필요할 경우를 위해 서식을 인쇄했습니다.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="44" />
        <source>Undo</source>
        <extracomment>How long the undo stays offered.</extracomment>
        <translation type="unfinished">되돌리기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="45" />
        <source>Undo: put the person back</source>
        <translation type="unfinished">되돌리기: 이 분을 다시 추가</translation>
    </message>
</context>
<context>
    <name>WizardCommon</name>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="128" />
        <source>← Back</source>
        <translation type="unfinished">← 뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="130" />
        <source>Back to the previous step</source>
        <translation type="unfinished">이전 단계로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="166" />
        <source>You</source>
        <translation type="unfinished">본인</translation>
    </message>
</context>
</TS>