"""The mock's drift knob (`MockConfig(drift=Drift())`, `hotmart mock --drift`) over HTTP: what it
changes in listings, and what it leaves as the spec describes."""

from __future__ import annotations

import httpx

from hotmart_client.mock import Drift, mock_server


def test_listing_items_drift_and_the_data_set_does_not() -> None:
    with mock_server(seed=2, items=50, drift=Drift()) as server, server.client() as hotmart:
        raw = hotmart.with_raw_response.sales.history(max_results=4)
        assert raw.headers["x-mock-drift"] == "1"
        items = raw.http_response.json()["items"]
        assert [item["drift_note"] for item in items] == ["added by the mock's drift knob"] * 4
        assert [item["drift_details"]["level"] for item in items] == [0, 1, 2, 3]
        assert [item["purchase"]["status"] == "DRIFTED_BY_MOCK" for item in items] == [False, True, False, True]
        assert all(isinstance(item["product"]["id"], str) and item["product"]["id"].isdigit() for item in items)
        stored = server.items("SaleHistoryItem")
        assert all("drift_note" not in item and isinstance(item["product"]["id"], int) for item in stored)
        # Errors stay as the spec describes them.
        missing = httpx.get(server.url + "/payments/api/v1/sales/history", headers={"Authorization": "Bearer x"})
        assert missing.status_code == 401 and "x-mock-drift" not in missing.headers


def test_each_change_can_be_turned_off() -> None:
    quiet = Drift(extra_fields=False, enum_value=None, retype=False, header=None)
    with mock_server(seed=2, items=50, drift=quiet) as server, server.client() as hotmart:
        raw = hotmart.with_raw_response.sales.history(max_results=4)
    assert "x-mock-drift" not in raw.headers
    items = raw.http_response.json()["items"]
    assert all("drift_note" not in item and isinstance(item["product"]["id"], int) for item in items)
    assert "DRIFTED_BY_MOCK" not in {item["purchase"]["status"] for item in items}
