"""Bytes of a page file → text, leniently: a damaged text page is read with U+FFFD where
its bytes are broken (and the lines named), and only a file that is not text is refused."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from ..model import Severity
from .read import UndecodableError, decode_page

# A file is taken for binary (a scan or a PDF named *.txt) when more of its decoded
# characters than this are control characters, or more than half are undecodable.
BINARY_CONTROL_SHARE = 0.10
BINARY_REPLACED_SHARE = 0.5
# Up to this share of undecodable bytes is damage (a byte lost in a copy); above, an error.
DAMAGE_SHARE = 0.01
_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_REPLACEMENT = "\ufffd"
_HIGH_BYTES = bytes(range(0x80, 0x100))


@dataclass
class Decoded:
    """What `read_text` made of a file's bytes."""

    text: str | None  # None: not text, refused
    encoding: str
    notes: list[tuple[int | None, str, Severity]] = field(default_factory=list)  # (line, message, severity)


def read_text(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the NUL bytes of
    its ASCII characters show it), GB18030; bytes none of them reads become U+FFFD, with a
    note naming the line. A file that is mostly control characters is refused as binary."""
    bom = _bom(data)
    if bom is not None:
        encoding, skip = bom
        marked, bad, line = _lenient(data[skip:], encoding)
        decoded = Decoded(marked, encoding + ("-sig" if encoding == "utf-8" else ""))
        if encoding == "utf-16":
            decoded.notes.append((None, "read as UTF-16 (byte order mark), not UTF-8", "info"))
        _note_damage(decoded, bad, len(data), line, f"{'UTF-8' if encoding == 'utf-8' else 'UTF-16'} after its byte order mark")
        return _refuse_binary(decoded)
    text: str | None
    try:
        text, encoding = decode_page(data)
    except UndecodableError:
        text, encoding = None, ""
    if text is not None and "\x00" in text:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None and utf16.text is not None and _usual_share(utf16.text) > _usual_share(text):
            return utf16
    if text is not None and encoding == "gb18030" and (_mostly_utf8(data) or _utf8_cut_short(data)):
        text = None  # UTF-8 with a damaged byte also reads as GB18030, as nonsense
    if text is not None:
        decoded = Decoded(text, encoding)
        if encoding != "utf-8":
            decoded.notes.append((None, f"read as {encoding}, not UTF-8", "info"))
        return _refuse_binary(decoded)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    # Neither reads it whole: UTF-8 when most of its non-ASCII bytes form UTF-8, else the
    # codec that leaves fewer bytes unread.
    text, bad, line = _lenient(data, "utf-8")
    encoding = "utf-8"
    # (UTF-8 up to a cut last character stays UTF-8 however few its other high bytes: ` 本`
    # cut inside 报 has none left whole but 本's, a lone cut character none at all.)
    if _utf8_share(data, text) < 0.5 and not _utf8_cut_short(data):
        other = _lenient(data, "gb18030")
        if other[1] < bad:
            (text, bad, line), encoding = other, "gb18030"
    decoded = Decoded(text, encoding)
    if encoding != "utf-8":
        decoded.notes.append((None, f"read as {encoding}, not UTF-8", "info"))
    _note_damage(decoded, bad, len(data), line, "UTF-8 nor GB18030")
    return _refuse_binary(decoded)


def _mostly_utf8(data: bytes) -> bool:
    """Nearly every non-ASCII byte forms UTF-8: a GBK text breaks UTF-8 at almost every
    character, a UTF-8 text with a lost byte at one place."""
    return _utf8_share(data, data.decode("utf-8", errors="replace")) >= 0.99


def _utf8_cut_short(data: bytes) -> bool:
    """UTF-8 up to a last character cut short (a file copied without its last byte)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.end == len(data) and exc.reason == "unexpected end of data"
    return False


def _utf8_share(data: bytes, text: str) -> float:
    """The share of the non-ASCII bytes of `data` that decode as UTF-8 (`text` is `data`
    decoded with replacement)."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if not high:
        return 1.0
    ascii_chars = len(text.encode("ascii", errors="ignore"))
    valid = len(text.encode("utf-8")) - ascii_chars - 3 * text.count(_REPLACEMENT)
    return max(0, valid) / high


def _bom(data: bytes) -> tuple[str, int] | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0  # the codec reads the mark to know the byte order
    return None


def _lenient(data: bytes, encoding: str) -> tuple[str, int, int | None]:
    """(text, undecodable pieces replaced by U+FFFD, line of the first), for one codec."""
    text = data.decode(encoding, errors="replace")
    bad = text.count(_REPLACEMENT) - _strict_count(data, encoding)
    first = None
    if bad:
        position = _first_error(data, encoding)
        first = text[:position].count("\n") + 1 if position is not None else None
    return text, bad, first


def _strict_count(data: bytes, encoding: str) -> int:
    """U+FFFD printed in the file itself (valid, so not damage)."""
    try:
        return data.decode(encoding).count(_REPLACEMENT)
    except UnicodeDecodeError:
        return data.decode(encoding, errors="ignore").count(_REPLACEMENT)


def _first_error(data: bytes, encoding: str) -> int | None:
    """The character offset of the first undecodable byte (the text decoded before it)."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return len(data[: exc.start].decode(encoding, errors="replace"))
    return None


def _note_damage(decoded: Decoded, bad: int, size: int, line: int | None, what: str) -> None:
    if not bad:
        return
    severity: Severity = "warning" if bad <= max(1, DAMAGE_SHARE * size) else "error"
    decoded.notes.append((line, f"{bad} undecodable byte sequence(s), not {what}: skipped, U+FFFD in their place; the rest of the page kept", severity))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte order mark: its ASCII characters (line ends, digits) give NUL
    bytes. Taken when one byte order reads the file as text: no NUL or other control
    character, and made of the characters of a Chinese page (see `_usual_share`)."""
    if len(data) < 2 or b"\x00" not in data:
        return None
    best = None
    for encoding in ("utf-16-le", "utf-16-be"):
        text, bad, line = _lenient(data, encoding)
        if "\x00" in text or _C0.search(text) or bad > max(1, DAMAGE_SHARE * len(text)):
            continue
        share = _usual_share(text)
        if share >= 0.9 and (best is None or share > best[0]):
            best = (share, encoding, text, bad, line)
    if best is None:
        return None
    _, encoding, text, bad, line = best
    decoded = Decoded(text, encoding, [(None, f"read as {encoding.upper()} without a byte order mark, not UTF-8", "warning")])
    _note_damage(decoded, bad, len(data), line, encoding.upper())
    return decoded


# What a page of a Chinese newspaper is made of: CJK characters and punctuation, full-width
# forms, ASCII, spaces. Text read with the wrong codec is full of other characters.
_UNUSUAL = re.compile(r"[^\u4e00-\u9fff\u3400-\u4dbf\u2e80-\u2fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b7\x20-\x7e\s]")


def _usual_share(text: str) -> float:
    return 1.0 - len(_UNUSUAL.findall(text)) / len(text) if text else 1.0


def _refuse_binary(decoded: Decoded) -> Decoded:
    text = decoded.text or ""
    if not text:
        return decoded
    controls = len(_C0.findall(text))
    replaced = text.count(_REPLACEMENT)
    if controls > BINARY_CONTROL_SHARE * len(text) or replaced > BINARY_REPLACED_SHARE * len(text):
        decoded.text = None
        decoded.notes = [(None, f"binary file ({controls} control characters, {replaced} undecodable of {len(text)}), not a text page dump; skipped", "error")]
    return decoded
