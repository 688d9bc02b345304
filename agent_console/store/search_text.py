"""The folded text the incident review searches: an incident's summary and notes, folded.

Kept in its own column (``incidents.search_text``), filled on submit and by the migration for
older rows, so a search is the same portable ``LIKE`` over folded words on every backend.
"""

from __future__ import annotations

from agent_console.core.textfold import fold, words


def search_text(summary: str, notes: str) -> str:
    return fold(f"{summary}\n{notes}")


def search_terms(typed: str) -> list[str]:
    """The folded words of what the lead typed; every one must appear in a match."""
    return words(typed)
