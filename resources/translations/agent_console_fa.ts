<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../../agent_console/ui/account_menu.py" line="+46"/>
        <source>Signed in: {0} ({1})</source>
        <translation>واردشده: {0} ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database login: {0}</source>
        <translation>نام کاربری پایگاه داده: {0}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../agent_console/ui/admin/add_user_dialog.py" line="+54"/>
        <source>Add a user – Agent Console</source>
        <translation>افزودن کاربر – Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. dana.orlov</source>
        <translation>مثلاً dana.orlov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role:</source>
        <translation>&amp;نقش:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate a one-time password (shown once)</source>
        <translation>&amp;ساختن گذرواژه یک‌بار مصرف (فقط یک بار نمایش داده می‌شود)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password &amp;again:</source>
        <translation>&amp;تکرار گذرواژه:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add user</source>
        <translation>&amp;افزودن کاربر</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the login the person will sign in with.</source>
        <translation>نام کاربری‌ای را که این فرد با آن وارد می‌شود بنویسید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a first password twice, or let the console generate one.</source>
        <translation>یک گذرواژه اولیه را دو بار بنویسید، یا بگذارید برنامه آن را بسازد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>دو گذرواژه یکسان نیستند. دوباره بنویسید.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} was added. Their one-time password is below: give it to them now. It is not shown again, and they should change it.</source>
        <translation>{0} افزوده شد. گذرواژه یک‌بار مصرف او در زیر است: همین حالا به او بدهید. دوباره نمایش داده نمی‌شود و باید آن را تغییر دهد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>رونوشت شد</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../agent_console/ui/admin/menu.py" line="+25"/>
        <source>&amp;Admin</source>
        <translation>&amp;مدیریت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users…</source>
        <translation>&amp;کاربران…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Managing users is for admins.</source>
        <translation>مدیریت کاربران ویژه مدیران سیستم است.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_console/ui/widgets/banner.py" line="+45"/>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>CallPop</name>
    <message>
        <location filename="../../agent_console/ui/call_pop.py" line="+115"/>
        <source>A call event was ignored: {0}</source>
        <translation>یک رویداد تماس نادیده گرفته شد: {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No call is waiting.</source>
        <translation>هیچ تماسی در انتظار نیست.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was switched: the incident on the form could not be parked. {0}</source>
        <translation>چیزی جابه‌جا نشد: رخداد روی فرم معلق نشد. {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call from {0}</source>
        <translation>تماس از {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The call ended at {0}; the incident records that time.</source>
        <translation>تماس در {0} پایان یافت؛ این زمان در رخداد ثبت می‌شود.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call {0} ended at {1}, after its incident was submitted. Submitted incidents are never changed, so this end time was not added.</source>
        <translation>تماس {0} در {1} پایان یافت، پس از ثبت رخداد آن. رخدادهای ثبت‌شده هرگز تغییر نمی‌کنند، پس این زمان پایان افزوده نشد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call {0} ended; no open incident belongs to it.</source>
        <translation>تماس {0} پایان یافت؛ هیچ رخداد بازی به آن تعلق ندارد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No incident is parked.</source>
        <translation>هیچ رخدادی معلق نیست.</translation>
    </message>
</context>
<context>
    <name>CallbackQueueWindow</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_window.py" line="+51"/>
        <source>Callback queue — Agent Console</source>
        <translation>صف تماس برگشتی — Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Claim</source>
        <translation>&amp;برداشتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;واگذاری…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose…</source>
        <translation>ب&amp;ستن…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open caller</source>
        <translation>&amp;باز کردن پرونده تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>&amp;تازه‌سازی (F5)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>{0} open follow-ups, {1} overdue. Soonest due first.</source>
        <translation>{0} پیگیری باز، {1} دیرکرد. نزدیک‌ترین سررسید اول.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The queue could not be loaded: {0}</source>
        <translation>صف بارگیری نشد: {0}</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../../agent_console/ui/widgets/caller_card.py" line="+75"/>
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>ساعت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:</source>
        <translation>حساب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical level:</source>
        <translation>سطح فنی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned note:</source>
        <translation>یادداشت سنجاق‌شده:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No caller selected</source>
        <translation>هیچ تماس‌گیرنده‌ای انتخاب نشده</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No pinned note.</source>
        <translation>یادداشت سنجاق‌شده‌ای نیست.</translation>
    </message>
</context>
<context>
    <name>CallerHistoryModel</name>
    <message>
        <location filename="../../agent_console/ui/models/caller_history.py" line="+246"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open follow-up, due {0}: {1}</source>
        <translation>پیگیری باز، سررسید {0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner: {0}</source>
        <translation>مسئول: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting to be sent to the shared database: {0}</source>
        <translation>در انتظار ارسال به پایگاه داده مشترک: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} (waiting to send)</source>
        <translation>{0} (در انتظار ارسال)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no notes)</source>
        <translation>(بدون یادداشت)</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <location filename="../../agent_console/ui/call_lookup.py" line="+52"/>
        <source>The caller&apos;s number could not be read: {0} Find the caller by hand; the incident for this call has started.</source>
        <translation>شماره تماس‌گیرنده خوانده نشد: {0} تماس‌گیرنده را دستی پیدا کنید؛ رخداد این تماس آغاز شده است.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The caller could not be looked up: {0}</source>
        <translation>جست‌وجوی تماس‌گیرنده انجام نشد: {0}</translation>
    </message>
</context>
<context>
    <name>CallerSearch</name>
    <message>
        <location filename="../../agent_console/ui/widgets/caller_search.py" line="+47"/>
        <source>Phone number, name or account  (Ctrl+F)</source>
        <translation>شماره تلفن، نام یا حساب  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find caller</source>
        <translation>یافتن تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matching callers</source>
        <translation>تماس‌گیرندگان منطبق</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New caller with {0}  (Ctrl+N)</source>
        <translation>تماس‌گیرنده تازه با {0}  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No caller matches “{0}”.</source>
        <translation>هیچ تماس‌گیرنده‌ای با «{0}» منطبق نیست.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The search failed: {0}</source>
        <translation>جست‌وجو ناموفق بود: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_editor.py" line="+60"/>
        <source>Required: skipping it asks the agent for a reason</source>
        <translation>الزامی: رد کردن آن از کارشناس دلیل می‌خواهد</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Apply wording</source>
        <translation>&amp;اعمال متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd step</source>
        <translation>&amp;افزودن گام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;بالا بردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;پایین بردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hint:</source>
        <translation>&amp;راهنما:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xample line:</source>
        <translation>&amp;نمونه جمله:</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>New step</source>
        <translation>گام تازه</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_model.py" line="+137"/>
        <source>current phase</source>
        <translation>مرحله کنونی</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}  now</source>
        <translation>{0}  اکنون</translation>
    </message>
    <message>
        <location line="-58"/>
        <source> (optional)</source>
        <translation> (اختیاری)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Say, for example: “{0}”</source>
        <translation>برای نمونه بگویید: «{0}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional step.</source>
        <translation>گام اختیاری.</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_dock.py" line="+74"/>
        <source>Tick next step  (Ctrl+T)</source>
        <translation>علامت زدن گام بعد  (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalate…  (Ctrl+E)</source>
        <translation>ارجاع…  (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the checklist…</source>
        <translation>بارگیری چک‌لیست…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all steps done</source>
        <translation>همه گام‌ها انجام شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required steps: {0} of {1}  ·  Now: {2}</source>
        <translation>گام‌های الزامی: {0} از {1}  ·  اکنون: {2}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Escalate…</source>
        <translation>ارجاع…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>اکنون نه</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/complete_dialog.py" line="+60"/>
        <source>Complete follow-up: {0}</source>
        <translation>تکمیل پیگیری: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 (very unhappy) to 5 (very happy)</source>
        <translation>۱ (بسیار ناراضی) تا ۵ (بسیار راضی)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again (the follow-up stays open):</source>
        <translation>&amp;تلاش دوباره (پیگیری باز می‌ماند):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;رضایت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose how the call-back went.</source>
        <translation>نتیجه تماس برگشتی را انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satisfaction is a whole number from 1 to 5; “{0}” is not.</source>
        <translation>رضایت عددی صحیح از ۱ تا ۵ است؛ «{0}» چنین نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction is a score from 1 (very unhappy) to 5 (very happy); {0} is outside that.</source>
        <translation>رضایت امتیازی از ۱ (بسیار ناراضی) تا ۵ (بسیار راضی) است؛ {0} خارج از این بازه است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the caller for a score from 1 to 5 and type it here.</source>
        <translation>از تماس‌گیرنده امتیازی از ۱ تا ۵ بپرسید و اینجا وارد کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time to try again has already passed (it is now {0}).</source>
        <translation>زمان تلاش دوباره گذشته است (اکنون {0} است).</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../../agent_console/ui/console_session.py" line="+137"/>
        <source>The settings apply now but were not saved for next time: {0}</source>
        <translation>تنظیمات اکنون اعمال شد اما برای دفعه بعد ذخیره نشد: {0}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/figure_text.py" line="+47"/>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
</context>
<context>
    <name>DashboardBoard</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/board.py" line="+45"/>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls logged in the period</source>
        <translation>تماس‌های ثبت‌شده در این بازه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>حل در اولین تماس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved on the call, with no follow-up flagged</source>
        <translation>حل‌شده در همان تماس، بدون پیگیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average resolution</source>
        <translation>میانگین زمان حل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the start of the call to its end</source>
        <translation>از آغاز تماس تا پایان آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>صدک ۹۰</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>9 calls in 10 took at most this long (nearest rank); opens the slowest</source>
        <translation>۹ تماس از ۱۰ حداکثر این مدت طول کشید (نزدیک‌ترین رتبه)؛ کندترین‌ها را باز می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average score (1-5) given at closed follow-ups</source>
        <translation>میانگین امتیاز (۱ تا ۵) در پیگیری‌های بسته‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation rate</source>
        <translation>نرخ ارجاع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls escalated</source>
        <translation>تماس‌های ارجاع‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist adherence</source>
        <translation>پایبندی به چک‌لیست</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the required checklist steps ticked</source>
        <translation>سهم گام‌های الزامی چک‌لیست که علامت خورده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood change</source>
        <translation>تغییر حالت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average steps calmer at the end of the call than at its start (1-5 scale)</source>
        <translation>میانگین بهبود حالت در پایان تماس نسبت به آغاز آن (مقیاس ۱ تا ۵)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents per day</source>
        <translation>رخدادها در روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction scores</source>
        <translation>امتیازهای رضایت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups due in the period</source>
        <translation>پیگیری‌های سررسیده در این بازه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top categories per week (weeks from Monday)</source>
        <translation>دسته‌های پرتکرار هر هفته (هفته از دوشنبه)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top root causes per week (weeks from Monday)</source>
        <translation>علت‌های اصلی پرتکرار هر هفته (هفته از دوشنبه)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="+55"/>
        <source>Per agent</source>
        <translation>به تفکیک کارشناس</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="+1"/>
        <source>Per team</source>
        <translation>به تفکیک تیم</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>of {0} {1}</source>
        <translation>از {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calls</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} a day on average</source>
        <translation>به طور میانگین {0} در روز</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>timed calls</source>
        <translation>تماس زمان‌دار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scores</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklists</source>
        <translation>چک‌لیست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incidents that day</source>
        <translation>رخداد در آن روز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>satisfaction score</source>
        <translation>امتیاز رضایت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On time</source>
        <translation>به‌موقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>با تأخیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet due</source>
        <translation>هنوز سررسید نشده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>follow-ups</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="-2"/>
        <location line="+25"/>
        <source>KPI dashboard</source>
        <translation>داشبورد شاخص‌ها</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/window.py" line="+52"/>
        <source>KPI dashboard — Agent Console</source>
        <translation>داشبورد شاخص‌ها — Agent Console</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%Ln روز گذشته</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;incidents (CSV)…</source>
        <translation>خروجی &amp;رخدادها (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;follow-ups (CSV)…</source>
        <translation>خروجی &amp;پیگیری‌ها (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>ذخیره به صورت &amp;PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Period:</source>
        <translation>&amp;بازه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whose:</source>
        <translation>&amp;مربوط به:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Team: {0}</source>
        <translation>تیم: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the figures…</source>
        <translation>بارگیری ارقام…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The figures could not be loaded: {0}</source>
        <translation>ارقام بارگیری نشد: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{0} – {1} · {2} · %n incident(s)</source>
        <translation>
            <numerusform>{0} – {1} · {2} · %Ln رخداد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataAccess</name>
    <message>
        <location filename="../../agent_console/ui/data_access.py" line="+121"/>
        <source>The previous window did not let go of the database.</source>
        <translation>پنجرهٔ قبلی هنوز پایگاه داده را رها نکرده است.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The database is not open: {0}</source>
        <translation>پایگاه داده باز نیست: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has not been opened yet.</source>
        <translation>هنوز باز نشده است.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../agent_console/ui/display_format.py" line="+133"/>
        <source>{0} (caller {1} {2})</source>
        <translation>{0} (تماس‌گیرنده {1} {2})</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../agent_console/ui/docks.py" line="+26"/>
        <source>Checklist</source>
        <translation>چک‌لیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrasing</source>
        <translation>عبارت‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../agent_console/ui/draft_keeper.py" line="+109"/>
        <source>Draft saved at {0}</source>
        <translation>پیش‌نویس در {0} ذخیره شد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No unsaved draft</source>
        <translation>پیش‌نویس ذخیره‌نشده‌ای نیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft NOT saved: {0}</source>
        <translation>پیش‌نویس ذخیره نشد: {0}</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../agent_console/ui/draft_offer.py" line="+51"/>
        <source>no caller picked</source>
        <translation>تماس‌گیرنده‌ای انتخاب نشده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An incident was left unfinished ({0}, started {1}). Restore it?</source>
        <translation>رخدادی ناتمام مانده است ({0}، آغاز {1}). بازیابی شود؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore the unfinished incident</source>
        <translation>&amp;بازیابی رخداد ناتمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/due_picker.py" line="+48"/>
        <source>In one &amp;hour</source>
        <translation>یک &amp;ساعت دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tomorrow morning (09:00 caller&apos;s time)</source>
        <translation>&amp;فردا صبح (ساعت ۹:۰۰ به وقت تماس‌گیرنده)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In three &amp;days</source>
        <translation>سه &amp;روز دیگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a date and time:</source>
        <translation>در تاریخ و ساعت:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>caller&apos;s time, {0}</source>
        <translation>به وقت تماس‌گیرنده، {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your time</source>
        <translation>به وقت شما</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Due: {0}</source>
        <translation>سررسید: {0}</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../../agent_console/ui/guidance/escalation.py" line="+70"/>
        <source>Escalate the call</source>
        <translation>ارجاع تماس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a reason…</source>
        <translation>دلیلی انتخاب کنید…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: what the supervisor should know</source>
        <translation>اختیاری: آنچه سرپرست باید بداند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The escalation is recorded with the incident: who, when and why.</source>
        <translation>ارجاع همراه رخداد ثبت می‌شود: چه کسی، چه زمانی و چرا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate</source>
        <translation>ارجاع</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../agent_console/ui/transfer/export_actions.py" line="+40"/>
        <source>Export incidents</source>
        <translation>خروجی رخدادها</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n incident(s) to {0}.</source>
        <translation>
            <numerusform>%Ln رخداد در {0} ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export follow-ups</source>
        <translation>خروجی پیگیری‌ها</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n follow-up(s) to {0}.</source>
        <translation>
            <numerusform>%Ln پیگیری در {0} ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving {0}…</source>
        <translation>در حال ذخیره {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>Nothing was saved: {0}</source>
        <translation>چیزی ذخیره نشد: {0}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save the dashboard as PDF</source>
        <translation>ذخیره داشبورد به صورت PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved the dashboard (%n page(s)) to {0}.</source>
        <translation>
            <numerusform>داشبورد (%Ln صفحه) در {0} ذخیره شد.</numerusform>
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
        <translation>علامت‌گذاری برای پیگیری</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to check or tell the caller</source>
        <translation>آنچه باید بررسی یا به تماس‌گیرنده گفته شود</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Caller:</source>
        <translation>تماس‌گیرنده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;زمان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;اولویت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hose:</source>
        <translation>&amp;مسئول:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Flag</source>
        <translation>&amp;ثبت پیگیری</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not linked to an incident (none saved for this call yet)</source>
        <translation>به رخدادی پیوند نخورده (هنوز برای این تماس چیزی ذخیره نشده)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to the incident of {0}: {1}</source>
        <translation>پیوند به رخداد {0}: {1}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That time has already passed (it is now {0}). Choose a time from now on.</source>
        <translation>این زمان گذشته است (اکنون {0} است). زمانی از اکنون به بعد انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why to call back.</source>
        <translation>بگویید چرا باید دوباره تماس گرفت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the agent who is to call back.</source>
        <translation>کارشناسی را که باید تماس بگیرد انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The follow-up was NOT saved. {0}</source>
        <translation>پیگیری ذخیره نشد. {0}</translation>
    </message>
</context>
<context>
    <name>FollowUpAlerts</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/alerts.py" line="+94"/>
        <source>Follow-up due: call {0} back — {1}</source>
        <translation>سررسید پیگیری: با {0} تماس بگیرید — {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n follow-ups are due, first: call {0} back — {1}</source>
        <translation>
            <numerusform>%Ln پیگیری سررسید شده است؛ نخست: با {0} تماس بگیرید — {1}</numerusform>
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
        <translation>نمایش</translation>
    </message>
</context>
<context>
    <name>FollowUpEdits</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/edits.py" line="+38"/>
        <source>You took the follow-up for {0}.</source>
        <translation>پیگیری {0} را برعهده گرفتید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} waits until later.</source>
        <translation>پیگیری {0} به بعد موکول شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not reached: {0} is due again later.</source>
        <translation>پاسخ نداد: پیگیری {0} بعداً دوباره سررسید می‌شود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} is now {1}&apos;s.</source>
        <translation>پیگیری {0} اکنون با {1} است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} is closed.</source>
        <translation>پیگیری {0} بسته شد.</translation>
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
        <translation>تیم (برداشته نشده)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}, satisfaction {2}/5</source>
        <translation>{0}: {1}، رضایت {2}/۵</translation>
    </message>
</context>
<context>
    <name>FollowUpTimes</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/time_text.py" line="+31"/>
        <source>{0} (your time; the caller&apos;s time zone is not known)</source>
        <translation>{0} (به وقت شما؛ منطقه زمانی تماس‌گیرنده معلوم نیست)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, likely</source>
        <translation>، احتمالاً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} for the caller ({1}) · {2} for you</source>
        <translation>{0} برای تماس‌گیرنده ({1}) · {2} برای شما</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} h</source>
        <translation>{0} ساعت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue {0}</source>
        <translation>{0} دیرکرد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {0}</source>
        <translation>{0} دیگر</translation>
    </message>
</context>
<context>
    <name>FollowUpTools</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/tools.py" line="+52"/>
        <source>Flag for follow-up…  (Ctrl+Shift+F)</source>
        <translation>علامت‌گذاری برای پیگیری…  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The caller on the line:</source>
        <translation>تماس‌گیرنده پشت خط:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Find the caller first (Ctrl+F), then flag them for a follow-up.</source>
        <translation>نخست تماس‌گیرنده را پیدا کنید (Ctrl+F)، سپس او را برای پیگیری علامت بزنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is not open yet.</source>
        <translation>پایگاه داده هنوز باز نشده است.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follow-up flagged: {0}</source>
        <translation>پیگیری ثبت شد: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups: {0} due</source>
        <translation>پیگیری‌ها: {0} سررسیده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your follow-ups due now; the Follow-ups dock lists them.</source>
        <translation>پیگیری‌های سررسیده شما؛ فهرستشان در پنل پیگیری‌ها است.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The callback queue is for team leads.</source>
        <translation>صف تماس برگشتی ویژه سرپرستان تیم است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident review is for team leads.</source>
        <translation>بازبینی رخدادها ویژه سرپرستان تیم است.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../agent_console/ui/models/follow_ups.py" line="+105"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/follow_ups_pane.py" line="+73"/>
        <source>Open follow-ups of the caller on the line appear here.</source>
        <translation>پیگیری‌های باز تماس‌گیرنده پشت خط اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-ups could not be loaded: {0}</source>
        <translation>پیگیری‌ها بارگیری نشد: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This caller has no open follow-ups.</source>
        <translation>این تماس‌گیرنده پیگیری بازی ندارد.</translation>
    </message>
</context>
<context>
    <name>GroupKpiModel</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/agent_table.py" line="+31"/>
        <source>Incidents</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-contact resolution</source>
        <translation>حل در اولین تماس</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avg resolution</source>
        <translation>میانگین زمان حل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>90th percentile</source>
        <translation>صدک ۹۰</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist</source>
        <translation>چک‌لیست</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mood change</source>
        <translation>تغییر حالت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups on time</source>
        <translation>پیگیری‌های به‌موقع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>سررسید گذشته</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No team</source>
        <translation>بدون تیم</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation>کارشناسان</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to list the incidents behind this figure.</source>
        <translation>برای دیدن فهرست رخدادهای پشت این رقم کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>GuidanceEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/guidance_editor.py" line="+79"/>
        <source>Guidance editor</source>
        <translation>ویرایشگر راهنما</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Editing as {0} ({1}). Saved changes reach every workstation from its next call.</source>
        <translation>ویرایش به عنوان {0} ({1}). تغییرات ذخیره‌شده از تماس بعدی به همه ایستگاه‌ها می‌رسد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Checklist</source>
        <translation>&amp;چک‌لیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrasebook</source>
        <translation>&amp;عبارت‌نامه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save for everyone</source>
        <translation>&amp;ذخیره برای همه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The guidance for this language is still loading.</source>
        <translation>راهنمای این زبان هنوز در حال بارگیری است.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklist version {0}, phrasebook version {1}.</source>
        <translation>نسخه چک‌لیست {0}، نسخه عبارت‌نامه {1}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>Not saved: {0}</source>
        <translation>ذخیره نشد: {0}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Nothing has changed.</source>
        <translation>چیزی تغییر نکرده است.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved for everyone: {0}. Each workstation uses it from its next call.</source>
        <translation>برای همه ذخیره شد: {0}. هر ایستگاه از تماس بعدی آن را به کار می‌برد.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/history_pane.py" line="+71"/>
        <source>Caller history</source>
        <translation>سابقه تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Find the caller to see their earlier calls and open follow-ups.</source>
        <translation>تماس‌گیرنده را پیدا کنید تا تماس‌های پیشین و پیگیری‌های بازش را ببینید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history could not be loaded: {0}</source>
        <translation>سابقه بارگیری نشد: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the history…</source>
        <translation>بارگیری سابقه…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier calls and no open follow-ups for this caller. This is their first call.</source>
        <translation>این تماس‌گیرنده تماس پیشین یا پیگیری بازی ندارد. این نخستین تماس اوست.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_console/ui/transfer/import_dialog.py" line="+46"/>
        <source>Import from CSV — Agent Console</source>
        <translation>ورود از CSV — Agent Console</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past incidents (and their callers)</source>
        <translation>رخدادهای گذشته (و تماس‌گیرندگانشان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callers</source>
        <translation>تماس‌گیرندگان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;قبلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;بعدی &gt;</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Import:</source>
        <translation>&amp;ورود:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;پرونده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;رمزگذاری:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each row becomes one incident (with its caller) or one caller. Rows already imported are recognised and skipped, so importing a file twice adds nothing.</source>
        <translation>هر سطر یک رخداد (با تماس‌گیرنده‌اش) یا یک تماس‌گیرنده می‌شود. سطرهایی که پیش‌تر وارد شده‌اند شناخته و رد می‌شوند، پس ورود دوباره یک پرونده چیزی نمی‌افزاید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a CSV file</source>
        <translation>یک پرونده CSV انتخاب کنید</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {0}…</source>
        <translation>خواندن {0}…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_form.py" line="+55"/>
        <location line="+164"/>
        <source>Submit incident  (Ctrl+Enter)</source>
        <translation>ثبت رخداد  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Caller:</source>
        <translation>تماس‌گیرنده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;دسته:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;شدت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at &amp;start:</source>
        <translation>حالت در &amp;آغاز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;خلاصه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>&amp;علت اصلی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reso&amp;lution:</source>
        <translation>&amp;راه‌حل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pensation:</source>
        <translation>&amp;جبران خسارت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at &amp;end:</source>
        <translation>حالت در &amp;پایان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None yet: find the caller first (Ctrl+F)</source>
        <translation>هنوز هیچ: نخست تماس‌گیرنده را پیدا کنید (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Removed %n invisible control character(s) that came in with pasted text.</source>
        <translation>
            <numerusform>%Ln نویسه کنترلی نامرئی که با متن چسبانده‌شده آمده بود حذف شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved yet. Fields to fix, marked below: {0}.</source>
        <translation>هنوز ذخیره نشده. فیلدهایی که باید اصلاح شوند، در زیر علامت خورده‌اند: {0}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
</context>
<context>
    <name>IncidentInputs</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_inputs.py" line="+32"/>
        <source>Choose a category…</source>
        <translation>دسته‌ای انتخاب کنید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose severity…</source>
        <translation>شدت را انتخاب کنید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood when the call started…</source>
        <translation>حالت در آغاز تماس…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line: what the caller is unhappy about</source>
        <translation>یک خط: نارضایتی تماس‌گیرنده از چیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the caller said, what you checked, what you promised</source>
        <translation>آنچه تماس‌گیرنده گفت، آنچه بررسی کردید، آنچه قول دادید</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>انتخاب نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount, if any</source>
        <translation>مبلغ، در صورت وجود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mood at the end…</source>
        <translation>حالت در پایان…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to a supervisor or specialist</source>
        <translation>به سرپرست یا کارشناس ویژه ارجاع شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the call end?</source>
        <translation>تماس چگونه پایان یافت؟</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{0} of {1} characters</source>
        <translation>{0} از {1} نویسه</translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/incident_list.py" line="+194"/>
        <source>No incidents are behind this figure.</source>
        <translation>هیچ رخدادی پشت این رقم نیست.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s), newest first.</source>
        <translation>
            <numerusform>%Ln رخداد، تازه‌ترین اول.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentStory</name>
    <message>
        <location filename="../../agent_console/ui/review/story_checklist.py" line="+21"/>
        <source>Checklist</source>
        <translation>چک‌لیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No checklist was recorded with this incident.</source>
        <translation>هیچ چک‌لیستی با این رخداد ثبت نشده است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adherence (required steps ticked)</source>
        <translation>پایبندی (گام‌های الزامی علامت‌خورده)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required steps missed</source>
        <translation>گام‌های الزامی جاافتاده</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Reason given for skipping</source>
        <translation>دلیل ذکرشده برای رد کردن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time in {0}</source>
        <translation>زمان در {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} min</source>
        <translation>{0} دقیقه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steps ticked, in order</source>
        <translation>گام‌های علامت‌خورده، به ترتیب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Script</source>
        <translation>متن گفت‌وگو</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalation</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phrasing</source>
        <translation>عبارت‌ها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not escalated during the call.</source>
        <translation>در طول تماس ارجاع نشد.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} in {1}: “{2}” replaced by “{3}”</source>
        <translation>{0} در {1}: «{2}» با «{3}» جایگزین شد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} in {1}, still there at submit: “{2}”</source>
        <translation>{0} در {1}، هنگام ثبت هنوز باقی بود: «{2}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No defensive wording was flagged.</source>
        <translation>هیچ عبارت تدافعی علامت نخورد.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/review/story_html.py" line="+47"/>
        <source> ({0} min)</source>
        <translation> ({0} دقیقه)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller</source>
        <translation>تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submitted</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mood</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>علت اصلی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compensation</source>
        <translation>جبران خسارت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call id</source>
        <translation>شناسه تماس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no notes)</source>
        <translation>(بدون یادداشت)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up was flagged for this incident.</source>
        <translation>برای این رخداد پیگیری‌ای ثبت نشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due {0} · {1} · {2} · {3}</source>
        <translation>سررسید {0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review notes</source>
        <translation>یادداشت‌های بازبینی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No review notes yet.</source>
        <translation>هنوز یادداشت بازبینی‌ای نیست.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incident submitted</source>
        <translation>رخداد ثبت شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up flagged</source>
        <translation>پیگیری ثبت شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up taken</source>
        <translation>پیگیری برعهده گرفته شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up snoozed</source>
        <translation>پیگیری به تعویق افتاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call-back tried, caller not reached</source>
        <translation>تماس برگشتی انجام شد، تماس‌گیرنده پاسخ نداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up reassigned</source>
        <translation>پیگیری واگذار شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up closed</source>
        <translation>پیگیری بسته شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note added</source>
        <translation>یادداشت بازبینی افزوده شد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>given to</source>
        <translation>واگذار به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>سابقه تغییرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded.</source>
        <translation>چیزی ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>IncidentSubmitter</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_submit.py" line="+83"/>
        <source>the database is still opening; try again in a moment.</source>
        <translation>پایگاه داده هنوز در حال باز شدن است؛ کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be saved: {0}</source>
        <translation>چیزی ذخیره نمی‌شود: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved: “{0}”. The form is ready for the next call.</source>
        <translation>ذخیره شد: «{0}». فرم برای تماس بعدی آماده است.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The incident was NOT saved. {0}</source>
        <translation>رخداد ذخیره نشد. {0}</translation>
    </message>
</context>
<context>
    <name>IncidentsByIdModel</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/incident_list.py" line="-74"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
</context>
<context>
    <name>LeadReports</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/lead_reports.py" line="+61"/>
        <source>Reports and imports are for team leads.</source>
        <translation>گزارش‌ها و ورود داده ویژه سرپرستان تیم است.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_console/ui/guidance/actions.py" line="+43"/>
        <source>Tick the &amp;next step</source>
        <translation>علامت زدن گام &amp;بعد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;ارجاع…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace flagged wording</source>
        <translation>&amp;جایگزینی عبارت علامت‌خورده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the &amp;checklist</source>
        <translation>رفتن به &amp;چک‌لیست</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guidance &amp;editor…</source>
        <translation>&amp;ویرایشگر راهنما…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step {0}</source>
        <translation>گام {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../agent_console/ui/main_window.py" line="+73"/>
        <source>&amp;Guidance</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick &amp;step</source>
        <translation>علامت زدن &amp;گام</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/help_menu.py" line="+15"/>
        <location filename="../../agent_console/ui/main_window.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;کمک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;diagnostics</source>
        <translation>رونوشت &amp;عیب‌یابی</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Diagnostics copied: paste them into the support ticket.</source>
        <translation>اطلاعات عیب‌یابی رونوشت شد: آن را در درخواست پشتیبانی بچسبانید.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_actions.py" line="+41"/>
        <source>&amp;Team lead</source>
        <translation>&amp;سرپرست تیم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find caller</source>
        <translation>&amp;یافتن تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear search</source>
        <translation>پاک کردن &amp;جست‌وجو</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New caller…</source>
        <translation>تماس‌گیرنده &amp;تازه…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Submit incident</source>
        <translation>&amp;ثبت رخداد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Answer waiting call</source>
        <translation>&amp;پاسخ به تماس در انتظار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resume parked incident</source>
        <translation>&amp;ازسرگیری رخداد معلق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History</source>
        <translation>&amp;سابقه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Precedents</source>
        <translation>سوابق &amp;مشابه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Incident form</source>
        <translation>&amp;فرم رخداد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;lag for follow-up…</source>
        <translation>علامت‌گذاری برای &amp;پیگیری…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Callback queue</source>
        <translation>صف &amp;تماس برگشتی</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Review incidents</source>
        <translation>&amp;بازبینی رخدادها</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../agent_console/ui/main_window.py" line="-3"/>
        <source>&amp;Call</source>
        <translation>&amp;تماس</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../agent_console/ui/main_window.py" line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KPI &amp;dashboard</source>
        <translation>&amp;داشبورد شاخص‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;ورود از CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="-22"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>History  (Ctrl+H)</source>
        <translation>سابقه  (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedents  (Ctrl+Shift+P)</source>
        <translation>سوابق مشابه  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>not open</source>
        <translation>باز نیست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database could not be opened. {0} Until this is fixed nothing can be looked up or saved; you can keep typing.</source>
        <translation>پایگاه داده باز نشد. {0} تا این مشکل رفع نشود چیزی جست‌وجو یا ذخیره نمی‌شود؛ می‌توانید به نوشتن ادامه دهید.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Incident saved: {0}</source>
        <translation>رخداد ذخیره شد: {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../agent_console/ui/transfer/mapping_page.py" line="+63"/>
        <source>Dates like 02/03/2026 are day first (2 March)</source>
        <translation>تاریخ‌هایی مانند 02/03/2026 با روز آغاز می‌شوند (۲ مارس)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name for callers the file does not name:</source>
        <translation>نام برای تماس‌گیرندگانی که پرونده نامشان را ندارد:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map each column of the file to a field:</source>
        <translation>هر ستون پرونده را به یک فیلد نگاشت کنید:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s first rows:</source>
        <translation>نخستین سطرهای پرونده:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>— not imported —</source>
        <translation>— وارد نمی‌شود —</translation>
    </message>
</context>
<context>
    <name>MoodGauge</name>
    <message>
        <location filename="../../agent_console/ui/guidance/mood_gauge.py" line="+28"/>
        <source>Mood in the notes:</source>
        <translation>حالت در یادداشت‌ها:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing to read yet.</source>
        <translation>هنوز چیزی برای خواندن نیست.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anger {0} · Threat {1} · Urgency {2}</source>
        <translation>خشم {0} · تهدید {1} · فوریت {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words behind the reading: {0}</source>
        <translation>واژه‌های پشت این برداشت: {0}</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsModel</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/my_follow_ups_model.py" line="+122"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due {0}
Priority: {1}
Whose: {2}
{3}</source>
        <translation>سررسید {0}
اولویت: {1}
مسئول: {2}
{3}</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsPane</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/my_follow_ups_pane.py" line="+75"/>
        <source>&amp;Open caller</source>
        <translation>&amp;باز کردن پرونده تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nooze…</source>
        <translation>&amp;تعویق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;تکمیل…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your follow-ups could not be loaded: {0}</source>
        <translation>پیگیری‌های شما بارگیری نشد: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: loading…</source>
        <translation>پیگیری‌های شما: در حال بارگیری…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: nothing to call back.</source>
        <translation>پیگیری‌های شما: تماس برگشتی‌ای نمانده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: {0} due now, {1} later.</source>
        <translation>پیگیری‌های شما: {0} سررسیده، {1} برای بعد.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This caller no longer exists.</source>
        <translation>این تماس‌گیرنده دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>NewCallerDialog</name>
    <message>
        <location filename="../../agent_console/ui/new_caller_dialog.py" line="+52"/>
        <source>New caller</source>
        <translation>تماس‌گیرنده تازه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several numbers: separate them with commas</source>
        <translation>چند شماره: با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What every agent should know before speaking to this caller</source>
        <translation>آنچه هر کارشناسی پیش از گفت‌وگو با این تماس‌گیرنده باید بداند</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;شماره‌های تلفن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;حساب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technical level:</source>
        <translation>سطح &amp;فنی:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned &amp;note:</source>
        <translation>&amp;یادداشت سنجاق‌شده:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing can be saved: {0}</source>
        <translation>چیزی ذخیره نمی‌شود: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is not open yet.</source>
        <translation>پایگاه داده هنوز باز نشده است.</translation>
    </message>
</context>
<context>
    <name>ParkedIncidents</name>
    <message>
        <location filename="../../agent_console/ui/parked_incidents.py" line="+184"/>
        <source>no caller picked</source>
        <translation>تماس‌گیرنده‌ای انتخاب نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked incident: {0}, started {1}.</source>
        <translation>رخداد معلق: {0}، آغاز {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call ended at {0}.</source>
        <translation>تماس در {0} پایان یافت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept until you resume it (Shift+F12) or discard it.</source>
        <translation>تا وقتی آن را از سر بگیرید (Shift+F12) یا دور بیندازید نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resume</source>
        <translation>ازسرگیری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
</context>
<context>
    <name>PhrasebookEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasebook_editor.py" line="+71"/>
        <source>Rule {0} ({1}): line {2}, column {3}: {4}</source>
        <translation>قاعده {0} ({1}): سطر {2}، ستون {3}: {4}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule {0}: must be an object {{…}}</source>
        <translation>قاعده {0}: باید یک شیء {{…}} باشد</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A&amp;dd rule</source>
        <translation>&amp;افزودن قاعده</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>What to say instead</source>
        <translation>به جای آن چه بگوییم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the words are a problem</source>
        <translation>چرا این واژه‌ها مشکل‌سازند</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n rule(s), {0} switched off.</source>
        <translation>
            <numerusform>%Ln قاعده، {0} خاموش.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule “{0}” will be left out: {1}</source>
        <translation>قاعده «{0}» کنار گذاشته می‌شود: {1}</translation>
    </message>
</context>
<context>
    <name>PhrasingPane</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasing_dock.py" line="+72"/>
        <source>The language of the caller: checklist, phrases and checks</source>
        <translation>زبان تماس‌گیرنده: چک‌لیست، عبارت‌ها و بررسی‌ها</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click to replace the flagged words (Ctrl+. for the first)</source>
        <translation>برای جایگزینی واژه‌های علامت‌خورده کلیک کنید (Ctrl+. برای نخستین)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledge</source>
        <translation>ابراز درک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologise</source>
        <translation>عذرخواهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer options</source>
        <translation>ارائه گزینه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>پایان تماس</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to insert the line at the cursor</source>
        <translation>برای درج جمله در جای مکان‌نما کلیک کنید</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call &amp;language:</source>
        <translation>&amp;زبان تماس:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say instead (click, or Ctrl+.):</source>
        <translation>به جای آن بگویید (کلیک، یا Ctrl+.):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good lines (click to insert):</source>
        <translation>جمله‌های خوب (برای درج کلیک کنید):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rule “{0}” is switched off: {1}</source>
        <translation>قاعده «{0}» خاموش است: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flagged wording: {0}</source>
        <translation>عبارت علامت‌خورده: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged wording: none. Keep it up.</source>
        <translation>عبارت علامت‌خورده: هیچ. همین‌طور ادامه دهید.</translation>
    </message>
</context>
<context>
    <name>PrecedentsModel</name>
    <message>
        <location filename="../../agent_console/ui/models/precedents.py" line="+149"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
</context>
<context>
    <name>PrecedentsPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/precedents_pane.py" line="+59"/>
        <source>Precedents</source>
        <translation>سوابق مشابه</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>How “{0}” complaints were handled for other callers, newest first</source>
        <translation>شکایت‌های «{0}» دیگر تماس‌گیرندگان چگونه رسیدگی شد، تازه‌ترین اول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a category on the incident form, or select an incident in the history, to see how similar complaints were resolved.</source>
        <translation>در فرم رخداد دسته‌ای انتخاب کنید، یا رخدادی را در سابقه برگزینید، تا ببینید شکایت‌های مشابه چگونه حل شده‌اند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The precedents could not be loaded: {0}</source>
        <translation>سوابق مشابه بارگیری نشد: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other caller has had a complaint in this category yet.</source>
        <translation>هنوز هیچ تماس‌گیرنده دیگری در این دسته شکایتی نداشته است.</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_filters.py" line="+23"/>
        <source>Anyone</source>
        <translation>هر کس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken (team)</source>
        <translation>برداشته نشده (تیم)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Any</source>
        <translation>همه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any age</source>
        <translation>هر زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 1+ day ago</source>
        <translation>علامت‌خورده از ۱+ روز پیش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 3+ days ago</source>
        <translation>علامت‌خورده از ۳+ روز پیش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 7+ days ago</source>
        <translation>علامت‌خورده از ۷+ روز پیش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 30+ days ago</source>
        <translation>علامت‌خورده از ۳۰+ روز پیش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Owner:</source>
        <translation>&amp;مسئول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>&amp;اولویت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategory:</source>
        <translation>&amp;دسته:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge:</source>
        <translation>&amp;قدمت:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_model.py" line="+153"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>علامت‌گذاری</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/reassign_dialog.py" line="+20"/>
        <source>Reassign follow-up: {0}</source>
        <translation>واگذاری پیگیری: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone on the team</source>
        <translation>هر کس در تیم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Give it to:</source>
        <translation>&amp;واگذار به:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reassign</source>
        <translation>&amp;واگذاری</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../../agent_console/ui/guidance/recovery.py" line="+15"/>
        <source>Breathe in slowly…</source>
        <translation>آرام نفس بکشید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold…</source>
        <translation>نگه دارید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out, slowly…</source>
        <translation>آرام بیرون بدهید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest…</source>
        <translation>استراحت…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That was a hard call. Before the next one, take a minute: breathe in for four, hold for four, out for six. It helps you stay calm for the next caller.</source>
        <translation>تماس سختی بود. پیش از تماس بعدی یک دقیقه وقت بگذارید: چهار شماره نفس بکشید، چهار شماره نگه دارید، شش شماره بیرون بدهید. این کمک می‌کند برای تماس‌گیرنده بعدی آرام بمانید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a 1-minute &amp;pause</source>
        <translation>یک دقیقه &amp;مکث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>اکنون نه</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pause over. Ready when you are.</source>
        <translation>مکث تمام شد. هر وقت آماده بودید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}   ({1} s left)</source>
        <translation>{0}   ({1} ثانیه مانده)</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <location filename="../../agent_console/ui/transfer/import_models.py" line="+65"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../agent_console/ui/transfer/report_page.py" line="+42"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;لغو ورود</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save rejected rows as CSV…</source>
        <translation>&amp;ذخیره سطرهای ردشده به صورت CSV…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing {0}…</source>
        <translation>در حال ورود {0}…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>%Ln سطر خوانده شد…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling: undoing what was written so far…</source>
        <translation>در حال لغو: بازگرداندن آنچه تاکنون نوشته شده…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {0}</source>
        <translation>چیزی وارد نشد: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} rows read in {2} s. {3} imported, {4} already there (skipped), {5} rejected. {6} new callers.</source>
        <translation>{0}: {1} سطر در {2} ثانیه خوانده شد. {3} وارد شد، {4} از پیش موجود بود (رد شد)، {5} پذیرفته نشد. {6} تماس‌گیرنده تازه.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save rejected rows</source>
        <translation>ذخیره سطرهای ردشده</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n rejected row(s) to {0}.</source>
        <translation>
            <numerusform>%Ln سطر ردشده در {0} ذخیره شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <location filename="../../agent_console/ui/review/review_filters.py" line="+41"/>
        <source>Words from summaries and notes, in any language (all must appear)</source>
        <translation>واژه‌هایی از خلاصه‌ها و یادداشت‌ها، به هر زبانی (همه باید باشند)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;جست‌وجو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear &amp;filters</source>
        <translation>پاک کردن &amp;صافی‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;rom</source>
        <translation>&amp;از</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;تا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Escalated</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not escalated</source>
        <translation>ارجاع‌نشده</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Agent:</source>
        <translation>&amp;کارشناس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;دسته:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalat&amp;ed:</source>
        <translation>ارجاع‌&amp;شده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at st&amp;art:</source>
        <translation>حالت در &amp;آغاز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at en&amp;d:</source>
        <translation>حالت در &amp;پایان:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Any</source>
        <translation>همه</translation>
    </message>
</context>
<context>
    <name>ReviewResultsModel</name>
    <message>
        <location filename="../../agent_console/ui/review/results_model.py" line="+131"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0}, escalated</source>
        <translation>{0}، ارجاع‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}
Mood: {1}
Outcome: {2}</source>
        <translation>{0}
حالت: {1}
نتیجه: {2}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_console/ui/review/review_window.py" line="+38"/>
        <source>Incident review — Agent Console</source>
        <translation>بازبینی رخدادها — Agent Console</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The search failed: {0}</source>
        <translation>جست‌وجو ناموفق بود: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incident matches. Try fewer words or fewer filters.</source>
        <translation>هیچ رخدادی منطبق نیست. واژه‌ها یا صافی‌های کمتری را امتحان کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the newest %n match(es); scroll for more.</source>
        <translation>
            <numerusform>نمایش %Ln مورد منطبق تازه‌تر؛ برای بیشتر پیمایش کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n incident(s) match, newest first.</source>
        <translation>
            <numerusform>%Ln رخداد منطبق، تازه‌ترین اول.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../agent_console/ui/roles.py" line="+13"/>
        <source>agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team lead</source>
        <translation>سرپرست تیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>مدیر سیستم</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasebook_editor.py" line="-140"/>
        <source>Rule {0} (not valid JSON)</source>
        <translation>قاعده {0} (JSON نامعتبر)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked: the rule is on. Unticked: switched off for everyone.</source>
        <translation>علامت‌خورده: قاعده روشن است. بدون علامت: برای همه خاموش است.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="+45"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>پیش‌فرض سیستم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solar Hijri (۱۴۰۵/۱/۱)</source>
        <translation>هجری شمسی (۱۴۰۵/۱/۱)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gregorian (2026/3/21)</source>
        <translation>میلادی (2026/3/21)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is rebuilt in the new language at once; what you are typing is kept.</source>
        <translation>پنجره بی‌درنگ به زبان تازه بازسازی می‌شود؛ آنچه در حال نوشتنش هستید حفظ می‌شود.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;تقویم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>&amp;ارقام:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Persian (۱۲۳)</source>
        <translation>فارسی (۱۲۳)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic-Indic (١٢٣)</source>
        <translation>عربی-هندی (١٢٣)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin (123)</source>
        <translation>لاتین (123)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../agent_console/ui/sign_in_dialog.py" line="+41"/>
        <source>Sign in – Agent Console</source>
        <translation>ورود – Agent Console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with your own login to work in the shared database.</source>
        <translation>برای کار با پایگاه داده مشترک با نام کاربری خودتان وارد شوید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Login:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>&amp;به خاطر سپردن در این رایانه (در کلیدساز سیستم)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no system keyring, so the password cannot be remembered safely and is asked for at every start. It is never written to a file.</source>
        <translation>این رایانه کلیدساز سیستمی ندارد، پس گذرواژه را نمی‌توان به‌طور امن به خاطر سپرد و در هر بار اجرا پرسیده می‌شود. گذرواژه هرگز در پرونده‌ای نوشته نمی‌شود.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Sign in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server: {0}</source>
        <translation>سرور: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database did not accept the login {0} with that password. Check both (is Caps Lock on?) and try again. If you have forgotten your password, ask IT or your team lead to reset it.</source>
        <translation>پایگاه داده نام کاربری {0} را با این گذرواژه نپذیرفت. هر دو را بررسی کنید (آیا Caps Lock روشن است؟) و دوباره امتحان کنید. اگر گذرواژه‌تان را فراموش کرده‌اید، از IT یا سرپرست تیم بخواهید آن را بازنشانی کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account {0} is locked or disabled, so it cannot sign in. Ask your team lead or IT to enable it, or sign in with another login.</source>
        <translation>حساب {0} قفل یا غیرفعال است و نمی‌تواند وارد شود. از سرپرست تیم یا IT بخواهید آن را فعال کند، یا با نام کاربری دیگری وارد شوید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {0} could not be reached. Check the network connection, then press Sign in to try again. If it keeps happening, ask IT whether the server is up.</source>
        <translation>سرور پایگاه داده {0} در دسترس نبود. اتصال شبکه را بررسی کنید، سپس برای تلاش دوباره «ورود» را بزنید. اگر باز هم پیش آمد، از IT بپرسید که آیا سرور روشن است.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to {0}…</source>
        <translation>در حال اتصال به {0}…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location line="+61"/>
        <source>You are not signed in, so nothing can be looked up or saved. Choose Call &gt; Switch user… (Ctrl+Shift+U) to sign in.</source>
        <translation>وارد نشده‌اید، پس چیزی جست‌وجو یا ذخیره نمی‌شود. برای ورود، تماس &gt; تعویض کاربر… (Ctrl+Shift+U) را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>SkipReasonDialog</name>
    <message>
        <location filename="../../agent_console/ui/guidance/skip_reason.py" line="+29"/>
        <source>Required steps not ticked</source>
        <translation>گام‌های الزامی علامت نخورده‌اند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These required checklist steps are not ticked:
{0}

Why were they skipped? The reason is stored with the incident.</source>
        <translation>این گام‌های الزامی چک‌لیست علامت نخورده‌اند:
{0}

چرا رد شدند؟ دلیل همراه رخداد ذخیره می‌شود.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For example: the caller hung up early</source>
        <translation>برای نمونه: تماس‌گیرنده زود قطع کرد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit with this reason</source>
        <translation>ثبت با این دلیل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the call</source>
        <translation>بازگشت به تماس</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/snooze_dialog.py" line="+31"/>
        <source>Snooze follow-up: {0}</source>
        <translation>تعویق پیگیری: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For example: the caller asked for next week</source>
        <translation>برای نمونه: تماس‌گیرنده هفته بعد را خواست</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up:</source>
        <translation>پیگیری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snooze</source>
        <translation>&amp;تعویق</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That time has already passed (it is now {0}).</source>
        <translation>این زمان گذشته است (اکنون {0} است).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why it waits, so whoever looks at it later knows.</source>
        <translation>بگویید چرا منتظر می‌ماند، تا هر کس بعداً به آن نگاه کرد بداند.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+23"/>
        <source>Not signed in yet</source>
        <translation>هنوز وارد نشده‌اید</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="-210"/>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+1"/>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+1"/>
        <source>No unsaved draft</source>
        <translation>پیش‌نویس ذخیره‌نشده‌ای نیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {0}</source>
        <translation>پایگاه داده: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online</source>
        <translation>برخط</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Online, sending %n</source>
        <translation>
            <numerusform>برخط، در حال ارسال %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline, %n waiting</source>
        <translation>
            <numerusform>برون‌خط، %Ln در انتظار</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {0} refused (see log)</source>
        <translation>؛ {0} پذیرفته نشد (گزارش را ببینید)</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../agent_console/ui/review/story_view.py" line="+59"/>
        <source>Your review note: what went well, what to do differently (Ctrl+Return adds it)</source>
        <translation>یادداشت بازبینی شما: چه خوب پیش رفت، چه باید جور دیگری انجام شود (Ctrl+Return آن را می‌افزاید)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;review note</source>
        <translation>افزودن یادداشت &amp;بازبینی</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an incident to read its whole story.</source>
        <translation>رخدادی انتخاب کنید تا داستان کاملش را بخوانید.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This incident no longer exists.</source>
        <translation>این رخداد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The incident could not be loaded: {0}</source>
        <translation>رخداد بارگیری نشد: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the note first.</source>
        <translation>نخست یادداشت را بنویسید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review note added.</source>
        <translation>یادداشت بازبینی افزوده شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note was NOT added. {0}</source>
        <translation>یادداشت افزوده نشد. {0}</translation>
    </message>
</context>
<context>
    <name>UserSwitch</name>
    <message>
        <location filename="../../agent_console/ui/user_switch.py" line="+51"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;تعویض کاربر…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not signed in</source>
        <translation>وارد نشده</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no caller picked</source>
        <translation>تماس‌گیرنده‌ای انتخاب نشده</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch user</source>
        <translation>تعویض کاربر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident for {0} is not submitted yet. It will be kept on this computer for {1} and offered back when {1} signs in here again; nobody else sees it.</source>
        <translation>رخداد {0} هنوز ثبت نشده است. این رخداد برای {1} در این رایانه نگه داشته می‌شود و هنگامی که {1} دوباره اینجا وارد شود به او پیشنهاد می‌شود؛ هیچ کس دیگری آن را نمی‌بیند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it for {0} and switch</source>
        <translation>&amp;نگه داشتن برای {0} و تعویض</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was switched: the unfinished incident could not be kept. {0}</source>
        <translation>چیزی تعویض نشد: رخداد ناتمام نگه داشته نشد. {0}</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../agent_console/ui/admin/users_model.py" line="+48"/>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+44"/>
        <source>Users – Agent Console</source>
        <translation>کاربران – Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone who signs in to this database. Disabling someone stops them signing in and keeps their incidents and history.</source>
        <translation>همه کسانی که به این پایگاه داده وارد می‌شوند. غیرفعال کردن یک نفر مانع ورود او می‌شود و رخدادها و سابقه‌اش را نگه می‌دارد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Add user…</source>
        <translation>&amp;افزودن کاربر…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Change role…</source>
        <translation>&amp;تغییر نقش…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>&amp;Disable…</source>
        <translation>&amp;غیرفعال کردن…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;Reload</source>
        <translation>&amp;بارگیری دوباره</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Enable…</source>
        <translation>&amp;فعال کردن…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/admin/screenshots.py" line="+82"/>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+20"/>
        <source>{0} was added as {1}.</source>
        <translation>{0} به عنوان {1} افزوده شد.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+12"/>
        <source>{0} is already {1}.</source>
        <translation>{0} از پیش {1} است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make {0} ({1}) {2}? They get what that role allows from their next sign-in.</source>
        <translation>نقش {0} ({1}) به {2} تغییر کند؟ از ورود بعدی، دسترسی‌های آن نقش را خواهد داشت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role</source>
        <translation>تغییر نقش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is now {1}.</source>
        <translation>{0} اکنون {1} است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable {0} ({1})? They can no longer sign in; their incidents, follow-ups and history stay.</source>
        <translation>{0} ({1}) غیرفعال شود؟ دیگر نمی‌تواند وارد شود؛ رخدادها، پیگیری‌ها و سابقه‌اش باقی می‌ماند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disable</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is disabled.</source>
        <translation>{0} غیرفعال شد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable {0} ({1}) again? They sign in with their old password.</source>
        <translation>{0} ({1}) دوباره فعال شود؟ با گذرواژه قبلی‌اش وارد می‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} may sign in again.</source>
        <translation>{0} دوباره می‌تواند وارد شود.</translation>
    </message>
</context>
<context>
    <name>WaitingCalls</name>
    <message>
        <location filename="../../agent_console/ui/call_queue.py" line="+60"/>
        <source>Switch to this call</source>
        <translation>رفتن به این تماس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Call from {0} ended at {1} before you switched to it.</source>
        <translation>تماس از {0} در {1}، پیش از آنکه به آن بروید، پایان یافت.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming call: {0}.</source>
        <translation>تماس ورودی: {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing call: {0}.</source>
        <translation>تماس خروجی: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press F12 to switch to it; the incident on the form is then parked.</source>
        <translation>برای رفتن به آن F12 را بزنید؛ رخداد روی فرم معلق می‌شود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It waits behind the call above.</source>
        <translation>پشت تماس بالایی منتظر است.</translation>
    </message>
</context>
<context>
    <name>escalation</name>
    <message>
        <location filename="../../agent_console/core/escalation.py" line="+32"/>
        <source>Abusive caller</source>
        <translation>تماس‌گیرنده توهین‌آمیز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <translation>تهدید حقوقی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety concern</source>
        <translation>نگرانی ایمنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond my authority</source>
        <translation>فراتر از اختیار من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat complaint</source>
        <translation>شکایت تکراری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller asks for a supervisor</source>
        <translation>تماس‌گیرنده سرپرست را می‌خواهد</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The caller mentioned {words}: if anyone may be in danger, follow the safety protocol and escalate now.</source>
        <translation>تماس‌گیرنده از {words} گفت: اگر ممکن است کسی در خطر باشد، دستورالعمل ایمنی را دنبال کنید و همین حالا ارجاع دهید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller mentioned {words}: legal threats go to a supervisor; don&apos;t argue the legal point yourself.</source>
        <translation>تماس‌گیرنده از {words} گفت: تهدیدهای حقوقی به سرپرست ارجاع می‌شوند؛ خودتان درباره نکته حقوقی بحث نکنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller used {words}: you don&apos;t have to take abuse; warn once, then escalate.</source>
        <translation>تماس‌گیرنده از {words} استفاده کرد: لازم نیست توهین را تحمل کنید؛ یک بار تذکر دهید، سپس ارجاع دهید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller asked for {words}: offer to bring in your supervisor.</source>
        <translation>تماس‌گیرنده {words} را خواست: پیشنهاد کنید سرپرستتان را وارد گفت‌وگو کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compensation of {amount} is above your limit of {limit}: a supervisor must approve it.</source>
        <translation>جبران خسارت {amount} بیش از سقف مجاز شما ({limit}) است: باید سرپرست آن را تأیید کند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is complaint number {count} about the same problem in {days} days: escalate it so the cause gets fixed.</source>
        <translation>این شکایت شماره {count} درباره همین مشکل در {days} روز است: ارجاعش دهید تا علت آن رفع شود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The caller is still furious after the problem was agreed: consider handing over to a supervisor.</source>
        <translation>تماس‌گیرنده پس از توافق بر سر مشکل هنوز بسیار خشمگین است: واگذاری تماس به سرپرست را در نظر بگیرید.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/guidance/escalation.py" line="-41"/>
        <source>someone</source>
        <translation>کسی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated at {0} by {1}: {2}</source>
        <translation>ارجاع‌شده در {0} توسط {1}: {2}</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../agent_console/ui/failures.py" line="+51"/>
        <source>Something went wrong ({0}). What you typed is still here; the details are in the log.</source>
        <translation>مشکلی پیش آمد ({0}). آنچه نوشته‌اید همچنان اینجاست؛ جزئیات در گزارش ثبت شده است.</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <location filename="../../agent_console/core/import_mapping.py" line="+32"/>
        <source>Record id (makes a re-run skip what it already imported)</source>
        <translation>شناسه رکورد (اجرای دوباره آنچه را قبلاً وارد شده رد می‌کند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller name</source>
        <translation>نام تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller account reference</source>
        <translation>شماره حساب تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller phone</source>
        <translation>تلفن تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller language (en, fa, ar, ru)</source>
        <translation>زبان تماس‌گیرنده (en، fa، ar، ru)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller pinned note</source>
        <translation>یادداشت سنجاق‌شده تماس‌گیرنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call started (date, or date and time)</source>
        <translation>آغاز تماس (تاریخ، یا تاریخ و ساعت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call ended</source>
        <translation>پایان تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category (code, label or words to match)</source>
        <translation>دسته (کد، برچسب یا واژه‌هایی برای تطبیق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (else the category text)</source>
        <translation>خلاصه (در غیر این صورت متن دسته)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity (1-4)</source>
        <translation>شدت (۱ تا ۴)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at start (1-5)</source>
        <translation>حالت در آغاز (۱ تا ۵)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at end (1-5)</source>
        <translation>حالت در پایان (۱ تا ۵)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>علت اصلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (sets the outcome too)</source>
        <translation>راه‌حل (نتیجه را هم تعیین می‌کند)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated (yes/no)</source>
        <translation>ارجاع‌شده (بله/خیر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation amount</source>
        <translation>مبلغ جبران خسارت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation currency</source>
        <translation>واحد پول جبران خسارت</translation>
    </message>
</context>
<context>
    <name>phrasing</name>
    <message>
        <location filename="../../agent_console/ui/guidance/findings_model.py" line="-51"/>
        <source>Refusal</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame</source>
        <translation>سرزنش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excuse</source>
        <translation>بهانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimising</source>
        <translation>کوچک‌شماری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>دستور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing the buck</source>
        <translation>شانه خالی کردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <location filename="../../agent_console/core/taxonomy.py" line="+24"/>
        <source>Product or service quality</source>
        <translation>کیفیت کالا یا خدمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects, service below the promised standard</source>
        <translation>نقص، خدمتی پایین‌تر از استاندارد وعده‌داده‌شده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff behaviour</source>
        <translation>رفتار کارکنان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude or careless handling, slow answers, weak support</source>
        <translation>برخورد بی‌ادبانه یا بی‌دقت، پاسخ کند، پشتیبانی ضعیف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing and pricing</source>
        <translation>صورت‌حساب و قیمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed bills, unfair prices, hidden fees, unclear terms</source>
        <translation>صورت‌حساب مورد اختلاف، قیمت ناعادلانه، هزینه پنهان، شرایط مبهم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken promise</source>
        <translation>وعده عمل‌نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising or sales promises that set false expectations</source>
        <translation>وعده‌های تبلیغاتی یا فروش که انتظار نادرست ایجاد کرده‌اند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery and logistics</source>
        <translation>ارسال و لجستیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late, damaged or lost deliveries, poor packaging</source>
        <translation>تحویل دیرهنگام، آسیب‌دیده یا گمشده، بسته‌بندی نامناسب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical fault</source>
        <translation>اشکال فنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages, website or software errors</source>
        <translation>قطعی، خطای وب‌سایت یا نرم‌افزار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard to use</source>
        <translation>دشواری استفاده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusing sites, forms or purchase flows</source>
        <translation>وب‌سایت، فرم یا فرایند خرید گیج‌کننده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competitor comparison</source>
        <translation>مقایسه با رقیب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caller heard a competitor does better</source>
        <translation>تماس‌گیرنده شنیده رقیب بهتر عمل می‌کند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored feedback</source>
        <translation>بازخورد نادیده‌گرفته‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complained before and nothing changed</source>
        <translation>پیش‌تر شکایت کرده و چیزی تغییر نکرده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal factors</source>
        <translation>عوامل شخصی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller stress, cultural differences, unreasonable expectations</source>
        <translation>فشار روانی تماس‌گیرنده، تفاوت‌های فرهنگی، انتظارات نامعقول</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>بحرانی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Furious</source>
        <translation>بسیار خشمگین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>عصبانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset</source>
        <translation>ناراحت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>خنثی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>آرام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Misunderstanding</source>
        <translation>سوءتفاهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken process</source>
        <translation>فرایند معیوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product defect</source>
        <translation>نقص محصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff error</source>
        <translation>خطای کارکنان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>طرف سوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations set wrongly</source>
        <translation>انتظارات نادرست ایجادشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet known</source>
        <translation>هنوز معلوم نیست</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explained</source>
        <translation>توضیح داده شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>رفع شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>بازپرداخت وجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>تعویض کالا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free service</source>
        <translation>خدمت رایگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>عذرخواهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Escalated</source>
        <translation>ارجاع داده شد</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action possible</source>
        <translation>اقدامی ممکن نیست</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved on this call</source>
        <translation>در همین تماس حل شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs follow-up</source>
        <translation>نیاز به پیگیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>حل‌نشده</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic</source>
        <translation>مقدماتی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>حرفه‌ای</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
</context>
</TS>
