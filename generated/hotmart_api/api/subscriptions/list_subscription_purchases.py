from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subscription_purchase import SubscriptionPurchase
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    subscriber_code: str,
    *,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/api/v1/subscriptions/{subscriber_code}/purchases".format(
            subscriber_code=quote(str(subscriber_code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SubscriptionPurchase] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SubscriptionPurchase.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[SubscriptionPurchase]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscriber_code: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[Error | list[SubscriptionPurchase]]:
    """List the purchases of a subscription

     Lists the purchases (recurrence payments) of one subscription, e.g. to find the transaction
    to refund. The response is a bare JSON array, not a page.

    Args:
        subscriber_code (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SubscriptionPurchase]]
    """

    kwargs = _get_kwargs(
        subscriber_code=subscriber_code,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscriber_code: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Error | list[SubscriptionPurchase] | None:
    """List the purchases of a subscription

     Lists the purchases (recurrence payments) of one subscription, e.g. to find the transaction
    to refund. The response is a bare JSON array, not a page.

    Args:
        subscriber_code (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SubscriptionPurchase]
    """

    return sync_detailed(
        subscriber_code=subscriber_code,
        client=client,
        select=select,
    ).parsed


async def asyncio_detailed(
    subscriber_code: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[Error | list[SubscriptionPurchase]]:
    """List the purchases of a subscription

     Lists the purchases (recurrence payments) of one subscription, e.g. to find the transaction
    to refund. The response is a bare JSON array, not a page.

    Args:
        subscriber_code (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SubscriptionPurchase]]
    """

    kwargs = _get_kwargs(
        subscriber_code=subscriber_code,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscriber_code: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Error | list[SubscriptionPurchase] | None:
    """List the purchases of a subscription

     Lists the purchases (recurrence payments) of one subscription, e.g. to find the transaction
    to refund. The response is a bare JSON array, not a page.

    Args:
        subscriber_code (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SubscriptionPurchase]
    """

    return (
        await asyncio_detailed(
            subscriber_code=subscriber_code,
            client=client,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> list[SubscriptionPurchase]:
    """Parse the body of a 200 response into its model."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = SubscriptionPurchase.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
