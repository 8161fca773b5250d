<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>BrokenSectionView</name>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="69"/>
        <source>This section file has a problem</source>
        <translation>في ملف هذا القسم مشكلة</translation>
    </message>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="74"/>
        <source>Fix the file and save: the preview reloads by itself.</source>
        <translation>أصلح الملف واحفظه: تُعاد المعاينة تلقائيًا.</translation>
    </message>
</context>
<context>
    <name>ChecklistSectionView</name>
    <message>
        <location filename="../viewer/sections/checklist.py" line="86"/>
        <source>{item} (optional)</source>
        <translation>{item} (اختياري)</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="97"/>
        <source>It has no items.</source>
        <translation>لا تحتوي على أي بند.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="99"/>
        <source>This checklist could not be read</source>
        <translation>تعذّرت قراءة قائمة التحقق هذه</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="100"/>
        <source>{problem} Tell the module&apos;s author; you can continue with Next.</source>
        <translation>{problem} أبلغ مؤلف الوحدة؛ يمكنك المتابعة بالضغط على «التالي».</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="132"/>
        <source>Section complete.</source>
        <translation>اكتمل القسم.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="134"/>
        <source>Continue with Next when you are done.</source>
        <translation>عند الانتهاء، تابع بالضغط على «التالي».</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="135"/>
        <source>Tick every required item to complete this section.</source>
        <translation>حدّد كل البنود المطلوبة لإكمال هذا القسم.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/checklist.py" line="160"/>
        <source>{done} of {total} required items ticked.</source>
        <translation>البنود المطلوبة المحدّدة: {done} من {total}.</translation>
    </message>
</context>
<context>
    <name>CompletionPage</name>
    <message>
        <location filename="../viewer/_completion.py" line="321"/>
        <source>Back to my modules</source>
        <translation>العودة إلى وحداتي</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="351"/>
        <source>Module complete</source>
        <translation>اكتملت الوحدة</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="352"/>
        <source>Well done: you finished “{title}”.</source>
        <translation>أحسنت: أنهيت «{title}».</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="356"/>
        <source>You spent {time} on it.</source>
        <translation>استغرقت فيها {time}.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="362"/>
        <source>Almost there</source>
        <translation>أوشكت على الانتهاء</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="364"/>
        <source>Sections still to complete in “{title}”: {count}</source>
        <translation>الأقسام المتبقية لإكمال «{title}»: {count}</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="370"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../viewer/_completion.py" line="116"/>
        <source>Your feedback (optional)</source>
        <translation>رأيك (اختياري)</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="122"/>
        <source>Tell the module&apos;s authors what worked and what did not. You can change your answers at any time.</source>
        <translation>أخبر مؤلفي الوحدة بما نجح فيها وما لم ينجح. يمكنك تغيير إجاباتك في أي وقت.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="136"/>
        <source>Overall rating</source>
        <translation>التقييم العام</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="137"/>
        <source>Poor</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="138"/>
        <source>Excellent</source>
        <translation>ممتاز</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="142"/>
        <source>Difficulty</source>
        <translation>الصعوبة</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="143"/>
        <source>Very easy</source>
        <translation>سهلة جدًا</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="144"/>
        <source>Very hard</source>
        <translation>صعبة جدًا</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="147"/>
        <source>How useful was it?</source>
        <translation>ما مدى فائدتها؟</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="148"/>
        <source>How difficult was it?</source>
        <translation>ما مدى صعوبتها؟</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="156"/>
        <location filename="../viewer/_completion.py" line="163"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="161"/>
        <source>Anything that was unclear, missing or especially good</source>
        <translation>ما كان غير واضح أو ناقصًا أو جيدًا بشكل خاص</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="169"/>
        <source>Send anonymously (faculty see the feedback, not your name)</source>
        <translation>إرسال دون ذكر الاسم (يرى أعضاء هيئة التدريس الرأي لا اسمك)</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="175"/>
        <source>Save feedback</source>
        <translation>حفظ الرأي</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="189"/>
        <source>Preview: feedback is not saved.</source>
        <translation>معاينة: لا يُحفظ الرأي.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="236"/>
        <source>Saved. You can change your feedback at any time.</source>
        <translation>تم الحفظ. يمكنك تغيير رأيك في أي وقت.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="264"/>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="271"/>
        <source>Your comment is {length} characters long: shorten it to {most} or fewer to save it.</source>
        <translation>عدد أحرف تعليقك {length}، والحد الأقصى للحفظ {most}: اختصره لتتمكن من حفظه.</translation>
    </message>
</context>
<context>
    <name>ModuleViewer</name>
    <message>
        <location filename="../viewer/_viewer.py" line="201"/>
        <source>Section {number} of {total} · {kind}</source>
        <translation>القسم {number} من {total} · {kind}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="209"/>
        <source>Section {number}</source>
        <translation>القسم {number}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="333"/>
        <source>My modules</source>
        <translation>وحداتي</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="335"/>
        <source>Back to the list of modules</source>
        <translation>العودة إلى قائمة الوحدات</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="345"/>
        <source>Module: {title}</source>
        <translation>الوحدة: {title}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="359"/>
        <source>Module progress</source>
        <translation>التقدّم في الوحدة</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="366"/>
        <source>Summary and feedback</source>
        <translation>الملخّص والرأي</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="374"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; — nothing you do here is recorded or synced.</source>
        <translation>&lt;b&gt;معاينة&lt;/b&gt; — لا يُسجَّل شيء مما تفعله هنا ولا تتم مزامنته.</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="401"/>
        <location filename="../viewer/_viewer.py" line="408"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="424"/>
        <source>{number}. {glyph} {title}</source>
        <translation>{number}. {glyph} {title}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="462"/>
        <source>This module has no sections yet</source>
        <translation>لا تحتوي هذه الوحدة على أقسام بعد</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="463"/>
        <source>Its author has not added any content. Check again after the next sync.</source>
        <translation>لم يُضف مؤلفها أي محتوى بعد. تحقّق مرة أخرى بعد المزامنة القادمة.</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="483"/>
        <source>You have completed this module.</source>
        <translation>لقد أكملت هذه الوحدة.</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="487"/>
        <source>See summary and give feedback</source>
        <translation>عرض الملخّص وإبداء الرأي</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="498"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="500"/>
        <source>Previous section (Alt+Left)</source>
        <translation>القسم السابق (Alt+السهم الأيسر)</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="508"/>
        <location filename="../viewer/_viewer.py" line="853"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="511"/>
        <location filename="../viewer/_viewer.py" line="858"/>
        <source>Next section (Alt+Right)</source>
        <translation>القسم التالي (Alt+السهم الأيمن)</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="585"/>
        <source>Sections: {count}</source>
        <translation>عدد الأقسام: {count}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="588"/>
        <source>about {minutes} min</source>
        <translation>نحو {minutes} د</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="790"/>
        <source>Saved. You can change your feedback at any time.</source>
        <translation>تم الحفظ. يمكنك تغيير رأيك في أي وقت.</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="808"/>
        <source>{done} of {total} sections complete</source>
        <translation>الأقسام المكتملة: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="812"/>
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="826"/>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="828"/>
        <source>not complete yet</source>
        <translation>لم يكتمل بعد</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="831"/>
        <source>{kind} · {state}</source>
        <translation>{kind} · {state}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="835"/>
        <source>{kind}, {state}</source>
        <translation>{kind}، {state}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="853"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="856"/>
        <source>See your summary (Alt+Right)</source>
        <translation>عرض ملخّصك (Alt+السهم الأيمن)</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="864"/>
        <source>✓ {hint}</source>
        <translation>✓ {hint}</translation>
    </message>
    <message>
        <location filename="../viewer/_viewer.py" line="905"/>
        <source>No sections</source>
        <translation>لا توجد أقسام</translation>
    </message>
</context>
<context>
    <name>MultimediaProblem</name>
    <message>
        <location filename="../viewer/_multimedia.py" line="50"/>
        <source>The video player needs {library}, which is missing or cannot be loaded on this computer.</source>
        <translation>يحتاج مشغّل الفيديو إلى {library}، وهي مفقودة أو يتعذّر تحميلها على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../viewer/_multimedia.py" line="56"/>
        <source>The video player needs system libraries that are missing or cannot be loaded on this computer.</source>
        <translation>يحتاج مشغّل الفيديو إلى مكتبات نظام مفقودة أو يتعذّر تحميلها على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <location filename="../viewer/_completion.py" line="71"/>
        <source>{name}: {value} of {top}</source>
        <translation>{name}: {value} من {top}</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../viewer/sections/base.py" line="120"/>
        <source>Section complete.</source>
        <translation>اكتمل القسم.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="139"/>
        <source>Complete what this section asks to go on.</source>
        <translation>أكمل ما يطلبه هذا القسم للمتابعة.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="140"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="141"/>
        <source>Still needed: {needs}</source>
        <translation>المتبقي: {needs}</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="152"/>
        <source>the settings are not those of a “{type}” section</source>
        <translation>الإعدادات ليست لقسم من نوع «{type}»</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="160"/>
        <source>This {thing} could not be shown</source>
        <translation>تعذّر عرض هذا المحتوى ({thing})</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="161"/>
        <source>Its settings are broken ({error}). Tell the module&apos;s author; you can go on with the rest of the module.</source>
        <translation>إعداداته تالفة ({error}). أبلغ مؤلف الوحدة؛ يمكنك متابعة بقية الوحدة.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/base.py" line="172"/>
        <source>This {thing} cannot be shown; tell the module&apos;s author.</source>
        <translation>يتعذّر عرض هذا المحتوى ({thing})؛ أبلغ مؤلف الوحدة.</translation>
    </message>
</context>
<context>
    <name>TextSectionView</name>
    <message>
        <location filename="../viewer/sections/text.py" line="37"/>
        <source>Section text</source>
        <translation>نص القسم</translation>
    </message>
    <message>
        <location filename="../viewer/sections/text.py" line="46"/>
        <source>Section complete.</source>
        <translation>اكتمل القسم.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/text.py" line="47"/>
        <source>Read through, then continue with Next.</source>
        <translation>اقرأ النص كاملًا، ثم تابع بالضغط على «التالي».</translation>
    </message>
</context>
<context>
    <name>UnsupportedSectionView</name>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="48"/>
        <source>Not supported in this version</source>
        <translation>غير مدعوم في هذا الإصدار</translation>
    </message>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="49"/>
        <source>This is a “{kind}” section, which needs a newer version of FRAMES. Update the app to do it; until then this section, and so the module, stays incomplete. You can carry on with the rest of the module.</source>
        <translation>هذا قسم من نوع «{kind}»، ويحتاج إلى إصدار أحدث من FRAMES. حدّث التطبيق لإنجازه؛ وحتى ذلك الحين يبقى هذا القسم، ومعه الوحدة، غير مكتمل. يمكنك متابعة بقية الوحدة.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="59"/>
        <source>Section complete.</source>
        <translation>اكتمل القسم.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/unsupported.py" line="60"/>
        <source>This section cannot be done on this computer.</source>
        <translation>لا يمكن إنجاز هذا القسم على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>VideoUnavailableSectionView</name>
    <message>
        <location filename="../viewer/sections/video.py" line="66"/>
        <source>This video cannot play on this computer</source>
        <translation>يتعذّر تشغيل هذا الفيديو على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../viewer/sections/video.py" line="67"/>
        <source>{problem} The text below still applies; press Next to continue.</source>
        <translation>{problem} ما زال النص أدناه صالحًا؛ اضغط «التالي» للمتابعة.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/video.py" line="87"/>
        <source>Section complete.</source>
        <translation>اكتمل القسم.</translation>
    </message>
    <message>
        <location filename="../viewer/sections/video.py" line="88"/>
        <source>Press Next to continue.</source>
        <translation>اضغط «التالي» للمتابعة.</translation>
    </message>
</context>
<context>
    <name>_completion</name>
    <message>
        <location filename="../viewer/_completion.py" line="39"/>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="42"/>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <location filename="../viewer/_completion.py" line="45"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
</context>
<context>
    <name>_multimedia</name>
    <message>
        <location filename="../viewer/_multimedia.py" line="74"/>
        <source>Install it with “{apt}” (Debian, Ubuntu) or “{dnf}” (Fedora), then restart FRAMES LMS.</source>
        <translation>ثبّتها بالأمر «{apt}» (Debian وUbuntu) أو «{dnf}» (Fedora)، ثم أعد تشغيل FRAMES LMS.</translation>
    </message>
    <message>
        <location filename="../viewer/_multimedia.py" line="80"/>
        <source>Install the package that provides {library}, then restart FRAMES LMS.</source>
        <translation>ثبّت الحزمة التي توفّر {library}، ثم أعد تشغيل FRAMES LMS.</translation>
    </message>
    <message>
        <location filename="../viewer/_multimedia.py" line="84"/>
        <source>Ask whoever looks after this computer to install the multimedia libraries.</source>
        <translation>اطلب ممن يتولى إدارة هذا الحاسوب تثبيت مكتبات الوسائط المتعددة.</translation>
    </message>
</context>
<context>
    <name>criteria</name>
    <message>
        <location filename="../../sync/rules/criteria.py" line="187"/>
        <source>Run your code until the output matches</source>
        <translation>شغّل الكود حتى يطابق الناتج المطلوب</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="189"/>
        <source>Solve the problem</source>
        <translation>حلّ المسألة</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="191"/>
        <source>Pass a level of the game</source>
        <translation>اجتز مستوى من مستويات اللعبة</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="196"/>
        <source>Score at least {min} %</source>
        <translation>احصل على {min} % على الأقل</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="198"/>
        <source>Score at least {min} % (best so far {best} %)</source>
        <translation>احصل على {min} % على الأقل (أفضل نتيجة حتى الآن {best} %)</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="203"/>
        <source>Do the tasks: {done} of {total} done</source>
        <translation>أنجز المهام: أُنجز {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="207"/>
        <source>{duration} more on this page</source>
        <translation>{duration} إضافية في هذه الصفحة</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="219"/>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="225"/>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="247"/>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="250"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../sync/rules/criteria.py" line="252"/>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <location filename="../viewer/sections/registry.py" line="66"/>
        <source>Reading</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="67"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="68"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="69"/>
        <source>Checklist</source>
        <translation>قائمة تحقق</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="70"/>
        <source>Guided problem</source>
        <translation>مسألة موجّهة</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="71"/>
        <source>Code exercise</source>
        <translation>تمرين برمجي</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="72"/>
        <source>Game</source>
        <translation>لعبة</translation>
    </message>
    <message>
        <location filename="../viewer/sections/registry.py" line="73"/>
        <source>Interactive scene</source>
        <translation>مشهد تفاعلي</translation>
    </message>
</context>
</TS>
