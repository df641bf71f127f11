<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>GuideSheet</name>
    <message>
      <source>Please go to the one-stop desk with this sheet and the filled-in forms. Every procedure starts there: you need not go round the counters.</source>
      <translation type="unfinished">请带着本单和已填好的表格前往综合窗口。所有手续都从那里开始，无需逐个窗口办理。</translation>
    </message>
    <message>
      <source>The one-stop desk sends you here: a specialist does these.</source>
      <translation type="unfinished">由综合窗口引导您到这里，由专门的工作人员办理。</translation>
    </message>
  </context>
  <context>
    <name>FinishedScreen</name>
    <message>
      <source>Please go to the one-stop desk. Every procedure starts there:</source>
      <translation type="unfinished">请前往综合窗口。所有手续都从那里开始：</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">由综合窗口引导您到这里，由专门的工作人员办理。</translation>
    </message>
  </context>
  <context>
    <name>OneStopPanel</name>
    <message>
      <source>One-stop desk</source>
      <translation type="unfinished">综合窗口</translation>
    </message>
    <message>
      <source>Procedures of the visit and their staff guidance</source>
      <translation type="unfinished">来访者的手续及工作人员指南</translation>
    </message>
    <message>
      <source>Done here</source>
      <translation type="unfinished">在此办结</translation>
    </message>
    <message>
      <source>Mark the chosen procedure done here</source>
      <translation type="unfinished">将所选手续标记为在此窗口办结</translation>
    </message>
    <message>
      <source>Hand to this department</source>
      <translation type="unfinished">转交给此科室</translation>
    </message>
    <message>
      <source>Hand the chosen procedure to the chosen department's queue</source>
      <translation type="unfinished">将所选手续转交给所选科室的等候队列</translation>
    </message>
    <message>
      <source>Department to hand it to</source>
      <translation type="unfinished">转交的科室</translation>
    </message>
    <message>
      <source>the desk</source>
      <translation type="unfinished">综合窗口</translation>
    </message>
    <message>
      <source>Done (%1)</source>
      <translation type="unfinished">已办结（%1）</translation>
    </message>
    <message>
      <source>Handed to %1</source>
      <translation type="unfinished">已转交给%1</translation>
    </message>
    <message>
      <source>To do</source>
      <translation type="unfinished">未处理</translation>
    </message>
    <message>
      <source>%1 [specialist]</source>
      <translation type="unfinished">%1　［专门窗口］</translation>
    </message>
    <message>
      <source>What to check</source>
      <translation type="unfinished">需要确认的事项</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation type="unfinished">法律依据</translation>
    </message>
    <message>
      <source>Common mistakes</source>
      <translation type="unfinished">常见错误</translation>
    </message>
    <message>
      <source>Documents to see</source>
      <translation type="unfinished">需要查看的文件</translation>
    </message>
    <message>
      <source>No procedure of this visit is for this counter.</source>
      <translation type="unfinished">此来访者的手续中没有由本窗口办理的。</translation>
    </message>
    <message>
      <source>Every procedure is settled: press Finished [F7].</source>
      <translation type="unfinished">所有手续均已处理：请按“办理完毕 [F7]”。</translation>
    </message>
    <message>
      <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
      <translation type="unfinished">请在此处理各项手续，或转交给负责科室（需要专门人员办理的手续标有［专门窗口］）。</translation>
    </message>
    <message>
      <source>The one-stop desk handed these procedures to this counter.</source>
      <translation type="unfinished">这些手续是综合窗口转交给本窗口的。</translation>
    </message>
  </context>
  <context>
    <name>OneStopController</name>
    <message>
      <source>Ticket %1: %2 done.</source>
      <translation type="unfinished">受理号码 %1：%2 已办结。</translation>
    </message>
    <message>
      <source>Ticket %1: %2 handed to %3.</source>
      <translation type="unfinished">受理号码 %1：%2 已转交给%3。</translation>
    </message>
  </context>
  <context>
    <name>SummaryScreen</name>
    <message>
      <source>%1 procedures, all starting at the one-stop desk; your forms are printed next.</source>
      <translation type="unfinished">共%1项手续，全部从综合窗口开始；接下来打印您的表格。</translation>
    </message>
    <message>
      <source>The desk sends you here: a specialist does these.</source>
      <translation type="unfinished">由综合窗口引导您到这里，由专门的工作人员办理。</translation>
    </message>
  </context>
</TS>