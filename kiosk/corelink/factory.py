"""Pick the core-system adapter the ``[core]`` settings name (``docs/core-link.md``).

``kind = "none"`` gives ``None``: the kiosk asks the resident for everything, as before.
The REST token is read from ``token_file`` here, once, so it never sits in the config.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.config import ConfigError, CoreConfig
from kiosk.corelink.folder import FolderCoreSystem
from kiosk.corelink.rest import RestCoreSystem

#: Either adapter; both implement ``kiosk.app.ports.CoreSystem`` structurally.
CoreAdapter = RestCoreSystem | FolderCoreSystem


def make_core_system(config: CoreConfig) -> CoreAdapter | None:
    """The adapter for ``config``, or ``None`` when no core system is configured.

    Raises :class:`ConfigError` (one plain sentence) for a setting that cannot work.
    """
    timeout = config.timeout_ms / 1000
    if config.kind == "none":
        return None
    if config.kind == "rest":
        if not config.url.startswith(("http://", "https://")):
            raise ConfigError("core.url: must be the core system's http:// or https:// address "
                              f"(got {config.url!r})")
        return RestCoreSystem(config.url, read_token(config.token_file), timeout)
    if config.kind == "folder":
        if not config.folder:
            raise ConfigError("core.folder: must name the shared folder of the core system")
        folder = Path(config.folder).expanduser()
        if not folder.is_dir():
            raise ConfigError(f"core.folder: {folder} is not a folder")
        return FolderCoreSystem(folder, timeout)
    raise ConfigError(f"core.kind: must be none, rest or folder (got {config.kind!r})")


def read_token(token_file: str) -> str:
    """The bearer token in ``token_file`` (surrounding whitespace dropped); ``""`` if unset."""
    if not token_file:
        return ""
    path = Path(token_file).expanduser()
    try:
        token = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ConfigError(f"core.token_file: {path} does not exist") from None
    except OSError as error:
        raise ConfigError(f"core.token_file: {path} cannot be read ({error.strerror})") from None
    if not token:
        raise ConfigError(f"core.token_file: {path} is empty")
    return token
