from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product_format import ProductFormat, ProductFormatValue
from ...models.product_status import ProductStatus, ProductStatusValue
from ...models.products_page import ProductsPage
from ...types import UNSET, Response, Unset, status_of, to_enum


def _get_kwargs(
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    id: int | Unset = UNSET,
    status: ProductStatus | ProductStatusValue | Unset = UNSET,
    format_: ProductFormat | ProductFormatValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["id"] = id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = to_enum(ProductStatus, status, "status").value

    params["status"] = json_status

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = to_enum(ProductFormat, format_, "format_").value

    params["format"] = json_format_

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/api/v1/products",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ProductsPage | None:
    if response.status_code == 200:
        response_200 = ProductsPage.from_dict(response.json())

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
) -> Response[Error | ProductsPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    id: int | Unset = UNSET,
    status: ProductStatus | ProductStatusValue | Unset = UNSET,
    format_: ProductFormat | ProductFormatValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | ProductsPage]:
    """List products

     Lists the products of the account with status, format and warranty period. Hotmart's
    reference gives a default page size of 50 for this endpoint.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        id (int | Unset):
        status (ProductStatus | Unset): Status of a product.
        format_ (ProductFormat | Unset): Format of a product.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductsPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        id=id,
        status=status,
        format_=format_,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    id: int | Unset = UNSET,
    status: ProductStatus | ProductStatusValue | Unset = UNSET,
    format_: ProductFormat | ProductFormatValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | ProductsPage | None:
    """List products

     Lists the products of the account with status, format and warranty period. Hotmart's
    reference gives a default page size of 50 for this endpoint.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        id (int | Unset):
        status (ProductStatus | Unset): Status of a product.
        format_ (ProductFormat | Unset): Format of a product.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProductsPage
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        page_token=page_token,
        id=id,
        status=status,
        format_=format_,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    id: int | Unset = UNSET,
    status: ProductStatus | ProductStatusValue | Unset = UNSET,
    format_: ProductFormat | ProductFormatValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | ProductsPage]:
    """List products

     Lists the products of the account with status, format and warranty period. Hotmart's
    reference gives a default page size of 50 for this endpoint.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        id (int | Unset):
        status (ProductStatus | Unset): Status of a product.
        format_ (ProductFormat | Unset): Format of a product.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductsPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        id=id,
        status=status,
        format_=format_,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    id: int | Unset = UNSET,
    status: ProductStatus | ProductStatusValue | Unset = UNSET,
    format_: ProductFormat | ProductFormatValue | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | ProductsPage | None:
    """List products

     Lists the products of the account with status, format and warranty period. Hotmart's
    reference gives a default page size of 50 for this endpoint.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        id (int | Unset):
        status (ProductStatus | Unset): Status of a product.
        format_ (ProductFormat | Unset): Format of a product.
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProductsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            page_token=page_token,
            id=id,
            status=status,
            format_=format_,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> ProductsPage:
    """Parse the body of a 200 response into its model."""
    response_200 = ProductsPage.from_dict(response.json())

    return response_200
