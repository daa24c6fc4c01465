from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commission_role import CommissionRole, CommissionRoleValue
from ...models.error import Error
from ...models.purchase_status import PurchaseStatus, PurchaseStatusValue
from ...models.sales_commissions_page import SalesCommissionsPage
from ...types import UNSET, Response, Unset, status_of, to_enum


def _get_kwargs(
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["product_id"] = product_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["transaction"] = transaction

    json_commission_as: str | Unset = UNSET
    if not isinstance(commission_as, Unset):
        json_commission_as = to_enum(CommissionRole, commission_as, "commission_as").value

    params["commission_as"] = json_commission_as

    json_transaction_status: str | Unset = UNSET
    if not isinstance(transaction_status, Unset):
        json_transaction_status = to_enum(PurchaseStatus, transaction_status, "transaction_status").value

    params["transaction_status"] = json_transaction_status

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/api/v1/sales/commissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SalesCommissionsPage | None:
    if response.status_code == 200:
        response_200 = SalesCommissionsPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SalesCommissionsPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SalesCommissionsPage]:
    """List the commission split of each sale

     Lists, per sale, the commission each participant earned (producer, co-producers,
    affiliates, add-ons) and the exchange rate used for the payout currency (1 when there is no
    conversion). The commission amount carries its currency in `currency_value`, not
    `currency_code`. Without `transaction` or `transaction_status`, only `APPROVED` and
    `COMPLETE` sales are returned.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        start_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        transaction (str | Unset):
        commission_as (CommissionRole | Unset): The role a commission is earned as.
        transaction_status (PurchaseStatus | Unset): Status of a purchase. `UNDER_ANALISYS` is
            Hotmart's own spelling. By default sales
            endpoints return only APPROVED and COMPLETE.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SalesCommissionsPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        transaction=transaction,
        commission_as=commission_as,
        transaction_status=transaction_status,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SalesCommissionsPage | None:
    """List the commission split of each sale

     Lists, per sale, the commission each participant earned (producer, co-producers,
    affiliates, add-ons) and the exchange rate used for the payout currency (1 when there is no
    conversion). The commission amount carries its currency in `currency_value`, not
    `currency_code`. Without `transaction` or `transaction_status`, only `APPROVED` and
    `COMPLETE` sales are returned.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        start_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        transaction (str | Unset):
        commission_as (CommissionRole | Unset): The role a commission is earned as.
        transaction_status (PurchaseStatus | Unset): Status of a purchase. `UNDER_ANALISYS` is
            Hotmart's own spelling. By default sales
            endpoints return only APPROVED and COMPLETE.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SalesCommissionsPage
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        transaction=transaction,
        commission_as=commission_as,
        transaction_status=transaction_status,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SalesCommissionsPage]:
    """List the commission split of each sale

     Lists, per sale, the commission each participant earned (producer, co-producers,
    affiliates, add-ons) and the exchange rate used for the payout currency (1 when there is no
    conversion). The commission amount carries its currency in `currency_value`, not
    `currency_code`. Without `transaction` or `transaction_status`, only `APPROVED` and
    `COMPLETE` sales are returned.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        start_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        transaction (str | Unset):
        commission_as (CommissionRole | Unset): The role a commission is earned as.
        transaction_status (PurchaseStatus | Unset): Status of a purchase. `UNDER_ANALISYS` is
            Hotmart's own spelling. By default sales
            endpoints return only APPROVED and COMPLETE.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SalesCommissionsPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        transaction=transaction,
        commission_as=commission_as,
        transaction_status=transaction_status,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SalesCommissionsPage | None:
    """List the commission split of each sale

     Lists, per sale, the commission each participant earned (producer, co-producers,
    affiliates, add-ons) and the exchange rate used for the payout currency (1 when there is no
    conversion). The commission amount carries its currency in `currency_value`, not
    `currency_code`. Without `transaction` or `transaction_status`, only `APPROVED` and
    `COMPLETE` sales are returned.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        start_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        transaction (str | Unset):
        commission_as (CommissionRole | Unset): The role a commission is earned as.
        transaction_status (PurchaseStatus | Unset): Status of a purchase. `UNDER_ANALISYS` is
            Hotmart's own spelling. By default sales
            endpoints return only APPROVED and COMPLETE.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SalesCommissionsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            page_token=page_token,
            product_id=product_id,
            start_date=start_date,
            end_date=end_date,
            transaction=transaction,
            commission_as=commission_as,
            transaction_status=transaction_status,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> SalesCommissionsPage:
    """Parse the body of a 200 response into its model."""
    response_200 = SalesCommissionsPage.from_dict(response.json())

    return response_200
