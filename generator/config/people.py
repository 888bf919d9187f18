"""people.yml: known persons with their posts over time, and the paper's bylines (the
file's header describes each key)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Role:
    """A post a person held: `from`/`to` as YYYY, YYYY-MM or YYYY-MM-DD, `seen` the months printed."""

    role: str
    unit: str = ""
    printed: tuple[str, ...] = ()
    start: str | None = field(default=None, metadata={"key": "from"})
    end: str | None = field(default=None, metadata={"key": "to"})
    seen: tuple[str, ...] = field(default=(), metadata={"one_or_many": True})
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    district: str = ""  # a unit of districts.yml, 市级, 省级 or 国家级
    roles: tuple[Role, ...] = ()
    note: str = ""
    source: str = ""
    register_only: bool = False  # too common a name to match: serves the register only


@dataclass(frozen=True)
class Byline:
    """A reporter, correspondent, photographer or signature: a credit, not a story person."""

    name: str
    kind: str = ""
    note: str = ""


@dataclass(frozen=True)
class People:
    people: tuple[Person, ...] = ()
    bylines: tuple[Byline, ...] = ()
