from collections.abc import Sequence
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subscription_status import SubscriptionStatus, SubscriptionStatusValue
from ...models.subscriptions_page import SubscriptionsPage
from ...types import UNSET, Response, Unset, status_of, to_enum


def _get_kwargs(
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    plan: list[str] | Unset = UNSET,
    plan_id: int | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    status: Sequence[SubscriptionStatus | SubscriptionStatusValue] | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    trial: bool | Unset = UNSET,
    cancelation_date: int | Unset = UNSET,
    end_cancelation_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    end_date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["product_id"] = product_id

    json_plan: list[str] | Unset = UNSET
    if not isinstance(plan, Unset):
        json_plan = plan

    params["plan"] = json_plan

    params["plan_id"] = plan_id

    params["accession_date"] = accession_date

    params["end_accession_date"] = end_accession_date

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = to_enum(SubscriptionStatus, status_item_data, "status").value
            json_status.append(status_item)

    params["status"] = json_status

    params["subscriber_code"] = subscriber_code

    params["subscriber_email"] = subscriber_email

    params["transaction"] = transaction

    params["trial"] = trial

    params["cancelation_date"] = cancelation_date

    params["end_cancelation_date"] = end_cancelation_date

    params["date_next_charge"] = date_next_charge

    params["end_date_next_charge"] = end_date_next_charge

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/api/v1/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionsPage | None:
    if response.status_code == 200:
        response_200 = SubscriptionsPage.from_dict(response.json())

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
) -> Response[Error | SubscriptionsPage]:
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
    plan: list[str] | Unset = UNSET,
    plan_id: int | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    status: Sequence[SubscriptionStatus | SubscriptionStatusValue] | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    trial: bool | Unset = UNSET,
    cancelation_date: int | Unset = UNSET,
    end_cancelation_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    end_date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SubscriptionsPage]:
    """List subscriptions

     Lists the subscriptions of the account's products with plan, product, price and subscriber,
    in real time. Without `accession_date`, Hotmart takes it as 30 days ago: a call without
    dates returns only the subscriptions that started in the last 30 days. To list every
    active subscription, give an `accession_date` early enough (before your first sale) and
    `status=ACTIVE`. `status` and `plan` take several values (`status=ACTIVE&status=DELAYED`).

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        plan (list[str] | Unset):
        plan_id (int | Unset):
        accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        status (list[SubscriptionStatus] | Unset):
        subscriber_code (str | Unset):
        subscriber_email (str | Unset):
        transaction (str | Unset):
        trial (bool | Unset):
        cancelation_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_cancelation_date (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionsPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        plan=plan,
        plan_id=plan_id,
        accession_date=accession_date,
        end_accession_date=end_accession_date,
        status=status,
        subscriber_code=subscriber_code,
        subscriber_email=subscriber_email,
        transaction=transaction,
        trial=trial,
        cancelation_date=cancelation_date,
        end_cancelation_date=end_cancelation_date,
        date_next_charge=date_next_charge,
        end_date_next_charge=end_date_next_charge,
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
    plan: list[str] | Unset = UNSET,
    plan_id: int | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    status: Sequence[SubscriptionStatus | SubscriptionStatusValue] | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    trial: bool | Unset = UNSET,
    cancelation_date: int | Unset = UNSET,
    end_cancelation_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    end_date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SubscriptionsPage | None:
    """List subscriptions

     Lists the subscriptions of the account's products with plan, product, price and subscriber,
    in real time. Without `accession_date`, Hotmart takes it as 30 days ago: a call without
    dates returns only the subscriptions that started in the last 30 days. To list every
    active subscription, give an `accession_date` early enough (before your first sale) and
    `status=ACTIVE`. `status` and `plan` take several values (`status=ACTIVE&status=DELAYED`).

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        plan (list[str] | Unset):
        plan_id (int | Unset):
        accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        status (list[SubscriptionStatus] | Unset):
        subscriber_code (str | Unset):
        subscriber_email (str | Unset):
        transaction (str | Unset):
        trial (bool | Unset):
        cancelation_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_cancelation_date (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionsPage
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        plan=plan,
        plan_id=plan_id,
        accession_date=accession_date,
        end_accession_date=end_accession_date,
        status=status,
        subscriber_code=subscriber_code,
        subscriber_email=subscriber_email,
        transaction=transaction,
        trial=trial,
        cancelation_date=cancelation_date,
        end_cancelation_date=end_cancelation_date,
        date_next_charge=date_next_charge,
        end_date_next_charge=end_date_next_charge,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    plan: list[str] | Unset = UNSET,
    plan_id: int | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    status: Sequence[SubscriptionStatus | SubscriptionStatusValue] | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    trial: bool | Unset = UNSET,
    cancelation_date: int | Unset = UNSET,
    end_cancelation_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    end_date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SubscriptionsPage]:
    """List subscriptions

     Lists the subscriptions of the account's products with plan, product, price and subscriber,
    in real time. Without `accession_date`, Hotmart takes it as 30 days ago: a call without
    dates returns only the subscriptions that started in the last 30 days. To list every
    active subscription, give an `accession_date` early enough (before your first sale) and
    `status=ACTIVE`. `status` and `plan` take several values (`status=ACTIVE&status=DELAYED`).

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        plan (list[str] | Unset):
        plan_id (int | Unset):
        accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        status (list[SubscriptionStatus] | Unset):
        subscriber_code (str | Unset):
        subscriber_email (str | Unset):
        transaction (str | Unset):
        trial (bool | Unset):
        cancelation_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_cancelation_date (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionsPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        plan=plan,
        plan_id=plan_id,
        accession_date=accession_date,
        end_accession_date=end_accession_date,
        status=status,
        subscriber_code=subscriber_code,
        subscriber_email=subscriber_email,
        transaction=transaction,
        trial=trial,
        cancelation_date=cancelation_date,
        end_cancelation_date=end_cancelation_date,
        date_next_charge=date_next_charge,
        end_date_next_charge=end_date_next_charge,
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
    plan: list[str] | Unset = UNSET,
    plan_id: int | Unset = UNSET,
    accession_date: int | Unset = UNSET,
    end_accession_date: int | Unset = UNSET,
    status: Sequence[SubscriptionStatus | SubscriptionStatusValue] | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    transaction: str | Unset = UNSET,
    trial: bool | Unset = UNSET,
    cancelation_date: int | Unset = UNSET,
    end_cancelation_date: int | Unset = UNSET,
    date_next_charge: int | Unset = UNSET,
    end_date_next_charge: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SubscriptionsPage | None:
    """List subscriptions

     Lists the subscriptions of the account's products with plan, product, price and subscriber,
    in real time. Without `accession_date`, Hotmart takes it as 30 days ago: a call without
    dates returns only the subscriptions that started in the last 30 days. To list every
    active subscription, give an `accession_date` early enough (before your first sale) and
    `status=ACTIVE`. `status` and `plan` take several values (`status=ACTIVE&status=DELAYED`).

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        plan (list[str] | Unset):
        plan_id (int | Unset):
        accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_accession_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        status (list[SubscriptionStatus] | Unset):
        subscriber_code (str | Unset):
        subscriber_email (str | Unset):
        transaction (str | Unset):
        trial (bool | Unset):
        cancelation_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_cancelation_date (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_date_next_charge (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            page_token=page_token,
            product_id=product_id,
            plan=plan,
            plan_id=plan_id,
            accession_date=accession_date,
            end_accession_date=end_accession_date,
            status=status,
            subscriber_code=subscriber_code,
            subscriber_email=subscriber_email,
            transaction=transaction,
            trial=trial,
            cancelation_date=cancelation_date,
            end_cancelation_date=end_cancelation_date,
            date_next_charge=date_next_charge,
            end_date_next_charge=end_date_next_charge,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> SubscriptionsPage:
    """Parse the body of a 200 response into its model."""
    response_200 = SubscriptionsPage.from_dict(response.json())

    return response_200
