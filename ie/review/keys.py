"""Keys: single key presses from a terminal (``click.getchar``), or one key a
line when stdin is not a terminal, so that scripts can pipe keys in."""

from __future__ import annotations

import os
import sys


# ---------------------------------------------------------------- keys

# A Russian (ЙЦУКЕН) layout types these letters on the keys we use.
_LAYOUT = dict(zip("йцукенгшщзхъфывапролджэячсмитьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,."))
_LAYOUT.update({k.upper(): v.upper() for k, v in _LAYOUT.items() if v.isalpha()})
_LAYOUT.update({"Х": "{", "Ъ": "}"})


class Keys:
    """Single key presses from a terminal (raw mode), or one key a line
    when stdin is not a terminal, so scripts can pipe keys in."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdin
        try:
            self.fd = self.stream.fileno()
            self.tty = os.isatty(self.fd)
        except (AttributeError, OSError, ValueError):
            self.fd, self.tty = None, False

    def key(self) -> str:
        """One key: a character, "enter", "esc", or "quit" at end of input."""
        ch = self._raw() if self.tty else self._line()
        if ch == "\x03":  # Ctrl-C in raw mode: as a SIGINT (exit 130; every decision is saved)
            raise KeyboardInterrupt
        if ch is None or ch == "\x04":
            return "quit"
        if ch in ("\r", "\n", ""):
            return "enter"
        if ch == "\x1b":
            return "esc"
        return _LAYOUT.get(ch, ch)

    def _line(self):
        line = self.stream.readline()
        if not line:
            return None
        return line.rstrip("\r\n")[:1]

    def _raw(self):
        """One key press, unbuffered: ``click.getchar`` (raw mode, restored
        after); an escape sequence (an arrow key) counts as Esc."""
        import click

        try:
            ch = click.getchar()
        except EOFError:  # Ctrl-D
            return None
        return "\x1b" if ch.startswith("\x1b") else ch[:1]

    def line(self, prompt: str, out) -> str | None:
        out.write(prompt)
        out.flush()
        line = self.stream.readline()
        if not self.tty:
            out.write("\n")
        if not line:
            return None
        return line.rstrip("\r\n")
