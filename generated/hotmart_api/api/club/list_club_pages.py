from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.club_page import ClubPage
from ...models.error import Error
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    module_id: str,
    *,
    product_id: int,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["product_id"] = product_id

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/club/api/v2/modules/{module_id}/pages".format(
            module_id=quote(str(module_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[ClubPage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ClubPage.from_dict(response_200_item_data)

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
) -> Response[Error | list[ClubPage]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    module_id: str,
    *,
    client: AuthenticatedClient | Client,
    product_id: int,
    select: str | Unset = UNSET,
) -> Response[Error | list[ClubPage]]:
    """List the pages of a module

     Lists the pages of one module of a Members Area, identified by the product it belongs to
    (`product_id`, required; no `subdomain`): type, order, comments, ratings, media, and the
    release (dripping) and expiry rules with the classes they apply to. Version 2 of the
    endpoint; the response is a bare JSON array. Hotmart answers 422 without `product_id`.

    Args:
        module_id (str):
        product_id (int):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ClubPage]]
    """

    kwargs = _get_kwargs(
        module_id=module_id,
        product_id=product_id,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    module_id: str,
    *,
    client: AuthenticatedClient | Client,
    product_id: int,
    select: str | Unset = UNSET,
) -> Error | list[ClubPage] | None:
    """List the pages of a module

     Lists the pages of one module of a Members Area, identified by the product it belongs to
    (`product_id`, required; no `subdomain`): type, order, comments, ratings, media, and the
    release (dripping) and expiry rules with the classes they apply to. Version 2 of the
    endpoint; the response is a bare JSON array. Hotmart answers 422 without `product_id`.

    Args:
        module_id (str):
        product_id (int):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ClubPage]
    """

    return sync_detailed(
        module_id=module_id,
        client=client,
        product_id=product_id,
        select=select,
    ).parsed


async def asyncio_detailed(
    module_id: str,
    *,
    client: AuthenticatedClient | Client,
    product_id: int,
    select: str | Unset = UNSET,
) -> Response[Error | list[ClubPage]]:
    """List the pages of a module

     Lists the pages of one module of a Members Area, identified by the product it belongs to
    (`product_id`, required; no `subdomain`): type, order, comments, ratings, media, and the
    release (dripping) and expiry rules with the classes they apply to. Version 2 of the
    endpoint; the response is a bare JSON array. Hotmart answers 422 without `product_id`.

    Args:
        module_id (str):
        product_id (int):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ClubPage]]
    """

    kwargs = _get_kwargs(
        module_id=module_id,
        product_id=product_id,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    module_id: str,
    *,
    client: AuthenticatedClient | Client,
    product_id: int,
    select: str | Unset = UNSET,
) -> Error | list[ClubPage] | None:
    """List the pages of a module

     Lists the pages of one module of a Members Area, identified by the product it belongs to
    (`product_id`, required; no `subdomain`): type, order, comments, ratings, media, and the
    release (dripping) and expiry rules with the classes they apply to. Version 2 of the
    endpoint; the response is a bare JSON array. Hotmart answers 422 without `product_id`.

    Args:
        module_id (str):
        product_id (int):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ClubPage]
    """

    return (
        await asyncio_detailed(
            module_id=module_id,
            client=client,
            product_id=product_id,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> list[ClubPage]:
    """Parse the body of a 200 response into its model."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = ClubPage.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
