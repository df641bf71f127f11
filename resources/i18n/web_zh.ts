<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>Web</name>
    <message>
      <source>(if any)</source>
      <translation type="unfinished">（如有）</translation>
    </message>
    <message>
      <source>For example 1956 4 1 (Western calendar).</source>
      <translation type="unfinished">例如1956年4月1日，请输入 1956 4 1（公历）。</translation>
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished">年（公历）</translation>
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished">月</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">日</translation>
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished">返回</translation>
    </message>
    <message>
      <source>Your new address</source>
      <translation type="unfinished">您的新地址</translation>
    </message>
    <message>
      <source>Area (大字)</source>
      <translation type="unfinished">地区（大字）</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation type="unfinished">请选择</translation>
    </message>
    <message>
      <source>Lot number (番地)</source>
      <translation type="unfinished">门牌号（番地）</translation>
    </message>
    <message>
      <source>For example 1234-5.</source>
      <translation type="unfinished">例如 1234-5。</translation>
    </message>
    <message>
      <source>Building and room</source>
      <translation type="unfinished">建筑名・房间号（方書）</translation>
    </message>
    <message>
      <source>Next</source>
      <translation type="unfinished">下一步</translation>
    </message>
    <message>
      <source>Skip to the main content</source>
      <translation type="unfinished">跳到正文</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">事先申请</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">语言</translation>
    </message>
    <message>
      <source>Please check the marked fields.</source>
      <translation type="unfinished">请确认标有记号的项目。</translation>
    </message>
    <message>
      <source>{label}: {message}</source>
      <translation type="unfinished">{label}：{message}</translation>
    </message>
    <message>
      <source>Your QR code</source>
      <translation type="unfinished">您的二维码</translation>
    </message>
    <message>
      <source>At the town hall, choose “I prepared at home” at the kiosk and show this code. Then put your My Number card on the reader.</source>
      <translation type="unfinished">在町政府的终端上选择“已在家中填写”，出示此二维码。然后将个人编号卡放在读卡器上。</translation>
    </message>
    <message>
      <source>QR code with your answers</source>
      <translation type="unfinished">包含您回答内容的二维码</translation>
    </message>
    <message>
      <source>Valid until {day}.</source>
      <translation type="unfinished">有效期至{day}。</translation>
    </message>
    <message>
      <source>Save it or print it, in case this page is closed:</source>
      <translation type="unfinished">为防止关闭此页面后无法使用，请保存或打印：</translation>
    </message>
    <message>
      <source>Download the picture (PNG)</source>
      <translation type="unfinished">下载图片（PNG）</translation>
    </message>
    <message>
      <source>Download a page to print (PDF)</source>
      <translation type="unfinished">下载打印用页面（PDF）</translation>
    </message>
    <message>
      <source>Start again for another event</source>
      <translation type="unfinished">为其他手续重新开始</translation>
    </message>
    <message>
      <source>What happened?</source>
      <translation type="unfinished">是什么事情？</translation>
    </message>
    <message>
      <source>Choose the one that fits</source>
      <translation type="unfinished">请选择符合的一项</translation>
    </message>
    <message>
      <source>Add each person once. You then answer the questions once for everyone.</source>
      <translation type="unfinished">请逐一添加每个人。之后的问题只需为全员回答一次。</translation>
    </message>
    <message>
      <source>People added</source>
      <translation type="unfinished">已添加的人</translation>
    </message>
    <message>
      <source>Passed away</source>
      <translation type="unfinished">已去世</translation>
    </message>
    <message>
      <source>The baby</source>
      <translation type="unfinished">婴儿</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation type="unfinished">删除{name}</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">删除</translation>
    </message>
    <message>
      <source>Nobody yet.</source>
      <translation type="unfinished">还没有人。</translation>
    </message>
    <message>
      <source>The person who passed away</source>
      <translation type="unfinished">去世的人</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation type="unfinished">添加人员</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">姓名</translation>
    </message>
    <message>
      <source>Name in katakana (furigana)</source>
      <translation type="unfinished">姓名的片假名读音（フリガナ）</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">出生日期</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation type="unfinished">性别</translation>
    </message>
    <message>
      <source>Relation to you</source>
      <translation type="unfinished">与您的关系</translation>
    </message>
    <message>
      <source>Add this person</source>
      <translation type="unfinished">添加此人</translation>
    </message>
    <message>
      <source>When everybody is added, go on. A person typed above is added first.</source>
      <translation type="unfinished">全员添加后请继续。上面正在输入的人会先被添加。</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished">下一步</translation>
    </message>
    <message>
      <source>Nobody else: continue</source>
      <translation type="unfinished">没有其他人（下一步）</translation>
    </message>
    <message>
      <source>Question {number} of about {total}</source>
      <translation type="unfinished">问题 {number} ／ 约 {total}</translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished">数量</translation>
    </message>
    <message>
      <source>It differs from person to person</source>
      <translation type="unfinished">因人而异</translation>
    </message>
    <message>
      <source>You will answer for each person in turn.</source>
      <translation type="unfinished">将逐一为每个人回答。</translation>
    </message>
    <message>
      <source>Please start again</source>
      <translation type="unfinished">请重新开始</translation>
    </message>
    <message>
      <source>Start again</source>
      <translation type="unfinished">重新开始</translation>
    </message>
    <message>
      <source>About you</source>
      <translation type="unfinished">关于您</translation>
    </message>
    <message>
      <source>Write them as they are on your My Number card. The kiosk checks them against the card.</source>
      <translation type="unfinished">请按照个人编号卡上的内容填写。町政府的终端会与卡核对。</translation>
    </message>
    <message>
      <source>Family name, then given name.</source>
      <translation type="unfinished">先姓，后名。</translation>
    </message>
    <message>
      <source>For example ヤマダ　タロウ.</source>
      <translation type="unfinished">例如 ヤマダ　タロウ（也可以用平假名输入）。</translation>
    </message>
    <message>
      <source>Current address</source>
      <translation type="unfinished">现住址</translation>
    </message>
    <message>
      <source>As on your card, with the prefecture.</source>
      <translation type="unfinished">按卡上的内容，从都道府县开始填写。</translation>
    </message>
    <message>
      <source>Who leaves to form the new household?</source>
      <translation type="unfinished">谁要迁到新的户？</translation>
    </message>
    <message>
      <source>Mark each person who leaves</source>
      <translation type="unfinished">请标记所有要迁出的人</translation>
    </message>
    <message>
      <source>Who is the head of the new household?</source>
      <translation type="unfinished">新户的户主是谁？</translation>
    </message>
    <message>
      <source>Prepare your forms at home</source>
      <translation type="unfinished">在家中准备申请表</translation>
    </message>
    <message>
      <source>Answer a few questions on your phone, at your own pace. At the end you get a QR code.</source>
      <translation type="unfinished">用手机按自己的节奏回答几个问题。最后会显示二维码。</translation>
    </message>
    <message>
      <source>At the town hall, show the QR code at the kiosk and put your My Number card on the reader: your forms are printed, filled in.</source>
      <translation type="unfinished">在町政府的终端上出示二维码并放上个人编号卡：已填写好的申请表就会打印出来。</translation>
    </message>
    <message>
      <source>Nothing you type is kept on our server. It stays in this page until you close it.</source>
      <translation type="unfinished">您输入的内容不会保存在我们的服务器上，只保留在此页面中，直到您关闭页面。</translation>
    </message>
    <message>
      <source>The QR code is valid for a limited time. Bring the people's documents named at the end.</source>
      <translation type="unfinished">二维码有有效期限。请带上最后显示的各人所需材料。</translation>
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished">开始</translation>
    </message>
    <message>
      <source>Check and finish</source>
      <translation type="unfinished">确认并完成</translation>
    </message>
    <message>
      <source>You</source>
      <translation type="unfinished">您本人</translation>
    </message>
    <message>
      <source>New address</source>
      <translation type="unfinished">新地址</translation>
    </message>
    <message>
      <source>Household</source>
      <translation type="unfinished">户（世帯）成员</translation>
    </message>
    <message>
      <source>Where to go at the town hall</source>
      <translation type="unfinished">在町政府要去的窗口</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">、</translation>
    </message>
    <message>
      <source>What to bring</source>
      <translation type="unfinished">需携带的物品</translation>
    </message>
    <message>
      <source>Nothing besides your My Number card.</source>
      <translation type="unfinished">除个人编号卡外无需携带其他物品。</translation>
    </message>
    <message>
      <source>Make my QR code</source>
      <translation type="unfinished">生成我的二维码</translation>
    </message>
    <message>
      <source>Yes, all of them</source>
      <translation type="unfinished">是（全员）</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">是</translation>
    </message>
    <message>
      <source>No, none of them</source>
      <translation type="unfinished">否（全员）</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">否</translation>
    </message>
    <message>
      <source>For everyone: {names}</source>
      <translation type="unfinished">全员：{names}</translation>
    </message>
    <message>
      <source>About: {names}</source>
      <translation type="unfinished">对象：{names}</translation>
    </message>
    <message>
      <source>Your household</source>
      <translation type="unfinished">户（世帯）成员</translation>
    </message>
    <message>
      <source>A question</source>
      <translation type="unfinished">问题</translation>
    </message>
    <message>
      <source>Who leaves the household?</source>
      <translation type="unfinished">谁要离开这个户？</translation>
    </message>
    <message>
      <source>Please fill this in.</source>
      <translation type="unfinished">请填写此项。</translation>
    </message>
    <message>
      <source>This is too long. Please shorten it.</source>
      <translation type="unfinished">太长了。请缩短。</translation>
    </message>
    <message>
      <source>Please write the reading in katakana (or hiragana).</source>
      <translation type="unfinished">请用片假名（或平假名）填写读音。</translation>
    </message>
    <message>
      <source>This date does not exist. Please check the year, month and day.</source>
      <translation type="unfinished">没有这个日期。请确认年、月、日。</translation>
    </message>
    <message>
      <source>This date is in the future. Please check it.</source>
      <translation type="unfinished">这是将来的日期。请确认。</translation>
    </message>
    <message>
      <source>Please write the year in full, for example 1956.</source>
      <translation type="unfinished">请完整填写年份，例如1956。</translation>
    </message>
    <message>
      <source>Please choose one.</source>
      <translation type="unfinished">请选择一项。</translation>
    </message>
    <message>
      <source>Please add the person who passed away first.</source>
      <translation type="unfinished">请先添加去世的人。</translation>
    </message>
    <message>
      <source>Please add the baby first.</source>
      <translation type="unfinished">请先添加婴儿。</translation>
    </message>
    <message>
      <source>Please mark who leaves (not everybody), and choose the head among them.</source>
      <translation type="unfinished">请标记要迁出的人（不能是全员），并从中选择户主。</translation>
    </message>
    <message>
      <source>This page could not be continued: it was changed, or made by another server. Please start again.</source>
      <translation type="unfinished">无法继续此页面：内容已被修改，或是其他服务器生成的。请重新开始。</translation>
    </message>
    <message>
      <source>Something went wrong on our side. Please start again; we are sorry.</source>
      <translation type="unfinished">我们这边出现了问题。非常抱歉，请重新开始。</translation>
    </message>
    <message>
      <source>The page was sent incomplete. Please try again.</source>
      <translation type="unfinished">页面发送不完整。请重试。</translation>
    </message>
    <message>
      <source>Your answers are too many for one QR code. Please fill in the rest at the kiosk, or ask the staff.</source>
      <translation type="unfinished">回答内容太多，一个二维码放不下。请在町政府的终端上填写其余内容，或询问工作人员。</translation>
    </message>
    <message>
      <source>This person is not added yet. Complete the marked fields and add them, or continue without this person.</source>
      <translation type="unfinished">此人尚未添加。请填写标有记号的项目后添加，或不添加此人继续。</translation>
    </message>
    <message>
      <source>Continue without this person</source>
      <translation type="unfinished">不添加此人，继续</translation>
    </message>
  </context>
</TS>
