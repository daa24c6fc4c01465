"""The prose pages name only methods and events that exist, and cover all of them."""

from __future__ import annotations

import inspect
import re
from functools import cached_property
from pathlib import Path

import pytest

from hotmart_client import Hotmart
from tests.support import SEEDS, SPEC

DOCS = Path(__file__).resolve().parents[2] / "docs"
GROUPS = {
    name: inspect.get_annotations(attribute.func, eval_str=True)["return"]
    for name, attribute in vars(Hotmart).items()
    if isinstance(attribute, cached_property) and name != "with_raw_response"
}
METHOD = re.compile(r"`(?:hotmart\.|client\.)?(" + "|".join(GROUPS) + r")\.([a-z_]+)")


def methods(group: str) -> set[str]:
    """The public methods of a resource group: plain methods and list endpoints (cached properties)."""
    return {
        name
        for name, value in vars(GROUPS[group]).items()
        if not name.startswith("_") and (inspect.isfunction(value) or isinstance(value, cached_property))
    }


def hotmart_client_text(page: Path) -> str:
    """The page, minus the columns of the migration tables naming other APIs: hotmart-python's
    (first column), and the pre-1.0 calls of the last section (all but the last column)."""
    text = page.read_text(encoding="utf-8")
    if page.name != "migration.md":
        return text
    head, _, pre_1_0 = text.partition("## From hotmart-client before 1.0")
    current = ["|".join(line.split("|")[2:]) if line.startswith("|") else line for line in head.splitlines()]
    older = [line.rstrip("|").split("|")[-1] if line.startswith("|") else line for line in pre_1_0.splitlines()]
    return "\n".join(current + older)


@pytest.mark.parametrize("page", sorted(DOCS.rglob("*.md")), ids=lambda p: str(p.relative_to(DOCS)))
def test_every_method_named_in_the_docs_exists(page: Path) -> None:
    for group, name in METHOD.findall(hotmart_client_text(page)):
        assert name in methods(group), f"{page.name}: {group}.{name} is not a method of hotmart.{group}"


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_every_method_is_on_its_resource_page(group: str) -> None:
    page = (DOCS / "resources" / f"{group}.md").read_text(encoding="utf-8")
    named = {name for name in methods(group) if f"`{name}" in page}
    missing = sorted(methods(group) - named)
    assert not missing, f"docs/resources/{group}.md does not mention {missing}"


def test_the_resource_pages_are_the_client_groups() -> None:
    assert {p.stem for p in (DOCS / "resources").glob("*.md")} == set(GROUPS)


def test_every_webhook_event_of_the_spec_is_on_the_webhooks_page() -> None:
    page = (DOCS / "webhooks.md").read_text(encoding="utf-8")
    assert [event for event in SPEC["webhooks"] if f"`{event}`" not in page] == []


def test_the_migration_guide_maps_every_hotmart_python_method() -> None:
    readme = SEEDS / "hotmart-python-1.1.0-README.txt"
    if not readme.exists():
        pytest.skip("the hotmart-python README is not beside this checkout")
    areas = {"Sales": "sales", "Subscriptions": "subscriptions", "Products": "products", "Coupons": "coupons"}
    areas |= {"Club (Members Area)": "club", "Events": "events", "Negotiation": "negotiation"}
    guide = (DOCS / "migration.md").read_text(encoding="utf-8")
    left_column = "\n".join(line.split("|")[1] for line in guide.splitlines() if line.startswith("| `"))
    group, expected = None, []
    for line in readme.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            group = areas.get(line[4:].strip())
        elif group and (match := re.match(r"\| `([a-z_]+)\(", line)):
            expected.append(f"{group}.{match[1]}")
    assert len(expected) > 30
    assert [
        name for name in expected if f"`{name}" not in left_column and f", {name.split('.')[1]}" not in left_column
    ] == []
