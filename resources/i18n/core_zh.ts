<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>CardError</name>
    <message>
      <source>The card did not answer. Please take it off the reader, put it back and try again. If it happens again, please ask the staff.</source>
      <translation type="unfinished">卡没有响应。请将卡从读卡器上拿下，再重新放上。如果再次发生，请询问工作人员。</translation>
    </message>
    <message>
      <source>The data on the card could not be read correctly. Please ask the staff.</source>
      <translation type="unfinished">未能正确读取卡中的信息。请询问工作人员。</translation>
    </message>
    <message>
      <source>The card could not be read. Please ask the staff.</source>
      <translation type="unfinished">无法读取卡。请询问工作人员。</translation>
    </message>
    <message>
      <source>The card was removed while it was being read. Please put it back and try again.</source>
      <translation type="unfinished">读取过程中卡被拿走了。请重新放上卡。</translation>
    </message>
    <message>
      <source>The PIN is 4 digits. Please enter 4 digits.</source>
      <translation type="unfinished">密码为4位数字。请输入4位数字。</translation>
    </message>
    <message>
      <source>Only one PIN try is left. If it is wrong, the card locks. Please confirm, or ask the staff for help.</source>
      <translation type="unfinished">密码只剩最后一次输入机会。如果输错，卡将被锁定。请确认后输入，或询问工作人员。</translation>
    </message>
    <message>
      <source>Please put your My Number card on the reader.</source>
      <translation type="unfinished">请将个人编号卡（マイナンバーカード）放在读卡器上。</translation>
    </message>
    <message>
      <source>No card reader is connected. Please ask the staff.</source>
      <translation type="unfinished">没有连接读卡器。请询问工作人员。</translation>
    </message>
    <message>
      <source>This is not a My Number card. Please use your My Number card.</source>
      <translation type="unfinished">这不是个人编号卡。请使用个人编号卡（マイナンバーカード）。</translation>
    </message>
    <message>
      <source>This card's PIN is locked. Staff can help; the lock can only be reset at the Resident Affairs counter (住民課).</source>
      <translation type="unfinished">此卡的密码已被锁定。工作人员可以为您提供帮助；只能在住民课（住民課）窗口解锁。</translation>
    </message>
    <message>
      <source>The card reader is not working. Please ask the staff.</source>
      <translation type="unfinished">读卡器无法工作。请询问工作人员。</translation>
    </message>
    <message>
      <source>The card reader was disconnected. Please ask the staff.</source>
      <translation type="unfinished">读卡器连接已断开。请询问工作人员。</translation>
    </message>
    <message>
      <source>The PIN is wrong. 1 try left. If you are not sure of your PIN, please ask the staff.</source>
      <translation type="unfinished">密码错误。还剩1次机会。如果没有把握，请询问工作人员。</translation>
    </message>
    <message>
      <source>The PIN is wrong. %1 tries left.</source>
      <translation type="unfinished">密码错误。还剩%1次机会。</translation>
    </message>
  </context>
  <context>
    <name>Sex</name>
    <message>
      <source>Male</source>
      <translation type="unfinished">男</translation>
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished">女</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation type="unfinished">未填写</translation>
    </message>
  </context>
  <context>
    <name>Relation</name>
    <message>
      <source>Wife</source>
      <translation type="unfinished">妻子</translation>
    </message>
    <message>
      <source>Husband</source>
      <translation type="unfinished">丈夫</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">子女</translation>
    </message>
    <message>
      <source>Father</source>
      <translation type="unfinished">父亲</translation>
    </message>
    <message>
      <source>Mother</source>
      <translation type="unfinished">母亲</translation>
    </message>
    <message>
      <source>Grandfather</source>
      <translation type="unfinished">祖父</translation>
    </message>
    <message>
      <source>Grandmother</source>
      <translation type="unfinished">祖母</translation>
    </message>
    <message>
      <source>Brother or sister</source>
      <translation type="unfinished">兄弟姐妹</translation>
    </message>
    <message>
      <source>Grandchild</source>
      <translation type="unfinished">孙子女</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished">其他</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Guide sheet</source>
      <translation type="unfinished">办理指南</translation>
    </message>
    <message>
      <source>Guide sheet (continued)</source>
      <translation type="unfinished">办理指南（续）</translation>
    </message>
    <message>
      <source>Ticket number</source>
      <translation type="unfinished">受理号码</translation>
    </message>
    <message>
      <source>Date: %1</source>
      <translation type="unfinished">受理日期：%1</translation>
    </message>
    <message>
      <source>Procedures for %1</source>
      <translation type="unfinished">%1的手续</translation>
    </message>
    <message>
      <source>Procedures for %1 (%2)</source>
      <translation type="unfinished">%1的手续（%2）</translation>
    </message>
    <message>
      <source>Please go to the counters in this order. At each counter, hand in this sheet and the filled-in forms.</source>
      <translation type="unfinished">请按以下顺序前往各窗口。在每个窗口交出本单和已填好的表格。</translation>
    </message>
    <message>
      <source>Bring: %1</source>
      <translation type="unfinished">需携带：%1</translation>
    </message>
    <message>
      <source>Fee: %1</source>
      <translation type="unfinished">手续费：%1</translation>
    </message>
    <message>
      <source>Deadline: %1</source>
      <translation type="unfinished">期限：%1</translation>
    </message>
    <message>
      <source>Check at the counter: you answered “I don't know”, so the form is printed in case it is needed.</source>
      <translation type="unfinished">请在窗口确认：您回答了“不知道”，因此已打印该表格以备需要。</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">、</translation>
    </message>
    <message>
      <source>Things to bring (summary)</source>
      <translation type="unfinished">需携带的物品（汇总）</translation>
    </message>
    <message>
      <source>Filled-in forms: %1 (bound after this guide sheet)</source>
      <translation type="unfinished">已填好的表格：%1份（订在本指南之后）</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation type="unfinished">简体中文</translation>
    </message>
    <message>
      <source>Switch to English</source>
      <translation type="unfinished">切换为简体中文</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation type="unfinished">请选择语言</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">语言</translation>
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished">关闭</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <source>Time at the town hall</source>
      <translation type="unfinished">在町政府停留时间</translation>
    </message>
    <message>
      <source>Time at the kiosk</source>
      <translation type="unfinished">终端操作时间</translation>
    </message>
    <message>
      <source>Waiting at counters</source>
      <translation type="unfinished">窗口等候时间</translation>
    </message>
    <message>
      <source>Served at counters</source>
      <translation type="unfinished">窗口办理时间</translation>
    </message>
    <message>
      <source>Day</source>
      <translation type="unfinished">日</translation>
    </message>
    <message>
      <source>Week</source>
      <translation type="unfinished">周</translation>
    </message>
    <message>
      <source>Life event</source>
      <translation type="unfinished">生活事件</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">窗口</translation>
    </message>
    <message>
      <source>Hour of day</source>
      <translation type="unfinished">时段</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished">受理方式</translation>
    </message>
    <message>
      <source>My Number card</source>
      <translation type="unfinished">个人编号卡</translation>
    </message>
    <message>
      <source>Typed in</source>
      <translation type="unfinished">手动输入</translation>
    </message>
    <message>
      <source>Pre-application</source>
      <translation type="unfinished">事先申请</translation>
    </message>
    <message>
      <source>Walk-in (no kiosk)</source>
      <translation type="unfinished">直接到窗口（未用终端）</translation>
    </message>
    <message>
      <source>Not yet identified</source>
      <translation type="unfinished">确认本人前</translation>
    </message>
    <message>
      <source>median / mean / 90%, min</source>
      <translation type="unfinished">中位数／平均／90%，分钟</translation>
    </message>
    <message>
      <source>median, min</source>
      <translation type="unfinished">中位数，分钟</translation>
    </message>
    <message>
      <source>Table</source>
      <translation type="unfinished">表</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished">类别</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation type="unfinished">指标</translation>
    </message>
    <message>
      <source>Count</source>
      <translation type="unfinished">件数</translation>
    </message>
    <message>
      <source>Mean (min)</source>
      <translation type="unfinished">平均（分钟）</translation>
    </message>
    <message>
      <source>Median (min)</source>
      <translation type="unfinished">中位数（分钟）</translation>
    </message>
    <message>
      <source>90th percentile (min)</source>
      <translation type="unfinished">90百分位（分钟）</translation>
    </message>
    <message>
      <source>%1 by %2</source>
      <translation type="unfinished">按%2的%1</translation>
    </message>
    <message>
      <source>%1:00</source>
      <translation type="unfinished">%1点</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">来访件数</translation>
    </message>
    <message>
      <source>%1, median (min)</source>
      <translation type="unfinished">%1 中位数（分钟）</translation>
    </message>
    <message>
      <source>%1, 90th percentile (min)</source>
      <translation type="unfinished">%1 90百分位（分钟）</translation>
    </message>
    <message>
      <source>Before the system, mean (min)</source>
      <translation type="unfinished">导入前 平均（分钟）</translation>
    </message>
    <message>
      <source>Now, mean (min)</source>
      <translation type="unfinished">现在 平均（分钟）</translation>
    </message>
    <message>
      <source>Target −60%, mean (min)</source>
      <translation type="unfinished">目标 −60% 平均（分钟）</translation>
    </message>
    <message>
      <source>Reduction</source>
      <translation type="unfinished">减少率</translation>
    </message>
    <message>
      <source>Progress toward −60%</source>
      <translation type="unfinished">目标（−60%）达成度</translation>
    </message>
    <message>
      <source>Time at the kiosk and at the town hall by channel</source>
      <translation type="unfinished">按受理方式的终端操作时间和停留时间</translation>
    </message>
    <message>
      <source>Channels compared</source>
      <translation type="unfinished">按受理方式比较</translation>
    </message>
    <message>
      <source>Median by channel (min)</source>
      <translation type="unfinished">按受理方式的中位数（分钟）</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation type="unfinished">基准</translation>
    </message>
    <message>
      <source>%1: visits</source>
      <translation type="unfinished">%1：来访件数</translation>
    </message>
  </context>
  <context>
    <name>CoreLink</name>
    <message>
      <source>We could not check the town's records. Please go on and enter the details.</source>
      <translation type="unfinished">无法确认町里的记录。请继续输入相关信息。</translation>
    </message>
  </context>
  <context>
    <name>Voice</name>
    <message>
      <source>Voice guidance is on.</source>
      <translation type="unfinished">语音引导已开启。</translation>
    </message>
    <message>
      <source>Voice guidance is off.</source>
      <translation type="unfinished">语音引导已关闭。</translation>
    </message>
    <message>
      <source>%1 digits entered</source>
      <translation type="unfinished">已输入%1位数字</translation>
    </message>
    <message>
      <source>Number key</source>
      <translation type="unfinished">数字键</translation>
    </message>
  </context>
</TS>