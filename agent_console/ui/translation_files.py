"""The compiled ``agent_console_<lang>.qm`` catalogues, built from the ``.ts`` sources when needed.

The frozen build ships .qm files (build.spec compiles them). A checkout or a pip install has the
.ts sources: the first start after they change compiles them with the ``lrelease`` that comes in
the PySide6 wheel, beside the sources when that folder is writable, else in the user's cache.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import PySide6

log = logging.getLogger(__name__)


def _lrelease() -> str | None:
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe"):
        if candidate.is_file():
            return str(candidate)
    return None


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def _cache_folder(ts: Path) -> Path:
    import hashlib  # this module's imports are on the way to the window: only when needed

    import platformdirs

    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    return (
        Path(platformdirs.user_cache_dir("agent-console", appauthor=False))
        / "translations"
        / digest
    )


def _compile(ts: Path, qm: Path) -> bool:
    """lrelease ``ts`` into ``qm`` atomically (a second console starting meanwhile reads no half file)."""
    import subprocess
    import tempfile

    tool = _lrelease()
    if tool is None:
        log.warning("cannot compile %s: lrelease is not in the PySide6 wheel", ts.name)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".qm", dir=qm.parent)
    os.close(handle)
    try:
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", temporary], check=True, capture_output=True
        )
        os.replace(temporary, qm)
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("could not compile %s: %s", ts.name, exc)
        Path(temporary).unlink(missing_ok=True)
        return False
    return True


def catalogue_folder(sources: Path, language: str) -> Path:
    """The folder holding an up-to-date ``agent_console_<language>.qm`` (``sources`` if in doubt)."""
    name = f"agent_console_{language}"
    ts, qm = sources / f"{name}.ts", sources / f"{name}.qm"
    if not ts.is_file() or _fresh(qm, ts):
        return sources  # frozen bundle (no sources), or already built
    if _writable(sources):
        _compile(ts, qm)  # on failure the stale .qm (if any) still beats English
        return sources
    cache = _cache_folder(ts)
    cached = cache / f"{name}.qm"
    if cached.is_file() or _compile(ts, cached):
        return cache
    return sources
