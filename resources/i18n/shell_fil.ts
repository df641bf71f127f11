<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil" sourcelanguage="en">
<context>
    <name>CallStaffOverlay</name>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="51"/>
        <source>A member of staff is on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="53"/>
        <source>We are calling a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="54"/>
        <source>Please wait here. Your answers so far are kept. If you need nothing after all, tap the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="57"/>
        <source>Go back to where I was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="58"/>
        <source>Close and go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="59"/>
        <source>Staff: open the staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/call_staff.py" line="60"/>
        <source>Staff menu (staff PIN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraDateInput</name>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="92"/>
        <source>Western (西暦)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="93"/>
        <source>Western calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="95"/>
        <source>Era %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="180"/>
        <source>This date does not exist. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/era_date.py" line="188"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="53"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="54"/>
        <source>Yes, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="55"/>
        <source>Continue the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="105"/>
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KanaKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="139"/>
        <source>Voiced mark (dakuten) on the last letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="141"/>
        <source>Half-voiced mark on the last letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="142"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="143"/>
        <source>Make the last letter small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="144"/>
        <source>Long vowel mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="145"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="146"/>
        <source>Space between family and given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="147"/>
        <source>⌫ Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="148"/>
        <source>Delete the last letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="149"/>
        <source>What you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="150"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/kana_keyboard.py" line="151"/>
        <source>Confirm what you typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="243"/>
        <source>Text: normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="243"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="243"/>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="246"/>
        <source>Text size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="247"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="248"/>
        <source>High contrast colours on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="250"/>
        <source>Call staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="251"/>
        <source>Call a member of staff for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="252"/>
        <source>Write-free counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="413"/>
        <location filename="../../kiosk/ui/main_window.py" line="417"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="415"/>
        <source>Staff menu: this terminal needs attention (staff PIN needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="418"/>
        <source>Staff menu (staff PIN needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="425"/>
        <source>This terminal needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="426"/>
        <source>Tell IT support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="427"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="427"/>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="69"/>
        <source>⌫ Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="70"/>
        <source>Delete one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="71"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keypad.py" line="72"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJobsMenu</name>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="78"/>
        <source>Print jobs waiting on this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="79"/>
        <source>Failed print jobs of this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="80"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="81"/>
        <source>Send the selected job to the printer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="82"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="83"/>
        <source>Delete the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="84"/>
        <source>Close the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="85"/>
        <source>Close the kiosk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="86"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="87"/>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="109"/>
        <source>Visit …%1 · %2 min ago · %3 · %4 attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="118"/>
        <source>No print job is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="143"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="145"/>
        <source>Printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="147"/>
        <source>Not printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/print_jobs_menu.py" line="154"/>
        <source>Discarded. A clerk can still reprint the visit&apos;s forms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinPrompt</name>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="50"/>
        <source>Staff only: enter the staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="51"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="52"/>
        <source>Cancel staff PIN entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="53"/>
        <source>Digits entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="60"/>
        <source>No staff PIN is set on this terminal: IT staff set one with `kiosk config set-staff-pin`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="84"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/staff_pin.py" line="99"/>
        <source>Wrong PIN. %n try(s) left before the lock-out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="44"/>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="44"/>
        <source>Choose the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="45"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="45"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="45"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="68"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="70"/>
        <source> (you are here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/step_bar.py" line="71"/>
        <source>Steps of your visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="82"/>
        <source>Welcome to the town hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="84"/>
        <source>No forms to fill in by hand: answer a few questions and we print everything for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="87"/>
        <location filename="../../kiosk/ui/screens/welcome.py" line="88"/>
        <source>Start with my My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="89"/>
        <location filename="../../kiosk/ui/screens/welcome.py" line="90"/>
        <source>Start without a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="91"/>
        <source>I answered at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="93"/>
        <source>I answered at home: scan my QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="95"/>
        <source>Need help? Tap “Call staff” at the top right at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
