"""Entry point of the ``kiosk`` console script.

Each module in ``COMMAND_MODULES`` adds its sub-commands through ``register(sub)``. The
modules import their heavy dependencies inside the command functions, so building the
parser stays cheap; and only the modules up to the one that has the command given are
registered (``kiosk run`` is in the first), so ``kiosk run`` reaches its first frame
without building all the other modules' sub-parsers. ``kiosk --help`` registers them all.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kiosk.cli.version import VersionAction

COMMAND_MODULES: list[str] = [
    "kiosk.cli.app",
    "kiosk.cli.db",
    "kiosk.cli.doctor",
    "kiosk.cli.config_cmd",
    "kiosk.cli.stats",
    "kiosk.cli.card",
    "kiosk.cli.forms",
    "kiosk.cli.staff_apps",
    "kiosk.cli.display",
    "kiosk.cli.staff_cmd",
    "kiosk.cli.catalog",
    "kiosk.cli.keys",
    "kiosk.cli.core",
    "kiosk.cli.web",
    "kiosk.cli.prefill",
    "kiosk.cli.setup_cmd",
]


def command_given(argv: Sequence[str]) -> str | None:
    """The sub-command's name in ``argv``, or ``None`` (none given, or help or version
    asked of the top-level parser, which must list every command)."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            next(words, None)
        elif word in {"-h", "--help", "--version"}:
            return None
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or only up to the module that registers ``command``."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="書かない窓口: the write-free counter kiosk, clerk console and manager tools.",
    )
    parser.add_argument("--version", action=VersionAction,
                        help="show the version, the build and the catalog version, and exit")
    parser.add_argument("--config", metavar="FILE", help="configuration file (TOML)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
        if command is not None and command in sub.choices:
            break
    return parser


def fail(message: str, code: int = 1) -> int:
    """Print one plain sentence for a person, no traceback."""
    print(f"kiosk: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from kiosk.sealing.files import restrict_umask

    restrict_umask()  # every file this process creates (databases, logs, PDFs) is 0600
    parser = build_parser(command_given(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from kiosk.config import ConfigError, load_config

    args.config_file = args.config
    try:
        args.config = load_config(args.config)
    except ConfigError as exc:
        if not getattr(args, "tolerate_bad_config", False):
            return fail(f"configuration error: {exc}")
        args.config_error = str(exc)
        args.config = None
    return _dispatch(args)


def _dispatch(args: argparse.Namespace) -> int:
    """Run the command; expected failures of the machine become one line, never a traceback."""
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`kiosk navigate … | head`): stop quietly, as Unix tools do.
        # Point stdout at /dev/null so the interpreter's final flush cannot fail again.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:
        # A file or folder the command needs (a database folder, an output folder).
        where = f" ({exc.filename})" if exc.filename else ""
        reason = exc.strerror or type(exc).__name__
        return fail(f"a file or folder cannot be used{where}: {reason}; "
                    "check the path and its permissions")
    except Exception as exc:  # noqa: BLE001 - the last resort: a person reads this, not a trace
        from kiosk.storage.migrate import SchemaTooNew

        if isinstance(exc, SchemaTooNew):  # any command on a newer build's database
            return fail(str(exc))
        return _unexpected(args, exc)
    return code


def _unexpected(args: argparse.Namespace, exc: Exception) -> int:
    """Last resort: one line for staff, the exception's type in the log, never a traceback.

    The message of an unexpected exception may quote data, so only its type is shown;
    ``python -X dev -m kiosk …`` re-raises it for a developer.
    """
    if sys.flags.dev_mode:
        raise exc
    import logging

    logging.getLogger(__name__).error("command failed", extra={
        "command": args.command, "error": type(exc).__name__})
    return fail(f"`kiosk {args.command}` stopped on an unexpected {type(exc).__name__}; "
                "run `kiosk doctor`, and report it with the log if that finds nothing")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
