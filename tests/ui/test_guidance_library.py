"""Reloading guidance after every submit: what a team lead changed is used, the rest is kept."""

from __future__ import annotations

from copy import deepcopy

from agent_console.store.guidance import (
    CHECKLIST,
    KINDS,
    LANGUAGE_CODES,
    PHRASEBOOK,
    ContentVersion,
    shipped_body,
)
from agent_console.ui.guidance.library import build

POLICY = "That's not our policy."


def _shipped() -> list[ContentVersion]:
    return [
        ContentVersion(kind, lang, int(body["version"]), body, False)
        for kind in KINDS
        for lang in LANGUAGE_CODES
        for body in [shipped_body(kind, lang)]
    ]


def _flags(loaded_book: object, text: str) -> list[str]:
    return [f.rule_id for f in loaded_book.check(text)]  # type: ignore[attr-defined]


def test_a_new_version_is_used_and_unchanged_content_is_not_parsed_again() -> None:
    first = build(_shipped())
    assert "en.refusal.policy" in _flags(first.phrasebooks["en"], POLICY)

    # A lead switched the policy rule off (version 2); nothing else changed.
    body = deepcopy(shipped_body(PHRASEBOOK, "en"))
    body["rules"] = [r for r in body["rules"] if r["id"] != "en.refusal.policy"]
    body["version"] = 2
    contents = [
        ContentVersion(PHRASEBOOK, "en", 2, body, True)
        if (c.kind, c.language) == (PHRASEBOOK, "en")
        else c
        for c in _shipped()
    ]
    second = build(contents, first)
    assert "en.refusal.policy" not in _flags(second.phrasebooks["en"], POLICY)
    assert second.contents[(PHRASEBOOK, "en")].version == 2
    # What did not change is the very same object: hundreds of patterns not compiled again.
    assert second.phrasebooks["fa"] is first.phrasebooks["fa"]
    assert second.scripts["en"] is first.scripts["en"]


def test_a_broken_saved_version_is_reported_at_every_reload() -> None:
    broken = deepcopy(shipped_body(CHECKLIST, "ru"))
    broken["phases"] = "not a list"
    contents = [
        ContentVersion(CHECKLIST, "ru", 5, broken, True)
        if (c.kind, c.language) == (CHECKLIST, "ru")
        else c
        for c in _shipped()
    ]
    first = build(contents)
    again = build(contents, first)
    for loaded in (first, again):
        assert len(loaded.problems) == 1 and "checklist ru v5" in loaded.problems[0]
        assert loaded.scripts["ru"].steps  # the shipped checklist is used instead
