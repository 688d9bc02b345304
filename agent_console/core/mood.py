"""A lexicon reading of the caller's words: anger, threat and urgency from 0 to 1, a combined
gauge, and the legal, safety, abuse and supervisor words that matter for escalation.

It is a prompt for the agent, not a verdict: it counts words from ``resources/lexicons``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from agent_console.core.resources import resources_dir
from agent_console.core.taxonomy import BEST_MOOD
from agent_console.core.textmap import fold_for_rules, fold_pattern

CATEGORIES = ("anger", "threat", "urgency", "legal", "safety", "abuse", "supervisor")
# Which score each category feeds, and how strongly. Legal and safety words are flagged in
# full but count half towards a score: "the court date" is not a threat.
_SCORE_OF: dict[str, tuple[str, float]] = {
    "anger": ("anger", 1.0), "abuse": ("anger", 1.0), "threat": ("threat", 1.0),
    "legal": ("threat", 0.5), "urgency": ("urgency", 1.0), "safety": ("urgency", 0.5),
}
_ALWAYS_COUNTED = frozenset({"legal", "safety"})  # a negation never hides these
# Gauge thresholds for the mood scale, worst first: 1 furious ... 5 calm (taxonomy.MOODS).
_LEVELS = ((0.85, 1), (0.6, 2), (0.3, 3), (0.1, 4))
_SHOUT = re.compile(r"!{2,}|\b[A-ZА-ЯЁ]{3,}\b")
_PREVIOUS_WORD = re.compile(r"([\w']+)\W*$")
_NEXT_WORD = re.compile(r"\W*([\w']+)")


class LexiconError(ValueError):
    """The lexicon file is unusable; the message says where."""


@dataclass(frozen=True)
class MoodHit:
    category: str
    term: str  # the lexicon entry, such as "lawyer*"
    weight: float
    start: int  # in characters of the original text
    end: int
    text: str
    negated: bool = False


@dataclass(frozen=True)
class MoodReading:
    anger: float
    threat: float
    urgency: float
    gauge: float  # all three together: 0 calm, 1 as heated as it gets
    hits: tuple[MoodHit, ...] = ()  # negated ones too, marked, for the agent to see

    def words(self, category: str) -> tuple[str, ...]:
        """The caller's words in ``category`` (not negated ones), each once, in order."""
        seen: dict[str, str] = {}
        for h in self.hits:
            if h.category == category and not h.negated:
                seen.setdefault(h.text.casefold(), h.text)
        return tuple(seen.values())

    @property
    def legal(self) -> tuple[str, ...]:
        return self.words("legal")

    @property
    def safety(self) -> tuple[str, ...]:
        return self.words("safety")

    @property
    def level(self) -> int:
        """The gauge on the incident form's mood scale, 1 (furious) to 5 (calm)."""
        return next((lvl for bound, lvl in _LEVELS if self.gauge >= bound), BEST_MOOD)


def _noisy_or(weights: list[float]) -> float:
    # Each word is independent evidence: two mild words count for more than one.
    calm = 1.0
    for w in weights:
        calm *= 1.0 - w
    return round(1.0 - calm, 4)


def _term_regex(term: str) -> str:
    stem, star = (term[:-1], True) if term.endswith("*") else (term, False)
    body = r"\s*".join(re.escape(w) for w in fold_pattern(stem).split())
    return body + (r"\w*" if star else "")


class Lexicon:
    def __init__(self, language: str, terms: Mapping[str, Mapping[str, float]], word_prefix: str = "",
                 negators_before: tuple[str, ...] = (), negators_after: tuple[str, ...] = ()) -> None:
        self.language = language
        self._entries: list[tuple[str, str, float]] = [
            (cat, term, float(w)) for cat, entries in terms.items() for term, w in entries.items()
        ]
        # Longest first, so "sick and tired" wins over "sick of"-style shorter overlaps.
        order = sorted(range(len(self._entries)), key=lambda i: -len(self._entries[i][1]))
        alternation = "|".join(f"(?P<t{i}>{_term_regex(self._entries[i][1])})" for i in order)
        prefix = fold_pattern(word_prefix)
        self._regex = re.compile(rf"(?<!\w){prefix}(?:{alternation})(?!\w)")
        self._before = frozenset(fold_for_rules(w).folded for w in negators_before)
        self._after = frozenset(fold_for_rules(w).folded for w in negators_after)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Lexicon:
        language, terms = data.get("language"), data.get("terms")
        if not isinstance(language, str) or not isinstance(terms, dict):
            raise LexiconError("a lexicon needs a 'language' and 'terms'")
        for cat, entries in terms.items():
            if cat not in CATEGORIES:
                raise LexiconError(f"unknown category {cat!r}; use {', '.join(CATEGORIES)}")
            for term, w in entries.items():
                ok = isinstance(w, int | float) and not isinstance(w, bool) and 0 < w <= 1
                if not ok or not term.strip(" *"):
                    raise LexiconError(f"{cat}: {term!r} needs a weight above 0 and at most 1")
        try:
            return cls(language, terms, str(data.get("word_prefix", "")),
                       tuple(data.get("negators_before", ())), tuple(data.get("negators_after", ())))
        except re.error as exc:
            raise LexiconError(f"'word_prefix' is not a valid regex: {exc}") from None

    def read(self, text: str) -> MoodReading:
        folded = fold_for_rules(text)
        s = folded.folded
        hits: list[MoodHit] = []
        for m in self._regex.finditer(s):
            cat, term, weight = self._entries[int(str(m.lastgroup)[1:])]
            start, end = folded.span(m.start(), m.end())
            negated = cat not in _ALWAYS_COUNTED and self._negated(s, m.start(), m.end())
            hits.append(MoodHit(cat, term, weight, start, end, text[start:end], negated))
        counted = [h for h in hits if not h.negated]
        scores: dict[str, list[float]] = {"anger": [], "threat": [], "urgency": []}
        for h in counted:
            if h.category in _SCORE_OF:
                name, factor = _SCORE_OF[h.category]
                scores[name].append(h.weight * factor)
        # Shouting (runs of "!!", words in capitals) is anger the lexicon cannot see.
        scores["anger"] += [0.15] * min(3, len(_SHOUT.findall(text)))
        anger, threat, urgency = (_noisy_or(scores[k]) for k in ("anger", "threat", "urgency"))
        gauge = _noisy_or([anger, threat, urgency / 2])
        return MoodReading(anger, threat, urgency, gauge, tuple(hits))

    def _negated(self, s: str, start: int, end: int) -> bool:
        before = _PREVIOUS_WORD.search(s, max(0, start - 40), start)
        after = _NEXT_WORD.match(s, end, min(len(s), end + 40))
        return bool((before and before.group(1) in self._before)
                    or (after and after.group(1) in self._after))


@lru_cache(maxsize=8)
def load_lexicon(language: str) -> Lexicon:
    """The shipped lexicon for ``language``; FileNotFoundError when there is none."""
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise FileNotFoundError(f"no lexicon for language {language!r}")
    path = resources_dir() / "lexicons" / f"{language}.json"
    return Lexicon.from_json(json.loads(path.read_text(encoding="utf-8")))


def read_mood(text: str, language: str) -> MoodReading:
    return load_lexicon(language).read(text)

