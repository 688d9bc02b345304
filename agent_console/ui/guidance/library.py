"""The checklists and phrasebooks in use: the shipped files at once, then the newest versions
team leads saved in the database. Parsing happens in the runner, like all file and database work.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_console.core.checklist import Script
from agent_console.core.phrasing import Phrasebook
from agent_console.ui.data_access import DataAccess

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.guidance import ContentVersion

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedGuidance:
    contents: dict[tuple[str, str], ContentVersion] = field(default_factory=dict)
    scripts: dict[str, Script] = field(default_factory=dict)
    phrasebooks: dict[str, Phrasebook] = field(default_factory=dict)
    problems: tuple[str, ...] = ()  # saved content that could not be used (the shipped file was)
    failed: frozenset[tuple[str, str]] = frozenset()  # (kind, language) of those problems


def _parsed_before(
    content: ContentVersion, earlier: LoadedGuidance | None
) -> Script | Phrasebook | None:
    """What ``earlier`` made of exactly this content, if it parsed: parsing again (a
    phrasebook compiles hundreds of patterns) would make the same thing."""
    key = (content.kind, content.language)
    if earlier is None or key in earlier.failed or earlier.contents.get(key) != content:
        return None
    from agent_console.store.guidance import CHECKLIST

    made = earlier.scripts if content.kind == CHECKLIST else earlier.phrasebooks
    return made.get(content.language)


def build(contents: list[ContentVersion], earlier: LoadedGuidance | None = None) -> LoadedGuidance:
    """Parse every body; one that fails falls back to the shipped file and is reported.

    A body ``earlier`` already parsed, unchanged, is taken from it as it is.
    """
    from agent_console.core.checklist import ScriptError, load_script
    from agent_console.core.phrasing import PhrasebookError, load_phrasebook
    from agent_console.store.guidance import CHECKLIST, phrasebook_from_body

    found: dict[tuple[str, str], ContentVersion] = {}
    scripts: dict[str, Script] = {}
    books: dict[str, Phrasebook] = {}
    problems = []
    failed = set()
    for content in contents:
        found[(content.kind, content.language)] = content
        lang = content.language
        known = _parsed_before(content, earlier)
        if isinstance(known, Script):
            scripts[lang] = known
            continue
        if isinstance(known, Phrasebook):
            books[lang] = known
            continue
        try:
            if content.kind == CHECKLIST:
                scripts[lang] = Script.from_json(content.body)
            else:
                books[lang] = phrasebook_from_body(content.body)
        except (ScriptError, PhrasebookError) as exc:
            problems.append(f"{content.kind} {lang} v{content.version}: {exc}")
            failed.add((content.kind, lang))
            if content.kind == CHECKLIST:
                scripts[lang] = load_script(lang)
            else:
                books[lang] = load_phrasebook(lang)
    return LoadedGuidance(found, scripts, books, tuple(problems), frozenset(failed))


def _shipped() -> LoadedGuidance:
    from agent_console.core.mood import load_lexicon
    from agent_console.store.guidance import (
        KINDS,
        LANGUAGE_CODES,
        ContentVersion,
        shipped_body,
    )

    for lang in LANGUAGE_CODES:  # read here, not on the first keystroke in the GUI thread
        try:
            load_lexicon(lang)
        except (FileNotFoundError, ValueError) as exc:
            log.warning("no mood lexicon for %s: %s", lang, exc)
    contents = []
    for kind in KINDS:
        for lang in LANGUAGE_CODES:
            body = shipped_body(kind, lang)
            contents.append(ContentVersion(kind, lang, int(body["version"]), body, False))
    return build(contents)


def _newest(session: Session, earlier: LoadedGuidance | None = None) -> LoadedGuidance:
    from agent_console.store.guidance import current_content

    return build(current_content(session), earlier)


class GuidanceLibrary(QObject):
    changed = Signal()  # new content is in use

    def __init__(self, data: DataAccess, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._loaded = LoadedGuidance()

    def load_shipped(self) -> None:
        """The files shipped with the console: usable even when the database is not."""
        self._data.runner.run(_shipped, self._take, lambda e: log.error("no guidance: %s", e))

    def reload(self) -> None:
        """The newest versions saved by team leads (at start, after a save, between calls)."""
        earlier = self._loaded  # immutable; replaced, never changed, by ``_take``
        self._data.run(
            lambda session: _newest(session, earlier),
            self._take,
            lambda e: log.info("guidance not reloaded: %s", e),
        )

    def _take(self, loaded: LoadedGuidance) -> None:
        for problem in loaded.problems:
            log.warning("saved guidance not used: %s", problem)
        if loaded.contents == self._loaded.contents:
            return
        self._loaded = loaded
        self.changed.emit()

    @property
    def ready(self) -> bool:
        return bool(self._loaded.scripts)

    @property
    def problems(self) -> tuple[str, ...]:
        return self._loaded.problems

    def script(self, language: str) -> Script | None:
        return self._loaded.scripts.get(language) or self._loaded.scripts.get("en")

    def phrasebook(self, language: str) -> Phrasebook | None:
        return self._loaded.phrasebooks.get(language) or self._loaded.phrasebooks.get("en")

    def content(self, kind: str, language: str) -> ContentVersion | None:
        return self._loaded.contents.get((kind, language))
