"""Read ``questions.yaml`` into ``Question`` objects (conditions are compiled later, once
every name's type is known)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.catalog.fields import Entry, entry_id, top_list
from forms.catalog.model import NO_TEXT, Condition, Option, Question, Text
from forms.catalog.record_rules import build_record_rules
from forms.catalog.yamlio import Problems
from kiosk.domain import conditions as cond
from kiosk.domain.answers import DONT_KNOW

FILE = "questions.yaml"
_KEYS = {"id", "scope", "type", "default", "text", "text_by_event", "options", "ask_when",
         "implied_by", "from_record", "help"}
_NO_HELP = NO_TEXT
"""A question or option without ``help``: loaded, and reported by ``help_gaps``."""


def build_questions(
    problems: Problems, data: Any, record_codes: frozenset[str] = frozenset()
) -> tuple[dict[str, Question], dict[str, Entry]]:
    """Questions (with ``ask_when`` not yet compiled) and their entries for error reports;
    ``from_record`` may name only ``record_codes``."""
    questions: dict[str, Question] = {}
    entries: dict[str, Entry] = {}
    seen: dict[str, int] = {}
    for i, item in enumerate(top_list(problems, FILE, data, "questions")):
        qid = entry_id(problems, FILE, "question", i, item, seen)
        e = Entry(problems, FILE, f"question {qid!r}", item, _KEYS)
        scope = e.string("scope", "household")
        if scope not in ("household", "person"):
            e.error(f"scope {scope!r} must be 'household' or 'person'")
        qtype = e.string("type", "bool")
        if qtype not in ("bool", "choice", "int"):
            e.error(f"type {qtype!r} must be 'bool', 'choice' or 'int'")
        options = _options(e) if qtype == "choice" else ()
        if qtype != "choice" and e.has("options"):
            e.error("only a 'choice' question has options")
        by_event: dict[str, Text] = {}
        raw_by_event = item.get("text_by_event", {})
        if not isinstance(raw_by_event, dict):
            e.error("'text_by_event' must map event ids to {ja, en} texts")
        else:
            for event, text in raw_by_event.items():
                by_event[str(event)] = e.text_value(text, f"text_by_event.{event}")
        question = Question(
            id=qid, scope=scope, type=qtype, text=e.text("text"), options=options,
            default=_default(e, qtype, options),
            ask_when=Condition(e.string("ask_when", "true"), cond.TRUE),
            text_by_event=by_event,
            implied_by=(Condition(e.string("implied_by"), cond.TRUE)
                        if e.has("implied_by") else None),
            from_record=build_record_rules(e, qtype, options, record_codes),
            help=_help(e, item, "help"),
        )
        if question.implied_by is not None and qtype != "bool":
            e.error("only a yes/no question can be implied_by a condition")
        if qid:
            questions[qid] = question
            entries[qid] = e
    return questions, entries


def _options(e: Entry) -> tuple[Option, ...]:
    options: list[Option] = []
    for raw in e.mapping_list("options"):
        oid = raw.get("id")
        if not isinstance(oid, str) or not oid:
            e.error("every option needs an 'id'")
            continue
        if any(o.id == oid for o in options):
            e.error(f"duplicate option {oid!r}")
        if oid == DONT_KNOW:
            e.error(f"option id {DONT_KNOW!r} is the answer every question offers; choose another")
        options.append(Option(oid, e.text_value(raw, f"option {oid}"),
                              _help(e, raw, f"option {oid} help")))
    if len(options) < 2:
        e.error("a choice question needs at least two options")
    return tuple(options)


def _help(e: Entry, raw: Mapping[str, Any], what: str) -> Text:
    """The ``help`` text of a question or an option (none: an empty text)."""
    value = raw.get("help")
    return _NO_HELP if value is None else e.text_value(value, what)


def build_dont_know(problems: Problems, data: Any) -> Option:
    """The 「わからない」 answer (``dont_know: {text, help}``), or the built-in wording."""
    raw = data.get("dont_know") if isinstance(data, Mapping) else None
    if raw is None:
        return Option(DONT_KNOW, Text("わからない", "I don't know"), _NO_HELP)
    if not isinstance(raw, Mapping):
        problems.add(FILE, "dont_know", "'dont_know' must be a mapping with text and help")
        return Option(DONT_KNOW, Text("わからない", "I don't know"), _NO_HELP)
    e = Entry(problems, FILE, "dont_know", raw, {"text", "help"})
    return Option(DONT_KNOW, e.text("text"), _help(e, raw, "help"))


def _default(e: Entry, qtype: str, options: tuple[Option, ...]) -> bool | int | str:
    value = e.data.get("default")
    ids = [o.id for o in options]
    fallback: bool | int | str = {"bool": False, "int": 0}.get(qtype, ids[0] if ids else "")
    if value is None:
        return fallback
    valid = {
        "bool": isinstance(value, bool),
        "int": isinstance(value, int) and not isinstance(value, bool),
    }.get(qtype, value in ids)
    if not valid:
        what = {"bool": "true or false", "int": "a whole number"}.get(
            qtype, f"one of the options ({', '.join(ids)})"
        )
        e.error(f"'default' {value!r} must be {what}")
        return fallback
    return value  # type: ignore[no-any-return]  # checked just above
