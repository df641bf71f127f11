<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="70"/>
        <source>5/6  First admin account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="72"/>
        <source>Staff accounts already exist in this database: add more with kiosk staff add, or in the clerk console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="74"/>
        <source>The first administrator, who can then add the other staff. Leave the staff number empty to add nobody now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="76"/>
        <source>&amp;Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="77"/>
        <source>Staff number of the first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="78"/>
        <source>e.g. S1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="79"/>
        <source>&amp;Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="80"/>
        <source>Name shown for the first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="81"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="82"/>
        <source>Password of the first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="83"/>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="84"/>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/admin_page.py" line="85"/>
        <source>Add the admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="55"/>
        <source>4/6  Card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="56"/>
        <source>Put a staff-held My Number card on the reader (or start the emulator: kiosk card emulate --profile standard-adult), then test. The test asks the card how many PIN tries are left: no PIN is asked, no try is spent, nothing personal is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="60"/>
        <source>&amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="61"/>
        <source>Card reader name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="64"/>
        <source>empty: the first reader with a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="65"/>
        <location filename="../../kiosk/ui/setup/card_page.py" line="66"/>
        <source>Test with a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="67"/>
        <source>Read the card and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/card_page.py" line="68"/>
        <source>Save without a test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="29"/>
        <source>2/6  Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="30"/>
        <source>The town hall&apos;s PostgreSQL server (postgresql://user@host/database), or &quot;local&quot; for a file on this computer only. The test connects and brings the tables up to date; the address is saved only if it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="34"/>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="35"/>
        <source>Database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/database_page.py" line="37"/>
        <source>Connect and save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="84"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="102"/>
        <source>The checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="112"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="112"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="113"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="128"/>
        <source>This terminal is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="131"/>
        <source>Still needs attention: %1. Fix it (go back to its step, or see its line above), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="135"/>
        <source>Final check (kiosk doctor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="136"/>
        <source>Everything this terminal needs, checked with the answers you saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="139"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="139"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="139"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="140"/>
        <source>Findings of the final check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="141"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="142"/>
        <source>Run the final check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/doctor_page.py" line="143"/>
        <source>Checking, please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="56"/>
        <source>3/6  Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="57"/>
        <source>Where the forms are printed. The test prints one page: check that it came out of the right printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="59"/>
        <source>CUPS printer queue (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="60"/>
        <source>Windows printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="61"/>
        <source>A folder of PDF files (no printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="64"/>
        <source>&amp;Printing through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="65"/>
        <source>Printing through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="66"/>
        <source>Printer &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="67"/>
        <source>Printer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="68"/>
        <source>empty: the system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="69"/>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="70"/>
        <source>Folder for the printed PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="71"/>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="72"/>
        <source>Print a test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="73"/>
        <source>Print a test page and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/printer_page.py" line="74"/>
        <source>Save without a test page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="57"/>
        <source>6/6  Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="58"/>
        <source>Prefilled personal data is deleted after this time; the anonymous visit figures (no names, no numbers) are kept for the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="61"/>
        <source>Until the end of the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="62"/>
        <source>For a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="63"/>
        <source>&amp;Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="64"/>
        <source>How long personal data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="65"/>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="66"/>
        <source>Hours personal data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="67"/>
        <source>&amp;Anonymous figures, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="68"/>
        <source>Days the anonymous figures are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="69"/>
        <source>kept for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/retention_page.py" line="70"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWindow</name>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="135"/>
        <source>The configuration file is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="188"/>
        <location filename="../../kiosk/ui/setup/window.py" line="189"/>
        <source>Terminal setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="190"/>
        <source>Configuration file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="191"/>
        <source>Configuration file (made by the first step): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="197"/>
        <source>Switch the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="198"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="199"/>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="200"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="201"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="202"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/window.py" line="203"/>
        <source>Close the setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="159"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="181"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="181"/>
        <source>Saved, not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="190"/>
        <source>The check stopped on an unexpected %1; run kiosk doctor, and report it with the log if that finds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/step_page.py" line="230"/>
        <source>Checking, please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalPage</name>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="38"/>
        <source>1/6  This terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="39"/>
        <source>What this computer is for, and the name it reports in the statistics and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="41"/>
        <source>Kiosk (residents use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="42"/>
        <source>Clerk console (at a counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="43"/>
        <source>Manager (statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="46"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="47"/>
        <source>Role of this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="48"/>
        <source>Terminal &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="49"/>
        <source>Terminal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="50"/>
        <source>e.g. tablet-1 (empty: made up at first start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/setup/terminal_page.py" line="51"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
