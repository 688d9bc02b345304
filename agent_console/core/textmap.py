"""Folding spelling variants for rule matching, with a map back to the original characters.

Phrase rules and mood lexicons match on the folded copy; findings must point into what the
agent actually typed, so every folded character remembers the index it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# One character to one character, so the folded text stays aligned with the original.
_SAME_LENGTH = {
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
    "Ё": "Е",
    "\u2019": "'",  # typographic apostrophes, so "can’t" matches "can't"
    "\u2018": "'",
    "\u02bc": "'",
    "\uff07": "'",
    "\u00a0": " ",  # no-break spaces
    "\u202f": " ",
    "\u2009": " ",
    "\u2010": "-",
    "\u2011": "-",
    # The only character whose str.lower() is two characters long; folding it first keeps
    # lower-casing one-to-one.
    "\u0130": "i",
}
_SAME_LENGTH.update(zip("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789", strict=True))

# Invisible or decorative characters that change nothing a reader sees: joiners, bidi marks,
# tatweel, soft hyphen, and Arabic diacritics (harakat, tanwin, shadda, superscript alef).
_DROPPED = (
    "\u200b\u200c\u200d\u200e\u200f\u061c\u00ad\ufeff\u0640\u0670"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    + "".join(chr(c) for c in range(0x064B, 0x0660))
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
)

_TABLE: dict[int, str | None] = {ord(k): v for k, v in _SAME_LENGTH.items()}
_TABLE.update({ord(ch): None for ch in _DROPPED})
# Checked on every keystroke: str.replace per variant present beats str.translate, whose
# per-character dictionary lookups cost about 30 times more on Persian or Arabic text.
_PAIRS = tuple(_SAME_LENGTH.items())
_DROPPED_RE = re.compile("[" + re.escape(_DROPPED) + "]")
_ESCAPE_OR_TEXT = re.compile(r"\\.?|[^\\]+", re.DOTALL)


@dataclass(frozen=True)
class FoldedText:
    """``folded`` is the text to match, and ``span`` maps its indexes back to ``original``."""

    original: str
    folded: str
    # For each dropped character, in order: how many characters were kept before it.
    dropped_at: tuple[int, ...] = ()

    def index(self, i: int) -> int:
        """The original index of character ``i`` of the folded text."""
        return i + bisect_right(self.dropped_at, i) if self.dropped_at else i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` for a non-empty span of the folded text."""
        # Characters dropped inside the span stay inside it; those at its edges stay out.
        return self.index(start), self.index(end - 1) + 1


def fold_for_rules(text: str) -> FoldedText:
    """Lower-case; fold letter variants, digits, apostrophes; drop joiners and diacritics.

    Lower-casing here (not ``re.IGNORECASE``) makes every rule cheaper to try; ``str.lower``
    keeps the length, unlike ``str.casefold``, so indexes stay aligned.
    """
    folded = text
    for variant, plain in _PAIRS:
        if variant in folded:
            folded = folded.replace(variant, plain)
    dropped_at: tuple[int, ...] = ()
    if _DROPPED_RE.search(folded) is not None:
        dropped_at = tuple(m.start() - n for n, m in enumerate(_DROPPED_RE.finditer(folded)))
        folded = _DROPPED_RE.sub("", folded)
    return FoldedText(text, folded.lower(), dropped_at)


def fold_pattern(pattern: str) -> str:
    """The same folding for a rule's regex source, so rules can be written in any variant or case.

    Only letters, digits and invisible characters change; the letter after a backslash is
    regex syntax (``\\S`` is not ``\\s``) and keeps its case.
    """
    parts = _ESCAPE_OR_TEXT.findall(pattern.translate(_TABLE))
    return "".join(p if p.startswith("\\") else p.lower() for p in parts)
