"""The phrasing coach: shipped phrasebooks, context, spelling variants, exact spans, speed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_console.core.phrasing import (
    Finding,
    Kind,
    Phrasebook,
    PhrasebookError,
    RuleProblem,
    load_phrasebook,
    replace,
)
from agent_console.core.resources import resources_dir

LANGS = ("en", "fa", "ar", "ru")
ZWNJ, TATWEEL = "\u200c", "\u0640"


def raw_book(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources_dir() / "phrasebooks" / f"{lang}.json").read_text(encoding="utf-8")
    )
    return data


def kinds(text: str, lang: str) -> list[str]:
    return [f.kind for f in load_phrasebook(lang).check(text)]


def assert_spans_exact(text: str, findings: list[Finding]) -> None:
    last_end = 0
    for f in findings:
        assert 0 <= last_end <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        last_end = f.end


# The shipped phrasebooks -------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_phrasebook_loads_cleanly_and_covers_every_kind(lang: str) -> None:
    book = load_phrasebook(lang)
    assert book.problems == ()
    assert book.language == lang
    assert {r.kind for r in book.rules} == set(Kind)
    assert set(book.good_lines) == {"acknowledge", "apologise", "offer_options", "close"}
    for rule in book.rules:
        assert rule.id.startswith(lang + ".") and rule.suggestions and rule.reason


EXAMPLES = [
    (lang, rule["id"], expected, text)
    for lang in LANGS
    for rule in raw_book(lang)["rules"]
    for expected in ("flagged", "not_flagged")
    for text in rule["examples"][expected]
]


@pytest.mark.parametrize(("lang", "rule_id", "expected", "text"), EXAMPLES)
def test_rule_examples(lang: str, rule_id: str, expected: str, text: str) -> None:
    findings = load_phrasebook(lang).check(text)
    assert_spans_exact(text, findings)
    assert (rule_id in [f.rule_id for f in findings]) == (expected == "flagged"), findings


@pytest.mark.parametrize("lang", LANGS)
def test_calmer_lines_are_not_flagged_themselves(lang: str) -> None:
    book = load_phrasebook(lang)
    lines = [s for r in book.rules for s in r.suggestions]
    lines += [line for group in book.good_lines.values() for line in group]
    for line in lines:
        assert book.check(line) == [], line


# Context: the same words, flagged or not ---------------------------------------------------

CONTEXT = {
    "en": {
        "flag": [("We can't help you with that.", "refusal"), ("You should have called earlier.", "blame")],
        "pass": ["We can't wait to see you again!", "You should be able to log in now."],
    },
    "fa": {
        "flag": [("متأسفانه نمی‌توانیم کمکی بکنیم.", "refusal"),
                 ("شما باید زودتر تماس می‌گرفتید.", "blame")],
        "pass": ["نمی‌توانیم صبر کنیم تا دوباره شما را ببینیم!",
                 "شما باید بتوانید از طریق برنامه وارد شوید."],
    },
    "ar": {
        "flag": [("لا نستطيع مساعدتك في هذا.", "refusal"), ("كان عليك أن تتصل بنا مبكرًا.", "blame")],
        "pass": ["لا نستطيع الانتظار لرؤيتك مجددًا!", "يجب أن تتمكن من الدخول الآن."],
    },
    "ru": {
        "flag": [("Мы не можем вам помочь.", "refusal"), ("Вам следовало позвонить раньше.", "blame")],
        "pass": ["Мы не можем дождаться встречи с вами!", "Вы должны иметь возможность войти."],
    },
}


@pytest.mark.parametrize("lang", LANGS)
def test_context_decides(lang: str) -> None:
    for text, kind in CONTEXT[lang]["flag"]:
        assert kinds(text, lang) == [kind], text
    for text in CONTEXT[lang]["pass"]:
        assert kinds(text, lang) == [], text


# Spelling variants and invisible characters ------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fa", "نمی‌توانیم کمکی بکنیم", "نمی‌توانیم"),  # with ZWNJ
        ("fa", "نمیتوانیم کمکی بکنیم", "نمیتوانیم"),  # joined
        ("fa", "نمی توانیم کمکی بکنیم", "نمی توانیم"),  # spaced
        ("fa", "نمي‌توانيم کمکی بکنیم", "نمي‌توانيم"),  # Arabic yeh
        ("fa", "این كار من نیست", "كار من نیست"),  # Arabic kaf
        ("fa", "این مسؤولیت ما نیست", "مسؤولیت ما نیست"),  # hamza on waw
        ("fa", "این مسئولیت ما نیست", "مسئولیت ما نیست"),  # hamza on yeh
        ("ar", "لا يمكننا استرداد المبلغ", "لا يمكننا"),
        ("ar", "لا یمکننا استرداد المبلغ", "لا یمکننا"),  # typed on a Persian keyboard
        ("ar", "لَا يُمْكِنُنَا استرداد المبلغ", "لَا يُمْكِنُنَا"),  # with harakat
        ("ar", "لا يمـــكننا استرداد المبلغ", "لا يمـــكننا"),  # tatweel
        ("ar", "هذا خطأك", "هذا خطأك"),
        ("ar", "هذا خطؤك", "هذا خطؤك"),
        ("ru", "Вам придётся подождать", "Вам придётся"),
        ("ru", "Вам придется подождать", "Вам придется"),
        ("ru", "ПОВТОРЯЮ ЕЩЁ РАЗ: заказ отправлен", "ПОВТОРЯЮ ЕЩЁ РАЗ"),
        ("ru", "Успо\u00adкойтесь, пожалуйста", "Успо\u00adкойтесь"),  # soft hyphen
        ("en", "We can’t accept that", "We can’t accept"),  # typographic apostrophe
    ],
)
def test_variants_are_caught_with_exact_spans(lang: str, text: str, flagged: str) -> None:
    findings = load_phrasebook(lang).check(text)
    assert_spans_exact(text, findings)
    assert [f.text for f in findings] == [flagged]
    assert findings[0].start == text.index(flagged)


def test_invisible_characters_at_the_edges_stay_out_of_the_span() -> None:
    text = f"{ZWNJ}نمی{ZWNJ}توانیم{ZWNJ} کمک کنیم"
    [finding] = load_phrasebook("fa").check(text)
    assert (finding.start, finding.end) == (1, 11)
    assert finding.text == f"نمی{ZWNJ}توانیم"


# Malformed rules, exceptions, order ---------------------------------------------------------

def rule(rule_id: str, patterns: list[str], **more: Any) -> dict[str, Any]:
    return {"id": rule_id, "kind": more.pop("kind", "refusal"), "patterns": patterns,
            "suggestions": ["Here's what I can do"], "reason": "why", **more}


def test_malformed_rules_are_reported_by_id_and_the_rest_still_work() -> None:
    book = Phrasebook.from_json({"language": "en", "version": 1, "rules": [
        rule("bad.regex", [r"\bwe (can't"]),
        rule("bad.kind", [r"\bnope\b"], kind="sarcasm"),
        rule("bad.start", [r"'re unable"]),
        rule("bad.flag", [r"\bfoo(?i)bar"]),
        rule("bad.group", [r"\b(?P<x>we)\s+won't"]),
        rule("bad.empty", [r"\b|x"]),
        {"kind": "refusal"},
        rule("good", [r"\bwe\s+can't\s+help\b"]),
        rule("good", [r"\bdupe\b"]),
    ]})
    problems = {p.rule_id: p.message for p in book.problems}
    assert set(problems) == {"bad.regex", "bad.kind", "bad.start", "bad.flag", "bad.group",
                             "bad.empty", "rule #7", "good"}
    assert "not a valid regex" in problems["bad.regex"]
    assert "start at the beginning of a word" in problems["bad.start"]
    assert "used twice" in problems["good"]
    assert all(isinstance(p, RuleProblem) for p in book.problems)
    assert [f.rule_id for f in book.check("Sorry, we can't help.")] == ["good"]


def test_a_broken_file_is_an_error_not_a_problem_list() -> None:
    with pytest.raises(PhrasebookError):
        Phrasebook.from_json({"language": "en", "rules": []})


def test_unless_pattern_drops_a_finding_and_a_later_rule_may_still_apply() -> None:
    book = Phrasebook.from_json({"language": "en", "version": 1, "rules": [
        rule("policy", [r"\bour\s+policy\b"], unless=[r"\bread\s+our\s+policy"]),
        rule("policy.any", [r"\bour\s+\w+"], kind="excuse"),
    ]})
    assert [f.rule_id for f in book.check("That is our policy.")] == ["policy"]
    assert [f.rule_id for f in book.check("Please read our policy online.")] == ["policy.any"]


def test_earlier_rule_wins_at_the_same_place_and_findings_do_not_overlap() -> None:
    text = "You need to contact the manufacturer."
    assert [f.rule_id for f in load_phrasebook("en").check(text)] == ["en.passing_buck"]


def test_unknown_language_has_no_phrasebook() -> None:
    with pytest.raises(FileNotFoundError):
        load_phrasebook("xx")
    with pytest.raises(FileNotFoundError):
        load_phrasebook("../en")


# Replacing ---------------------------------------------------------------------------------

def test_replace_swaps_the_words_and_keeps_a_capital() -> None:
    text = "Calm down, I'm checking it."
    [finding] = load_phrasebook("en").check(text)
    assert replace(text, finding, "take your time") == "Take your time, I'm checking it."


def test_replace_refuses_a_stale_finding() -> None:
    text = "We can't help you."
    [finding] = load_phrasebook("en").check(text)
    with pytest.raises(ValueError, match="changed"):
        replace("Well, " + text, finding, "Here's what I can do")


# Adversarial input -------------------------------------------------------------------------

FRAGMENTS = [
    "we can't ", "you should have ", "you need to ", "sorry ", " but ", "as i said ", "calm down",
    "نمی", ZWNJ, "توانیم ", "باید ", "می", "ید ", "کاری ", "لا ", "يمكننا ", "كان ", "عليك ", "أن ",
    TATWEEL, "\u064e", "не ", "можем ", "вам ", "надо ", "было ", "ё", "İ", "ß", "\u0130", "!", ".",
    "؟", "\n", " ", "a", "ک", "ي", "'", "’", "\u00ad", "\u200f", "😀",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=300).map("".join) | st.text(max_size=400)


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(LANGS))
def test_any_text_gives_valid_non_overlapping_spans(text: str, lang: str) -> None:
    findings = load_phrasebook(lang).check(text)
    assert_spans_exact(text, findings)
    for f in findings:
        replaced = replace(text, f, f.suggestions[0])
        assert replaced.startswith(text[:f.start]) and replaced.endswith(text[f.end:])


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([e for e in EXAMPLES if e[0] in ("fa", "ar") and e[2] == "flagged"]),
       st.sampled_from([ZWNJ, TATWEEL, "\u064b", "\u200f"]), st.data())
def test_invisible_characters_inside_words_change_nothing(example: tuple[str, str, str, str],
                                                          junk: str, data: st.DataObject) -> None:
    lang, rule_id, _, text = example
    letters = [i for i, ch in enumerate(text) if ch.isalpha()]
    i = data.draw(st.sampled_from(letters))
    noisy = text[:i + 1] + junk + text[i + 1:]
    findings = load_phrasebook(lang).check(noisy)
    assert_spans_exact(noisy, findings)
    assert rule_id in [f.rule_id for f in findings]


@pytest.mark.parametrize("lang", LANGS)
def test_pathological_repetition_is_checked_exactly(lang: str) -> None:
    # Repeated trigger fragments are where a careless pattern backtracks without end; the
    # time it takes is reported by benchmarks/bench_phrasing.py, not asserted here.
    book = load_phrasebook(lang)
    for piece in ["باید می", "sorry sorry ", "you should have ", "لا ", "не ", "a" * 50 + " ",
                  "كما قلت ", "فقط یک ", "I'm sorry, "]:
        text = (piece * (20_000 // len(piece)))[:20_000]
        assert_spans_exact(text, book.check(text))


def test_resources_are_valid_utf8_json() -> None:
    for folder in ("phrasebooks", "checklists", "lexicons"):
        for lang in LANGS:
            path: Path = resources_dir() / folder / f"{lang}.json"
            json.loads(path.read_bytes().decode("utf-8"))
