"""Figures beside their budgets: percentiles, the printed table and the JSON file."""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

PASS, FAIL, INFO, SKIPPED = "PASS", "FAIL", "info", "skipped"


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile by linear interpolation (``pct`` in 0..100)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


@dataclass
class Figure:
    """One measured figure. ``limit`` is the budget's bound, compared with ``<=`` or ``<``."""

    name: str
    value: float | None
    unit: str
    budget: str
    limit: float | None = None
    strict: bool = False  # True: the value must be under the limit, not equal to it
    status: str = ""
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.status:
            if self.value is None or self.limit is None:
                self.status = INFO
            else:
                ok = self.value < self.limit if self.strict else self.value <= self.limit
                self.status = PASS if ok else FAIL

    def shown_value(self) -> str:
        if self.value is None:
            return "-"
        if self.unit == "x":
            return f"{self.value:.2f}x"
        if self.unit == "ms":
            return f"{self.value:.2f} ms" if self.value < 100 else f"{self.value:.0f} ms"
        return f"{self.value:,.1f} {self.unit}".strip()


def table(figures: Sequence[Figure]) -> str:
    headers = ("benchmark", "figure", "budget", "result", "detail")
    rows = [(f.name, f.shown_value(), f.budget, f.status, f.detail) for f in figures]
    widths = [max(len(r[i]) for r in (headers, *rows)) for i in range(4)]
    lines = []
    for row in (headers, *rows):
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        lines.append("| " + " | ".join([*cells, row[4]]) + " |")
        if row is headers:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|---|")
    return "\n".join(lines)


def write_json(path: Path, figures: Sequence[Figure], context: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        **context,
        "figures": [asdict(f) for f in figures],
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
