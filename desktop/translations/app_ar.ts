<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AssignmentDialog</name>
        <message numerus="yes">
            <location filename="../widgets/assignment_dialog.py" />
            <source>%n student(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>(not assigned to anyone yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>A team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Apply type and due date to selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign a module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assigned {module} to {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assigning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assignment changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assignment removed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/assignment_dialog.py" />
            <source>At most %n student(s) at once; assign a team instead.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Changes go to the server at once (this needs a connection); students' devices receive them at their next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Changing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Choose a module.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Current assignments of this module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Due on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Filter students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>No team is known yet: sync first, or assign students.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Remove selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Removing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Select an assignment in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Select at least one student.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Sign in again to change assignments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>The whole university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Your account belongs to no university.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>has a due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>reading a module's assignments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>team #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>team {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>the whole university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>{what} failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>{who}: {type}, {due}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartBox</name>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Charts are not available on this computer ({error}).</source>
            <translation type="unfinished" />
        </message>
    </context>
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
                <numerusform />
                <numerusform />
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
        <name>ErrorReporter</name>
        <message>
            <location filename="../errors.py" />
            <source>the app</source>
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
        <message numerus="yes">
            <location filename="../widgets/preview_window.py" />
            <source>%n problem(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/preview_window.py" />
            <source>%n section file(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&lt;b&gt;This module has a problem&lt;/b&gt; ({what}):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&lt;b&gt;{files}: {problems}&lt;/b&gt; (shown in place; the other sections work):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Close preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Close this preview (Ctrl+W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Content error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Nothing to show until the problem above is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Preview: {name} — FRAMES LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Previewing {folder} — changes appear when you save. Nothing is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>fix it and save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>loading the module folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>the last version that loaded is shown below</source>
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
            <source>(no team)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>, mastery {percent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; mastery {fifths}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; overdue rows in red</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; rating {mean} / 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archived: {module}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archiving {module}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Assign a module…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to draft: {module}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Chart to save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Comments on module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Compliance table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Could not save {file}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Could not save {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices: none registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse the selected student from the selected module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excusing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Export table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Export table to CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Feedback table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Group by team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>No module yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>No student yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Published: {module}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Publishing {module}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Save chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Save chart as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>Saved %n row(s) to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Saved the chart to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Search students, teams, modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Select a student's module in the table first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Sign in again to change assignments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Student's modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Syncing to refresh the reports…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Unpublishing {module}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>What the server knows: a device's last sync and the changes it said were still waiting, so “not done” can be told from “done but not synced yet”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Why is {who} excused from “{module}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw excuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw excuse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw the selected student's excuse from the selected module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdrawing the excuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>exporting a report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>no due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>no reason given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{device}: last sync {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{name} ({team})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>{shown} of %n assigned module(s) shown</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{title}: {completed} of {assigned} completed, {overdue} overdue, {excused} excused ({due}){rating}{mastery}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{what} failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{who} is excused from “{module}” ({reason}). Withdraw the excuse?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>{who}: {completed} of %n module(s) completed, {overdue} overdue{mastery}; last sync {when}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
        <name>TaskRunner</name>
        <message>
            <location filename="../tasks.py" />
            <source>saving on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../tasks.py" />
            <source>talking to the server</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../app.py" />
            <source>It started again from the backup of {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app.py" />
            <source>It started again from the newest backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app.py" />
            <source>The data on this computer was damaged and has been rebuilt.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../app.py" />
            <source>Unsynced items rescued: %n. They will still sync, and a copy is in {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>You stay signed in and can go on working offline; the next sync brings back anything else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../app.py" />
            <source>Your modules will be downloaded again at the next sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>assignment_dialog</name>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>no due date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <location filename="../ops/auth.py" />
            <source>Can't reach the server at {server}. Check the address and your network connection, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>FRAMES desktop on {computer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>Sign-in failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>The server address must start with http:// or https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>The server could not sign you in ({reason}). Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>This account has been disabled. Ask your faculty member or a lab admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>This sign-in is no longer valid. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>Wrong email or password. Check both and try again.</source>
            <translation type="unfinished" />
        </message>
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
        <message>
            <location filename="../ops/auth.py" />
            <source>this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>{server} does not look like a FRAMES server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>{server} does not look like a FRAMES server. Check the address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>components</name>
        <message>
            <location filename="../ops/components.py" />
            <source>; and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>Needs {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>a 3D scene viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>a newer version of FRAMES for its {kinds} sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the code sandbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the game player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the interactive scene viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the study buddy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the video player</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which is not available on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which this version of FRAMES does not have</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which this version of FRAMES does not know</source>
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
        <name>errors</name>
        <message>
            <location filename="../errors.py" />
            <source>Can't reach the server. Check the server address and your network connection; your work stays saved on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Permission denied: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Saving on this device failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Something went wrong ({kind}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../errors.py" />
            <source>The server had a problem: {reason}. Your work stays saved on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../errors.py" />
            <source>This app is too old for the server: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../errors.py" />
            <source>This module has a content error: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Your sign-in is no longer valid ({reason}). Please sign in again.</source>
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
        <name>media</name>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading file… {percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading image… {percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading video…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading video… {percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This file could not be downloaded: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This file hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This image could not be downloaded: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This image hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's file is missing. Let your faculty member know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's image is missing. Let your faculty member know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's video is missing. Let your faculty member know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This video could not be downloaded: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This video hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the video…</source>
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
        <name>preview</name>
        <message>
            <location filename="../ops/preview.py" />
            <source>{file}, line {line}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>report_charts</name>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>(no data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Assigned ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Completed ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Hints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Minutes per student (quartiles and median)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Pauses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Retries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>responses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>students</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reports</name>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n d</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n h ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n min ago</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Anonymous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>As of {time} UTC (last sync {when})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Assigned via</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Clarity (mean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Completion over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Difficulty (mean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Directly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Engagement (mean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Excuse reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Excused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Hints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Last sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <location filename="../widgets/reports.py" />
            <source>Mastery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Mastery by fifths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Median time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Module</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>No reports on this device yet: sync while connected to fetch them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Pauses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rating (mean)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Ratings and difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Reports not refreshed at the last sync: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Responses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Retries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Section {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Stopped here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Struggle by section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Time on task by section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>University</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>more than {limit} rows: filter the table first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{low}–{high} %: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{m} min {s} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{n}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{s} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sandbox</name>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>Code cannot run on this computer: {reason}. Staff can allow it with `frames-client sandbox --allow-unisolated yes`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>The code could not be started: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>This version of FRAMES cannot run {language} code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>{language} code cannot run on this computer: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>server_errors</name>
        <message>
            <location filename="../server_errors.py" />
            <source>Another copy of this device's data has synced. This device takes a new identity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server cannot answer in a form this app reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server cannot reach its database. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not do this: the request breaks one of its rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not send that part of the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not store or read a media file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server did not accept the sign-in. Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server did not understand the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not accept this type of file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not have this (or it is not visible to you).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not offer this. It may be an older version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server hit an unexpected error. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is being upgraded. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is busy. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is not set up correctly. Tell your lab admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server refused the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server refused this content: it is not in the module format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server's database could not be upgraded. Tell your lab admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This account has been disabled. Ask your faculty member or a lab admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This app is too old for the server: please update FRAMES LMS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This clashes with something that already exists on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This code was already used or has expired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This is too large for the server to accept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>Too many attempts. Wait a little and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>Your account is not allowed to do this.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../ops/session.py" />
            <source>The media file {name} is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ops/session.py" />
            <source>This section has no media file.</source>
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
                <numerusform />
                <numerusform />
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
