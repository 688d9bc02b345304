"""Catching defensive or inflaming wording in what an agent is about to say, with calmer options.

Rules live in ``resources/phrasebooks/<lang>.json``. A broken rule is reported by id and
left out; the other rules keep working, so one typo never silences the whole coach.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from agent_console.core.phrasescan import RuleIndex, literal_beginnings
from agent_console.core.resources import resources_dir
from agent_console.core.textmap import FoldedText, fold_for_rules, fold_pattern

# How far around a finding an "unless" pattern is looked for.
_UNLESS_WINDOW = 80
# Group references and names would clash once patterns share one alternation (phrasescan).
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P[=<]")
_WORD_CHAR = re.compile(r"\w")
_PROBES = ("", "a", "ا", "я", "1")  # texts on which a pattern that can match nothing shows it


class Kind(StrEnum):
    REFUSAL = "refusal"
    BLAME = "blame"
    EXCUSE = "excuse"
    MINIMISING = "minimising"
    COMMAND = "command"
    PASSING_BUCK = "passing_buck"
    REPETITION = "repetition"


@dataclass(frozen=True)
class RuleProblem:
    rule_id: str
    message: str


@dataclass(frozen=True)
class Rule:
    id: str
    kind: Kind
    patterns: tuple[str, ...]  # folded regex sources
    unless: tuple[re.Pattern[str], ...]
    suggestions: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class Finding:
    start: int  # in characters of the original text
    end: int
    kind: Kind
    rule_id: str
    text: str
    suggestions: tuple[str, ...]
    reason: str


class PhrasebookError(ValueError):
    """The phrasebook file as a whole is unusable (not a single rule problem)."""


def _strings(value: Any, what: str, *, allow_empty: bool = False) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"'{what}' must be a list of non-empty strings")
    if not value and not allow_empty:
        raise ValueError(f"'{what}' must not be empty")
    return tuple(value)


def _compile(source: str, what: str, *, at_word: bool) -> re.Pattern[str]:
    if _GROUP_REFERENCE.search(source):
        raise ValueError(f"{what}: named groups and backreferences are not supported")
    try:
        # Compiled after a dummy character too: a global flag such as "(?s)" is an error
        # once the pattern sits inside an alternation, and is caught here, where it has a name.
        re.compile("x(?:" + source + ")")
        pattern = re.compile(source)
    except re.error as exc:
        raise ValueError(f"{what} is not a valid regex: {exc}") from None
    if any((m := pattern.match(probe)) is not None and m.end() == 0 for probe in _PROBES):
        raise ValueError(f"{what} can match empty text")
    beginnings = literal_beginnings(source) if at_word else None
    if beginnings is not None and not all(_WORD_CHAR.match(b) for b in beginnings):
        # Rules are only tried where a word starts (see phrasescan).
        raise ValueError(f"{what} must start at the beginning of a word")
    return pattern


def _parse_rule(raw: Any, seen: set[str]) -> Rule:
    if not isinstance(raw, dict):
        raise ValueError("a rule must be an object")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise ValueError("a rule needs an 'id'")
    if rule_id in seen:
        raise ValueError(f"the id '{rule_id}' is used twice")
    kind_name = raw.get("kind")
    if kind_name not in set(Kind):
        raise ValueError(f"'kind' must be one of {', '.join(Kind)}, not {kind_name!r}")
    kind = Kind(kind_name)
    sources = [fold_pattern(p) for p in _strings(raw.get("patterns"), "patterns")]
    for n, source in enumerate(sources, 1):
        _compile(source, f"pattern {n}", at_word=True)
    unless = tuple(
        _compile(fold_pattern(u), f"unless pattern {n}", at_word=False)
        for n, u in enumerate(_strings(raw.get("unless", []), "unless", allow_empty=True), 1)
    )
    reason = raw.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise ValueError("'reason' must be a one-line text")
    return Rule(
        id=rule_id,
        kind=kind,
        patterns=tuple(sources),
        unless=unless,
        suggestions=_strings(raw.get("suggestions"), "suggestions"),
        reason=reason.strip(),
    )


@dataclass(frozen=True)
class Phrasebook:
    language: str
    version: int
    rules: tuple[Rule, ...]
    problems: tuple[RuleProblem, ...] = ()
    good_lines: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Where each rule can start (see phrasescan): built once, used on every check.
    _index: RuleIndex | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Phrasebook:
        language, version = data.get("language"), data.get("version")
        if not isinstance(language, str) or not language:
            raise PhrasebookError("the phrasebook needs a 'language'")
        if not isinstance(version, int) or isinstance(version, bool):
            raise PhrasebookError("the phrasebook needs an integer 'version'")
        raw_rules = data.get("rules")
        if not isinstance(raw_rules, list):
            raise PhrasebookError("the phrasebook needs a list of 'rules'")
        rules: list[Rule] = []
        problems: list[RuleProblem] = []
        seen: set[str] = set()
        for n, raw in enumerate(raw_rules, 1):
            try:
                rule = _parse_rule(raw, seen)
            except ValueError as exc:
                rid = raw.get("id") if isinstance(raw, dict) else None
                problems.append(RuleProblem(str(rid or f"rule #{n}"), str(exc)))
                continue
            seen.add(rule.id)
            rules.append(rule)
        lines = data.get("good_lines", {})
        if not isinstance(lines, dict):
            raise PhrasebookError("'good_lines' must map a phase to a list of lines")
        good = {str(k): _strings(v, f"good_lines.{k}", allow_empty=True) for k, v in lines.items()}
        index = RuleIndex([r.patterns for r in rules]) if rules else None
        return cls(language, version, tuple(rules), tuple(problems), good, index)

    def check(self, text: str) -> list[Finding]:
        """Findings in ``text``, in order, not overlapping; spans index the original text."""
        if self._index is None or not text:
            return []
        folded = fold_for_rules(text)
        s = folded.folded
        findings: list[Finding] = []
        done = 0  # findings never overlap: skip words inside the last one
        for pos in self._index.candidates(s):
            if pos < done:
                continue
            hit = self._index.match_at(s, pos)
            if hit is None:
                continue
            rule, end = self.rules[hit[0]], hit[1]
            if end <= pos:  # a pattern that can match nothing; never a finding
                continue
            if rule.unless and self._excepted(rule, s, pos, end):
                found = self._later(s, pos, hit[0])
                if found is None:
                    continue
                rule, end = found
            findings.append(self._finding(folded, rule, pos, end))
            done = end
        return findings

    def _later(self, folded: str, pos: int, after: int) -> tuple[Rule, int] | None:
        # Rare path: the first rule to match here was excepted; a later rule may still apply.
        assert self._index is not None
        for i, end in self._index.later_matches(folded, pos, after):
            rule = self.rules[i]
            if not (rule.unless and self._excepted(rule, folded, pos, end)):
                return rule, end
        return None

    @staticmethod
    def _excepted(rule: Rule, folded: str, start: int, end: int) -> bool:
        lo, hi = max(0, start - _UNLESS_WINDOW), min(len(folded), end + _UNLESS_WINDOW)
        return any(
            u.start() < end and u.end() > start
            for pattern in rule.unless
            for u in pattern.finditer(folded, lo, hi)
        )

    @staticmethod
    def _finding(folded: FoldedText, rule: Rule, start: int, end: int) -> Finding:
        o_start, o_end = folded.span(start, end)
        return Finding(
            o_start, o_end, rule.kind, rule.id, folded.original[o_start:o_end],
            rule.suggestions, rule.reason,
        )


def replace(text: str, finding: Finding, suggestion: str) -> str:
    """``text`` with the finding's words replaced by ``suggestion``.

    Raises ValueError when the text has changed since it was checked, rather than
    replacing the wrong words.
    """
    if text[finding.start:finding.end] != finding.text:
        raise ValueError("the text changed since it was checked; check it again")
    first = finding.text[:1]
    if first.isupper() and suggestion[:1].islower():
        suggestion = suggestion[:1].upper() + suggestion[1:]
    return text[:finding.start] + suggestion + text[finding.end:]


def phrasebook_path(language: str) -> str:
    return str(resources_dir() / "phrasebooks" / f"{language}.json")


@lru_cache(maxsize=8)
def load_phrasebook(language: str) -> Phrasebook:
    """The shipped phrasebook for ``language``; FileNotFoundError when there is none."""
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise FileNotFoundError(f"no phrasebook for language {language!r}")
    with open(phrasebook_path(language), encoding="utf-8") as fh:
        return Phrasebook.from_json(json.load(fh))
