from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subscription_summary_page import SubscriptionSummaryPage
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["product_id"] = product_id

    params["subscriber_code"] = subscriber_code

    params["accession_date"] = accession_date

    params["end_accession_date"] = end_accession_date

    params["date_next_charge"] = date_next_charge

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/api/v1/subscriptions/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionSummaryPage | None:
    if response.status_code == 200:
        response_200 = SubscriptionSummaryPage.from_dict(response.json())

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
) -> Response[Error | SubscriptionSummaryPage]:
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
    subscriber_code: str | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SubscriptionSummaryPage]:
    """Summarise subscriptions

     Returns one summary per subscription, smart installment or smart recovery: lifetime in
    days, last recurrence, unpaid recurrences, plan, product, offer and subscriber. The data
    can lag up to 24 hours behind real time. Without `accession_date` Hotmart takes it as 30
    days ago.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        subscriber_code (str | Unset):
        accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionSummaryPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        subscriber_code=subscriber_code,
        accession_date=accession_date,
        end_accession_date=end_accession_date,
        date_next_charge=date_next_charge,
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
    subscriber_code: str | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SubscriptionSummaryPage | None:
    """Summarise subscriptions

     Returns one summary per subscription, smart installment or smart recovery: lifetime in
    days, last recurrence, unpaid recurrences, plan, product, offer and subscriber. The data
    can lag up to 24 hours behind real time. Without `accession_date` Hotmart takes it as 30
    days ago.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        subscriber_code (str | Unset):
        accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionSummaryPage
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        subscriber_code=subscriber_code,
        accession_date=accession_date,
        end_accession_date=end_accession_date,
        date_next_charge=date_next_charge,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SubscriptionSummaryPage]:
    """Summarise subscriptions

     Returns one summary per subscription, smart installment or smart recovery: lifetime in
    days, last recurrence, unpaid recurrences, plan, product, offer and subscriber. The data
    can lag up to 24 hours behind real time. Without `accession_date` Hotmart takes it as 30
    days ago.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        subscriber_code (str | Unset):
        accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionSummaryPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        subscriber_code=subscriber_code,
        accession_date=accession_date,
        end_accession_date=end_accession_date,
        date_next_charge=date_next_charge,
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
    subscriber_code: str | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SubscriptionSummaryPage | None:
    """Summarise subscriptions

     Returns one summary per subscription, smart installment or smart recovery: lifetime in
    days, last recurrence, unpaid recurrences, plan, product, offer and subscriber. The data
    can lag up to 24 hours behind real time. Without `accession_date` Hotmart takes it as 30
    days ago.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        subscriber_code (str | Unset):
        accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionSummaryPage
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            page_token=page_token,
            product_id=product_id,
            subscriber_code=subscriber_code,
            accession_date=accession_date,
            end_accession_date=end_accession_date,
            date_next_charge=date_next_charge,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> SubscriptionSummaryPage:
    """Parse the body of a 200 response into its model."""
    response_200 = SubscriptionSummaryPage.from_dict(response.json())

    return response_200
