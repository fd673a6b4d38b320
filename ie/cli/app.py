"""The ``ie`` application: its options, one-line failures, signals and write errors."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import typer

from ..errors import InputError
from ..signals import STOP_SIGNALS


def _argument_type_hidden():
    """Typer prints an argument's Python type beside its name in --help
    (``PATH... <list[str]>``) and braces around it in the usage line
    (``{paths}...``); an argument given a metavar shows just that, as
    ``PATH...`` or ``[GOLD]``."""
    from typer.core import TyperArgument

    shown, usage = TyperArgument.display_type_rich, TyperArgument._usage_display_name

    def display_type_rich(self, ctx):
        return None if self.metavar is not None else shown(self, ctx)

    def usage_display_name(self):
        if self.metavar is None:
            return usage(self)
        name = self.metavar if self.required else f"[{self.metavar}]"
        return name + ("..." if self.nargs != 1 else "")

    TyperArgument.display_type_rich = display_type_rich
    TyperArgument._usage_display_name = usage_display_name


_argument_type_hidden()

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    help="Entities from Russian UN meeting documents, exact on PDF-extracted text.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DOC_TIMEOUT_S = 120.0
VALIDATE_SHOWN = 20  # problems listed before "… and N more"

# Options the commands that read documents share.
PATHS = typer.Argument(..., metavar="PATH", show_default=False,
                       help="Files, folders (*.txt, *.md, recursively) or - for stdin.")
ENCODING = typer.Option("utf-8", "--encoding", metavar="NAME", help="Text encoding of the inputs, e.g. cp1251.")
SKIP_BAD = typer.Option(False, "--skip-bad", help="Report unreadable files (and documents past the time limit) "
                                                  "on stderr and go on.")
JOBS = typer.Option(None, "-j", "--jobs", metavar="N", show_default=False,
                    help="Worker processes. Default: chosen by input size: one process for less than 2 MB "
                         "(starting a worker takes seconds), then one per MB, up to all cores. "
                         "The output is the same for any N.")
DOC_TIMEOUT = typer.Option(DOC_TIMEOUT_S, "--doc-timeout", metavar="SECONDS",
                           help="Stop a document whose extraction takes longer than this and report it as a "
                                "bad file (skipped with --skip-bad); 0: no limit.")
TEXTS_HELP = "Folder with <doc_id>.txt (default: the seeds, in a checkout of the project)."


def fail(message: str, code: int = 1):
    """One line on stderr and a non-zero exit; never a traceback."""
    typer.echo(f"ie: error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool):
    if value:
        from .. import __version__

        typer.echo(f"ie {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")):
    """Entities from Russian UN meeting documents, exact on PDF-extracted text."""


# --- signals and write errors ------------------------------------------------------

class Interrupted(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP: handled alike; exit 128 + the signal."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_STOP = STOP_SIGNALS


def _on_stop(signum, frame):
    for sig in _STOP:  # the first signal wins: the cleanup is not interrupted again
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


def install_signals():
    """SIGTERM and SIGHUP handled like Ctrl-C (unless ignored, as under
    nohup); a file-size limit (ulimit -f) is a write error, not a crash."""
    for sig in _STOP:
        if signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, _on_stop)
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def _interrupted(e: BaseException, what: str):
    """Exit for an interruption with one line: 128 + the signal (130 for Ctrl-C)."""
    signum = getattr(e, "signum", signal.SIGINT)
    name = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name
    fail(f"interrupted ({name}); {what}", 128 + signum)


def _drop_stdout():
    """After a write error on stdout: point it at /dev/null, so that the
    flush at exit does not fail again with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _write_failed(e: OSError, output):
    if isinstance(e, BrokenPipeError):  # the reader of stdout has gone (ie extract … | head)
        _drop_stdout()
        raise typer.Exit(141)
    if output is None or str(output) == "-":
        _drop_stdout()
        fail(f"cannot write to stdout ({e.strerror or e})")
    fail(f"{output}: cannot write ({e.strerror or e})")


def _check_output(output, paths=(), folder=False):
    """Before any work: the output must be writable, and not an input."""
    from ..formats.atomic import check_output
    from ..sources import iter_sources

    if output is None or str(output) == "-":
        return
    try:
        inputs = [p for p in paths or () if p != "-"]
        inputs += [s.path for s in iter_sources(paths)] if paths else []
        check_output(output, folder=folder, inputs=inputs)
    except InputError as e:
        fail(str(e))


@contextlib.contextmanager
def writing(output, nothing: str = "no output written"):
    """Around the work that writes ``output``: bad input, Ctrl-C or a
    signal, and a write error each end in one line and a non-zero exit."""
    try:
        yield
    except InputError as e:
        fail(str(e))
    except KeyboardInterrupt as e:
        _interrupted(e, nothing)
    except OSError as e:
        _write_failed(e, output)
