"""Reading the catalog's YAML files with line numbers, and collecting problems.

A town edits these files by hand, so every problem names the file, the line, the entry
and what is wrong, and the loader reports all problems at once rather than the first.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml


class CatalogError(ValueError):
    """The catalog cannot be used; ``problems`` holds one plain sentence per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        first = problems[0] if problems else "the catalog is broken"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(first + more)


class LineDict(dict[str, Any]):
    """A YAML mapping that remembers the line it starts on."""

    line: int = 0


# The C parser when PyYAML was built with libyaml (about 5x faster), else the Python one;
# both use the same safe constructors, so only the speed differs.
try:
    from yaml import CSafeLoader as _Base
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Base  # type: ignore[assignment]


class _Loader(_Base):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = key_node.value
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    result = LineDict(loader.construct_mapping(node, deep=True))  # type: ignore[arg-type]
    result.line = node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class Problems:
    """Collects problems as ``<file> line <n>: <entry>: <problem>``; ``locales`` are the
    ones the catalog declares, which its texts may carry."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.locales: tuple[str, ...] = ("ja", "en")
        # locale -> {(context, source): text}: the catalog's translation files
        self.translations: dict[str, Mapping[tuple[str, str], str]] = {}

    def add(self, file: str, entry: str, message: str, line: int = 0) -> None:
        where = f"{file} line {line}" if line else file
        self.items.append(f"{where}: {entry}: {message}" if entry else f"{where}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            raise CatalogError(self.items)

    def __iter__(self) -> Iterator[str]:
        return iter(self.items)


def read_yaml(path: Path, problems: Problems) -> Any:
    """Parse one file; a syntax error becomes a problem naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.add(path.name, "", "the file is missing")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.add(path.name, "", f"cannot be read ({exc.__class__.__name__})")
        return None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        problems.add(path.name, "", f"YAML syntax error: {exc.problem or exc.context}", line)
    except yaml.YAMLError as exc:
        problems.add(path.name, "", f"YAML syntax error: {exc}")
    return None


def line_of(data: object) -> int:
    return data.line if isinstance(data, LineDict) else 0


def read_catalog_version(root: Path) -> int | None:
    """The ``catalog_version`` of the catalog in ``root``, read from ``town.yaml`` alone
    (``kiosk --version`` must not wait for the whole catalog); ``None`` if it cannot be read.
    A catalog from before the codes has none and is version 1, as the loader says."""
    data = read_yaml(root / "town.yaml", Problems())
    if not isinstance(data, Mapping) or not isinstance(data.get("town"), Mapping):
        return None
    version = data["town"].get("catalog_version", 1)
    return version if isinstance(version, int) else None
