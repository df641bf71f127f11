<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name>Web</name>
    <message>
      <source>(if any)</source>
      <translation type="unfinished">(있는 경우)</translation>
    </message>
    <message>
      <source>For example 1956 4 1 (Western calendar).</source>
      <translation type="unfinished">예: 1956년 4월 1일이면 1956 4 1(서기).</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished">년(서기)</translation>
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished">월</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">일</translation>
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished">뒤로</translation>
    </message>
    <message>
      <source>Your new address</source>
      <translation type="unfinished">새 주소</translation>
    </message>
    <message>
      <source>Area (大字)</source>
      <translation type="unfinished">지구(大字)</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation type="unfinished">선택하십시오</translation>
    </message>
    <message>
      <source>Lot number (番地)</source>
      <translation type="unfinished">번지(番地)</translation>
    </message>
    <message>
      <source>For example 1234-5.</source>
      <translation type="unfinished">예: 1234-5.</translation>
    </message>
    <message>
      <source>Building and room</source>
      <translation type="unfinished">건물명·호수(方書)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished">다음</translation>
    </message>
    <message>
      <source>Skip to the main content</source>
      <translation type="unfinished">본문으로 이동</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">사전 신청</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">언어</translation>
    </message>
    <message>
      <source>Please check the marked fields.</source>
      <translation type="unfinished">표시된 항목을 확인해 주십시오.</translation>
    </message>
    <message>
      <source>{label}: {message}</source>
      <translation type="unfinished">{label}: {message}</translation>
    </message>
    <message>
      <source>Your QR code</source>
      <translation type="unfinished">나의 QR 코드</translation>
    </message>
    <message>
      <source>At the town hall, choose “I prepared at home” at the kiosk and show this code. Then put your My Number card on the reader.</source>
      <translation type="unfinished">관공서 단말기에서 ‘집에서 미리 입력함’을 선택하고 이 코드를 보여 주십시오. 그다음 마이넘버 카드를 리더기에 올려 주십시오.</translation>
    </message>
    <message>
      <source>QR code with your answers</source>
      <translation type="unfinished">입력 내용이 담긴 QR 코드</translation>
    </message>
    <message>
      <source>Valid until {day}.</source>
      <translation type="unfinished">유효 기간: {day}까지.</translation>
    </message>
    <message>
      <source>Save it or print it, in case this page is closed:</source>
      <translation type="unfinished">이 페이지를 닫아도 사용할 수 있도록 저장하거나 인쇄해 주십시오:</translation>
    </message>
    <message>
      <source>Download the picture (PNG)</source>
      <translation type="unfinished">이미지 저장(PNG)</translation>
    </message>
    <message>
      <source>Download a page to print (PDF)</source>
      <translation type="unfinished">인쇄용 페이지 저장(PDF)</translation>
    </message>
    <message>
      <source>Start again for another event</source>
      <translation type="unfinished">다른 절차를 처음부터 입력</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation type="unfinished">어떤 일이 있었습니까?</translation>
    </message>
    <message>
      <source>Choose the one that fits</source>
      <translation type="unfinished">해당하는 것을 하나 선택하십시오</translation>
    </message>
    <message>
      <source>Add each person once. You then answer the questions once for everyone.</source>
      <translation type="unfinished">한 사람씩 추가해 주십시오. 이후 질문은 전원에 대해 한 번만 답합니다.</translation>
    </message>
    <message>
      <source>People added</source>
      <translation type="unfinished">추가한 분</translation>
    </message>
    <message>
      <source>Passed away</source>
      <translation type="unfinished">돌아가신 분</translation>
    </message>
    <message>
      <source>The baby</source>
      <translation type="unfinished">아기</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished">{name} 님 삭제</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">삭제</translation>
    </message>
    <message>
      <source>Nobody yet.</source>
      <translation type="unfinished">아직 아무도 없습니다.</translation>
    </message>
    <message>
      <source>The person who passed away</source>
      <translation type="unfinished">돌아가신 분</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation type="unfinished">사람 추가</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">이름</translation>
    </message>
    <message>
      <source>Name in katakana (furigana)</source>
      <translation type="unfinished">이름의 가타카나 읽기(フリガナ)</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">생년월일</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="unfinished">성별</translation>
    </message>
    <message>
      <source>Relation to you</source>
      <translation type="unfinished">본인과의 관계</translation>
    </message>
    <message>
      <source>Add this person</source>
      <translation type="unfinished">이분을 추가</translation>
    </message>
    <message>
      <source>When everybody is added, go on. A person typed above is added first.</source>
      <translation type="unfinished">모두 추가했으면 계속하십시오. 위에 입력 중인 분이 먼저 추가됩니다.</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished">다음</translation>
    </message>
    <message>
      <source>Nobody else: continue</source>
      <translation type="unfinished">더 없음(다음)</translation>
    </message>
    <message>
      <source>Question {number} of about {total}</source>
      <translation type="unfinished">질문 {number} / 약 {total}</translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished">수</translation>
    </message>
    <message>
      <source>It differs from person to person</source>
      <translation type="unfinished">사람마다 다름</translation>
    </message>
    <message>
      <source>You will answer for each person in turn.</source>
      <translation type="unfinished">한 사람씩 답합니다.</translation>
    </message>
    <message>
      <source>Please start again</source>
      <translation type="unfinished">처음부터 다시 해 주십시오</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation type="unfinished">처음부터 시작</translation>
    </message>
    <message>
      <source>About you</source>
      <translation type="unfinished">본인에 대해</translation>
    </message>
    <message>
      <source>Write them as they are on your My Number card. The kiosk checks them against the card.</source>
      <translation type="unfinished">마이넘버 카드에 적힌 그대로 입력해 주십시오. 관공서 단말기에서 카드와 대조합니다.</translation>
    </message>
    <message>
      <source>Family name, then given name.</source>
      <translation type="unfinished">성, 이름 순으로.</translation>
    </message>
    <message>
      <source>For example ヤマダ　タロウ.</source>
      <translation type="unfinished">예: ヤマダ　タロウ(히라가나로도 입력할 수 있습니다).</translation>
    </message>
    <message>
      <source>Current address</source>
      <translation type="unfinished">지금 주소</translation>
    </message>
    <message>
      <source>As on your card, with the prefecture.</source>
      <translation type="unfinished">카드에 적힌 대로, 도도부현부터.</translation>
    </message>
    <message>
      <source>Who leaves to form the new household?</source>
      <translation type="unfinished">새 세대로 옮기는 분은 누구입니까?</translation>
    </message>
    <message>
      <source>Mark each person who leaves</source>
      <translation type="unfinished">옮기는 분을 모두 표시해 주십시오</translation>
    </message>
    <message>
      <source>Who is the head of the new household?</source>
      <translation type="unfinished">새 세대의 세대주는 누구입니까?</translation>
    </message>
    <message>
      <source>Prepare your forms at home</source>
      <translation type="unfinished">집에서 신청서 준비하기</translation>
    </message>
    <message>
      <source>Answer a few questions on your phone, at your own pace. At the end you get a QR code.</source>
      <translation type="unfinished">스마트폰으로 천천히 몇 가지 질문에 답해 주십시오. 마지막에 QR 코드가 표시됩니다.</translation>
    </message>
    <message>
      <source>At the town hall, show the QR code at the kiosk and put your My Number card on the reader: your forms are printed, filled in.</source>
      <translation type="unfinished">관공서 단말기에 QR 코드를 보여 주고 마이넘버 카드를 올리면 작성된 신청서가 인쇄됩니다.</translation>
    </message>
    <message>
      <source>Nothing you type is kept on our server. It stays in this page until you close it.</source>
      <translation type="unfinished">입력한 내용은 서버에 저장되지 않습니다. 이 페이지를 닫을 때까지 페이지 안에만 있습니다.</translation>
    </message>
    <message>
      <source>The QR code is valid for a limited time. Bring the people's documents named at the end.</source>
      <translation type="unfinished">QR 코드에는 유효 기간이 있습니다. 마지막에 표시되는 각자의 서류를 가져오십시오.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished">시작</translation>
    </message>
    <message>
      <source>Check and finish</source>
      <translation type="unfinished">확인하고 완료</translation>
    </message>
    <message>
      <source>You</source>
      <translation type="unfinished">본인</translation>
    </message>
    <message>
      <source>New address</source>
      <translation type="unfinished">새 주소</translation>
    </message>
    <message>
      <source>Household</source>
      <translation type="unfinished">세대원</translation>
    </message>
    <message>
      <source>Where to go at the town hall</source>
      <translation type="unfinished">관공서에서 갈 창구</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">, </translation>
    </message>
    <message>
      <source>What to bring</source>
      <translation type="unfinished">지참물</translation>
    </message>
    <message>
      <source>Nothing besides your My Number card.</source>
      <translation type="unfinished">마이넘버 카드 외에 지참물은 없습니다.</translation>
    </message>
    <message>
      <source>Make my QR code</source>
      <translation type="unfinished">QR 코드 만들기</translation>
    </message>
    <message>
      <source>Yes, all of them</source>
      <translation type="unfinished">예(전원)</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">예</translation>
    </message>
    <message>
      <source>No, none of them</source>
      <translation type="unfinished">아니요(전원)</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">아니요</translation>
    </message>
    <message>
      <source>For everyone: {names}</source>
      <translation type="unfinished">전원: {names}</translation>
    </message>
    <message>
      <source>About: {names}</source>
      <translation type="unfinished">대상: {names}</translation>
    </message>
    <message>
      <source>Your household</source>
      <translation type="unfinished">세대원</translation>
    </message>
    <message>
      <source>A question</source>
      <translation type="unfinished">질문</translation>
    </message>
    <message>
      <source>Who leaves the household?</source>
      <translation type="unfinished">세대에서 나가는 분은?</translation>
    </message>
    <message>
      <source>Please fill this in.</source>
      <translation type="unfinished">입력해 주십시오.</translation>
    </message>
    <message>
      <source>This is too long. Please shorten it.</source>
      <translation type="unfinished">너무 깁니다. 짧게 해 주십시오.</translation>
    </message>
    <message>
      <source>Please write the reading in katakana (or hiragana).</source>
      <translation type="unfinished">읽는 법은 가타카나(또는 히라가나)로 입력해 주십시오.</translation>
    </message>
    <message>
      <source>This date does not exist. Please check the year, month and day.</source>
      <translation type="unfinished">없는 날짜입니다. 연·월·일을 확인해 주십시오.</translation>
    </message>
    <message>
      <source>This date is in the future. Please check it.</source>
      <translation type="unfinished">미래의 날짜입니다. 확인해 주십시오.</translation>
    </message>
    <message>
      <source>Please write the year in full, for example 1956.</source>
      <translation type="unfinished">연도를 모두 입력해 주십시오(예: 1956).</translation>
    </message>
    <message>
      <source>Please choose one.</source>
      <translation type="unfinished">하나를 선택해 주십시오.</translation>
    </message>
    <message>
      <source>Please add the person who passed away first.</source>
      <translation type="unfinished">먼저 돌아가신 분을 추가해 주십시오.</translation>
    </message>
    <message>
      <source>Please add the baby first.</source>
      <translation type="unfinished">먼저 아기를 추가해 주십시오.</translation>
    </message>
    <message>
      <source>Please mark who leaves (not everybody), and choose the head among them.</source>
      <translation type="unfinished">옮기는 분을 표시하고(전원은 안 됨) 그중에서 세대주를 선택해 주십시오.</translation>
    </message>
    <message>
      <source>This page could not be continued: it was changed, or made by another server. Please start again.</source>
      <translation type="unfinished">이 페이지를 계속할 수 없습니다. 내용이 변경되었거나 다른 서버에서 만든 페이지입니다. 처음부터 다시 해 주십시오.</translation>
    </message>
    <message>
      <source>Something went wrong on our side. Please start again; we are sorry.</source>
      <translation type="unfinished">저희 쪽에 문제가 발생했습니다. 죄송하지만 처음부터 다시 해 주십시오.</translation>
    </message>
    <message>
      <source>The page was sent incomplete. Please try again.</source>
      <translation type="unfinished">페이지가 끝까지 전송되지 않았습니다. 다시 시도해 주십시오.</translation>
    </message>
    <message>
      <source>Your answers are too many for one QR code. Please fill in the rest at the kiosk, or ask the staff.</source>
      <translation type="unfinished">입력 내용이 너무 많아 하나의 QR 코드에 들어가지 않습니다. 나머지는 관공서 단말기에서 입력하거나 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
      <source>This person is not added yet. Complete the marked fields and add them, or continue without this person.</source>
      <translation type="unfinished">이분은 아직 추가되지 않았습니다. 표시된 항목을 입력하고 추가하거나, 이분 없이 계속하십시오.</translation>
    </message>
    <message>
      <source>Continue without this person</source>
      <translation type="unfinished">이분 없이 계속</translation>
    </message>
  </context>
</TS>
