"""The ``ie`` command line: thin wrappers over importable functions.

Each module registers its commands on the one application (``app``), in the
order ``ie --help`` lists them.
"""

from __future__ import annotations

import signal
import sys

import typer

from ..errors import InputError
from . import extract, document, score, annotate  # noqa: F401  (registers the commands, in order)
from .app import app, install_signals

__all__ = ["app", "main"]


def main():
    install_signals()
    try:
        app()
    except InputError as e:
        typer.echo(f"ie: error: {e}", err=True)
        sys.exit(1)
    except KeyboardInterrupt as e:  # outside a command's own handling
        code = 128 + getattr(e, "signum", signal.SIGINT)
        typer.echo("ie: error: interrupted", err=True)
        sys.exit(code)
