<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../../agent_console/ui/account_menu.py" line="+46"/>
        <source>Signed in: {0} ({1})</source>
        <translation>Вход выполнен: {0} ({1})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database login: {0}</source>
        <translation>Логин базы данных: {0}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../agent_console/ui/admin/add_user_dialog.py" line="+54"/>
        <source>Add a user – Agent Console</source>
        <translation>Добавить пользователя – Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. dana.orlov</source>
        <translation>например, dana.orlov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate a one-time password (shown once)</source>
        <translation>&amp;Создать одноразовый пароль (показывается один раз)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add user</source>
        <translation>&amp;Добавить пользователя</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the login the person will sign in with.</source>
        <translation>Введите логин, под которым этот человек будет входить.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a first password twice, or let the console generate one.</source>
        <translation>Введите первый пароль дважды или дайте программе создать его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Пароли не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} was added. Their one-time password is below: give it to them now. It is not shown again, and they should change it.</source>
        <translation>{0} добавлен(а). Одноразовый пароль ниже: передайте его сейчас. Больше он не покажется, и его нужно будет сменить.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../agent_console/ui/admin/menu.py" line="+25"/>
        <source>&amp;Admin</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Managing users is for admins.</source>
        <translation>Управление пользователями доступно администраторам.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_console/ui/widgets/banner.py" line="+45"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CallPop</name>
    <message>
        <location filename="../../agent_console/ui/call_pop.py" line="+115"/>
        <source>A call event was ignored: {0}</source>
        <translation>Событие звонка пропущено: {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No call is waiting.</source>
        <translation>Нет ожидающих звонков.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was switched: the incident on the form could not be parked. {0}</source>
        <translation>Переключения не было: не удалось отложить обращение из формы. {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call from {0}</source>
        <translation>Звонок от {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The call ended at {0}; the incident records that time.</source>
        <translation>Звонок завершился в {0}; это время записано в обращение.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call {0} ended at {1}, after its incident was submitted. Submitted incidents are never changed, so this end time was not added.</source>
        <translation>Звонок {0} завершился в {1}, уже после отправки обращения. Отправленные обращения не изменяются, поэтому время окончания не добавлено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call {0} ended; no open incident belongs to it.</source>
        <translation>Звонок {0} завершён; открытого обращения по нему нет.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No incident is parked.</source>
        <translation>Нет отложенных обращений.</translation>
    </message>
</context>
<context>
    <name>CallbackQueueWindow</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_window.py" line="+51"/>
        <source>Callback queue — Agent Console</source>
        <translation>Очередь перезвонов — Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Claim</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Передать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose…</source>
        <translation>&amp;Закрыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open caller</source>
        <translation>&amp;Открыть клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh (F5)</source>
        <translation>О&amp;бновить (F5)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>{0} open follow-ups, {1} overdue. Soonest due first.</source>
        <translation>Открытых перезвонов: {0}, просрочено: {1}. Сначала ближайшие по сроку.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The queue could not be loaded: {0}</source>
        <translation>Не удалось загрузить очередь: {0}</translation>
    </message>
</context>
<context>
    <name>CallerCard</name>
    <message>
        <location filename="../../agent_console/ui/widgets/caller_card.py" line="+75"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account:</source>
        <translation>Счёт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical level:</source>
        <translation>Техн. уровень:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned note:</source>
        <translation>Закреплённая заметка:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No caller selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No pinned note.</source>
        <translation>Закреплённой заметки нет.</translation>
    </message>
</context>
<context>
    <name>CallerHistoryModel</name>
    <message>
        <location filename="../../agent_console/ui/models/caller_history.py" line="+246"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open follow-up, due {0}: {1}</source>
        <translation>Открытый перезвон, срок {0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner: {0}</source>
        <translation>Ответственный: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting to be sent to the shared database: {0}</source>
        <translation>Ожидает отправки в общую базу данных: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} (waiting to send)</source>
        <translation>{0} (ожидает отправки)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no notes)</source>
        <translation>(без заметок)</translation>
    </message>
</context>
<context>
    <name>CallerLookup</name>
    <message>
        <location filename="../../agent_console/ui/call_lookup.py" line="+52"/>
        <source>The caller&apos;s number could not be read: {0} Find the caller by hand; the incident for this call has started.</source>
        <translation>Не удалось распознать номер клиента: {0} Найдите клиента вручную; обращение по этому звонку уже начато.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The caller could not be looked up: {0}</source>
        <translation>Не удалось найти клиента: {0}</translation>
    </message>
</context>
<context>
    <name>CallerSearch</name>
    <message>
        <location filename="../../agent_console/ui/widgets/caller_search.py" line="+47"/>
        <source>Phone number, name or account  (Ctrl+F)</source>
        <translation>Телефон, имя или счёт  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find caller</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Matching callers</source>
        <translation>Подходящие клиенты</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New caller with {0}  (Ctrl+N)</source>
        <translation>Новый клиент с номером {0}  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No caller matches “{0}”.</source>
        <translation>Нет клиентов по запросу «{0}».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The search failed: {0}</source>
        <translation>Поиск не удался: {0}</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_editor.py" line="+60"/>
        <source>Required: skipping it asks the agent for a reason</source>
        <translation>Обязательный: при пропуске оператор должен указать причину</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Apply wording</source>
        <translation>&amp;Применить текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd step</source>
        <translation>&amp;Добавить шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Выш&amp;е</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hint:</source>
        <translation>&amp;Подсказка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xample line:</source>
        <translation>П&amp;ример фразы:</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>New step</source>
        <translation>Новый шаг</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_model.py" line="+137"/>
        <source>current phase</source>
        <translation>текущий этап</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0}  now</source>
        <translation>{0}  сейчас</translation>
    </message>
    <message>
        <location line="-58"/>
        <source> (optional)</source>
        <translation> (необязательно)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Say, for example: “{0}”</source>
        <translation>Скажите, например: «{0}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional step.</source>
        <translation>Необязательный шаг.</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../agent_console/ui/guidance/checklist_dock.py" line="+74"/>
        <source>Tick next step  (Ctrl+T)</source>
        <translation>Отметить следующий шаг  (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalate…  (Ctrl+E)</source>
        <translation>Эскалировать…  (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the checklist…</source>
        <translation>Загрузка чек-листа…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all steps done</source>
        <translation>все шаги выполнены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required steps: {0} of {1}  ·  Now: {2}</source>
        <translation>Обязательные шаги: {0} из {1}  ·  Сейчас: {2}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Escalate…</source>
        <translation>Эскалировать…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/complete_dialog.py" line="+60"/>
        <source>Complete follow-up: {0}</source>
        <translation>Завершить перезвон: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 (very unhappy) to 5 (very happy)</source>
        <translation>от 1 (очень недоволен) до 5 (очень доволен)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again (the follow-up stays open):</source>
        <translation>&amp;Повторить (перезвон остаётся открытым):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Удовлетворённость:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose how the call-back went.</source>
        <translation>Выберите, чем закончился перезвон.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satisfaction is a whole number from 1 to 5; “{0}” is not.</source>
        <translation>Удовлетворённость — целое число от 1 до 5; «{0}» не подходит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction is a score from 1 (very unhappy) to 5 (very happy); {0} is outside that.</source>
        <translation>Удовлетворённость — оценка от 1 (очень недоволен) до 5 (очень доволен); {0} вне этого диапазона.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the caller for a score from 1 to 5 and type it here.</source>
        <translation>Попросите клиента оценить от 1 до 5 и введите оценку здесь.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The time to try again has already passed (it is now {0}).</source>
        <translation>Время повторной попытки уже прошло (сейчас {0}).</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <location filename="../../agent_console/ui/console_session.py" line="+137"/>
        <source>The settings apply now but were not saved for next time: {0}</source>
        <translation>Настройки применены, но не сохранены на следующий раз: {0}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/figure_text.py" line="+47"/>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+6"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>DashboardBoard</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/board.py" line="+45"/>
        <source>Incidents</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls logged in the period</source>
        <translation>Звонки, записанные за период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>Решено с первого звонка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved on the call, with no follow-up flagged</source>
        <translation>Решено во время звонка, без перезвона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average resolution</source>
        <translation>Среднее время решения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the start of the call to its end</source>
        <translation>От начала звонка до его окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>9 calls in 10 took at most this long (nearest rank); opens the slowest</source>
        <translation>9 звонков из 10 длились не дольше этого (ближайший ранг); открывает самые долгие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average score (1-5) given at closed follow-ups</source>
        <translation>Средняя оценка (1–5) по закрытым перезвонам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation rate</source>
        <translation>Доля эскалаций</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls escalated</source>
        <translation>Эскалированные звонки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist adherence</source>
        <translation>Соблюдение чек-листа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the required checklist steps ticked</source>
        <translation>Доля отмеченных обязательных шагов чек-листа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood change</source>
        <translation>Изменение настроения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average steps calmer at the end of the call than at its start (1-5 scale)</source>
        <translation>Насколько в среднем клиент спокойнее в конце звонка, чем в начале (шкала 1–5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents per day</source>
        <translation>Обращения по дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction scores</source>
        <translation>Оценки удовлетворённости</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups due in the period</source>
        <translation>Перезвоны со сроком в этом периоде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top categories per week (weeks from Monday)</source>
        <translation>Главные категории по неделям (неделя с понедельника)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top root causes per week (weeks from Monday)</source>
        <translation>Главные первопричины по неделям (неделя с понедельника)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="+55"/>
        <source>Per agent</source>
        <translation>По операторам</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="+1"/>
        <source>Per team</source>
        <translation>По группам</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>of {0} {1}</source>
        <translation>из {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calls</source>
        <translation>звонков</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} a day on average</source>
        <translation>в среднем {0} в день</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>timed calls</source>
        <translation>звонков с замером времени</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scores</source>
        <translation>оценок</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklists</source>
        <translation>чек-листов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incidents that day</source>
        <translation>обращений за день</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>satisfaction score</source>
        <translation>оценка удовлетворённости</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet due</source>
        <translation>Срок не наступил</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>follow-ups</source>
        <translation>перезвонов</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/dashboard/pdf_export.py" line="-2"/>
        <location line="+25"/>
        <source>KPI dashboard</source>
        <translation>Панель KPI</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/window.py" line="+52"/>
        <source>KPI dashboard — Agent Console</source>
        <translation>Панель KPI — Agent Console</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Последний %Ln день</numerusform>
            <numerusform>Последние %Ln дня</numerusform>
            <numerusform>Последние %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;incidents (CSV)…</source>
        <translation>Экспорт &amp;обращений (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;follow-ups (CSV)…</source>
        <translation>Экспорт &amp;перезвонов (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whose:</source>
        <translation>&amp;Чьи:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Team: {0}</source>
        <translation>Группа: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the figures…</source>
        <translation>Загрузка показателей…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The figures could not be loaded: {0}</source>
        <translation>Не удалось загрузить показатели: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{0} – {1} · {2} · %n incident(s)</source>
        <translation>
            <numerusform>{0} – {1} · {2} · %Ln обращение</numerusform>
            <numerusform>{0} – {1} · {2} · %Ln обращения</numerusform>
            <numerusform>{0} – {1} · {2} · %Ln обращений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataAccess</name>
    <message>
        <location filename="../../agent_console/ui/data_access.py" line="+121"/>
        <source>The previous window did not let go of the database.</source>
        <translation>Предыдущее окно ещё не освободило базу данных.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The database is not open: {0}</source>
        <translation>База данных не открыта: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has not been opened yet.</source>
        <translation>она ещё не открыта.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../agent_console/ui/display_format.py" line="+133"/>
        <source>{0} (caller {1} {2})</source>
        <translation>{0} (у клиента {1}, {2})</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../agent_console/ui/docks.py" line="+26"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrasing</source>
        <translation>Формулировки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-ups</source>
        <translation>Перезвоны</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../agent_console/ui/draft_keeper.py" line="+109"/>
        <source>Draft saved at {0}</source>
        <translation>Черновик сохранён в {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No unsaved draft</source>
        <translation>Несохранённого черновика нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft NOT saved: {0}</source>
        <translation>Черновик НЕ сохранён: {0}</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../agent_console/ui/draft_offer.py" line="+51"/>
        <source>no caller picked</source>
        <translation>клиент не выбран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An incident was left unfinished ({0}, started {1}). Restore it?</source>
        <translation>Осталось незавершённое обращение ({0}, начато {1}). Восстановить его?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore the unfinished incident</source>
        <translation>&amp;Восстановить незавершённое обращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/due_picker.py" line="+48"/>
        <source>In one &amp;hour</source>
        <translation>Через &amp;час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tomorrow morning (09:00 caller&apos;s time)</source>
        <translation>&amp;Завтра утром (09:00 по времени клиента)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In three &amp;days</source>
        <translation>Через три &amp;дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a date and time:</source>
        <translation>В указанные дату и время:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>caller&apos;s time, {0}</source>
        <translation>по времени клиента, {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your time</source>
        <translation>по вашему времени</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Due: {0}</source>
        <translation>Срок: {0}</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../../agent_console/ui/guidance/escalation.py" line="+70"/>
        <source>Escalate the call</source>
        <translation>Эскалация звонка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: what the supervisor should know</source>
        <translation>Необязательно: что нужно знать супервайзеру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The escalation is recorded with the incident: who, when and why.</source>
        <translation>Эскалация записывается в обращение: кто, когда и почему.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate</source>
        <translation>Эскалировать</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../agent_console/ui/transfer/export_actions.py" line="+40"/>
        <source>Export incidents</source>
        <translation>Экспорт обращений</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n incident(s) to {0}.</source>
        <translation>
            <numerusform>Сохранено %Ln обращение в {0}.</numerusform>
            <numerusform>Сохранено %Ln обращения в {0}.</numerusform>
            <numerusform>Сохранено %Ln обращений в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export follow-ups</source>
        <translation>Экспорт перезвонов</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n follow-up(s) to {0}.</source>
        <translation>
            <numerusform>Сохранён %Ln перезвон в {0}.</numerusform>
            <numerusform>Сохранено %Ln перезвона в {0}.</numerusform>
            <numerusform>Сохранено %Ln перезвонов в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving {0}…</source>
        <translation>Сохранение {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <source>Nothing was saved: {0}</source>
        <translation>Ничего не сохранено: {0}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save the dashboard as PDF</source>
        <translation>Сохранить панель в PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved the dashboard (%n page(s)) to {0}.</source>
        <translation>
            <numerusform>Панель (%Ln страница) сохранена в {0}.</numerusform>
            <numerusform>Панель (%Ln страницы) сохранена в {0}.</numerusform>
            <numerusform>Панель (%Ln страниц) сохранена в {0}.</numerusform>
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
        <translation>Назначить перезвон</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to check or tell the caller</source>
        <translation>Что проверить или сообщить клиенту</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Caller:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Почему:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hose:</source>
        <translation>&amp;Чей:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Flag</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not linked to an incident (none saved for this call yet)</source>
        <translation>Не привязан к обращению (по этому звонку ещё ничего не сохранено)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to the incident of {0}: {1}</source>
        <translation>Привязать к обращению от {0}: {1}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That time has already passed (it is now {0}). Choose a time from now on.</source>
        <translation>Это время уже прошло (сейчас {0}). Выберите время не раньше текущего.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why to call back.</source>
        <translation>Укажите, зачем перезванивать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the agent who is to call back.</source>
        <translation>Выберите оператора, который перезвонит.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The follow-up was NOT saved. {0}</source>
        <translation>Перезвон НЕ сохранён. {0}</translation>
    </message>
</context>
<context>
    <name>FollowUpAlerts</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/alerts.py" line="+94"/>
        <source>Follow-up due: call {0} back — {1}</source>
        <translation>Пора перезвонить: {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n follow-ups are due, first: call {0} back — {1}</source>
        <translation>
            <numerusform>Пора перезвонить (%Ln), первым: {0} — {1}</numerusform>
            <numerusform>Пора перезвонить (%Ln), первым: {0} — {1}</numerusform>
            <numerusform>Пора перезвонить (%Ln), первым: {0} — {1}</numerusform>
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
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>FollowUpEdits</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/edits.py" line="+38"/>
        <source>You took the follow-up for {0}.</source>
        <translation>Вы взяли перезвон для {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} waits until later.</source>
        <translation>Перезвон для {0} отложен.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not reached: {0} is due again later.</source>
        <translation>Не дозвонились: перезвон для {0} снова наступит позже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} is now {1}&apos;s.</source>
        <translation>Перезвон для {0} теперь у {1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The follow-up for {0} is closed.</source>
        <translation>Перезвон для {0} закрыт.</translation>
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
        <translation>Группа (никто не взял)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}, satisfaction {2}/5</source>
        <translation>{0}: {1}, удовлетворённость {2}/5</translation>
    </message>
</context>
<context>
    <name>FollowUpTimes</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/time_text.py" line="+31"/>
        <source>{0} (your time; the caller&apos;s time zone is not known)</source>
        <translation>{0} (ваше время; часовой пояс клиента неизвестен)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, likely</source>
        <translation>, вероятно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} for the caller ({1}) · {2} for you</source>
        <translation>{0} у клиента ({1}) · {2} у вас</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} h</source>
        <translation>{0} ч</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue {0}</source>
        <translation>просрочено на {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in {0}</source>
        <translation>через {0}</translation>
    </message>
</context>
<context>
    <name>FollowUpTools</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/tools.py" line="+52"/>
        <source>Flag for follow-up…  (Ctrl+Shift+F)</source>
        <translation>Назначить перезвон…  (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The caller on the line:</source>
        <translation>Клиент на линии:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Find the caller first (Ctrl+F), then flag them for a follow-up.</source>
        <translation>Сначала найдите клиента (Ctrl+F), затем назначьте ему перезвон.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is not open yet.</source>
        <translation>База данных ещё не открыта.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follow-up flagged: {0}</source>
        <translation>Перезвон назначен: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups: {0} due</source>
        <translation>Перезвоны: {0} к выполнению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your follow-ups due now; the Follow-ups dock lists them.</source>
        <translation>Ваши перезвоны, срок которых наступил; они перечислены на панели «Перезвоны».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The callback queue is for team leads.</source>
        <translation>Очередь перезвонов доступна руководителям групп.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident review is for team leads.</source>
        <translation>Разбор обращений доступен руководителям групп.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../agent_console/ui/models/follow_ups.py" line="+105"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/follow_ups_pane.py" line="+73"/>
        <source>Open follow-ups of the caller on the line appear here.</source>
        <translation>Здесь появятся открытые перезвоны клиента на линии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The follow-ups could not be loaded: {0}</source>
        <translation>Не удалось загрузить перезвоны: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This caller has no open follow-ups.</source>
        <translation>У этого клиента нет открытых перезвонов.</translation>
    </message>
</context>
<context>
    <name>GroupKpiModel</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/agent_table.py" line="+31"/>
        <source>Incidents</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-contact resolution</source>
        <translation>Решено с первого звонка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avg resolution</source>
        <translation>Ср. время решения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction</source>
        <translation>Удовлетворённость</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mood change</source>
        <translation>Изменение настроения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups on time</source>
        <translation>Перезвоны вовремя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No team</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to list the incidents behind this figure.</source>
        <translation>Нажмите, чтобы увидеть обращения за этим показателем.</translation>
    </message>
</context>
<context>
    <name>GuidanceEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/guidance_editor.py" line="+79"/>
        <source>Guidance editor</source>
        <translation>Редактор подсказок</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Editing as {0} ({1}). Saved changes reach every workstation from its next call.</source>
        <translation>Вы редактируете как {0} ({1}). Сохранённые изменения дойдут до каждого рабочего места со следующего звонка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Checklist</source>
        <translation>&amp;Чек-лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phrasebook</source>
        <translation>&amp;Разговорник</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save for everyone</source>
        <translation>&amp;Сохранить для всех</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The guidance for this language is still loading.</source>
        <translation>Подсказки для этого языка ещё загружаются.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklist version {0}, phrasebook version {1}.</source>
        <translation>Версия чек-листа {0}, версия разговорника {1}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Nothing has changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved for everyone: {0}. Each workstation uses it from its next call.</source>
        <translation>Сохранено для всех: {0}. Каждое рабочее место применит это со следующего звонка.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/history_pane.py" line="+71"/>
        <source>Caller history</source>
        <translation>История клиента</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Find the caller to see their earlier calls and open follow-ups.</source>
        <translation>Найдите клиента, чтобы увидеть его прошлые звонки и открытые перезвоны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history could not be loaded: {0}</source>
        <translation>Не удалось загрузить историю: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier calls and no open follow-ups for this caller. This is their first call.</source>
        <translation>У клиента нет прошлых звонков и открытых перезвонов. Это его первый звонок.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../agent_console/ui/transfer/import_dialog.py" line="+46"/>
        <source>Import from CSV — Agent Console</source>
        <translation>Импорт из CSV — Agent Console</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past incidents (and their callers)</source>
        <translation>Прошлые обращения (и их клиенты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Import:</source>
        <translation>&amp;Импорт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each row becomes one incident (with its caller) or one caller. Rows already imported are recognised and skipped, so importing a file twice adds nothing.</source>
        <translation>Каждая строка становится одним обращением (с клиентом) или одним клиентом. Уже импортированные строки распознаются и пропускаются, поэтому повторный импорт файла ничего не добавит.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a CSV file</source>
        <translation>Выберите CSV-файл</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_form.py" line="+55"/>
        <location line="+164"/>
        <source>Submit incident  (Ctrl+Enter)</source>
        <translation>Отправить обращение  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Caller:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Критичность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at &amp;start:</source>
        <translation>Настроение в &amp;начале:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Суть:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>&amp;Первопричина:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reso&amp;lution:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pensation:</source>
        <translation>Ко&amp;мпенсация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at &amp;end:</source>
        <translation>Настроение в &amp;конце:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None yet: find the caller first (Ctrl+F)</source>
        <translation>Пока нет: сначала найдите клиента (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Removed %n invisible control character(s) that came in with pasted text.</source>
        <translation>
            <numerusform>Удалён %Ln невидимый управляющий символ, попавший со вставленным текстом.</numerusform>
            <numerusform>Удалено %Ln невидимых управляющих символа, попавших со вставленным текстом.</numerusform>
            <numerusform>Удалено %Ln невидимых управляющих символов, попавших со вставленным текстом.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved yet. Fields to fix, marked below: {0}.</source>
        <translation>Пока не сохранено. Исправьте поля, отмеченные ниже: {0}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>IncidentInputs</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_inputs.py" line="+32"/>
        <source>Choose a category…</source>
        <translation>Выберите категорию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose severity…</source>
        <translation>Выберите критичность…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood when the call started…</source>
        <translation>Настроение в начале звонка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line: what the caller is unhappy about</source>
        <translation>Одной строкой: чем недоволен клиент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the caller said, what you checked, what you promised</source>
        <translation>Что сказал клиент, что вы проверили, что пообещали</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Not chosen</source>
        <translation>Не выбрано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount, if any</source>
        <translation>Сумма, если есть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mood at the end…</source>
        <translation>Настроение в конце…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to a supervisor or specialist</source>
        <translation>Передано супервайзеру или специалисту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How did the call end?</source>
        <translation>Чем закончился звонок?</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{0} of {1} characters</source>
        <translation>{0} из {1} символов</translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/incident_list.py" line="+194"/>
        <source>No incidents are behind this figure.</source>
        <translation>За этим показателем нет обращений.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s), newest first.</source>
        <translation>
            <numerusform>%Ln обращение, сначала новые.</numerusform>
            <numerusform>%Ln обращения, сначала новые.</numerusform>
            <numerusform>%Ln обращений, сначала новые.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentStory</name>
    <message>
        <location filename="../../agent_console/ui/review/story_checklist.py" line="+21"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No checklist was recorded with this incident.</source>
        <translation>С этим обращением чек-лист не записан.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adherence (required steps ticked)</source>
        <translation>Соблюдение (отмечено обязательных шагов)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required steps missed</source>
        <translation>Пропущенные обязательные шаги</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Reason given for skipping</source>
        <translation>Указанная причина пропуска</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time in {0}</source>
        <translation>Время на этапе «{0}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steps ticked, in order</source>
        <translation>Отмеченные шаги по порядку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Script</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phrasing</source>
        <translation>Формулировки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not escalated during the call.</source>
        <translation>Во время звонка эскалации не было.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} in {1}: “{2}” replaced by “{3}”</source>
        <translation>{0} в поле «{1}»: «{2}» заменено на «{3}»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} in {1}, still there at submit: “{2}”</source>
        <translation>{0} в поле «{1}», осталось при отправке: «{2}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No defensive wording was flagged.</source>
        <translation>Защитных формулировок не найдено.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/review/story_html.py" line="+47"/>
        <source> ({0} min)</source>
        <translation> ({0} мин)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submitted</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call id</source>
        <translation>Идентификатор звонка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no notes)</source>
        <translation>(без заметок)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-ups</source>
        <translation>Перезвоны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up was flagged for this incident.</source>
        <translation>Перезвон по этому обращению не назначался.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due {0} · {1} · {2} · {3}</source>
        <translation>Срок {0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review notes</source>
        <translation>Заметки разбора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No review notes yet.</source>
        <translation>Заметок разбора пока нет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incident submitted</source>
        <translation>Обращение отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up flagged</source>
        <translation>Назначен перезвон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up taken</source>
        <translation>Перезвон взят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up snoozed</source>
        <translation>Перезвон отложен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call-back tried, caller not reached</source>
        <translation>Перезвонили, клиент не ответил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up reassigned</source>
        <translation>Перезвон передан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up closed</source>
        <translation>Перезвон закрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review note added</source>
        <translation>Добавлена заметка разбора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why</source>
        <translation>почему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>удовлетворённость</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>given to</source>
        <translation>передано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the team</source>
        <translation>группа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>IncidentSubmitter</name>
    <message>
        <location filename="../../agent_console/ui/form/incident_submit.py" line="+83"/>
        <source>the database is still opening; try again in a moment.</source>
        <translation>база данных ещё открывается; повторите через минуту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing can be saved: {0}</source>
        <translation>Сохранить ничего нельзя: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved: “{0}”. The form is ready for the next call.</source>
        <translation>Сохранено: «{0}». Форма готова к следующему звонку.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The incident was NOT saved. {0}</source>
        <translation>Обращение НЕ сохранено. {0}</translation>
    </message>
</context>
<context>
    <name>IncidentsByIdModel</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/incident_list.py" line="-74"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>LeadReports</name>
    <message>
        <location filename="../../agent_console/ui/dashboard/lead_reports.py" line="+61"/>
        <source>Reports and imports are for team leads.</source>
        <translation>Отчёты и импорт доступны руководителям групп.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_console/ui/guidance/actions.py" line="+43"/>
        <source>Tick the &amp;next step</source>
        <translation>Отметить &amp;следующий шаг</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;Эскалировать…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Replace flagged wording</source>
        <translation>&amp;Заменить отмеченную формулировку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the &amp;checklist</source>
        <translation>Перейти к &amp;чек-листу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guidance &amp;editor…</source>
        <translation>&amp;Редактор подсказок…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step {0}</source>
        <translation>Шаг {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../agent_console/ui/main_window.py" line="+73"/>
        <source>&amp;Guidance</source>
        <translation>&amp;Подсказки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick &amp;step</source>
        <translation>Отметить &amp;шаг</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/help_menu.py" line="+15"/>
        <location filename="../../agent_console/ui/main_window.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;diagnostics</source>
        <translation>Копировать &amp;диагностику</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Diagnostics copied: paste them into the support ticket.</source>
        <translation>Диагностика скопирована: вставьте её в заявку в поддержку.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_actions.py" line="+41"/>
        <source>&amp;Team lead</source>
        <translation>&amp;Руководитель группы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find caller</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear search</source>
        <translation>&amp;Очистить поиск</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New caller…</source>
        <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Submit incident</source>
        <translation>&amp;Отправить обращение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Answer waiting call</source>
        <translation>&amp;Ответить на ожидающий звонок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resume parked incident</source>
        <translation>&amp;Вернуться к отложенному обращению</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Precedents</source>
        <translation>&amp;Прецеденты</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Incident form</source>
        <translation>&amp;Форма обращения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;lag for follow-up…</source>
        <translation>Назначить пере&amp;звон…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Callback queue</source>
        <translation>Очередь пере&amp;звонов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Review incidents</source>
        <translation>&amp;Разбор обращений</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../agent_console/ui/main_window.py" line="-3"/>
        <source>&amp;Call</source>
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../agent_console/ui/main_window.py" line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KPI &amp;dashboard</source>
        <translation>Панель &amp;KPI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="-22"/>
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>History  (Ctrl+H)</source>
        <translation>История  (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precedents  (Ctrl+Shift+P)</source>
        <translation>Прецеденты  (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>not open</source>
        <translation>не открыта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database could not be opened. {0} Until this is fixed nothing can be looked up or saved; you can keep typing.</source>
        <translation>Не удалось открыть базу данных. {0} Пока это не исправлено, ничего нельзя найти или сохранить; вводить текст можно.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Incident saved: {0}</source>
        <translation>Обращение сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../agent_console/ui/transfer/mapping_page.py" line="+63"/>
        <source>Dates like 02/03/2026 are day first (2 March)</source>
        <translation>В датах вида 02/03/2026 сначала день (2 марта)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name for callers the file does not name:</source>
        <translation>Имя для клиентов, у которых в файле нет имени:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Map each column of the file to a field:</source>
        <translation>Сопоставьте каждый столбец файла с полем:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s first rows:</source>
        <translation>Первые строки файла:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
</context>
<context>
    <name>MoodGauge</name>
    <message>
        <location filename="../../agent_console/ui/guidance/mood_gauge.py" line="+28"/>
        <source>Mood in the notes:</source>
        <translation>Настроение в заметках:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing to read yet.</source>
        <translation>Пока нечего оценивать.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anger {0} · Threat {1} · Urgency {2}</source>
        <translation>Гнев {0} · Угроза {1} · Срочность {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words behind the reading: {0}</source>
        <translation>Слова, на которых основана оценка: {0}</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsModel</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/my_follow_ups_model.py" line="+122"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due {0}
Priority: {1}
Whose: {2}
{3}</source>
        <translation>Срок {0}
Приоритет: {1}
Чей: {2}
{3}</translation>
    </message>
</context>
<context>
    <name>MyFollowUpsPane</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/my_follow_ups_pane.py" line="+75"/>
        <source>&amp;Open caller</source>
        <translation>&amp;Открыть клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nooze…</source>
        <translation>О&amp;тложить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your follow-ups could not be loaded: {0}</source>
        <translation>Не удалось загрузить ваши перезвоны: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: loading…</source>
        <translation>Ваши перезвоны: загрузка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: nothing to call back.</source>
        <translation>Ваши перезвоны: перезванивать некому.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your follow-ups: {0} due now, {1} later.</source>
        <translation>Ваши перезвоны: {0} сейчас, {1} позже.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This caller no longer exists.</source>
        <translation>Этого клиента больше нет.</translation>
    </message>
</context>
<context>
    <name>NewCallerDialog</name>
    <message>
        <location filename="../../agent_console/ui/new_caller_dialog.py" line="+52"/>
        <source>New caller</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several numbers: separate them with commas</source>
        <translation>Несколько номеров разделяйте запятыми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What every agent should know before speaking to this caller</source>
        <translation>Что должен знать каждый оператор, прежде чем говорить с этим клиентом</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Номера телефонов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Счёт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technical level:</source>
        <translation>&amp;Технический уровень:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned &amp;note:</source>
        <translation>Закреплённая &amp;заметка:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing can be saved: {0}</source>
        <translation>Сохранить ничего нельзя: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is not open yet.</source>
        <translation>база данных ещё не открыта.</translation>
    </message>
</context>
<context>
    <name>ParkedIncidents</name>
    <message>
        <location filename="../../agent_console/ui/parked_incidents.py" line="+184"/>
        <source>no caller picked</source>
        <translation>клиент не выбран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked incident: {0}, started {1}.</source>
        <translation>Отложенное обращение: {0}, начато {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The call ended at {0}.</source>
        <translation>Звонок завершился в {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept until you resume it (Shift+F12) or discard it.</source>
        <translation>Оно хранится, пока вы не вернётесь к нему (Shift+F12) или не отбросите его.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resume</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
</context>
<context>
    <name>PhrasebookEditor</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasebook_editor.py" line="+71"/>
        <source>Rule {0} ({1}): line {2}, column {3}: {4}</source>
        <translation>Правило {0} ({1}): строка {2}, столбец {3}: {4}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule {0}: must be an object {{…}}</source>
        <translation>Правило {0}: должно быть объектом {{…}}</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>A&amp;dd rule</source>
        <translation>&amp;Добавить правило</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>What to say instead</source>
        <translation>Что сказать вместо этого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the words are a problem</source>
        <translation>Чем плохи эти слова</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n rule(s), {0} switched off.</source>
        <translation>
            <numerusform>%Ln правило, отключено: {0}.</numerusform>
            <numerusform>%Ln правила, отключено: {0}.</numerusform>
            <numerusform>%Ln правил, отключено: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule “{0}” will be left out: {1}</source>
        <translation>Правило «{0}» будет пропущено: {1}</translation>
    </message>
</context>
<context>
    <name>PhrasingPane</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasing_dock.py" line="+72"/>
        <source>The language of the caller: checklist, phrases and checks</source>
        <translation>Язык клиента: чек-лист, фразы и проверки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click to replace the flagged words (Ctrl+. for the first)</source>
        <translation>Нажмите, чтобы заменить отмеченные слова (Ctrl+. — первое)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledge</source>
        <translation>Эмпатия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologise</source>
        <translation>Извинение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Прощание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to insert the line at the cursor</source>
        <translation>Нажмите, чтобы вставить фразу в позицию курсора</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call &amp;language:</source>
        <translation>&amp;Язык звонка:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say instead (click, or Ctrl+.):</source>
        <translation>Скажите иначе (щелчок или Ctrl+.):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good lines (click to insert):</source>
        <translation>Удачные фразы (щелчок — вставить):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rule “{0}” is switched off: {1}</source>
        <translation>Правило «{0}» отключено: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flagged wording: {0}</source>
        <translation>Отмеченные формулировки: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged wording: none. Keep it up.</source>
        <translation>Отмеченных формулировок нет. Так держать.</translation>
    </message>
</context>
<context>
    <name>PrecedentsModel</name>
    <message>
        <location filename="../../agent_console/ui/models/precedents.py" line="+149"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>PrecedentsPane</name>
    <message>
        <location filename="../../agent_console/ui/widgets/precedents_pane.py" line="+59"/>
        <source>Precedents</source>
        <translation>Прецеденты</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>How “{0}” complaints were handled for other callers, newest first</source>
        <translation>Как решали жалобы категории «{0}» у других клиентов, сначала новые</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a category on the incident form, or select an incident in the history, to see how similar complaints were resolved.</source>
        <translation>Выберите категорию в форме обращения или обращение в истории, чтобы увидеть, как решались похожие жалобы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The precedents could not be loaded: {0}</source>
        <translation>Не удалось загрузить прецеденты: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other caller has had a complaint in this category yet.</source>
        <translation>В этой категории у других клиентов жалоб ещё не было.</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_filters.py" line="+23"/>
        <source>Anyone</source>
        <translation>Кто угодно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken (team)</source>
        <translation>Никто не взял (группа)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Any</source>
        <translation>Любая</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any age</source>
        <translation>Любой давности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 1+ day ago</source>
        <translation>Назначен 1+ день назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 3+ days ago</source>
        <translation>Назначен 3+ дня назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 7+ days ago</source>
        <translation>Назначен 7+ дней назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged 30+ days ago</source>
        <translation>Назначен 30+ дней назад</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategory:</source>
        <translation>К&amp;атегория:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge:</source>
        <translation>Д&amp;авность:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/queue_model.py" line="+153"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose</source>
        <translation>Чей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>Назначен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/reassign_dialog.py" line="+20"/>
        <source>Reassign follow-up: {0}</source>
        <translation>Передать перезвон: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone on the team</source>
        <translation>Любому в группе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Give it to:</source>
        <translation>&amp;Кому передать:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Передать</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../../agent_console/ui/guidance/recovery.py" line="+15"/>
        <source>Breathe in slowly…</source>
        <translation>Медленный вдох…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold…</source>
        <translation>Задержите дыхание…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out, slowly…</source>
        <translation>Медленный выдох…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest…</source>
        <translation>Отдых…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That was a hard call. Before the next one, take a minute: breathe in for four, hold for four, out for six. It helps you stay calm for the next caller.</source>
        <translation>Это был тяжёлый звонок. Перед следующим возьмите минуту: вдох на четыре счёта, задержка на четыре, выдох на шесть. Это помогает сохранить спокойствие со следующим клиентом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take a 1-minute &amp;pause</source>
        <translation>Минутная &amp;пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pause over. Ready when you are.</source>
        <translation>Пауза окончена. Продолжайте, когда будете готовы.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}   ({1} s left)</source>
        <translation>{0}   (осталось {1} с)</translation>
    </message>
</context>
<context>
    <name>RejectionsModel</name>
    <message>
        <location filename="../../agent_console/ui/transfer/import_models.py" line="+65"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../agent_console/ui/transfer/report_page.py" line="+42"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save rejected rows as CSV…</source>
        <translation>&amp;Сохранить отклонённые строки в CSV…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>Прочитана %Ln строка…</numerusform>
            <numerusform>Прочитано %Ln строки…</numerusform>
            <numerusform>Прочитано %Ln строк…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling: undoing what was written so far…</source>
        <translation>Отмена: откат уже записанного…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {0}</source>
        <translation>Ничего не импортировано: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1} rows read in {2} s. {3} imported, {4} already there (skipped), {5} rejected. {6} new callers.</source>
        <translation>{0}: прочитано строк: {1} за {2} с. Импортировано: {3}, уже были: {4} (пропущены), отклонено: {5}. Новых клиентов: {6}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n rejected row(s) to {0}.</source>
        <translation>
            <numerusform>Сохранена %Ln отклонённая строка в {0}.</numerusform>
            <numerusform>Сохранено %Ln отклонённые строки в {0}.</numerusform>
            <numerusform>Сохранено %Ln отклонённых строк в {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <location filename="../../agent_console/ui/review/review_filters.py" line="+41"/>
        <source>Words from summaries and notes, in any language (all must appear)</source>
        <translation>Слова из кратких описаний и заметок, на любом языке (должны встречаться все)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear &amp;filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;rom</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not escalated</source>
        <translation>Без эскалации</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalat&amp;ed:</source>
        <translation>&amp;Эскалация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at st&amp;art:</source>
        <translation>Настроение в &amp;начале:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at en&amp;d:</source>
        <translation>Настроение в &amp;конце:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Any</source>
        <translation>Любая</translation>
    </message>
</context>
<context>
    <name>ReviewResultsModel</name>
    <message>
        <location filename="../../agent_console/ui/review/results_model.py" line="+131"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caller</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0}, escalated</source>
        <translation>{0}, эскалировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}
Mood: {1}
Outcome: {2}</source>
        <translation>{0}
Настроение: {1}
Итог: {2}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../agent_console/ui/review/review_window.py" line="+38"/>
        <source>Incident review — Agent Console</source>
        <translation>Разбор обращений — Agent Console</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The search failed: {0}</source>
        <translation>Поиск не удался: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incident matches. Try fewer words or fewer filters.</source>
        <translation>Совпадений нет. Попробуйте меньше слов или фильтров.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the newest %n match(es); scroll for more.</source>
        <translation>
            <numerusform>Показано %Ln последнее совпадение; прокрутите, чтобы увидеть больше.</numerusform>
            <numerusform>Показаны %Ln последних совпадения; прокрутите, чтобы увидеть больше.</numerusform>
            <numerusform>Показаны %Ln последних совпадений; прокрутите, чтобы увидеть больше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n incident(s) match, newest first.</source>
        <translation>
            <numerusform>Найдено %Ln обращение, сначала новые.</numerusform>
            <numerusform>Найдено %Ln обращения, сначала новые.</numerusform>
            <numerusform>Найдено %Ln обращений, сначала новые.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../agent_console/ui/roles.py" line="+13"/>
        <source>agent</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team lead</source>
        <translation>руководитель группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../agent_console/ui/guidance/phrasebook_editor.py" line="-140"/>
        <source>Rule {0} (not valid JSON)</source>
        <translation>Правило {0} (некорректный JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ticked: the rule is on. Unticked: switched off for everyone.</source>
        <translation>Отмечено: правило включено. Не отмечено: отключено для всех.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="+45"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Solar Hijri (۱۴۰۵/۱/۱)</source>
        <translation>Солнечная хиджра (۱۴۰۵/۱/۱)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gregorian (2026/3/21)</source>
        <translation>Григорианский (2026/3/21)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is rebuilt in the new language at once; what you are typing is kept.</source>
        <translation>Окно сразу перестраивается на новом языке; введённый текст сохраняется.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar:</source>
        <translation>&amp;Календарь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits:</source>
        <translation>&amp;Цифры:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Persian (۱۲۳)</source>
        <translation>Персидские (۱۲۳)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic-Indic (١٢٣)</source>
        <translation>Арабско-индийские (١٢٣)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin (123)</source>
        <translation>Латинские (123)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../agent_console/ui/sign_in_dialog.py" line="+41"/>
        <source>Sign in – Agent Console</source>
        <translation>Вход – Agent Console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with your own login to work in the shared database.</source>
        <translation>Войдите под своим логином, чтобы работать с общей базой данных.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember on this computer (in the system keyring)</source>
        <translation>&amp;Запомнить на этом компьютере (в системном хранилище ключей)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no system keyring, so the password cannot be remembered safely and is asked for at every start. It is never written to a file.</source>
        <translation>На этом компьютере нет системного хранилища ключей, поэтому пароль нельзя безопасно запомнить, и он запрашивается при каждом запуске. Пароль никогда не записывается в файл.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server: {0}</source>
        <translation>Сервер: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database did not accept the login {0} with that password. Check both (is Caps Lock on?) and try again. If you have forgotten your password, ask IT or your team lead to reset it.</source>
        <translation>База данных не приняла логин {0} с этим паролем. Проверьте оба (не включён ли Caps Lock?) и попробуйте ещё раз. Если вы забыли пароль, попросите ИТ-отдел или руководителя группы сбросить его.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account {0} is locked or disabled, so it cannot sign in. Ask your team lead or IT to enable it, or sign in with another login.</source>
        <translation>Учётная запись {0} заблокирована или отключена, войти с ней нельзя. Попросите руководителя группы или ИТ-отдел включить её либо войдите под другим логином.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database server {0} could not be reached. Check the network connection, then press Sign in to try again. If it keeps happening, ask IT whether the server is up.</source>
        <translation>Сервер базы данных {0} недоступен. Проверьте сетевое подключение и нажмите «Войти», чтобы повторить. Если ошибка повторяется, спросите ИТ-отдел, работает ли сервер.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to {0}…</source>
        <translation>Подключение к {0}…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location line="+61"/>
        <source>You are not signed in, so nothing can be looked up or saved. Choose Call &gt; Switch user… (Ctrl+Shift+U) to sign in.</source>
        <translation>Вы не вошли в систему, поэтому ничего нельзя найти или сохранить. Чтобы войти, выберите Звонок &gt; Сменить пользователя… (Ctrl+Shift+U).</translation>
    </message>
</context>
<context>
    <name>SkipReasonDialog</name>
    <message>
        <location filename="../../agent_console/ui/guidance/skip_reason.py" line="+29"/>
        <source>Required steps not ticked</source>
        <translation>Обязательные шаги не отмечены</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These required checklist steps are not ticked:
{0}

Why were they skipped? The reason is stored with the incident.</source>
        <translation>Эти обязательные шаги чек-листа не отмечены:
{0}

Почему их пропустили? Причина сохранится в обращении.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For example: the caller hung up early</source>
        <translation>Например: клиент рано положил трубку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit with this reason</source>
        <translation>Отправить с этой причиной</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the call</source>
        <translation>Вернуться к звонку</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_console/ui/follow_ups/snooze_dialog.py" line="+31"/>
        <source>Snooze follow-up: {0}</source>
        <translation>Отложить перезвон: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For example: the caller asked for next week</source>
        <translation>Например: клиент попросил на следующей неделе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up:</source>
        <translation>Перезвон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Почему:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That time has already passed (it is now {0}).</source>
        <translation>Это время уже прошло (сейчас {0}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why it waits, so whoever looks at it later knows.</source>
        <translation>Укажите, почему он ждёт, чтобы тот, кто посмотрит позже, понял.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+23"/>
        <source>Not signed in yet</source>
        <translation>Вход ещё не выполнен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="-210"/>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+1"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+1"/>
        <source>No unsaved draft</source>
        <translation>Несохранённого черновика нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Online, sending %n</source>
        <translation>
            <numerusform>В сети, отправляется: %Ln</numerusform>
            <numerusform>В сети, отправляется: %Ln</numerusform>
            <numerusform>В сети, отправляется: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline, %n waiting</source>
        <translation>
            <numerusform>Не в сети, ожидают отправки: %Ln</numerusform>
            <numerusform>Не в сети, ожидают отправки: %Ln</numerusform>
            <numerusform>Не в сети, ожидают отправки: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {0} refused (see log)</source>
        <translation>; отклонено: {0} (см. журнал)</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../agent_console/ui/review/story_view.py" line="+59"/>
        <source>Your review note: what went well, what to do differently (Ctrl+Return adds it)</source>
        <translation>Ваша заметка разбора: что получилось хорошо, что сделать иначе (Ctrl+Return — добавить)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;review note</source>
        <translation>Добавить заметку &amp;разбора</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an incident to read its whole story.</source>
        <translation>Выберите обращение, чтобы прочитать его историю целиком.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This incident no longer exists.</source>
        <translation>Этого обращения больше нет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The incident could not be loaded: {0}</source>
        <translation>Не удалось загрузить обращение: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review note added.</source>
        <translation>Заметка разбора добавлена.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note was NOT added. {0}</source>
        <translation>Заметка НЕ добавлена. {0}</translation>
    </message>
</context>
<context>
    <name>UserSwitch</name>
    <message>
        <location filename="../../agent_console/ui/user_switch.py" line="+51"/>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no caller picked</source>
        <translation>клиент не выбран</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch user</source>
        <translation>Смена пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident for {0} is not submitted yet. It will be kept on this computer for {1} and offered back when {1} signs in here again; nobody else sees it.</source>
        <translation>Обращение по клиенту {0} ещё не отправлено. Оно сохранится на этом компьютере для пользователя {1} и будет предложено снова, когда {1} войдёт здесь; никто другой его не увидит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it for {0} and switch</source>
        <translation>&amp;Сохранить для {0} и сменить</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was switched: the unfinished incident could not be kept. {0}</source>
        <translation>Смены не было: не удалось сохранить незавершённое обращение. {0}</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../agent_console/ui/admin/users_model.py" line="+48"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+44"/>
        <source>Users – Agent Console</source>
        <translation>Пользователи – Agent Console</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone who signs in to this database. Disabling someone stops them signing in and keeps their incidents and history.</source>
        <translation>Все, кто входит в эту базу данных. Отключённый пользователь не сможет войти, но его обращения и история сохраняются.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Change role…</source>
        <translation>&amp;Сменить роль…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+48"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Enable…</source>
        <translation>&amp;Включить…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/admin/screenshots.py" line="+82"/>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+20"/>
        <source>{0} was added as {1}.</source>
        <translation>{0} добавлен(а) с ролью «{1}».</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/admin/users_window.py" line="+12"/>
        <source>{0} is already {1}.</source>
        <translation>У {0} уже роль «{1}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make {0} ({1}) {2}? They get what that role allows from their next sign-in.</source>
        <translation>Назначить {0} ({1}) роль «{2}»? Права этой роли появятся со следующего входа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is now {1}.</source>
        <translation>Теперь у {0} роль «{1}».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable {0} ({1})? They can no longer sign in; their incidents, follow-ups and history stay.</source>
        <translation>Отключить {0} ({1})? Войти будет нельзя; обращения, перезвоны и история останутся.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is disabled.</source>
        <translation>{0} отключён(а).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable {0} ({1}) again? They sign in with their old password.</source>
        <translation>Снова включить {0} ({1})? Вход — со старым паролем.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} may sign in again.</source>
        <translation>{0} снова может входить.</translation>
    </message>
</context>
<context>
    <name>WaitingCalls</name>
    <message>
        <location filename="../../agent_console/ui/call_queue.py" line="+60"/>
        <source>Switch to this call</source>
        <translation>Перейти к этому звонку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Call from {0} ended at {1} before you switched to it.</source>
        <translation>Звонок от {0} завершился в {1}, прежде чем вы на него переключились.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming call: {0}.</source>
        <translation>Входящий звонок: {0}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing call: {0}.</source>
        <translation>Исходящий звонок: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press F12 to switch to it; the incident on the form is then parked.</source>
        <translation>Нажмите F12, чтобы переключиться на него; обращение из формы будет отложено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It waits behind the call above.</source>
        <translation>Ждёт после звонка выше.</translation>
    </message>
</context>
<context>
    <name>escalation</name>
    <message>
        <location filename="../../agent_console/core/escalation.py" line="+32"/>
        <source>Abusive caller</source>
        <translation>Оскорбляющий клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <translation>Угроза судом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety concern</source>
        <translation>Угроза безопасности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond my authority</source>
        <translation>Вне моих полномочий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat complaint</source>
        <translation>Повторная жалоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller asks for a supervisor</source>
        <translation>Клиент просит супервайзера</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The caller mentioned {words}: if anyone may be in danger, follow the safety protocol and escalate now.</source>
        <translation>Клиент упомянул {words}: если кому-то может угрожать опасность, следуйте протоколу безопасности и эскалируйте немедленно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller mentioned {words}: legal threats go to a supervisor; don&apos;t argue the legal point yourself.</source>
        <translation>Клиент упомянул {words}: угрозы судом передаются супервайзеру; не спорьте о юридической стороне сами.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller used {words}: you don&apos;t have to take abuse; warn once, then escalate.</source>
        <translation>Клиент использовал {words}: терпеть оскорбления вы не обязаны; предупредите один раз, затем эскалируйте.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller asked for {words}: offer to bring in your supervisor.</source>
        <translation>Клиент попросил {words}: предложите подключить вашего супервайзера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compensation of {amount} is above your limit of {limit}: a supervisor must approve it.</source>
        <translation>Компенсация {amount} превышает ваш лимит {limit}: её должен одобрить супервайзер.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is complaint number {count} about the same problem in {days} days: escalate it so the cause gets fixed.</source>
        <translation>Это уже жалоба № {count} по той же проблеме за {days} дней: эскалируйте, чтобы устранили причину.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The caller is still furious after the problem was agreed: consider handing over to a supervisor.</source>
        <translation>Клиент всё ещё в ярости, хотя проблема согласована: подумайте о передаче звонка супервайзеру.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/guidance/escalation.py" line="-41"/>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated at {0} by {1}: {2}</source>
        <translation>Эскалировано в {0}, {1}: {2}</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../agent_console/ui/failures.py" line="+51"/>
        <source>Something went wrong ({0}). What you typed is still here; the details are in the log.</source>
        <translation>Что-то пошло не так ({0}). Введённый текст на месте; подробности в журнале.</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <location filename="../../agent_console/core/import_mapping.py" line="+32"/>
        <source>Record id (makes a re-run skip what it already imported)</source>
        <translation>Идентификатор записи (при повторном запуске уже импортированное пропускается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller account reference</source>
        <translation>Номер счёта клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller phone</source>
        <translation>Телефон клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller language (en, fa, ar, ru)</source>
        <translation>Язык клиента (en, fa, ar, ru)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller pinned note</source>
        <translation>Закреплённая заметка клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call started (date, or date and time)</source>
        <translation>Начало звонка (дата или дата и время)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call ended</source>
        <translation>Окончание звонка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category (code, label or words to match)</source>
        <translation>Категория (код, название или слова для сопоставления)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (else the category text)</source>
        <translation>Суть (иначе — текст категории)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity (1-4)</source>
        <translation>Критичность (1–4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at start (1-5)</source>
        <translation>Настроение в начале (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood at end (1-5)</source>
        <translation>Настроение в конце (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution (sets the outcome too)</source>
        <translation>Решение (задаёт и итог)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated (yes/no)</source>
        <translation>Эскалировано (да/нет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation amount</source>
        <translation>Сумма компенсации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation currency</source>
        <translation>Валюта компенсации</translation>
    </message>
</context>
<context>
    <name>phrasing</name>
    <message>
        <location filename="../../agent_console/ui/guidance/findings_model.py" line="-51"/>
        <source>Refusal</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excuse</source>
        <translation>Оправдание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimising</source>
        <translation>Преуменьшение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passing the buck</source>
        <translation>Перекладывание ответственности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>taxonomy</name>
    <message>
        <location filename="../../agent_console/core/taxonomy.py" line="+24"/>
        <source>Product or service quality</source>
        <translation>Качество товара или услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects, service below the promised standard</source>
        <translation>Дефекты, услуга ниже обещанного уровня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff behaviour</source>
        <translation>Поведение персонала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude or careless handling, slow answers, weak support</source>
        <translation>Грубое или небрежное обслуживание, медленные ответы, слабая поддержка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing and pricing</source>
        <translation>Счета и цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed bills, unfair prices, hidden fees, unclear terms</source>
        <translation>Спорные счета, несправедливые цены, скрытые платежи, неясные условия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken promise</source>
        <translation>Невыполненное обещание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising or sales promises that set false expectations</source>
        <translation>Обещания в рекламе или при продаже, создавшие ложные ожидания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery and logistics</source>
        <translation>Доставка и логистика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late, damaged or lost deliveries, poor packaging</source>
        <translation>Задержка, повреждение или потеря доставки, плохая упаковка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical fault</source>
        <translation>Техническая неисправность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages, website or software errors</source>
        <translation>Сбои, ошибки сайта или программ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard to use</source>
        <translation>Неудобство использования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusing sites, forms or purchase flows</source>
        <translation>Запутанные сайты, формы или процесс покупки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competitor comparison</source>
        <translation>Сравнение с конкурентом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caller heard a competitor does better</source>
        <translation>Клиент слышал, что у конкурента лучше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignored feedback</source>
        <translation>Отзыв проигнорирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complained before and nothing changed</source>
        <translation>Жаловался раньше, и ничего не изменилось</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal factors</source>
        <translation>Личные факторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller stress, cultural differences, unreasonable expectations</source>
        <translation>Стресс клиента, культурные различия, завышенные ожидания</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Критическая</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Furious</source>
        <translation>В ярости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Зол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset</source>
        <translation>Расстроен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Нейтрален</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Спокоен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Misunderstanding</source>
        <translation>Недопонимание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken process</source>
        <translation>Сбой процесса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product defect</source>
        <translation>Дефект товара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff error</source>
        <translation>Ошибка персонала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>Третья сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations set wrongly</source>
        <translation>Неверно заданные ожидания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet known</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explained</source>
        <translation>Разъяснено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Исправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free service</source>
        <translation>Бесплатная услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>Извинение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Escalated</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Pending</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action possible</source>
        <translation>Сделать ничего нельзя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved on this call</source>
        <translation>Решено в этом звонке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs follow-up</source>
        <translation>Нужен перезвон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Персидский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
</context>
</TS>
