"""Keeping secrets out of what people see: passwords in database URLs and in log lines.

Plain string work (no SQLAlchemy, no Qt), so the config and diagnostics code can use it
before anything heavy is imported.
"""

from __future__ import annotations

import re

MASK = "***"

# scheme://user:password@host... (the shape SQLAlchemy parses: the password ends at the first @).
_URL_CREDENTIALS = re.compile(
    r"(?P<head>\b[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@]*):(?P<password>[^@\s/]*)@"
)
# password=..., pwd: ..., "token": "..." and the like, in log lines and connection strings.
_SECRET_FIELD = re.compile(
    r"(?P<key>\b(?:password|passwd|pwd|pass|secret|token|api[_-]?key|access[_-]?key)\b"
    r"[\"']?\s*[=:]\s*)(?P<quote>[\"']?)(?P<value>[^\s\"',;&]+)",
    re.IGNORECASE,
)


def url_has_password(url: str) -> bool:
    """Whether ``url`` carries a password (``scheme://user:pw@host``, or ``password=`` in its query)."""
    match = _URL_CREDENTIALS.search(url)
    return bool(match and match.group("password")) or bool(_SECRET_FIELD.search(url))


def strip_password(url: str) -> str:
    """``url`` with any password left out entirely (``user:pw@`` becomes ``user@``)."""
    without = _URL_CREDENTIALS.sub(lambda m: f"{m.group('head')}@", url)
    return _strip_query_secret(without)


def _strip_query_secret(url: str) -> str:
    base, sep, query = url.partition("?")
    if not sep:
        return url
    kept = [p for p in query.split("&") if p and not _SECRET_FIELD.match(p)]
    return f"{base}?{'&'.join(kept)}" if kept else base


def mask_url(url: str) -> str:
    """``url`` with any password replaced by ``***``; the rest stays readable."""
    return redact_text(url)


def redact_text(text: str) -> str:
    """``text`` with URL credentials and ``password=...``-style values replaced by ``***``."""
    text = _URL_CREDENTIALS.sub(
        lambda m: f"{m.group('head')}:{MASK}@" if m.group("password") else m.group(0), text
    )
    return _SECRET_FIELD.sub(lambda m: f"{m.group('key')}{m.group('quote')}{MASK}", text)
