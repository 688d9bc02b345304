"""Incident review through the real window: search in every language, filter, the story, a note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from agent_console.core.options import AppOptions
from agent_console.core.textfold import fold
from agent_console.store.records import IncidentRow
from agent_console.ui.main_window import MainWindow
from agent_console.ui.review.review_window import ReviewWindow
from tests.ui.follow_up_helpers import FakeClock, open_window
from tests.ui.ui_helpers import type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _review(qtbot: QtBot, window: MainWindow) -> ReviewWindow:
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    review = window.follow_up_tools.review_window
    assert review is not None
    qtbot.waitUntil(lambda: review.isVisible() and review.model.state == "loaded")
    return review


def _results(review: ReviewWindow) -> list[IncidentRow]:
    found = [review.model.incident(r) for r in range(review.model.rowCount())]
    return [i for i in found if i is not None]


def _search(qtbot: QtBot, review: ReviewWindow, text: str) -> list[IncidentRow]:
    review.filters.text.clear()
    type_text(qtbot, review.filters.text, text)
    qtbot.keyClick(review.filters.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.model.state == "loaded")
    return _results(review)


@pytest.fixture
def lead_window(qtbot: QtBot, demo_options: AppOptions) -> MainWindow:
    return open_window(qtbot, demo_options, FakeClock(), act_as="dorlov")


@pytest.mark.parametrize(
    ("typed", "stored_word"),
    [
        ("كنتور", "کنتور"),  # Persian word typed with an Arabic kaf
        ("الفاتوره", "الفاتورة"),  # Arabic, teh marbuta typed as heh
        ("ВЫДАЕТ ошибку", "выдаёт"),  # Russian, ё typed as е, in capitals, two words
    ],
)
def test_search_finds_incidents_in_persian_arabic_and_russian(
    qtbot: QtBot, lead_window: MainWindow, typed: str, stored_word: str
) -> None:
    review = _review(qtbot, lead_window)
    everything = len(_results(review))
    found = _search(qtbot, review, typed)
    assert found and len(found) < everything
    assert all(stored_word in f"{i.summary}\n{i.notes}" for i in found)
    assert all(fold(w) in fold(f"{i.summary} {i.notes}") for i in found for w in typed.split())
    assert "match" in review.status.text()


def test_filters_narrow_the_results(qtbot: QtBot, lead_window: MainWindow) -> None:
    review = _review(qtbot, lead_window)
    review.filters.choose(review.filters.category, "billing")
    qtbot.waitUntil(lambda: review.model.state == "loaded")
    billing = _results(review)
    assert billing and all(i.category == "billing" for i in billing)
    review.filters.choose(review.filters.escalated, True)
    qtbot.waitUntil(lambda: review.model.state == "loaded")
    assert all(i.category == "billing" and i.escalated for i in _results(review))
    assert len(_results(review)) < len(billing)
    review.filters.clear()
    qtbot.waitUntil(lambda: review.model.state == "loaded")
    assert len(_results(review)) > len(billing)


def test_the_story_shows_the_audit_trail_and_a_review_note_is_added(
    qtbot: QtBot, lead_window: MainWindow
) -> None:
    review = _review(qtbot, lead_window)
    found = _search(qtbot, review, "کنتور")
    review.view.setCurrentIndex(review.model.index(0, 0))
    story = review.story
    qtbot.waitUntil(lambda: story.story is not None and story.story.incident.id == found[0].id)
    text = story.browser.toPlainText()
    for heading in ("Checklist", "Follow-ups", "Review notes", "Audit trail", "Notes"):
        assert heading in text
    assert "Incident submitted" in text and found[0].summary in text
    assert "No review notes yet." in text
    type_text(qtbot, story.note, "همدلی خوب بود؛ next time offer the meter reading date.")
    qtbot.mouseClick(story.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Review note added" in story.browser.toPlainText())
    text = story.browser.toPlainText()
    assert "همدلی خوب بود؛ next time offer the meter reading date." in text
    assert "Дмитрий Орлов" in text and "dorlov" in text
    assert story.note.toPlainText() == ""
    # The agent's record is as it was.
    assert story.story is not None and story.story.incident == found[0]


def test_an_agent_cannot_open_the_review(qtbot: QtBot, demo_options: AppOptions) -> None:
    window = open_window(qtbot, demo_options, FakeClock())
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    assert window.follow_up_tools.review_window is None
