"""A Members Area's lessons, so that its counts agree with its lists.

A Members Area (a `subdomain`) has modules, a module has pages, and a student's lessons are every
page of every module of the area. The mock serves them that way: a module's `total_pages` is the
number of pages `listClubPages` lists for it; a student's `progress` counts the lessons
`getClubStudentProgress` lists (`total`) and those completed (`completed`, `completed_percentage`);
the student completes lessons in order, on dates between the first and the last access.

A module's pages are the same whatever `product_id` names: the mock does not tie a Members Area to
a product.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._data import Entry, Scope, Store
from ._query import normalise


@dataclass(frozen=True)
class Lesson:
    page_id: Any
    page_name: Any
    module_name: Any
    is_module_extra: Any


class Club:
    """The lessons of each Members Area of one data set (the Club has no writes: cached)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lessons: dict[str, list[Lesson]] = {}
        self._lock = threading.Lock()

    def pages(self, module_id: Any) -> list[Entry]:
        pages = self.store.collections["ClubPage"]
        return self.store.entries(pages, (("module_id", normalise(module_id)),), by_path=True)

    def modules(self, subdomain: str) -> list[Entry]:
        modules = self.store.collections["ClubModule"]
        return self.store.entries(modules, (("subdomain", subdomain),))

    def lessons(self, subdomain: str) -> list[Lesson]:
        """Every page of every module of a Members Area, in module then page order."""
        with self._lock:
            known = self._lessons.get(subdomain)
        if known is not None:
            return known
        found = []
        for module in _ordered(self.modules(subdomain), "sequence"):
            item = module.item
            for page in _ordered(self.pages(item.get("module_id")), "page_order"):
                lesson = Lesson(page.item.get("page_id"), page.item.get("name"), item.get("name"), item.get("is_extra"))
                found.append(lesson)
        with self._lock:
            self._lessons[subdomain] = found
        return found

    def completed(self, student: dict[str, Any], subdomain: str) -> int:
        """How many lessons a student completed: the share its synthetic progress gives."""
        total = len(self.lessons(subdomain))
        progress = student.get("progress")
        share = progress.get("completed_percentage") if isinstance(progress, dict) else None
        share = share if isinstance(share, int | float) and not isinstance(share, bool) else 0
        return max(0, min(total, round(total * share / 100)))


def module(club: Club, item: dict[str, Any], scope: Scope) -> dict[str, Any]:
    """A module with the number of pages `listClubPages` lists for it."""
    return {**item, "total_pages": len(club.pages(item.get("module_id")))}


def student(club: Club, item: dict[str, Any], scope: Scope) -> dict[str, Any]:
    """A student whose progress counts the lessons of its Members Area."""
    subdomain = dict(scope).get("subdomain", "")
    total, done = len(club.lessons(subdomain)), club.completed(item, subdomain)
    share = round(100 * done / total, 1) if total else 0.0
    return {**item, "progress": {"completed_percentage": share, "total": total, "completed": done}}


def lessons(club: Club, values: Mapping[str, Any]) -> dict[str, Any]:
    """`getClubStudentProgress`: the lessons of a student of a Members Area (LookupError if none)."""
    subdomain = normalise(values.get("subdomain", ""))
    students = club.store.entries(club.store.collections["ClubStudent"], (("subdomain", subdomain),))
    wanted = normalise(values.get("user_id"))
    found = next((e.item for e in students if normalise(e.item.get("user_id")) == wanted), None)
    if found is None:
        raise LookupError(f"No ClubStudent with user_id '{values.get('user_id')}' in '{values.get('subdomain')}'.")
    return progress(club, found, subdomain)


def progress(club: Club, student_item: dict[str, Any], subdomain: str) -> dict[str, Any]:
    """A student's lessons: the first `completed` ones done, on dates spread over its accesses."""
    plan = club.lessons(subdomain)
    done = club.completed(student_item, subdomain)
    first = _number(student_item.get("first_access_date"))
    last = max(first, _number(student_item.get("last_access_date")))
    answer = []
    for position, lesson in enumerate(plan):
        row: dict[str, Any] = {
            "page_id": lesson.page_id,
            "page_name": lesson.page_name,
            "module_name": lesson.module_name,
            "is_module_extra": lesson.is_module_extra,
            "is_completed": position < done,
        }
        if position < done:
            row["completed_date"] = first + (last - first) * (position + 1) // done
        answer.append(row)
    return {"lessons": answer}


def _ordered(entries: list[Entry], field: str) -> list[Entry]:
    """By their order field (a module's `sequence`, a page's `page_order`), then as stored."""
    return sorted(entries, key=lambda e: (_number(e.item.get(field)), e.key))


def _number(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
