"""Runs phrase rules only where they can start, so checking on every keystroke stays cheap.

Each pattern's literal beginnings ("we", "you", "that", ...) are read from Python's own regex
parse tree. One trigger regex finds the words that start with any of them; only there are the
patterns that begin with that letter tried, in rule order. A pattern whose beginning cannot
be read is tried at every word, so an unreadable pattern is only slower, never missed.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

try:  # Python's regex parser is internal; without it every rule is tried at every word.
    _P: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - only on a Python that moved its internals
    _P = _C = None

_MAX_PREFIXES = 64  # beyond this many alternatives a prefix set stops growing
_MAX_CLASS = 32  # a character class wider than this ends the literal beginning


def _class_letters(items: Any) -> list[str] | None:
    letters: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            letters.append(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < _MAX_CLASS:
            letters.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:  # negated sets, \w, \s and the like
            return None
    return letters if len(letters) <= _MAX_CLASS else None


def _extend(prefixes: frozenset[str], items: Sequence[Any]) -> frozenset[str]:
    """Grow ``prefixes`` by the literal text ``items`` must start with.

    Groups, alternations and optional parts are spliced into the rest of the sequence, so
    ``(?:very\\s+)?sorry`` gives both "very" and "sorry".
    """
    for i, (op, av) in enumerate(items):
        rest = items[i + 1:]
        if op is _C.LITERAL:
            prefixes = frozenset(p + chr(av) for p in prefixes)
        elif op is _C.IN:
            letters = _class_letters(av)
            if letters is None or len(prefixes) * len(letters) > _MAX_PREFIXES:
                return prefixes
            prefixes = frozenset(p + ch for p in prefixes for ch in letters)
        elif op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the next item decides
        elif op is _C.SUBPATTERN:
            return _extend(prefixes, list(av[3].data) + list(rest))
        elif op is _C.BRANCH:
            return _union(prefixes, (list(b.data) + list(rest) for b in av[1]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            return _union(prefixes, (list(av[2].data) + list(rest), list(rest)))
        else:  # repeats, any character, \s: the literal beginning ends here
            return prefixes
        if len(prefixes) > _MAX_PREFIXES:
            return prefixes
    return prefixes


def _union(prefixes: frozenset[str], sequences: Iterable[Sequence[Any]]) -> frozenset[str]:
    found: set[str] = set()
    for sequence in sequences:
        found |= _extend(prefixes, sequence)
        if len(found) > _MAX_PREFIXES:
            return prefixes
    return frozenset(found)


def literal_beginnings(source: str) -> frozenset[str] | None:
    """Texts one of which every match of ``source`` starts with; None when unknown."""
    if _P is None:
        return None
    try:
        found = _extend(frozenset({""}), list(_P.parse(source, 0).data))
    except Exception:  # an internal API: any surprise just means "try it everywhere"
        return None
    return None if "" in found else found


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shared beginnings factored out for speed."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


class RuleIndex:
    """Where and in which order to try rule patterns (each rule a list of regex sources)."""

    def __init__(self, rules: Sequence[Sequence[str]]) -> None:
        self._rules = [re.compile("|".join(f"(?:{s})" for s in sources)) for sources in rules]
        buckets: dict[str, list[tuple[int, int]]] = {}
        anywhere: list[tuple[int, int]] = []
        starts: set[str] = set()
        for i, sources in enumerate(rules):
            for j, source in enumerate(sources):
                beginnings = literal_beginnings(source)
                if beginnings is None:
                    anywhere.append((i, j))
                    continue
                starts |= beginnings
                for letter in {b[0] for b in beginnings}:
                    buckets.setdefault(letter, []).append((i, j))
        self._scanners = {k: _alternation(sorted(v + anywhere), rules) for k, v in buckets.items()}
        self._fallback = _alternation(anywhere, rules) if anywhere else None
        self._trigger = _trigger(starts) if starts and not anywhere else _EVERY_WORD

    def candidates(self, text: str) -> list[int]:
        """The word starts in ``text`` where some pattern may begin."""
        return [m.start() for m in self._trigger.finditer(text)]

    def match_at(self, text: str, pos: int) -> tuple[int, int] | None:
        """The first rule (index, end) that matches at ``pos``, in rule order."""
        scanner = self._scanners.get(text[pos], self._fallback)
        if scanner is None:
            return None
        m = scanner.match(text, pos)
        if m is None:
            return None
        return int(str(m.lastgroup)[1:].partition("_")[0]), m.end()

    def later_matches(self, text: str, pos: int, after: int) -> list[tuple[int, int]]:
        """Every later rule (index, end) that also matches at ``pos``: the rare path."""
        found = []
        for i in range(after + 1, len(self._rules)):
            if (m := self._rules[i].match(text, pos)) is not None:
                found.append((i, m.end()))
        return found


_EVERY_WORD = re.compile(r"\b(?=\w)")


def _trigger(beginnings: set[str]) -> re.Pattern[str]:
    """A regex that finds words starting with any of ``beginnings``.

    It begins with an alternation of single letters so that the regex engine can skip
    straight to those letters (its "charset prefix" search); ``(?<!\\w.)`` then checks that
    the letter starts a word. Only the letter is consumed, so no word start is stepped over.
    """
    # Keep only the shortest beginnings: "we" already covers "we're".
    short = {b for b in beginnings if not any(o != b and b.startswith(o) for o in beginnings)}
    by_letter: dict[str, set[str]] = {}
    for b in short:
        by_letter.setdefault(b[0], set()).add(b[1:])
    branches = []
    for letter, rests in sorted(by_letter.items()):
        ahead = "" if "" in rests else f"(?={_trie(rests)})"
        branches.append(f"{re.escape(letter)}(?<!\\w.){ahead}")
    return re.compile("|".join(branches))


def _alternation(ids: Sequence[tuple[int, int]], rules: Sequence[Sequence[str]]) -> re.Pattern[str]:
    # Group names carry the rule and pattern index: lastgroup says which rule matched.
    return re.compile("|".join(f"(?P<r{i}_{j}>{rules[i][j]})" for i, j in ids))
