"""Issue 11, item 12: the first call of a process does not import every generated model.

The wall-time figure is the bench's (`nox -s bench -- --only cold_threads`, docs/benchmarks.md);
these tests pin the mechanism: `hotmart_api.models` imports a model when it is first used, so the
first call of an endpoint (which every other thread needing that endpoint waits for) imports the
few models it parses, not the whole package.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import hotmart_api.models

ROOT = Path(__file__).resolve().parents[2]
MODELS_DIR = ROOT / "generated" / "hotmart_api" / "models"
MODEL_MODULES = sorted(path.stem for path in MODELS_DIR.glob("*.py") if path.stem != "__init__")

FIRST_CALL = textwrap.dedent(
    """
    import json, sys
    import respx
    from hotmart_client import Hotmart
    from hotmart_client._constants import PRODUCTION_URL, TOKEN_URL

    item = {"purchase": {"transaction": "HP1", "status": "APPROVED"}, "buyer": {"email": "a@b.c"}}
    with respx.mock:
        respx.post(TOKEN_URL).respond(json={"access_token": "t", "expires_in": 3600})
        respx.get(PRODUCTION_URL + "/payments/api/v1/sales/history").respond(
            json={"items": [item], "page_info": {"results_per_page": 1}}
        )
        with Hotmart("id", "secret") as client:
            page = client.sales.history(max_results=1)
            assert page.items[0].purchase.transaction == "HP1"
    print(json.dumps(sorted(m for m in sys.modules if m.startswith("hotmart_api.models."))))
    """
)


def test_first_call_imports_only_the_models_it_needs() -> None:
    done = subprocess.run([sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert "hotmart_api.models.sales_history_page" in loaded
    assert "hotmart_api.models.club_student" not in loaded
    assert "hotmart_api.models.purchase_event" not in loaded  # webhook payloads: not needed by a call
    assert len(loaded) < len(MODEL_MODULES) // 3


def test_every_model_is_still_reachable_from_the_package() -> None:
    exported = set(hotmart_api.models.__all__)
    assert len(exported) >= len(MODEL_MODULES)
    for name in exported:
        model = getattr(hotmart_api.models, name)
        assert model.__name__ == name
        assert model.__module__.startswith("hotmart_api.models.")
    assert exported <= set(dir(hotmart_api.models))


def test_star_import_and_unknown_names_behave_as_for_a_module() -> None:
    namespace: dict[str, object] = {}
    exec("from hotmart_api.models import *", namespace)  # the star import is what is tested
    assert {"SalesHistoryPage", "PurchaseStatus", "PurchaseEvent"} <= set(namespace)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        hotmart_api.models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        exec("from hotmart_api.models import NoSuchModel", {})
