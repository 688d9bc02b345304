"""Book-keeping for a lazy model that loads a newest-first list a page at a time.

Each (re)start bumps a generation; an answer that arrives for an older generation (the caller
or category changed meanwhile) is dropped, so stale rows never reach the view.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent_console.store.records import PageKey

PAGE_SIZE = 100


@dataclass
class Pager:
    page_size: int = PAGE_SIZE
    generation: int = 0
    next_key: PageKey | None = None
    loading: bool = False
    state: str = "empty"  # empty, loading, loaded, failed
    problem: str = ""

    def restart(self) -> int:
        self.generation += 1
        self.next_key = None
        self.loading = True
        self.state = "loading"
        self.problem = ""
        return self.generation

    def stop(self) -> None:
        """Forget the current query: nothing more will be shown or loaded."""
        self.generation += 1
        self.next_key = None
        self.loading = False
        self.state = "empty"
        self.problem = ""

    def begin_more(self) -> int:
        self.loading = True
        return self.generation

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def loaded(self, next_key: PageKey | None) -> None:
        self.next_key = next_key
        self.loading = False
        self.state = "loaded"

    def failed(self, problem: str) -> None:
        self.loading = False
        self.state = "failed"
        self.problem = problem

    def can_fetch_more(self) -> bool:
        return self.next_key is not None and not self.loading
