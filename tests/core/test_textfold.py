"""Search keys that match however a name was written."""

from __future__ import annotations

import pytest

from agent_console.core.textfold import fold, prefix_upper_bound, words


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Élodie", "elodie"),
        ("علي", "علی"),
        ("كريم", "کریم"),
        ("فاطمة", "فاطمه"),
        ("أحمد", "احمد"),
        ("Алёна", "алена"),
        ("می\u200cخواهم", "میخواهم"),
        ("۱۲۳", "123"),
        ("١٢٣", "123"),
    ],
)
def test_variants_fold_together(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_words_are_folded_and_unique() -> None:
    assert words("Jane O'Connor jane") == ["jane", "o", "connor"]


def test_prefix_upper_bound_brackets_every_continuation() -> None:
    upper = prefix_upper_bound("ab")
    assert "ab" < "abz" < upper and upper > "ab\uffff" and not (upper > "ac")
    with pytest.raises(ValueError):
        prefix_upper_bound("")
