from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.negotiate_installments_request import NegotiateInstallmentsRequest
from ...models.negotiation_result import NegotiationResult
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: NegotiateInstallmentsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/api/v1/installments/negotiate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NegotiationResult | None:
    if response.status_code == 200:
        response_200 = NegotiationResult.from_dict(response.json())

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
) -> Response[Error | NegotiationResult]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NegotiateInstallmentsRequest,
) -> Response[Error | NegotiationResult]:
    """Negotiate overdue subscription installments

     Generates a bank slip (boleto) or PIX charge that lets a subscriber pay overdue recurrences
    at once, optionally with an absolute discount; `document` (CPF or CNPJ) is required for
    bank slips. Subscriptions whose content is in the Members Area can negotiate only their
    last recurrence (which makes the subscription active again); subscriptions with external
    content, smart installments and bank-slip or PIX installments can negotiate up to five.
    Hotmart's documentation menu: Installments Negotiation > Generate a negotiation (its field
    table labels the body fields "path", but its request example sends them as JSON).

    Args:
        body (NegotiateInstallmentsRequest): Overdue recurrences of one subscription to negotiate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NegotiationResult]
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
    body: NegotiateInstallmentsRequest,
) -> Error | NegotiationResult | None:
    """Negotiate overdue subscription installments

     Generates a bank slip (boleto) or PIX charge that lets a subscriber pay overdue recurrences
    at once, optionally with an absolute discount; `document` (CPF or CNPJ) is required for
    bank slips. Subscriptions whose content is in the Members Area can negotiate only their
    last recurrence (which makes the subscription active again); subscriptions with external
    content, smart installments and bank-slip or PIX installments can negotiate up to five.
    Hotmart's documentation menu: Installments Negotiation > Generate a negotiation (its field
    table labels the body fields "path", but its request example sends them as JSON).

    Args:
        body (NegotiateInstallmentsRequest): Overdue recurrences of one subscription to negotiate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NegotiationResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NegotiateInstallmentsRequest,
) -> Response[Error | NegotiationResult]:
    """Negotiate overdue subscription installments

     Generates a bank slip (boleto) or PIX charge that lets a subscriber pay overdue recurrences
    at once, optionally with an absolute discount; `document` (CPF or CNPJ) is required for
    bank slips. Subscriptions whose content is in the Members Area can negotiate only their
    last recurrence (which makes the subscription active again); subscriptions with external
    content, smart installments and bank-slip or PIX installments can negotiate up to five.
    Hotmart's documentation menu: Installments Negotiation > Generate a negotiation (its field
    table labels the body fields "path", but its request example sends them as JSON).

    Args:
        body (NegotiateInstallmentsRequest): Overdue recurrences of one subscription to negotiate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NegotiationResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NegotiateInstallmentsRequest,
) -> Error | NegotiationResult | None:
    """Negotiate overdue subscription installments

     Generates a bank slip (boleto) or PIX charge that lets a subscriber pay overdue recurrences
    at once, optionally with an absolute discount; `document` (CPF or CNPJ) is required for
    bank slips. Subscriptions whose content is in the Members Area can negotiate only their
    last recurrence (which makes the subscription active again); subscriptions with external
    content, smart installments and bank-slip or PIX installments can negotiate up to five.
    Hotmart's documentation menu: Installments Negotiation > Generate a negotiation (its field
    table labels the body fields "path", but its request example sends them as JSON).

    Args:
        body (NegotiateInstallmentsRequest): Overdue recurrences of one subscription to negotiate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NegotiationResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> NegotiationResult:
    """Parse the body of a 200 response into its model."""
    response_200 = NegotiationResult.from_dict(response.json())

    return response_200
