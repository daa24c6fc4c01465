from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response, status_of


def _get_kwargs(
    transaction_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/payments/api/v1/sales/{transaction_code}/refund".format(
            transaction_code=quote(str(transaction_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transaction_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Refund a sale

     Asks Hotmart to refund the purchase identified by its transaction code. There is no request
    body; a successful call answers 200 with an empty JSON object (`{}`): only the status code
    tells the outcome. Hotmart only refunds `APPROVED` or `COMPLETE` purchases that are not in a
    trial period and were not paid with BACS or SEPA direct debit (those buyers ask their bank).
    The buyer's refund window is 7 to 30 days (extendable to 60); with an affiliate involved,
    refunds are possible up to 30 days after the purchase.

    Args:
        transaction_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        transaction_code=transaction_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transaction_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Refund a sale

     Asks Hotmart to refund the purchase identified by its transaction code. There is no request
    body; a successful call answers 200 with an empty JSON object (`{}`): only the status code
    tells the outcome. Hotmart only refunds `APPROVED` or `COMPLETE` purchases that are not in a
    trial period and were not paid with BACS or SEPA direct debit (those buyers ask their bank).
    The buyer's refund window is 7 to 30 days (extendable to 60); with an affiliate involved,
    refunds are possible up to 30 days after the purchase.

    Args:
        transaction_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        transaction_code=transaction_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    transaction_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Refund a sale

     Asks Hotmart to refund the purchase identified by its transaction code. There is no request
    body; a successful call answers 200 with an empty JSON object (`{}`): only the status code
    tells the outcome. Hotmart only refunds `APPROVED` or `COMPLETE` purchases that are not in a
    trial period and were not paid with BACS or SEPA direct debit (those buyers ask their bank).
    The buyer's refund window is 7 to 30 days (extendable to 60); with an affiliate involved,
    refunds are possible up to 30 days after the purchase.

    Args:
        transaction_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        transaction_code=transaction_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Refund a sale

     Asks Hotmart to refund the purchase identified by its transaction code. There is no request
    body; a successful call answers 200 with an empty JSON object (`{}`): only the status code
    tells the outcome. Hotmart only refunds `APPROVED` or `COMPLETE` purchases that are not in a
    trial period and were not paid with BACS or SEPA direct debit (those buyers ask their bank).
    The buyer's refund window is 7 to 30 days (extendable to 60); with an affiliate involved,
    refunds are possible up to 30 days after the purchase.

    Args:
        transaction_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            transaction_code=transaction_code,
            client=client,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> Any:
    """Parse the body of a 200 response into its model."""
    response_200 = cast(Any, None)
    return response_200
