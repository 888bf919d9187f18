"""districts.yml: the gazetteer of Jiaozuo's county-level units and the places below them
(the file's header describes each key)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    name: str
    kind: str = ""
    aliases: tuple[str, ...] = ()
    township: str = ""
    primary_only: bool = False  # weak evidence: counts for primary_district only
    note: str = ""


@dataclass(frozen=True)
class Unit:
    """One of the county-level units (解放区 … 示范区)."""

    name: str
    slug: str = ""
    kind: str = ""  # district | county | county-level city | zone
    code: str = ""
    aliases: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()  # short forms that mean the unit only before 城区
    places: tuple[Place, ...] = ()


@dataclass(frozen=True)
class City:
    """Markers of city-wide (市级) news."""

    name: str = ""
    slug: str = ""
    label: str = ""
    aliases: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Province:
    name: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ambiguous:
    """A name found in more than one unit: it maps to none by itself."""

    name: str
    units: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Region:
    """A place outside Jiaozuo (a province, a city, a county of Henan)."""

    name: str
    code: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class HenanCity:
    name: str
    code: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    counties: tuple[Region, ...] = ()


@dataclass(frozen=True)
class Elsewhere:
    provinces: tuple[Region, ...] = ()
    cities: tuple[Region, ...] = ()
    henan: tuple[HenanCity, ...] = ()


@dataclass(frozen=True)
class Weights:
    headline: float = 4.0
    lead: float = 2.0
    body: float = 1.0


@dataclass(frozen=True)
class RankMarker:
    kinds: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Primary:
    """How evidence weighs when an article's primary district is chosen."""

    weights: Weights = field(default_factory=Weights)
    outside_factor: float = 0.8
    explicit_city: tuple[str, ...] = ()
    rank_markers: dict[str, RankMarker] = field(default_factory=dict)
    rank_guards: tuple[str, ...] = ()
    frame_kinds: tuple[str, ...] = ()
    context_forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Districts:
    units: tuple[Unit, ...] = ()
    city: City = field(default_factory=City)
    province: Province = field(default_factory=Province)
    outside: tuple[str, ...] = ()
    guards: tuple[str, ...] = ()
    ambiguous: tuple[Ambiguous, ...] = ()
    elsewhere: Elsewhere = field(default_factory=Elsewhere)
    primary: Primary = field(default_factory=Primary)
