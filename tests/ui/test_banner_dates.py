"""Banners that name a time (an unfinished or parked incident, a waiting call that ended) use
the agent's calendar and digits, like the rest of the window."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from agent_console.core.call_event import CALL, CallEvent
from agent_console.core.incident_input import IncidentInput
from agent_console.core.options import AppOptions
from agent_console.ui.main_window import MainWindow
from agent_console.ui.widgets.banner import Banner
from tests.ui.conftest import WindowFactory

# 2026-03-21 12:00 UTC is 1 Farvardin 1405 in Tehran and everywhere west of it to UTC-11.
MOMENT = datetime(2026, 3, 21, 12, 0, tzinfo=UTC)


def _shown(window: MainWindow, name: str) -> list[Banner]:
    return [b for b in window.banners.findChildren(Banner, name) if b.isVisibleTo(window)]


def test_parked_and_ended_call_banners_show_solar_hijri_dates_in_persian_digits(
    qtbot: QtBot, persian: str, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    window = make_window(demo_options)
    pop = window.call_pop
    window.form.begin_call(MOMENT.isoformat(), "c0")  # this call began on 1 Farvardin 1405
    window.form.summary.setText("نیمه‌کاره")
    pop.receive(CallEvent(CALL, "+98 912 345 6789", "Maryam", call_id="c1", at=MOMENT))
    pop.receive(CallEvent(CALL, "+98 912 000 0000", "Reza", call_id="c2", at=MOMENT))
    qtbot.waitUntil(lambda: len(pop.waiting) == 2)
    assert pop.calls.mark_ended("c2", MOMENT)
    ended = [b.message.text() for b in _shown(window, "incomingCallBanner")]
    assert any("۱۴۰۵" in text for text in ended), ended  # not 2026, not 1405 in Latin digits
    assert not any("2026" in text or "1405" in text for text in ended), ended

    pop.answer_next()  # the form's incident is parked for Maryam's call
    qtbot.waitUntil(lambda: len(_shown(window, "parkedBanner")) == 1)
    parked = _shown(window, "parkedBanner")[0].message.text()
    assert "۱۴۰۵" in parked and "2026" not in parked, parked


def test_the_unfinished_incident_offer_shows_its_start_in_the_agents_calendar(
    qtbot: QtBot, persian: str, make_window: WindowFactory, demo_options: AppOptions
) -> None:
    draft = IncidentInput(summary="نیمه‌کاره", started_at=MOMENT.isoformat())
    demo_options.draft_path.write_text(json.dumps(draft.to_json()), "utf-8")
    window = make_window(demo_options)
    banner = window.draft_offer.banner
    assert banner is not None
    assert "۱۴۰۵" in banner.message.text() and "2026" not in banner.message.text()
