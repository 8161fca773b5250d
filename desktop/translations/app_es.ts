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
        <message>
            <location filename="../kiosk/window.py" />
            <source>starting the demo server</source>
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
            <source>&amp;About FRAMES LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Export items not synced…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
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
            <source>&amp;My modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Not synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Restart now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&lt;p&gt;&lt;b&gt;FRAMES LMS&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Training modules for university lab teams, offline first: everything you do is saved on this computer and syncs when a network is there.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&lt;p&gt;Demo server: &lt;a href='{url}/docs'&gt;{url}&lt;/a&gt; (port {port}), data in &lt;code&gt;{folder}&lt;/code&gt;. Use this address in place of &lt;code&gt;localhost:8000&lt;/code&gt; in the README's examples; every demo account's password is &lt;code&gt;frames-demo&lt;/code&gt;.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>About FRAMES LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Problem while {what}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Reports — {name} — FRAMES LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>S&amp;torage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Set &amp;kiosk PIN…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Sign in — FRAMES LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Signing in to the demo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Starting the demo server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The demo could not start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The demo server stopped; it was started again at {url}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The new language is used the next time FRAMES LMS starts. Restart now? Your work is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The server no longer accepts this device's sign-in. Sign in again to sync; your work is saved on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>This module is no longer on this device. Sync to update.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/main_window.py" />
            <source>You are signed out. %n change(s) not synced yet stay on this device and sync the next time you sign in.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Your kiosk PIN is set; the tablets learn it at their next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>running the demo server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>starting the demo server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>starting the demo server again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>{name} — FRAMES LMS</source>
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
        <name>ModuleCardDelegate</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked — {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModuleListModel</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>{title} ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModuleListPage</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Everything here works offline; your progress syncs by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Getting your modules from the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Hello {name}. Everything here works offline; your progress syncs by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>My modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>No modules are assigned to you yet. New ones appear here after a sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>No modules match your search and filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Search modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Your university has no modules yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Your university's modules, drafts included. Open one to see it exactly as students will; nothing you do in a preview is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>“{title}” is locked. {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotSyncedPage</name>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>%n other change(s) still waiting to be sent; exports include them.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Back to my modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Could not save the file: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Everything you did on this device has reached the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Export items that are not synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Export to a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Items not synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>JSON lines (*.jsonl)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Not synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Nothing was refused by the server.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>Saved %n item(s) to {path}. Send this file to your faculty member.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Send the selected items (or all of them) to the server again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>Sending %n item(s) again…</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>The server did not accept these items. They stay on this device and are never thrown away: export them to a file and send it to your faculty member, or try again if the problem has been fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Try again</source>
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
        <name>PreviewWindow</name>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>loading the module folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Why it was not synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>{what} in {module} on {when}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../widgets/reports.py" />
            <source>exporting a report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>After your first sign-in on this computer, the app opens straight into your modules, even with no network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Enter your email and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign in with your lab account to get your training modules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign-in problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>you@university.edu</source>
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
        <name>StatusArea</name>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Connection status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Downloading media {done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Media download progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Send your progress and get new modules now (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sync details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>{items} — review</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoragePage</name>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>%n file(s) could not be downloaded; they are tried again after the next sync.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Back to my modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Completed modules stay in your list and keep your progress; their videos play again when you are online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Download progress</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>Downloading {done} of {total} ({files} of %n file(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Downloads start after the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Downloads:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Everything your modules need is on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Free space: remove media of completed modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Freed {size}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Freeing space…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Images and videos of your modules are downloaded in the background after each sync, so they play without a network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Media on this device:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Waiting for the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Your data:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>measuring storage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>{size} in %n file(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>{size} of progress and modules</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncBridge</name>
        <message>
            <location filename="../sync_bridge.py" />
            <source>downloading images and videos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sync_bridge.py" />
            <source>preparing pictures for display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sync_bridge.py" />
            <source>starting sync</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <location filename="../ops/auth.py" />
            <source>signing in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>signing out</source>
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
            <source>checking a PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>enrolling this kiosk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>exporting unsynced work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>setting the kiosk PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>signing in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>signing out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>{low} to {high} digits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>module_kinds</name>
        <message>
            <location filename="../module_kinds.py" />
            <source>Code exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Game</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Guided problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Interactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Mixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>hands-on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>level {level} of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>mostly reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>some hands-on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>module_list</name>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>%n min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>%n section(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>Due in %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Excused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>In progress · {percent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Overdue since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>modules</name>
        <message>
            <location filename="../ops/modules.py" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Complete {modules} first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Other modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>{list} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>“{title}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>outbox</name>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Completed the module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Feedback on the module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Finished a task in section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Finished section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Opened section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Started the module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server did not accept it (no reason given).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server no longer has this module (it was removed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server says this was recorded on another device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>This module is no longer assigned to you, so the server did not take it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Ticked “{item}” in section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Time spent in section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Unticked “{item}” in section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>an item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>exporting the items that are not synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>{kind} in section {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>status</name>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>%n change(s) waiting to sync</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>%n item(s) not synced</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>All changes synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>Last synced %n min ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced today at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Offline — your work is saved on this device and will sync when you're back online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Signed out by the server — sign in again to sync. Your work is saved on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Sync problem: {error}. Your work is saved on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>unknown size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <location filename="../ops/storage.py" />
            <source>checking the rebuilt data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/storage.py" />
            <source>freeing space</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../ops/window.py" />
            <source>saving a setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/window.py" />
            <source>saving the window</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
