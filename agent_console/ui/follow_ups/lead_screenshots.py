"""Screenshots of the team lead's callback queue and incident review, for the docs.

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        python -m agent_console.ui.follow_ups.lead_screenshots --out docs/screenshots --lang fa

Works on a temporary demo database as the demo team lead, adds a few follow-ups and one
fully documented incident (checklist, escalation, phrasing, a closed follow-up, a review
note), then saves ``queue-<lang>.png`` and ``review-<lang>.png``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_console.core.options import AppOptions
from agent_console.ui.app import build_window, prepare_application
from agent_console.ui.runner import OperationRunner
from agent_console.ui.screenshot import _settle, _wait_for

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SAMPLES: dict[str, dict[str, Any]] = {
    "en": {
        "search": "refund",
        "summary": "Refund promised in March never arrived",
        "notes": "Third call about the same refund. Caller was furious at first; apologised "
        "without excuses and confirmed the transfer with billing.",
        "reasons": [
            "Confirm the refund reached the account",
            "Call back with the courier's answer",
            "Check the technician's visit went well",
            "Explain the corrected invoice",
        ],
        "review": "Good recovery. Next time offer the reference number before the caller asks.",
        "original": "You should have read the terms",
        "replacement": "I understand the terms were not clear; let me explain them now",
    },
    "fa": {
        "search": "قبض",
        "summary": "بازپرداخت وعده‌داده‌شده در اسفند هنوز نرسیده",
        "notes": "سومین تماس درباره همین بازپرداخت قبض. تماس‌گیرنده اول بسیار عصبانی بود؛ بدون "
        "توجیه عذرخواهی شد و واریز با بخش مالی تأیید شد.",
        "reasons": [
            "تأیید رسیدن بازپرداخت به حساب",
            "خبر دادن پاسخ شرکت پست",
            "پرسیدن نتیجه بازدید کارشناس",
            "توضیح قبض اصلاح‌شده",
        ],
        "review": "جمع‌بندی خوب بود. دفعه بعد شماره پیگیری را زودتر بدهید.",
        "original": "باید شرایط را می‌خواندید",
        "replacement": "متوجهم که شرایط روشن نبود؛ اجازه بدهید توضیح بدهم",
    },
    "ar": {
        "search": "الفاتورة",
        "summary": "الاسترداد الموعود في مارس لم يصل",
        "notes": "المكالمة الثالثة بشأن استرداد مبلغ الفاتورة. كان العميل غاضباً؛ اعتذرنا دون "
        "تبرير وتأكدنا من التحويل مع قسم الفوترة.",
        "reasons": [
            "التأكد من وصول المبلغ إلى الحساب",
            "إبلاغ العميل برد شركة الشحن",
            "السؤال عن زيارة الفني",
            "شرح الفاتورة المصححة",
        ],
        "review": "معالجة جيدة. في المرة القادمة قدّم رقم المرجع مبكراً.",
        "original": "كان يجب أن تقرأ الشروط",
        "replacement": "أتفهم أن الشروط لم تكن واضحة؛ دعني أشرحها الآن",
    },
    "ru": {
        "search": "возврат",
        "summary": "Обещанный в марте возврат так и не пришёл",
        "notes": "Третий звонок по тому же возврату. Сначала клиент был в ярости; извинились без "
        "оправданий и подтвердили перевод с бухгалтерией.",
        "reasons": [
            "Подтвердить, что возврат дошёл",
            "Перезвонить с ответом курьерской службы",
            "Узнать, как прошёл визит мастера",
            "Объяснить исправленный счёт",
        ],
        "review": "Хорошо исправили ситуацию. В следующий раз сразу назовите номер обращения.",
        "original": "Вы должны были прочитать условия",
        "replacement": "Понимаю, условия были неясны; давайте я объясню",
    },
}


def stage(session: Session, language: str) -> uuid.UUID:
    """Follow-ups in several states and one incident with its whole story; returns its id."""
    from sqlalchemy import select

    from agent_console.core.checklist import ChecklistState, load_script
    from agent_console.core.incident_input import ValidIncident
    from agent_console.store.follow_ups import claim_follow_up, close_follow_up, create_follow_up
    from agent_console.store.incidents import caller_history, submit_incident
    from agent_console.store.lead_records import NewReviewNote
    from agent_console.store.models import Agent, Caller
    from agent_console.store.records import AgentRef, NewFollowUp
    from agent_console.store.review import add_review_note

    text: dict[str, Any] = SAMPLES.get(language, SAMPLES["en"])
    people = {a.login: AgentRef(a.id, a.login, a.display_name, a.role)
              for a in session.scalars(select(Agent))}  # fmt: skip
    sara, reza, lead = people["smills"], people["rkarimi"], people["dorlov"]
    now = datetime.now(UTC)
    callers = list(session.scalars(select(Caller.id).order_by(Caller.created_at).limit(6)))
    for n, caller_id in enumerate(callers[1:5]):
        page = caller_history(session, caller_id)
        linked = page.rows[0].id if page.rows else None
        new = NewFollowUp(
            caller_id, now + timedelta(hours=(-30, -3, 5, 50)[n]), text["reasons"][n],
            incident_id=linked, priority=(1, 2, 1, 3)[n],
            scope=("agent", "team", "agent", "team")[n],
            owner_id=(sara.id, None, reza.id, None)[n],
        )  # fmt: skip
        create_follow_up(session, new, sara if n % 2 else reza)
    started = now - timedelta(hours=26)
    state = ChecklistState(load_script(language if language in SAMPLES else "en"), started)
    for minute, step in enumerate(("listen", "validate", "apologise", "clarify", "history",
                                   "options", "agree", "follow_up")):  # fmt: skip
        state.tick(step, started + timedelta(minutes=1 + minute * 1.5))
    record: dict[str, Any] = state.to_record("The caller had already been through it twice.")
    record["escalation"] = {
        "by": "smills", "by_name": "Sara Mills", "at": (started + timedelta(minutes=6)).isoformat(),
        "reason": "repeat_complaint", "note": "",
    }  # fmt: skip
    record["phrasing"] = {
        "language": language, "phrasebook_version": 1,
        "replacements": [{"rule_id": "blame", "kind": "blame", "field": "notes",
                          "original": text["original"], "replacement": text["replacement"],
                          "at": (started + timedelta(minutes=4)).isoformat()}],
    }  # fmt: skip
    incident = ValidIncident(
        id=uuid.uuid4(), caller_id=callers[0], started_at=started,
        ended_at=started + timedelta(minutes=14), category="billing", severity=3, mood_start=1,
        mood_end=4, summary=text["summary"], notes=text["notes"], root_cause="process",
        resolution="refund", compensation_amount=None, compensation_currency=None,
        escalated=True, outcome="follow_up", checklist=record, call_id=None,
    )  # fmt: skip
    submit_incident(session, incident, sara)
    flag = NewFollowUp(callers[0], now - timedelta(hours=2), text["reasons"][0], incident.id)
    row, _ = create_follow_up(session, flag, sara)
    row, _ = claim_follow_up(session, row.id, row.version, sara)
    close_follow_up(session, row.id, row.version, "resolved", 4, text["review"][:40], sara)
    add_review_note(session, NewReviewNote(incident.id, text["review"]), lead)
    staged: uuid.UUID = incident.id
    return staged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1360x800")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="agent-console-shot-") as temp:
        options = AppOptions(
            data_dir=Path(temp), demo=True, lang=args.lang, region="IR", act_as="dorlov"
        )
        app, language = prepare_application(options)
        runner = OperationRunner()
        window = build_window(options, runner)
        window.resize(1400, 860)
        window.show()
        window.start()
        try:
            _wait_for(lambda: window.services.data.state in ("open", "failed"))
            staged: list[uuid.UUID] = []
            window.services.data.run(lambda s: stage(s, language), staged.append)
            _wait_for(lambda: bool(staged))
            args.out.mkdir(parents=True, exist_ok=True)
            tools = window.follow_up_tools
            tools.open_queue()
            queue = tools.queue_window
            assert queue is not None
            queue.resize(width, height)
            _wait_for(lambda: queue.model.state == "loaded")
            _settle(runner)
            queue.view.setCurrentIndex(queue.model.index(1, 0))
            _settle(runner)
            saved = [args.out / f"queue-{language}.png"]
            queue.grab().save(str(saved[0]))
            queue.hide()
            tools.open_review()
            review = tools.review_window
            assert review is not None
            review.resize(width, height)
            review.filters.text.setText(SAMPLES.get(language, SAMPLES["en"])["search"])
            review.search()
            _wait_for(lambda: review.model.state == "loaded" and review.model.rowCount() > 0)
            row = next(
                r for r in range(review.model.rowCount())
                if review.model.incident(r).id == staged[0]  # type: ignore[union-attr]
            )  # fmt: skip
            review.view.setCurrentIndex(review.model.index(row, 0))
            _wait_for(lambda: review.story.story is not None)
            _settle(runner)
            saved.append(args.out / f"review-{language}.png")
            review.grab().save(str(saved[1]))
            review.hide()
            boards: list[object] = []
            dashboard = window.lead_reports.open_dashboard()
            assert dashboard is not None
            dashboard.loaded.connect(lambda: boards.append(True))
            dashboard.resize(width, height)
            _wait_for(lambda: bool(boards))
            _settle(runner)
            saved.append(args.out / f"dashboard-{language}.png")
            dashboard.grab().save(str(saved[2]))
            for path in saved:
                print(path)
        finally:
            window.close()
            runner.shutdown()
            del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
