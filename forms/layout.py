"""Form layouts: YAML data files loaded, expanded, placed on an A4 page and validated.

A layout (``forms/layouts/<form_id>.yaml``, or the same file in a town's own
``<catalog folder>/layouts/``, which overrides or adds to the bundled ones) lists
sections; a section holds rows of labelled fields or one member table. Shared blocks (the
applicant block, the signature box, the office-use area) live in ``_parts.yaml`` and are
pulled in with ``use:``, so each form file stays short. Loading places every box on the
page (millimetres from the top left, see ``forms.geometry``) and refuses a layout with an
unknown binding, a 個人番号 on a form that may not carry one, or overlapping boxes; the
error names the file and field.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from forms.geometry import place
from forms.layout_checks import bind_who, validate_fields
from forms.layout_model import (
    DIGIT_BOX_W,
    DIGIT_GAP,
    MIN_ERA_DATE_W,
    WHO,
    FieldSpec,
    Layout,
    LayoutError,
    Placed,
    Row,
    Section,
    Table,
)
from kiosk.resources_path import package_folder

# The C parser when PyYAML was built with libyaml: the layouts are read on the first print
# of every kiosk start, and the pure-Python parser took half of that first print's time.
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


def _read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)


__all__ = [  # the layout types live in forms.layout_model; this is their public home
    "DIGIT_BOX_W",
    "DIGIT_GAP",
    "KINDS",
    "LAYOUT_DIR",
    "MIN_ERA_DATE_W",
    "PARTS_FILE",
    "WHO",
    "FieldSpec",
    "Layout",
    "LayoutError",
    "Placed",
    "Row",
    "Section",
    "Table",
    "get_layout",
    "load_all",
    "load_layout_file",
    "load_layouts",
    "load_parts",
    "parse_layout",
]

LAYOUT_DIR = package_folder("forms") / "layouts"
PARTS_FILE = "_parts.yaml"

KINDS = frozenset(
    {"text", "era_date", "choice", "digits", "signature", "blank", "note", "checks", "stamps",
     "flags"}
)
_FIELD_KEYS = frozenset(
    {"label", "bind", "kana", "kind", "w", "label_w", "options", "eras", "count", "groups",
     "size", "floor", "text", "kana_style", "align", "map"}
)
_LAYOUT_KEYS = frozenset(
    {"id", "title", "subtitle", "department", "needs_my_number", "era_table",
     "addressee", "sections", "boxes", "note", "one_per_person"}
)
_SECTION_KEYS = frozenset({"title", "rows", "table", "use", "office", "checks", "who"})
def _err(source: Path, where: str, message: str) -> LayoutError:
    return LayoutError(f"{source.name}: {where}: {message}")


def _field(raw: Any, source: Path, where: str) -> FieldSpec:
    if not isinstance(raw, dict):
        raise _err(source, where, "a field must be a mapping")
    unknown = set(raw) - _FIELD_KEYS
    name = str(raw.get("bind") or raw.get("label") or where)
    if unknown:
        raise _err(source, f"field {name}", f"unknown keys {sorted(unknown)}")
    kind = str(raw.get("kind", "text"))
    if kind not in KINDS:
        raise _err(source, f"field {name}", f"unknown kind {kind!r}")
    values: dict[str, Any] = {"kind": kind}
    for key in ("label", "bind", "kana", "text", "kana_style", "align"):
        if key in raw:
            values[key] = str(raw[key])
    for key in ("w", "label_w", "size", "floor"):
        if key in raw:
            values[key] = float(raw[key])
    for key in ("options", "eras"):
        if key in raw:
            values[key] = tuple(str(o) for o in raw[key])
    if "map" in raw:
        values["map"] = _option_map(raw["map"], source, name)
    if "count" in raw:
        values["count"] = int(raw["count"])
    if "groups" in raw:
        values["groups"] = tuple(int(g) for g in raw["groups"])
    return FieldSpec(**values)


def _option_map(raw: Any, source: Path, name: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, dict):
        raise _err(source, f"field {name}", "map must be a mapping of value: option")
    return tuple((str(k), str(v)) for k, v in raw.items())


def _row(raw: Any, source: Path, where: str) -> Row:
    if isinstance(raw, list):
        raw = {"fields": raw}
    if not isinstance(raw, dict) or "fields" not in raw:
        raise _err(source, where, "a row is a list of fields or {h, fields}")
    fields = tuple(_field(f, source, f"{where} field {i}") for i, f in enumerate(raw["fields"]))
    return Row(h=float(raw.get("h", 10.0)), fields=fields)


def _section(raw: Any, parts: dict[str, Any], source: Path, index: int) -> Section:
    where = f"section {index}"
    if not isinstance(raw, dict):
        raise _err(source, where, "a section must be a mapping")
    if "use" in raw:
        part = parts.get(str(raw["use"]))
        if part is None:
            raise _err(source, where, f"unknown part {raw['use']!r}")
        raw = {**part, **{k: v for k, v in raw.items() if k != "use"}}
    unknown = set(raw) - _SECTION_KEYS
    if unknown:
        raise _err(source, where, f"unknown keys {sorted(unknown)}")

    who = str(raw.get("who", ""))
    if who and who not in WHO:
        raise _err(source, where, f"who must be one of {', '.join(WHO)}")
    raw = bind_who(raw, who, source, where)
    title = str(raw.get("title", ""))
    if raw.get("office"):
        checks = tuple(str(c) for c in raw.get("checks", ()))
        office = [Row(8.0, (FieldSpec(kind="checks", label="確認", options=checks),))] if checks else []
        office.append(
            Row(17.0, (FieldSpec(kind="stamps", label="処理", options=("受付", "審査", "入力", "照合"),
                                 w=100.0),
                       FieldSpec(kind="flags", label="備考"))),
        )
        return Section(title=title or "職員記入欄", rows=tuple(office), office=True)
    table = None
    if "table" in raw:
        t = raw["table"]
        cols = tuple(_field(c, source, f"{where} column {i}") for i, c in enumerate(t["columns"]))
        table = Table(int(t.get("rows", 4)), float(t.get("row_h", 11.0)),
                      float(t.get("header_h", 6.0)), cols)
    rows = tuple(_row(r, source, f"{where} row {i}") for i, r in enumerate(raw.get("rows", ())))
    return Section(title=title, rows=rows, table=table, who=who)


def load_parts(directory: Path = LAYOUT_DIR) -> dict[str, Any]:
    """The shared blocks referenced with ``use:``."""
    path = directory / PARTS_FILE
    data = _read_yaml(path) if path.exists() else {}
    return dict(data or {})


def parse_layout(data: Any, source: Path, parts: dict[str, Any]) -> Layout:
    """Build, place and validate a layout from parsed YAML."""

    if not isinstance(data, dict):
        raise _err(source, "layout", "the file must hold a mapping")
    unknown = set(data) - _LAYOUT_KEYS
    if unknown:
        raise _err(source, "layout", f"unknown keys {sorted(unknown)}")
    for key in ("id", "title", "department", "sections"):
        if key not in data:
            raise _err(source, "layout", f"missing {key!r}")
    if data["id"] != source.stem:
        raise _err(source, "layout", "the id must equal the file name")
    layout = Layout(
        id=str(data["id"]),
        title=str(data["title"]),
        subtitle=str(data.get("subtitle", "")),
        department=str(data["department"]),
        needs_my_number=bool(data.get("needs_my_number", False)),
        era_table=data.get("era_table"),
        addressee=str(data.get("addressee", "")),
        note=str(data.get("note", "")),
        one_per_person=bool(data.get("one_per_person", False)),
        sections=tuple(_section(s, parts, source, i) for i, s in enumerate(data["sections"])),
        source=source,
    )

    validate_fields(layout)
    boxes = []
    for i, raw in enumerate(data.get("boxes", ())):
        spec = _field({k: v for k, v in raw.items() if k not in ("at", "h")}, source, f"box {i}")
        at = raw.get("at", [0, 0])
        boxes.append(Placed(spec, float(at[0]), float(at[1]), float(spec.w or 30),
                            float(raw.get("h", 20))))
    return place(layout, tuple(boxes))


def load_layout_file(path: Path, parts: dict[str, Any] | None = None) -> Layout:
    """Load one layout file (parts from the same folder unless given)."""
    try:
        data = _read_yaml(path)
    except yaml.YAMLError as exc:
        raise _err(path, "layout", f"not valid YAML ({exc.__class__.__name__})") from exc
    return parse_layout(data, path, load_parts(path.parent) if parts is None else parts)


@cache
def load_all(directory: Path = LAYOUT_DIR) -> dict[str, Layout]:
    """Every layout in the folder by form id (cached: layouts are immutable data)."""
    parts = load_parts(directory)
    return {
        p.stem: load_layout_file(p, parts)
        for p in sorted(directory.glob("*.yaml"))
        if not p.name.startswith("_")
    }


def load_layouts(town_dir: Path | None = None) -> dict[str, Layout]:
    """The bundled layouts, overridden or added to by a town's own ``layouts/`` folder
    (beside its catalog files; its ``_parts.yaml`` blocks add to the bundled ones)."""
    layouts = dict(load_all())
    if town_dir is not None and town_dir.is_dir():
        layouts.update(_load_town(town_dir.resolve()))
    return layouts


@cache
def _load_town(directory: Path) -> dict[str, Layout]:
    parts = {**load_parts(LAYOUT_DIR), **load_parts(directory)}
    return {
        p.stem: load_layout_file(p, parts)
        for p in sorted(directory.glob("*.yaml"))
        if not p.name.startswith("_")
    }


def get_layout(form_id: str, town_dir: Path | None = None) -> Layout:
    """The layout of a form id (the town's own first); ``KeyError`` names the id when
    there is none."""
    layouts = load_layouts(town_dir)
    if form_id not in layouts:
        raise KeyError(f"no layout for form {form_id!r}")
    return layouts[form_id]
