"""Reading a CSV file to import: its encoding checked, its rows streamed with their line numbers.

Problems with the file as a whole (not UTF-8, a broken quote, a repeated column name) raise
``CsvProblem`` with a message that says where and what to do; a row of the wrong length is
the importer's business (it rejects that row). Rows are read one at a time, never all at once.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from agent_console.store.errors import StoreError

ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16 (Excel “Unicode text”)",
    "cp1256": "Windows Arabic/Persian (1256)",
    "cp1251": "Windows Cyrillic (1251)",
    "cp1252": "Windows Western (1252)",
}
HEAD_BYTES = 64 * 1024
PREVIEW_ROWS = 20


class CsvProblem(StoreError):
    """The file cannot be read as CSV; the message says where and what to do."""


def guess_encoding(head: bytes) -> str:
    """The likeliest encoding of a file starting with ``head`` (one of ``ENCODINGS``)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or head[1:200:2].count(0) > 20:
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Single-byte text: Arabic, Persian and Russian words are runs of high bytes, Western
    # text has one accented letter among ASCII ones; Russian uses the top rows (0xEE-0xFF:
    # о п р с т у ...) that Arabic code page 1256 keeps for rare marks.
    high = [i for i, b in enumerate(head) if b >= 0x80]
    in_runs = sum(1 for i in high if _in_run(head, i))
    if in_runs < len(high) / 2:
        return "cp1252"
    top = sum(head[i] >= 0xEE for i in high)
    return "cp1251" if top > len(high) / 5 else "cp1256"


def _in_run(head: bytes, i: int) -> bool:
    return (i > 0 and head[i - 1] >= 0x80) or (i + 1 < len(head) and head[i + 1] >= 0x80)


def _not_this_encoding(encoding: str, head: bytes, line: int | None = None) -> CsvProblem:
    guess = guess_encoding(head)
    where = f" (line {line})" if line else ""
    looks = f" It looks like {ENCODINGS[guess]}." if guess != encoding else ""
    if encoding == "utf-8":
        return CsvProblem(
            f"The file is not UTF-8{where}.{looks} Save it as “CSV UTF-8” in your spreadsheet "
            "program, or choose the encoding it was saved in."
        )
    return CsvProblem(
        f"The file cannot be read as {ENCODINGS.get(encoding, encoding)}{where}.{looks}"
    )


def _codec(encoding: str) -> str:
    return "utf-8-sig" if encoding == "utf-8" else encoding  # a UTF-8 byte-order mark is fine


@dataclass(frozen=True)
class Preview:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class CsvSource:
    """An open CSV file: ``header``, then ``rows()`` as (line number, cells); ``fraction_read``."""

    def __init__(self, path: Path, encoding: str = "utf-8") -> None:
        self.path, self.encoding = path, encoding
        try:
            self._binary = path.open("rb")
        except OSError as exc:
            raise CsvProblem(f"{path} cannot be opened ({exc.strerror or exc}).") from exc
        self._size = max(1, path.stat().st_size)
        self._head = self._binary.read(HEAD_BYTES)
        self._binary.seek(0)
        if encoding == "utf-8" and guess_encoding(self._head) != "utf-8":
            self.close()
            raise _not_this_encoding(encoding, self._head)
        self._decode_line = 0
        # A newline byte alone means nothing in UTF-16: that file is decoded as a stream.
        self._text = (
            io.TextIOWrapper(self._binary, encoding="utf-16", newline="")
            if encoding == "utf-16"
            else None
        )
        self._reader = csv.reader(self._lines(), strict=True)
        first = self._next()
        if first is None:
            self.close()
            raise CsvProblem(f"{path.name} is empty: there is no header line.")
        self.header = tuple(name.strip() for name in first[1])
        repeated = sorted({n for n in self.header if self.header.count(n) > 1})
        if repeated:
            self.close()
            raise CsvProblem(f"The header names the column “{repeated[0]}” more than once.")

    def _lines(self) -> Iterator[str]:
        """The file's lines as text, decoded one at a time so a bad byte is found on its line."""
        if self._text is not None:
            yield from self._text
            return
        decoder = codecs.getincrementaldecoder(_codec(self.encoding))()
        for number, raw in enumerate(self._binary, start=1):
            self._decode_line = number
            yield decoder.decode(raw)
        yield decoder.decode(b"", final=True)

    def _next(self) -> tuple[int, list[str]] | None:
        line = self._reader.line_num + 1
        try:
            return line, next(self._reader)
        except StopIteration:
            return None
        except UnicodeDecodeError:
            raise _not_this_encoding(self.encoding, self._head, self._decode_line or line) from None
        except csv.Error as exc:
            raise CsvProblem(f"Line {line}: {_broken_quote(str(exc))}") from None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line the row starts on, its cells), blank lines left out."""
        while (found := self._next()) is not None:
            if found[1]:
                yield found

    def fraction_read(self) -> float:
        return min(1.0, self._binary.tell() / self._size)

    def close(self) -> None:
        if getattr(self, "_text", None) is not None:
            self._text.close()  # type: ignore[union-attr]
        self._binary.close()

    def __enter__(self) -> CsvSource:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _broken_quote(message: str) -> str:
    if "expected after" in message:
        return (
            "a quote in the middle of a field. Inside a quoted field a quote is written "
            'twice (""); check the quotes on this line.'
        )
    if "end of data" in message or "field larger" in message:
        return "a quoted field never ends: its closing quote is missing, from this line on."
    return f"this is not valid CSV ({message})."


def preview(path: Path, encoding: str = "utf-8", rows: int = PREVIEW_ROWS) -> Preview:
    """The header and the first ``rows`` rows, for the mapping step."""
    with CsvSource(path, encoding) as source:
        found: list[tuple[str, ...]] = []
        for _, cells in source.rows():
            found.append(tuple(cells))
            if len(found) >= rows:
                break
        return Preview(source.header, tuple(found))
