<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../../agent_console/ui/account_menu.py" line="+46"/>
        <source>Signed in: {0} ({1})</source>
        <translation>مسجّل الدخول: {0} ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database login: {0}</source>
        <translation>اسم مستخدم قاعدة البيانات: {0}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../agent_console/ui/admin/add_user_dialog.py" line="+54"/>
        <source>Add a user – Agent Console</source>
        <translation>إضافة مستخدم – Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. dana.orlov</source>
        <translation>مثلًا dana.orlov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate a one-time password (shown once)</source>
        <translation>إ&amp;نشاء كلمة مرور لمرة واحدة (تُعرض مرة واحدة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password &amp;again:</source>
        <translation>كلمة المرور &amp;مجددًا:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add user</source>
        <translation>إ&amp;ضافة المستخدم</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the login the person will sign in with.</source>
        <translation>اكتب اسم المستخدم الذي سيسجّل به هذا الشخص الدخول.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a first password twice, or let the console generate one.</source>
        <translation>اكتب كلمة مرور أولى مرتين، أو دع البرنامج ينشئ واحدة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتبهما مجددًا.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} was added. Their one-time password is below: give it to them now. It is not shown again, and they should change it.</source>
        <translation>أُضيف {0}. كلمة المرور لمرة واحدة أدناه: سلّمها له الآن. لن تُعرض مجددًا، وعليه تغييرها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../agent_console/ui/admin/menu.py" line="+25"/>
        <source>&amp;Admin</source>
        <translation>الإ&amp;دارة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users…</source>
        <translation>ال&amp;مستخدمون…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Managing users is for admins.</source>
        <translation>إدارة المستخدمين مخصصة لمسؤولي النظام.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_console/ui/widgets/banner.py" line="+45"/>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CallPop</name>
    <message>
        <location filename="../../agent_console/ui/call_pop.py" line="+115"/>
        <source>A call event was ignored: {0}</source>
        <translation>تم تجاهل حدث اتصال: {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No call is waiting.</source>
        <translation>لا توجد مكالمة في الانتظار.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was switched: the incident on the form could not be parked. {0}</source>
        <translation>لم يتم التبديل: تعذّر تعليق البلاغ الموجود في النموذج. {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call from {0}</source>
        <translation>مكالمة من {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The call ended at {0}; the incident records that time.</source>
        <translation>انتهت المكالمة في {0}، ويُسجَّل هذا الوقت في البلاغ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call {0} ended at {1}, after its incident was submitted. Submitted incidents are never changed, so this end time was not added.</source>
        <translation>انتهت المكالمة {0} في {1} بعد تقديم بلاغها. البلاغات المقدَّمة لا تُعدَّل أبدًا، لذلك لم يُضَف وقت الانتهاء هذا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call {0} ended; no open incident belongs to it.</source>
        <translation>انتهت المكالمة {0}، ولا يوجد بلاغ مفتوح يخصها.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No incident is parked.</source>
        <translation>لا يوجد بلاغ معلّق.</translation>
    </message>
</context>
<context>
    <name>CallbackQueueWindow</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_window.py" line="+51"/>
        <source>Callback queue — Agent Console</source>
        <translation>قائمة معاودة الاتصال — Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Claim</source>
        <translation>ا&amp;ستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>إعادة إ&amp;سناد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose…</source>
        <translation>إ&amp;غلاق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open caller</source>
        <translation>&amp;فتح ملف المتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>&amp;تحديث (F5)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>{0} open follow-ups, {1} overdue. Soonest due first.</source>
        <translation>{0} متابعة مفتوحة، {1} متأخرة. الأقرب موعدًا أولًا.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The queue could not be loaded: {0}</source>
        <translation>تعذّر تحميل القائمة: {0}</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../../agent_console/ui/widgets/caller_card.py" line="+75"/>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical level:</source>
        <translation>المستوى التقني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned note:</source>
        <translation>ملاحظة مثبّتة:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No caller selected</source>
        <translation>لم يتم اختيار متصل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No pinned note.</source>
        <translation>لا توجد ملاحظة مثبّتة.</translation>
    </message>
</context>
<context>
    <name>CallerHistoryModel</name>
    <message>
        <location filename="../../agent_console/ui/models/caller_history.py" line="+246"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>المزاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open follow-up, due {0}: {1}</source>
        <translation>متابعة مفتوحة، موعدها {0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner: {0}</source>
        <translation>المسؤول: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting to be sent to the shared database: {0}</source>
        <translation>بانتظار الإرسال إلى قاعدة البيانات المشتركة: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} (waiting to send)</source>
        <translation>{0} (بانتظار الإرسال)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no notes)</source>
        <translation>(لا توجد ملاحظات)</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <location filename="../../agent_console/ui/call_lookup.py" line="+52"/>
        <source>The caller&apos;s number could not be read: {0} Find the caller by hand; the incident for this call has started.</source>
        <translation>تعذّرت قراءة رقم المتصل: {0} ابحث عن المتصل يدويًا؛ لقد بدأ بلاغ هذه المكالمة.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The caller could not be looked up: {0}</source>
        <translation>تعذّر البحث عن المتصل: {0}</translation>
    </message>
</context>
<context>
    <name>CallerSearch</name>
    <message>
        <location filename="../../agent_console/ui/widgets/caller_search.py" line="+47"/>
        <source>Phone number, name or account  (Ctrl+F)</source>
        <translation>رقم الهاتف أو الاسم أو الحساب  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find caller</source>
        <translation>البحث عن متصل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matching callers</source>
        <translation>المتصلون المطابقون</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New caller with {0}  (Ctrl+N)</source>
        <translation>متصل جديد بالرقم {0}  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No caller matches “{0}”.</source>
        <translation>لا يوجد متصل يطابق «{0}».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The search failed: {0}</source>
        <translation>فشل البحث: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_editor.py" line="+60"/>
        <source>Required: skipping it asks the agent for a reason</source>
        <translation>إلزامية: تخطّيها يتطلب من الموظف ذكر السبب</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Apply wording</source>
        <translation>ت&amp;طبيق الصياغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd step</source>
        <translation>إ&amp;ضافة خطوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hint:</source>
        <translation>الت&amp;لميح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xample line:</source>
        <translation>&amp;عبارة نموذجية:</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>New step</source>
        <translation>خطوة جديدة</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_model.py" line="+137"/>
        <source>current phase</source>
        <translation>المرحلة الحالية</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}  now</source>
        <translation>{0}  الآن</translation>
    </message>
    <message>
        <location line="-58"/>
        <source> (optional)</source>
        <translation> (اختيارية)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Say, for example: “{0}”</source>
        <translation>قل مثلًا: «{0}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional step.</source>
        <translation>خطوة اختيارية.</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_dock.py" line="+74"/>
        <source>Tick next step  (Ctrl+T)</source>
        <translation>تأشير الخطوة التالية  (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalate…  (Ctrl+E)</source>
        <translation>تصعيد…  (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the checklist…</source>
        <translation>جارٍ تحميل قائمة التحقق…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all steps done</source>
        <translation>اكتملت جميع الخطوات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required steps: {0} of {1}  ·  Now: {2}</source>
        <translation>الخطوات الإلزامية: {0} من {1}  ·  الآن: {2}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Escalate…</source>
        <translation>تصعيد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/complete_dialog.py" line="+60"/>
        <source>Complete follow-up: {0}</source>
        <translation>إكمال المتابعة: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 (very unhappy) to 5 (very happy)</source>
        <translation>من 1 (غير راضٍ إطلاقًا) إلى 5 (راضٍ جدًا)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again (the follow-up stays open):</source>
        <translation>أعد ال&amp;محاولة (تبقى المتابعة مفتوحة):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Satisfaction:</source>
        <translation>ال&amp;رضا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose how the call-back went.</source>
        <translation>اختر كيف جرت معاودة الاتصال.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satisfaction is a whole number from 1 to 5; “{0}” is not.</source>
        <translation>الرضا عدد صحيح من 1 إلى 5؛ و«{0}» ليس كذلك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction is a score from 1 (very unhappy) to 5 (very happy); {0} is outside that.</source>
        <translation>الرضا درجة من 1 (غير راضٍ إطلاقًا) إلى 5 (راضٍ جدًا)؛ و{0} خارج هذا النطاق.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the caller for a score from 1 to 5 and type it here.</source>
        <translation>اطلب من المتصل درجة من 1 إلى 5 واكتبها هنا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time to try again has already passed (it is now {0}).</source>
        <translation>موعد إعادة المحاولة قد فات بالفعل (الوقت الآن {0}).</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../../agent_console/ui/console_session.py" line="+137"/>
        <source>The settings apply now but were not saved for next time: {0}</source>
        <translation>طُبّقت الإعدادات الآن لكنها لم تُحفظ للمرة القادمة: {0}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/figure_text.py" line="+47"/>
        <source>{0} min</source>
        <translation>{0} د</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
</context>
<context>
    <name>DashboardBoard</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/board.py" line="+45"/>
        <source>Incidents</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls logged in the period</source>
        <translation>المكالمات المسجّلة في الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>الحل من أول اتصال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved on the call, with no follow-up flagged</source>
        <translation>حُلّت أثناء المكالمة دون تحديد متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average resolution</source>
        <translation>متوسط مدة الحل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the start of the call to its end</source>
        <translation>من بداية المكالمة حتى نهايتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>المئين التسعون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>9 calls in 10 took at most this long (nearest rank); opens the slowest</source>
        <translation>9 مكالمات من كل 10 استغرقت هذه المدة على الأكثر (أقرب رتبة)؛ يفتح الأبطأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average score (1-5) given at closed follow-ups</source>
        <translation>متوسط الدرجة (1-5) في المتابعات المغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation rate</source>
        <translation>معدل التصعيد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls escalated</source>
        <translation>المكالمات المصعّدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist adherence</source>
        <translation>الالتزام بقائمة التحقق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the required checklist steps ticked</source>
        <translation>نسبة الخطوات الإلزامية المؤشَّر عليها في قائمة التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood change</source>
        <translation>تغيّر المزاج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average steps calmer at the end of the call than at its start (1-5 scale)</source>
        <translation>متوسط تحسّن المزاج في نهاية المكالمة مقارنة ببدايتها (مقياس 1-5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents per day</source>
        <translation>البلاغات يوميًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction scores</source>
        <translation>درجات الرضا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups due in the period</source>
        <translation>المتابعات المستحقة في الفترة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top categories per week (weeks from Monday)</source>
        <translation>أكثر الفئات أسبوعيًا (الأسبوع يبدأ الاثنين)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top root causes per week (weeks from Monday)</source>
        <translation>أكثر الأسباب الجذرية أسبوعيًا (الأسبوع يبدأ الاثنين)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="+55"/>
        <source>Per agent</source>
        <translation>حسب الموظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="+1"/>
        <source>Per team</source>
        <translation>حسب الفريق</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>of {0} {1}</source>
        <translation>من {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calls</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} a day on average</source>
        <translation>{0} يوميًا في المتوسط</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>timed calls</source>
        <translation>مكالمة موقّتة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scores</source>
        <translation>درجة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklists</source>
        <translation>قائمة تحقق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incidents that day</source>
        <translation>بلاغًا في ذلك اليوم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>satisfaction score</source>
        <translation>درجة رضا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>فات موعدها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet due</source>
        <translation>لم يحن موعدها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>follow-ups</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="-2"/>
        <location line="+25"/>
        <source>KPI dashboard</source>
        <translation>لوحة مؤشرات الأداء</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/window.py" line="+52"/>
        <source>KPI dashboard — Agent Console</source>
        <translation>لوحة مؤشرات الأداء — Agent Console</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>آخر %Ln يوم</numerusform>
            <numerusform>آخر يوم</numerusform>
            <numerusform>آخر يومين</numerusform>
            <numerusform>آخر %Ln أيام</numerusform>
            <numerusform>آخر %Ln يومًا</numerusform>
            <numerusform>آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;incidents (CSV)…</source>
        <translation>تصدير ال&amp;بلاغات (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;follow-ups (CSV)…</source>
        <translation>تصدير المت&amp;ابعات (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whose:</source>
        <translation>&amp;لمن:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Team: {0}</source>
        <translation>الفريق: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the figures…</source>
        <translation>جارٍ تحميل الأرقام…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The figures could not be loaded: {0}</source>
        <translation>تعذّر تحميل الأرقام: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{0} – {1} · {2} · %n incident(s)</source>
        <translation>
            <numerusform>{0} – {1} · {2} · %Ln بلاغ</numerusform>
            <numerusform>{0} – {1} · {2} · بلاغ واحد</numerusform>
            <numerusform>{0} – {1} · {2} · بلاغان</numerusform>
            <numerusform>{0} – {1} · {2} · %Ln بلاغات</numerusform>
            <numerusform>{0} – {1} · {2} · %Ln بلاغًا</numerusform>
            <numerusform>{0} – {1} · {2} · %Ln بلاغ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataAccess</name>
    <message>
        <location filename="../../agent_console/ui/data_access.py" line="+121"/>
        <source>The previous window did not let go of the database.</source>
        <translation>لم تُفلت النافذة السابقة قاعدة البيانات بعد.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The database is not open: {0}</source>
        <translation>قاعدة البيانات غير مفتوحة: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has not been opened yet.</source>
        <translation>لم تُفتح بعد.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../agent_console/ui/display_format.py" line="+133"/>
        <source>{0} (caller {1} {2})</source>
        <translation>{0} (لدى المتصل {1} {2})</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../agent_console/ui/docks.py" line="+26"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrasing</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../agent_console/ui/draft_keeper.py" line="+109"/>
        <source>Draft saved at {0}</source>
        <translation>حُفظت المسودة في {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No unsaved draft</source>
        <translation>لا توجد مسودة غير محفوظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft NOT saved: {0}</source>
        <translation>لم تُحفظ المسودة: {0}</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../agent_console/ui/draft_offer.py" line="+51"/>
        <source>no caller picked</source>
        <translation>لم يتم اختيار متصل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An incident was left unfinished ({0}, started {1}). Restore it?</source>
        <translation>بقي بلاغ غير مكتمل ({0}، بدأ {1}). هل تريد استعادته؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore the unfinished incident</source>
        <translation>ا&amp;ستعادة البلاغ غير المكتمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/due_picker.py" line="+48"/>
        <source>In one &amp;hour</source>
        <translation>بعد &amp;ساعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tomorrow morning (09:00 caller&apos;s time)</source>
        <translation>&amp;غدًا صباحًا (09:00 بتوقيت المتصل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In three &amp;days</source>
        <translation>بعد ثلاثة أ&amp;يام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a date and time:</source>
        <translation>في تاريخ ووقت:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>caller&apos;s time, {0}</source>
        <translation>بتوقيت المتصل، {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your time</source>
        <translation>بتوقيتك</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Due: {0}</source>
        <translation>الموعد: {0}</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../../agent_console/ui/guidance/escalation.py" line="+70"/>
        <source>Escalate the call</source>
        <translation>تصعيد المكالمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a reason…</source>
        <translation>اختر سببًا…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: what the supervisor should know</source>
        <translation>اختياري: ما ينبغي أن يعرفه المشرف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The escalation is recorded with the incident: who, when and why.</source>
        <translation>يُسجَّل التصعيد مع البلاغ: من، ومتى، ولماذا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate</source>
        <translation>تصعيد</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../agent_console/ui/transfer/export_actions.py" line="+40"/>
        <source>Export incidents</source>
        <translation>تصدير البلاغات</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n incident(s) to {0}.</source>
        <translation>
            <numerusform>تم حفظ %Ln بلاغ في {0}.</numerusform>
            <numerusform>تم حفظ بلاغ واحد في {0}.</numerusform>
            <numerusform>تم حفظ بلاغين في {0}.</numerusform>
            <numerusform>تم حفظ %Ln بلاغات في {0}.</numerusform>
            <numerusform>تم حفظ %Ln بلاغًا في {0}.</numerusform>
            <numerusform>تم حفظ %Ln بلاغ في {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export follow-ups</source>
        <translation>تصدير المتابعات</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n follow-up(s) to {0}.</source>
        <translation>
            <numerusform>تم حفظ %Ln متابعة في {0}.</numerusform>
            <numerusform>تم حفظ متابعة واحدة في {0}.</numerusform>
            <numerusform>تم حفظ متابعتين في {0}.</numerusform>
            <numerusform>تم حفظ %Ln متابعات في {0}.</numerusform>
            <numerusform>تم حفظ %Ln متابعة في {0}.</numerusform>
            <numerusform>تم حفظ %Ln متابعة في {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving {0}…</source>
        <translation>جارٍ حفظ {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>Nothing was saved: {0}</source>
        <translation>لم يُحفظ شيء: {0}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save the dashboard as PDF</source>
        <translation>حفظ اللوحة بصيغة PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved the dashboard (%n page(s)) to {0}.</source>
        <translation>
            <numerusform>تم حفظ اللوحة (%Ln صفحة) في {0}.</numerusform>
            <numerusform>تم حفظ اللوحة (صفحة واحدة) في {0}.</numerusform>
            <numerusform>تم حفظ اللوحة (صفحتان) في {0}.</numerusform>
            <numerusform>تم حفظ اللوحة (%Ln صفحات) في {0}.</numerusform>
            <numerusform>تم حفظ اللوحة (%Ln صفحة) في {0}.</numerusform>
            <numerusform>تم حفظ اللوحة (%Ln صفحة) في {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../agent_console/ui/guidance/findings_model.py" line="+76"/>
        <source>{0} · {1}: “{2}”</source>
        <translation>{0} · {1}: «{2}»</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/flag_dialog.py" line="+65"/>
        <source>Flag for follow-up</source>
        <translation>تحديد للمتابعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to check or tell the caller</source>
        <translation>ما يجب التحقق منه أو إبلاغه للمتصل</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Caller:</source>
        <translation>المتصل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hose:</source>
        <translation>لم&amp;ن:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Flag</source>
        <translation>&amp;تحديد</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not linked to an incident (none saved for this call yet)</source>
        <translation>غير مرتبط ببلاغ (لم يُحفظ شيء لهذه المكالمة بعد)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to the incident of {0}: {1}</source>
        <translation>ربط ببلاغ {0}: {1}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That time has already passed (it is now {0}). Choose a time from now on.</source>
        <translation>هذا الوقت قد فات (الوقت الآن {0}). اختر وقتًا من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why to call back.</source>
        <translation>اذكر سبب معاودة الاتصال.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the agent who is to call back.</source>
        <translation>اختر الموظف الذي سيعاود الاتصال.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The follow-up was NOT saved. {0}</source>
        <translation>لم تُحفظ المتابعة. {0}</translation>
    </message>
</context>
<context>
    <name>FollowUpAlerts</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/alerts.py" line="+94"/>
        <source>Follow-up due: call {0} back — {1}</source>
        <translation>حان موعد متابعة: عاود الاتصال بـ{0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n follow-ups are due, first: call {0} back — {1}</source>
        <translation>
            <numerusform>حان موعد %Ln متابعة، أولها: عاود الاتصال بـ{0} — {1}</numerusform>
            <numerusform>حان موعد متابعة واحدة: عاود الاتصال بـ{0} — {1}</numerusform>
            <numerusform>حان موعد متابعتين، أولاهما: عاود الاتصال بـ{0} — {1}</numerusform>
            <numerusform>حان موعد %Ln متابعات، أولها: عاود الاتصال بـ{0} — {1}</numerusform>
            <numerusform>حان موعد %Ln متابعة، أولها: عاود الاتصال بـ{0} — {1}</numerusform>
            <numerusform>حان موعد %Ln متابعة، أولها: عاود الاتصال بـ{0} — {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
</context>
<context>
    <name>FollowUpEdits</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/edits.py" line="+38"/>
        <source>You took the follow-up for {0}.</source>
        <translation>استلمت متابعة {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} waits until later.</source>
        <translation>أُجّلت متابعة {0} إلى وقت لاحق.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not reached: {0} is due again later.</source>
        <translation>لم يتم الوصول إليه: تستحق متابعة {0} مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} is now {1}&apos;s.</source>
        <translation>أصبحت متابعة {0} الآن لدى {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} is closed.</source>
        <translation>أُغلقت متابعة {0}.</translation>
    </message>
</context>
<context>
    <name>FollowUpRows</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/row_display.py" line="+24"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team (not taken)</source>
        <translation>الفريق (غير مستلمة)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}, satisfaction {2}/5</source>
        <translation>{0}: {1}، الرضا {2}/5</translation>
    </message>
</context>
<context>
    <name>FollowUpTimes</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/time_text.py" line="+31"/>
        <source>{0} (your time; the caller&apos;s time zone is not known)</source>
        <translation>{0} (بتوقيتك؛ المنطقة الزمنية للمتصل غير معروفة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, likely</source>
        <translation>، على الأرجح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} for the caller ({1}) · {2} for you</source>
        <translation>{0} للمتصل ({1}) · {2} لك</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} min</source>
        <translation>{0} د</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} h</source>
        <translation>{0} س</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue {0}</source>
        <translation>متأخرة {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {0}</source>
        <translation>خلال {0}</translation>
    </message>
</context>
<context>
    <name>FollowUpTools</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/tools.py" line="+52"/>
        <source>Flag for follow-up…  (Ctrl+Shift+F)</source>
        <translation>تحديد للمتابعة…  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The caller on the line:</source>
        <translation>المتصل على الخط:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Find the caller first (Ctrl+F), then flag them for a follow-up.</source>
        <translation>ابحث عن المتصل أولًا (Ctrl+F)، ثم حدّده للمتابعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is not open yet.</source>
        <translation>قاعدة البيانات لم تُفتح بعد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follow-up flagged: {0}</source>
        <translation>تم تحديد المتابعة: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups: {0} due</source>
        <translation>المتابعات: {0} مستحقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your follow-ups due now; the Follow-ups dock lists them.</source>
        <translation>متابعاتك المستحقة الآن؛ تجدها في لوحة المتابعات.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The callback queue is for team leads.</source>
        <translation>قائمة معاودة الاتصال مخصصة لقادة الفرق.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident review is for team leads.</source>
        <translation>مراجعة البلاغات مخصصة لقادة الفرق.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../agent_console/ui/models/follow_ups.py" line="+105"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overdue</source>
        <translation>فات موعدها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/follow_ups_pane.py" line="+73"/>
        <source>Open follow-ups of the caller on the line appear here.</source>
        <translation>تظهر هنا المتابعات المفتوحة للمتصل على الخط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-ups could not be loaded: {0}</source>
        <translation>تعذّر تحميل المتابعات: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This caller has no open follow-ups.</source>
        <translation>لا توجد متابعات مفتوحة لهذا المتصل.</translation>
    </message>
</context>
<context>
    <name>GroupKpiModel</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/agent_table.py" line="+31"/>
        <source>Incidents</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-contact resolution</source>
        <translation>الحل من أول اتصال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avg resolution</source>
        <translation>متوسط مدة الحل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>90th percentile</source>
        <translation>المئين التسعون</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated</source>
        <translation>مصعّدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mood change</source>
        <translation>تغيّر المزاج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups on time</source>
        <translation>متابعات في موعدها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>فات موعدها</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No team</source>
        <translation>بلا فريق</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to list the incidents behind this figure.</source>
        <translation>انقر لعرض البلاغات التي يستند إليها هذا الرقم.</translation>
    </message>
</context>
<context>
    <name>GuidanceEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/guidance_editor.py" line="+79"/>
        <source>Guidance editor</source>
        <translation>محرر الإرشادات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Editing as {0} ({1}). Saved changes reach every workstation from its next call.</source>
        <translation>تحرير بصفتك {0} ({1}). تصل التغييرات المحفوظة إلى كل محطة عمل بدءًا من مكالمتها التالية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Checklist</source>
        <translation>&amp;قائمة التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrasebook</source>
        <translation>&amp;دليل العبارات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save for everyone</source>
        <translation>&amp;حفظ للجميع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The guidance for this language is still loading.</source>
        <translation>لا تزال إرشادات هذه اللغة قيد التحميل.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklist version {0}, phrasebook version {1}.</source>
        <translation>إصدار قائمة التحقق {0}، إصدار دليل العبارات {1}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Nothing has changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved for everyone: {0}. Each workstation uses it from its next call.</source>
        <translation>حُفظ للجميع: {0}. تستخدمه كل محطة عمل بدءًا من مكالمتها التالية.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/history_pane.py" line="+71"/>
        <source>Caller history</source>
        <translation>سجل المتصل</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Find the caller to see their earlier calls and open follow-ups.</source>
        <translation>ابحث عن المتصل لرؤية مكالماته السابقة ومتابعاته المفتوحة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history could not be loaded: {0}</source>
        <translation>تعذّر تحميل السجل: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the history…</source>
        <translation>جارٍ تحميل السجل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier calls and no open follow-ups for this caller. This is their first call.</source>
        <translation>لا مكالمات سابقة ولا متابعات مفتوحة لهذا المتصل. هذه مكالمته الأولى.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_console/ui/transfer/import_dialog.py" line="+46"/>
        <source>Import from CSV — Agent Console</source>
        <translation>استيراد من CSV — Agent Console</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past incidents (and their callers)</source>
        <translation>البلاغات السابقة (ومتصلوها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callers</source>
        <translation>المتصلون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Import:</source>
        <translation>ا&amp;ستيراد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>ال&amp;ترميز:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each row becomes one incident (with its caller) or one caller. Rows already imported are recognised and skipped, so importing a file twice adds nothing.</source>
        <translation>يصبح كل صف بلاغًا واحدًا (مع متصله) أو متصلًا واحدًا. يُتعرَّف على الصفوف المستوردة سابقًا وتُتخطّى، لذا فإن استيراد الملف مرتين لا يضيف شيئًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a CSV file</source>
        <translation>اختر ملف CSV</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {0}…</source>
        <translation>جارٍ قراءة {0}…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_form.py" line="+55"/>
        <location line="+164"/>
        <source>Submit incident  (Ctrl+Enter)</source>
        <translation>تقديم البلاغ  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Caller:</source>
        <translation>المتصل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation>ال&amp;خطورة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at &amp;start:</source>
        <translation>المزاج في ال&amp;بداية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>المل&amp;خص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>المل&amp;احظات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>السبب ال&amp;جذري:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reso&amp;lution:</source>
        <translation>ال&amp;حل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pensation:</source>
        <translation>الت&amp;عويض:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at &amp;end:</source>
        <translation>المزاج في ال&amp;نهاية:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;utcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None yet: find the caller first (Ctrl+F)</source>
        <translation>لا يوجد بعد: ابحث عن المتصل أولًا (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Removed %n invisible control character(s) that came in with pasted text.</source>
        <translation>
            <numerusform>أُزيل %Ln حرف تحكم غير مرئي جاء مع النص الملصق.</numerusform>
            <numerusform>أُزيل حرف تحكم غير مرئي واحد جاء مع النص الملصق.</numerusform>
            <numerusform>أُزيل حرفا تحكم غير مرئيين جاءا مع النص الملصق.</numerusform>
            <numerusform>أُزيلت %Ln أحرف تحكم غير مرئية جاءت مع النص الملصق.</numerusform>
            <numerusform>أُزيل %Ln حرف تحكم غير مرئي جاء مع النص الملصق.</numerusform>
            <numerusform>أُزيل %Ln حرف تحكم غير مرئي جاء مع النص الملصق.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved yet. Fields to fix, marked below: {0}.</source>
        <translation>لم يُحفظ بعد. الحقول التي يجب تصحيحها مميّزة أدناه: {0}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>IncidentInputs</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_inputs.py" line="+32"/>
        <source>Choose a category…</source>
        <translation>اختر فئة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose severity…</source>
        <translation>اختر درجة الخطورة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood when the call started…</source>
        <translation>المزاج عند بدء المكالمة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line: what the caller is unhappy about</source>
        <translation>سطر واحد: ما الذي يُغضب المتصل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the caller said, what you checked, what you promised</source>
        <translation>ما قاله المتصل، وما تحققت منه، وما وعدت به</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount, if any</source>
        <translation>المبلغ، إن وُجد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mood at the end…</source>
        <translation>المزاج في النهاية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to a supervisor or specialist</source>
        <translation>صُعّدت إلى مشرف أو مختص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the call end?</source>
        <translation>كيف انتهت المكالمة؟</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{0} of {1} characters</source>
        <translation>{0} من {1} حرفًا</translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/incident_list.py" line="+194"/>
        <source>No incidents are behind this figure.</source>
        <translation>لا توجد بلاغات وراء هذا الرقم.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s), newest first.</source>
        <translation>
            <numerusform>%Ln بلاغ، الأحدث أولًا.</numerusform>
            <numerusform>بلاغ واحد.</numerusform>
            <numerusform>بلاغان، الأحدث أولًا.</numerusform>
            <numerusform>%Ln بلاغات، الأحدث أولًا.</numerusform>
            <numerusform>%Ln بلاغًا، الأحدث أولًا.</numerusform>
            <numerusform>%Ln بلاغ، الأحدث أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentStory</name>
    <message>
        <location filename="../../agent_console/ui/review/story_checklist.py" line="+21"/>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No checklist was recorded with this incident.</source>
        <translation>لم تُسجَّل قائمة تحقق مع هذا البلاغ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adherence (required steps ticked)</source>
        <translation>الالتزام (الخطوات الإلزامية المؤشَّر عليها)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required steps missed</source>
        <translation>الخطوات الإلزامية الفائتة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Reason given for skipping</source>
        <translation>السبب المذكور للتخطي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time in {0}</source>
        <translation>الوقت في {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} min</source>
        <translation>{0} د</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steps ticked, in order</source>
        <translation>الخطوات المؤشَّر عليها، بالترتيب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Script</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalation</source>
        <translation>التصعيد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phrasing</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not escalated during the call.</source>
        <translation>لم تُصعَّد أثناء المكالمة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} in {1}: “{2}” replaced by “{3}”</source>
        <translation>{0} في {1}: استُبدلت «{2}» بـ«{3}»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} in {1}, still there at submit: “{2}”</source>
        <translation>{0} في {1}، ما زالت موجودة عند التقديم: «{2}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No defensive wording was flagged.</source>
        <translation>لم تُرصد أي صياغة دفاعية.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/review/story_html.py" line="+47"/>
        <source> ({0} min)</source>
        <translation> ({0} د)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submitted</source>
        <translation>قُدّم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mood</source>
        <translation>المزاج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compensation</source>
        <translation>التعويض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>مصعّدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call id</source>
        <translation>معرّف المكالمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no notes)</source>
        <translation>(لا توجد ملاحظات)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up was flagged for this incident.</source>
        <translation>لم تُحدَّد متابعة لهذا البلاغ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due {0} · {1} · {2} · {3}</source>
        <translation>الموعد {0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review notes</source>
        <translation>ملاحظات المراجعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No review notes yet.</source>
        <translation>لا توجد ملاحظات مراجعة بعد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incident submitted</source>
        <translation>قُدّم البلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up flagged</source>
        <translation>حُدّدت متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up taken</source>
        <translation>استُلمت المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up snoozed</source>
        <translation>أُجّلت المتابعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call-back tried, caller not reached</source>
        <translation>جرت محاولة معاودة الاتصال، ولم يُرَدّ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up reassigned</source>
        <translation>أُعيد إسناد المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up closed</source>
        <translation>أُغلقت المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note added</source>
        <translation>أُضيفت ملاحظة مراجعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>given to</source>
        <translation>أُسندت إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded.</source>
        <translation>لم يُسجَّل شيء.</translation>
    </message>
</context>
<context>
    <name>IncidentSubmitter</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_submit.py" line="+83"/>
        <source>the database is still opening; try again in a moment.</source>
        <translation>قاعدة البيانات ما زالت قيد الفتح؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be saved: {0}</source>
        <translation>لا يمكن حفظ أي شيء: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved: “{0}”. The form is ready for the next call.</source>
        <translation>تم الحفظ: «{0}». النموذج جاهز للمكالمة التالية.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The incident was NOT saved. {0}</source>
        <translation>لم يُحفظ البلاغ. {0}</translation>
    </message>
</context>
<context>
    <name>IncidentsByIdModel</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/incident_list.py" line="-74"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>LeadReports</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/lead_reports.py" line="+61"/>
        <source>Reports and imports are for team leads.</source>
        <translation>التقارير والاستيراد مخصصة لقادة الفرق.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_console/ui/guidance/actions.py" line="+43"/>
        <source>Tick the &amp;next step</source>
        <translation>تأشير الخطوة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Escalate…</source>
        <translation>ت&amp;صعيد…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace flagged wording</source>
        <translation>ا&amp;ستبدال الصياغة المرصودة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the &amp;checklist</source>
        <translation>الانتقال إلى &amp;قائمة التحقق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guidance &amp;editor…</source>
        <translation>م&amp;حرر الإرشادات…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step {0}</source>
        <translation>الخطوة {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../agent_console/ui/main_window.py" line="+73"/>
        <source>&amp;Guidance</source>
        <translation>الإ&amp;رشادات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick &amp;step</source>
        <translation>تأشير ال&amp;خطوة</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/help_menu.py" line="+15"/>
        <location filename="../../agent_console/ui/main_window.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;diagnostics</source>
        <translation>نسخ بيانات الت&amp;شخيص</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Diagnostics copied: paste them into the support ticket.</source>
        <translation>نُسخت بيانات التشخيص: الصقها في طلب الدعم.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_actions.py" line="+41"/>
        <source>&amp;Team lead</source>
        <translation>قائد ال&amp;فريق</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find caller</source>
        <translation>ال&amp;بحث عن متصل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear search</source>
        <translation>م&amp;سح البحث</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New caller…</source>
        <translation>متصل &amp;جديد…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Submit incident</source>
        <translation>ت&amp;قديم البلاغ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Answer waiting call</source>
        <translation>ال&amp;رد على المكالمة المنتظرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resume parked incident</source>
        <translation>ا&amp;ستئناف البلاغ المعلّق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Precedents</source>
        <translation>حالات &amp;سابقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Incident form</source>
        <translation>&amp;نموذج البلاغ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;lag for follow-up…</source>
        <translation>تحديد لل&amp;متابعة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Callback queue</source>
        <translation>قائمة &amp;معاودة الاتصال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Review incidents</source>
        <translation>&amp;مراجعة البلاغات</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../agent_console/ui/main_window.py" line="-3"/>
        <source>&amp;Call</source>
        <translation>الم&amp;كالمة</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../agent_console/ui/main_window.py" line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KPI &amp;dashboard</source>
        <translation>لوحة مؤ&amp;شرات الأداء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from CSV…</source>
        <translation>ا&amp;ستيراد من CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="-22"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>History  (Ctrl+H)</source>
        <translation>السجل  (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedents  (Ctrl+Shift+P)</source>
        <translation>حالات سابقة  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>not open</source>
        <translation>غير مفتوحة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database could not be opened. {0} Until this is fixed nothing can be looked up or saved; you can keep typing.</source>
        <translation>تعذّر فتح قاعدة البيانات. {0} إلى أن يُصلَح ذلك لا يمكن البحث أو الحفظ؛ ويمكنك متابعة الكتابة.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Incident saved: {0}</source>
        <translation>حُفظ البلاغ: {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../agent_console/ui/transfer/mapping_page.py" line="+63"/>
        <source>Dates like 02/03/2026 are day first (2 March)</source>
        <translation>التواريخ مثل 02/03/2026 يأتي فيها اليوم أولًا (2 مارس)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name for callers the file does not name:</source>
        <translation>اسم للمتصلين الذين لا يذكر الملف أسماءهم:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map each column of the file to a field:</source>
        <translation>اربط كل عمود في الملف بحقل:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s first rows:</source>
        <translation>الصفوف الأولى من الملف:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>— not imported —</source>
        <translation>— لا يُستورد —</translation>
    </message>
</context>
<context>
    <name>MoodGauge</name>
    <message>
        <location filename="../../agent_console/ui/guidance/mood_gauge.py" line="+28"/>
        <source>Mood in the notes:</source>
        <translation>المزاج في الملاحظات:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing to read yet.</source>
        <translation>لا شيء للقراءة بعد.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anger {0} · Threat {1} · Urgency {2}</source>
        <translation>الغضب {0} · التهديد {1} · الاستعجال {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words behind the reading: {0}</source>
        <translation>الكلمات التي بُنيت عليها القراءة: {0}</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsModel</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/my_follow_ups_model.py" line="+122"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due {0}
Priority: {1}
Whose: {2}
{3}</source>
        <translation>الموعد {0}
الأولوية: {1}
لمن: {2}
{3}</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsPane</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/my_follow_ups_pane.py" line="+75"/>
        <source>&amp;Open caller</source>
        <translation>&amp;فتح ملف المتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nooze…</source>
        <translation>&amp;تأجيل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mplete…</source>
        <translation>إ&amp;كمال…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your follow-ups could not be loaded: {0}</source>
        <translation>تعذّر تحميل متابعاتك: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: loading…</source>
        <translation>متابعاتك: جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: nothing to call back.</source>
        <translation>متابعاتك: لا توجد معاودة اتصال مطلوبة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: {0} due now, {1} later.</source>
        <translation>متابعاتك: {0} مستحقة الآن، {1} لاحقًا.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This caller no longer exists.</source>
        <translation>هذا المتصل لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>NewCallerDialog</name>
    <message>
        <location filename="../../agent_console/ui/new_caller_dialog.py" line="+52"/>
        <source>New caller</source>
        <translation>متصل جديد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several numbers: separate them with commas</source>
        <translation>عدة أرقام: افصل بينها بفواصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What every agent should know before speaking to this caller</source>
        <translation>ما ينبغي أن يعرفه كل موظف قبل التحدث إلى هذا المتصل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone numbers:</source>
        <translation>أرقام ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technical level:</source>
        <translation>المستوى ال&amp;تقني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned &amp;note:</source>
        <translation>&amp;ملاحظة مثبّتة:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing can be saved: {0}</source>
        <translation>لا يمكن حفظ أي شيء: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is not open yet.</source>
        <translation>قاعدة البيانات لم تُفتح بعد.</translation>
    </message>
</context>
<context>
    <name>ParkedIncidents</name>
    <message>
        <location filename="../../agent_console/ui/parked_incidents.py" line="+184"/>
        <source>no caller picked</source>
        <translation>لم يتم اختيار متصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked incident: {0}, started {1}.</source>
        <translation>بلاغ معلّق: {0}، بدأ {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call ended at {0}.</source>
        <translation>انتهت المكالمة في {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept until you resume it (Shift+F12) or discard it.</source>
        <translation>يُحتفظ به حتى تستأنفه (Shift+F12) أو تتجاهله.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>PhrasebookEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasebook_editor.py" line="+71"/>
        <source>Rule {0} ({1}): line {2}, column {3}: {4}</source>
        <translation>القاعدة {0} ({1}): السطر {2}، العمود {3}: {4}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule {0}: must be an object {{…}}</source>
        <translation>القاعدة {0}: يجب أن تكون كائنًا {{…}}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A&amp;dd rule</source>
        <translation>إ&amp;ضافة قاعدة</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>What to say instead</source>
        <translation>ما يُقال بدلًا منها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the words are a problem</source>
        <translation>لماذا تُعدّ هذه الكلمات مشكلة</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n rule(s), {0} switched off.</source>
        <translation>
            <numerusform>%Ln قاعدة، {0} معطّلة.</numerusform>
            <numerusform>قاعدة واحدة، {0} معطّلة.</numerusform>
            <numerusform>قاعدتان، {0} معطّلة.</numerusform>
            <numerusform>%Ln قواعد، {0} معطّلة.</numerusform>
            <numerusform>%Ln قاعدة، {0} معطّلة.</numerusform>
            <numerusform>%Ln قاعدة، {0} معطّلة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule “{0}” will be left out: {1}</source>
        <translation>ستُستبعد القاعدة «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>PhrasingPane</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasing_dock.py" line="+72"/>
        <source>The language of the caller: checklist, phrases and checks</source>
        <translation>لغة المتصل: قائمة التحقق والعبارات والفحوص</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click to replace the flagged words (Ctrl+. for the first)</source>
        <translation>انقر لاستبدال الكلمات المرصودة (Ctrl+. للأولى)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledge</source>
        <translation>الإقرار بالمشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologise</source>
        <translation>الاعتذار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer options</source>
        <translation>عرض الخيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>الختام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to insert the line at the cursor</source>
        <translation>انقر لإدراج العبارة عند المؤشر</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call &amp;language:</source>
        <translation>&amp;لغة المكالمة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say instead (click, or Ctrl+.):</source>
        <translation>قل بدلًا من ذلك (انقر، أو Ctrl+.):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good lines (click to insert):</source>
        <translation>عبارات جيدة (انقر للإدراج):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rule “{0}” is switched off: {1}</source>
        <translation>القاعدة «{0}» معطّلة: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flagged wording: {0}</source>
        <translation>صياغة مرصودة: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged wording: none. Keep it up.</source>
        <translation>صياغة مرصودة: لا شيء. أحسنت، واصل.</translation>
    </message>
</context>
<context>
    <name>PrecedentsModel</name>
    <message>
        <location filename="../../agent_console/ui/models/precedents.py" line="+149"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>PrecedentsPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/precedents_pane.py" line="+59"/>
        <source>Precedents</source>
        <translation>حالات سابقة</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>How “{0}” complaints were handled for other callers, newest first</source>
        <translation>كيف عولجت شكاوى «{0}» لمتصلين آخرين، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a category on the incident form, or select an incident in the history, to see how similar complaints were resolved.</source>
        <translation>اختر فئة في نموذج البلاغ، أو حدّد بلاغًا في السجل، لترى كيف حُلّت الشكاوى المشابهة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The precedents could not be loaded: {0}</source>
        <translation>تعذّر تحميل الحالات السابقة: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other caller has had a complaint in this category yet.</source>
        <translation>لم يتقدم أي متصل آخر بشكوى في هذه الفئة بعد.</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_filters.py" line="+23"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken (team)</source>
        <translation>غير مستلمة (الفريق)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any age</source>
        <translation>أي عمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 1+ day ago</source>
        <translation>حُدّدت منذ يوم أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 3+ days ago</source>
        <translation>حُدّدت منذ 3 أيام أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 7+ days ago</source>
        <translation>حُدّدت منذ 7 أيام أو أكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 30+ days ago</source>
        <translation>حُدّدت منذ 30 يومًا أو أكثر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Owner:</source>
        <translation>الم&amp;سؤول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge:</source>
        <translation>ال&amp;عمر:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_model.py" line="+153"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>لمن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>تاريخ التحديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/reassign_dialog.py" line="+20"/>
        <source>Reassign follow-up: {0}</source>
        <translation>إعادة إسناد المتابعة: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone on the team</source>
        <translation>أي شخص في الفريق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Give it to:</source>
        <translation>إ&amp;سنادها إلى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reassign</source>
        <translation>إعادة الإ&amp;سناد</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../../agent_console/ui/guidance/recovery.py" line="+15"/>
        <source>Breathe in slowly…</source>
        <translation>خذ نفسًا ببطء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold…</source>
        <translation>احبس نفسك…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out, slowly…</source>
        <translation>أخرج النفس ببطء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest…</source>
        <translation>استرح…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That was a hard call. Before the next one, take a minute: breathe in for four, hold for four, out for six. It helps you stay calm for the next caller.</source>
        <translation>كانت تلك مكالمة صعبة. قبل المكالمة التالية خذ دقيقة: شهيق لأربع، واحبس لأربع، وزفير لست. يساعدك هذا على البقاء هادئًا مع المتصل التالي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a 1-minute &amp;pause</source>
        <translation>خذ استراحة &amp;دقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pause over. Ready when you are.</source>
        <translation>انتهت الاستراحة. جاهز متى شئت.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}   ({1} s left)</source>
        <translation>{0}   (بقي {1} ث)</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <location filename="../../agent_console/ui/transfer/import_models.py" line="+65"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../agent_console/ui/transfer/report_page.py" line="+42"/>
        <source>&amp;Cancel import</source>
        <translation>إ&amp;لغاء الاستيراد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save rejected rows as CSV…</source>
        <translation>&amp;حفظ الصفوف المرفوضة بصيغة CSV…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing {0}…</source>
        <translation>جارٍ استيراد {0}…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>قُرئ %Ln صف…</numerusform>
            <numerusform>قُرئ صف واحد…</numerusform>
            <numerusform>قُرئ صفان…</numerusform>
            <numerusform>قُرئت %Ln صفوف…</numerusform>
            <numerusform>قُرئ %Ln صفًا…</numerusform>
            <numerusform>قُرئ %Ln صف…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling: undoing what was written so far…</source>
        <translation>جارٍ الإلغاء: التراجع عما كُتب حتى الآن…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {0}</source>
        <translation>لم يُستورد شيء: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} rows read in {2} s. {3} imported, {4} already there (skipped), {5} rejected. {6} new callers.</source>
        <translation>{0}: قُرئ {1} صف في {2} ث. استُورد {3}، و{4} موجود مسبقًا (تُخطّي)، ورُفض {5}. {6} متصلين جدد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n rejected row(s) to {0}.</source>
        <translation>
            <numerusform>حُفظ %Ln صف مرفوض في {0}.</numerusform>
            <numerusform>حُفظ صف مرفوض واحد في {0}.</numerusform>
            <numerusform>حُفظ صفان مرفوضان في {0}.</numerusform>
            <numerusform>حُفظت %Ln صفوف مرفوضة في {0}.</numerusform>
            <numerusform>حُفظ %Ln صفًا مرفوضًا في {0}.</numerusform>
            <numerusform>حُفظ %Ln صف مرفوض في {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <location filename="../../agent_console/ui/review/review_filters.py" line="+41"/>
        <source>Words from summaries and notes, in any language (all must appear)</source>
        <translation>كلمات من الملخصات والملاحظات، بأي لغة (يجب أن تظهر كلها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear &amp;filters</source>
        <translation>مسح عوامل الت&amp;صفية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;rom</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Escalated</source>
        <translation>مصعّدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not escalated</source>
        <translation>غير مصعّدة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Agent:</source>
        <translation>المو&amp;ظف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalat&amp;ed:</source>
        <translation>م&amp;صعّدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at st&amp;art:</source>
        <translation>المزاج في ال&amp;بداية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at en&amp;d:</source>
        <translation>المزاج في ال&amp;نهاية:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>ReviewResultsModel</name>
    <message>
        <location filename="../../agent_console/ui/review/results_model.py" line="+131"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>المتصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0}, escalated</source>
        <translation>{0}، مصعّدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}
Mood: {1}
Outcome: {2}</source>
        <translation>{0}
المزاج: {1}
النتيجة: {2}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_console/ui/review/review_window.py" line="+38"/>
        <source>Incident review — Agent Console</source>
        <translation>مراجعة البلاغات — Agent Console</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The search failed: {0}</source>
        <translation>فشل البحث: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incident matches. Try fewer words or fewer filters.</source>
        <translation>لا يوجد بلاغ مطابق. جرّب كلمات أقل أو عوامل تصفية أقل.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the newest %n match(es); scroll for more.</source>
        <translation>
            <numerusform>عرض أحدث %Ln نتيجة؛ مرّر لرؤية المزيد.</numerusform>
            <numerusform>عرض أحدث نتيجة؛ مرّر لرؤية المزيد.</numerusform>
            <numerusform>عرض أحدث نتيجتين؛ مرّر لرؤية المزيد.</numerusform>
            <numerusform>عرض أحدث %Ln نتائج؛ مرّر لرؤية المزيد.</numerusform>
            <numerusform>عرض أحدث %Ln نتيجة؛ مرّر لرؤية المزيد.</numerusform>
            <numerusform>عرض أحدث %Ln نتيجة؛ مرّر لرؤية المزيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n incident(s) match, newest first.</source>
        <translation>
            <numerusform>يطابق %Ln بلاغ، الأحدث أولًا.</numerusform>
            <numerusform>يطابق بلاغ واحد.</numerusform>
            <numerusform>يطابق بلاغان، الأحدث أولًا.</numerusform>
            <numerusform>تطابق %Ln بلاغات، الأحدث أولًا.</numerusform>
            <numerusform>يطابق %Ln بلاغًا، الأحدث أولًا.</numerusform>
            <numerusform>يطابق %Ln بلاغ، الأحدث أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../agent_console/ui/roles.py" line="+13"/>
        <source>agent</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team lead</source>
        <translation>قائد فريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasebook_editor.py" line="-140"/>
        <source>Rule {0} (not valid JSON)</source>
        <translation>القاعدة {0} (JSON غير صالح)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked: the rule is on. Unticked: switched off for everyone.</source>
        <translation>مؤشَّر عليها: القاعدة مفعّلة. غير مؤشَّر عليها: معطّلة للجميع.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="+45"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>الإعداد الافتراضي للنظام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solar Hijri (۱۴۰۵/۱/۱)</source>
        <translation>الهجري الشمسي (۱۴۰۵/۱/۱)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gregorian (2026/3/21)</source>
        <translation>الميلادي (2026/3/21)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is rebuilt in the new language at once; what you are typing is kept.</source>
        <translation>يُعاد بناء النافذة باللغة الجديدة فورًا، ويُحفظ ما تكتبه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>ال&amp;تقويم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>الأ&amp;رقام:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Persian (۱۲۳)</source>
        <translation>الفارسية (۱۲۳)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic-Indic (١٢٣)</source>
        <translation>الهندية العربية (١٢٣)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin (123)</source>
        <translation>اللاتينية (123)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../agent_console/ui/sign_in_dialog.py" line="+41"/>
        <source>Sign in – Agent Console</source>
        <translation>تسجيل الدخول – Agent Console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with your own login to work in the shared database.</source>
        <translation>سجّل الدخول باسم المستخدم الخاص بك للعمل في قاعدة البيانات المشتركة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Login:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>ال&amp;تذكّر على هذا الحاسوب (في سلسلة مفاتيح النظام)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no system keyring, so the password cannot be remembered safely and is asked for at every start. It is never written to a file.</source>
        <translation>لا توجد سلسلة مفاتيح للنظام على هذا الحاسوب، لذا لا يمكن تذكّر كلمة المرور بأمان وستُطلب عند كل تشغيل. ولا تُكتب كلمة المرور في أي ملف أبدًا.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Sign in</source>
        <translation>ت&amp;سجيل الدخول</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server: {0}</source>
        <translation>الخادم: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database did not accept the login {0} with that password. Check both (is Caps Lock on?) and try again. If you have forgotten your password, ask IT or your team lead to reset it.</source>
        <translation>لم تقبل قاعدة البيانات اسم المستخدم {0} بكلمة المرور هذه. تحقق من كليهما (هل مفتاح Caps Lock مفعّل؟) وحاول مجددًا. إذا نسيت كلمة المرور، فاطلب من قسم تقنية المعلومات أو قائد فريقك إعادة تعيينها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account {0} is locked or disabled, so it cannot sign in. Ask your team lead or IT to enable it, or sign in with another login.</source>
        <translation>الحساب {0} مقفل أو معطّل، فلا يمكنه تسجيل الدخول. اطلب من قائد فريقك أو قسم تقنية المعلومات تفعيله، أو سجّل الدخول باسم مستخدم آخر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {0} could not be reached. Check the network connection, then press Sign in to try again. If it keeps happening, ask IT whether the server is up.</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات {0}. تحقق من اتصال الشبكة، ثم اضغط «تسجيل الدخول» للمحاولة مجددًا. إذا تكرر ذلك، فاسأل قسم تقنية المعلومات عمّا إذا كان الخادم يعمل.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to {0}…</source>
        <translation>جارٍ الاتصال بـ{0}…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location line="+61"/>
        <source>You are not signed in, so nothing can be looked up or saved. Choose Call &gt; Switch user… (Ctrl+Shift+U) to sign in.</source>
        <translation>لم تسجّل الدخول، لذا لا يمكن البحث أو الحفظ. اختر المكالمة &gt; تبديل المستخدم… (Ctrl+Shift+U) لتسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>SkipReasonDialog</name>
    <message>
        <location filename="../../agent_console/ui/guidance/skip_reason.py" line="+29"/>
        <source>Required steps not ticked</source>
        <translation>خطوات إلزامية غير مؤشَّر عليها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These required checklist steps are not ticked:
{0}

Why were they skipped? The reason is stored with the incident.</source>
        <translation>خطوات قائمة التحقق الإلزامية هذه غير مؤشَّر عليها:
{0}

لماذا تُخطّيت؟ يُحفظ السبب مع البلاغ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For example: the caller hung up early</source>
        <translation>مثلًا: أنهى المتصل المكالمة مبكرًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit with this reason</source>
        <translation>التقديم بهذا السبب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the call</source>
        <translation>العودة إلى المكالمة</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/snooze_dialog.py" line="+31"/>
        <source>Snooze follow-up: {0}</source>
        <translation>تأجيل المتابعة: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For example: the caller asked for next week</source>
        <translation>مثلًا: طلب المتصل الأسبوع القادم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up:</source>
        <translation>المتابعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;حتى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snooze</source>
        <translation>&amp;تأجيل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That time has already passed (it is now {0}).</source>
        <translation>هذا الوقت قد فات (الوقت الآن {0}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why it waits, so whoever looks at it later knows.</source>
        <translation>اذكر سبب الانتظار، ليعرفه من يطّلع عليها لاحقًا.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+23"/>
        <source>Not signed in yet</source>
        <translation>لم تسجّل الدخول بعد</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="-210"/>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+1"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+1"/>
        <source>No unsaved draft</source>
        <translation>لا توجد مسودة غير محفوظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {0}</source>
        <translation>قاعدة البيانات: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online</source>
        <translation>متصل بالشبكة</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Online, sending %n</source>
        <translation>
            <numerusform>متصل بالشبكة، جارٍ إرسال %Ln</numerusform>
            <numerusform>متصل بالشبكة، جارٍ إرسال %Ln</numerusform>
            <numerusform>متصل بالشبكة، جارٍ إرسال %Ln</numerusform>
            <numerusform>متصل بالشبكة، جارٍ إرسال %Ln</numerusform>
            <numerusform>متصل بالشبكة، جارٍ إرسال %Ln</numerusform>
            <numerusform>متصل بالشبكة، جارٍ إرسال %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline, %n waiting</source>
        <translation>
            <numerusform>غير متصل بالشبكة، %Ln في الانتظار</numerusform>
            <numerusform>غير متصل بالشبكة، %Ln في الانتظار</numerusform>
            <numerusform>غير متصل بالشبكة، %Ln في الانتظار</numerusform>
            <numerusform>غير متصل بالشبكة، %Ln في الانتظار</numerusform>
            <numerusform>غير متصل بالشبكة، %Ln في الانتظار</numerusform>
            <numerusform>غير متصل بالشبكة، %Ln في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {0} refused (see log)</source>
        <translation>؛ رُفض {0} (راجع السجل)</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../agent_console/ui/review/story_view.py" line="+59"/>
        <source>Your review note: what went well, what to do differently (Ctrl+Return adds it)</source>
        <translation>ملاحظة المراجعة: ما الذي سار جيدًا، وما الذي يجب فعله بشكل مختلف (Ctrl+Return لإضافتها)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;review note</source>
        <translation>إضافة ملاحظة م&amp;راجعة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an incident to read its whole story.</source>
        <translation>اختر بلاغًا لقراءة قصته كاملة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This incident no longer exists.</source>
        <translation>هذا البلاغ لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The incident could not be loaded: {0}</source>
        <translation>تعذّر تحميل البلاغ: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the note first.</source>
        <translation>اكتب الملاحظة أولًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review note added.</source>
        <translation>أُضيفت ملاحظة المراجعة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note was NOT added. {0}</source>
        <translation>لم تُضَف الملاحظة. {0}</translation>
    </message>
</context>
<context>
    <name>UserSwitch</name>
    <message>
        <location filename="../../agent_console/ui/user_switch.py" line="+51"/>
        <source>S&amp;witch user…</source>
        <translation>ت&amp;بديل المستخدم…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not signed in</source>
        <translation>لم يسجّل الدخول</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no caller picked</source>
        <translation>لم يتم اختيار متصل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident for {0} is not submitted yet. It will be kept on this computer for {1} and offered back when {1} signs in here again; nobody else sees it.</source>
        <translation>البلاغ الخاص بـ{0} لم يُقدَّم بعد. سيُحتفظ به على هذا الحاسوب لـ{1} ويُعرض عليه مجددًا عندما يسجّل {1} الدخول هنا؛ ولن يراه أحد غيره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it for {0} and switch</source>
        <translation>ا&amp;حتفظ به لـ{0} وبدّل</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was switched: the unfinished incident could not be kept. {0}</source>
        <translation>لم يتم التبديل: تعذّر الاحتفاظ بالبلاغ غير المكتمل. {0}</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../agent_console/ui/admin/users_model.py" line="+48"/>
        <source>Login</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+44"/>
        <source>Users – Agent Console</source>
        <translation>المستخدمون – Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone who signs in to this database. Disabling someone stops them signing in and keeps their incidents and history.</source>
        <translation>كل من يسجّل الدخول إلى قاعدة البيانات هذه. تعطيل شخص يمنعه من تسجيل الدخول ويُبقي بلاغاته وسجله.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Add user…</source>
        <translation>إ&amp;ضافة مستخدم…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Change role…</source>
        <translation>&amp;تغيير الدور…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>&amp;Disable…</source>
        <translation>ت&amp;عطيل…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Enable…</source>
        <translation>ت&amp;فعيل…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/admin/screenshots.py" line="+82"/>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+20"/>
        <source>{0} was added as {1}.</source>
        <translation>أُضيف {0} بصفته {1}.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+12"/>
        <source>{0} is already {1}.</source>
        <translation>{0} هو {1} بالفعل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make {0} ({1}) {2}? They get what that role allows from their next sign-in.</source>
        <translation>هل تجعل {0} ({1}) {2}؟ سيحصل على صلاحيات هذا الدور من تسجيل دخوله التالي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is now {1}.</source>
        <translation>أصبح {0} الآن {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable {0} ({1})? They can no longer sign in; their incidents, follow-ups and history stay.</source>
        <translation>هل تعطّل {0} ({1})؟ لن يتمكن من تسجيل الدخول بعد الآن؛ وتبقى بلاغاته ومتابعاته وسجله.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is disabled.</source>
        <translation>عُطّل {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable {0} ({1}) again? They sign in with their old password.</source>
        <translation>هل تفعّل {0} ({1}) مجددًا؟ سيسجّل الدخول بكلمة مروره السابقة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} may sign in again.</source>
        <translation>يمكن لـ{0} تسجيل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>WaitingCalls</name>
    <message>
        <location filename="../../agent_console/ui/call_queue.py" line="+60"/>
        <source>Switch to this call</source>
        <translation>الانتقال إلى هذه المكالمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Call from {0} ended at {1} before you switched to it.</source>
        <translation>انتهت المكالمة من {0} في {1} قبل أن تنتقل إليها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming call: {0}.</source>
        <translation>مكالمة واردة: {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing call: {0}.</source>
        <translation>مكالمة صادرة: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press F12 to switch to it; the incident on the form is then parked.</source>
        <translation>اضغط F12 للانتقال إليها؛ ويُعلَّق البلاغ الموجود في النموذج.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It waits behind the call above.</source>
        <translation>تنتظر خلف المكالمة أعلاه.</translation>
    </message>
</context>
<context>
    <name>escalation</name>
    <message>
        <location filename="../../agent_console/core/escalation.py" line="+32"/>
        <source>Abusive caller</source>
        <translation>متصل مسيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <translation>تهديد قانوني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety concern</source>
        <translation>مخاوف تتعلق بالسلامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond my authority</source>
        <translation>خارج نطاق صلاحياتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat complaint</source>
        <translation>شكوى متكررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller asks for a supervisor</source>
        <translation>المتصل يطلب مشرفًا</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The caller mentioned {words}: if anyone may be in danger, follow the safety protocol and escalate now.</source>
        <translation>ذكر المتصل {words}: إذا كان أحد قد يكون في خطر، فاتبع بروتوكول السلامة وصعّد الآن.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller mentioned {words}: legal threats go to a supervisor; don&apos;t argue the legal point yourself.</source>
        <translation>ذكر المتصل {words}: التهديدات القانونية تُحال إلى المشرف؛ لا تجادل في المسألة القانونية بنفسك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller used {words}: you don&apos;t have to take abuse; warn once, then escalate.</source>
        <translation>استخدم المتصل {words}: لست مضطرًا لتحمّل الإساءة؛ نبّه مرة واحدة ثم صعّد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller asked for {words}: offer to bring in your supervisor.</source>
        <translation>طلب المتصل {words}: اعرض عليه إشراك مشرفك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compensation of {amount} is above your limit of {limit}: a supervisor must approve it.</source>
        <translation>التعويض بقيمة {amount} يتجاوز حدّك البالغ {limit}: يجب أن يوافق عليه مشرف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is complaint number {count} about the same problem in {days} days: escalate it so the cause gets fixed.</source>
        <translation>هذه الشكوى رقم {count} عن المشكلة نفسها خلال {days} يومًا: صعّدها ليُعالَج السبب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The caller is still furious after the problem was agreed: consider handing over to a supervisor.</source>
        <translation>ما زال المتصل غاضبًا جدًا بعد الاتفاق على المشكلة: فكّر في تحويل المكالمة إلى مشرف.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/guidance/escalation.py" line="-41"/>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated at {0} by {1}: {2}</source>
        <translation>صُعّدت في {0} بواسطة {1}: {2}</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../agent_console/ui/failures.py" line="+51"/>
        <source>Something went wrong ({0}). What you typed is still here; the details are in the log.</source>
        <translation>حدث خطأ ما ({0}). ما كتبته لا يزال هنا؛ والتفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <location filename="../../agent_console/core/import_mapping.py" line="+32"/>
        <source>Record id (makes a re-run skip what it already imported)</source>
        <translation>معرّف السجل (يجعل إعادة التشغيل تتخطى ما استُورد سابقًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller name</source>
        <translation>اسم المتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller account reference</source>
        <translation>مرجع حساب المتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller phone</source>
        <translation>هاتف المتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller language (en, fa, ar, ru)</source>
        <translation>لغة المتصل (en، fa، ar، ru)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller pinned note</source>
        <translation>الملاحظة المثبّتة للمتصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call started (date, or date and time)</source>
        <translation>بدء المكالمة (تاريخ، أو تاريخ ووقت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call ended</source>
        <translation>انتهاء المكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category (code, label or words to match)</source>
        <translation>الفئة (رمز أو تسمية أو كلمات للمطابقة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (else the category text)</source>
        <translation>الملخص (وإلا فنص الفئة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity (1-4)</source>
        <translation>الخطورة (1-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at start (1-5)</source>
        <translation>المزاج في البداية (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at end (1-5)</source>
        <translation>المزاج في النهاية (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>السبب الجذري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (sets the outcome too)</source>
        <translation>الحل (يحدد النتيجة أيضًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated (yes/no)</source>
        <translation>مصعّدة (نعم/لا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation amount</source>
        <translation>مبلغ التعويض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation currency</source>
        <translation>عملة التعويض</translation>
    </message>
</context>
<context>
    <name>phrasing</name>
    <message>
        <location filename="../../agent_console/ui/guidance/findings_model.py" line="-51"/>
        <source>Refusal</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame</source>
        <translation>لوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excuse</source>
        <translation>تبرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimising</source>
        <translation>تهوين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>أمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing the buck</source>
        <translation>التنصّل من المسؤولية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <location filename="../../agent_console/core/taxonomy.py" line="+24"/>
        <source>Product or service quality</source>
        <translation>جودة المنتج أو الخدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects, service below the promised standard</source>
        <translation>عيوب، أو خدمة دون المستوى الموعود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff behaviour</source>
        <translation>سلوك الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude or careless handling, slow answers, weak support</source>
        <translation>تعامل فظ أو مهمل، أو ردود بطيئة، أو دعم ضعيف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing and pricing</source>
        <translation>الفواتير والأسعار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed bills, unfair prices, hidden fees, unclear terms</source>
        <translation>فواتير متنازع عليها، أو أسعار غير عادلة، أو رسوم خفية، أو شروط غامضة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken promise</source>
        <translation>وعد لم يُنفَّذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising or sales promises that set false expectations</source>
        <translation>وعود إعلانية أو بيعية خلقت توقعات خاطئة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery and logistics</source>
        <translation>التوصيل والخدمات اللوجستية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late, damaged or lost deliveries, poor packaging</source>
        <translation>توصيل متأخر أو تالف أو مفقود، أو تغليف رديء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical fault</source>
        <translation>عطل تقني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages, website or software errors</source>
        <translation>انقطاعات، أو أخطاء في الموقع أو البرنامج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard to use</source>
        <translation>صعوبة الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusing sites, forms or purchase flows</source>
        <translation>مواقع أو نماذج أو خطوات شراء مربكة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competitor comparison</source>
        <translation>المقارنة بالمنافسين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caller heard a competitor does better</source>
        <translation>سمع المتصل أن منافسًا يقدم أفضل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored feedback</source>
        <translation>ملاحظات تم تجاهلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complained before and nothing changed</source>
        <translation>اشتكى من قبل ولم يتغير شيء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal factors</source>
        <translation>عوامل شخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller stress, cultural differences, unreasonable expectations</source>
        <translation>ضغوط المتصل، أو اختلافات ثقافية، أو توقعات غير معقولة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Furious</source>
        <translation>غاضب جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>غاضب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset</source>
        <translation>منزعج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>هادئ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Misunderstanding</source>
        <translation>سوء فهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken process</source>
        <translation>خلل في الإجراءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product defect</source>
        <translation>عيب في المنتج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff error</source>
        <translation>خطأ من الموظفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>طرف ثالث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations set wrongly</source>
        <translation>توقعات وُضعت بشكل خاطئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet known</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explained</source>
        <translation>تم التوضيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>تم الإصلاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>استرداد المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free service</source>
        <translation>خدمة مجانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>اعتذار</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Escalated</source>
        <translation>تم التصعيد</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action possible</source>
        <translation>لا يوجد إجراء ممكن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved on this call</source>
        <translation>حُلّت في هذه المكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs follow-up</source>
        <translation>تحتاج إلى متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>لم تُحلّ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic</source>
        <translation>مبتدئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
</context>
</TS>
