"""The apps' import direction (docs/architecture.md): lower rows never import upper rows,
``core`` (the ground floor) imports no app, and ``compliance`` imports nothing of Django,
Wagtail or the project."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Top of the import order first; ``core`` is the ground floor every app may import.
ORDER = ["helpdesk", "funnel", "inserts", "registration", "amazon", "customers", "catalog", "core"]
PROJECT = {*ORDER, "compliance", "config"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def app_files(app: str):
    return [p for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts]


@pytest.mark.parametrize("app", ORDER)
def test_an_app_never_imports_an_app_above_it(app):
    above = set(ORDER[: ORDER.index(app)]) | {"config"}
    offenders = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in app_files(app)
        for module in imported_modules(path)
        if module.split(".")[0] in above
    ]
    assert offenders == []


def test_core_imports_no_app():
    assert app_files("core"), "core/ is missing"
    offenders = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in app_files("core")
        for module in imported_modules(path)
        if module.split(".")[0] in PROJECT - {"core"}
    ]
    assert offenders == []


def test_compliance_imports_no_framework_and_no_app():
    if not (ROOT / "compliance").exists():
        pytest.fail("compliance/ is missing")
    offenders = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in (ROOT / "compliance").rglob("*.py")
        for module in imported_modules(path)
        if module.split(".")[0] in (PROJECT - {"compliance"}) | {"django", "wagtail"}
    ]
    assert offenders == []
