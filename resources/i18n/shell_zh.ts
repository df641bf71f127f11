<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>CallStaffOverlay</name>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="51" />
        <source>A member of staff is on the way</source>
        <translation type="unfinished">工作人员正在过来</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="53" />
        <source>We are calling a member of staff</source>
        <translation type="unfinished">正在呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="54" />
        <source>Please wait here. Your answers so far are kept. If you need nothing after all, tap the button below.</source>
        <translation type="unfinished">请在此等候。到目前为止的输入会保留。如果已经不需要帮助，请点击下方按钮。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="57" />
        <source>Go back to where I was</source>
        <translation type="unfinished">返回原来的画面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="58" />
        <source>Close and go back</source>
        <translation type="unfinished">关闭并返回原来的画面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="59" />
        <source>Staff: open the staff menu</source>
        <translation type="unfinished">工作人员菜单（由工作人员操作）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="60" />
        <source>Staff menu (staff PIN)</source>
        <translation type="unfinished">工作人员菜单（工作人员密码）</translation>
    </message>
</context>
<context>
    <name>CardRemovedNotice</name>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="61" />
        <source>The card was removed</source>
        <extracomment>The card's widest (px) and the room kept around it in a narrower window.</extracomment>
        <translation type="unfinished">卡已被取出</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="63" />
        <source>For your privacy, everything you entered has been cleared. To start again, insert your My Number card again. If you need help, call a member of staff.</source>
        <translation type="unfinished">为保护您的隐私，您输入的所有内容已被清除。如需重新开始，请再次插入个人编号卡。如需帮助，请呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="65" />
        <source>OK</source>
        <translation type="unfinished">确定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="66" />
        <source>OK: back to the start</source>
        <translation type="unfinished">确定：返回开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="67" />
        <source>Call staff</source>
        <translation type="unfinished">呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/card_removed_notice.py" line="68" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">呼叫工作人员帮忙</translation>
    </message>
</context>
<context>
    <name>EraDateInput</name>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="94" />
        <source>Western (西暦)</source>
        <translation type="unfinished">公历（西暦）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="95" />
        <source>Western calendar year</source>
        <translation type="unfinished">用公历年份输入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="97" />
        <source>Era %1</source>
        <translation type="unfinished">年号 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="182" />
        <source>This date does not exist. Please check it.</source>
        <translation type="unfinished">没有这个日期。请再确认一下。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>year</source>
        <translation type="unfinished">年</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>month</source>
        <translation type="unfinished">月</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="190" />
        <source>day</source>
        <translation type="unfinished">日</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="69" />
        <source>Are you still there?</source>
        <translation type="unfinished">您还要继续操作吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="70" />
        <source>I need more time</source>
        <translation type="unfinished">我需要更多时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="71" />
        <source>I need more time: extend the session</source>
        <translation type="unfinished">我需要更多时间：延长使用时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="150" />
        <source>You can ask for more time once more: this is the last time.</source>
        <translation type="unfinished">您还可以再延长一次时间：这是最后一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="152" />
        <source>The time cannot be extended any more. If you need help, please ask a member of staff.</source>
        <translation type="unfinished">时间无法再延长。如需帮助，请询问工作人员。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation type="unfinished"><numerusform>为保护个人信息，画面将在%n秒后清除。</numerusform></translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="175" />
        <source>Voiced mark (dakuten) on the last letter</source>
        <extracomment>Long-press and flick variants of the keys.</extracomment>
        <translation type="unfinished">给最后一个字加浊音符（゛）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="177" />
        <source>Half-voiced mark on the last letter</source>
        <translation type="unfinished">给最后一个字加半浊音符（゜）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="178" />
        <source>Small</source>
        <translation type="unfinished">小字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="179" />
        <source>Make the last letter small</source>
        <translation type="unfinished">把最后一个字变小（ッ・ャ等）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="180" />
        <source>Long vowel mark</source>
        <translation type="unfinished">长音（ー）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="181" />
        <source>Space</source>
        <translation type="unfinished">空格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="182" />
        <source>Space between family and given name</source>
        <translation type="unfinished">姓和名之间的空格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="183" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ 删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="184" />
        <source>Delete the last letter</source>
        <translation type="unfinished">删除最后一个字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="185" />
        <source>What you typed</source>
        <translation type="unfinished">已输入的文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="189" />
        <source>Hold or flick for %1</source>
        <translation type="unfinished">长按或滑动输入%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="190" />
        <source>OK</source>
        <translation type="unfinished">确定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="191" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">确定输入的文字</translation>
    </message>
</context>
<context>
    <name>LatinKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="94" />
        <source>Space</source>
        <translation type="unfinished">空格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="95" />
        <source>Space between names</source>
        <translation type="unfinished">姓名之间的空格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="96" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫ 删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="97" />
        <source>Delete the last letter</source>
        <translation type="unfinished">删除最后一个字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="98" />
        <source>Hyphen</source>
        <translation type="unfinished">连字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="99" />
        <source>Apostrophe</source>
        <translation type="unfinished">撇号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="100" />
        <source>Comma</source>
        <translation type="unfinished">逗号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="101" />
        <source>What you typed</source>
        <translation type="unfinished">已输入的文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="102" />
        <source>OK</source>
        <translation type="unfinished">确定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/latin_keyboard.py" line="103" />
        <source>Confirm what you typed</source>
        <translation type="unfinished">确定输入的文字</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="304" />
        <source>Text size</source>
        <translation type="unfinished">文字大小</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Text: normal</source>
        <translation type="unfinished">文字：标准</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Large</source>
        <translation type="unfinished">大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="305" />
        <source>Extra large</source>
        <translation type="unfinished">特大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="307" />
        <source>A</source>
        <translation type="unfinished">A</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="308" />
        <source>Text size: %1</source>
        <translation type="unfinished">文字大小：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="309" />
        <source>High contrast</source>
        <translation type="unfinished">高对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="310" />
        <source>High contrast colours on or off</source>
        <translation type="unfinished">切换高对比度配色</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="311" />
        <source>Voice guide</source>
        <translation type="unfinished">语音引导</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="312" />
        <source>Voice guidance on or off</source>
        <translation type="unfinished">开启或关闭语音引导</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="314" />
        <source>Call staff</source>
        <translation type="unfinished">呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="315" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">呼叫工作人员帮忙</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="316" />
        <source>Write-free counter</source>
        <translation type="unfinished">免填写窗口（書かない窓口）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="483" />
        <source>%1. Staff menu: this terminal needs attention (hold for two seconds, staff PIN needed)</source>
        <translation type="unfinished">%1。工作人员菜单：本终端需要处理（长按两秒，需要工作人员PIN）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="488" />
        <source>%1. Staff menu (hold for two seconds, staff PIN needed)</source>
        <translation type="unfinished">%1。工作人员菜单（长按两秒，需要工作人员PIN）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="495" />
        <source>This terminal needs attention</source>
        <translation type="unfinished">此终端需要处理</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="496" />
        <source>Tell IT support:</source>
        <translation type="unfinished">请告知信息系统负责人：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="497" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">返回受理画面</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="70" />
        <source>⌫ Delete</source>
        <translation type="unfinished">⌫删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="71" />
        <source>Delete one digit</source>
        <translation type="unfinished">删除一位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="72" />
        <source>OK</source>
        <translation type="unfinished">确定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="73" />
        <source>Confirm</source>
        <translation type="unfinished">确定</translation>
    </message>
</context>
<context>
    <name>PrintJobsMenu</name>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="78" />
        <source>Print jobs waiting on this kiosk</source>
        <translation type="unfinished">本终端等待打印的文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="79" />
        <source>Failed print jobs of this kiosk</source>
        <translation type="unfinished">本终端打印失败的任务</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="80" />
        <source>Retry</source>
        <translation type="unfinished">重新打印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="81" />
        <source>Send the selected job to the printer again</source>
        <translation type="unfinished">将所选任务再次发送到打印机</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="82" />
        <source>Discard</source>
        <translation type="unfinished">放弃</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="83" />
        <source>Delete the selected job</source>
        <translation type="unfinished">删除所选任务</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="84" />
        <source>Close the kiosk</source>
        <translation type="unfinished">关闭终端</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="85" />
        <source>Close the kiosk now</source>
        <translation type="unfinished">现在关闭终端</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="86" />
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="87" />
        <source>Back to the kiosk</source>
        <translation type="unfinished">返回终端</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="109" />
        <source>Visit …%1 · %2 min ago · %3 · %4 attempt(s)</source>
        <translation type="unfinished">来访 …%1・%2分钟前・%3・%4次</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="118" />
        <source>No print job is waiting.</source>
        <translation type="unfinished">没有等待打印的任务。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="143" />
        <source>Printing…</source>
        <translation type="unfinished">正在打印…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="145" />
        <source>Printed.</source>
        <translation type="unfinished">已打印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="147" />
        <source>Not printed: %1.</source>
        <translation type="unfinished">未能打印：%1。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="154" />
        <source>Discarded. A clerk can still reprint the visit's forms.</source>
        <translation type="unfinished">已放弃。窗口仍可重新打印此来访的表格。</translation>
    </message>
</context>
<context>
    <name>StaffPinPrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="65" />
        <source>Staff only: enter the staff PIN</source>
        <translation type="unfinished">仅限工作人员：请输入工作人员密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="66" />
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="67" />
        <source>Cancel staff PIN entry</source>
        <translation type="unfinished">取消输入工作人员密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="68" />
        <source>Digits entered</source>
        <translation type="unfinished">已输入的位数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="75" />
        <source>No staff PIN is set on this terminal: IT staff set one with `kiosk config set-staff-pin`.</source>
        <translation type="unfinished">此终端未设置工作人员密码：请信息负责人用 `kiosk config set-staff-pin` 设置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="99" />
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished"><numerusform>密码错误次数过多。请在%n秒后重试。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="114" />
        <source>Wrong PIN. %n try(s) left before the lock-out.</source>
        <translation type="unfinished"><numerusform>密码错误。再错%n次将暂时锁定。</numerusform></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Identification</source>
        <translation type="unfinished">本人确认</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="46" />
        <source>Choose the procedure</source>
        <translation type="unfinished">选择手续</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Questions</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Check</source>
        <translation type="unfinished">确认</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="47" />
        <source>Print</source>
        <translation type="unfinished">打印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="70" />
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">第%1步，共%2步：%3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="72" />
        <source> (you are here)</source>
        <translation type="unfinished"> （当前位置）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="73" />
        <source>Steps of your visit</source>
        <translation type="unfinished">今天的办理步骤</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="83" />
        <source>Welcome to the town hall</source>
        <translation type="unfinished">欢迎来到町政府</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="85" />
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation type="unfinished">无需手写表格：只需回答几个问题，所有需要的表格都会为您打印出来。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="88" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="89" />
        <source>Start with my My Number card</source>
        <translation type="unfinished">使用个人编号卡开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="90" />
        <location filename="../../kiosk/ui/screens/welcome.py" line="91" />
        <source>Start without a card</source>
        <translation type="unfinished">不用卡开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="92" />
        <source>I answered at home</source>
        <translation type="unfinished">已在家中填写</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="94" />
        <source>I answered at home: scan my QR code</source>
        <translation type="unfinished">已在家中填写：扫描二维码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="96" />
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation type="unfinished">需要帮助时，请随时点击右上角的“呼叫工作人员”。</translation>
    </message>
</context>
</TS>