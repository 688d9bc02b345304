"""The .ts catalogues: extract with Qt's lupdate, compile with lrelease, and check completeness.

One place says how lupdate runs (which files, which options), so the ``update`` command and the
completeness test see exactly the same strings.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import agent_console

PACKAGE = Path(agent_console.__file__).resolve().parent
REPO = PACKAGE.parent
TS_DIR = REPO / "resources" / "translations"
# English is the source language; its catalogue holds only the plural forms ("%n day(s)" reads
# "1 day", "2 days"), the others every string.
LANGUAGES = ("en", "fa", "ar", "ru")
PLURAL_ONLY = frozenset({"en"})
PLACEHOLDER = re.compile(r"\{\w*\}|%L?\d+|%L?n")
ACCELERATOR = re.compile(r"&(?!&)\S")
# Letters that look alike across the two scripts but are another language's: Persian is written
# with ی and ک, never Arabic ي and ك; Arabic never uses Persian-only letters.
FOREIGN_LETTERS = {"fa": "يك", "ar": "یکگچپژ"}


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"agent_console_{language}.ts"


def qm_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"agent_console_{language}.qm"


def qt_tool(name: str) -> str:
    """``lupdate`` or ``lrelease`` from the PySide6 wheel (the pyside6-* wrapper as a fallback)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[Path]:
    """The Python files whose strings the interface shows (this tool's own are left out)."""
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if "i18n_tools" not in p.parts and "__pycache__" not in p.parts
    )


def update(folder: Path = TS_DIR) -> str:
    """Merge the source's strings into the .ts files in ``folder``; drop strings that vanished."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(REPO)) for p in source_files()]
    output = []
    for plural_only in (False, True):
        targets = [
            str(ts_path(language, folder))
            for language in LANGUAGES
            if (language in PLURAL_ONLY) == plural_only
        ]
        options = [
            "-no-obsolete",
            "-locations",
            "relative",
            *(["-pluralonly"] if plural_only else []),
        ]
        result = subprocess.run(
            [qt_tool("lupdate"), *options, *files, "-ts", *targets],
            cwd=REPO, check=True, capture_output=True, text=True,
        )  # fmt: skip
        output.append(result.stdout)
    return "".join(output)


def release(folder: Path = TS_DIR, out: Path | None = None) -> list[Path]:
    """Compile every .ts in ``folder`` to .qm (beside it, or in ``out``)."""
    built = []
    for language in LANGUAGES:
        target = qm_path(language, out or folder)
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(ts_path(language, folder)), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    plural: bool
    state: str  # "", "unfinished", "obsolete" or "vanished"
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            messages.append(
                Message(
                    context=name,
                    source=m.findtext("source") or "",
                    comment=m.findtext("comment") or "",
                    plural=m.get("numerus") == "yes",
                    state=translation.get("type", ""),
                    translations=tuple(forms) if forms else (translation.text or "",),
                )
            )
    return messages


def _text_problems(m: Message, language: str) -> list[str]:
    problems = []
    if any(not t.strip() for t in m.translations):
        return ["no translation"]
    foreign = sorted(
        {c for t in m.translations for c in t if c in FOREIGN_LETTERS.get(language, "")}
    )
    if foreign:
        problems.append(f"letters of another language: {' '.join(foreign)}")
    wanted = Counter(p.replace("%L", "%") for p in PLACEHOLDER.findall(m.source))
    for t in m.translations:
        found = Counter(p.replace("%L", "%") for p in PLACEHOLDER.findall(t))
        if m.plural:  # a plural form may leave out %n (Arabic "one" and "two" forms do)
            found["%n"], wanted_here = 0, Counter({k: v for k, v in wanted.items() if k != "%n"})
        else:
            wanted_here = wanted
        if found != wanted_here:
            problems.append(
                f"placeholders {sorted(found.elements())} ≠ {sorted(wanted_here.elements())} in {t!r}"
            )
    if ACCELERATOR.search(m.source) and not any(ACCELERATOR.search(t) for t in m.translations):
        problems.append("the source has an &accelerator, the translation none")
    return problems


def problems(folder: Path = TS_DIR) -> list[str]:
    """What keeps the committed catalogues from matching the source, one line per string.

    The catalogues are copied and updated from the source in a temporary folder, so new strings
    show up as unfinished and strings that left the source show up as stale.
    """
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_dir = Path(tmp)
        for language in LANGUAGES:
            if ts_path(language, folder).exists():
                shutil.copy2(ts_path(language, folder), ts_path(language, fresh_dir))
        update(fresh_dir)
        for language in LANGUAGES:
            committed_path = ts_path(language, folder)
            committed = {m.key: m for m in read(committed_path)} if committed_path.exists() else {}
            fresh = read(ts_path(language, fresh_dir))
            fresh_keys = {m.key for m in fresh}
            for m in fresh:
                where = f"{language}: [{m.context}] {m.source!r}"
                if m.key not in committed:
                    found.append(f"{where}: new in the source, not in {committed_path.name}")
                elif m.state in ("unfinished", "obsolete", "vanished"):
                    found.append(f"{where}: marked {m.state}")
                else:
                    found.extend(f"{where}: {p}" for p in _text_problems(m, language))
            found.extend(
                f"{language}: [{key[0]}] {key[1]!r}: no longer in the source"
                for key in committed
                if key not in fresh_keys
            )
    return found
