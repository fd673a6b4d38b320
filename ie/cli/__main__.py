"""``python -m ie.cli``: the ``ie`` command."""

from . import main

main()
