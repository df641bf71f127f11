"""The terminal's configuration: one TOML file, every key overridable from the environment.

Where the file is: ``--config`` on the command line, else ``KIOSK_CONFIG``, else
``kiosk.paths.default_config_path()``. A missing file is fine (defaults apply). Every key
``section.key`` can also be set as ``KIOSK_SECTION_KEY`` (``KIOSK_DATABASE_URL`` for
``database.url``); the environment wins over the file.

The schema is the set of dataclasses below: a key that is not declared here is an error,
and so is a value of the wrong type or outside its allowed range. The error is one line
naming the key, e.g. ``timeouts.idle_seconds: must be between 15 and 3600 (got 5)``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints

SECRET_KEYS = frozenset({"staff.pin_hash"})


class ConfigError(ValueError):
    """A configuration problem, phrased for the IT staff who set the terminal up."""


def _choice(*allowed: str) -> dict[str, Any]:
    return {"choices": allowed}


def _range(low: int, high: int) -> dict[str, Any]:
    return {"range": (low, high)}


@dataclass(frozen=True)
class TerminalConfig:
    # Empty: an id generated at first start and kept in the data folder (terminal-id), so
    # two terminals never share one by accident; a live duplicate is refused anyway.
    id: str = ""
    role: str = field(default="kiosk", metadata=_choice("kiosk", "clerk", "manager"))
    # Staff are warned (kiosk, `kiosk doctor`) when the data folder has less free space.
    min_free_disk_mb: int = field(default=200, metadata=_range(1, 102400))


@dataclass(frozen=True)
class DatabaseConfig:
    # Empty: a SQLite file in the user data folder.
    url: str = ""
    # Events wait here while the central database is unreachable.
    outbox_url: str = ""
    # The password kept out of this file: a 0600 file holding it alone, or the OS keyring
    # (kiosk.db_password). The URL then has no password.
    password_file: str = ""
    password_keyring: bool = False


@dataclass(frozen=True)
class CardConfig:
    # A substring or glob of the reader name; empty picks the first reader with a card.
    reader: str = ""
    # The demo card's profile (JSON); empty: the bundled demo resident.
    simulated_profile: str = ""
    # Read the 個人番号 with the basic four (one PIN entry), for the forms that legally need
    # it (国保, 児童手当, 年金 …). It stays in memory for the visit only and is never
    # stored; false leaves those boxes empty for the resident to fill in.
    read_my_number: bool = True
    # How long one card command may take before the resident is told the card did not
    # answer and the reader is freed (a card answers in well under a second).
    apdu_timeout_seconds: int = field(default=5, metadata=_range(1, 30))


@dataclass(frozen=True)
class PrinterConfig:
    backend: str = field(default="folder", metadata=_choice("cups", "qt", "folder"))
    # The CUPS queue or Qt printer name; empty: the system default.
    queue: str = ""
    # For the folder back-end; empty: <data dir>/printed.
    folder: str = ""
    job_timeout_seconds: int = field(default=120, metadata=_range(5, 3600))


@dataclass(frozen=True)
class UiConfig:
    # The language a visit starts in; one of ``languages``.
    language: str = "ja"
    # The languages offered, in the picker's order (locale tags: ja, en, vi, pt-BR …).
    # ja-easy is やさしい日本語; every one needs translations (docs/translations.md).
    languages: tuple[str, ...] = ("ja", "en", "ja-easy", "vi", "zh", "ko", "fil", "id")
    # An extra folder of translations (<area>_<locale>.ts), searched before the bundled one.
    translations_folder: str = ""
    text_size: int = field(default=1, metadata=_range(0, 2))
    high_contrast: bool = False
    fullscreen: bool = True


@dataclass(frozen=True)
class TimeoutsConfig:
    # Idle time before the "are you still there?" warning, then before the wipe.
    idle_seconds: int = field(default=120, metadata=_range(15, 3600))
    idle_warning_seconds: int = field(default=20, metadata=_range(5, 300))
    # 「もっと時間が必要」 on the warning: how many times a visit may extend its time (WCAG
    # 2.2.1 asks for at least ten), and how much longer each quiet period is once extended.
    idle_extensions: int = field(default=10, metadata=_range(1, 100))
    idle_extension_seconds: int = field(default=120, metadata=_range(0, 3600))
    # The end of a card visit waits this long for the card to be taken, then goes on.
    take_card_seconds: int = field(default=30, metadata=_range(5, 600))
    # 「カードが取り外されました」 stays this long (or until a tap) before the welcome screen.
    card_removed_notice_seconds: int = field(default=8, metadata=_range(3, 60))


@dataclass(frozen=True)
class RetentionConfig:
    # How long prefilled personal data is kept for the clerks: "next-working-day" keeps it
    # to the end of the next working day; a number of hours ("48") keeps it that long.
    personal_data: str = "next-working-day"
    # Anonymous visit metrics; 0 keeps them for ever.
    metrics_days: int = field(default=0, metadata=_range(0, 36500))


@dataclass(frozen=True)
class StaffConfig:
    # scrypt hash of the kiosk's staff-menu PIN (``kiosk config set-staff-pin`` writes it).
    # Empty: the demo PIN 0000 is accepted, and ``kiosk doctor`` warns. The clerk console
    # logs in with personal accounts instead (``kiosk staff``); max_attempts and
    # lockout_seconds apply to both, the accounts' lock-out being kept in the database.
    pin_hash: str = ""
    max_attempts: int = field(default=5, metadata=_range(1, 20))
    lockout_seconds: int = field(default=300, metadata=_range(10, 86400))
    # The clerk console locks itself (and hides personal data) after this long untouched.
    idle_lock_seconds: int = field(default=300, metadata=_range(30, 7200))


@dataclass(frozen=True)
class CatalogConfig:
    # A town's own catalog folder; empty: the bundled forms/catalog. Its town.yaml is the
    # only place that names the town (screens and forms); its layouts/ may hold the
    # town's own form layouts.
    folder: str = ""


@dataclass(frozen=True)
class CoreConfig:
    # The town's core system (基幹系連携, docs/core-link.md): none, its REST API, or files in
    # a shared folder. With none, the kiosk asks the resident for everything, as before.
    kind: str = field(default="none", metadata=_choice("none", "rest", "folder"))
    url: str = ""
    # A file holding the REST bearer token: the token itself never sits in the config.
    token_file: str = ""
    folder: str = ""
    # Past this, a call counts as "the core system is away" and the visit goes on the
    # manual path (issue 12: slower than 2 s is down, for a resident at the counter).
    timeout_ms: int = field(default=2000, metadata=_range(100, 30000))


@dataclass(frozen=True)
class PrefillConfig:
    # Pre-application codes (docs/prefill.md). A kiosk: the folder of trusted public keys
    # (*.pub). The web server: the private key file. Neither is ever in the config itself.
    keys_folder: str = ""
    signing_key_file: str = ""
    # How many days after it was made a code is still accepted.
    valid_days: int = field(default=14, metadata=_range(1, 90))


@dataclass(frozen=True)
class WebConfig:
    # The pre-application web wizard (`kiosk web`), behind the town's reverse proxy.
    host: str = "127.0.0.1"
    port: int = field(default=8780, metadata=_range(1, 65535))
    # The public URL the proxy serves it under; empty: the request's own.
    base_url: str = ""
    # Server processes sharing the port (uvicorn workers): one per CPU core uses them all;
    # each holds its own copy of the catalog and the engine (nothing else is shared).
    workers: int = field(default=1, metadata=_range(1, 64))
    # The waiting-area board as published by `kiosk display` (display.publish_file), once
    # the town's transfer has brought it here; empty: no status page (/queue says so).
    queue_file: str = ""


@dataclass(frozen=True)
class DisplayConfig:
    # The waiting-area display (`kiosk display`). Department ids whose counters it shows,
    # in order; empty: every counter of the catalog.
    counters: tuple[str, ...] = ()
    # auto: Open JTalk for Japanese (extra `display`), eSpeak NG for the rest; espeak-ng; none.
    voice: str = field(default="auto", metadata=_choice("auto", "espeak-ng", "none"))
    # The languages shown side by side and spoken, in order.
    languages: tuple[str, ...] = ("ja", "en")
    chime: bool = True
    # How often the board is read from the database.
    poll_ms: int = field(default=1000, metadata=_range(250, 60000))
    # Where to write the anonymous board (JSON) for the status page; empty: nowhere.
    publish_file: str = ""


@dataclass(frozen=True)
class VoiceConfig:
    # 音声案内 in the resident window. auto: Open JTalk for Japanese, the OS voices
    # (QtTextToSpeech) or eSpeak NG for the rest; espeak-ng; none (the transcript only).
    engine: str = field(default="auto", metadata=_choice("auto", "espeak-ng", "none"))
    # A file every spoken text is appended to (locale, tab, text); empty: none.
    transcript: str = ""
    # Turn guidance on when the OS reports a new headphone or headset output.
    headphones: bool = True


@dataclass(frozen=True)
class LoggingConfig:
    level: str = field(default="INFO", metadata=_choice("DEBUG", "INFO", "WARNING", "ERROR"))


@dataclass(frozen=True)
class Config:
    terminal: TerminalConfig = TerminalConfig()
    database: DatabaseConfig = DatabaseConfig()
    card: CardConfig = CardConfig()
    printer: PrinterConfig = PrinterConfig()
    ui: UiConfig = UiConfig()
    timeouts: TimeoutsConfig = TimeoutsConfig()
    retention: RetentionConfig = RetentionConfig()
    staff: StaffConfig = StaffConfig()
    catalog: CatalogConfig = CatalogConfig()
    core: CoreConfig = CoreConfig()
    prefill: PrefillConfig = PrefillConfig()
    web: WebConfig = WebConfig()
    display: DisplayConfig = DisplayConfig()
    voice: VoiceConfig = VoiceConfig()
    logging: LoggingConfig = LoggingConfig()
    # Where the values came from; not a TOML key.
    source: str = field(default="defaults", compare=False)

    def replace(self, section: str, **values: Any) -> Config:
        """A copy with some keys of one section changed (validated like the file)."""
        current = getattr(self, section)
        raw = {f.name: getattr(current, f.name) for f in fields(current)}
        raw.update(values)
        built = _build_section(section, type(current), raw)
        return dataclasses.replace(self, **{section: built})


def _sections() -> dict[str, type[Any]]:
    hints = get_type_hints(Config)
    return {f.name: hints[f.name] for f in fields(Config) if f.name != "source"}


def _coerce(key: str, value: Any, kind: Any) -> Any:
    """Turn a TOML or environment value into the declared type, or fail naming the key."""
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"1", "true", "yes", "on"}:
            return True
        if isinstance(value, str) and value.lower() in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"{key}: must be true or false (got {value!r})")
    if kind is int:
        if isinstance(value, bool):
            raise ConfigError(f"{key}: must be a whole number (got {value!r})")
        if isinstance(value, int):
            return value
        if isinstance(value, str):
            try:
                return int(value.strip())
            except ValueError:
                pass
        raise ConfigError(f"{key}: must be a whole number (got {value!r})")
    if kind is str:
        if isinstance(value, str):
            return value
        raise ConfigError(f"{key}: must be text (got {value!r})")
    raise ConfigError(f"{key}: unsupported type")  # pragma: no cover - schema bug


def _coerce_list(key: str, value: Any) -> tuple[str, ...]:
    """A TOML list of texts, or a comma-separated environment value ("ja,en,vi")."""
    items = value.split(",") if isinstance(value, str) else value
    if isinstance(items, list | tuple) and all(isinstance(v, str) for v in items):
        return tuple(v.strip() for v in items if v.strip())
    raise ConfigError(f"{key}: must be a list of texts (got {value!r})")


def _build_section(name: str, cls: type[Any], raw: Mapping[str, Any]) -> Any:
    hints = get_type_hints(cls)
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(f"{name}.{key}: unknown key (known: {', '.join(sorted(known))})")
        full = f"{name}.{key}"
        coerced = (_coerce_list(full, value) if hints[key] == tuple[str, ...]
                   else _coerce(full, value, hints[key]))
        meta = known[key].metadata
        if "choices" in meta and coerced not in meta["choices"]:
            raise ConfigError(f"{full}: must be one of {', '.join(meta['choices'])} (got {coerced!r})")
        if "range" in meta:
            low, high = meta["range"]
            if not low <= coerced <= high:
                raise ConfigError(f"{full}: must be between {low} and {high} (got {coerced})")
        values[key] = coerced
    return cls(**values)


def _check_semantics(config: Config) -> None:
    """Rules that tie one value's meaning to the system, beyond its type."""
    _check_values(config)
    if config.timeouts.idle_warning_seconds >= config.timeouts.idle_seconds:
        raise ConfigError("timeouts.idle_warning_seconds: must be shorter than idle_seconds")
    _check_languages(config.ui)
    if config.terminal.id and not re.match(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$",
                                            config.terminal.id):
        raise ConfigError("terminal.id: must be 1-64 letters, digits, '.', '_' or '-' "
                          f"(got {config.terminal.id!r})")


def _check_values(config: Config) -> None:
    """Values that parse but would fail later (``kiosk.config_validation``)."""
    from kiosk import config_validation as check

    problems = (
        check.retention_problem(config.retention.personal_data),
        check.database_url_problem("database.url", config.database.url),
        check.database_url_problem("database.outbox_url", config.database.outbox_url),
        check.staff_pin_hash_problem(config.staff.pin_hash),
    )
    first = next((problem for problem in problems if problem), None)
    if first:
        raise ConfigError(first)


def _check_languages(ui: UiConfig) -> None:
    tag = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
    bad = [lang for lang in ui.languages if not tag.match(lang)]
    if bad or not ui.languages:
        raise ConfigError(f"ui.languages: must be a list of locale tags such as ja, en, vi "
                          f"(got {list(ui.languages)!r})")
    if ui.language not in ui.languages:
        raise ConfigError(f"ui.language: must be one of {', '.join(ui.languages)} "
                          f"(got {ui.language!r})")


def _env_overrides(environ: Mapping[str, str]) -> dict[str, dict[str, str]]:
    sections = _sections()
    overrides: dict[str, dict[str, str]] = {}
    for name, value in environ.items():
        if not name.startswith("KIOSK_") or name in {"KIOSK_CONFIG", "KIOSK_HOME"}:
            continue
        if name.startswith("KIOSK_TEST_"):
            continue
        rest = name[len("KIOSK_"):].lower()
        section = next((s for s in sections if rest.startswith(s + "_")), None)
        if section is None:
            raise ConfigError(f"{name}: no configuration section matches this variable")
        overrides.setdefault(section, {})[rest[len(section) + 1:]] = value
    return overrides


def config_path(
    explicit: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    if explicit:
        return Path(explicit)
    from_env = (os.environ if environ is None else environ).get("KIOSK_CONFIG")
    if from_env:
        return Path(from_env)
    from kiosk.paths import default_config_path

    return default_config_path()


def load_config(
    explicit: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Read, merge and validate the configuration; raise ``ConfigError`` on any problem."""
    environ = os.environ if environ is None else environ
    path = config_path(explicit, environ)
    raw: dict[str, Any] = {}
    source = "defaults"
    if path.exists():
        raw = _read_toml(path)
        source = str(path)
    elif explicit:
        raise ConfigError(f"{path}: configuration file not found")

    sections = _sections()
    for name, value in raw.items():
        if name not in sections:
            raise ConfigError(f"{name}: unknown section (known: {', '.join(sections)})")
        if not isinstance(value, dict):
            raise ConfigError(f"{name}: must be a [section] table")
    env = _env_overrides(environ)
    if env:
        source += " + environment"
    built: dict[str, Any] = {}
    for name, cls in sections.items():
        merged = {**raw.get(name, {}), **env.get(name, {})}
        built[name] = _build_section(name, cls, merged)
    config = Config(**built, source=source)
    _check_semantics(config)
    config = _with_database_password(config)
    return config


def _with_database_password(config: Config) -> Config:
    from kiosk.db_password import PasswordError, with_password

    db = config.database
    try:
        url = with_password(db.url, db.password_file, db.password_keyring)
    except PasswordError as exc:
        raise ConfigError(str(exc)) from None
    return config if url == db.url else config.replace("database", url=url)


def _read_toml(path: Path) -> dict[str, Any]:
    """The file's TOML tables; a ``ConfigError`` naming the file for anything unreadable."""
    from kiosk.config_validation import read_config_text

    try:
        return tomllib.loads(read_config_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from None
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def as_dict(config: Config, *, hide_secrets: bool = True) -> dict[str, dict[str, Any]]:
    """The effective configuration as nested dicts (secrets replaced by a marker)."""
    out: dict[str, dict[str, Any]] = {}
    for name in _sections():
        section = getattr(config, name)
        values: dict[str, Any] = {}
        for f in fields(section):
            value = getattr(section, f.name)
            if hide_secrets and f"{name}.{f.name}" in SECRET_KEYS and value:
                value = "********"
            values[f.name] = value
        out[name] = values
    if hide_secrets and "@" in out["database"]["url"]:
        out["database"]["url"] = _hide_password(out["database"]["url"])
    return out


def _hide_password(url: str) -> str:
    """postgresql://user:secret@host/db -> postgresql://user:***@host/db."""
    scheme, sep, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if not at or ":" not in creds:
        return url
    user = creds.split(":", 1)[0]
    return f"{scheme}{sep}{user}:***@{host}"
