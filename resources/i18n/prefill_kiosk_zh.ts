<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>PrefillReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="97" />
        <source>Check your procedures and forms, then print</source>
        <translation type="unfinished">请确认手续和表格后打印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_review.py" line="107" />
        <source>%1 procedures at %2 counters. Take your printed forms to them in this order.</source>
        <translation type="unfinished">在%2个窗口共有%1项手续。请带着打印好的表格按此顺序前往。</translation>
    </message>
</context>
<context>
    <name>PrefillScanScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="97" />
        <source>Show the QR code you made at home</source>
        <translation type="unfinished">请出示在家中生成的二维码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="100" />
        <source>Hold the code under the scanner, or in front of the camera.</source>
        <translation type="unfinished">请将二维码放在扫描器下方或摄像头前。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="102" />
        <source>The camera's picture</source>
        <translation type="unfinished">摄像头画面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="105" />
        <source>Hold the code (on your phone or on paper) under the scanner.</source>
        <translation type="unfinished">请将二维码（手机画面或纸张）放在扫描器下方。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="107" />
        <source>This kiosk has no camera: please use the scanner.</source>
        <translation type="unfinished">本终端没有摄像头：请使用扫描器。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="108" />
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="109" />
        <source>Back to the start</source>
        <translation type="unfinished">返回开始画面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="110" />
        <location filename="../../kiosk/ui/screens/prefill_scan.py" line="185" />
        <source>Reading the code…</source>
        <translation type="unfinished">正在读取二维码…</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="66" />
        <source>This card does not match the code</source>
        <translation type="unfinished">此卡与二维码不是同一人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="67" />
        <source>This code cannot be used</source>
        <translation type="unfinished">此码无法使用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="72" />
        <source>A member of staff can help you, or you can start again and answer the questions here.</source>
        <translation type="unfinished">工作人员可以帮助您，您也可以重新开始，在这里回答问题。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="74" />
        <source>Start again</source>
        <translation type="unfinished">重新开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="75" />
        <source>Scan another code</source>
        <translation type="unfinished">扫描其他二维码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="77" />
        <source>Call staff</source>
        <translation type="unfinished">呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="78" />
        <source>Call a member of staff for help</source>
        <translation type="unfinished">呼叫工作人员帮忙</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="79" />
        <source>Staff: allow printing again</source>
        <translation type="unfinished">工作人员用：允许再次打印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="81" />
        <source>Staff only: allow this code to print again today (staff PIN needed)</source>
        <translation type="unfinished">仅限工作人员：允许此码今天再次打印（需要工作人员密码）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="86" />
        <source>This code was already printed today. To print it again, please ask a member of staff.</source>
        <translation type="unfinished">此码今天已经打印过。如需再次打印，请询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="89" />
        <source>the date of birth</source>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the sex</source>
        <translation type="unfinished">性别</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="90" />
        <source>the address</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="91" />
        <source> and </source>
        <translation type="unfinished">、</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="92" />
        <source>The card and the code are not for the same person: %1 differ.</source>
        <translation type="unfinished">卡和二维码不是同一人：%1不一致。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="95" />
        <source>This code was made for a procedure this kiosk does not offer. Please ask a member of staff.</source>
        <translation type="unfinished">此码所用的手续本终端无法办理。请询问工作人员。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/prefill/refusal_panel.py" line="98" />
        <source>Codes cannot be read at this kiosk just now. Please ask a member of staff.</source>
        <translation type="unfinished">本终端目前无法读取二维码。请询问工作人员。</translation>
    </message>
</context>
</TS>