"""Rows for generated callers, their phones and search terms, incidents and follow-ups.

Everything is drawn from one seeded ``random.Random``, so the same options give the same
database. Search terms come from the store's own ``search_terms``, so lookups through the
app find generated callers exactly as they find callers added through the form.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import Any

from agent_console.core import taxonomy
from agent_console.store import demo_content as demo
from agent_console.store.callers import search_terms
from agent_console.store.search_text import search_text
from benchmarks import vocabulary as vocab

Row = dict[str, Any]
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
HISTORY_DAYS = 3 * 365
RICH_CALLER_ID = uuid.UUID("5e1f0000-0000-4000-8000-000000002000")
RICH_INCIDENTS = 2000
ACCOUNT_BASE = 1_000_000
_TECH_LEVELS = tuple(sorted(taxonomy.codes(taxonomy.TECH_LEVELS)))
_STORIES = {lang: tuple(stories) for lang, stories in demo.STORIES.items()}


def account_ref(index: int) -> str | None:
    """Nine callers in ten give an account reference; the rest are not customers yet."""
    return None if index % 10 == 9 else f"AC-{ACCOUNT_BASE + index}"


def _weights(count: int) -> list[float]:
    # Cumulative weights 1/(rank + 6): the commonest name is about 7% of its language's
    # callers, a long tail is rare, as in real name frequency tables.
    return list(accumulate(1.0 / (rank + 6) for rank in range(count)))


@dataclass
class CallerBatch:
    callers: list[Row]
    phones: list[Row]
    terms: list[Row]


class Generator:
    def __init__(self, seed: int, agent_ids: list[uuid.UUID]) -> None:
        self.rng = random.Random(seed)
        self.agent_ids = agent_ids
        self.caller_ids: list[uuid.UUID] = []
        self.caller_langs = bytearray()
        self._given = {lang: (names, _weights(len(names))) for lang, names in vocab.GIVEN.items()}
        self._family = {lang: (names, _weights(len(names))) for lang, names in vocab.FAMILY.items()}
        self._lang_cum = list(accumulate(vocab.LANGUAGE_WEIGHTS))
        self._folded: dict[tuple[str, str], str] = {}

    def _uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def _pick(self, names: tuple[tuple[str, ...], list[float]]) -> str:
        return self.rng.choices(names[0], cum_weights=names[1])[0]

    def name(self, lang: str) -> str:
        given, family = self._pick(self._given[lang]), self._pick(self._family[lang])
        roll = self.rng.random()
        if lang == "ru" and roll < 0.3:
            female = family.endswith(("а", "я"))
            patronymic = self.rng.choice(vocab.PATRONYMIC_F if female else vocab.PATRONYMIC_M)
            return f"{given} {patronymic} {family}"
        if lang in ("fa", "ar") and roll < 0.05:  # written in Latin letters, as some agents do
            return f"{self._pick(self._given['en'])} {family}"
        if lang == "en" and roll < 0.1:
            return f"{given} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {family}"
        return f"{given} {family}"

    def phone(self, region: str) -> str:
        code, prefixes, length = vocab.PHONE_PLANS[region]
        prefix = self.rng.choice(prefixes)
        rest = self.rng.choices("0123456789", k=length - len(prefix) - 1)
        return f"+{code}{prefix}{self.rng.randint(2, 9)}{''.join(rest)}"

    def callers(self, start: int, count: int) -> CallerBatch:
        batch = CallerBatch([], [], [])
        rng = self.rng
        for index in range(start, start + count):
            lang = rng.choices(vocab.LANGUAGES, cum_weights=self._lang_cum)[0]
            caller_id = RICH_CALLER_ID if index == 0 else self._uuid()
            name = self.name(lang)
            account = account_ref(index)
            regions = vocab.REGIONS[lang]
            phones = [self.phone(rng.choice(regions))]
            if rng.random() < 0.2:
                phones.append(self.phone(rng.choice(regions)))
            created = NOW - timedelta(days=HISTORY_DAYS + rng.uniform(0, 1000))
            batch.callers.append(
                {
                    "id": caller_id,
                    "name": name,
                    "account_ref": account,
                    "preferred_language": lang,
                    "tech_level": rng.choice(_TECH_LEVELS),
                    "pinned_note": demo.PINNED[lang] if rng.random() < 0.1 else "",
                    "created_at": created,
                    "updated_at": created,
                    "version": 1,
                }
            )
            labels = ("mobile", "home")
            for n, e164 in enumerate(phones):
                batch.phones.append(
                    {"id": self._uuid(), "caller_id": caller_id, "e164": e164, "label": labels[n]}
                )
            for term, kind in search_terms(name, account, phones):
                batch.terms.append({"caller_id": caller_id, "term": term, "kind": kind})
            self.caller_ids.append(caller_id)
            self.caller_langs.append(vocab.LANGUAGES.index(lang))
        return batch

    def incident_counts(self, total: int) -> list[int]:
        """Incidents per caller: the rich caller's 2,000, the rest skewed like real callers."""
        callers = len(self.caller_ids)
        has_rich = bool(self.caller_ids) and self.caller_ids[0] == RICH_CALLER_ID
        first = 1 if has_rich else 0
        counts = [0] * callers
        if has_rich:
            counts[0] = min(RICH_INCIDENTS, total)
        rest = total - counts[0] if callers else 0
        if callers > first and rest > 0:
            mean = rest / (callers - first)
            for i in range(first, callers):
                counts[i] = int(self.rng.expovariate(1 / mean) + 0.5)
            surplus = sum(counts) - total
            while surplus != 0:  # trim or top up at random until the total is exact
                i = self.rng.randrange(first, callers)
                step = 1 if surplus < 0 else -1
                if counts[i] + step >= 0:
                    counts[i] += step
                    surplus += step
        return counts

    def incidents(self, counts: list[int], batch_size: int) -> Iterator[list[Row]]:
        batch: list[Row] = []
        for index, count in enumerate(counts):
            lang = vocab.LANGUAGES[self.caller_langs[index]]
            for _ in range(count):
                batch.append(self.incident(self.caller_ids[index], lang))
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def incident(self, caller_id: uuid.UUID, lang: str) -> Row:
        rng = self.rng
        story_lang = lang if rng.random() < 0.8 else rng.choice(vocab.LANGUAGES)
        category, summary, notes, cause, resolution, outcome = rng.choice(_STORIES[story_lang])
        extra = vocab.EXTRA_NOTES[story_lang]
        notes = " ".join([notes, *rng.sample(extra, rng.randint(0, min(2, len(extra))))])
        folded = self._folded.get((summary, notes))
        if folded is None:  # the same few stories recur: fold each once
            folded = self._folded[(summary, notes)] = search_text(summary, notes)
        started = NOW - timedelta(seconds=rng.uniform(0, HISTORY_DAYS * 86400))
        ended = started + timedelta(seconds=rng.randint(120, 2400))
        mood_start = rng.choice((1, 1, 2, 2, 3, 4))
        compensated = resolution in ("refund", "discount") and rng.random() < 0.5
        region = rng.choice(vocab.REGIONS[lang])
        return {
            "id": self._uuid(),
            "caller_id": caller_id,
            "agent_id": rng.choice(self.agent_ids),
            "started_at": started,
            "ended_at": ended,
            "submitted_at": ended + timedelta(seconds=rng.randint(5, 300)),
            "category": category,
            "severity": rng.randint(1, 4),
            "mood_start": mood_start,
            "mood_end": min(5, mood_start + rng.randint(0, 3)),
            "summary": summary,
            "notes": notes,
            "root_cause": cause,
            "resolution": resolution,
            "compensation_amount": Decimal(rng.randint(500, 20000)) / 100 if compensated else None,
            "compensation_currency": vocab.CURRENCY[region] if compensated else None,
            "escalated": outcome == "escalated",
            "outcome": outcome,
            "checklist": {"complaint": True, "problem": True, "resolution": rng.random() < 0.85},
            "call_id": f"PBX-{rng.getrandbits(40):010x}" if rng.random() < 0.7 else None,
            "search_text": folded,
        }

    def follow_ups(self, count: int) -> list[Row]:
        rows: list[Row] = []
        rng = self.rng
        for _ in range(count):
            agent = rng.choice(self.agent_ids)
            done = rng.random() < 0.7
            due = NOW + timedelta(hours=rng.uniform(-24 * 60, 24 * 7))
            rows.append(
                {
                    "id": self._uuid(),
                    "caller_id": rng.choice(self.caller_ids),
                    "incident_id": None,
                    "created_by": agent,
                    "owner_id": agent,
                    "scope": rng.choice(("mine", "team")),
                    "due_at": due,
                    "reason": "Call back with the outcome",
                    "priority": rng.randint(1, 3),
                    "status": "done" if done else "open",
                    "created_at": due - timedelta(days=2),
                    "closed_at": due if done else None,
                    "outcome": "resolved" if done else None,
                    "satisfaction": rng.randint(1, 5) if done else None,
                    "close_note": "",
                    "version": 1,
                }
            )
        return rows


def agents(seed: int, count: int = 60) -> list[Row]:
    rng = random.Random(seed)
    rows: list[Row] = [
        {"login": login, "display_name": name, "role": role} for login, name, role in demo.AGENTS
    ]
    while len(rows) < count:
        lang = rng.choice(vocab.LANGUAGES)
        name = f"{rng.choice(vocab.GIVEN[lang])} {rng.choice(vocab.FAMILY[lang])}"
        rows.append({"login": f"agent{len(rows):03d}", "display_name": name, "role": "agent"})
    for row in rows:
        row.update(id=uuid.UUID(int=rng.getrandbits(128), version=4), active=True, created_at=NOW)
    return rows
