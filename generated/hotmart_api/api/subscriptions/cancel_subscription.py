from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_subscription_request import CancelSubscriptionRequest
from ...models.error import Error
from ...models.subscription_result import SubscriptionResult
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    subscriber_code: str,
    *,
    body: CancelSubscriptionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/api/v1/subscriptions/{subscriber_code}/cancel".format(
            subscriber_code=quote(str(subscriber_code), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionResult | None:
    if response.status_code == 200:
        response_200 = SubscriptionResult.from_dict(response.json())

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
) -> Response[Error | SubscriptionResult]:
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
    body: CancelSubscriptionRequest | Unset = UNSET,
) -> Response[Error | SubscriptionResult]:
    """Cancel one subscription

     Cancels one subscription: the charge cycle stops and Hotmart notifies the Members Area and
    webhooks. Set `send_mail` to false to skip the cancellation e-mail to the subscriber. The
    answer's `status` is `ACTIVE` or `INACTIVE`; its dates are strings `YYYY-MM-DD HH:MM:SS`,
    not epoch milliseconds.

    Args:
        subscriber_code (str):
        body (CancelSubscriptionRequest | Unset): Options for cancelling one subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionResult]
    """

    kwargs = _get_kwargs(
        subscriber_code=subscriber_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscriber_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelSubscriptionRequest | Unset = UNSET,
) -> Error | SubscriptionResult | None:
    """Cancel one subscription

     Cancels one subscription: the charge cycle stops and Hotmart notifies the Members Area and
    webhooks. Set `send_mail` to false to skip the cancellation e-mail to the subscriber. The
    answer's `status` is `ACTIVE` or `INACTIVE`; its dates are strings `YYYY-MM-DD HH:MM:SS`,
    not epoch milliseconds.

    Args:
        subscriber_code (str):
        body (CancelSubscriptionRequest | Unset): Options for cancelling one subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionResult
    """

    return sync_detailed(
        subscriber_code=subscriber_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subscriber_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelSubscriptionRequest | Unset = UNSET,
) -> Response[Error | SubscriptionResult]:
    """Cancel one subscription

     Cancels one subscription: the charge cycle stops and Hotmart notifies the Members Area and
    webhooks. Set `send_mail` to false to skip the cancellation e-mail to the subscriber. The
    answer's `status` is `ACTIVE` or `INACTIVE`; its dates are strings `YYYY-MM-DD HH:MM:SS`,
    not epoch milliseconds.

    Args:
        subscriber_code (str):
        body (CancelSubscriptionRequest | Unset): Options for cancelling one subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionResult]
    """

    kwargs = _get_kwargs(
        subscriber_code=subscriber_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscriber_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelSubscriptionRequest | Unset = UNSET,
) -> Error | SubscriptionResult | None:
    """Cancel one subscription

     Cancels one subscription: the charge cycle stops and Hotmart notifies the Members Area and
    webhooks. Set `send_mail` to false to skip the cancellation e-mail to the subscriber. The
    answer's `status` is `ACTIVE` or `INACTIVE`; its dates are strings `YYYY-MM-DD HH:MM:SS`,
    not epoch milliseconds.

    Args:
        subscriber_code (str):
        body (CancelSubscriptionRequest | Unset): Options for cancelling one subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionResult
    """

    return (
        await asyncio_detailed(
            subscriber_code=subscriber_code,
            client=client,
            body=body,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> SubscriptionResult:
    """Parse the body of a 200 response into its model."""
    response_200 = SubscriptionResult.from_dict(response.json())

    return response_200
