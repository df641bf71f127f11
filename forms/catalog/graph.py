"""Cycle detection for the catalog's dependency graphs (predicates, ask_when)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def find_cycle(graph: Mapping[str, Sequence[str]]) -> list[str] | None:
    """A cycle as ``[a, b, …, a]``, or ``None``; nodes are visited in the graph's order so
    the reported cycle is stable."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in graph.get(node, ()):
            if state.get(dep) == 1:
                return [*path[path.index(dep):], dep]
            if dep not in state:
                found = visit(dep)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in graph:
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def topological(graph: Mapping[str, Sequence[str]]) -> list[str]:
    """Nodes with every dependency before its dependants (the graph must be acyclic)."""
    order: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> None:
        if node in done:
            return
        done.add(node)
        for dep in graph.get(node, ()):
            visit(dep)
        order.append(node)

    for node in graph:
        visit(node)
    return order
