<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>Prefill</name>
    <message>
      <source>This code could not be read completely; please show the whole code again, or ask the staff.</source>
      <translation type="unfinished">未能完整读取此码；请重新出示完整的码，或询问工作人员。</translation>
    </message>
    <message>
      <source>This code was changed after it was made, so it cannot be used; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">此码在生成后被修改过，因此无法使用；请在家中重新生成，或询问工作人员。</translation>
    </message>
    <message>
      <source>This code was not made on this town's pre-application site; please make a new code on the town's site, or ask the staff.</source>
      <translation type="unfinished">此码不是在本町的事先申请网站上生成的；请在本町网站上重新生成，或询问工作人员。</translation>
    </message>
    <message>
      <source>This code has expired; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">此码已过期；请在家中重新生成，或询问工作人员。</translation>
    </message>
    <message>
      <source>This code was made with newer questions than this kiosk knows; please ask the staff.</source>
      <translation type="unfinished">此码使用的问题比本终端的更新；请询问工作人员。</translation>
    </message>
    <message>
      <source>The questions have changed since this code was made; please make a new code at home, or ask the staff.</source>
      <translation type="unfinished">生成此码后问题内容已有变化；请在家中重新生成，或询问工作人员。</translation>
    </message>
    <message>
      <source>Pre-application code</source>
      <translation type="unfinished">事先申请码</translation>
    </message>
    <message>
      <source>Show this code at the town hall's kiosk, then place your My Number card on the reader.</source>
      <translation type="unfinished">请在町政府的终端上出示此码，然后将个人编号卡放在读卡器上。</translation>
    </message>
    <message>
      <source>Valid until {date}.</source>
      <translation type="unfinished">有效期至{date}。</translation>
    </message>
  </context>
</TS>
