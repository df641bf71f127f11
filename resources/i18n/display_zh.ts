<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>WaitingDisplay</name>
    <message>
      <source>Ticket {ticket}, please come to {counter}.</source>
      <translation type="unfinished">{ticket}号，请到{counter}。</translation>
    </message>
    <message>
      <source>Now calling</source>
      <translation type="unfinished">正在呼叫的号码</translation>
    </message>
    <message>
      <source>Waiting at each counter</source>
      <translation type="unfinished">各窗口的等候情况</translation>
    </message>
    <message>
      <source>As of {time}</source>
      <translation type="unfinished">截至{time}</translation>
    </message>
    <message>
      <source>Please come</source>
      <translation type="unfinished">请到窗口</translation>
    </message>
    <message>
      <source>Being served</source>
      <translation type="unfinished">正在办理</translation>
    </message>
    <message>
      <source>No estimate yet</source>
      <translation type="unfinished">暂无预计时间</translation>
    </message>
    <message>
      <source>About {minutes} min</source>
      <translation type="unfinished">约{minutes}分钟</translation>
    </message>
    <message>
      <source>{count} waiting</source>
      <translation type="unfinished">{count}人等候</translation>
    </message>
    <message>
      <source>Staff requested at: {terminals}</source>
      <translation type="unfinished">正在呼叫工作人员：{terminals}</translation>
    </message>
    <message>
      <source>{terminal} ({minutes} min)</source>
      <translation type="unfinished">{terminal}（{minutes}分钟）</translation>
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished">、</translation>
    </message>
    <message>
      <source>No ticket is being called.</source>
      <translation type="unfinished">目前没有正在呼叫的号码。</translation>
    </message>
    <message>
      <source>The board is not up to date; staff are informed.</source>
      <translation type="unfinished">显示不是最新的；已通知工作人员。</translation>
    </message>
    <message>
      <source>Waiting status</source>
      <translation type="unfinished">窗口等候情况</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">语言</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation type="unfinished">窗口</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation type="unfinished">受理号码</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation type="unfinished">等候人数</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation type="unfinished">预计等候时间</translation>
    </message>
    <message>
      <source>This page refreshes by itself every 30 seconds. Please come back to the waiting area when your number is near.</source>
      <translation type="unfinished">本页面每30秒自动刷新。快轮到您的号码时，请回到等候区。</translation>
    </message>
    <message>
      <source>The waiting status is not available right now.</source>
      <translation type="unfinished">目前无法显示等候情况。</translation>
    </message>
  </context>
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Waiting status (see it on your phone)</source>
      <translation type="unfinished">等候情况（可用手机查看）</translation>
    </message>
  </context>
</TS>
