"""The import graph of the project's packages has no circle (issue 10).

A circle makes the import order matter (a module sees a half-initialised other one), hides which layer
sits on which, and came back once already through a lazy import inside a function (the HQ app, the
console's copy upload and its pages). grimp sees imports anywhere in a module, function bodies included;
imports under ``if TYPE_CHECKING:`` are left out, since they never run.
"""

from __future__ import annotations

import grimp

PACKAGES = ("inspector_app", "sync", "qltt_canonical")


def import_circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected sets of two or more modules (Tarjan, iterative), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    circles: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                member, component = "", []
                while member != node:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                if len(component) > 1:
                    circles.append(sorted(component))
    return sorted(circles)


def test_the_finder_sees_a_circle() -> None:
    """The check itself can fail: a circle added to a graph is reported, its bystander is not."""
    graph = grimp.ImportGraph()
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.d", "p.a")]:
        graph.add_import(importer=importer, imported=imported)
    assert import_circles(graph) == [["p.a", "p.b", "p.c"]]


def test_no_import_circle_in_the_project() -> None:
    graph = grimp.build_graph(*PACKAGES, exclude_type_checking_imports=True, cache_dir=None)
    assert len(graph.modules) > 100  # the whole project was read, not an empty graph
    circles = import_circles(graph)
    assert circles == [], "import circles: " + "; ".join(" <-> ".join(c) for c in circles)
