"""Checks a layout must pass to be loaded, and the ``who:`` of a shared block.

Kept apart from ``forms.layout`` (which parses and places) so each stays small. A field
whose binding is unknown, a 個人番号 on a form that may not carry one, a name whose
furigana reads another person, or a block about one person that prints another, is
refused with the file and the field named.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from forms import bindings
from forms.layout_model import FieldSpec, Layout, LayoutError, Section


def _err(source: Path, where: str, message: str) -> LayoutError:
    return LayoutError(f"{source.name}: {where}: {message}")


def bind_who(raw: dict[str, Any], who: str, source: Path, where: str) -> dict[str, Any]:
    """Replace ``@.x`` in the section's bindings by ``<who>.x`` (a shared block names
    its person once, in ``who:``)."""
    rows = raw.get("rows")
    if not isinstance(rows, list):
        return raw

    def bind(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("@."):
            if not who:
                raise _err(source, where, "a block with @. bindings needs who:")
            return who + value[1:]
        return value

    def fields(row: Any) -> Any:
        items = row if isinstance(row, list) else row.get("fields") if isinstance(row, dict) else None
        if not isinstance(items, list):
            return row
        new = [{k: bind(v) if k in ("bind", "kana") else v for k, v in f.items()}
               if isinstance(f, dict) else f for f in items]
        return new if isinstance(row, list) else {**row, "fields": new}

    return {**raw, "rows": [fields(r) for r in rows]}


def validate_fields(layout: Layout) -> None:
    src = layout.source
    for section in layout.sections:
        in_table = set(id(c) for c in section.table.columns) if section.table else set()
        specs = [f for r in section.rows for f in r.fields]
        specs += list(section.table.columns) if section.table else []
        for spec in specs:
            where = f"field {spec.name}"
            for path in (spec.bind, spec.kana):
                if path is None:
                    continue
                problem = bindings.binding_error(path)
                if problem:
                    raise _err(src, where, f"unknown binding {path!r}: {problem}")
                if bindings.is_member_path(path) != (id(spec) in in_table):
                    raise _err(src, where, "household[*] paths belong in member tables only")
                if bindings.is_my_number(path) and not layout.needs_my_number:
                    raise _err(src, where, "個人番号 on a form without needs_my_number: true")
            _check_one_person(layout, section, spec)
            if spec.kind == "choice" and not spec.options:
                raise _err(src, where, "a choice needs options")
            if spec.kind == "digits" and spec.count <= 0:
                raise _err(src, where, "character boxes need a count")
            if spec.floor < 7.0 or spec.size < spec.floor:
                raise _err(src, where, "text may not shrink below 7 pt nor start below its floor")


def _check_one_person(layout: Layout, section: Section, spec: FieldSpec) -> None:
    """A name and its furigana come from one person, and a block that says whom it is
    about (``who:``) prints nobody else."""
    src = layout.source
    sources = {bindings.person_source(p) for p in (spec.bind, spec.kana) if p} - {None}
    if len(sources) > 1:
        raise _err(src, f"field {spec.name}", "the value and its furigana read different "
                   f"people ({', '.join(sorted(str(s) for s in sources))})")
    if section.who and sources and sources != {section.who}:
        raise _err(src, f"field {spec.name}", f"the block is about {section.who}, "
                   f"the field reads {sources.pop()}")
