from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product_offers_page import ProductOffersPage
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    ucode: str,
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    offer_key: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["offer_key"] = offer_key

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/api/v1/products/{ucode}/offers".format(
            ucode=quote(str(ucode), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProductOffersPage | None:
    if response.status_code == 200:
        response_200 = ProductOffersPage.from_dict(response.json())

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
) -> Response[Error | ProductOffersPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ucode: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    offer_key: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | ProductOffersPage]:
    """List the offers of a product

     Lists the offers of one product (identified by its `ucode`): code, name, description,
    price, payment mode, currency conversion, smart recovery, and which one is the main offer.

    Args:
        ucode (str):
        max_results (int | Unset):
        page_token (str | Unset):
        offer_key (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductOffersPage]
    """

    kwargs = _get_kwargs(
        ucode=ucode,
        max_results=max_results,
        page_token=page_token,
        offer_key=offer_key,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ucode: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    offer_key: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | ProductOffersPage | None:
    """List the offers of a product

     Lists the offers of one product (identified by its `ucode`): code, name, description,
    price, payment mode, currency conversion, smart recovery, and which one is the main offer.

    Args:
        ucode (str):
        max_results (int | Unset):
        page_token (str | Unset):
        offer_key (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProductOffersPage
    """

    return sync_detailed(
        ucode=ucode,
        client=client,
        max_results=max_results,
        page_token=page_token,
        offer_key=offer_key,
        select=select,
    ).parsed


async def asyncio_detailed(
    ucode: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    offer_key: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | ProductOffersPage]:
    """List the offers of a product

     Lists the offers of one product (identified by its `ucode`): code, name, description,
    price, payment mode, currency conversion, smart recovery, and which one is the main offer.

    Args:
        ucode (str):
        max_results (int | Unset):
        page_token (str | Unset):
        offer_key (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductOffersPage]
    """

    kwargs = _get_kwargs(
        ucode=ucode,
        max_results=max_results,
        page_token=page_token,
        offer_key=offer_key,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ucode: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    offer_key: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | ProductOffersPage | None:
    """List the offers of a product

     Lists the offers of one product (identified by its `ucode`): code, name, description,
    price, payment mode, currency conversion, smart recovery, and which one is the main offer.

    Args:
        ucode (str):
        max_results (int | Unset):
        page_token (str | Unset):
        offer_key (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProductOffersPage
    """

    return (
        await asyncio_detailed(
            ucode=ucode,
            client=client,
            max_results=max_results,
            page_token=page_token,
            offer_key=offer_key,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> ProductOffersPage:
    """Parse the body of a 200 response into its model."""
    response_200 = ProductOffersPage.from_dict(response.json())

    return response_200
