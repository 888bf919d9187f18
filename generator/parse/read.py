"""Bytes of a page file → its lines, whatever encoding and line ends it came with."""

from __future__ import annotations

import codecs
import re

from ..model import Line

# Control characters other than tab and line ends have no place in a page of text: C0,
# DEL, and C1 (U+0080–U+009F, among them NEL, which some readers take for a line end).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class UndecodableError(ValueError):
    """No supported encoding reads the file; `line` is where UTF-8 first failed."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def decode_page(data: bytes) -> tuple[str, str]:
    """Decode a page dump; returns (text, encoding name).

    UTF-8 (with or without BOM) first, then UTF-16 with a BOM, then GB18030 (a superset
    of GBK and GB2312, the usual encodings of Chinese sources).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise UndecodableError(line, f"not UTF-8 (byte {utf8_error.start}) and not GB18030 either") from None
        return text, "gb18030"


def split_lines(text: str) -> list[Line]:
    """Lines numbered from 1; CRLF and lone CR count as line ends, as an editor shows them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [Line(number, raw) for number, raw in enumerate(text.split("\n"), 1)]


def control_characters(lines: list[Line]) -> list[tuple[int, str]]:
    """(line number, characters) of every line holding control characters."""
    found = []
    for line in lines:
        chars = _CONTROL.findall(line.text)
        if chars:
            found.append((line.number, "".join(chars)))
    return found


def remove_control_characters(text: str) -> str:
    return _CONTROL.sub("", text)
