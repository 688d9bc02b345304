"""Reading the caller's mood from their words, in four languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_console.core.mood import Lexicon, LexiconError, load_lexicon, read_mood
from agent_console.core.textmap import fold_for_rules

LANGS = ("en", "fa", "ar", "ru")

# Per language: (calm text, heated text, its legal words, its safety words)
CASES = {
    "en": ("Thanks, that sorted it out, have a nice day.",
           "This is RIDICULOUS!!! I'm furious. My lawyer will hear about it, and someone got hurt.",
           ("lawyer",), ("hurt",)),
    "fa": ("ممنون، مشکل حل شد. روز خوبی داشته باشید.",
           "واقعاً عصبانی‌ام، این افتضاح است! به وکیلم می‌گویم و به پلیس زنگ می‌زنم. بچه‌ام زخمی شد.",
           ("وکیلم", "پلیس"), ("زخمی",)),
    "ar": ("شكرًا، تم حل المشكلة، يومك سعيد.",
           "أنا غاضب جدًا، هذه مهزلة! سأتصل بالمحامي والشرطة، وهناك حريق في الجهاز.",
           ("بالمحامي", "والشرطة"), ("حريق",)),
    "ru": ("Спасибо, всё решилось, хорошего дня.",
           "Я в ярости, это безобразие! Подам в суд и вызову полицию, ребёнок получил травму.",
           ("суд", "полицию"), ("травму",)),
}


@pytest.mark.parametrize("lang", LANGS)
def test_calm_words_read_calm(lang: str) -> None:
    reading = read_mood(CASES[lang][0], lang)
    assert (reading.anger, reading.threat, reading.urgency, reading.gauge) == (0, 0, 0, 0)
    assert reading.level == 5


@pytest.mark.parametrize("lang", LANGS)
def test_heated_words_read_heated_with_legal_and_safety_words(lang: str) -> None:
    _, text, legal, safety = CASES[lang]
    reading = read_mood(text, lang)
    assert reading.anger >= 0.6 and reading.threat >= 0.5 and reading.gauge >= 0.85
    assert reading.level == 1
    assert reading.legal == legal
    assert reading.safety == safety
    for hit in reading.hits:
        assert text[hit.start:hit.end] == hit.text
    assert all(0.0 <= v <= 1.0 for v in (reading.anger, reading.threat, reading.urgency, reading.gauge))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I'm not angry, I just want to know."),
        ("fa", "عصبانی نیستم، فقط می‌خواهم بدانم."),
        ("ar", "لست غاضبًا، أريد أن أعرف فقط."),
        ("ru", "Я не злюсь, просто хочу понять."),
    ],
)
def test_a_negated_word_is_shown_but_not_counted(lang: str, text: str) -> None:
    reading = read_mood(text, lang)
    assert reading.anger == 0
    assert [h.negated for h in reading.hits] == [True]


def test_legal_and_safety_words_are_never_hidden_by_a_negation() -> None:
    reading = read_mood("I'm not going to sue, but it is not safe: no fire exit, and smoke.", "en")
    assert reading.legal == ("sue",)
    assert reading.safety == ("fire", "smoke")  # "no fire exit" is a safety matter too


def test_a_neutral_mention_of_the_law_is_not_fury() -> None:
    reading = read_mood("Can you tell me the court date for the claim?", "en")
    assert reading.legal == ("court",)
    assert reading.level >= 3


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("fa", "با مدير صحبت كنم", "مدير"),  # Arabic yeh and kaf
        ("fa", "بي‌شعور", "بي‌شعور"),
        ("ar", "أريد المديـــر", "المديـــر"),  # tatweel
        ("ar", "أريد المُدير", "المُدير"),  # a diacritic
        ("ru", "Позовите РУКОВОДИТЕЛЯ", "РУКОВОДИТЕЛЯ"),
    ],
)
def test_variants_and_invisible_characters(lang: str, text: str, word: str) -> None:
    reading = read_mood(text, lang)
    assert [h.text for h in reading.hits] == [word]
    assert reading.hits[0].start == text.index(word)


def test_more_words_never_lower_a_score() -> None:
    one = read_mood("This is unacceptable.", "en")
    two = read_mood("This is unacceptable and I'm furious.", "en")
    assert two.anger > one.anger and two.gauge > one.gauge


@pytest.mark.parametrize("lang", LANGS)
def test_every_lexicon_has_every_category(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon.language == lang
    for category in ("legal", "safety", "supervisor", "abuse"):
        assert read_mood("", lang).words(category) == ()


def test_malformed_lexicons_are_refused() -> None:
    with pytest.raises(LexiconError, match="unknown category"):
        Lexicon.from_json({"language": "en", "terms": {"rage": {"mad": 0.5}}})
    with pytest.raises(LexiconError, match="weight"):
        Lexicon.from_json({"language": "en", "terms": {"anger": {"mad": 2}}})
    with pytest.raises(LexiconError, match="word_prefix"):
        Lexicon.from_json({"language": "en", "word_prefix": "(", "terms": {"anger": {"mad": 0.5}}})


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(LANGS))
def test_any_text_reads_within_bounds(text: str, lang: str) -> None:
    reading = read_mood(text, lang)
    assert all(0.0 <= v <= 1.0 for v in (reading.anger, reading.threat, reading.urgency, reading.gauge))
    assert 1 <= reading.level <= 5
    for hit in reading.hits:
        assert 0 <= hit.start < hit.end <= len(text) and text[hit.start:hit.end] == hit.text


def test_folding_keeps_lengths_for_every_character() -> None:
    # Spans rely on lower-casing being one character to one.
    text = "".join(chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold_for_rules(text)
    assert len(folded.folded) == len(text) - len(folded.dropped_at)
