<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardWindow</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/dashboard/window.py" line="+60"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>{0} – {1} · {2} · %n incident(s)</source>
        <translation>
            <numerusform>{0} – {1} · {2} · %n incident</numerusform>
            <numerusform>{0} – {1} · {2} · %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/transfer/export_actions.py" line="+41"/>
        <source>Saved %n incident(s) to {0}.</source>
        <translation>
            <numerusform>Saved %n incident to {0}.</numerusform>
            <numerusform>Saved %n incidents to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n follow-up(s) to {0}.</source>
        <translation>
            <numerusform>Saved %n follow-up to {0}.</numerusform>
            <numerusform>Saved %n follow-ups to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Saved the dashboard (%n page(s)) to {0}.</source>
        <translation>
            <numerusform>Saved the dashboard (%n page) to {0}.</numerusform>
            <numerusform>Saved the dashboard (%n pages) to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpAlerts</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/follow_ups/alerts.py" line="+99"/>
        <source>%n follow-ups are due, first: call {0} back — {1}</source>
        <translation>
            <numerusform>%n follow-up is due: call {0} back — {1}</numerusform>
            <numerusform>%n follow-ups are due, first: call {0} back — {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/form/incident_form.py" line="+179"/>
        <source>Removed %n invisible control character(s) that came in with pasted text.</source>
        <translation>
            <numerusform>Removed %n invisible control character that came in with pasted text.</numerusform>
            <numerusform>Removed %n invisible control characters that came in with pasted text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/dashboard/incident_list.py" line="+196"/>
        <source>%n incident(s), newest first.</source>
        <translation>
            <numerusform>%n incident.</numerusform>
            <numerusform>%n incidents, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhrasebookEditor</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/guidance/phrasebook_editor.py" line="+275"/>
        <source>%n rule(s), {0} switched off.</source>
        <translation>
            <numerusform>%n rule, {0} switched off.</numerusform>
            <numerusform>%n rules, {0} switched off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/transfer/report_page.py" line="+84"/>
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>%n row read…</numerusform>
            <numerusform>%n rows read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Saved %n rejected row(s) to {0}.</source>
        <translation>
            <numerusform>Saved %n rejected row to {0}.</numerusform>
            <numerusform>Saved %n rejected rows to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/review/review_window.py" line="+111"/>
        <source>Showing the newest %n match(es); scroll for more.</source>
        <translation>
            <numerusform>Showing the newest %n match; scroll for more.</numerusform>
            <numerusform>Showing the newest %n matches; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n incident(s) match, newest first.</source>
        <translation>
            <numerusform>%n incident matches.</numerusform>
            <numerusform>%n incidents match, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <location filename="../../agent_console/ui/widgets/status_line.py" line="+34"/>
        <source>Online, sending %n</source>
        <translation>
            <numerusform>Online, sending %n</numerusform>
            <numerusform>Online, sending %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline, %n waiting</source>
        <translation>
            <numerusform>Offline, %n waiting</numerusform>
            <numerusform>Offline, %n waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
