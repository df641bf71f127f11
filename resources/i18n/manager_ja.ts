<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ChannelsPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="113"/>
        <source>Time at the kiosk (at the tablet) and time at the town hall (arrival to leaving), per way of coming in. Minutes; the survey comparison is the mean, weighted by each channel&apos;s own life events.</source>
        <translation>受付方法ごとの端末操作時間（タブレットでの操作）と滞在時間（来庁から退庁まで）。単位は分。導入前調査との比較は平均で、受付方法ごとのライフイベントの構成で重み付けしています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="116"/>
        <source>Figures per channel</source>
        <translation>受付方法別の数値</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="117"/>
        <source>Divider between the table and the charts</source>
        <translation>表とグラフの境界</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="120"/>
        <source>Chart of the median %1 per channel</source>
        <translation>受付方法別 %1 中央値のグラフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="121"/>
        <source>%1: median per channel (minutes)</source>
        <translation>%1：受付方法別 中央値（分）</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="91"/>
        <source>Median time at the town hall per day (minutes)</source>
        <translation>日別 庁舎滞在時間の中央値（分）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="92"/>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="93"/>
        <source>Before the system (baseline)</source>
        <translation>導入前（ベースライン）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="94"/>
        <source>Target (−60%)</source>
        <translation>目標（−60%）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="95"/>
        <source>Median wait and service per counter (minutes)</source>
        <translation>窓口別 待ち時間・対応時間の中央値（分）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="96"/>
        <source>Trend chart</source>
        <translation>推移グラフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="97"/>
        <source>Counter chart</source>
        <translation>窓口別グラフ</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="94"/>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="95"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="98"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="99"/>
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS（cp932）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="101"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="102"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="103"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="104"/>
        <source>Export format</source>
        <translation>書き出し形式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="105"/>
        <source>CSV encoding</source>
        <translation>CSVの文字コード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="106"/>
        <source>File to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="107"/>
        <source>Choose the file to write</source>
        <translation>書き出すファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="108"/>
        <source>Export the figures</source>
        <translation>集計を書き出す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="109"/>
        <source>Cancel the export</source>
        <translation>書き出しを中止する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="110"/>
        <source>Export progress</source>
        <translation>書き出しの進み具合</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="122"/>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="130"/>
        <source>Choose a file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="136"/>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="143"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="155"/>
        <source>Written: %1</source>
        <translation>書き出しました：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="162"/>
        <source>Export cancelled; no file was written.</source>
        <translation>書き出しを中止しました。ファイルは作成していません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="164"/>
        <source>The file cannot be written (%1).</source>
        <translation>ファイルを書き込めません（%1）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="167"/>
        <source>The export failed (%1).</source>
        <translation>書き出しに失敗しました（%1）。</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="81"/>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="81"/>
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="81"/>
        <source>&amp;Life event</source>
        <translation>ライフイベント(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="82"/>
        <source>&amp;Counter</source>
        <translation>窓口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="82"/>
        <source>C&amp;hannel</source>
        <translation>受付方法(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="85"/>
        <source>First day of the period</source>
        <translation>期間の開始日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="86"/>
        <source>Last day of the period</source>
        <translation>期間の終了日</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="87"/>
        <source>Life event filter</source>
        <translation>ライフイベントで絞り込み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="88"/>
        <source>Counter filter</source>
        <translation>窓口で絞り込み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="89"/>
        <source>Channel filter</source>
        <translation>受付方法で絞り込み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="90"/>
        <source>All life events</source>
        <translation>すべてのライフイベント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="92"/>
        <source>All counters</source>
        <translation>すべての窓口</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="94"/>
        <source>All channels</source>
        <translation>すべての受付方法</translation>
    </message>
</context>
<context>
    <name>HeadlinePanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="48"/>
        <source>Visits</source>
        <translation>来庁件数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="53"/>
        <source>Before the system → now (mean, min)</source>
        <translation>導入前 → 現在（平均、分）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="54"/>
        <source>Reduction against the baseline</source>
        <translation>導入前からの削減率</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="55"/>
        <source>Progress toward −60%</source>
        <translation>目標（−60%）の達成度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="59"/>
        <source>Progress toward the 60% reduction goal</source>
        <translation>60%削減目標の達成度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="61"/>
        <source>Medians and 90th percentiles are estimates here, within %1% + %2 s of the exact figures (counts and means are exact). Choose a shorter period for exact figures.</source>
        <translation>この期間の中央値と90%値は推定値です（正確な値との差は %1% + %2 秒以内。件数と平均は正確です）。正確な値は期間を短くすると表示されます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="85"/>
        <source>no baseline loaded</source>
        <translation>ベースライン未登録</translation>
    </message>
</context>
<context>
    <name>HelpCallsPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="57"/>
        <source>PIN forgotten</source>
        <translation>暗証番号を忘れた</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="58"/>
        <source>Last PIN try</source>
        <translation>暗証番号の最後の1回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="59"/>
        <source>Help with manual entry</source>
        <translation>手入力の手伝い</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="60"/>
        <source>Printing failed</source>
        <translation>印刷の失敗</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="61"/>
        <source>Resident&apos;s own call</source>
        <translation>住民による呼び出し</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="65"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="66"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="67"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="68"/>
        <source>Calls</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="69"/>
        <source>Help calls per screen</source>
        <translation>画面別 呼び出し件数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="70"/>
        <source>Help calls per reason</source>
        <translation>理由別 呼び出し件数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="71"/>
        <source>Help calls per day</source>
        <translation>日別 呼び出し件数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="77"/>
        <source>%1 help call(s), %2 not acknowledged. Time to acknowledge: median %3 s, 90% within %4 s.</source>
        <translation>職員呼び出し %1 件（未応答 %2 件）。応答までの時間：中央値 %3 秒、90% が %4 秒以内。</translation>
    </message>
</context>
<context>
    <name>ManagerLoginPage</name>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="76"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="77"/>
        <source>The figures and their exports are for managers. Log in with your staff number and your own password.</source>
        <translation>統計とその書き出しは管理者向けです。職員番号とご自分のパスワードでログインしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="79"/>
        <source>&amp;Staff number</source>
        <translation>職員番号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="80"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="81"/>
        <source>Staff number</source>
        <translation>職員番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="82"/>
        <source>e.g. M2001</source>
        <translation>例：M2001</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="83"/>
        <source>Your password</source>
        <translation>あなたのパスワード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="84"/>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="85"/>
        <source>Log in to the statistics</source>
        <translation>統計にログイン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="90"/>
        <source>Enter your staff number (letters and digits).</source>
        <translation>職員番号（英数字）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="95"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="104"/>
        <source>The statistics are for managers: account %1 is a clerk&apos;s.</source>
        <translation>統計は管理者向けです。アカウント %1 は窓口職員のアカウントです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="107"/>
        <source>No staff accounts exist yet: IT staff add them with `kiosk staff add` (or start a demo with --demo).</source>
        <translation>職員アカウントがまだありません。情報担当が `kiosk staff add` で追加してください（デモは --demo で起動できます）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/manager/login_page.py" line="110"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>パスワードの誤りが多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/manager/login_page.py" line="113"/>
        <source>Wrong staff number or password. %n try(s) left before the lock-out.</source>
        <translation>
            <numerusform>職員番号またはパスワードが違います。ロックまであと %n 回です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="161"/>
        <source>Time at the town hall — statistics</source>
        <translation>庁舎滞在時間 — 集計</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="162"/>
        <source>Time at the town hall</source>
        <translation>庁舎滞在時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="163"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="164"/>
        <source>Tables</source>
        <translation>集計表</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="165"/>
        <source>By channel</source>
        <translation>受付方法別</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="167"/>
        <source>Help calls</source>
        <translation>職員呼び出し</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="168"/>
        <source>Figures</source>
        <translation>集計</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="169"/>
        <source>Divider between the filters and the figures</source>
        <translation>条件と数値の境界</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="172"/>
        <source>Switch the language</source>
        <translation>表示言語を切り替える</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="173"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="174"/>
        <source>Lock the statistics window</source>
        <translation>統計画面をロック</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="210"/>
        <source>The log-in could not be checked (%1). Try again, or call IT support.</source>
        <translation>ログインを確認できませんでした（%1）。もう一度お試しいただくか、情報担当に連絡してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/manager/window.py" line="228"/>
        <source>Locked after %n minute(s) without use. Log in again.</source>
        <translation>
            <numerusform>%n 分間操作がなかったためロックしました。もう一度ログインしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="238"/>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/manager/window.py" line="254"/>
        <source>%n visit(s) in the period.</source>
        <translation>
            <numerusform>期間内の来庁 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="259"/>
        <source>The figures could not be loaded (%1).</source>
        <translation>集計を読み込めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="80"/>
        <source>&amp;By</source>
        <translation>集計単位(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="81"/>
        <source>&amp;Measure</source>
        <translation>項目(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="82"/>
        <source>Group the figures by</source>
        <translation>集計の単位</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="83"/>
        <source>Which time to show</source>
        <translation>表示する時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="84"/>
        <source>Figures in minutes</source>
        <translation>集計表（分）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="100"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="101"/>
        <source>Mean (min)</source>
        <translation>平均（分）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="101"/>
        <source>Median (min)</source>
        <translation>中央値（分）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="101"/>
        <source>90% (min)</source>
        <translation>90%値（分）</translation>
    </message>
</context>
</TS>
