"""Folding text into search keys, so that what an agent types matches however it was stored.

Case, accents, Persian/Arabic letter variants (ي/ی, ك/ک, alef forms, teh marbuta),
Russian ё/е, tatweel and zero-width joiners all fold away. Digits fold to ASCII.
"""

from __future__ import annotations

import re
import unicodedata

from agent_console.core.digits import ascii_digits

__all__ = ["ascii_digits", "fold", "prefix_upper_bound", "words"]

_LETTER_VARIANTS = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh -> Farsi yeh
        "ى": "ی",  # alef maksura
        "ئ": "ی",
        "ك": "ک",  # Arabic kaf -> keheh
        "ة": "ه",  # teh marbuta
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ё": "е",
        "\u0640": None,  # tatweel
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner
        "\u200b": None,  # zero-width space
        "\u200e": None,  # left-to-right mark
        "\u200f": None,  # right-to-left mark
        "\ufeff": None,
    }
)

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """A case-, accent- and variant-insensitive form of ``text`` for matching."""
    text = ascii_digits(text.casefold())
    # Decompose, drop combining marks (Latin accents, Arabic harakat), recompose.
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Undo NFKD splitting of letters we fold ourselves (e.g. آ -> ا + madda) before mapping.
    return unicodedata.normalize("NFC", stripped).translate(_LETTER_VARIANTS)


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order, without duplicates."""
    seen: dict[str, None] = {}
    for match in _WORD.finditer(fold(text)):
        seen.setdefault(match.group(0), None)
    return list(seen)


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with ``prefix``.

    ``prefix <= s < prefix_upper_bound(prefix)`` is an index-friendly "starts with"
    on every SQL backend, with no LIKE escaping to get wrong.
    """
    if not prefix:
        raise ValueError("empty prefix")
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
