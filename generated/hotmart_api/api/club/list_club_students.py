from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.club_students_page import ClubStudentsPage
from ...models.error import Error
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    subdomain: str,
    email: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subdomain"] = subdomain

    params["email"] = email

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/club/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClubStudentsPage | Error | None:
    if response.status_code == 200:
        response_200 = ClubStudentsPage.from_dict(response.json())

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
) -> Response[ClubStudentsPage | Error]:
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
    email: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[ClubStudentsPage | Error]:
    """List the students of a Members Area

     Lists every user of the Members Area (buyers, imported and free students, and staff) with
    role, access dates, engagement and overall progress. Hotmart answers 422 without
    `subdomain`.

    Args:
        subdomain (str):
        email (str | Unset):
        max_results (int | Unset):
        page_token (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClubStudentsPage | Error]
    """

    kwargs = _get_kwargs(
        subdomain=subdomain,
        email=email,
        max_results=max_results,
        page_token=page_token,
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
    email: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> ClubStudentsPage | Error | None:
    """List the students of a Members Area

     Lists every user of the Members Area (buyers, imported and free students, and staff) with
    role, access dates, engagement and overall progress. Hotmart answers 422 without
    `subdomain`.

    Args:
        subdomain (str):
        email (str | Unset):
        max_results (int | Unset):
        page_token (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClubStudentsPage | Error
    """

    return sync_detailed(
        client=client,
        subdomain=subdomain,
        email=email,
        max_results=max_results,
        page_token=page_token,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subdomain: str,
    email: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[ClubStudentsPage | Error]:
    """List the students of a Members Area

     Lists every user of the Members Area (buyers, imported and free students, and staff) with
    role, access dates, engagement and overall progress. Hotmart answers 422 without
    `subdomain`.

    Args:
        subdomain (str):
        email (str | Unset):
        max_results (int | Unset):
        page_token (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClubStudentsPage | Error]
    """

    kwargs = _get_kwargs(
        subdomain=subdomain,
        email=email,
        max_results=max_results,
        page_token=page_token,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subdomain: str,
    email: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> ClubStudentsPage | Error | None:
    """List the students of a Members Area

     Lists every user of the Members Area (buyers, imported and free students, and staff) with
    role, access dates, engagement and overall progress. Hotmart answers 422 without
    `subdomain`.

    Args:
        subdomain (str):
        email (str | Unset):
        max_results (int | Unset):
        page_token (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClubStudentsPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            subdomain=subdomain,
            email=email,
            max_results=max_results,
            page_token=page_token,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> ClubStudentsPage:
    """Parse the body of a 200 response into its model."""
    response_200 = ClubStudentsPage.from_dict(response.json())

    return response_200
