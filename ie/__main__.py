"""``python -m ie``: the ``ie`` command."""

from .cli import main

main()
