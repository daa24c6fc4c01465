from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reactivate_subscriptions_request import ReactivateSubscriptionsRequest
from ...models.subscription_bulk_result import SubscriptionBulkResult
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: ReactivateSubscriptionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/api/v1/subscriptions/reactivate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionBulkResult | None:
    if response.status_code == 200:
        response_200 = SubscriptionBulkResult.from_dict(response.json())

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
) -> Response[Error | SubscriptionBulkResult]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReactivateSubscriptionsRequest,
) -> Response[Error | SubscriptionBulkResult]:
    """Reactivate several subscriptions

     Asks to reactivate a list of inactive subscriptions in one call. As for
    `reactivateSubscription`, each subscriber receives an e-mail link valid for 3 days and the
    subscriptions stay `INACTIVE` until accepted; `charge` (default false) only decides whether
    a new charge is generated. The answer separates successes from failures (with an `error`
    code such as `SUBSCRIPTION_ALREADY_ACTIVE`).

    Args:
        body (ReactivateSubscriptionsRequest): Subscriptions to reactivate in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionBulkResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReactivateSubscriptionsRequest,
) -> Error | SubscriptionBulkResult | None:
    """Reactivate several subscriptions

     Asks to reactivate a list of inactive subscriptions in one call. As for
    `reactivateSubscription`, each subscriber receives an e-mail link valid for 3 days and the
    subscriptions stay `INACTIVE` until accepted; `charge` (default false) only decides whether
    a new charge is generated. The answer separates successes from failures (with an `error`
    code such as `SUBSCRIPTION_ALREADY_ACTIVE`).

    Args:
        body (ReactivateSubscriptionsRequest): Subscriptions to reactivate in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionBulkResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReactivateSubscriptionsRequest,
) -> Response[Error | SubscriptionBulkResult]:
    """Reactivate several subscriptions

     Asks to reactivate a list of inactive subscriptions in one call. As for
    `reactivateSubscription`, each subscriber receives an e-mail link valid for 3 days and the
    subscriptions stay `INACTIVE` until accepted; `charge` (default false) only decides whether
    a new charge is generated. The answer separates successes from failures (with an `error`
    code such as `SUBSCRIPTION_ALREADY_ACTIVE`).

    Args:
        body (ReactivateSubscriptionsRequest): Subscriptions to reactivate in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionBulkResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReactivateSubscriptionsRequest,
) -> Error | SubscriptionBulkResult | None:
    """Reactivate several subscriptions

     Asks to reactivate a list of inactive subscriptions in one call. As for
    `reactivateSubscription`, each subscriber receives an e-mail link valid for 3 days and the
    subscriptions stay `INACTIVE` until accepted; `charge` (default false) only decides whether
    a new charge is generated. The answer separates successes from failures (with an `error`
    code such as `SUBSCRIPTION_ALREADY_ACTIVE`).

    Args:
        body (ReactivateSubscriptionsRequest): Subscriptions to reactivate in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionBulkResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> SubscriptionBulkResult:
    """Parse the body of a 200 response into its model."""
    response_200 = SubscriptionBulkResult.from_dict(response.json())

    return response_200
