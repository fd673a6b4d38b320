"""The package's structure, read from its own imports: the data flow is
layered (a module imports only its own layer and those below), nothing
imports in a circle, and no module grows past what one reader can hold."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ie"
# bottom to top: the extraction core, then records out, runners, tools, the command line
LAYERS = (
    ("errors", "doc", "morph", "ner", "extras", "sources", "resources", "signals"),
    ("hyphens", "paragraphs", "normalize", "segment", "lines"),
    ("extractors",),
    ("pipeline",),
    ("display", "formats", "evaluate", "validate", "damage"),
    ("run",),
    ("report", "bench", "spacy_component", "review"),
    ("cli",),
)
FACADE = ("ie", "ie.__main__")  # the package itself imports whatever it offers, lazily
MAX_LINES = 450


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set:
    """Every ``ie`` module ``path`` imports, at any depth of the code."""
    name = _module(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "ie"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "ie":
                continue
            for a in node.names:  # `from . import morph` names a module
                sub = f"{target}.{a.name}"
                found.add(sub if (PACKAGE.parent / (sub.replace(".", "/") + ".py")).exists()
                          or (PACKAGE.parent / sub.replace(".", "/")).is_dir() else target)
    return found - {name}


GRAPH = {_module(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> int:
    top = module.split(".")[1]
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    raise AssertionError(f"{module}: in no layer; add it to LAYERS")


@pytest.mark.parametrize("module", [m for m in GRAPH if m not in FACADE])
def test_structure_no_import_runs_up_a_layer(module):
    up = sorted(t for t in GRAPH[module] if t not in FACADE and _layer(t) > _layer(module))
    assert not up, f"{module} (layer {_layer(module)}) imports from above: {up}"


def test_structure_no_circle():
    state, path = {}, []

    def visit(m):
        state[m] = "open"
        path.append(m)
        for t in sorted(GRAPH.get(m, ())):
            if t in FACADE or t not in GRAPH:
                continue
            assert state.get(t) != "open", "import circle: " + " -> ".join(path[path.index(t):] + [t])
            if t not in state:
                visit(t)
        path.pop()
        state[m] = "done"

    for m in GRAPH:
        if m not in state and m not in FACADE:
            visit(m)


def test_structure_every_module_is_small():
    big = {_module(p): n for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big, f"modules over {MAX_LINES} lines: {big}"


def test_structure_imports_are_read_as_written():
    # relative imports (``from .. import morph``, ``from .lexicon import x``) count like absolute ones
    assert {"ie.morph", "ie.extractors.lexicon", "ie.resources"} <= GRAPH["ie.extractors.country"]
    assert "ie.run.worker" in GRAPH["ie.run.local"] and "ie.pipeline" in GRAPH["ie.run.worker"]
    assert _layer("ie.cli.app") > _layer("ie.run.local") > _layer("ie.pipeline") > _layer("ie.normalize")
