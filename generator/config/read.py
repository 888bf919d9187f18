"""Settings files into frozen dataclasses: each value checked against its field's type,
each problem named by file and key, keys nobody reads reported (MkDocs' "Unrecognised
configuration name"), a key given twice refused (YAML would keep the last in silence)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import difflib
import functools
import types
import typing
from pathlib import Path
from typing import Any

import yaml

from .errors import Findings

# libyaml's safe loader reads a catalog of thousands of pages ten times faster; PyYAML's own where it is missing.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SAFE_LOADER):  # the safe loader, typed Any: PyYAML's C loader has no stubs
    """The safe loader, noting every key that a mapping gives twice."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value in seen:
                    self.twice.append((key_node.value, seen[key_node.value], line))
                seen.setdefault(key_node.value, line)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path, findings: Findings) -> Any:
    """The file's data, or None when it is not there or is not YAML (an error, then)."""
    if not path.exists():
        return None
    try:
        with path.open(encoding="utf-8") as fh:
            loader = _Loader(fh)
            loader.twice = []
            try:
                data = loader.get_single_data()
            finally:
                loader.dispose()
    except yaml.YAMLError as exc:
        findings.error(path, "", f"not valid YAML: {exc}")
        return None
    for key, first, again in loader.twice:
        findings.error(path, str(key), f"given twice (lines {first} and {again}); YAML would keep the last in silence")
    return data


# A value that failed its check (the problem is recorded); the field takes its default.
_BAD: Any = object()


def key_of(field: dataclasses.Field) -> str:
    """The key a field is read from: its name, or `metadata["key"]` (`from`, `class`)."""
    return str(field.metadata.get("key", field.name))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def build(cls: type, data: Any, file: Path, key: str, findings: Findings) -> Any:
    """An instance of the dataclass `cls` from the mapping `data`, found at `key` of `file`
    ("" for the whole file); _BAD when a required field is missing or wrong."""
    fields = dataclasses.fields(cls)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        findings.error(file, key or "(the whole file)",
                       f"expected a mapping (of {', '.join(key_of(f) for f in fields)}), found {_kind(data)}")
        return _BAD if any(_required(f) for f in fields) else cls()
    known = {key_of(f): f for f in fields}
    for name in data:
        if str(name) not in known:
            close = difflib.get_close_matches(str(name), known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            findings.warn(file, _join(key, str(name)),
                          f"unrecognised configuration name, not read (known here: {', '.join(known)}){hint}")
    values: dict[str, Any] = {}
    bad = False
    for name, field in known.items():
        value = data.get(name)
        where = _join(key, name)
        if value is None:
            if _required(field):
                findings.error(file, where, "required, missing" if name not in data else "required, empty")
                bad = True
            elif _optional(_hints(cls)[field.name]):
                values[field.name] = None
            continue
        value = convert(_hints(cls)[field.name], value, file, where, findings, field.metadata.get("one_or_many", False))
        if value is not _BAD:
            check = field.metadata.get("check")
            problem = check(value) if check else None
            if problem:
                findings.error(file, where, problem)
                value = _BAD
        if value is _BAD:
            bad = bad or _required(field)
        else:
            values[field.name] = value
    return _BAD if bad else cls(**values)


def convert(hint: Any, value: Any, file: Path, key: str, findings: Findings, one_or_many: bool = False) -> Any:
    """`value` as the type `hint` says (str, int, float, bool, a date, X | None, tuple[X, ...],
    dict[str, X], a dataclass, one of a Literal's values), or _BAD with the problem recorded."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (hint,) = [a for a in args if a is not type(None)]
        return convert(hint, value, file, key, findings, one_or_many)
    if dataclasses.is_dataclass(hint):
        return build(typing.cast(type, hint), value, file, key, findings)
    if origin is typing.Literal:
        if value in args:
            return value
        findings.error(file, key, f"expected one of {', '.join(map(str, args))}, found {_kind(value)} {value!r}")
        return _BAD
    if origin is tuple:
        if one_or_many and not isinstance(value, list):
            value = [value]
        if not isinstance(value, list):
            findings.error(file, key, f"expected a list, found {_kind(value)}")
            return _BAD
        items = [convert(args[0], item, file, f"{key}[{i}]", findings) for i, item in enumerate(value)]
        return tuple(item for item in items if item is not _BAD)
    if origin is dict:
        if not isinstance(value, dict):
            findings.error(file, key, f"expected a mapping, found {_kind(value)}")
            return _BAD
        entries = {str(k): convert(args[1], v, file, _join(key, str(k)), findings) for k, v in value.items()}
        return {k: v for k, v in entries.items() if v is not _BAD}
    return _scalar(hint, value, file, key, findings)


def _scalar(hint: Any, value: Any, file: Path, key: str, findings: Findings) -> Any:
    if hint is str and isinstance(value, (str, int, float, _dt.date)) and not isinstance(value, bool):
        # An unquoted code (410802) or month (2013) is text all the same.
        return value.isoformat() if isinstance(value, _dt.date) else str(value)
    if hint is bool and isinstance(value, bool):
        return value
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if hint is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if hint is _dt.date:
        if isinstance(value, _dt.date):
            return value
        try:
            return _dt.date.fromisoformat(str(value))
        except ValueError:
            findings.error(file, key, f"{value!r} is not an ISO date (YYYY-MM-DD)")
            return _BAD
    wanted = {str: "text", bool: "true or false", int: "a whole number", float: "a number"}.get(hint, str(hint))
    findings.error(file, key, f"expected {wanted}, found {_kind(value)} {value!r}")
    return _BAD


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number", type(None): "nothing"}.get(type(value), type(value).__name__)


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _required(field: dataclasses.Field) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def _optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint)
