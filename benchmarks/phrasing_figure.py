"""The phrasing check per keystroke on a 2,000-character text, through ``bench_phrasing``.

``benchmarks/bench_phrasing.py`` (the phrasing engine's own benchmark) does the timing; this
module only runs it per language and puts the worst language's p95 beside the budget.
"""

from __future__ import annotations

from benchmarks.report import SKIPPED, Figure, median, percentile


def run(keystrokes: int) -> list[Figure]:
    try:
        from benchmarks import bench_phrasing
    except ImportError as exc:
        return [
            Figure(
                "phrasing check per keystroke",
                None,
                "ms",
                "< 2 ms",
                status=SKIPPED,
                detail=str(exc),
            )
        ]
    per_language = {}
    for lang in bench_phrasing.TEXTS:
        wall, cpu, _findings = bench_phrasing.bench(lang, keystrokes)
        per_language[lang] = (median(wall), percentile(wall, 95), percentile(cpu, 95))
    worst = max(per_language, key=lambda lang: per_language[lang][1])
    detail = "; ".join(
        f"{lang} p50 {p50:.2f} / p95 {p95:.2f} (CPU p95 {c95:.2f})"
        for lang, (p50, p95, c95) in per_language.items()
    )
    return [
        Figure(
            "phrasing check per keystroke, p95",
            per_language[worst][1],
            "ms",
            "< 2 ms",
            2.0,
            strict=True,
            detail=f"worst language {worst}; {detail} ms; {bench_phrasing.LENGTH} characters",
        )
    ]
