"""Shape errors of the settings files, gathered file by file and raised together."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("generator")


class ConfigError(Exception):
    """A settings file is missing a required value or holds one of the wrong shape.

    `file`, `key` and `message` name the first problem; `problems` holds every one found
    in the run (the message lists them all, one a line)."""

    def __init__(self, file: Path | str, key: str, message: str, more: tuple[tuple[str, str, str], ...] = ()):
        self.file, self.key, self.message = str(file), key, message
        self.problems = ((self.file, key, message), *more)
        super().__init__("\n".join(_line(*problem) for problem in self.problems))


def _line(file: str, key: str, message: str) -> str:
    return f"{file}: {key}: {message}" if key else f"{file}: {message}"


@dataclass
class Findings:
    """What reading the settings found wrong (errors) or odd (unknown keys, warnings)."""

    errors: list[tuple[str, str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, file: Path | str, key: str, message: str) -> None:
        self.errors.append((str(file), key, message))

    def warn(self, file: Path | str, key: str, message: str) -> None:
        line = _line(str(file), key, message)
        self.warnings.append(line)
        log.warning("%s", line)

    def raise_errors(self) -> None:
        """One ConfigError naming every problem, if there was any."""
        if self.errors:
            first, *more = self.errors
            raise ConfigError(*first, more=tuple(more))
