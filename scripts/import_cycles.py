"""Count the import circles between modules of kiosk, forms and printing.

A circle is a group of two or more modules that import each other, directly or through one
another (a strongly connected component of the module import graph, built by grimp). Every
import counts, lazy ones inside functions and ``if TYPE_CHECKING:`` ones too: each still ties
the modules together. Package-level cycles (forms -> kiosk.navigation -> forms) are the
import-linter layers contract's business.

    python scripts/import_cycles.py        prints "N import circles" and each circle
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

import grimp

PACKAGES = ("kiosk", "forms", "printing")


def import_circles(packages: Iterable[str] = PACKAGES) -> list[list[str]]:
    """Each circle as its sorted module names; circles sorted by their first module."""
    graph = grimp.build_graph(*packages, exclude_type_checking_imports=False, cache_dir=None)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph.modules)))
    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return sorted(circles)


def main() -> int:
    circles = import_circles()
    print(f"{len(circles)} import circles")
    for circle in circles:
        print(f"  {len(circle)} modules: {' <-> '.join(circle)}")
    return 0 if not circles else 1


if __name__ == "__main__":
    sys.exit(main())
