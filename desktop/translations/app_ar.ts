<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AssignmentDialog</name>
        <message numerus="yes">
            <location filename="../widgets/assignment_dialog.py" />
            <source>%n student(s)</source>
            <translation>
                <numerusform>لا طلاب</numerusform>
                <numerusform>طالب واحد</numerusform>
                <numerusform>طالبان</numerusform>
                <numerusform>%Ln طلاب</numerusform>
                <numerusform>%Ln طالبًا</numerusform>
                <numerusform>%Ln طالب</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>(not assigned to anyone yet)</source>
            <translation>(لم تُسنَد إلى أحد بعد)</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>A team</source>
            <translation>فريق</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Apply type and due date to selected</source>
            <translation>تطبيق النوع وتاريخ الاستحقاق على المحدد</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign</source>
            <translation>إسناد</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign a module</source>
            <translation>إسناد وحدة</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assign to</source>
            <translation>إسناد إلى</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assigned {module} to {who}.</source>
            <translation>أُسندت {module} إلى {who}.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assigning</source>
            <translation>جارٍ الإسناد</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assignment changed.</source>
            <translation>تم تغيير الإسناد.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Assignment removed.</source>
            <translation>تمت إزالة الإسناد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/assignment_dialog.py" />
            <source>At most %n student(s) at once; assign a team instead.</source>
            <translation>
                <numerusform>لا يمكن إسناد أي طالب دفعة واحدة؛ أسند إلى فريق بدلًا من ذلك.</numerusform>
                <numerusform>طالب واحد على الأكثر في المرة الواحدة؛ أسند إلى فريق بدلًا من ذلك.</numerusform>
                <numerusform>طالبان على الأكثر في المرة الواحدة؛ أسند إلى فريق بدلًا من ذلك.</numerusform>
                <numerusform>%Ln طلاب على الأكثر في المرة الواحدة؛ أسند إلى فريق بدلًا من ذلك.</numerusform>
                <numerusform>%Ln طالبًا على الأكثر في المرة الواحدة؛ أسند إلى فريق بدلًا من ذلك.</numerusform>
                <numerusform>%Ln طالب على الأكثر في المرة الواحدة؛ أسند إلى فريق بدلًا من ذلك.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Changes go to the server at once (this needs a connection); students' devices receive them at their next sync.</source>
            <translation>تُرسَل التغييرات إلى الخادم فورًا (يتطلب ذلك اتصالًا)؛ وتتلقاها أجهزة الطلاب في مزامنتها التالية.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Changing</source>
            <translation>جارٍ التغيير</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Choose a module.</source>
            <translation>اختر وحدة.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Current assignments</source>
            <translation>الإسنادات الحالية</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Current assignments of this module</source>
            <translation>الإسنادات الحالية لهذه الوحدة</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Due date</source>
            <translation>تاريخ الاستحقاق</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Due on</source>
            <translation>مستحقة في</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Filter students</source>
            <translation>تصفية الطلاب</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Module</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>No team is known yet: sync first, or assign students.</source>
            <translation>لا يوجد فريق معروف بعد: زامِن أولًا، أو أسند إلى طلاب.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Remove selected</source>
            <translation>إزالة المحدد</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Removing</source>
            <translation>جارٍ الإزالة</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Select an assignment in the list first.</source>
            <translation>حدّد إسنادًا في القائمة أولًا.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Select at least one student.</source>
            <translation>حدّد طالبًا واحدًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Sign in again to change assignments.</source>
            <translation>سجّل الدخول من جديد لتغيير الإسنادات.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Students</source>
            <translation>الطلاب</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Team</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>The whole university</source>
            <translation>الجامعة كلها</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Your account belongs to no university.</source>
            <translation>حسابك لا ينتمي إلى أي جامعة.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>has a due date</source>
            <translation>لها تاريخ استحقاق</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>reading a module's assignments</source>
            <translation>قراءة إسنادات وحدة</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>team #{id}</source>
            <translation>الفريق رقم {id}</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>team {name}</source>
            <translation>فريق {name}</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>the whole university</source>
            <translation>الجامعة كلها</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>{what} failed.</source>
            <translation>فشل: {what}.</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>{who}: {type}, {due}</source>
            <translation>{who}: {type}، {due}</translation>
        </message>
    </context>
    <context>
        <name>ChartBox</name>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Charts are not available on this computer ({error}).</source>
            <translation>المخططات غير متاحة على هذا الحاسوب ({error}).</translation>
        </message>
    </context>
    <context>
        <name>CodeEditor</name>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Plain text editor</source>
            <translation>محرر نص عادي</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Read only.</source>
            <translation>للقراءة فقط.</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Tab indents and Shift+Tab dedents by four spaces; press Escape, then Tab, to move on from the editor.</source>
            <translation>يزيد Tab المسافة البادئة أربع مسافات ويُنقصها Shift+Tab أربعًا؛ للانتقال من المحرر اضغط Escape ثم Tab.</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>{language} code editor</source>
            <translation>محرر شيفرة {language}</translation>
        </message>
    </context>
    <context>
        <name>CodeTabs</name>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Files</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>You can read this file but not change it.</source>
            <translation>يمكنك قراءة هذا الملف دون تغييره.</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>{name} (read only)</source>
            <translation>{name} (للقراءة فقط)</translation>
        </message>
    </context>
    <context>
        <name>CountdownOverlay</name>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>I'm still here</source>
            <translation>ما زلت هنا</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/countdown.py" />
            <source>Signing you out in %n second(s)</source>
            <translation>
                <numerusform>جارٍ تسجيل خروجك الآن</numerusform>
                <numerusform>سيُسجَّل خروجك بعد ثانية واحدة</numerusform>
                <numerusform>سيُسجَّل خروجك بعد ثانيتين</numerusform>
                <numerusform>سيُسجَّل خروجك بعد %Ln ثوانٍ</numerusform>
                <numerusform>سيُسجَّل خروجك بعد %Ln ثانية</numerusform>
                <numerusform>سيُسجَّل خروجك بعد %Ln ثانية</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>Still there?</source>
            <translation>هل ما زلت هنا؟</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/countdown.py" />
            <source>Still there? Signing you out in %n second(s). Touch anywhere or press any key to keep working.</source>
            <translation>
                <numerusform>هل ما زلت هنا؟ جارٍ تسجيل خروجك الآن. المس أي مكان أو اضغط أي مفتاح لمواصلة العمل.</numerusform>
                <numerusform>هل ما زلت هنا؟ سيُسجَّل خروجك بعد ثانية واحدة. المس أي مكان أو اضغط أي مفتاح لمواصلة العمل.</numerusform>
                <numerusform>هل ما زلت هنا؟ سيُسجَّل خروجك بعد ثانيتين. المس أي مكان أو اضغط أي مفتاح لمواصلة العمل.</numerusform>
                <numerusform>هل ما زلت هنا؟ سيُسجَّل خروجك بعد %Ln ثوانٍ. المس أي مكان أو اضغط أي مفتاح لمواصلة العمل.</numerusform>
                <numerusform>هل ما زلت هنا؟ سيُسجَّل خروجك بعد %Ln ثانية. المس أي مكان أو اضغط أي مفتاح لمواصلة العمل.</numerusform>
                <numerusform>هل ما زلت هنا؟ سيُسجَّل خروجك بعد %Ln ثانية. المس أي مكان أو اضغط أي مفتاح لمواصلة العمل.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/countdown.py" />
            <source>Touch anywhere to keep working.</source>
            <translation>المس أي مكان لمواصلة العمل.</translation>
        </message>
    </context>
    <context>
        <name>DemoServer</name>
        <message>
            <location filename="../demo.py" />
            <source>the demo server did not start within {seconds} s</source>
            <translation>لم يبدأ خادم العرض التجريبي خلال {seconds} ث</translation>
        </message>
        <message>
            <location filename="../demo.py" />
            <source>the demo server keeps stopping ({why})</source>
            <translation>يتوقف خادم العرض التجريبي مرارًا ({why})</translation>
        </message>
        <message>
            <location filename="../demo.py" />
            <source>the demo server stopped (exit status {code}): {log}</source>
            <translation>توقف خادم العرض التجريبي (رمز الخروج {code}): {log}</translation>
        </message>
        <message>
            <location filename="../demo.py" />
            <source>the demo server was stopped</source>
            <translation>أُوقف خادم العرض التجريبي</translation>
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Email</source>
            <translation>البريد الإل&amp;كتروني</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Password</source>
            <translation>&amp;كلمة المرور</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>&amp;Server</source>
            <translation>ال&amp;خادم</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrol this device</source>
            <translation>تسجيل هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrol this device as a kiosk</source>
            <translation>تسجيل هذا الجهاز ككشك</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolling…</source>
            <translation>جارٍ التسجيل…</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment &amp;code</source>
            <translation>&amp;رمز التسجيل</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment code</source>
            <translation>رمز التسجيل</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Enrolment failed.</source>
            <translation>فشل التسجيل.</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk &amp;name</source>
            <translation>ا&amp;سم الكشك</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk name</source>
            <translation>اسم الكشك</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Orientation tablet 1</source>
            <translation>جهاز التعريف اللوحي 1</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>PIN a&amp;gain</source>
            <translation>رمز PIN &amp;مرة أخرى</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Server</source>
            <translation>الخادم</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff e&amp;xit PIN</source>
            <translation>رمز PIN ل&amp;خروج المشرفين</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff exit PIN</source>
            <translation>رمز PIN لخروج المشرفين</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Staff exit PIN again</source>
            <translation>رمز PIN لخروج المشرفين مرة أخرى</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Students will sign in here with their name and PIN, also offline. Use an enrolment code from your admin (frames-server kiosk-code), or sign in as faculty.</source>
            <translation>سيسجّل الطلاب الدخول هنا باسمهم ورمز PIN، حتى دون اتصال. استخدم رمز تسجيل من المسؤول (frames-server kiosk-code)، أو سجّل الدخول كعضو هيئة تدريس.</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>The staff exit PIN must be {rule}.</source>
            <translation>يجب أن يتكوّن رمز PIN لخروج المشرفين من {rule}.</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>The two exit PINs differ.</source>
            <translation>رمزا PIN للخروج غير متطابقين.</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>faculty@university.edu</source>
            <translation>faculty@university.edu</translation>
        </message>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>or sign in as faculty / admin:</source>
            <translation>أو سجّل الدخول كعضو هيئة تدريس / مسؤول:</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../errors.py" />
            <source>the app</source>
            <translation>التطبيق</translation>
        </message>
    </context>
    <context>
        <name>KioskHeader</name>
        <message>
            <location filename="../kiosk/header.py" />
            <source>Sign out</source>
            <translation>تسجيل الخروج</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>A kiosk PIN is {rule}.</source>
            <translation>رمز PIN للكشك يتكوّن من {rule}.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Enter your password to change your kiosk PIN.</source>
            <translation>أدخل كلمة المرور لتغيير رمز PIN الخاص بك للكشك.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>New &amp;PIN</source>
            <translation>رمز PIN ال&amp;جديد</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>New kiosk PIN</source>
            <translation>رمز PIN الجديد للكشك</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>On the shared tablets at orientation you sign in by tapping your name and typing this PIN. Choose {rule} nobody can guess (not your birthday, not a row of one digit).</source>
            <translation>على الأجهزة اللوحية المشتركة في يوم التعريف تسجّل الدخول بلمس اسمك وكتابة رمز PIN هذا. اختر {rule} لا يمكن لأحد تخمينها (لا تاريخ ميلادك، ولا رقمًا واحدًا مكررًا).</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>PIN &amp;again</source>
            <translation>رمز PIN &amp;مرة أخرى</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>PIN again</source>
            <translation>رمز PIN مرة أخرى</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Set kiosk PIN</source>
            <translation>تعيين رمز PIN للكشك</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Sign in first.</source>
            <translation>سجّل الدخول أولًا.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>The PIN could not be saved.</source>
            <translation>تعذّر حفظ رمز PIN.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>The two PINs differ.</source>
            <translation>رمزا PIN غير متطابقين.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Your pass&amp;word</source>
            <translation>&amp;كلمة المرور</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_dialog.py" />
            <source>Your password</source>
            <translation>كلمة المرور</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Demo: choose a staff exit PIN (e.g. 000000), then enrol.</source>
            <translation>عرض تجريبي: اختر رمز PIN لخروج المشرفين (مثل 000000)، ثم سجِّل الجهاز.</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Enrol kiosk — FRAMES LMS</source>
            <translation>تسجيل الكشك — FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Export unsynced work</source>
            <translation>تصدير العمل غير المتزامن</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/window.py" />
            <source>Exported %n unsynced item(s) to {path}.</source>
            <translation>
                <numerusform>لم يُصدَّر أي عنصر غير متزامن إلى {path}.</numerusform>
                <numerusform>صُدِّر عنصر واحد غير متزامن إلى {path}.</numerusform>
                <numerusform>صُدِّر عنصران غير متزامنين إلى {path}.</numerusform>
                <numerusform>صُدِّرت %Ln عناصر غير متزامنة إلى {path}.</numerusform>
                <numerusform>صُدِّر %Ln عنصرًا غير متزامن إلى {path}.</numerusform>
                <numerusform>صُدِّر %Ln عنصر غير متزامن إلى {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>FRAMES LMS kiosk</source>
            <translation>كشك FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>JSON lines (*.jsonl)</source>
            <translation>أسطر JSON (*.jsonl)</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Starting the demo server…</source>
            <translation>جارٍ تشغيل خادم العرض التجريبي…</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Syncing in the background…</source>
            <translation>جارٍ المزامنة في الخلفية…</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>The demo could not start: {error}</source>
            <translation>تعذّر بدء العرض التجريبي: {error}</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>Your kiosk PIN is short. Choose a new one of {rule} in the FRAMES app on your laptop (File, Set kiosk PIN).</source>
            <translation>رمز PIN الخاص بك للكشك قصير. اختر رمزًا جديدًا من {rule} في تطبيق FRAMES على حاسوبك المحمول (ملف، تعيين رمز PIN للكشك).</translation>
        </message>
        <message>
            <location filename="../kiosk/window.py" />
            <source>starting the demo server</source>
            <translation>تشغيل خادم العرض التجريبي</translation>
        </message>
    </context>
    <context>
        <name>LinkNotice</name>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Copied. Paste it into a message to yourself, or note it down.</source>
            <translation>تم النسخ. الصقه في رسالة إلى نفسك، أو دوّنه.</translation>
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>Copy address</source>
            <translation>نسخ العنوان</translation>
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>This link opens on your own device</source>
            <translation>يُفتح هذا الرابط على جهازك الخاص</translation>
        </message>
        <message>
            <location filename="../kiosk/link_notice.py" />
            <source>This tablet does not open websites. Note the address, or copy it, and open it on your phone or laptop.</source>
            <translation>لا يفتح هذا الجهاز اللوحي المواقع الإلكترونية. دوّن العنوان أو انسخه، ثم افتحه على هاتفك أو حاسوبك المحمول.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;About FRAMES LMS</source>
            <translation>&amp;حول FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Colours</source>
            <translation>الأ&amp;لوان</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Export items not synced…</source>
            <translation>&amp;تصدير العناصر غير المتزامنة…</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Language</source>
            <translation>الل&amp;غة</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Later</source>
            <translation>&amp;لاحقًا</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;My modules</source>
            <translation>&amp;وحداتي</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Not synced</source>
            <translation>&amp;غير متزامن</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Reports</source>
            <translation>الت&amp;قارير</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Restart now</source>
            <translation>إعادة التشغيل ال&amp;آن</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;Sync now</source>
            <translation>م&amp;زامنة الآن</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&lt;p&gt;&lt;b&gt;FRAMES LMS&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Training modules for university lab teams, offline first: everything you do is saved on this computer and syncs when a network is there.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;FRAMES LMS&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;وحدات تدريبية لفرق المختبرات الجامعية، تعمل أولًا دون اتصال: كل ما تفعله يُحفظ على هذا الحاسوب ويُزامَن عند توفّر الشبكة.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>&lt;p&gt;Demo server: &lt;a href='{url}/docs'&gt;{url}&lt;/a&gt; (port {port}), data in &lt;code&gt;{folder}&lt;/code&gt;. Use this address in place of &lt;code&gt;localhost:8000&lt;/code&gt; in the README's examples; every demo account's password is &lt;code&gt;frames-demo&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;خادم العرض التجريبي: &lt;a href='{url}/docs'&gt;{url}&lt;/a&gt; (المنفذ {port})، والبيانات في &lt;code&gt;{folder}&lt;/code&gt;. استخدم هذا العنوان بدل &lt;code&gt;localhost:8000&lt;/code&gt; في أمثلة ملف README؛ كلمة مرور كل حسابات العرض التجريبي هي &lt;code&gt;frames-demo&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>About FRAMES LMS</source>
            <translation>حول FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Problem while {what}: {message}</source>
            <translation>مشكلة أثناء {what}: {message}</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Reports — {name} — FRAMES LMS</source>
            <translation>التقارير — {name} — FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>S&amp;torage</source>
            <translation>ال&amp;تخزين</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Set &amp;kiosk PIN…</source>
            <translation>تعيين رمز PIN لل&amp;كشك…</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Sign &amp;out</source>
            <translation>تسجيل ال&amp;خروج</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Sign in — FRAMES LMS</source>
            <translation>تسجيل الدخول — FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Signing in to the demo…</source>
            <translation>جارٍ تسجيل الدخول إلى العرض التجريبي…</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Starting the demo server…</source>
            <translation>جارٍ تشغيل خادم العرض التجريبي…</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>System default</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The demo could not start: {error}</source>
            <translation>تعذّر بدء العرض التجريبي: {error}</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The demo server stopped; it was started again at {url}.</source>
            <translation>توقف خادم العرض التجريبي؛ وأُعيد تشغيله على {url}.</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The new language is used the next time FRAMES LMS starts. Restart now? Your work is saved.</source>
            <translation>ستُستخدم اللغة الجديدة في المرة القادمة التي يبدأ فيها FRAMES LMS. هل تريد إعادة التشغيل الآن؟ عملك محفوظ.</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>The server no longer accepts this device's sign-in. Sign in again to sync; your work is saved on this device.</source>
            <translation>لم يعد الخادم يقبل تسجيل دخول هذا الجهاز. سجّل الدخول من جديد للمزامنة؛ عملك محفوظ على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>This module is no longer on this device. Sync to update.</source>
            <translation>لم تعد هذه الوحدة على هذا الجهاز. زامِن للتحديث.</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/main_window.py" />
            <source>You are signed out. %n change(s) not synced yet stay on this device and sync the next time you sign in.</source>
            <translation>
                <numerusform>سُجِّل خروجك. لا توجد تغييرات غير متزامنة.</numerusform>
                <numerusform>سُجِّل خروجك. يبقى تغيير واحد غير متزامن على هذا الجهاز وستتم مزامنته عند تسجيل دخولك القادم.</numerusform>
                <numerusform>سُجِّل خروجك. يبقى تغييران غير متزامنين على هذا الجهاز وستتم مزامنتهما عند تسجيل دخولك القادم.</numerusform>
                <numerusform>سُجِّل خروجك. تبقى %Ln تغييرات غير متزامنة على هذا الجهاز وستتم مزامنتها عند تسجيل دخولك القادم.</numerusform>
                <numerusform>سُجِّل خروجك. يبقى %Ln تغييرًا غير متزامن على هذا الجهاز وستتم مزامنتها عند تسجيل دخولك القادم.</numerusform>
                <numerusform>سُجِّل خروجك. يبقى %Ln تغيير غير متزامن على هذا الجهاز وستتم مزامنتها عند تسجيل دخولك القادم.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>Your kiosk PIN is set; the tablets learn it at their next sync.</source>
            <translation>عُيِّن رمز PIN الخاص بك للكشك؛ وستعرفه الأجهزة اللوحية في مزامنتها التالية.</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>running the demo server</source>
            <translation>تشغيل خادم العرض التجريبي</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>starting the demo server</source>
            <translation>تشغيل خادم العرض التجريبي</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>starting the demo server again</source>
            <translation>إعادة تشغيل خادم العرض التجريبي</translation>
        </message>
        <message>
            <location filename="../widgets/main_window.py" />
            <source>{name} — FRAMES LMS</source>
            <translation>{name} — FRAMES LMS</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../widgets/message_bar.py" />
            <source>Dismiss</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../widgets/message_bar.py" />
            <source>Problem</source>
            <translation type="vanished">مشكلة</translation>
        </message>
    </context>
    <context>
        <name>ModuleCardDelegate</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked — {reason}</source>
            <translation>مقفلة — {reason}</translation>
        </message>
    </context>
    <context>
        <name>ModuleListModel</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
    </context>
    <context>
        <name>ModuleListPage</name>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All categories</source>
            <translation>كل الفئات</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All tags</source>
            <translation>كل الوسوم</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>All types</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Everything here works offline; your progress syncs by itself.</source>
            <translation>كل شيء هنا يعمل دون اتصال؛ ويُزامَن تقدّمك تلقائيًا.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by category</source>
            <translation>التصفية حسب الفئة</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by tag</source>
            <translation>التصفية حسب الوسم</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Filter by type</source>
            <translation>التصفية حسب النوع</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Getting your modules from the server…</source>
            <translation>جارٍ جلب وحداتك من الخادم…</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Hello {name}. Everything here works offline; your progress syncs by itself.</source>
            <translation>مرحبًا {name}. كل شيء هنا يعمل دون اتصال؛ ويُزامَن تقدّمك تلقائيًا.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Modules</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>My modules</source>
            <translation>وحداتي</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>No modules are assigned to you yet. New ones appear here after a sync.</source>
            <translation>لم تُسنَد إليك أي وحدات بعد. تظهر الوحدات الجديدة هنا بعد المزامنة.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>No modules match your search and filters.</source>
            <translation>لا توجد وحدات تطابق البحث وعوامل التصفية.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Search modules</source>
            <translation>البحث في الوحدات</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Search the modules</source>
            <translation>البحث في الوحدات</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Your university has no modules yet.</source>
            <translation>لا توجد وحدات لجامعتك بعد.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Your university's modules, drafts included. Open one to see it exactly as students will; nothing you do in a preview is recorded.</source>
            <translation>وحدات جامعتك، بما فيها المسودات. افتح إحداها لتراها تمامًا كما سيراها الطلاب؛ لا يُسجَّل أي شيء تفعله في المعاينة.</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>“{title}” is locked. {reason}.</source>
            <translation>«{title}» مقفلة. {reason}.</translation>
        </message>
    </context>
    <context>
        <name>NotSyncedPage</name>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>%n other change(s) still waiting to be sent; exports include them.</source>
            <translation>
                <numerusform>لا توجد تغييرات أخرى بانتظار الإرسال.</numerusform>
                <numerusform>ما زال تغيير آخر واحد بانتظار الإرسال؛ يتضمّنه التصدير.</numerusform>
                <numerusform>ما زال تغييران آخران بانتظار الإرسال؛ يتضمّنهما التصدير.</numerusform>
                <numerusform>ما زالت %Ln تغييرات أخرى بانتظار الإرسال؛ يتضمّنها التصدير.</numerusform>
                <numerusform>ما زال %Ln تغييرًا آخر بانتظار الإرسال؛ يتضمّنها التصدير.</numerusform>
                <numerusform>ما زال %Ln تغيير آخر بانتظار الإرسال؛ يتضمّنها التصدير.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Back to my modules</source>
            <translation>العودة إلى وحداتي</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Could not save the file: {error}</source>
            <translation>تعذّر حفظ الملف: {error}</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Everything you did on this device has reached the server.</source>
            <translation>وصل كل ما فعلته على هذا الجهاز إلى الخادم.</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Export items that are not synced</source>
            <translation>تصدير العناصر غير المتزامنة</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Export to a file…</source>
            <translation>تصدير إلى ملف…</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Items not synced</source>
            <translation>العناصر غير المتزامنة</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>JSON lines (*.jsonl)</source>
            <translation>أسطر JSON (*.jsonl)</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Not synced</source>
            <translation>غير متزامن</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Nothing was refused by the server.</source>
            <translation>لم يرفض الخادم أي شيء.</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>Saved %n item(s) to {path}. Send this file to your faculty member.</source>
            <translation>
                <numerusform>لم يُحفَظ أي عنصر في {path}.</numerusform>
                <numerusform>حُفِظ عنصر واحد في {path}. أرسل هذا الملف إلى عضو هيئة التدريس.</numerusform>
                <numerusform>حُفِظ عنصران في {path}. أرسل هذا الملف إلى عضو هيئة التدريس.</numerusform>
                <numerusform>حُفِظت %Ln عناصر في {path}. أرسل هذا الملف إلى عضو هيئة التدريس.</numerusform>
                <numerusform>حُفِظ %Ln عنصرًا في {path}. أرسل هذا الملف إلى عضو هيئة التدريس.</numerusform>
                <numerusform>حُفِظ %Ln عنصر في {path}. أرسل هذا الملف إلى عضو هيئة التدريس.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Send the selected items (or all of them) to the server again</source>
            <translation>إرسال العناصر المحددة (أو جميعها) إلى الخادم مرة أخرى</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/not_synced.py" />
            <source>Sending %n item(s) again…</source>
            <translation>
                <numerusform>لا عناصر لإعادة إرسالها…</numerusform>
                <numerusform>جارٍ إعادة إرسال عنصر واحد…</numerusform>
                <numerusform>جارٍ إعادة إرسال عنصرين…</numerusform>
                <numerusform>جارٍ إعادة إرسال %Ln عناصر…</numerusform>
                <numerusform>جارٍ إعادة إرسال %Ln عنصرًا…</numerusform>
                <numerusform>جارٍ إعادة إرسال %Ln عنصر…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>The server did not accept these items. They stay on this device and are never thrown away: export them to a file and send it to your faculty member, or try again if the problem has been fixed.</source>
            <translation>لم يقبل الخادم هذه العناصر. تبقى على هذا الجهاز ولا تُحذف أبدًا: صدّرها إلى ملف وأرسله إلى عضو هيئة التدريس، أو حاول مرة أخرى إذا أُصلحت المشكلة.</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
    </context>
    <context>
        <name>OutputPane</name>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source> · Output does not match</source>
            <translation> · الناتج لا يطابق المتوقع</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source> · Output matches</source>
            <translation> · الناتج يطابق المتوقع</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>+ your output</source>
            <translation>+ ناتجك</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Difference from the expected output</source>
            <translation>الفرق عن الناتج المتوقع</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Expected output compared with yours</source>
            <translation>الناتج المتوقع مقارنةً بناتجك</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Not run yet</source>
            <translation>لم يُشغَّل بعد</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Program output</source>
            <translation>ناتج البرنامج</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Run status</source>
            <translation>حالة التشغيل</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>− expected</source>
            <translation>− المتوقع</translation>
        </message>
    </context>
    <context>
        <name>PickerPage</name>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>(no PIN yet: ask staff)</source>
            <translation>(لا يوجد رمز PIN بعد: اطلبه من المشرفين)</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>No students on this kiosk yet. The roster downloads as soon as the kiosk is online.</source>
            <translation>لا يوجد طلاب على هذا الكشك بعد. تُنزَّل القائمة حالما يتصل الكشك بالشبكة.</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Nobody matches that. Check the spelling, or ask staff.</source>
            <translation>لا أحد بهذا الاسم. تحقّق من الإملاء، أو اسأل المشرفين.</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Offline</source>
            <translation>غير متصل</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Search by name or student ID</source>
            <translation>البحث بالاسم أو الرقم الجامعي</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Search students</source>
            <translation>البحث عن الطلاب</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Staff</source>
            <translation>المشرفون</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Staff: exit or manage this kiosk</source>
            <translation>المشرفون: الخروج من هذا الكشك أو إدارته</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>Tap your name to start</source>
            <translation>المس اسمك للبدء</translation>
        </message>
        <message>
            <location filename="../kiosk/picker.py" />
            <source>This kiosk's access was withdrawn by an admin. Students can keep working: their work ({pending}) stays on this tablet until staff export it.</source>
            <translation>سحب أحد المسؤولين صلاحية هذا الكشك. يمكن للطلاب مواصلة العمل: يبقى عملهم ({pending}) على هذا الجهاز اللوحي حتى يصدّره المشرفون.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <location filename="../kiosk/pin_pad.py" />
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>لم يُدخَل أي رقم</numerusform>
                <numerusform>أُدخل رقم واحد</numerusform>
                <numerusform>أُدخل رقمان</numerusform>
                <numerusform>أُدخلت %Ln أرقام</numerusform>
                <numerusform>أُدخل %Ln رقمًا</numerusform>
                <numerusform>أُدخل %Ln رقم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>No digits entered</source>
            <translation>لم يُدخَل أي رقم</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>PIN entered</source>
            <translation type="vanished">رمز PIN المُدخَل</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>PIN pad</source>
            <translation>لوحة إدخال رمز PIN</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_pad.py" />
            <source>The PIN could not be checked: {error}</source>
            <translation>تعذّر التحقق من رمز PIN: {error}</translation>
        </message>
    </context>
    <context>
        <name>PinPage</name>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Enter your PIN</source>
            <translation>أدخل رمز PIN الخاص بك</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Hi {name}</source>
            <translation>مرحبًا {name}</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Not you? Back</source>
            <translation>لست أنت؟ رجوع</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/pin_page.py" />
            <source>That PIN is not right. %n more try(s) before this tablet locks you out.</source>
            <translation>
                <numerusform>رمز PIN غير صحيح. لم تبقَ لك محاولات قبل أن يقفل هذا الجهاز دخولك.</numerusform>
                <numerusform>رمز PIN غير صحيح. بقيت محاولة واحدة قبل أن يقفل هذا الجهاز دخولك.</numerusform>
                <numerusform>رمز PIN غير صحيح. بقيت محاولتان قبل أن يقفل هذا الجهاز دخولك.</numerusform>
                <numerusform>رمز PIN غير صحيح. بقيت %Ln محاولات قبل أن يقفل هذا الجهاز دخولك.</numerusform>
                <numerusform>رمز PIN غير صحيح. بقيت %Ln محاولةً قبل أن يقفل هذا الجهاز دخولك.</numerusform>
                <numerusform>رمز PIN غير صحيح. بقيت %Ln محاولة قبل أن يقفل هذا الجهاز دخولك.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>This kiosk cannot check PINs until staff enrol it again.</source>
            <translation>لا يستطيع هذا الكشك التحقق من رموز PIN حتى يعيد المشرفون تسجيله.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>Too many wrong PINs. Try again in {wait}, or ask staff.</source>
            <translation>رموز PIN خاطئة كثيرة. حاول مرة أخرى بعد {wait}، أو اسأل المشرفين.</translation>
        </message>
        <message>
            <location filename="../kiosk/pin_page.py" />
            <source>You cannot sign in here yet: ask staff for a kiosk PIN.</source>
            <translation>لا يمكنك تسجيل الدخول هنا بعد: اطلب رمز PIN للكشك من المشرفين.</translation>
        </message>
    </context>
    <context>
        <name>PreviewWindow</name>
        <message numerus="yes">
            <location filename="../widgets/preview_window.py" />
            <source>%n problem(s)</source>
            <translation>
                <numerusform>لا مشكلات</numerusform>
                <numerusform>مشكلة واحدة</numerusform>
                <numerusform>مشكلتان</numerusform>
                <numerusform>%Ln مشكلات</numerusform>
                <numerusform>%Ln مشكلةً</numerusform>
                <numerusform>%Ln مشكلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/preview_window.py" />
            <source>%n section file(s)</source>
            <translation>
                <numerusform>لا ملفات أقسام</numerusform>
                <numerusform>ملف قسم واحد</numerusform>
                <numerusform>ملفا قسمين</numerusform>
                <numerusform>%Ln ملفات أقسام</numerusform>
                <numerusform>%Ln ملفًا للأقسام</numerusform>
                <numerusform>%Ln ملف أقسام</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&amp;Reload</source>
            <translation>&amp;إعادة التحميل</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&lt;b&gt;This module has a problem&lt;/b&gt; ({what}):</source>
            <translation>&lt;b&gt;في هذه الوحدة مشكلة&lt;/b&gt; ({what}):</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&lt;b&gt;To mend&lt;/b&gt; (the module works as it is):</source>
            <translation>&lt;b&gt;ما يحتاج إلى إصلاح&lt;/b&gt; (الوحدة تعمل كما هي):</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>&lt;b&gt;{files}: {problems}&lt;/b&gt; (shown in place; the other sections work):</source>
            <translation>&lt;b&gt;{files}: {problems}&lt;/b&gt; (معروضة في مكانها؛ الأقسام الأخرى تعمل):</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Close preview</source>
            <translation>إغلاق المعاينة</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Close this preview (Ctrl+W)</source>
            <translation>إغلاق هذه المعاينة (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Content error</source>
            <translation>خطأ في المحتوى</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Nothing to show until the problem above is fixed.</source>
            <translation>لا شيء للعرض حتى تُصلَح المشكلة أعلاه.</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Preview: {name} — FRAMES LMS</source>
            <translation>معاينة: {name} — FRAMES LMS</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>Previewing {folder} — changes appear when you save. Nothing is recorded.</source>
            <translation>معاينة {folder} — تظهر التغييرات عند الحفظ. لا يُسجَّل أي شيء.</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>fix it and save</source>
            <translation>أصلحها واحفظ</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>loading the module folder</source>
            <translation>تحميل مجلد الوحدة</translation>
        </message>
        <message>
            <location filename="../widgets/preview_window.py" />
            <source>the last version that loaded is shown below</source>
            <translation>آخر إصدار حُمِّل معروض أدناه</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>{what} in {module} on {when}: {reason}</source>
            <translation>{what} في {module} بتاريخ {when}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../widgets/reports.py" />
            <source>(no team)</source>
            <translation>(بلا فريق)</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>, mastery {percent}</source>
            <translation>، الإتقان {percent}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; mastery {fifths}</source>
            <translation>؛ الإتقان {fifths}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; overdue rows in red</source>
            <translation>؛ الصفوف المتأخرة باللون الأحمر</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>; rating {mean} / 5</source>
            <translation>؛ التقييم {mean} / 5</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archive</source>
            <translation>أرشفة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archived: {module}.</source>
            <translation>تمت الأرشفة: {module}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Archiving {module}</source>
            <translation>جارٍ أرشفة {module}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Assign a module…</source>
            <translation>إسناد وحدة…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to draft</source>
            <translation>إعادة إلى مسودة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to draft: {module}.</source>
            <translation>أُعيدت إلى مسودة: {module}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Back to modules</source>
            <translation>العودة إلى الوحدات</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Chart to save</source>
            <translation>المخطط المراد حفظه</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Comments on module</source>
            <translation>التعليقات على الوحدة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Compliance</source>
            <translation>الالتزام</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Compliance table</source>
            <translation>جدول الالتزام</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Could not save {file}: {error}</source>
            <translation>تعذّر حفظ {file}: {error}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Could not save {path}.</source>
            <translation>تعذّر حفظ {path}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices</source>
            <translation>الأجهزة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices table</source>
            <translation>جدول الأجهزة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices: none registered.</source>
            <translation>الأجهزة: لا يوجد جهاز مسجّل.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Devices: {list}</source>
            <translation>الأجهزة: {list}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse</source>
            <translation>إعفاء</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse the selected student from the selected module</source>
            <translation>إعفاء الطالب المحدد من الوحدة المحددة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse withdrawn.</source>
            <translation>تم سحب الإعفاء.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excused.</source>
            <translation>تم الإعفاء.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excuse…</source>
            <translation>إعفاء…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Excusing</source>
            <translation>جارٍ الإعفاء</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Export table</source>
            <translation>تصدير الجدول</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Export table to CSV…</source>
            <translation>تصدير الجدول إلى CSV…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Feedback</source>
            <translation>الآراء</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Feedback table</source>
            <translation>جدول الآراء</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by module</source>
            <translation>التصفية حسب الوحدة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by status</source>
            <translation>التصفية حسب الحالة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by team</source>
            <translation>التصفية حسب الفريق</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Filter by type</source>
            <translation>التصفية حسب النوع</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Group by team</source>
            <translation>التجميع حسب الفريق</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Module</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Modules</source>
            <translation>الوحدات</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>No module yet.</source>
            <translation>لا توجد وحدة بعد.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>No student yet.</source>
            <translation>لا يوجد طالب بعد.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>PNG image (*.png)</source>
            <translation>صورة PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Publish</source>
            <translation>نشر</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Published: {module}.</source>
            <translation>تم النشر: {module}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Publishing {module}</source>
            <translation>جارٍ نشر {module}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Save chart</source>
            <translation>حفظ المخطط</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Save chart as PNG…</source>
            <translation>حفظ المخطط بصيغة PNG…</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>Saved %n row(s) to {path}.</source>
            <translation>
                <numerusform>لم يُحفَظ أي صف في {path}.</numerusform>
                <numerusform>حُفِظ صف واحد في {path}.</numerusform>
                <numerusform>حُفِظ صفان في {path}.</numerusform>
                <numerusform>حُفِظت %Ln صفوف في {path}.</numerusform>
                <numerusform>حُفِظ %Ln صفًا في {path}.</numerusform>
                <numerusform>حُفِظ %Ln صف في {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Saved the chart to {path}.</source>
            <translation>حُفِظ المخطط في {path}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Search students, teams, modules</source>
            <translation>البحث في الطلاب والفرق والوحدات</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Select a student's module in the table first.</source>
            <translation>حدّد وحدة أحد الطلاب في الجدول أولًا.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Sign in again to change assignments.</source>
            <translation>سجّل الدخول من جديد لتغيير الإسنادات.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Status: {status}</source>
            <translation>الحالة: {status}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Student</source>
            <translation>الطالب</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Student's modules</source>
            <translation>وحدات الطالب</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Students</source>
            <translation>الطلاب</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Syncing to refresh the reports…</source>
            <translation>جارٍ المزامنة لتحديث التقارير…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Team</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Unpublishing {module}</source>
            <translation>جارٍ إلغاء نشر {module}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>What the server knows: a device's last sync and the changes it said were still waiting, so “not done” can be told from “done but not synced yet”.</source>
            <translation>ما يعرفه الخادم: آخر مزامنة لكل جهاز والتغييرات التي أفاد بأنها ما زالت بانتظار الإرسال، للتمييز بين «لم يُنجَز» و«أُنجِز ولم يُزامَن بعد».</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Why is {who} excused from “{module}”?</source>
            <translation>لماذا يُعفى {who} من «{module}»؟</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw excuse</source>
            <translation>سحب الإعفاء</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw excuse…</source>
            <translation>سحب الإعفاء…</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdraw the selected student's excuse from the selected module</source>
            <translation>سحب إعفاء الطالب المحدد من الوحدة المحددة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Withdrawing the excuse</source>
            <translation>جارٍ سحب الإعفاء</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>a device</source>
            <translation>جهاز</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>due {date}</source>
            <translation>مستحقة في {date}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>exporting a report</source>
            <translation>تصدير تقرير</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>no due date</source>
            <translation>بلا تاريخ استحقاق</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>no reason given</source>
            <translation>دون ذكر السبب</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{device}: last sync {when}</source>
            <translation>{device}: آخر مزامنة {when}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{name} ({team})</source>
            <translation>{name} ({team})</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>{shown} of %n assigned module(s) shown</source>
            <translation>
                <numerusform>معروضة {shown} من %Ln وحدة مُسنَدة</numerusform>
                <numerusform>معروضة {shown} من وحدة مُسنَدة واحدة</numerusform>
                <numerusform>معروضة {shown} من وحدتين مُسنَدتين</numerusform>
                <numerusform>معروضة {shown} من %Ln وحدات مُسنَدة</numerusform>
                <numerusform>معروضة {shown} من %Ln وحدةً مُسنَدة</numerusform>
                <numerusform>معروضة {shown} من %Ln وحدة مُسنَدة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{title}: {completed} of {assigned} completed, {overdue} overdue, {excused} excused ({due}){rating}{mastery}</source>
            <translation>{title}: أكمل {completed} من {assigned}، ومتأخرة {overdue}، ومُعفى {excused} ({due}){rating}{mastery}</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{what} failed.</source>
            <translation>فشل: {what}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>{who} is excused from “{module}” ({reason}). Withdraw the excuse?</source>
            <translation>{who} مُعفى من «{module}» ({reason}). هل تريد سحب الإعفاء؟</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/reports.py" />
            <source>{who}: {completed} of %n module(s) completed, {overdue} overdue{mastery}; last sync {when}</source>
            <translation>
                <numerusform>{who}: أكمل {completed} من %Ln وحدة، {overdue} متأخرة{mastery}؛ آخر مزامنة {when}</numerusform>
                <numerusform>{who}: أكمل {completed} من وحدة واحدة، {overdue} متأخرة{mastery}؛ آخر مزامنة {when}</numerusform>
                <numerusform>{who}: أكمل {completed} من وحدتين، {overdue} متأخرة{mastery}؛ آخر مزامنة {when}</numerusform>
                <numerusform>{who}: أكمل {completed} من %Ln وحدات، {overdue} متأخرة{mastery}؛ آخر مزامنة {when}</numerusform>
                <numerusform>{who}: أكمل {completed} من %Ln وحدةً، {overdue} متأخرة{mastery}؛ آخر مزامنة {when}</numerusform>
                <numerusform>{who}: أكمل {completed} من %Ln وحدة، {overdue} متأخرة{mastery}؛ آخر مزامنة {when}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>(not described)</source>
            <translation type="vanished">(بلا وصف)</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Does</source>
            <translation>الوظيفة</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Every key FRAMES LMS knows right now. Tab and Shift+Tab reach every control.</source>
            <translation>كل المفاتيح التي يستجيب لها FRAMES LMS الآن. يصل Tab وShift+Tab إلى كل عناصر التحكم.</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Everywhere</source>
            <translation type="vanished">في كل مكان</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>In a module</source>
            <translation type="vanished">داخل وحدة</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Next control</source>
            <translation type="vanished">عنصر التحكم التالي</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>On this page</source>
            <translation type="vanished">في هذه الصفحة</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Press the focused button, tick the focused box</source>
            <translation type="vanished">الضغط على الزر الذي عليه التركيز، وتحديد المربع الذي عليه التركيز</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Previous control</source>
            <translation type="vanished">عنصر التحكم السابق</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Where</source>
            <translation>المكان</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Email</source>
            <translation>البريد الإل&amp;كتروني</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Password</source>
            <translation>&amp;كلمة المرور</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>&amp;Server address</source>
            <translation>عنوان ال&amp;خادم</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>After your first sign-in on this computer, the app opens straight into your modules, even with no network.</source>
            <translation>بعد أول تسجيل دخول لك على هذا الحاسوب، يفتح التطبيق وحداتك مباشرةً، حتى دون شبكة.</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Enter your email and password.</source>
            <translation>أدخل بريدك الإلكتروني وكلمة المرور.</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Server address</source>
            <translation>عنوان الخادم</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign in with your lab account to get your training modules.</source>
            <translation>سجّل الدخول بحساب المختبر للحصول على وحداتك التدريبية.</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Sign-in problem</source>
            <translation type="vanished">مشكلة في تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>Signing in…</source>
            <translation>جارٍ تسجيل الدخول…</translation>
        </message>
        <message>
            <location filename="../widgets/signin.py" />
            <source>you@university.edu</source>
            <translation>you@university.edu</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>%n student(s) on the roster; {synced}</source>
            <translation>
                <numerusform>لا طلاب في القائمة؛ {synced}</numerusform>
                <numerusform>طالب واحد في القائمة؛ {synced}</numerusform>
                <numerusform>طالبان في القائمة؛ {synced}</numerusform>
                <numerusform>%Ln طلاب في القائمة؛ {synced}</numerusform>
                <numerusform>%Ln طالبًا في القائمة؛ {synced}</numerusform>
                <numerusform>%Ln طالب في القائمة؛ {synced}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>; %n refused by the server</source>
            <translation>
                <numerusform>؛ لم يرفض الخادم شيئًا</numerusform>
                <numerusform>؛ رفض الخادم عنصرًا واحدًا</numerusform>
                <numerusform>؛ رفض الخادم عنصرين</numerusform>
                <numerusform>؛ رفض الخادم %Ln عناصر</numerusform>
                <numerusform>؛ رفض الخادم %Ln عنصرًا</numerusform>
                <numerusform>؛ رفض الخادم %Ln عنصر</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>&lt;b&gt;The server no longer accepts this kiosk&lt;/b&gt; (revoked by an admin): export the unsynced work and give the file to an admin, then enrol it again.</source>
            <translation>&lt;b&gt;لم يعد الخادم يقبل هذا الكشك&lt;/b&gt; (ألغاه أحد المسؤولين): صدِّر العمل غير المتزامن وسلِّم الملف إلى مسؤول، ثم سجِّل الكشك من جديد.</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; (kiosk {kiosk}) for {scope}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; (الكشك {kiosk}) لـ{scope}</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Back to the students</source>
            <translation>العودة إلى الطلاب</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Enrol again</source>
            <translation>التسجيل من جديد</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Enter the staff exit PIN set when this kiosk was enrolled.</source>
            <translation>أدخل رمز PIN لخروج المشرفين الذي عُيِّن عند تسجيل هذا الكشك.</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Exit kiosk mode</source>
            <translation>الخروج من وضع الكشك</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Export unsynced work…</source>
            <translation>تصدير العمل غير المتزامن…</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Server: {url}</source>
            <translation>الخادم: {url}</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Staff</source>
            <translation>المشرفون</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Sync now</source>
            <translation>مزامنة الآن</translation>
        </message>
        <message numerus="yes">
            <location filename="../kiosk/staff.py" />
            <source>That is not the staff PIN. %n more try(s) before the staff page locks.</source>
            <translation>
                <numerusform>هذا ليس رمز PIN للمشرفين. لم تبقَ محاولات قبل أن تُقفَل صفحة المشرفين.</numerusform>
                <numerusform>هذا ليس رمز PIN للمشرفين. بقيت محاولة واحدة قبل أن تُقفَل صفحة المشرفين.</numerusform>
                <numerusform>هذا ليس رمز PIN للمشرفين. بقيت محاولتان قبل أن تُقفَل صفحة المشرفين.</numerusform>
                <numerusform>هذا ليس رمز PIN للمشرفين. بقيت %Ln محاولات قبل أن تُقفَل صفحة المشرفين.</numerusform>
                <numerusform>هذا ليس رمز PIN للمشرفين. بقيت %Ln محاولةً قبل أن تُقفَل صفحة المشرفين.</numerusform>
                <numerusform>هذا ليس رمز PIN للمشرفين. بقيت %Ln محاولة قبل أن تُقفَل صفحة المشرفين.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>Too many wrong staff PINs. Try again in {wait}.</source>
            <translation>رموز PIN خاطئة كثيرة للمشرفين. حاول مرة أخرى بعد {wait}.</translation>
        </message>
        <message>
            <location filename="../kiosk/staff.py" />
            <source>{university}, team {team}</source>
            <translation>{university}، فريق {team}</translation>
        </message>
    </context>
    <context>
        <name>StatusArea</name>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Connection status</source>
            <translation type="vanished">حالة الاتصال</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Downloading media {done} of {total}</source>
            <translation>جارٍ تنزيل الوسائط: {done} من {total}</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Media download progress</source>
            <translation>تقدّم تنزيل الوسائط</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Send your progress and get new modules now (F5)</source>
            <translation>إرسال تقدّمك وجلب الوحدات الجديدة الآن (F5)</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sign in again</source>
            <translation>تسجيل الدخول من جديد</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sync details</source>
            <translation type="vanished">تفاصيل المزامنة</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>Sync now</source>
            <translation>مزامنة الآن</translation>
        </message>
        <message>
            <location filename="../widgets/status_bar.py" />
            <source>{items} — review</source>
            <translation>{items} — مراجعة</translation>
        </message>
    </context>
    <context>
        <name>StoragePage</name>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>%n file(s) could not be downloaded; they are tried again after the next sync.</source>
            <translation>
                <numerusform>لم يتعذّر تنزيل أي ملف.</numerusform>
                <numerusform>تعذّر تنزيل ملف واحد؛ ستُعاد المحاولة بعد المزامنة التالية.</numerusform>
                <numerusform>تعذّر تنزيل ملفين؛ ستُعاد المحاولة بعد المزامنة التالية.</numerusform>
                <numerusform>تعذّر تنزيل %Ln ملفات؛ ستُعاد المحاولة بعد المزامنة التالية.</numerusform>
                <numerusform>تعذّر تنزيل %Ln ملفًا؛ ستُعاد المحاولة بعد المزامنة التالية.</numerusform>
                <numerusform>تعذّر تنزيل %Ln ملف؛ ستُعاد المحاولة بعد المزامنة التالية.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Back to my modules</source>
            <translation>العودة إلى وحداتي</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Completed modules stay in your list and keep your progress; their videos play again when you are online.</source>
            <translation>تبقى الوحدات المكتملة في قائمتك وتحتفظ بتقدّمك؛ وتعمل مقاطع الفيديو فيها من جديد عندما تكون متصلًا.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Download progress</source>
            <translation>تقدّم التنزيل</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>Downloading {done} of {total} ({files} of %n file(s))</source>
            <translation>
                <numerusform>جارٍ تنزيل {done} من {total} ({files} من %Ln ملف)</numerusform>
                <numerusform>جارٍ تنزيل {done} من {total} ({files} من ملف واحد)</numerusform>
                <numerusform>جارٍ تنزيل {done} من {total} ({files} من ملفين)</numerusform>
                <numerusform>جارٍ تنزيل {done} من {total} ({files} من %Ln ملفات)</numerusform>
                <numerusform>جارٍ تنزيل {done} من {total} ({files} من %Ln ملفًا)</numerusform>
                <numerusform>جارٍ تنزيل {done} من {total} ({files} من %Ln ملف)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Downloads start after the next sync.</source>
            <translation>تبدأ التنزيلات بعد المزامنة التالية.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Downloads:</source>
            <translation>التنزيلات:</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Everything your modules need is on this device.</source>
            <translation>كل ما تحتاجه وحداتك موجود على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Folder:</source>
            <translation>المجلد:</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Free space: remove media of completed modules</source>
            <translation>تحرير مساحة: إزالة وسائط الوحدات المكتملة</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Freed {size}.</source>
            <translation>تم تحرير {size}.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Freeing space…</source>
            <translation>جارٍ تحرير المساحة…</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Images and videos of your modules are downloaded in the background after each sync, so they play without a network.</source>
            <translation>تُنزَّل صور وحداتك ومقاطع الفيديو فيها في الخلفية بعد كل مزامنة، لتعمل دون شبكة.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Media on this device:</source>
            <translation>الوسائط على هذا الجهاز:</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Storage</source>
            <translation>التخزين</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Waiting for the network.</source>
            <translation>بانتظار الشبكة.</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>Your data:</source>
            <translation>بياناتك:</translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>measuring storage</source>
            <translation>قياس التخزين</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/storage.py" />
            <source>{size} in %n file(s)</source>
            <translation>
                <numerusform>{size} في %Ln ملف</numerusform>
                <numerusform>{size} في ملف واحد</numerusform>
                <numerusform>{size} في ملفين</numerusform>
                <numerusform>{size} في %Ln ملفات</numerusform>
                <numerusform>{size} في %Ln ملفًا</numerusform>
                <numerusform>{size} في %Ln ملف</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/storage.py" />
            <source>{size} of progress and modules</source>
            <translation>{size} من التقدّم والوحدات</translation>
        </message>
    </context>
    <context>
        <name>SyncBridge</name>
        <message>
            <location filename="../sync_bridge.py" />
            <source>downloading images and videos</source>
            <translation>تنزيل الصور ومقاطع الفيديو</translation>
        </message>
        <message>
            <location filename="../sync_bridge.py" />
            <source>preparing pictures for display</source>
            <translation>تجهيز الصور للعرض</translation>
        </message>
        <message>
            <location filename="../sync_bridge.py" />
            <source>starting sync</source>
            <translation>بدء المزامنة</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../tasks.py" />
            <source>saving on this device</source>
            <translation>الحفظ على هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../tasks.py" />
            <source>talking to the server</source>
            <translation>التواصل مع الخادم</translation>
        </message>
    </context>
    <context>
        <name>_Gutter</name>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Line numbers</source>
            <translation>أرقام الأسطر</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../app.py" />
            <source>It started again from the backup of {time}.</source>
            <translation>بدأ من جديد من النسخة الاحتياطية بتاريخ {time}.</translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>It started again from the newest backup.</source>
            <translation>بدأ من جديد من أحدث نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>The data on this computer was damaged and has been rebuilt.</source>
            <translation>كانت البيانات على هذا الحاسوب تالفة وأُعيد بناؤها.</translation>
        </message>
        <message numerus="yes">
            <location filename="../app.py" />
            <source>Unsynced items rescued: %n. They will still sync, and a copy is in {path}.</source>
            <translation>
                <numerusform>العناصر غير المتزامنة التي أُنقذت: %Ln. توجد نسخة في {path}.</numerusform>
                <numerusform>العناصر غير المتزامنة التي أُنقذت: عنصر واحد. ستتم مزامنته، وتوجد نسخة في {path}.</numerusform>
                <numerusform>العناصر غير المتزامنة التي أُنقذت: عنصران. ستتم مزامنتهما، وتوجد نسخة في {path}.</numerusform>
                <numerusform>العناصر غير المتزامنة التي أُنقذت: %Ln. ستتم مزامنتها، وتوجد نسخة في {path}.</numerusform>
                <numerusform>العناصر غير المتزامنة التي أُنقذت: %Ln. ستتم مزامنتها، وتوجد نسخة في {path}.</numerusform>
                <numerusform>العناصر غير المتزامنة التي أُنقذت: %Ln. ستتم مزامنتها، وتوجد نسخة في {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>You stay signed in and can go on working offline; the next sync brings back anything else.</source>
            <translation>تبقى مسجّل الدخول ويمكنك مواصلة العمل دون اتصال؛ وستستعيد المزامنة التالية كل ما عدا ذلك.</translation>
        </message>
        <message>
            <location filename="../app.py" />
            <source>Your modules will be downloaded again at the next sync.</source>
            <translation>ستُنزَّل وحداتك من جديد في المزامنة التالية.</translation>
        </message>
    </context>
    <context>
        <name>assignment_dialog</name>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Optional</source>
            <translation>اختيارية</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Recommended</source>
            <translation>موصى بها</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>Required</source>
            <translation>إلزامية</translation>
        </message>
        <message>
            <location filename="../widgets/assignment_dialog.py" />
            <source>no due date</source>
            <translation>بلا تاريخ استحقاق</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <location filename="../ops/auth.py" />
            <source>Can't reach the server at {server}. Check the address and your network connection, then try again.</source>
            <translation>تعذّر الوصول إلى الخادم على {server}. تحقّق من العنوان ومن اتصالك بالشبكة، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>FRAMES desktop on {computer}</source>
            <translation>FRAMES لسطح المكتب على {computer}</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>Sign-in failed.</source>
            <translation>فشل تسجيل الدخول.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>The server address must start with http:// or https://.</source>
            <translation>يجب أن يبدأ عنوان الخادم بـ http:// أو https://.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>The server could not sign you in ({reason}). Try again in a moment.</source>
            <translation>تعذّر على الخادم تسجيل دخولك ({reason}). حاول مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>This account has been disabled. Ask your faculty member or a lab admin.</source>
            <translation>عُطِّل هذا الحساب. اسأل عضو هيئة التدريس أو مسؤول المختبر.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>This sign-in is no longer valid. Please sign in again.</source>
            <translation>لم يعد تسجيل الدخول هذا صالحًا. يُرجى تسجيل الدخول من جديد.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/auth.py" />
            <source>Too many failed sign-ins. Try again in %n minute(s).</source>
            <translation>
                <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى الآن.</numerusform>
                <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد دقيقة.</numerusform>
                <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد دقيقتين.</numerusform>
                <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %Ln دقائق.</numerusform>
                <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %Ln دقيقة.</numerusform>
                <numerusform>محاولات تسجيل دخول فاشلة كثيرة. حاول مرة أخرى بعد %Ln دقيقة.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>Wrong email or password. Check both and try again.</source>
            <translation>البريد الإلكتروني أو كلمة المرور غير صحيحين. تحقّق منهما وحاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>signing in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>signing out</source>
            <translation>تسجيل الخروج</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>this computer</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>{server} does not look like a FRAMES server.</source>
            <translation>لا يبدو أن {server} خادم FRAMES.</translation>
        </message>
        <message>
            <location filename="../ops/auth.py" />
            <source>{server} does not look like a FRAMES server. Check the address.</source>
            <translation>لا يبدو أن {server} خادم FRAMES. تحقّق من العنوان.</translation>
        </message>
    </context>
    <context>
        <name>code_editor</name>
        <message numerus="yes">
            <location filename="../widgets/code_editor.py" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%Ln بايت</numerusform>
                <numerusform>بايت واحد</numerusform>
                <numerusform>بايتان</numerusform>
                <numerusform>%Ln بايتات</numerusform>
                <numerusform>%Ln بايتًا</numerusform>
                <numerusform>%Ln بايت</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Exit {code} in {ms} ms</source>
            <translation>انتهى برمز الخروج {code} خلال {ms} مللي ثانية</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Output cut at {size}</source>
            <translation>قُطع الناتج عند {size}</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Stopped after {ms} ms</source>
            <translation>توقّف بعد {ms} مللي ثانية</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>Stopped: took longer than {seconds} s</source>
            <translation>توقّف: استغرق أكثر من {seconds} ث</translation>
        </message>
        <message>
            <location filename="../widgets/code_editor.py" />
            <source>{n} KB</source>
            <translation>{n} كيلوبايت</translation>
        </message>
    </context>
    <context>
        <name>components</name>
        <message>
            <location filename="../ops/components.py" />
            <source>; and </source>
            <translation>؛ و</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>Needs {what}</source>
            <translation>تحتاج إلى {what}</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>a 3D scene viewer</source>
            <translation>عارض مشاهد ثلاثية الأبعاد</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>a newer version of FRAMES for its {kinds} sections</source>
            <translation>إصدار أحدث من FRAMES لأقسامها من نوع {kinds}</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the code sandbox</source>
            <translation>بيئة تشغيل الشيفرة</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the game player</source>
            <translation>مشغّل الألعاب</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the interactive scene viewer</source>
            <translation>عارض المشاهد التفاعلية</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the study buddy</source>
            <translation>رفيق الدراسة</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>the video player</source>
            <translation>مشغّل الفيديو</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which is not available on this computer</source>
            <translation>{component}، وهو غير متاح على هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which this version of FRAMES does not have</source>
            <translation>{component}، وهو غير موجود في هذا الإصدار من FRAMES</translation>
        </message>
        <message>
            <location filename="../ops/components.py" />
            <source>{component}, which this version of FRAMES does not know</source>
            <translation>{component}، وهو غير معروف لهذا الإصدار من FRAMES</translation>
        </message>
    </context>
    <context>
        <name>enrol</name>
        <message>
            <location filename="../kiosk/enrol.py" />
            <source>Kiosk {host}</source>
            <translation>كشك {host}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../errors.py" />
            <source>Can't reach the server. Check the server address and your network connection; your work stays saved on this device.</source>
            <translation>تعذّر الوصول إلى الخادم. تحقّق من عنوان الخادم ومن اتصالك بالشبكة؛ يبقى عملك محفوظًا على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Permission denied: {file}</source>
            <translation>الإذن مرفوض: {file}</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Saving on this device failed: {reason}</source>
            <translation>فشل الحفظ على هذا الجهاز: {reason}</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Something went wrong ({kind}).</source>
            <translation>حدث خطأ ما ({kind}).</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>The server had a problem: {reason}. Your work stays saved on this device.</source>
            <translation>واجه الخادم مشكلة: {reason}. يبقى عملك محفوظًا على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>This app is too old for the server: {reason}</source>
            <translation>هذا التطبيق أقدم مما يقبله الخادم: {reason}</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>This module has a content error: {reason}</source>
            <translation>في هذه الوحدة خطأ في المحتوى: {reason}</translation>
        </message>
        <message>
            <location filename="../errors.py" />
            <source>Your sign-in is no longer valid ({reason}). Please sign in again.</source>
            <translation>لم يعد تسجيل دخولك صالحًا ({reason}). يُرجى تسجيل الدخول من جديد.</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <location filename="../formats.py" />
            <source>{h} h {m} min</source>
            <translation>{h} س {m} د</translation>
        </message>
        <message>
            <location filename="../formats.py" />
            <source>{n} min</source>
            <translation>{n} د</translation>
        </message>
        <message>
            <location filename="../formats.py" />
            <source>{n} s</source>
            <translation>{n} ث</translation>
        </message>
    </context>
    <context>
        <name>kiosk</name>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>checking a PIN</source>
            <translation>التحقق من رمز PIN</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>enrolling this kiosk</source>
            <translation>تسجيل هذا الكشك</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>exporting unsynced work</source>
            <translation>تصدير العمل غير المتزامن</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>setting the kiosk PIN</source>
            <translation>تعيين رمز PIN للكشك</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>signing in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>signing out</source>
            <translation>تسجيل الخروج</translation>
        </message>
        <message>
            <location filename="../ops/kiosk.py" />
            <source>{low} to {high} digits</source>
            <translation>من {low} إلى {high} أرقام</translation>
        </message>
    </context>
    <context>
        <name>media</name>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading file…</source>
            <translation>جارٍ تنزيل الملف…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading file… {percent} %</source>
            <translation>جارٍ تنزيل الملف… {percent}٪</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading image…</source>
            <translation>جارٍ تنزيل الصورة…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading image… {percent} %</source>
            <translation>جارٍ تنزيل الصورة… {percent}٪</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading video…</source>
            <translation>جارٍ تنزيل الفيديو…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Downloading video… {percent} %</source>
            <translation>جارٍ تنزيل الفيديو… {percent}٪</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This file could not be downloaded: {reason}.</source>
            <translation>تعذّر تنزيل هذا الملف: {reason}.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This file hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation>لم يُنزَّل هذا الملف بعد. سيُنزَّل تلقائيًا في المرة القادمة التي تكون فيها متصلًا.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This image could not be downloaded: {reason}.</source>
            <translation>تعذّر تنزيل هذه الصورة: {reason}.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This image hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation>لم تُنزَّل هذه الصورة بعد. ستُنزَّل تلقائيًا في المرة القادمة التي تكون فيها متصلًا.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's file is missing. Let your faculty member know.</source>
            <translation>ملف هذا القسم مفقود. أبلغ عضو هيئة التدريس.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's image is missing. Let your faculty member know.</source>
            <translation>صورة هذا القسم مفقودة. أبلغ عضو هيئة التدريس.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This section's video is missing. Let your faculty member know.</source>
            <translation>فيديو هذا القسم مفقود. أبلغ عضو هيئة التدريس.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This video could not be downloaded: {reason}.</source>
            <translation>تعذّر تنزيل هذا الفيديو: {reason}.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>This video hasn't been downloaded yet. It downloads by itself the next time you're online.</source>
            <translation>لم يُنزَّل هذا الفيديو بعد. سيُنزَّل تلقائيًا في المرة القادمة التي تكون فيها متصلًا.</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the file…</source>
            <translation>بانتظار تنزيل الملف…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the image…</source>
            <translation>بانتظار تنزيل الصورة…</translation>
        </message>
        <message>
            <location filename="../ops/media.py" />
            <source>Waiting to download the video…</source>
            <translation>بانتظار تنزيل الفيديو…</translation>
        </message>
    </context>
    <context>
        <name>module_kinds</name>
        <message>
            <location filename="../module_kinds.py" />
            <source>Code exercises</source>
            <translation>تمارين برمجية</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Game</source>
            <translation>لعبة</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Guided problems</source>
            <translation>مسائل موجَّهة</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Interactive</source>
            <translation>تفاعلية</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Mixed</source>
            <translation>مختلطة</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>Reading</source>
            <translation>قراءة</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>hands-on</source>
            <translation>تطبيقية</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>level {level} of 5</source>
            <translation>المستوى {level} من 5</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>mostly reading</source>
            <translation>قراءة في الغالب</translation>
        </message>
        <message>
            <location filename="../module_kinds.py" />
            <source>some hands-on</source>
            <translation>تطبيقية جزئيًا</translation>
        </message>
    </context>
    <context>
        <name>module_list</name>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>%n min</source>
            <translation>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>دقيقة واحدة</numerusform>
                <numerusform>دقيقتان</numerusform>
                <numerusform>%Ln دقائق</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>%n section(s)</source>
            <translation>
                <numerusform>لا أقسام</numerusform>
                <numerusform>قسم واحد</numerusform>
                <numerusform>قسمان</numerusform>
                <numerusform>%Ln أقسام</numerusform>
                <numerusform>%Ln قسمًا</numerusform>
                <numerusform>%Ln قسم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Archived</source>
            <translation>مؤرشفة</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Completed</source>
            <translation>مكتملة</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/module_list.py" />
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>مستحقة اليوم</numerusform>
                <numerusform>مستحقة بعد يوم واحد</numerusform>
                <numerusform>مستحقة بعد يومين</numerusform>
                <numerusform>مستحقة بعد %Ln أيام</numerusform>
                <numerusform>مستحقة بعد %Ln يومًا</numerusform>
                <numerusform>مستحقة بعد %Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due today</source>
            <translation>مستحقة اليوم</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due tomorrow</source>
            <translation>مستحقة غدًا</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Due {date}</source>
            <translation>مستحقة في {date}</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Excused</source>
            <translation>مُعفى</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>In progress</source>
            <translation>قيد التقدّم</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>In progress · {percent}</source>
            <translation>قيد التقدّم · {percent}</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked</source>
            <translation>مقفلة</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Locked: {reason}</source>
            <translation>مقفلة: {reason}</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Not started</source>
            <translation>لم تبدأ</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Overdue since {date}</source>
            <translation>متأخرة منذ {date}</translation>
        </message>
        <message>
            <location filename="../widgets/module_list.py" />
            <source>Published</source>
            <translation>منشورة</translation>
        </message>
    </context>
    <context>
        <name>modules</name>
        <message>
            <location filename="../ops/modules.py" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Archived</source>
            <translation>مؤرشفة</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Complete {modules} first</source>
            <translation>أكمل {modules} أولًا</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Drafts</source>
            <translation>المسودات</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Optional</source>
            <translation>اختيارية</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Other modules</source>
            <translation>وحدات أخرى</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Published</source>
            <translation>منشورة</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Recommended</source>
            <translation>موصى بها</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>Required</source>
            <translation>إلزامية</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>{list} and {last}</source>
            <translation>{list} و{last}</translation>
        </message>
        <message>
            <location filename="../ops/modules.py" />
            <source>“{title}”</source>
            <translation>«{title}»</translation>
        </message>
    </context>
    <context>
        <name>not_synced</name>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Module</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <location filename="../widgets/not_synced.py" />
            <source>Why it was not synced</source>
            <translation>سبب عدم المزامنة</translation>
        </message>
    </context>
    <context>
        <name>outbox</name>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Came back</source>
            <translation>عاد</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Completed the module</source>
            <translation>أكمل الوحدة</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Feedback on the module</source>
            <translation>رأي في الوحدة</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Finished a task in section {n}</source>
            <translation>أنهى مهمة في القسم {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Finished section {n}</source>
            <translation>أنهى القسم {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Opened section {n}</source>
            <translation>فتح القسم {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Paused</source>
            <translation>توقّف مؤقتًا</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Started the module</source>
            <translation>بدأ الوحدة</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server did not accept it (no reason given).</source>
            <translation>لم يقبله الخادم (دون ذكر السبب).</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server no longer has this module (it was removed).</source>
            <translation>لم تعد هذه الوحدة موجودة على الخادم (أُزيلت).</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>The server says this was recorded on another device.</source>
            <translation>يفيد الخادم بأن هذا سُجِّل على جهاز آخر.</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>This module is no longer assigned to you, so the server did not take it.</source>
            <translation>لم تعد هذه الوحدة مُسنَدة إليك، لذا لم يقبلها الخادم.</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Ticked “{item}” in section {n}</source>
            <translation>حدّد «{item}» في القسم {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Time spent in section {n}</source>
            <translation>الوقت المستغرق في القسم {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>Unticked “{item}” in section {n}</source>
            <translation>ألغى تحديد «{item}» في القسم {n}</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>an item</source>
            <translation>عنصر</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>exporting the items that are not synced</source>
            <translation>تصدير العناصر غير المتزامنة</translation>
        </message>
        <message>
            <location filename="../ops/outbox.py" />
            <source>{kind} in section {n}</source>
            <translation>{kind} في القسم {n}</translation>
        </message>
    </context>
    <context>
        <name>preview</name>
        <message>
            <location filename="../ops/preview.py" />
            <source>{file}, line {line}</source>
            <translation>{file}، السطر {line}</translation>
        </message>
    </context>
    <context>
        <name>report_charts</name>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>(no data)</source>
            <translation>(لا بيانات)</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Assigned ({n})</source>
            <translation>المُسنَدة ({n})</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Completed ({n})</source>
            <translation>المكتملة ({n})</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Difficulty</source>
            <translation>الصعوبة</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Due {date}</source>
            <translation>مستحقة في {date}</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Errors</source>
            <translation>الأخطاء</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Hints</source>
            <translation>التلميحات</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Minutes per student (quartiles and median)</source>
            <translation>الدقائق لكل طالب (الأرباع والوسيط)</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Pauses</source>
            <translation>التوقفات</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Rating</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>Retries</source>
            <translation>إعادات المحاولة</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>events</source>
            <translation>الأحداث</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>minutes</source>
            <translation>دقائق</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>responses</source>
            <translation>الردود</translation>
        </message>
        <message>
            <location filename="../widgets/report_charts.py" />
            <source>students</source>
            <translation>الطلاب</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n d</source>
            <translation>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>يوم واحد</numerusform>
                <numerusform>يومان</numerusform>
                <numerusform>%Ln أيام</numerusform>
                <numerusform>%Ln يومًا</numerusform>
                <numerusform>%Ln يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n h ago</source>
            <translation>
                <numerusform>قبل %Ln ساعة</numerusform>
                <numerusform>قبل ساعة</numerusform>
                <numerusform>قبل ساعتين</numerusform>
                <numerusform>قبل %Ln ساعات</numerusform>
                <numerusform>قبل %Ln ساعة</numerusform>
                <numerusform>قبل %Ln ساعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/reports.py" />
            <source>%n min ago</source>
            <translation>
                <numerusform>قبل %Ln دقيقة</numerusform>
                <numerusform>قبل دقيقة</numerusform>
                <numerusform>قبل دقيقتين</numerusform>
                <numerusform>قبل %Ln دقائق</numerusform>
                <numerusform>قبل %Ln دقيقة</numerusform>
                <numerusform>قبل %Ln دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Anonymous</source>
            <translation>مجهول الهوية</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>As of {time} UTC (last sync {when})</source>
            <translation>حتى {time} بالتوقيت العالمي (آخر مزامنة {when})</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Assigned via</source>
            <translation>أُسندت عبر</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Clarity (mean)</source>
            <translation>الوضوح (المتوسط)</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Comment</source>
            <translation>التعليق</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Completed</source>
            <translation>مكتملة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Completion over time</source>
            <translation>الإكمال عبر الزمن</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Device</source>
            <translation>الجهاز</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Difficulty</source>
            <translation>الصعوبة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Difficulty (mean)</source>
            <translation>الصعوبة (المتوسط)</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Directly</source>
            <translation>مباشرةً</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Due</source>
            <translation>الاستحقاق</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Engagement (mean)</source>
            <translation>التفاعل (المتوسط)</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Errors</source>
            <translation>الأخطاء</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Excuse reason</source>
            <translation>سبب الإعفاء</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Excused</source>
            <translation>مُعفى</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Hints</source>
            <translation>التلميحات</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>In progress</source>
            <translation>قيد التقدّم</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Last sync</source>
            <translation>آخر مزامنة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <location filename="../widgets/reports.py" />
            <source>Mastery</source>
            <translation>الإتقان</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Mastery by fifths</source>
            <translation>الإتقان حسب الأخماس</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Median time</source>
            <translation>الوقت الوسيط</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Module</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>No reports on this device yet: sync while connected to fetch them.</source>
            <translation>لا توجد تقارير على هذا الجهاز بعد: زامِن أثناء الاتصال لجلبها.</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Not started</source>
            <translation>لم تبدأ</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Optional</source>
            <translation>اختيارية</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Pauses</source>
            <translation>التوقفات</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rating</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rating (mean)</source>
            <translation>التقييم (المتوسط)</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Ratings and difficulty</source>
            <translation>التقييمات والصعوبة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Recommended</source>
            <translation>موصى بها</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Reports not refreshed at the last sync: {error}.</source>
            <translation>لم تُحدَّث التقارير في آخر مزامنة: {error}.</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Required</source>
            <translation>إلزامية</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Responses</source>
            <translation>الردود</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Retries</source>
            <translation>إعادات المحاولة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Rule</source>
            <translation>قاعدة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Section</source>
            <translation>القسم</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Section {n}</source>
            <translation>القسم {n}</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Skipped</source>
            <translation>متخطّاة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Started</source>
            <translation>بدأوا</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Stopped here</source>
            <translation>توقفوا هنا</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Struggle by section</source>
            <translation>الصعوبات حسب القسم</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Student</source>
            <translation>الطالب</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Team</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>Time on task by section</source>
            <translation>وقت العمل حسب القسم</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>University</source>
            <translation>الجامعة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>Waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>archived</source>
            <translation>مؤرشفة</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>just now</source>
            <translation>الآن</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>more than {limit} rows: filter the table first</source>
            <translation>أكثر من {limit} صف: صفِّ الجدول أولًا</translation>
        </message>
        <message>
            <location filename="../widgets/reports.py" />
            <source>published</source>
            <translation>منشورة</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{low}–{high} %: {n}</source>
            <translation>{low}–{high}٪: {n}</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{m} min {s} s</source>
            <translation>{m} د {s} ث</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{n}%</source>
            <translation>{n}٪</translation>
        </message>
        <message>
            <location filename="../ops/reports.py" />
            <source>{s} s</source>
            <translation>{s} ث</translation>
        </message>
    </context>
    <context>
        <name>sandbox</name>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>Code cannot run on this computer: {reason}. Staff can allow it with `frames-client sandbox --allow-unisolated yes`.</source>
            <translation>لا يمكن تشغيل الشيفرة على هذا الحاسوب: {reason}. يمكن للمشرفين السماح بذلك عبر `frames-client sandbox --allow-unisolated yes`.</translation>
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>The code could not be started: {error}</source>
            <translation>تعذّر بدء تشغيل الشيفرة: {error}</translation>
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>This version of FRAMES cannot run {language} code.</source>
            <translation>لا يستطيع هذا الإصدار من FRAMES تشغيل شيفرة {language}.</translation>
        </message>
        <message>
            <location filename="../ops/sandbox.py" />
            <source>{language} code cannot run on this computer: {reason}.</source>
            <translation>لا يمكن تشغيل شيفرة {language} على هذا الحاسوب: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>server_errors</name>
        <message>
            <location filename="../server_errors.py" />
            <source>Another copy of this device's data has synced. This device takes a new identity.</source>
            <translation>زامنت نسخة أخرى من بيانات هذا الجهاز. سيأخذ هذا الجهاز هوية جديدة.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server cannot answer in a form this app reads.</source>
            <translation>لا يستطيع الخادم الرد بصيغة يقرؤها هذا التطبيق.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server cannot reach its database. Try again later.</source>
            <translation>لا يستطيع الخادم الوصول إلى قاعدة بياناته. حاول لاحقًا.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not do this: the request breaks one of its rules.</source>
            <translation>تعذّر على الخادم تنفيذ ذلك: الطلب يخالف إحدى قواعده.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not send that part of the file.</source>
            <translation>تعذّر على الخادم إرسال ذلك الجزء من الملف.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server could not store or read a media file.</source>
            <translation>تعذّر على الخادم تخزين ملف وسائط أو قراءته.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server did not accept the sign-in. Sign in again.</source>
            <translation>لم يقبل الخادم تسجيل الدخول. سجّل الدخول من جديد.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server did not understand the request.</source>
            <translation>لم يفهم الخادم الطلب.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not accept this type of file.</source>
            <translation>لا يقبل الخادم هذا النوع من الملفات.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not have this (or it is not visible to you).</source>
            <translation>هذا غير موجود على الخادم (أو غير مرئي لك).</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server does not offer this. It may be an older version.</source>
            <translation>لا يوفّر الخادم هذا. قد يكون إصدارًا أقدم.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server hit an unexpected error. Try again later.</source>
            <translation>واجه الخادم خطأً غير متوقع. حاول لاحقًا.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is being upgraded. Try again later.</source>
            <translation>تجري ترقية الخادم. حاول لاحقًا.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is busy. Try again in a moment.</source>
            <translation>الخادم مشغول. حاول مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server is not set up correctly. Tell your lab admin.</source>
            <translation>الخادم غير مُعَدّ بشكل صحيح. أبلغ مسؤول المختبر.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server refused the request.</source>
            <translation>رفض الخادم الطلب.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server refused this content: it is not in the module format.</source>
            <translation>رفض الخادم هذا المحتوى: ليس بصيغة الوحدات.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>The server's database could not be upgraded. Tell your lab admin.</source>
            <translation>تعذّرت ترقية قاعدة بيانات الخادم. أبلغ مسؤول المختبر.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This account has been disabled. Ask your faculty member or a lab admin.</source>
            <translation>عُطِّل هذا الحساب. اسأل عضو هيئة التدريس أو مسؤول المختبر.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This app is too old for the server: please update FRAMES LMS.</source>
            <translation>هذا التطبيق أقدم مما يقبله الخادم: يُرجى تحديث FRAMES LMS.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This clashes with something that already exists on the server.</source>
            <translation>هذا يتعارض مع شيء موجود مسبقًا على الخادم.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This code was already used or has expired.</source>
            <translation>هذا الرمز مستخدم من قبل أو منتهي الصلاحية.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>This is too large for the server to accept.</source>
            <translation>هذا أكبر من أن يقبله الخادم.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>Too many attempts. Wait a little and try again.</source>
            <translation>محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../server_errors.py" />
            <source>Your account is not allowed to do this.</source>
            <translation>حسابك غير مسموح له بفعل ذلك.</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../ops/session.py" />
            <source>The media file {name} is missing.</source>
            <translation>ملف الوسائط {name} مفقود.</translation>
        </message>
        <message>
            <location filename="../ops/session.py" />
            <source>This section has no media file.</source>
            <translation>لا يحتوي هذا القسم على ملف وسائط.</translation>
        </message>
    </context>
    <context>
        <name>shortcuts</name>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>(not described)</source>
            <translation>(بلا وصف)</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Everywhere</source>
            <translation>في كل مكان</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>In a module</source>
            <translation>داخل وحدة</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Next control</source>
            <translation>عنصر التحكم التالي</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>On this page</source>
            <translation>في هذه الصفحة</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Press the focused button, tick the focused box</source>
            <translation>الضغط على الزر الذي عليه التركيز، وتحديد المربع الذي عليه التركيز</translation>
        </message>
        <message>
            <location filename="../widgets/shortcuts.py" />
            <source>Previous control</source>
            <translation>عنصر التحكم السابق</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>لا توجد تغييرات بانتظار المزامنة</numerusform>
                <numerusform>تغيير واحد بانتظار المزامنة</numerusform>
                <numerusform>تغييران بانتظار المزامنة</numerusform>
                <numerusform>%Ln تغييرات بانتظار المزامنة</numerusform>
                <numerusform>%Ln تغييرًا بانتظار المزامنة</numerusform>
                <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>%n item(s) not synced</source>
            <translation>
                <numerusform>لا توجد عناصر غير متزامنة</numerusform>
                <numerusform>عنصر واحد غير متزامن</numerusform>
                <numerusform>عنصران غير متزامنين</numerusform>
                <numerusform>%Ln عناصر غير متزامنة</numerusform>
                <numerusform>%Ln عنصرًا غير متزامن</numerusform>
                <numerusform>%Ln عنصر غير متزامن</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>All changes synced</source>
            <translation>تمت مزامنة كل التغييرات</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Connecting…</source>
            <translation>جارٍ الاتصال…</translation>
        </message>
        <message numerus="yes">
            <location filename="../ops/status.py" />
            <source>Last synced %n min ago</source>
            <translation>
                <numerusform>آخر مزامنة قبل أقل من دقيقة</numerusform>
                <numerusform>آخر مزامنة قبل دقيقة</numerusform>
                <numerusform>آخر مزامنة قبل دقيقتين</numerusform>
                <numerusform>آخر مزامنة قبل %Ln دقائق</numerusform>
                <numerusform>آخر مزامنة قبل %Ln دقيقة</numerusform>
                <numerusform>آخر مزامنة قبل %Ln دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced just now</source>
            <translation>آخر مزامنة الآن</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced on {date}</source>
            <translation>آخر مزامنة في {date}</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Last synced today at {time}</source>
            <translation>آخر مزامنة اليوم الساعة {time}</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Not synced yet</source>
            <translation>لم تتم المزامنة بعد</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Offline — your work is saved on this device and will sync when you're back online</source>
            <translation>غير متصل — عملك محفوظ على هذا الجهاز وستتم مزامنته عند عودتك إلى الاتصال</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Online</source>
            <translation>متصل</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Signed out by the server — sign in again to sync. Your work is saved on this device.</source>
            <translation>سجّل الخادم خروجك — سجّل الدخول من جديد للمزامنة. عملك محفوظ على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Sync problem: {error}. Your work is saved on this device.</source>
            <translation>مشكلة في المزامنة: {error}. عملك محفوظ على هذا الجهاز.</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>Syncing…</source>
            <translation>جارٍ المزامنة…</translation>
        </message>
        <message>
            <location filename="../ops/status.py" />
            <source>unknown size</source>
            <translation>حجم غير معروف</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <location filename="../ops/storage.py" />
            <source>checking the rebuilt data</source>
            <translation>فحص البيانات المُعاد بناؤها</translation>
        </message>
        <message>
            <location filename="../ops/storage.py" />
            <source>freeing space</source>
            <translation>تحرير المساحة</translation>
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <location filename="../theme.py" />
            <source>{variable}={value}: choose one of {choices}</source>
            <translation>{variable}={value}: اختر إحدى القيم {choices}</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../ops/window.py" />
            <source>saving a setting</source>
            <translation>حفظ إعداد</translation>
        </message>
        <message>
            <location filename="../ops/window.py" />
            <source>saving the window</source>
            <translation>حفظ النافذة</translation>
        </message>
    </context>
</TS>
