<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>ChannelsPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="113"/>
        <source>Time at the kiosk (at the tablet) and time at the town hall (arrival to leaving), per way of coming in. Minutes; the survey comparison is the mean, weighted by each channel&apos;s own life events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="116"/>
        <source>Figures per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="117"/>
        <source>Divider between the table and the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="120"/>
        <source>Chart of the median %1 per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/channels_panel.py" line="121"/>
        <source>%1: median per channel (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="91"/>
        <source>Median time at the town hall per day (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="92"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="93"/>
        <source>Before the system (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="94"/>
        <source>Target (−60%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="95"/>
        <source>Median wait and service per counter (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="96"/>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/charts_panel.py" line="97"/>
        <source>Counter chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="94"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="98"/>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="99"/>
        <source>Shift_JIS (cp932)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="101"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="102"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="103"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="104"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="105"/>
        <source>CSV encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="106"/>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="107"/>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="108"/>
        <source>Export the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="109"/>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="110"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="122"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="130"/>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="136"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="143"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="155"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="162"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="164"/>
        <source>The file cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/export_panel.py" line="167"/>
        <source>The export failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="81"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="81"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="81"/>
        <source>&amp;Life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="82"/>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="82"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="85"/>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="86"/>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="87"/>
        <source>Life event filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="88"/>
        <source>Counter filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="89"/>
        <source>Channel filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="90"/>
        <source>All life events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="92"/>
        <source>All counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/filters_panel.py" line="94"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlinePanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="48"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="53"/>
        <source>Before the system → now (mean, min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="54"/>
        <source>Reduction against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="55"/>
        <source>Progress toward −60%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="59"/>
        <source>Progress toward the 60% reduction goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="61"/>
        <source>Medians and 90th percentiles are estimates here, within %1% + %2 s of the exact figures (counts and means are exact). Choose a shorter period for exact figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/headline_panel.py" line="85"/>
        <source>no baseline loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpCallsPanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="57"/>
        <source>PIN forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="58"/>
        <source>Last PIN try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="59"/>
        <source>Help with manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="60"/>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="61"/>
        <source>Resident&apos;s own call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="65"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="66"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="67"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="68"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="69"/>
        <source>Help calls per screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="70"/>
        <source>Help calls per reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="71"/>
        <source>Help calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/help_calls_panel.py" line="77"/>
        <source>%1 help call(s), %2 not acknowledged. Time to acknowledge: median %3 s, 90% within %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerLoginPage</name>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="76"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="77"/>
        <source>The figures and their exports are for managers. Log in with your staff number and your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="79"/>
        <source>&amp;Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="80"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="81"/>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="82"/>
        <source>e.g. M2001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="83"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="84"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="85"/>
        <source>Log in to the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="90"/>
        <source>Enter your staff number (letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="95"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="104"/>
        <source>The statistics are for managers: account %1 is a clerk&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/login_page.py" line="107"/>
        <source>No staff accounts exist yet: IT staff add them with `kiosk staff add` (or start a demo with --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/manager/login_page.py" line="110"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/manager/login_page.py" line="113"/>
        <source>Wrong staff number or password. %n try(s) left before the lock-out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="161"/>
        <source>Time at the town hall — statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="162"/>
        <source>Time at the town hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="163"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="164"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="165"/>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="167"/>
        <source>Help calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="168"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="169"/>
        <source>Divider between the filters and the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="172"/>
        <source>Switch the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="173"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="174"/>
        <source>Lock the statistics window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="210"/>
        <source>The log-in could not be checked (%1). Try again, or call IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/manager/window.py" line="228"/>
        <source>Locked after %n minute(s) without use. Log in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="238"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/manager/window.py" line="254"/>
        <source>%n visit(s) in the period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/window.py" line="259"/>
        <source>The figures could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="80"/>
        <source>&amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="81"/>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="82"/>
        <source>Group the figures by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="83"/>
        <source>Which time to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="84"/>
        <source>Figures in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="100"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="101"/>
        <source>Mean (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="101"/>
        <source>Median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/manager/table_panel.py" line="101"/>
        <source>90% (min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
