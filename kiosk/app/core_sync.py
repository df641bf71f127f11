"""Building the core-system queue and its sender from the configuration.

The clerk console (``kiosk.app.composition.clerk_services``) and ``kiosk core sync``
(``kiosk.cli.core_sync_cmd``) build the same two parts here: the queue seals with the
published town key and opens with the town keys this terminal holds (the clerk terminal's
key store, like the clerks' copy), and the sender talks to the configured adapter of
``kiosk.corelink``. With ``core.kind = "none"`` there is no link: nothing is queued (a
record that could never be sent would keep personal data for ever).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from kiosk.app.core_audit import audited_core_system
from kiosk.app.personal_copies import LazyTownSealer
from kiosk.app.ports import CoreSystem
from kiosk.app.submission_queue import SubmissionQueue
from kiosk.app.submission_sender import SubmissionSender
from kiosk.config import Config, ConfigError
from kiosk.personal import town_key
from kiosk.sealing.keystore import KeyStore, default_keystore

CoreFactory = Callable[[Config, Engine], CoreSystem]


def linked(config: Config) -> bool:
    """Is a core system configured (REST or folder)?"""
    return config.core.kind != "none"


def submission_queue(config: Config, engine: Engine,
                     keys: KeyStore | None = None) -> SubmissionQueue:
    store = keys if keys is not None else default_keystore()
    return SubmissionQueue(engine, sealer=LazyTownSealer(engine, store),
                           opener=town_key.HeldTownKeys(store),
                           policy=config.retention.personal_data)


def configured_core(config: Config, engine: Engine) -> CoreSystem:
    """The configured adapter, audited (a ``core_submit`` row before every call) and held
    to its timeout (``kiosk.app.core_audit``); ``ConfigError`` without one."""
    core = audited_core_system(config.core, engine)
    if core is None:
        raise ConfigError("core.kind: no core system is configured")
    return core


def submission_sender(config: Config, queue: SubmissionQueue, terminal_id: str,
                      core: CoreFactory | None = None) -> SubmissionSender:
    return SubmissionSender(queue, (core or configured_core)(config, queue.engine),
                            terminal_id)
