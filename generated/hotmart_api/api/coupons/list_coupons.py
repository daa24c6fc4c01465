from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupons_page import CouponsPage
from ...models.error import Error
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    product_id: int,
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["code"] = code

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/api/v1/coupon/product/{product_id}".format(
            product_id=quote(str(product_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CouponsPage | Error | None:
    if response.status_code == 200:
        response_200 = CouponsPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CouponsPage | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[CouponsPage | Error]:
    """List the coupons of a product

     Lists the discount coupons of a product (code, discount, start date, status, time zone),
    optionally only the one with a given code. hotmart-python's bug notes report a 200 with an
    empty body (no JSON at all) when the product has no coupons; treat that as an empty page.

    Args:
        product_id (int):
        max_results (int | Unset):
        page_token (str | Unset):
        code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponsPage | Error]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        max_results=max_results,
        page_token=page_token,
        code=code,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> CouponsPage | Error | None:
    """List the coupons of a product

     Lists the discount coupons of a product (code, discount, start date, status, time zone),
    optionally only the one with a given code. hotmart-python's bug notes report a 200 with an
    empty body (no JSON at all) when the product has no coupons; treat that as an empty page.

    Args:
        product_id (int):
        max_results (int | Unset):
        page_token (str | Unset):
        code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponsPage | Error
    """

    return sync_detailed(
        product_id=product_id,
        client=client,
        max_results=max_results,
        page_token=page_token,
        code=code,
        select=select,
    ).parsed


async def asyncio_detailed(
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[CouponsPage | Error]:
    """List the coupons of a product

     Lists the discount coupons of a product (code, discount, start date, status, time zone),
    optionally only the one with a given code. hotmart-python's bug notes report a 200 with an
    empty body (no JSON at all) when the product has no coupons; treat that as an empty page.

    Args:
        product_id (int):
        max_results (int | Unset):
        page_token (str | Unset):
        code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponsPage | Error]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        max_results=max_results,
        page_token=page_token,
        code=code,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> CouponsPage | Error | None:
    """List the coupons of a product

     Lists the discount coupons of a product (code, discount, start date, status, time zone),
    optionally only the one with a given code. hotmart-python's bug notes report a 200 with an
    empty body (no JSON at all) when the product has no coupons; treat that as an empty page.

    Args:
        product_id (int):
        max_results (int | Unset):
        page_token (str | Unset):
        code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponsPage | Error
    """

    return (
        await asyncio_detailed(
            product_id=product_id,
            client=client,
            max_results=max_results,
            page_token=page_token,
            code=code,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> CouponsPage:
    """Parse the body of a 200 response into its model."""
    response_200 = CouponsPage.from_dict(response.json())

    return response_200
