"""What a write changed, so that each pane can decide whether to refresh (Anki's OpChanges)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    callers: frozenset[uuid.UUID] = field(default_factory=frozenset)
    incidents: frozenset[uuid.UUID] = field(default_factory=frozenset)
    follow_ups: frozenset[uuid.UUID] = field(default_factory=frozenset)
    # Callers whose history (incidents or follow-ups) changed.
    histories: frozenset[uuid.UUID] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.callers | other.callers,
            self.incidents | other.incidents,
            self.follow_ups | other.follow_ups,
            self.histories | other.histories,
        )

    def __bool__(self) -> bool:
        return bool(self.callers or self.incidents or self.follow_ups or self.histories)
