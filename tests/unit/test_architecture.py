"""Rules of the layout that a reader could check by hand: lib never imports streamlit."""

import ast
from pathlib import Path

LIB = Path(__file__).resolve().parents[2] / "lib"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_lib_never_imports_streamlit():
    files = sorted(LIB.rglob("*.py"))
    assert files, "lib/ has no modules"
    offenders = [str(p.relative_to(LIB)) for p in files if "streamlit" in _imports(p)]
    assert offenders == []


def test_detector_finds_a_streamlit_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from streamlit import cache_data\n")
    assert "streamlit" in _imports(bad)
