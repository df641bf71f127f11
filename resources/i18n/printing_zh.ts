<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>FinishedScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="114" />
        <source>A member of staff will bring your papers</source>
        <translation type="unfinished">工作人员会把文件送过来</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="116" />
        <source>Please take your papers</source>
        <translation type="unfinished">请取走您的文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="117" />
        <location filename="../../kiosk/ui/screens/finished.py" line="118" />
        <source>Your number</source>
        <translation type="unfinished">您的号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="120" />
        <source>Please go to these counters, in this order:</source>
        <translation type="unfinished">请按以下顺序前往各窗口：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="122" />
        <source>Please go to the one-stop desk. Every procedure starts there:</source>
        <translation type="unfinished">请前往综合窗口。所有手续都从那里开始：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="124" />
        <source>Your guide sheet (the first page) shows the same.</source>
        <translation type="unfinished">第一页的办理指南上也写有相同内容。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="125" />
        <source>Done</source>
        <translation type="unfinished">结束</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="126" />
        <source>Done: finish and clear my information</source>
        <translation type="unfinished">结束（清除已输入的信息）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/finished.py" line="165" />
        <source>The desk sends you here: a specialist does these.</source>
        <translation type="unfinished">由综合窗口引导您到这里，由专门的工作人员办理。</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="181" />
        <source>▲ Previous</source>
        <extracomment>The default zoom against filling the width: the forms' body text at about 16 px on the kiosk (it was about 10 px); a finger drags the page sideways. The zoom range: from the whole width down to half of it, up to four times the size.</extracomment>
        <translation type="unfinished">▲ 上一页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="182" />
        <source>Show the previous page</source>
        <translation type="unfinished">显示上一页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="183" />
        <source>▼ Next</source>
        <translation type="unfinished">▼ 下一页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="184" />
        <source>Show the next page</source>
        <translation type="unfinished">显示下一页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="185" />
        <source>Back</source>
        <translation type="unfinished">← 返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="186" />
        <source>Back to the answers</source>
        <translation type="unfinished">返回回答画面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="187" />
        <source>Print my forms</source>
        <translation type="unfinished">打印表格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="188" />
        <source>Print all my forms now</source>
        <translation type="unfinished">现在打印所有表格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="189" />
        <source>Your forms, as they will be printed</source>
        <translation type="unfinished">将要打印的表格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="190" />
        <source>+ Larger</source>
        <translation type="unfinished">+ 放大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="191" />
        <source>Make the page larger</source>
        <translation type="unfinished">放大页面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="192" />
        <source>− Smaller</source>
        <translation type="unfinished">− 缩小</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="193" />
        <source>Make the page smaller</source>
        <translation type="unfinished">缩小页面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Fit width</source>
        <translation type="unfinished">适合宽度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="199" />
        <source>Whole page</source>
        <translation type="unfinished">整页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="206" />
        <source>Printing your forms</source>
        <translation type="unfinished">正在打印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="209" />
        <source>Your forms are safe</source>
        <translation type="unfinished">您的表格已妥善保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="211" />
        <source>The printer is not responding.</source>
        <translation type="unfinished">打印机没有响应。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="212" />
        <source>A member of staff will bring your forms. Please tap Call staff.</source>
        <translation type="unfinished">工作人员会把表格送过来。请点击“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="213" />
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="215" />
        <source>Something went wrong</source>
        <translation type="unfinished">出现了问题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="217" />
        <source>Your forms could not be prepared.</source>
        <translation type="unfinished">无法制作表格。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="218" />
        <source>Please tap Call staff. A member of staff will help you.</source>
        <translation type="unfinished">请点击“呼叫工作人员”。工作人员会帮助您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="219" />
        <source>Try again</source>
        <translation type="unfinished">重试</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="221" />
        <source>Check, then print</source>
        <translation type="unfinished">确认后打印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="224" />
        <source>Preparing your forms</source>
        <translation type="unfinished">正在制作表格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="225" />
        <source>Your forms are being filled in for you…</source>
        <translation type="unfinished">正在为您填写表格…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="226" />
        <source>This takes a few seconds.</source>
        <translation type="unfinished">需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="233" />
        <source>A guide sheet and one form.</source>
        <translation type="unfinished">办理指南和1份表格。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="235" />
        <source>A guide sheet and %n forms.</source>
        <translation type="unfinished"><numerusform>办理指南和%n份表格。</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="238" />
        <source>One character cannot be printed: staff will write it by hand.</source>
        <translation type="unfinished">有1个字无法打印：工作人员会手写。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/preview.py" line="240" />
        <source>%n characters cannot be printed: staff will write them by hand.</source>
        <translation type="unfinished"><numerusform>有%n个字无法打印：工作人员会手写。</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="243" />
        <source>Staff will check a few entries with you at the counter.</source>
        <translation type="unfinished">工作人员会在窗口与您确认几项内容。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="251" />
        <source>Page %1 of %2</source>
        <translation type="unfinished">第%1页 / 共%2页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="259" />
        <source>The printer is printing your forms…</source>
        <translation type="unfinished">打印机正在打印…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="261" />
        <source>Sending your forms to the printer…</source>
        <translation type="unfinished">正在发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview.py" line="262" />
        <source>Please wait here. This can take a minute.</source>
        <translation type="unfinished">请在此等候。可能需要1分钟左右。</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="74" />
        <source>Call staff</source>
        <translation type="unfinished">呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="75" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">呼叫工作人员帮忙</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/preview_panels.py" line="77" />
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="51" />
        <source>Please take your My Number card</source>
        <extracomment>The mark of the first counter, as the ticket screen numbers them.</extracomment>
        <translation type="unfinished">请取回您的个人编号卡（マイナンバーカード）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="55" />
        <source>You need it at counter %1 (%2).</source>
        <translation type="unfinished">在%1号窗口（%2）需要使用。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="58" />
        <source>You need it at counter %1.</source>
        <translation type="unfinished">在%1号窗口需要使用。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/take_card.py" line="61" />
        <source>Your papers are printing. Your number comes next.</source>
        <translation type="unfinished">正在打印文件。接下来是您的号码。</translation>
    </message>
</context>
</TS>