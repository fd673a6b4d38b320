"""The errors a user sees as one line, with no traceback.

Every layer raises these for problems of the user's input or output; the
command line turns them into a one-line message and a non-zero exit.
"""

from __future__ import annotations

__all__ = ["InputError", "OutputError"]


class InputError(Exception):
    """A user-facing input problem: one line, no traceback."""


class OutputError(InputError):
    """The output cannot be written (no space, no permission, not a folder):
    one line, no traceback; an earlier output file is left as it was."""
