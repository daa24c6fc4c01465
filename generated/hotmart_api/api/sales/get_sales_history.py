from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commission_role import CommissionRole, CommissionRoleValue
from ...models.error import Error
from ...models.payment_type import PaymentType, PaymentTypeValue
from ...models.purchase_status import PurchaseStatus, PurchaseStatusValue
from ...models.sales_history_page import SalesHistoryPage
from ...types import UNSET, Response, Unset, status_of, to_enum


def _get_kwargs(
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    start_date: int | Unset = UNSET,
    end_date: int | Unset = UNSET,
    sales_source: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    buyer_name: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["product_id"] = product_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["sales_source"] = sales_source

    params["transaction"] = transaction

    params["buyer_name"] = buyer_name

    params["buyer_email"] = buyer_email

    json_transaction_status: str | Unset = UNSET
    if not isinstance(transaction_status, Unset):
        json_transaction_status = to_enum(PurchaseStatus, transaction_status, "transaction_status").value

    params["transaction_status"] = json_transaction_status

    json_payment_type: str | Unset = UNSET
    if not isinstance(payment_type, Unset):
        json_payment_type = to_enum(PaymentType, payment_type, "payment_type").value

    params["payment_type"] = json_payment_type

    params["offer_code"] = offer_code

    json_commission_as: str | Unset = UNSET
    if not isinstance(commission_as, Unset):
        json_commission_as = to_enum(CommissionRole, commission_as, "commission_as").value

    params["commission_as"] = json_commission_as

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/api/v1/sales/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SalesHistoryPage | None:
    if response.status_code == 200:
        response_200 = SalesHistoryPage.from_dict(response.json())

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
) -> Response[Error | SalesHistoryPage]:
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
    sales_source: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    buyer_name: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SalesHistoryPage]:
    """List sales with buyer, producer and purchase details

     Lists the sales of the authenticated account, newest first, with product, buyer, producer
    and purchase details. When neither `transaction` nor `transaction_status` is given, only
    `APPROVED` and `COMPLETE` sales are returned.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        start_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        sales_source (str | Unset):
        transaction (str | Unset):
        buyer_name (str | Unset):
        buyer_email (str | Unset):
        transaction_status (PurchaseStatus | Unset): Status of a purchase. `UNDER_ANALISYS` is
            Hotmart's own spelling. By default sales
            endpoints return only APPROVED and COMPLETE.
        payment_type (PaymentType | Unset): How a purchase was paid.
        offer_code (str | Unset):
        commission_as (CommissionRole | Unset): The role a commission is earned as.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SalesHistoryPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        sales_source=sales_source,
        transaction=transaction,
        buyer_name=buyer_name,
        buyer_email=buyer_email,
        transaction_status=transaction_status,
        payment_type=payment_type,
        offer_code=offer_code,
        commission_as=commission_as,
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
    sales_source: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    buyer_name: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SalesHistoryPage | None:
    """List sales with buyer, producer and purchase details

     Lists the sales of the authenticated account, newest first, with product, buyer, producer
    and purchase details. When neither `transaction` nor `transaction_status` is given, only
    `APPROVED` and `COMPLETE` sales are returned.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        start_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        sales_source (str | Unset):
        transaction (str | Unset):
        buyer_name (str | Unset):
        buyer_email (str | Unset):
        transaction_status (PurchaseStatus | Unset): Status of a purchase. `UNDER_ANALISYS` is
            Hotmart's own spelling. By default sales
            endpoints return only APPROVED and COMPLETE.
        payment_type (PaymentType | Unset): How a purchase was paid.
        offer_code (str | Unset):
        commission_as (CommissionRole | Unset): The role a commission is earned as.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SalesHistoryPage
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        sales_source=sales_source,
        transaction=transaction,
        buyer_name=buyer_name,
        buyer_email=buyer_email,
        transaction_status=transaction_status,
        payment_type=payment_type,
        offer_code=offer_code,
        commission_as=commission_as,
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
    sales_source: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    buyer_name: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SalesHistoryPage]:
    """List sales with buyer, producer and purchase details

     Lists the sales of the authenticated account, newest first, with product, buyer, producer
    and purchase details. When neither `transaction` nor `transaction_status` is given, only
    `APPROVED` and `COMPLETE` sales are returned.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        start_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        sales_source (str | Unset):
        transaction (str | Unset):
        buyer_name (str | Unset):
        buyer_email (str | Unset):
        transaction_status (PurchaseStatus | Unset): Status of a purchase. `UNDER_ANALISYS` is
            Hotmart's own spelling. By default sales
            endpoints return only APPROVED and COMPLETE.
        payment_type (PaymentType | Unset): How a purchase was paid.
        offer_code (str | Unset):
        commission_as (CommissionRole | Unset): The role a commission is earned as.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SalesHistoryPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        start_date=start_date,
        end_date=end_date,
        sales_source=sales_source,
        transaction=transaction,
        buyer_name=buyer_name,
        buyer_email=buyer_email,
        transaction_status=transaction_status,
        payment_type=payment_type,
        offer_code=offer_code,
        commission_as=commission_as,
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
    sales_source: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    buyer_name: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    transaction_status: PurchaseStatus | PurchaseStatusValue | Unset = UNSET,
    payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    commission_as: CommissionRole | CommissionRoleValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SalesHistoryPage | None:
    """List sales with buyer, producer and purchase details

     Lists the sales of the authenticated account, newest first, with product, buyer, producer
    and purchase details. When neither `transaction` nor `transaction_status` is given, only
    `APPROVED` and `COMPLETE` sales are returned.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        start_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        sales_source (str | Unset):
        transaction (str | Unset):
        buyer_name (str | Unset):
        buyer_email (str | Unset):
        transaction_status (PurchaseStatus | Unset): Status of a purchase. `UNDER_ANALISYS` is
            Hotmart's own spelling. By default sales
            endpoints return only APPROVED and COMPLETE.
        payment_type (PaymentType | Unset): How a purchase was paid.
        offer_code (str | Unset):
        commission_as (CommissionRole | Unset): The role a commission is earned as.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SalesHistoryPage
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            page_token=page_token,
            product_id=product_id,
            start_date=start_date,
            end_date=end_date,
            sales_source=sales_source,
            transaction=transaction,
            buyer_name=buyer_name,
            buyer_email=buyer_email,
            transaction_status=transaction_status,
            payment_type=payment_type,
            offer_code=offer_code,
            commission_as=commission_as,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> SalesHistoryPage:
    """Parse the body of a 200 response into its model."""
    response_200 = SalesHistoryPage.from_dict(response.json())

    return response_200
