"""Read a question's ``from_record`` (which record codes answer it) and the code list.

A town decides, without code, which codes of the core system's records answer which
question, from which record (this town's 住民記録, or a 転入予約's 転出証明書情報) and for
which events. The codes themselves belong to the link's contract (``record_codes.yaml``,
always the bundled one): a code not in it is refused, so a typo cannot silently leave a
question to be asked, or answered wrongly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.catalog.fields import Entry
from forms.catalog.model import Option, RecordRule, RecordSource
from forms.catalog.yamlio import Problems, read_yaml
from kiosk.resources_path import package_folder

CODES_FILE = "record_codes.yaml"
_RULE_KEYS = {"source", "events", "yes_if", "options", "otherwise"}
_GROUPS = ("insurances", "registrations", "derived")


def load_record_codes(problems: Problems) -> frozenset[str]:
    """Every code ``from_record`` may name (the contract's list, bundled)."""
    data = read_yaml(package_folder("forms.catalog") / CODES_FILE, problems)
    body = data.get("record_codes") if isinstance(data, Mapping) else None
    if not isinstance(body, Mapping):
        problems.add(CODES_FILE, "", "the file must have a top-level 'record_codes' mapping")
        return frozenset()
    codes: set[str] = set()
    for group in _GROUPS:
        listed = body.get(group)
        if not isinstance(listed, list) or not all(isinstance(c, str) for c in listed):
            problems.add(CODES_FILE, "", f"{group!r} must be a list of codes")
            continue
        codes.update(listed)
    return frozenset(codes)


def build_record_rules(
    e: Entry, qtype: str, options: tuple[Option, ...], codes: frozenset[str]
) -> tuple[RecordRule, ...]:
    """The question's ``from_record`` rules (``()`` when it has none), checked against its
    type, its options and the known ``codes``; event ids are checked by the loader."""
    raw = e.data.get("from_record")
    if raw is None:
        return ()
    if qtype == "int":
        e.error("'from_record' answers only a yes/no or a choice question")
        return ()
    if not isinstance(raw, list) or not raw or not all(isinstance(r, Mapping) for r in raw):
        e.error("'from_record' must be a list of rules ({source, events, yes_if | options, "
                "otherwise})")
        return ()
    return tuple(rule for index, body in enumerate(raw)
                 for rule in [_rule(e, index, body, qtype, options, codes)]
                 if rule is not None)


def _rule(e: Entry, index: int, body: Mapping[str, Any], qtype: str,
          options: tuple[Option, ...], codes: frozenset[str]) -> RecordRule | None:
    what = f"from_record[{index}]"
    r = Entry(e.problems, e.file, f"{e.label}, {what}", body, _RULE_KEYS)
    r.line = r.line or e.line
    if any(isinstance(key, bool) for key in body):
        r.error("a bare on/yes/no key reads as true/false in YAML: write 'events' or "
                "'yes_if'")
    sources = [s.value for s in RecordSource]
    source = r.string("source")
    if source not in sources:
        r.error(f"'source' must be one of {', '.join(sources)}, not {source!r}")
        return None
    events = frozenset(r.str_list("events", []))
    if qtype == "bool":
        if r.has("options") or r.has("otherwise"):
            r.error("a yes/no question gives 'yes_if' (the codes meaning yes), not options")
        yes = _codes(r, r.str_list("yes_if"), "yes_if", codes)
        return RecordRule(RecordSource(source), events, yes=yes)
    if r.has("yes_if"):
        r.error("a choice question gives 'options' (option: [codes]), not 'yes_if'")
    ids = [o.id for o in options]
    raw_options = body.get("options")
    if not isinstance(raw_options, Mapping) or not raw_options:
        r.error("'options' must map option ids to lists of codes")
        return None
    mapped: list[tuple[str, frozenset[str]]] = []
    for option, listed in raw_options.items():
        if option not in ids:
            r.error(f"'options' names {option!r}, not an option ({', '.join(ids)})")
        elif not isinstance(listed, list) or not all(isinstance(c, str) for c in listed):
            r.error(f"'options.{option}' must be a list of codes")
        else:
            mapped.append((str(option), _codes(r, listed, f"options.{option}", codes)))
    otherwise = body.get("otherwise")
    if otherwise is not None and otherwise not in ids:
        r.error(f"'otherwise' {otherwise!r} must be one of the options ({', '.join(ids)})")
        otherwise = None
    return RecordRule(RecordSource(source), events, options=tuple(mapped),
                      otherwise=otherwise if isinstance(otherwise, str) else None)


def _codes(r: Entry, listed: list[str], what: str, codes: frozenset[str]) -> frozenset[str]:
    for code in listed:
        if codes and code not in codes:
            r.error(f"{what!r} names the record code {code!r}, which the core-system link "
                    f"does not know (known codes: {', '.join(sorted(codes))}; see "
                    f"{CODES_FILE})")
    if not listed:
        r.error(f"{what!r} must list at least one record code")
    return frozenset(listed)
