<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>Web</name>
    <message>
      <source>(if any)</source>
      <translation type="unfinished">(nếu có)</translation>
    </message>
    <message>
      <source>For example 1956 4 1 (Western calendar).</source>
      <translation type="unfinished">Ví dụ: 1956 4 1 (dương lịch).</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished">Năm (dương lịch)</translation>
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished">Tháng</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">Ngày</translation>
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished">Quay lại</translation>
    </message>
    <message>
      <source>Your new address</source>
      <translation type="unfinished">Địa chỉ mới của bạn</translation>
    </message>
    <message>
      <source>Area (大字)</source>
      <translation type="unfinished">Khu vực (大字)</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation type="unfinished">Chọn</translation>
    </message>
    <message>
      <source>Lot number (番地)</source>
      <translation type="unfinished">Số nhà (番地)</translation>
    </message>
    <message>
      <source>For example 1234-5.</source>
      <translation type="unfinished">Ví dụ: 1234-5.</translation>
    </message>
    <message>
      <source>Building and room</source>
      <translation type="unfinished">Tòa nhà và số phòng</translation>
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished">Tiếp</translation>
    </message>
    <message>
      <source>Skip to the main content</source>
      <translation type="unfinished">Chuyển đến nội dung chính</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">Đăng ký trước</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
      <source>Please check the marked fields.</source>
      <translation type="unfinished">Vui lòng kiểm tra các mục được đánh dấu.</translation>
    </message>
    <message>
      <source>{label}: {message}</source>
      <translation type="unfinished">{label}: {message}</translation>
    </message>
    <message>
      <source>Your QR code</source>
      <translation type="unfinished">Mã QR của bạn</translation>
    </message>
    <message>
      <source>At the town hall, choose “I prepared at home” at the kiosk and show this code. Then put your My Number card on the reader.</source>
      <translation type="unfinished">Tại tòa thị chính, chọn “Tôi đã trả lời ở nhà” trên máy và đưa mã này. Sau đó đặt thẻ My Number (マイナンバーカード) lên đầu đọc.</translation>
    </message>
    <message>
      <source>QR code with your answers</source>
      <translation type="unfinished">Mã QR chứa câu trả lời của bạn</translation>
    </message>
    <message>
      <source>Valid until {day}.</source>
      <translation type="unfinished">Có hiệu lực đến {day}.</translation>
    </message>
    <message>
      <source>Save it or print it, in case this page is closed:</source>
      <translation type="unfinished">Hãy lưu hoặc in ra, phòng khi trang này bị đóng:</translation>
    </message>
    <message>
      <source>Download the picture (PNG)</source>
      <translation type="unfinished">Tải hình ảnh (PNG)</translation>
    </message>
    <message>
      <source>Download a page to print (PDF)</source>
      <translation type="unfinished">Tải trang để in (PDF)</translation>
    </message>
    <message>
      <source>Start again for another event</source>
      <translation type="unfinished">Làm lại cho một thủ tục khác</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation type="unfinished">Chuyện gì đã xảy ra?</translation>
    </message>
    <message>
      <source>Choose the one that fits</source>
      <translation type="unfinished">Chọn mục phù hợp</translation>
    </message>
    <message>
      <source>Add each person once. You then answer the questions once for everyone.</source>
      <translation type="unfinished">Thêm mỗi người một lần. Sau đó bạn chỉ trả lời câu hỏi một lần cho tất cả.</translation>
    </message>
    <message>
      <source>People added</source>
      <translation type="unfinished">Những người đã thêm</translation>
    </message>
    <message>
      <source>Passed away</source>
      <translation type="unfinished">Người đã mất</translation>
    </message>
    <message>
      <source>The baby</source>
      <translation type="unfinished">Em bé</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished">Xóa {name}</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">Xóa</translation>
    </message>
    <message>
      <source>Nobody yet.</source>
      <translation type="unfinished">Chưa có ai.</translation>
    </message>
    <message>
      <source>The person who passed away</source>
      <translation type="unfinished">Người đã mất</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation type="unfinished">Thêm một người</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Họ tên</translation>
    </message>
    <message>
      <source>Name in katakana (furigana)</source>
      <translation type="unfinished">Họ tên bằng katakana (furigana)</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">Ngày sinh</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="unfinished">Giới tính</translation>
    </message>
    <message>
      <source>Relation to you</source>
      <translation type="unfinished">Quan hệ với bạn</translation>
    </message>
    <message>
      <source>Add this person</source>
      <translation type="unfinished">Thêm người này</translation>
    </message>
    <message>
      <source>When everybody is added, go on. A person typed above is added first.</source>
      <translation type="unfinished">Khi đã thêm mọi người, hãy tiếp tục. Người đang nhập ở trên sẽ được thêm trước.</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished">Tiếp tục</translation>
    </message>
    <message>
      <source>Nobody else: continue</source>
      <translation type="unfinished">Không còn ai: tiếp tục</translation>
    </message>
    <message>
      <source>Question {number} of about {total}</source>
      <translation type="unfinished">Câu hỏi {number} / khoảng {total}</translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished">Số lượng</translation>
    </message>
    <message>
      <source>It differs from person to person</source>
      <translation type="unfinished">Tùy từng người</translation>
    </message>
    <message>
      <source>You will answer for each person in turn.</source>
      <translation type="unfinished">Bạn sẽ trả lời cho từng người.</translation>
    </message>
    <message>
      <source>Please start again</source>
      <translation type="unfinished">Vui lòng làm lại từ đầu</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation type="unfinished">Làm lại từ đầu</translation>
    </message>
    <message>
      <source>About you</source>
      <translation type="unfinished">Về bạn</translation>
    </message>
    <message>
      <source>Write them as they are on your My Number card. The kiosk checks them against the card.</source>
      <translation type="unfinished">Hãy ghi đúng như trên thẻ My Number. Máy sẽ đối chiếu với thẻ.</translation>
    </message>
    <message>
      <source>Family name, then given name.</source>
      <translation type="unfinished">Họ trước, tên sau.</translation>
    </message>
    <message>
      <source>For example ヤマダ　タロウ.</source>
      <translation type="unfinished">Ví dụ ヤマダ　タロウ.</translation>
    </message>
    <message>
      <source>Current address</source>
      <translation type="unfinished">Địa chỉ hiện tại</translation>
    </message>
    <message>
      <source>As on your card, with the prefecture.</source>
      <translation type="unfinished">Như trên thẻ, ghi cả tỉnh.</translation>
    </message>
    <message>
      <source>Who leaves to form the new household?</source>
      <translation type="unfinished">Ai rời đi để lập hộ mới?</translation>
    </message>
    <message>
      <source>Mark each person who leaves</source>
      <translation type="unfinished">Đánh dấu từng người rời đi</translation>
    </message>
    <message>
      <source>Who is the head of the new household?</source>
      <translation type="unfinished">Ai là chủ hộ của hộ mới?</translation>
    </message>
    <message>
      <source>Prepare your forms at home</source>
      <translation type="unfinished">Chuẩn bị giấy tờ ở nhà</translation>
    </message>
    <message>
      <source>Answer a few questions on your phone, at your own pace. At the end you get a QR code.</source>
      <translation type="unfinished">Trả lời vài câu hỏi trên điện thoại, theo tốc độ của bạn. Cuối cùng bạn sẽ nhận được mã QR.</translation>
    </message>
    <message>
      <source>At the town hall, show the QR code at the kiosk and put your My Number card on the reader: your forms are printed, filled in.</source>
      <translation type="unfinished">Tại tòa thị chính, đưa mã QR vào máy và đặt thẻ My Number lên đầu đọc: giấy tờ sẽ được in ra, đã điền sẵn.</translation>
    </message>
    <message>
      <source>Nothing you type is kept on our server. It stays in this page until you close it.</source>
      <translation type="unfinished">Không có gì bạn nhập được lưu trên máy chủ. Dữ liệu chỉ nằm trong trang này cho đến khi bạn đóng nó.</translation>
    </message>
    <message>
      <source>The QR code is valid for a limited time. Bring the people's documents named at the end.</source>
      <translation type="unfinished">Mã QR chỉ có hiệu lực trong thời gian giới hạn. Hãy mang theo giấy tờ của mọi người được ghi ở cuối.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished">Bắt đầu</translation>
    </message>
    <message>
      <source>Check and finish</source>
      <translation type="unfinished">Kiểm tra và hoàn tất</translation>
    </message>
    <message>
      <source>You</source>
      <translation type="unfinished">Bạn</translation>
    </message>
    <message>
      <source>New address</source>
      <translation type="unfinished">Địa chỉ mới</translation>
    </message>
    <message>
      <source>Household</source>
      <translation type="unfinished">Hộ gia đình</translation>
    </message>
    <message>
      <source>Where to go at the town hall</source>
      <translation type="unfinished">Nơi cần đến tại tòa thị chính</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>What to bring</source>
      <translation type="unfinished">Cần mang theo</translation>
    </message>
    <message>
      <source>Nothing besides your My Number card.</source>
      <translation type="unfinished">Không cần gì ngoài thẻ My Number.</translation>
    </message>
    <message>
      <source>Make my QR code</source>
      <translation type="unfinished">Tạo mã QR</translation>
    </message>
    <message>
      <source>Yes, all of them</source>
      <translation type="unfinished">Có, tất cả</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Có</translation>
    </message>
    <message>
      <source>No, none of them</source>
      <translation type="unfinished">Không, không ai cả</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">Không</translation>
    </message>
    <message>
      <source>For everyone: {names}</source>
      <translation type="unfinished">Cho tất cả: {names}</translation>
    </message>
    <message>
      <source>About: {names}</source>
      <translation type="unfinished">Về: {names}</translation>
    </message>
    <message>
      <source>Your household</source>
      <translation type="unfinished">Hộ gia đình của bạn</translation>
    </message>
    <message>
      <source>A question</source>
      <translation type="unfinished">Một câu hỏi</translation>
    </message>
    <message>
      <source>Who leaves the household?</source>
      <translation type="unfinished">Ai rời khỏi hộ?</translation>
    </message>
    <message>
      <source>Please fill this in.</source>
      <translation type="unfinished">Vui lòng điền mục này.</translation>
    </message>
    <message>
      <source>This is too long. Please shorten it.</source>
      <translation type="unfinished">Quá dài. Vui lòng rút ngắn.</translation>
    </message>
    <message>
      <source>Please write the reading in katakana (or hiragana).</source>
      <translation type="unfinished">Vui lòng viết cách đọc bằng katakana (hoặc hiragana).</translation>
    </message>
    <message>
      <source>This date does not exist. Please check the year, month and day.</source>
      <translation type="unfinished">Ngày này không tồn tại. Vui lòng kiểm tra năm, tháng và ngày.</translation>
    </message>
    <message>
      <source>This date is in the future. Please check it.</source>
      <translation type="unfinished">Ngày này ở tương lai. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
      <source>Please write the year in full, for example 1956.</source>
      <translation type="unfinished">Vui lòng ghi đủ năm, ví dụ 1956.</translation>
    </message>
    <message>
      <source>Please choose one.</source>
      <translation type="unfinished">Vui lòng chọn một mục.</translation>
    </message>
    <message>
      <source>Please add the person who passed away first.</source>
      <translation type="unfinished">Vui lòng thêm người đã mất trước.</translation>
    </message>
    <message>
      <source>Please add the baby first.</source>
      <translation type="unfinished">Vui lòng thêm em bé trước.</translation>
    </message>
    <message>
      <source>Please mark who leaves (not everybody), and choose the head among them.</source>
      <translation type="unfinished">Vui lòng đánh dấu người rời đi (không phải tất cả), và chọn chủ hộ trong số họ.</translation>
    </message>
    <message>
      <source>This page could not be continued: it was changed, or made by another server. Please start again.</source>
      <translation type="unfinished">Không thể tiếp tục trang này: trang đã bị thay đổi, hoặc do máy chủ khác tạo. Vui lòng làm lại từ đầu.</translation>
    </message>
    <message>
      <source>Something went wrong on our side. Please start again; we are sorry.</source>
      <translation type="unfinished">Đã xảy ra lỗi từ phía chúng tôi. Vui lòng làm lại từ đầu; chúng tôi rất xin lỗi.</translation>
    </message>
    <message>
      <source>The page was sent incomplete. Please try again.</source>
      <translation type="unfinished">Trang được gửi chưa đầy đủ. Vui lòng thử lại.</translation>
    </message>
    <message>
      <source>Your answers are too many for one QR code. Please fill in the rest at the kiosk, or ask the staff.</source>
      <translation type="unfinished">Câu trả lời quá nhiều cho một mã QR. Vui lòng điền phần còn lại tại máy, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
      <source>This person is not added yet. Complete the marked fields and add them, or continue without this person.</source>
      <translation type="unfinished">Người này chưa được thêm. Hãy điền các mục được đánh dấu và thêm, hoặc tiếp tục không có người này.</translation>
    </message>
    <message>
      <source>Continue without this person</source>
      <translation type="unfinished">Tiếp tục không có người này</translation>
    </message>
  </context>
</TS>
