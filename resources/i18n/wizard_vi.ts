<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>FuriganaScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="96" />
        <source>How is your name read?</source>
        <extracomment>The provenance key of the resident's reading (``ResidentSession.provenance``).</extracomment>
        <translation type="unfinished">Tên bạn đọc như thế nào?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="98" />
        <source>Yes, that is right</source>
        <translation type="unfinished">Có, đúng rồi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="99" />
        <source>No, let me correct it</source>
        <translation type="unfinished">Không, để tôi sửa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="138" />
        <source>Your card does not hold the reading (フリガナ). Please check our guess.</source>
        <translation type="unfinished">Thẻ không có cách đọc tên (フリガナ). Vui lòng kiểm tra cách đọc chúng tôi đoán.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="141" />
        <source>Type how %1 is read, in katakana, then tap OK.</source>
        <translation type="unfinished">Nhập cách đọc của %1 bằng katakana, rồi chạm OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="143" />
        <source>Correct the reading of your name, then tap OK.</source>
        <translation type="unfinished">Sửa cách đọc tên, rồi nhấn OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/furigana.py" line="168" />
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished">Vui lòng nhập cách đọc bằng các phím ở trên.</translation>
    </message>
</context>
<context>
    <name>HouseholdScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="214" />
        <source>The person who passed away</source>
        <extracomment>The notices are one sentence across the screen (the kiosk is 1280 px wide). Room for at least one member's row, whatever the text size.</extracomment>
        <translation type="unfinished">Người đã mất</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="215" />
        <source>The baby</source>
        <translation type="unfinished">Em bé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="216" />
        <location filename="../../kiosk/ui/screens/household.py" line="217" />
        <source>A person in your household</source>
        <translation type="unfinished">Người nhà</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="269" />
        <source>Leave %1 out?</source>
        <translation type="unfinished">Bỏ %1 ra?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="270" />
        <source>They stay in the town's record. They are only left out of today's forms.</source>
        <translation type="unfinished">Người này vẫn còn trong hồ sơ của thị trấn. Chỉ bỏ ra khỏi giấy tờ hôm nay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <source>Yes, leave them out</source>
        <translation type="unfinished">Có, bỏ ra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="272" />
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>No, keep them</source>
        <translation type="unfinished">Không, giữ lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="276" />
        <source>Remove %1?</source>
        <translation type="unfinished">Xóa %1?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="277" />
        <source>What you entered for this person is deleted from today's visit.</source>
        <translation type="unfinished">Thông tin bạn đã nhập cho người này sẽ bị xóa khỏi lần đến hôm nay.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="278" />
        <source>Yes, remove</source>
        <translation type="unfinished">Có, xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="287" />
        <source>%1 was removed.</source>
        <translation type="unfinished">Đã xóa %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="318" />
        <source>Who else is concerned?</source>
        <translation type="unfinished">Còn ai liên quan nữa?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="322" />
        <source>Tap the person who passed away.</source>
        <translation type="unfinished">Nhấn vào người đã mất.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="325" />
        <source>The people of your moving-in notice made online (転入予約). Is it right?</source>
        <translation type="unfinished">Những người trong đăng ký chuyển đến trực tuyến (転入予約). Có đúng không?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="328" />
        <source>The people in the town's record. Is it right?</source>
        <translation type="unfinished">Những người trong hồ sơ của thị trấn. Có đúng không?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="331" />
        <source>Add each person once. You then answer the questions once for everyone.</source>
        <translation type="unfinished">Thêm mỗi người một lần. Sau đó bạn chỉ trả lời câu hỏi một lần cho tất cả.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="332" />
        <source>Checking the town's records…</source>
        <translation type="unfinished">Đang kiểm tra hồ sơ của thị trấn…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="342" />
        <source>+ Add the person who passed away</source>
        <translation type="unfinished">+ Thêm người đã mất</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="344" />
        <source>+ Add the baby</source>
        <translation type="unfinished">+ Thêm em bé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="346" />
        <source>+ Add a person</source>
        <translation type="unfinished">+ Thêm một người</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="353" />
        <source>Continue with these people</source>
        <translation type="unfinished">Tiếp tục với những người này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Continue</source>
        <translation type="unfinished">Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household.py" line="354" />
        <source>Nobody else: continue</source>
        <translation type="unfinished">Không còn ai: tiếp tục</translation>
    </message>
</context>
<context>
    <name>HouseholdSplitScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="132" />
        <source>Who leaves to form the new household?</source>
        <translation type="unfinished">Ai rời đi để lập hộ mới?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="135" />
        <source>Splitting a household needs two people or more. Go back and add the people who live with you.</source>
        <translation type="unfinished">Tách hộ cần từ hai người trở lên. Hãy quay lại và thêm những người sống cùng bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="139" />
        <source>Tap each person who leaves. Tap again to undo. Somebody must stay.</source>
        <translation type="unfinished">Nhấn vào từng người rời đi. Nhấn lần nữa để hủy. Phải có người ở lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="144" />
        <source>Leaves: in the new household</source>
        <translation type="unfinished">Rời đi: vào hộ mới</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="145" />
        <source>Stays in the present household</source>
        <translation type="unfinished">Ở lại hộ hiện tại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="149" />
        <source>%1 leaves. Tap to undo.</source>
        <translation type="unfinished">%1 rời đi. Nhấn để hủy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="150" />
        <source>%1 stays. Tap if they leave.</source>
        <translation type="unfinished">%1 ở lại. Nhấn nếu người này rời đi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="154" />
        <source>Continue</source>
        <translation type="unfinished">Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="156" />
        <source>Continue with the people marked as leaving</source>
        <translation type="unfinished">Tiếp tục với những người được đánh dấu rời đi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="159" />
        <source>Who is the head of the new household?</source>
        <translation type="unfinished">Ai là chủ hộ của hộ mới?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="160" />
        <source>Tap the person who heads the new household.</source>
        <translation type="unfinished">Nhấn vào người làm chủ hộ mới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="165" />
        <source>Tap to make this person the head</source>
        <translation type="unfinished">Nhấn để chọn người này làm chủ hộ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/household_split.py" line="166" />
        <source>%1 heads the new household</source>
        <translation type="unfinished">%1 là chủ hộ mới</translation>
    </message>
</context>
<context>
    <name>LifeEventScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="60" />
        <source>What brings you here today?</source>
        <translation type="unfinished">Hôm nay bạn đến làm thủ tục gì?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/life_event.py" line="61" />
        <source>Tap one. If several apply, start with the first one; staff will help with the rest.</source>
        <translation type="unfinished">Chọn một mục. Nếu có nhiều mục, hãy bắt đầu với mục đầu tiên; nhân viên sẽ giúp phần còn lại.</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116" />
        <source>Enter my details here</source>
        <translation type="unfinished">Tự nhập thông tin tại đây</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="117" />
        <source>Name (in katakana, or as on your residence card), date of birth, sex and address: about two minutes.</source>
        <translation type="unfinished">Họ tên (bằng katakana, hoặc như trên thẻ cư trú), ngày sinh, giới tính và địa chỉ: khoảng hai phút.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="119" />
        <source>Ask staff to help me</source>
        <translation type="unfinished">Nhờ nhân viên giúp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="120" />
        <source>A member of staff comes to the kiosk and enters the details with you.</source>
        <translation type="unfinished">Nhân viên sẽ đến máy và cùng bạn nhập thông tin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="122" />
        <source>Choose your area from a list.</source>
        <translation type="unfinished">Chọn khu vực của bạn từ danh sách.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="123" />
        <source>Somewhere else</source>
        <translation type="unfinished">Nơi khác</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="124" />
        <source>Type the address in katakana and numbers; staff check it at the counter.</source>
        <translation type="unfinished">Nhập địa chỉ bằng katakana và chữ số; nhân viên sẽ kiểm tra tại quầy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="152" />
        <source>You</source>
        <translation type="unfinished">Bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your details</source>
        <translation type="unfinished">Thông tin của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="216" />
        <source>Your house number (番地), e.g. 1234-5</source>
        <translation type="unfinished">Số nhà (番地), ví dụ 1234-5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="217" />
        <source>Your address: prefecture, town and number, in katakana</source>
        <translation type="unfinished">Địa chỉ: tỉnh, thành phố và số nhà, bằng katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="218" />
        <source>Where do you live now?</source>
        <translation type="unfinished">Hiện bạn sống ở đâu?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="220" />
        <source>Without a card we ask a few details. Staff check them with an identity document at the counter.</source>
        <translation type="unfinished">Không có thẻ, chúng tôi cần hỏi vài thông tin. Nhân viên sẽ đối chiếu với giấy tờ tùy thân tại quầy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="223" />
        <source>Your address today, as on your residence record.</source>
        <translation type="unfinished">Địa chỉ hiện tại, như trong phiếu cư trú (住民票).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="224" />
        <source>Tap the name of your area.</source>
        <translation type="unfinished">Nhấn vào tên khu vực của bạn.</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="138" />
        <source>Male</source>
        <extracomment>Every page, in order; "reading" is shown only after a Latin name.</extracomment>
        <translation type="unfinished">Nam</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="139" />
        <source>Female</source>
        <translation type="unfinished">Nữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="223" />
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="215" />
        <source>How is this person related to you?</source>
        <translation type="unfinished">Người này là gì của bạn?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="216" />
        <source>Name as on the residence card (在留カード)</source>
        <translation type="unfinished">Họ tên như trên thẻ cư trú (在留カード)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="218" />
        <source>Name, in katakana (staff add the kanji at the counter)</source>
        <translation type="unfinished">Họ tên bằng katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="219" />
        <source>Reading of %1, in katakana</source>
        <translation type="unfinished">Cách đọc của %1, bằng katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="220" />
        <source>Date of birth: choose the era, then type the numbers</source>
        <translation type="unfinished">Ngày sinh: chọn niên hiệu rồi nhập số</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="221" />
        <source>Sex</source>
        <translation type="unfinished">Giới tính</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="235" />
        <source>Please type the name with the keys above.</source>
        <translation type="unfinished">Vui lòng nhập họ tên bằng các phím ở trên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="244" />
        <source>Please type the name as on your residence card, A to Z.</source>
        <translation type="unfinished">Xin hãy nhập họ tên như trên thẻ cư trú, bằng chữ A đến Z.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_editor.py" line="257" />
        <source>Please type the reading with the keys above.</source>
        <translation type="unfinished">Vui lòng nhập cách đọc bằng các phím ở trên.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="45" />
        <source>(passed away)</source>
        <extracomment>Names up to this many characters keep the details beside them in one column.</extracomment>
        <translation type="unfinished">(đã mất)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="57" />
        <source>This person passed away</source>
        <translation type="unfinished">Người này đã mất</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="58" />
        <source>%1 passed away</source>
        <translation type="unfinished">%1 đã mất</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="67" />
        <source>Remove</source>
        <translation type="unfinished">Xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="68" />
        <source>Remove %1</source>
        <translation type="unfinished">Xóa %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="74" />
        <source>Edit</source>
        <translation type="unfinished">Sửa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/member_row.py" line="75" />
        <source>Edit %1</source>
        <translation type="unfinished">Sửa %1</translation>
    </message>
</context>
<context>
    <name>NameKeys</name>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="69" />
        <source>Type the name in katakana</source>
        <extracomment>the key that opens the Latin keyboard (on the kana one), and the way back</extracomment>
        <translation type="unfinished">Nhập họ tên bằng katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/name_keys.py" line="71" />
        <source>Type the name in Latin letters, as on the residence card</source>
        <translation type="unfinished">Nhập họ tên bằng chữ Latinh, như trên thẻ cư trú</translation>
    </message>
</context>
<context>
    <name>NewAddressScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="106" />
        <source>No building or room</source>
        <extracomment>The pages, in the stack's order (the confirmation was added last, shown first).</extracomment>
        <translation type="unfinished">Không có tòa nhà/phòng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="107" />
        <source>No building or room: finish the address</source>
        <translation type="unfinished">Không có tòa nhà hay phòng: hoàn tất địa chỉ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="108" />
        <source>Delete one character</source>
        <translation type="unfinished">Xóa một ký tự</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="109" />
        <source>Yes, this is my new address</source>
        <translation type="unfinished">Đúng, đây là địa chỉ mới</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="110" />
        <source>No, choose another address</source>
        <translation type="unfinished">Không, chọn địa chỉ khác</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="223" />
        <source>Your new address: which area (大字)?</source>
        <translation type="unfinished">Địa chỉ mới: khu vực nào (大字)?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="224" />
        <source>Type the house number (番地), e.g. 1234-5</source>
        <translation type="unfinished">Nhập số nhà (番地), ví dụ 1234-5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="225" />
        <source>Building and room (方書), if any</source>
        <translation type="unfinished">Tòa nhà và phòng (方書), nếu có</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="226" />
        <source>Is this your new address?</source>
        <translation type="unfinished">Đây có phải địa chỉ mới của bạn?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="229" />
        <source>Tap the name of the area. The reading is under each name.</source>
        <translation type="unfinished">Nhấn vào tên khu vực. Cách đọc ghi dưới mỗi tên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="230" />
        <source>Use “-” between numbers, e.g. 1234-5. Tap OK when done.</source>
        <translation type="unfinished">Dùng “-” giữa các số, ví dụ 1234-5. Nhấn OK khi xong.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="231" />
        <source>Type the building name and room number, or tap “No building or room”.</source>
        <translation type="unfinished">Nhập tên tòa nhà và số phòng, hoặc nhấn “Không có tòa nhà/phòng”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="232" />
        <source>This is the address of your moving-in notice made online (転入予約).</source>
        <translation type="unfinished">Đây là địa chỉ trong đăng ký chuyển đến trực tuyến (転入予約).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/new_address.py" line="245" />
        <source>The new address so far</source>
        <translation type="unfinished">Địa chỉ mới đến giờ</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="80" />
        <source>Progress through the questions</source>
        <translation type="unfinished">Tiến độ trả lời câu hỏi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="151" />
        <source>Question %1 of about %2</source>
        <translation type="unfinished">Câu hỏi %1 / khoảng %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="155" />
        <source>%1 of about %2</source>
        <translation type="unfinished">%1 / khoảng %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="163" />
        <source>Explanation</source>
        <translation type="unfinished">Giải thích</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes, all of them</source>
        <translation type="unfinished">Có, tất cả</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="169" />
        <source>Yes</source>
        <translation type="unfinished">Có</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No, none of them</source>
        <translation type="unfinished">Không, không ai cả</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="170" />
        <source>No</source>
        <translation type="unfinished">Không</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="184" />
        <source>It differs from person to person</source>
        <translation type="unfinished">Tùy từng người</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="185" />
        <source>You will answer for each person in turn.</source>
        <translation type="unfinished">Bạn sẽ trả lời cho từng người.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="199" />
        <source>For everyone: %1</source>
        <translation type="unfinished">Cho tất cả: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/questions.py" line="200" />
        <source>About: %1</source>
        <translation type="unfinished">Về: %1</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="66" />
        <source>Your procedures today</source>
        <translation type="unfinished">Thủ tục của bạn hôm nay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="67" />
        <source>Print my forms</source>
        <translation type="unfinished">In giấy tờ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="68" />
        <source>Print my forms and the guide sheet</source>
        <translation type="unfinished">In giấy tờ và phiếu hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="109" />
        <source>About %1 min: about %2 min here to print, about %3 min at the counters (waiting not included).</source>
        <translation type="unfinished">Khoảng %1 phút: khoảng %2 phút ở đây để in, khoảng %3 phút tại các quầy (chưa tính thời gian chờ).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="119" />
        <source>%1 procedures at %2 counters. Please go in this order; your forms are printed next.</source>
        <translation type="unfinished">%1 thủ tục tại %2 quầy. Vui lòng đi theo thứ tự này; tiếp theo sẽ in giấy tờ của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="122" />
        <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
        <translation type="unfinished">%1 thủ tục, tất cả bắt đầu tại quầy tổng hợp; tiếp theo sẽ in giấy tờ của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="132" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished">Quầy tổng hợp hướng dẫn bạn đến đây: nhân viên chuyên trách sẽ làm các thủ tục này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="141" />
        <source>For: %1</source>
        <translation type="unfinished">Cho: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="144" />
        <source>Bring: %1</source>
        <translation type="unfinished">Mang theo: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="147" />
        <source>Fee: %1</source>
        <translation type="unfinished">Lệ phí: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="150" />
        <source>Deadline: %1</source>
        <translation type="unfinished">Thời hạn: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/summary.py" line="152" />
        <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
        <translation type="unfinished">Hãy hỏi tại quầy: bạn đã trả lời “Tôi không biết”, nên mẫu đơn được in phòng khi cần.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="44" />
        <source>Undo</source>
        <extracomment>How long the undo stays offered.</extracomment>
        <translation type="unfinished">Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/undo_bar.py" line="45" />
        <source>Undo: put the person back</source>
        <translation type="unfinished">Hoàn tác: thêm lại người này</translation>
    </message>
</context>
<context>
    <name>WizardCommon</name>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="128" />
        <source>← Back</source>
        <translation type="unfinished">← Quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="130" />
        <source>Back to the previous step</source>
        <translation type="unfinished">Quay lại bước trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wizard/common.py" line="166" />
        <source>You</source>
        <translation type="unfinished">Bạn</translation>
    </message>
</context>
</TS>