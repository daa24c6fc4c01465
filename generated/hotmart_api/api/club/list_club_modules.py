from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.club_module import ClubModule
from ...models.error import Error
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    subdomain: str,
    is_extra: bool | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subdomain"] = subdomain

    params["is_extra"] = is_extra

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/club/api/v1/modules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ClubModule] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ClubModule.from_dict(response_200_item_data)

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
) -> Response[Error | list[ClubModule]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subdomain: str,
    is_extra: bool | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | list[ClubModule]]:
    """List the modules of a Members Area

     Lists the modules of the Members Area identified by `subdomain`: the main ones, or the
    extra (additional content) ones with `is_extra=true`. The response is a bare JSON array.
    Hotmart answers 422 without `subdomain`.

    Args:
        subdomain (str):
        is_extra (bool | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ClubModule]]
    """

    kwargs = _get_kwargs(
        subdomain=subdomain,
        is_extra=is_extra,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subdomain: str,
    is_extra: bool | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | list[ClubModule] | None:
    """List the modules of a Members Area

     Lists the modules of the Members Area identified by `subdomain`: the main ones, or the
    extra (additional content) ones with `is_extra=true`. The response is a bare JSON array.
    Hotmart answers 422 without `subdomain`.

    Args:
        subdomain (str):
        is_extra (bool | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ClubModule]
    """

    return sync_detailed(
        client=client,
        subdomain=subdomain,
        is_extra=is_extra,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subdomain: str,
    is_extra: bool | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | list[ClubModule]]:
    """List the modules of a Members Area

     Lists the modules of the Members Area identified by `subdomain`: the main ones, or the
    extra (additional content) ones with `is_extra=true`. The response is a bare JSON array.
    Hotmart answers 422 without `subdomain`.

    Args:
        subdomain (str):
        is_extra (bool | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ClubModule]]
    """

    kwargs = _get_kwargs(
        subdomain=subdomain,
        is_extra=is_extra,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subdomain: str,
    is_extra: bool | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | list[ClubModule] | None:
    """List the modules of a Members Area

     Lists the modules of the Members Area identified by `subdomain`: the main ones, or the
    extra (additional content) ones with `is_extra=true`. The response is a bare JSON array.
    Hotmart answers 422 without `subdomain`.

    Args:
        subdomain (str):
        is_extra (bool | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ClubModule]
    """

    return (
        await asyncio_detailed(
            client=client,
            subdomain=subdomain,
            is_extra=is_extra,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> list[ClubModule]:
    """Parse the body of a 200 response into its model."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = ClubModule.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
