<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="45"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="45"/>
        <source>Record that the resident was called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="46"/>
        <source>Service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="47"/>
        <source>Record that service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="48"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="48"/>
        <source>Record that service finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="49"/>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="50"/>
        <source>Record that the resident was sent back for a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="51"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/actions_panel.py" line="51"/>
        <source>Mark the visit as left the town hall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="57"/>
        <source>characters the font lacks (write them by hand at 〓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="58"/>
        <source>text did not fit its box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="59"/>
        <source>more people than rows: use an extra sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="64"/>
        <source>Procedures, documents and checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="65"/>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="66"/>
        <source>Flags from the print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="86"/>
        <source>The 個人番号 is never stored: forms that need it are printed with that box empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="89"/>
        <source>This visit is not in today&apos;s queue for this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="91"/>
        <source>No procedure of this visit is done at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="110"/>
        <source>%1 — check at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="113"/>
        <source>Answered “I don&apos;t know”: ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="115"/>
        <source>Documents to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="116"/>
        <source>Clerk checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="117"/>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="132"/>
        <source>%1: check at the counter (the resident answered “I don&apos;t know”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="100"/>
        <source>No layout for form %1: fill it in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/checklist_panel.py" line="103"/>
        <source>No flags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkWindow</name>
    <message>
        <location filename="../../kiosk/ui/clerk/window.py" line="156"/>
        <source>Clerk console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/window.py" line="200"/>
        <source>That did not work (%1). Try again, or call IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/window.py" line="210"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/window.py" line="220"/>
        <source>No staff accounts exist yet: IT staff add them with `kiosk staff add` (or start a demo with --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/clerk/window.py" line="223"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/clerk/window.py" line="226"/>
        <source>Wrong staff number or password. %n try(s) left before the lock-out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/clerk/window.py" line="270"/>
        <source>Locked after %n minute(s) without use. Log in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="89"/>
        <source>Procedures and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="90"/>
        <source>Prefilled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="91"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="92"/>
        <source>Core system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="93"/>
        <source>Open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="94"/>
        <source>Close visit [Esc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="95"/>
        <source>Close the open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="103"/>
        <source>Switch the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="104"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/console_page.py" line="105"/>
        <source>Lock the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreStatusPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="72"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="72"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="72"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="73"/>
        <source>Records sent to the core system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="78"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="79"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="80"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="81"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="110"/>
        <source>No visit open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="112"/>
        <source>Nothing sent to the core system for this visit yet: its procedures go when you mark this counter finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/core_status_panel.py" line="119"/>
        <source>%1 record(s): %2 answered, %3 returned, %4 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpCallsPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="67"/>
        <source>forgot the card PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="68"/>
        <source>at the last PIN try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="69"/>
        <source>needs help entering the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="70"/>
        <source>printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="71"/>
        <source>asked for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="77"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="79"/>
        <source>%1 is on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="80"/>
        <source>%1 · %2 (screen %3) · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="85"/>
        <source>Kiosks calling for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="86"/>
        <source>On my way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="88"/>
        <source>Acknowledge the selected call: the kiosk shows that staff are coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="89"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="90"/>
        <source>The selected call has been dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="105"/>
        <source>Help needed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/help_calls_panel.py" line="108"/>
        <source>Staff are on their way to every call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskJobsController</name>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="137"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="147"/>
        <source>Reprinted (job %1). The kiosk deletes its copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="152"/>
        <source>Discarded: the kiosk deletes job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="157"/>
        <source>That did not work: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskJobsPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="65"/>
        <source>Kiosks&apos; failed print jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="66"/>
        <source>Print jobs that failed at a kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="67"/>
        <source>Reprint here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="69"/>
        <source>Print the selected visit&apos;s forms again on this counter&apos;s printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="70"/>
        <source>Discard at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="72"/>
        <source>Give up on the selected job: the kiosk deletes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="77"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="77"/>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="80"/>
        <source>%1 · ticket %2 (visit …%3) · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/kiosk_jobs_panel.py" line="94"/>
        <source>No kiosk has a failed print job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneStopController</name>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_controller.py" line="103"/>
        <source>Ticket %1: %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_controller.py" line="114"/>
        <source>Ticket %1: %2 handed to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneStopPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="78"/>
        <source>One-stop desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="79"/>
        <source>Procedures of the visit and their staff guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="81"/>
        <source>Done here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="82"/>
        <source>Mark the chosen procedure done here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="83"/>
        <source>Hand to this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="85"/>
        <source>Hand the chosen procedure to the chosen department&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="86"/>
        <source>Department to hand it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="103"/>
        <source>the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="105"/>
        <source>Done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="107"/>
        <source>Handed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="108"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="127"/>
        <source>%1 [specialist]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="145"/>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="146"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="147"/>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="148"/>
        <source>Documents to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="153"/>
        <source>No procedure of this visit is for this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="155"/>
        <source>Every procedure is settled: press Finished [F7].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="157"/>
        <source>Settle each procedure here, or hand it to its department (marked [specialist] where the catalog says a specialist does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/onestop_panel.py" line="161"/>
        <source>The one-stop desk handed these procedures to this counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="83"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="83"/>
        <source>Furigana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="84"/>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="85"/>
        <source>Relation to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="86"/>
        <source>Current address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="86"/>
        <source>Ōaza (new address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="87"/>
        <source>Banchi (new address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="88"/>
        <source>Building and room (new address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="89"/>
        <source>Postal code (new address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="95"/>
        <source>Card</source>
        <comment>source of a value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="96"/>
        <source>Record</source>
        <comment>source of a value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="97"/>
        <source>Resident</source>
        <comment>source of a value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="98"/>
        <source>Staff</source>
        <comment>source of a value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="103"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="105"/>
        <source>Household member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="106"/>
        <source>New address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="109"/>
        <source>No visit is open. Scan a guide sheet or pick a ticket from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="111"/>
        <source>Correct a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="112"/>
        <source>Allow correcting the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="113"/>
        <source>Apply and re-render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="114"/>
        <source>Apply the correction and re-render the affected forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="126"/>
        <source>Where the value came from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/person_panel.py" line="213"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="58"/>
        <source>◀ Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="59"/>
        <source>Previous page of the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="60"/>
        <source>Next page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="61"/>
        <source>Next page of the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="62"/>
        <source>Rendered form page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="77"/>
        <source>No preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/preview_panel.py" line="84"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="75"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="75"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="76"/>
        <source>printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="79"/>
        <source>Print these forms [Ctrl+P]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="80"/>
        <source>Print the latest rendered forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="81"/>
        <source>Reprint all forms here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="83"/>
        <source>Render and print every form of this counter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="84"/>
        <source>Print jobs waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="85"/>
        <source>Print jobs waiting for a reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="86"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="87"/>
        <source>Retry the selected print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="88"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="89"/>
        <source>Discard the selected print job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="90"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="91"/>
        <source>Refresh the print jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="103"/>
        <source>Rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="105"/>
        <source>No form of this counter is rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/print_panel.py" line="112"/>
        <source>Job %1: %2, %3 attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="75"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="76"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="77"/>
        <source>Being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="78"/>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="79"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="83"/>
        <source>Today&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="84"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="85"/>
        <source>Refresh the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="86"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="88"/>
        <source>Give a ticket to a resident who came straight to this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="89"/>
        <source>Open selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="90"/>
        <source>Open the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="92"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="92"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="92"/>
        <source>Life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="92"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/queue_panel.py" line="93"/>
        <source>Queue of visits for this counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteReasonPrompt</name>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="43"/>
        <source>This visit is not routed to this counter. Why do you open it? Your answer is recorded with your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="46"/>
        <source>The resident is here, at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="47"/>
        <source>I am covering for the counter on the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="48"/>
        <source>The resident asks for a correction or advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="49"/>
        <source>Supervisor check of a colleague&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="54"/>
        <source>Do not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/route_reason.py" line="55"/>
        <source>Do not open the visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="41"/>
        <source>S&amp;can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="42"/>
        <source>Scan the guide sheet&apos;s QR code or type the ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="44"/>
        <source>Scan field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="45"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/scan_panel.py" line="46"/>
        <source>Open the scanned visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="110"/>
        <source>Clerk console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="111"/>
        <source>Choose the counter this console serves, then log in with your staff number and your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="113"/>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="114"/>
        <source>&amp;Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="115"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="116"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="117"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="118"/>
        <source>Counter this console serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="119"/>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="120"/>
        <source>e.g. S1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="121"/>
        <source>Start the clerk console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/start_page.py" line="126"/>
        <source>Enter your staff number (letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitController</name>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="76"/>
        <source>Walk-in: ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="90"/>
        <source>No visit matches that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="130"/>
        <source>Ticket %1: no prefilled data (a walk-in, or kept no longer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="133"/>
        <source>Ticket %1: this terminal does not hold the town key that opens the prefilled data (kiosk keys status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="137"/>
        <source>Ticket %1: the prefilled data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="140"/>
        <source>Ticket %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="179"/>
        <source>No visit open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="182"/>
        <source>not queued here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="183"/>
        <source>Ticket %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="192"/>
        <source>Mark as left?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="193"/>
        <source>Ticket %1 will be marked as having left the town hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="195"/>
        <source>Mark as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="195"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="207"/>
        <source>Ticket %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="218"/>
        <source>Re-rendering the affected forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/clerk/visits.py" line="231"/>
        <source>Corrected. %n form(s) of this counter re-rendered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="239"/>
        <source>This value cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="254"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="262"/>
        <source>Printed (job %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/clerk/visits.py" line="269"/>
        <source>The printer did not print (%1). The job is kept: retry it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
