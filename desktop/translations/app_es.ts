<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>CountdownOverlay</name>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>I'm still here</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../kiosk/countdown.py" />
            <source>Signing you out in %n second(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>Still there?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>Touch anywhere to keep working.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrol this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrol this device as a kiosk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment &amp;code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Orientation tablet 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>PIN a&amp;gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff e&amp;xit PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff exit PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff exit PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Students will sign in here with their name and PIN, also offline. Use an enrolment code from your admin (frames-server kiosk-code), or sign in as faculty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>The staff exit PIN must be {rule}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>The two exit PINs differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>faculty@university.edu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>or sign in as faculty / admin:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskHeader</name>
        <message>
            <location filename="../kiosk/header.py" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>A kiosk PIN is {rule}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Enter your password to change your kiosk PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>New &amp;PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>New kiosk PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>On the shared tablets at orientation you sign in by tapping your name and typing this PIN. Choose {rule} nobody can guess (not your birthday, not a row of one digit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>PIN &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Set kiosk PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>The PIN could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>The two PINs differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Your pass&amp;word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Your password</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Demo: choose a staff exit PIN (e.g. 000000), then enrol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Enrol kiosk — FRAMES LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Export unsynced work</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../kiosk/window.py" />
            <source>Exported %n unsynced item(s) to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>FRAMES LMS kiosk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>JSON lines (*.jsonl)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Starting the demo server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Syncing in the background…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>The demo could not start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Your kiosk PIN is short. Choose a new one of {rule} in the FRAMES app on your laptop (File, Set kiosk PIN).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkNotice</name>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Copied. Paste it into a message to yourself, or note it down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Copy address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>This link opens on your own device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>This tablet does not open websites. Note the address, or copy it, and open it on your phone or laptop.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Restart now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The new language is used the next time FRAMES LMS starts. Restart now? Your work is saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../widgets/message_bar.py" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/message_bar.py" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickerPage</name>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>(no PIN yet: ask staff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>No students on this kiosk yet. The roster downloads as soon as the kiosk is online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Nobody matches that. Check the spelling, or ask staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Search by name or student ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Search students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Staff: exit or manage this kiosk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Tap your name to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>This kiosk's access was withdrawn by an admin. Students can keep working: their work ({pending}) stays on this tablet until staff export it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>PIN entered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>The PIN could not be checked: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Enter your PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Hi {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Not you? Back</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../kiosk/pin_page.py" />
            <source>That PIN is not right. %n more try(s) before this tablet locks you out.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>This kiosk cannot check PINs until staff enrol it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Too many wrong PINs. Try again in {wait}, or ask staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>You cannot sign in here yet: ask staff for a kiosk PIN.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>%n student(s) on the roster; {synced}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>; %n refused by the server</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>&lt;b&gt;The server no longer accepts this kiosk&lt;/b&gt; (revoked by an admin): export the unsynced work and give the file to an admin, then enrol it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; (kiosk {kiosk}) for {scope}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Back to the students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Enrol again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Enter the staff exit PIN set when this kiosk was enrolled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Exit kiosk mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Export unsynced work…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Server: {url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>That is not the staff PIN. %n more try(s) before the staff page locks.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Too many wrong staff PINs. Try again in {wait}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>{university}, team {team}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>enrol</name>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk {host}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <location filename="../formats.py" />
            <source>{h} h {m} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../formats.py" />
            <source>{n} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../formats.py" />
            <source>{n} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>{low} to {high} digits</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
