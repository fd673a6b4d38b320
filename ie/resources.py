"""Every data file the pipeline reads, loaded by one loader into one object.

A :class:`Resources` holds the text of each file of ``ie/data`` (the country
gazetteer, months, numerals, bodies, hyphen exceptions, symbol prefixes, and
the word lists under ``words/``).  A ``Pipeline`` is given one (the packaged
data by default) and makes it the active one while it extracts; every table
an extractor builds from a file is built once per Resources (:func:`cached`),
so two pipelines with different data never mix their tables.  A saved spaCy
model carries its Resources whole (:meth:`Resources.save`), so loading it
reproduces ``ie.extract`` exactly.

>>> r = Resources.load()
>>> "RU" in {row[0] for row in r.rows("countries.tsv")}
True
>>> with use(r.replacing("symbol_prefixes.txt", "A\\n")):
...     active().lines("symbol_prefixes.txt")
['A']
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
from importlib import resources as _package
from pathlib import Path

from .errors import InputError

__all__ = ["Resources", "FILES", "active", "use", "default", "cached", "examples_dir", "seeds_dir"]

FILES = ("countries.tsv", "months.tsv", "numerals.tsv", "bodies.tsv", "hyphen_exceptions.txt",
         "symbol_prefixes.txt")
WORDS = "words"  # a folder of word lists (*.txt), every file of it is part of the resources


def _data_dir() -> Path:
    return Path(str(_package.files("ie") / "data"))


class Resources:
    """The text of every data file, by its name relative to the data folder
    (``countries.tsv``, ``words/titles.txt``), and the tables built from
    them (built once, on first use)."""

    def __init__(self, files: dict, origin: str = "ie/data"):
        self.files = dict(sorted(files.items()))
        self.origin = origin
        self._memo = {}  # tables built from these files (`cached`), by name and arguments

    @classmethod
    def load(cls, folder=None) -> "Resources":
        """The packaged data, or the data saved in ``folder`` (a model's);
        a file the folder lacks (a model saved by an older version) is taken
        from the package."""
        base = _data_dir()
        names = list(FILES) + sorted(p.relative_to(base).as_posix() for p in (base / WORDS).glob("*.txt"))
        files = {name: (base / name).read_text(encoding="utf-8") for name in names}
        if folder is not None:
            folder = Path(folder)
            if not folder.is_dir():
                raise InputError(f"{folder}: no such folder of resources")
            for path in sorted(folder.rglob("*")):
                name = path.relative_to(folder).as_posix()
                if path.is_file() and (name in FILES or name.startswith(WORDS + "/")):
                    files[name] = path.read_text(encoding="utf-8")
        return cls(files, str(folder) if folder is not None else "ie/data")

    def save(self, folder) -> list:
        """Write every file into ``folder``; return their names."""
        folder = Path(folder)
        for name, text in self.files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return list(self.files)

    def replacing(self, name: str, text: str) -> "Resources":
        """A copy with one file's text replaced."""
        return Resources({**self.files, name: text}, self.origin)

    def text(self, name: str) -> str:
        try:
            return self.files[name]
        except KeyError:
            raise InputError(f"no resource file {name} in {self.origin}") from None

    def lines(self, name: str) -> list:
        """The file's lines, blank lines and ``#`` comment lines left out."""
        return [line for line in self.text(name).splitlines() if line.strip() and not line.startswith("#")]

    def rows(self, name: str) -> list:
        """The tab-separated fields of each line of :meth:`lines`."""
        return [line.split("\t") for line in self.lines(name)]

    @property
    def fingerprint(self) -> str:
        """SHA-256 over every file's name and text: equal data, equal print."""
        h = hashlib.sha256()
        for name, text in self.files.items():
            h.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
        return h.hexdigest()

    def __eq__(self, other):
        return isinstance(other, Resources) and self.files == other.files

    def __hash__(self):
        return hash(self.fingerprint)

    def __getstate__(self):  # sent to worker processes: the files, not the tables
        return {"files": self.files, "origin": self.origin}

    def __setstate__(self, state):
        self.__init__(state["files"], state["origin"])

    def __repr__(self):
        return f"Resources({len(self.files)} files from {self.origin})"


@functools.lru_cache(maxsize=1)
def default() -> Resources:
    """The packaged data (``ie/data``), loaded once."""
    return Resources.load()


_ACTIVE = contextvars.ContextVar("ie_resources", default=None)


def active() -> Resources:
    """The Resources of the pipeline now extracting (the packaged data
    outside a pipeline)."""
    return _ACTIVE.get() or default()


@contextlib.contextmanager
def use(resources: Resources):
    """Make ``resources`` the active one inside the block (this thread or
    task only)."""
    token = _ACTIVE.set(resources)
    try:
        yield resources
    finally:
        _ACTIVE.reset(token)


def cached(build):
    """Build a table from the active Resources once per Resources:
    ``@cached def months(): ...`` (arguments, if any, must be hashable)."""
    key = f"{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def get(*args):  # called per token by some rules: the lookup is inlined
        memo = (_ACTIVE.get() or default())._memo
        try:
            return memo[key, args]
        except KeyError:
            value = memo[key, args] = build(*args)
            return value

    return get


def examples_dir() -> Path:
    """The example documents shipped with the package (``ie/data/examples``:
    the project's five seeds), found without a checkout."""
    return _data_dir() / "examples"


def seeds_dir() -> Path:
    """The seed documents: the checkout's ``seeds/`` folder if there is one,
    else the copy shipped with the package."""
    cand = Path(__file__).resolve().parent.parent / "seeds"
    return cand if cand.is_dir() else examples_dir()
