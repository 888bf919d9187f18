"""topics.yml: the main classes, the twelve topics and the later themes, with how keyword
scores become an article's topics (the file's header describes each key)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TopicSelection:
    """How topic scores become topics (`selection:`, `classes_selection:`)."""

    max_topics: int = 4
    max_count_per_keyword: int = 3
    min_score: float = 6.0
    relative_threshold: float = 0.3
    headline_bonus: float = 8.0
    max_themes: int = 2  # later local themes kept beside the twelve topics
    # (classes_selection) the first main class from the model of generator/enrich/class_model.json
    first_class_model: bool = False


@dataclass(frozen=True)
class Subject:
    """A main class, a topic or a theme."""

    name: str
    slug: str = ""
    code: str = ""  # a main class's IPTC Media Topics code
    parent: str = field(default="", metadata={"key": "class"})  # a subtopic's main class
    description: str = ""
    keywords: dict[str, float] = field(default_factory=dict)  # word -> weight (0: hides its span)
    headline_boost: tuple[str, ...] = ()


@dataclass(frozen=True)
class Topics:
    selection: TopicSelection = field(default_factory=TopicSelection)
    classes_selection: TopicSelection = field(default_factory=TopicSelection)
    topics: tuple[Subject, ...] = ()
    themes: tuple[Subject, ...] = ()
    classes: tuple[Subject, ...] = ()
