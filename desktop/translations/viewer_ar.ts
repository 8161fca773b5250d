<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>BrokenSectionView</name>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>Fix the file and save: the preview reloads by itself.</source>
            <translation>أصلح الملف واحفظه: تُعاد المعاينة تلقائيًا.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>This section file has a problem</source>
            <translation>في ملف هذا القسم مشكلة</translation>
        </message>
    </context>
    <context>
        <name>ChatBubble</name>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>{heading}: {text}</source>
            <translation>{heading}: {text}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>{speaker}: {said}</source>
            <translation>{speaker}: {said}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistSectionView</name>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>Continue with Next when you are done.</source>
            <translation>عند الانتهاء، تابع بالضغط على «التالي».</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>It has no items.</source>
            <translation>لا تحتوي على أي بند.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>This checklist could not be read</source>
            <translation>تعذّرت قراءة قائمة التحقق هذه</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>Tick every required item to complete this section.</source>
            <translation>حدّد كل البنود المطلوبة لإكمال هذا القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>{done} of {total} required items ticked.</source>
            <translation>البنود المطلوبة المحدّدة: {done} من {total}.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>{item} (optional)</source>
            <translation>{item} (اختياري)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/checklist.py" />
            <source>{problem} Tell the module's author; you can continue with Next.</source>
            <translation>{problem} أبلغ مؤلف الوحدة؛ يمكنك المتابعة بالضغط على «التالي».</translation>
        </message>
    </context>
    <context>
        <name>ChoiceBoard</name>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Choose all that apply ({n}), then Submit (the number keys pick too).</source>
            <translation>اختر كل الإجابات الصحيحة ({n})، ثم اضغط «تسليم» (يمكنك الاختيار بمفاتيح الأرقام أيضًا).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Option {i} of {n}</source>
            <translation>الخيار {i} من {n}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Option {i} of {n} (key {i})</source>
            <translation>الخيار {i} من {n} (المفتاح {i})</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit</source>
            <translation>تسليم</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit answer</source>
            <translation>تسليم الإجابة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Tap an answer, or press its number key.</source>
            <translation>المس إجابة، أو اضغط مفتاح رقمها.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{i}.  {option}   · chosen</source>
            <translation>{i}.  {option}   · مختار</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{option} (chosen)</source>
            <translation>{option} (مختار)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{option} (right answer)</source>
            <translation>{option} (الإجابة الصحيحة)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{option} (your answer, wrong)</source>
            <translation>{option} (إجابتك، وهي خاطئة)</translation>
        </message>
    </context>
    <context>
        <name>CompletionPage</name>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Almost there</source>
            <translation>أوشكت على الانتهاء</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Back to my modules</source>
            <translation>العودة إلى وحداتي</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Module complete</source>
            <translation>اكتملت الوحدة</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Sections still to complete in “{title}”: {count}</source>
            <translation>الأقسام المتبقية لإكمال «{title}»: {count}</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Well done: you finished “{title}”.</source>
            <translation>أحسنت: أنهيت «{title}».</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>You spent {time} on it.</source>
            <translation>استغرقت فيها {time}.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
    </context>
    <context>
        <name>FeedbackForm</name>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Anything that was unclear, missing or especially good</source>
            <translation>ما كان غير واضح أو ناقصًا أو جيدًا بشكل خاص</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Difficulty</source>
            <translation>الصعوبة</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Excellent</source>
            <translation>ممتاز</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>How difficult was it?</source>
            <translation>ما مدى صعوبتها؟</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>How useful was it?</source>
            <translation>ما مدى فائدتها؟</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Not saved yet.</source>
            <translation>لم يُحفظ بعد.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Overall rating</source>
            <translation>التقييم العام</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Poor</source>
            <translation>ضعيف</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Preview: feedback is not saved.</source>
            <translation>معاينة: لا يُحفظ الرأي.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Save feedback</source>
            <translation>حفظ الرأي</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Saved. You can change your feedback at any time.</source>
            <translation>تم الحفظ. يمكنك تغيير رأيك في أي وقت.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Send anonymously (faculty see the feedback, not your name)</source>
            <translation>إرسال دون ذكر الاسم (يرى أعضاء هيئة التدريس الرأي لا اسمك)</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Tell the module's authors what worked and what did not. You can change your answers at any time.</source>
            <translation>أخبر مؤلفي الوحدة بما نجح فيها وما لم ينجح. يمكنك تغيير إجاباتك في أي وقت.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Very easy</source>
            <translation>سهلة جدًا</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Very hard</source>
            <translation>صعبة جدًا</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Your comment is {length} characters long: shorten it to {most} or fewer to save it.</source>
            <translation>عدد أحرف تعليقك {length}، والحد الأقصى للحفظ {most}: اختصره لتتمكن من حفظه.</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>Your feedback (optional)</source>
            <translation>رأيك (اختياري)</translation>
        </message>
    </context>
    <context>
        <name>GameSectionView</name>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source> · best {score} %</source>
            <translation> · الأفضل {score} %</translation>
        </message>
        <message numerus="yes">
            <location filename="../viewer/sections/game.py" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>لم يبقَ أي وقت</numerusform>
                <numerusform>بقيت ثانية واحدة</numerusform>
                <numerusform>بقيت ثانيتان</numerusform>
                <numerusform>بقيت %Ln ثوانٍ</numerusform>
                <numerusform>بقيت %Ln ثانية</numerusform>
                <numerusform>بقيت %Ln ثانية</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>(The picture for this question is not on this computer yet. It comes with the module's next download; answer from the question alone meanwhile.)</source>
            <translation>(صورة هذا السؤال ليست على هذا الحاسوب بعد. ستصل مع التنزيل التالي للوحدة؛ وإلى ذلك الحين أجب اعتمادًا على نص السؤال وحده.)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>About this game</source>
            <translation>عن هذه اللعبة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Attempt over</source>
            <translation>انتهت المحاولة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Attempts so far: {n}</source>
            <translation>المحاولات حتى الآن: {n}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Best so far</source>
            <translation>أفضل نتيجة حتى الآن</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Best so far on this level: {score} %</source>
            <translation>أفضل نتيجة حتى الآن في هذا المستوى: {score} %</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Challenge</source>
            <translation>التحدي</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Choose a level</source>
            <translation>اختر مستوى</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Choose another level</source>
            <translation>اختيار مستوى آخر</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Each challenge</source>
            <translation>نتيجة كل تحدٍّ</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Explanation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Game</source>
            <translation>اللعبة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Next challenge</source>
            <translation>التحدي التالي</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>No attempts yet: every level can be retried.</source>
            <translation>لا محاولات بعد: يمكنك إعادة أي مستوى متى شئت.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Pass a level to complete this section.</source>
            <translation>اجتز مستوى لإكمال هذا القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Passed or not</source>
            <translation>الاجتياز أو عدمه</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Passed.</source>
            <translation>تم الاجتياز.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Picture for this challenge</source>
            <translation>صورة هذا التحدي</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Points</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Points and streak</source>
            <translation>النقاط وسلسلة الإجابات الصحيحة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Progress</source>
            <translation>التقدّم</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Retry</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Retry this level</source>
            <translation>إعادة محاولة هذا المستوى</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Right answer</source>
            <translation>الإجابة الصحيحة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Score: {score} %</source>
            <translation>الدرجة: {score} %</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>See your score</source>
            <translation>عرض درجتك</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Start</source>
            <translation>بدء</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Start the level</source>
            <translation>بدء المستوى</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Time left</source>
            <translation>الوقت المتبقي</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Time left for this attempt, in minutes and seconds. It stops while the feedback is shown, while you are away and while another page or window is in front.</source>
            <translation>الوقت المتبقي لهذه المحاولة بالدقائق والثواني. يتوقف العدّ أثناء عرض التعليق على إجابتك، وأثناء غيابك، وحين تكون صفحة أو نافذة أخرى في المقدمة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Time's up · {level}</source>
            <translation>انتهى الوقت · {level}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Your attempts</source>
            <translation>محاولاتك</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{level} done</source>
            <translation>انتهى {level}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{level} · Challenge {i} of {n}</source>
            <translation>{level} · التحدي {i} من {n}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{level}: {summary}</source>
            <translation>{level}: {summary}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{points} points</source>
            <translation>{points} نقطة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{points} points · streak {streak}</source>
            <translation>{points} نقطة · السلسلة {streak}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{right} of {total} right · {points} points of the {max_points} a perfect run earns (streak bonus included)</source>
            <translation>إجابات صحيحة: {right} من {total} · النقاط: {points} من أصل {max_points} تنالها المحاولة المثالية (شاملةً مكافأة السلسلة)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{score} %</source>
            <translation>{score} %</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>–  0  ·  {prompt} (not reached)</source>
            <translation>–  0  ·  {prompt} (لم تصل إليه)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✓ Correct: +{points} points</source>
            <translation>✓ صحيح: +{points} نقطة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✓ Correct: +{points} points (+{bonus} streak bonus)</source>
            <translation>✓ صحيح: +{points} نقطة (+{bonus} مكافأة السلسلة)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✓ Passed (the pass score is {score} %)</source>
            <translation>✓ اجتزت المستوى (درجة الاجتياز {score} %)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✗ Not passed yet: you need {score} % to pass. Try again!</source>
            <translation>✗ لم تجتز المستوى بعد: تحتاج إلى {score} % للاجتياز. حاول مرة أخرى!</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✗ Not quite: no points this time</source>
            <translation>✗ ليس تمامًا: لا نقاط هذه المرة</translation>
        </message>
    </context>
    <context>
        <name>GuidedStruggleSectionView</name>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Answer problem</source>
            <translation>مشكلة في الإجابة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Ask {name} something…</source>
            <translation>اسأل {name} عن أي شيء…</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Attempts and hints</source>
            <translation>المحاولات والتلميحات</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Check answer</source>
            <translation>التحقق من الإجابة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Conversation with {name}</source>
            <translation>المحادثة مع {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Explanation</source>
            <translation>الشرح</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>For example 4.7</source>
            <translation>مثلًا 4.7</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Give me a hint</source>
            <translation>أعطني تلميحًا</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Message to {name}</source>
            <translation>رسالة إلى {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>My answer: {answer}</source>
            <translation>إجابتي: {answer}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Problem</source>
            <translation>المسألة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Problem and answer</source>
            <translation>المسألة والإجابة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Send</source>
            <translation>إرسال</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Send message to {name}</source>
            <translation>إرسال رسالة إلى {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Solve the problem to complete this section.</source>
            <translation>حلّ المسألة لإكمال هذا القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Solved</source>
            <translation>تم الحل</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Solved ✓</source>
            <translation>تم الحل ✓</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Solved.</source>
            <translation>تم الحل.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Study buddy · {name}</source>
            <translation>رفيق الدراسة · {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Unit: {unit}</source>
            <translation>وحدة القياس: {unit}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>You</source>
            <translation>أنت</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Your answer</source>
            <translation>إجابتك</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Your answer in {unit}</source>
            <translation>إجابتك بوحدة القياس {unit}</translation>
        </message>
    </context>
    <context>
        <name>ImageSectionView</name>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Image not available yet</source>
            <translation>الصورة غير متاحة بعد</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Image: {name}</source>
            <translation>صورة: {name}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Look at the image, then continue with Next.</source>
            <translation>انظر إلى الصورة، ثم تابع بالضغط على «التالي».</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>The file may be damaged ({error}). The caption below still applies; you can continue with Next.</source>
            <translation>قد يكون الملف تالفًا ({error}). ما زال الوصف المرافق أدناه صالحًا؛ يمكنك المتابعة بالضغط على «التالي».</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>This image could not be opened</source>
            <translation>تعذّر فتح هذه الصورة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>This section completes once the image can be shown.</source>
            <translation>يكتمل هذا القسم حين يمكن عرض الصورة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>section image</source>
            <translation>صورة القسم</translation>
        </message>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>unknown format</source>
            <translation>صيغة غير معروفة</translation>
        </message>
    </context>
    <context>
        <name>InteractiveSectionView</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>About the picture and tasks</source>
            <translation>عن الصورة والمهام</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>All tasks done. Tap the picture to explore it.</source>
            <translation>أُنجزت كل المهام. المس الصورة لاستكشافها.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Do the tasks to complete this section.</source>
            <translation>أنجز المهام لإكمال هذا القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Explore the picture: tap the marked areas to learn about them.</source>
            <translation>استكشف الصورة: المس المناطق المميَّزة لتتعرّف عليها.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Feedback</source>
            <translation>التغذية الراجعة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Not that one — try again.</source>
            <translation>ليس هذا — حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Not that place — “{item}” is back in the list.</source>
            <translation>ليس هذا المكان — عاد «{item}» إلى القائمة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Now tap where “{item}” belongs (or move with the arrow keys, then Enter; Esc puts it back).</source>
            <translation>المس الآن المكان الذي ينتمي إليه «{item}» (أو تنقّل بمفاتيح الأسهم ثم اضغط Enter؛ ويعيده Esc إلى القائمة).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Pick an item first, then tap where it belongs.</source>
            <translation>اختر عنصرًا أولًا، ثم المس المكان الذي ينتمي إليه.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Pick an item, then tap where it belongs — or drag it onto the picture. Keyboard: Enter on an item, then the arrow keys and Enter on the picture.</source>
            <translation>اختر عنصرًا، ثم المس المكان الذي ينتمي إليه — أو اسحبه إلى الصورة. بلوحة المفاتيح: Enter على العنصر، ثم مفاتيح الأسهم وEnter على الصورة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Picture not available yet</source>
            <translation>الصورة غير متاحة بعد</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Picture: interactive scene</source>
            <translation>الصورة: مشهد تفاعلي</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Picture: {title}</source>
            <translation>الصورة: {title}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Tap each one in the picture (or move with Tab or the arrow keys, then Enter).</source>
            <translation>المس كلًّا منها في الصورة (أو تنقّل بمفتاح Tab أو مفاتيح الأسهم، ثم اضغط Enter).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Tap the marked areas of the picture to learn about them (or move with Tab or the arrow keys, then Enter).</source>
            <translation>المس المناطق المميَّزة في الصورة لتتعرّف عليها (أو تنقّل بمفتاح Tab أو مفاتيح الأسهم، ثم اضغط Enter).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Task done ✓ Next: {prompt}</source>
            <translation>أُنجزت المهمة ✓ التالية: {prompt}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Task done ✓ — all tasks done.</source>
            <translation>أُنجزت المهمة ✓ — أُنجزت كل المهام.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Tasks</source>
            <translation>المهام</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>The file may be damaged ({error}). The tasks need the picture: tell the module's author. You can go on with the rest of the module.</source>
            <translation>قد يكون الملف تالفًا ({error}). تحتاج المهام إلى الصورة: أبلغ مؤلف الوحدة. يمكنك متابعة بقية الوحدة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>This picture could not be opened</source>
            <translation>تعذّر فتح هذه الصورة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>This task is done. Tap the picture to explore it.</source>
            <translation>أُنجزت هذه المهمة. المس الصورة لاستكشافها.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Yes — that's one.</source>
            <translation>نعم — هذا أحدها.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Yes — you found that one already.</source>
            <translation>نعم — لقد وجدت هذا من قبل.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Yes — “{item}” goes there.</source>
            <translation>نعم — مكان «{item}» هنا.</translation>
        </message>
    </context>
    <context>
        <name>ItemChip</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Item: {label}</source>
            <translation>العنصر: {label}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Item: {label} (placed)</source>
            <translation>العنصر: {label} (في مكانه)</translation>
        </message>
    </context>
    <context>
        <name>MatchBoard</name>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Every term is matched: Submit when you are ready.</source>
            <translation>تمت مطابقة كل المصطلحات: اضغط «تسليم» عندما تكون جاهزًا.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Now choose the match for “{left}”.</source>
            <translation>اختر الآن ما يطابق «{left}».</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Pick a term on the left.</source>
            <translation>اختر مصطلحًا من العمود الأيمن.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Pick cancelled.</source>
            <translation>أُلغي الاختيار.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit</source>
            <translation>تسليم</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit matches</source>
            <translation>تسليم المطابقات</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Tap a term on the left first.</source>
            <translation>المس مصطلحًا في العمود الأيمن أولًا.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Tap a term on the left, then its match on the right. Keyboard: Tab or the arrows move, Space or Enter picks, Esc cancels a pick.</source>
            <translation>المس مصطلحًا في العمود الأيمن، ثم ما يطابقه في العمود الأيسر. بلوحة المفاتيح: يتنقّل Tab أو الأسهم، ويختار Space أو Enter، ويلغي Esc الاختيار.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>matched to {right}</source>
            <translation>تمت مطابقته مع {right}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>not matched yet</source>
            <translation>لم تتم مطابقته بعد</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left} matched to {right}.</source>
            <translation>تمت مطابقة {left} مع {right}.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left} → {matched} (wrong; right: {right})</source>
            <translation>{left} مع {matched} (خطأ؛ الصحيح: {right})</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left} → {right} (right)</source>
            <translation>{left} مع {right} (صحيح)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left}: {state}</source>
            <translation>{left}: {state}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{left}: {state}, picked</source>
            <translation>{left}: {state}، مختار</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{pair}   ← now choose its match</source>
            <translation>{pair}   → اختر الآن ما يطابقه</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{right} (used)</source>
            <translation>{right} (مستخدَم)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>✗ {left}   →   {matched}   (right: {right})</source>
            <translation>✗ {left}   →   {matched}   (الصحيح: {right})</translation>
        </message>
    </context>
    <context>
        <name>ModuleViewer</name>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>&lt;b&gt;Preview&lt;/b&gt; — nothing you do here is recorded or synced.</source>
            <translation>&lt;b&gt;معاينة&lt;/b&gt; — لا يُسجَّل شيء مما تفعله هنا ولا تتم مزامنته.</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Back to the list of modules</source>
            <translation>العودة إلى قائمة الوحدات</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Complete</source>
            <translation>مكتملة</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Its author has not added any content. Check again after the next sync.</source>
            <translation>لم يُضف مؤلفها أي محتوى بعد. تحقّق مرة أخرى بعد المزامنة القادمة.</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Module progress</source>
            <translation>التقدّم في الوحدة</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Module: {title}</source>
            <translation>الوحدة: {title}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>My modules</source>
            <translation>وحداتي</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Next section</source>
            <translation>القسم التالي</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Next section (Alt+Right)</source>
            <translation>القسم التالي (Alt+السهم الأيمن)</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>No sections</source>
            <translation>لا توجد أقسام</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Previous</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Previous section</source>
            <translation>القسم السابق</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Previous section (Alt+Left)</source>
            <translation>القسم السابق (Alt+السهم الأيسر)</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Saved. You can change your feedback at any time.</source>
            <translation>تم الحفظ. يمكنك تغيير رأيك في أي وقت.</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Scroll down; at the bottom, the next section</source>
            <translation>التمرير لأسفل؛ وفي النهاية، الانتقال إلى القسم التالي</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Scroll up; at the top, the previous section</source>
            <translation>التمرير لأعلى؛ وفي البداية، الانتقال إلى القسم السابق</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Section {number}</source>
            <translation>القسم {number}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Section {number} of {total} · {kind}</source>
            <translation>القسم {number} من {total} · {kind}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Sections: {count}</source>
            <translation>عدد الأقسام: {count}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>See summary and give feedback</source>
            <translation>عرض الملخّص وإبداء الرأي</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>See your summary (Alt+Right)</source>
            <translation>عرض ملخّصك (Alt+السهم الأيمن)</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>Summary and feedback</source>
            <translation>الملخّص والرأي</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>This module has no sections yet</source>
            <translation>لا تحتوي هذه الوحدة على أقسام بعد</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>You have completed this module.</source>
            <translation>لقد أكملت هذه الوحدة.</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>about {minutes} min</source>
            <translation>نحو {minutes} د</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>complete</source>
            <translation>مكتمل</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>not complete yet</source>
            <translation>لم يكتمل بعد</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>{done} of {total} sections complete</source>
            <translation>الأقسام المكتملة: {done} من {total}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>{kind} · {state}</source>
            <translation>{kind} · {state}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>{kind}, {state}</source>
            <translation>{kind}، {state}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>{number}. {glyph} {title}</source>
            <translation>{number}. {glyph} {title}</translation>
        </message>
        <message>
            <location filename="../viewer/_viewer.py" />
            <source>✓ {hint}</source>
            <translation>✓ {hint}</translation>
        </message>
    </context>
    <context>
        <name>MultimediaProblem</name>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>The video player needs system libraries that are missing or cannot be loaded on this computer.</source>
            <translation>يحتاج مشغّل الفيديو إلى مكتبات نظام مفقودة أو يتعذّر تحميلها على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>The video player needs {library}, which is missing or cannot be loaded on this computer.</source>
            <translation>يحتاج مشغّل الفيديو إلى {library}، وهي مفقودة أو يتعذّر تحميلها على هذا الحاسوب.</translation>
        </message>
    </context>
    <context>
        <name>OrderBoard</name>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Move {item} down</source>
            <translation>تحريك {item} لأسفل</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Move {item} up</source>
            <translation>تحريك {item} لأعلى</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Position {i} of {n}: {item}</source>
            <translation>الموضع {i} من {n}: {item}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Position {i} of {n}: {item}, picked up: use the arrows to move it</source>
            <translation>الموضع {i} من {n}: {item}، قيد النقل: استخدم الأسهم لتحريكه</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit</source>
            <translation>تسليم</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Submit order</source>
            <translation>تسليم الترتيب</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>Tap an item, then tap its place (or use Move up / Move down). Keyboard: Space picks an item up, the arrows move it, Space puts it down, Esc cancels.</source>
            <translation>المس عنصرًا، ثم المس مكانه (أو استخدم زرَّي التحريك لأعلى / لأسفل). بلوحة المفاتيح: يلتقط Space العنصر، وتحرّكه الأسهم، ويضعه Space، ويلغي Esc النقل.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{i}.  {item}   ← picked up</source>
            <translation>{i}.  {item}   → قيد النقل</translation>
        </message>
    </context>
    <context>
        <name>RatingRow</name>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>{name}: {value} of {top}</source>
            <translation>{name}: {value} من {top}</translation>
        </message>
    </context>
    <context>
        <name>SandboxSectionView</name>
        <message numerus="yes">
            <location filename="../viewer/sections/sandbox.py" />
            <source>%n run(s)</source>
            <translation>
                <numerusform>لم يُشغَّل بعد</numerusform>
                <numerusform>شُغِّل مرة واحدة</numerusform>
                <numerusform>شُغِّل مرتين</numerusform>
                <numerusform>شُغِّل %Ln مرات</numerusform>
                <numerusform>شُغِّل %Ln مرة</numerusform>
                <numerusform>شُغِّل %Ln مرة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>**Hint {i}.** {hint}</source>
            <translation>**التلميح {i}.** {hint}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Code cannot run here (this preview has no sandbox).</source>
            <translation>لا يمكن تشغيل الشيفرة هنا (لا تتضمن هذه المعاينة بيئة تشغيل الشيفرة).</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Hint ({i} of {n})</source>
            <translation>تلميح ({i} من {n})</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Hint {i}: {hint}</source>
            <translation>التلميح {i}: {hint}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Hints</source>
            <translation>التلميحات</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>No more hints</source>
            <translation>لا مزيد من التلميحات</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Put the starter code back (Ctrl+Z undoes it)</source>
            <translation>استعادة الشيفرة الأولية (يتراجع Ctrl+Z عن ذلك)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Reset code</source>
            <translation>إعادة تعيين الشيفرة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run</source>
            <translation>تشغيل</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run did not pass.</source>
            <translation>لم ينجح التشغيل.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run passed.</source>
            <translation>نجح التشغيل.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run the code exercise</source>
            <translation>تشغيل التمرين البرمجي</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Run your code (Ctrl+Enter)</source>
            <translation>تشغيل شيفرتك (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Running…</source>
            <translation>جارٍ التشغيل…</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Runs and hints</source>
            <translation>مرات التشغيل والتلميحات</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <location filename="../viewer/sections/sandbox.py" />
            <source>{used} of {total} hints used</source>
            <translation>التلميحات المستخدمة: {used} من {total}</translation>
        </message>
    </context>
    <context>
        <name>SceneView</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Hotspot {i} of {n}: {label}</source>
            <translation>المنطقة التفاعلية {i} من {n}: {label}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Picture</source>
            <translation>الصورة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{hotspot}, found</source>
            <translation>{hotspot}، تم العثور عليها</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{hotspot}, holds {items}</source>
            <translation>{hotspot}، تحتوي على {items}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{picture}: choose where the picked item goes. The arrow keys or Tab move between the hotspots, Enter or Space puts it there, Esc puts it back.</source>
            <translation>{picture}: اختر مكان العنصر المختار. تتنقّل مفاتيح الأسهم أو Tab بين المناطق التفاعلية، ويضعه Enter أو Space هناك، ويعيده Esc.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{picture}: {n} hotspots. The arrow keys or Tab move between them, Enter or Space picks the one in focus.</source>
            <translation>{picture}: عدد المناطق التفاعلية {n}. تتنقّل مفاتيح الأسهم أو Tab بينها، ويختار Enter أو Space المنطقة التي عليها التركيز.</translation>
        </message>
    </context>
    <context>
        <name>SectionView</name>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>Complete what this section asks to go on.</source>
            <translation>أكمل ما يطلبه هذا القسم للمتابعة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>Its settings are broken ({error}). Tell the module's author; you can go on with the rest of the module.</source>
            <translation>إعداداته تالفة ({error}). أبلغ مؤلف الوحدة؛ يمكنك متابعة بقية الوحدة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>Still needed: {needs}</source>
            <translation>المتبقي: {needs}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>This {thing} cannot be shown; tell the module's author.</source>
            <translation>يتعذّر عرض هذا المحتوى ({thing})؛ أبلغ مؤلف الوحدة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>This {thing} could not be shown</source>
            <translation>تعذّر عرض هذا المحتوى ({thing})</translation>
        </message>
        <message>
            <location filename="../viewer/sections/base.py" />
            <source>the settings are not those of a “{type}” section</source>
            <translation>الإعدادات ليست لقسم من نوع «{type}»</translation>
        </message>
    </context>
    <context>
        <name>TaskButton</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Task: {prompt}. {status}</source>
            <translation>المهمة: {prompt}. {status}</translation>
        </message>
    </context>
    <context>
        <name>TextSectionView</name>
        <message>
            <location filename="../viewer/sections/text.py" />
            <source>Read through, then continue with Next.</source>
            <translation>اقرأ النص كاملًا، ثم تابع بالضغط على «التالي».</translation>
        </message>
        <message>
            <location filename="../viewer/sections/text.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/text.py" />
            <source>Section text</source>
            <translation>نص القسم</translation>
        </message>
    </context>
    <context>
        <name>UnsupportedSectionView</name>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>Not supported in this version</source>
            <translation>غير مدعوم في هذا الإصدار</translation>
        </message>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>This is a “{kind}” section, which needs a newer version of FRAMES. Update the app to do it; until then this section, and so the module, stays incomplete. You can carry on with the rest of the module.</source>
            <translation>هذا قسم من نوع «{kind}»، ويحتاج إلى إصدار أحدث من FRAMES. حدّث التطبيق لإنجازه؛ وحتى ذلك الحين يبقى هذا القسم، ومعه الوحدة، غير مكتمل. يمكنك متابعة بقية الوحدة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/unsupported.py" />
            <source>This section cannot be done on this computer.</source>
            <translation>لا يمكن إنجاز هذا القسم على هذا الحاسوب.</translation>
        </message>
    </context>
    <context>
        <name>VideoSectionView</name>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>CC</source>
            <translation>ترجمة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Captions</source>
            <translation>الترجمة النصية</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Continue with Next.</source>
            <translation>تابع بالضغط على «التالي».</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Hide transcript</source>
            <translation>إخفاء نص الفيديو</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Pause video</source>
            <translation>إيقاف الفيديو مؤقتًا</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Play</source>
            <translation>تشغيل</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Play video</source>
            <translation>تشغيل الفيديو</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Position in the video</source>
            <translation>الموضع في الفيديو</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Replay</source>
            <translation>إعادة التشغيل</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Replay video</source>
            <translation>إعادة تشغيل الفيديو</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Show or hide the captions</source>
            <translation>إظهار الترجمة النصية أو إخفاؤها</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Show transcript</source>
            <translation>إظهار نص الفيديو</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>The file may be damaged or in a format this computer cannot play ({error}). The text below still applies; you can continue with Next.</source>
            <translation>قد يكون الملف تالفًا أو بصيغة لا يستطيع هذا الحاسوب تشغيلها ({error}). ما زال النص أدناه صالحًا؛ يمكنك المتابعة بالضغط على «التالي».</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>This section completes once the video has been watched.</source>
            <translation>يكتمل هذا القسم بعد مشاهدة الفيديو.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>This video could not be played</source>
            <translation>تعذّر تشغيل هذا الفيديو</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Transcript</source>
            <translation>نص الفيديو</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Video not available yet</source>
            <translation>الفيديو غير متاح بعد</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Video not available yet{length}</source>
            <translation>الفيديو غير متاح بعد{length}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Video: {title}</source>
            <translation>فيديو: {title}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>Watch the video to the end to complete this section.</source>
            <translation>شاهد الفيديو حتى نهايته لإكمال هذا القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>section video</source>
            <translation>فيديو القسم</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>unknown error</source>
            <translation>خطأ غير معروف</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video_player.py" />
            <source>{position} of {length}</source>
            <translation>{position} من {length}</translation>
        </message>
    </context>
    <context>
        <name>VideoUnavailableSectionView</name>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>Press Next to continue.</source>
            <translation>اضغط «التالي» للمتابعة.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>Section complete.</source>
            <translation>اكتمل القسم.</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>This video cannot play on this computer</source>
            <translation>يتعذّر تشغيل هذا الفيديو على هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>Transcript</source>
            <translation>نص الفيديو</translation>
        </message>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>{problem} The text below still applies; press Next to continue.</source>
            <translation>{problem} ما زال النص أدناه صالحًا؛ اضغط «التالي» للمتابعة.</translation>
        </message>
    </context>
    <context>
        <name>_completion</name>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>less than a minute</source>
            <translation>أقل من دقيقة</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>{hours} h {minutes} min</source>
            <translation type="vanished">{hours} س {minutes} د</translation>
        </message>
        <message>
            <location filename="../viewer/_completion.py" />
            <source>{minutes} min</source>
            <translation type="vanished">{minutes} د</translation>
        </message>
    </context>
    <context>
        <name>_multimedia</name>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>Ask whoever looks after this computer to install the multimedia libraries.</source>
            <translation>اطلب ممن يتولى إدارة هذا الحاسوب تثبيت مكتبات الوسائط المتعددة.</translation>
        </message>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>Install it with “{apt}” (Debian, Ubuntu) or “{dnf}” (Fedora), then restart FRAMES LMS.</source>
            <translation>ثبّتها بالأمر «{apt}» (Debian وUbuntu) أو «{dnf}» (Fedora)، ثم أعد تشغيل FRAMES LMS.</translation>
        </message>
        <message>
            <location filename="../viewer/_multimedia.py" />
            <source>Install the package that provides {library}, then restart FRAMES LMS.</source>
            <translation>ثبّت الحزمة التي توفّر {library}، ثم أعد تشغيل FRAMES LMS.</translation>
        </message>
    </context>
    <context>
        <name>buddy</name>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Already solved.</source>
            <translation>محلولة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Choose one of the answers first.</source>
            <translation>اختر إحدى الإجابات أولًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct! Nice work sticking with it.</source>
            <translation>صحيح! أحسنت في مثابرتك.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct.</source>
            <translation>صحيح.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct. Can you say why it works?</source>
            <translation>صحيح. هل يمكنك أن تقول لماذا ينجح ذلك؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct. Done.</source>
            <translation>صحيح. انتهى.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Correct. What would change if the numbers were different?</source>
            <translation>صحيح. ما الذي سيتغير لو كانت الأعداد مختلفة؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hello, I'm {name}. What is the problem asking for? Try an answer; ask me for a hint when you need one.</source>
            <translation>مرحبًا، أنا {name}. ما الذي تطلبه المسألة؟ جرّب إجابة، واطلب مني تلميحًا عندما تحتاج إليه.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hello. What have you tried so far?</source>
            <translation>مرحبًا. ما الذي جرّبته حتى الآن؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hi! Let's work on this problem together.</source>
            <translation>مرحبًا! لنعمل على هذه المسألة معًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hi, I'm {name}! Have a go at the problem. If you get stuck, ask me for a hint.</source>
            <translation>مرحبًا، أنا {name}! حاول حلّ المسألة. إذا تعثّرت فاطلب مني تلميحًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hi. Back to the problem.</source>
            <translation>مرحبًا. لنعد إلى المسألة.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hint available.</source>
            <translation>يتوفر تلميح.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Hint available: press “Give me a hint”.</source>
            <translation>يتوفر تلميح: اضغط «أعطني تلميحًا».</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>How does that help with the problem? Try an answer, or ask for a hint.</source>
            <translation>كيف يساعد ذلك في حلّ المسألة؟ جرّب إجابة، أو اطلب تلميحًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I can only help with this problem. Try an answer, or ask me for a hint.</source>
            <translation>لا أستطيع المساعدة إلا في هذه المسألة. جرّب إجابة، أو اطلب مني تلميحًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I have no hints for this one, but read the problem again slowly.</source>
            <translation>ليس لديّ تلميحات لهذه المسألة، لكن اقرأها مرة أخرى بتمهّل.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I have no hints here. What is the problem asking, exactly?</source>
            <translation>ليس لديّ تلميحات هنا. ما الذي تطلبه المسألة بالضبط؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I have no more hints. What do the hints above tell you together?</source>
            <translation>لم يعد لديّ تلميحات. ماذا تخبرك التلميحات أعلاه مجتمعةً؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I won't just give it away: you'll remember it much better if you get there yourself.</source>
            <translation>لن أعطيك الإجابة ببساطة: ستتذكرها أفضل بكثير إذا وصلت إليها بنفسك.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I'd rather not spoil it. You're closer than you think.</source>
            <translation>أفضّل ألا أفسدها عليك. أنت أقرب مما تظن.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I'm not sure I follow. Read the problem again, or ask me for a hint.</source>
            <translation>لست متأكدًا أنني فهمت. اقرأ المسألة مرة أخرى، أو اطلب مني تلميحًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>I'm {name}. Solve the problem. Ask for a hint if needed.</source>
            <translation>أنا {name}. حلّ المسألة. اطلب تلميحًا عند الحاجة.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>If I told you, what would you have learned? Let's find it together.</source>
            <translation>لو أخبرتك، فماذا كنت ستتعلم؟ لنجدها معًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Is that comma a decimal point or a thousands separator? Type it without, like 4.7 or 4700.</source>
            <translation>هل هذه الفاصلة فاصلة عشرية أم فاصل آلاف؟ اكتب العدد من دونها، مثل 4.7 أو 4700.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Keep going! Every wrong answer rules something out.</source>
            <translation>واصل! كل إجابة خاطئة تستبعد احتمالًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>No hints for this one.</source>
            <translation>لا تلميحات لهذه المسألة.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>No more hints.</source>
            <translation>لا مزيد من التلميحات.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>No. Check your working.</source>
            <translation>لا. راجع خطوات حلّك.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>No. Work it out.</source>
            <translation>لا. حلّها بنفسك.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not it. Again.</source>
            <translation>ليست هي. مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not quite, but that was a real attempt. Check your working and try again.</source>
            <translation>ليس تمامًا، لكنها كانت محاولة جادة. راجع خطوات حلّك وحاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not quite. Which step of your working are you least sure of?</source>
            <translation>ليس تمامًا. أي خطوة من خطوات حلّك أنت أقل ثقة بها؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not yet. Go through it one step at a time. You can do this.</source>
            <translation>ليس بعد. تقدّم خطوة خطوة. أنت قادر على ذلك.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Not yet. What would you check first if you started over?</source>
            <translation>ليس بعد. ما أول ما ستتحقق منه لو بدأت من جديد؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>OK.</source>
            <translation>حسنًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Right.</source>
            <translation>صح.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Solved already.</source>
            <translation>محلولة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Stick to the problem. Answer, or ask for a hint.</source>
            <translation>التزم بالمسألة. أجب، أو اطلب تلميحًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Still not it. What does the problem give you that you have not used yet?</source>
            <translation>ليست هي بعد. ما المعطيات في المسألة التي لم تستخدمها بعد؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Take all the time you need. If a hint would help, press “Give me a hint”.</source>
            <translation>خذ كل الوقت الذي تحتاجه. إذا كان التلميح سيساعدك، فاضغط «أعطني تلميحًا».</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>That is too long for a number. Type a number, like 4.7</source>
            <translation>هذا أطول من أن يكون عددًا. اكتب عددًا، مثل 4.7</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>That number is too large. Type a number, like 4.7</source>
            <translation>هذا العدد كبير جدًا. اكتب عددًا، مثل 4.7</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>That was my last hint. Everything you need is in the hints above: go back over them.</source>
            <translation>كان ذلك آخر تلميح لديّ. كل ما تحتاجه موجود في التلميحات أعلاه: راجعها من جديد.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>That's right. What was the key step?</source>
            <translation>هذا صحيح. ما الخطوة الأساسية؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Type a number, like 4.7</source>
            <translation>اكتب عددًا، مثل 4.7</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Type the number in {unit}, like 4.7</source>
            <translation>اكتب العدد بوحدة {unit}، مثل 4.7</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Type your answer first.</source>
            <translation>اكتب إجابتك أولًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Want a hint instead? Press “Give me a hint” or ask me for one.</source>
            <translation>هل تريد تلميحًا بدلًا من ذلك؟ اضغط «أعطني تلميحًا» أو اطلبه مني.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Welcome back! You solved this one already. Nice work.</source>
            <translation>أهلًا بعودتك! لقد حللت هذه المسألة من قبل. أحسنت.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Welcome back. You solved this one. Could you explain how?</source>
            <translation>أهلًا بعودتك. لقد حللت هذه المسألة. هل يمكنك أن تشرح كيف؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>What are you thinking about? A hint is there if you want one.</source>
            <translation>بماذا تفكر؟ يوجد تلميح إن أردته.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>What do you know so far? Start there rather than with the answer.</source>
            <translation>ماذا تعرف حتى الآن؟ ابدأ من هناك بدلًا من الإجابة.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>What is the problem asking? Try an answer, or ask me for a hint.</source>
            <translation>ما الذي تطلبه المسألة؟ جرّب إجابة، أو اطلب مني تلميحًا.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Would a hint help? Press “Give me a hint” or ask me for one.</source>
            <translation>هل سيساعدك تلميح؟ اضغط «أعطني تلميحًا» أو اطلبه مني.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Wrong. Try again.</source>
            <translation>خطأ. حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>Yes, that's right! Well done.</source>
            <translation>نعم، هذا صحيح! أحسنت.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You got it! That took real persistence.</source>
            <translation>وصلت إليها! تطلّب ذلك مثابرة حقيقية.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You solved it already. Could you solve a harder one?</source>
            <translation>لقد حللتها بالفعل. هل تستطيع حلّ مسألة أصعب؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You're welcome! Keep going.</source>
            <translation>على الرحب والسعة! واصل.</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You're welcome. What will you try next?</source>
            <translation>على الرحب والسعة. ماذا ستجرّب بعد ذلك؟</translation>
        </message>
        <message>
            <location filename="../../sync/rules/buddy.py" />
            <source>You've already solved it! Nice work.</source>
            <translation>لقد حللتها بالفعل! أحسنت.</translation>
        </message>
    </context>
    <context>
        <name>criteria</name>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Do the tasks: {done} of {total} done</source>
            <translation>أنجز المهام: أُنجز {done} من {total}</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Pass a level of the game</source>
            <translation>اجتز مستوى من مستويات اللعبة</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Run your code until the output matches</source>
            <translation>شغّل الكود حتى يطابق الناتج المطلوب</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Score at least {min} %</source>
            <translation>احصل على {min} % على الأقل</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Score at least {min} % (best so far {best} %)</source>
            <translation>احصل على {min} % على الأقل (أفضل نتيجة حتى الآن {best} %)</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>Solve the problem</source>
            <translation>حلّ المسألة</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{duration} more on this page</source>
            <translation>{duration} إضافية في هذه الصفحة</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{first} or {second}</source>
            <translation>{first} أو {second}</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{first}; {second}</source>
            <translation>{first}؛ {second}</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{minutes} min</source>
            <translation>{minutes} د</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} د {seconds} ث</translation>
        </message>
        <message>
            <location filename="../../sync/rules/criteria.py" />
            <source>{seconds} s</source>
            <translation>{seconds} ث</translation>
        </message>
    </context>
    <context>
        <name>game</name>
        <message numerus="yes">
            <location filename="../viewer/sections/game.py" />
            <source>%n challenge(s)</source>
            <translation>
                <numerusform>لا تحديات</numerusform>
                <numerusform>تحدٍّ واحد</numerusform>
                <numerusform>تحدّيان</numerusform>
                <numerusform>%Ln تحديات</numerusform>
                <numerusform>%Ln تحدّيًا</numerusform>
                <numerusform>%Ln تحدٍّ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>The matches: {pairs}</source>
            <translation>المطابقات الصحيحة: {pairs}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>The right answer: {answer}</source>
            <translation>الإجابة الصحيحة: {answer}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>The right answers: {answers}</source>
            <translation>الإجابات الصحيحة: {answers}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>The right order: {items}</source>
            <translation>الترتيب الصحيح: {items}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>no time limit</source>
            <translation>بلا حد زمني</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{challenges} · {timing} · pass {score} %</source>
            <translation>{challenges} · {timing} · درجة الاجتياز {score} %</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{m} min</source>
            <translation>{m} د</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{m} min {s} s</source>
            <translation>{m} د {s} ث</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{s} s</source>
            <translation>{s} ث</translation>
        </message>
        <message>
            <location filename="../viewer/sections/game.py" />
            <source>{time} time limit</source>
            <translation>حد زمني {time}</translation>
        </message>
    </context>
    <context>
        <name>guided_struggle</name>
        <message numerus="yes">
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>لا محاولات</numerusform>
                <numerusform>محاولة واحدة</numerusform>
                <numerusform>محاولتان</numerusform>
                <numerusform>%Ln محاولات</numerusform>
                <numerusform>%Ln محاولةً</numerusform>
                <numerusform>%Ln محاولة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>%n hint(s) used</source>
            <translation>
                <numerusform>لم يُستخدم أي تلميح</numerusform>
                <numerusform>استُخدم تلميح واحد</numerusform>
                <numerusform>استُخدم تلميحان</numerusform>
                <numerusform>استُخدمت %Ln تلميحات</numerusform>
                <numerusform>استُخدم %Ln تلميحًا</numerusform>
                <numerusform>استُخدم %Ln تلميح</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>Hint {i} of {n}</source>
            <translation>التلميح {i} من {n}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>No attempts yet</source>
            <translation>لا محاولات بعد</translation>
        </message>
        <message>
            <location filename="../viewer/sections/guided_struggle.py" />
            <source>{attempts} · {hints}</source>
            <translation>{attempts} · {hints}</translation>
        </message>
    </context>
    <context>
        <name>image</name>
        <message>
            <location filename="../viewer/sections/image.py" />
            <source>Image</source>
            <translation>صورة</translation>
        </message>
    </context>
    <context>
        <name>interactive</name>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>Done</source>
            <translation>أُنجزت</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{done} of {of} found</source>
            <translation>وُجد {done} من {of}</translation>
        </message>
        <message>
            <location filename="../viewer/sections/interactive.py" />
            <source>{done} of {of} placed</source>
            <translation>وُضع {done} من {of}</translation>
        </message>
    </context>
    <context>
        <name>registry</name>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Checklist</source>
            <translation>قائمة تحقق</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Code exercise</source>
            <translation>تمرين برمجي</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Game</source>
            <translation>لعبة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Guided problem</source>
            <translation>مسألة موجّهة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Image</source>
            <translation>صورة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Interactive scene</source>
            <translation>مشهد تفاعلي</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Reading</source>
            <translation>قراءة</translation>
        </message>
        <message>
            <location filename="../viewer/sections/registry.py" />
            <source>Video</source>
            <translation>فيديو</translation>
        </message>
    </context>
    <context>
        <name>video</name>
        <message>
            <location filename="../viewer/sections/video.py" />
            <source>Video</source>
            <translation>فيديو</translation>
        </message>
    </context>
</TS>
