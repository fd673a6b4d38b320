"""The one interrupt policy: which signals stop a run, held back while
workers start or a record is written, ignored where a cluster starts.

Ctrl-C, SIGTERM and SIGHUP are handled alike: the command line turns each
into one line and exit 128 + the signal; workers ignore them and die with
their parent.
"""

from __future__ import annotations

import contextlib
import signal
import threading

__all__ = ["STOP_SIGNALS", "held", "sigint_ignored"]

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextlib.contextmanager
def held(main_thread_only: bool = True):
    """Hold Ctrl-C, SIGTERM and SIGHUP back in the block (delivered after,
    not lost): while workers are spawned (they inherit the blocked signals,
    so a signal meant for the parent never interrupts a worker's imports)
    or while a record is written and counted."""
    if not hasattr(signal, "pthread_sigmask") or (
            main_thread_only and threading.current_thread() is not threading.main_thread()):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, set(STOP_SIGNALS))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextlib.contextmanager
def sigint_ignored():
    """Ctrl-C ignored in the block (a Dask LocalCluster starting): its
    worker processes inherit that and leave Ctrl-C to the client."""
    try:
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)
