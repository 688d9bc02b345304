"""Digits in the scripts our languages write them in: Latin 0-9, Persian ۰-۹, Arabic-Indic ٠-٩.

What an agent types is read whichever digits it uses (``ascii_digits``); what the console
shows is written in the digits the agent chose (``in_digits``).
"""

from __future__ import annotations

LATIN = "0123456789"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
# The digits each script name stands for, as the settings store them.
SCRIPTS = {"latin": LATIN, "persian": PERSIAN, "arabic": ARABIC_INDIC}

_TO_ASCII = str.maketrans(PERSIAN + ARABIC_INDIC, LATIN + LATIN)
_TO_SCRIPT = {
    name: str.maketrans(LATIN + PERSIAN + ARABIC_INDIC, digits * 3)
    for name, digits in SCRIPTS.items()
}
# Persian and Arabic decimal and group separators, read as "." and nothing.
_SEPARATORS = str.maketrans({"٫": ".", "٬": None, "،": None})


def ascii_digits(text: str) -> str:
    """Replace Persian (۰-۹) and Arabic-Indic (٠-٩) digits with ASCII ones."""
    return text.translate(_TO_ASCII)


def ascii_number(text: str) -> str:
    """``text`` with ASCII digits, and Persian/Arabic decimal and thousands marks read as such."""
    return ascii_digits(text).translate(_SEPARATORS)


def in_digits(text: str, script: str) -> str:
    """Every digit of ``text`` (in any of the three scripts) written in ``script``'s digits."""
    return text.translate(_TO_SCRIPT[script])
