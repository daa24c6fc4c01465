from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product_plans_page import ProductPlansPage
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    ucode: str,
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    id: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["id"] = id

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/api/v1/products/{ucode}/plans".format(
            ucode=quote(str(ucode), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProductPlansPage | None:
    if response.status_code == 200:
        response_200 = ProductPlansPage.from_dict(response.json())

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
) -> Response[Error | ProductPlansPage]:
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
    id: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | ProductPlansPage]:
    """List the subscription plans of a product

     Lists the subscription plans of one product (identified by its `ucode`): code, name,
    description, price, periodicity, maximum installments, payment mode (in Portuguese, unlike
    the offers': `ASSINATURA`, `PAGAMENTO_UNICO`...), trial period (only when there is one),
    subscription recovery and plan switching. hotmart-python's bug notes report a 400
    `invalid_parameter` for products without plans instead of an empty page.

    Args:
        ucode (str):
        max_results (int | Unset):
        page_token (str | Unset):
        id (int | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductPlansPage]
    """

    kwargs = _get_kwargs(
        ucode=ucode,
        max_results=max_results,
        page_token=page_token,
        id=id,
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
    id: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | ProductPlansPage | None:
    """List the subscription plans of a product

     Lists the subscription plans of one product (identified by its `ucode`): code, name,
    description, price, periodicity, maximum installments, payment mode (in Portuguese, unlike
    the offers': `ASSINATURA`, `PAGAMENTO_UNICO`...), trial period (only when there is one),
    subscription recovery and plan switching. hotmart-python's bug notes report a 400
    `invalid_parameter` for products without plans instead of an empty page.

    Args:
        ucode (str):
        max_results (int | Unset):
        page_token (str | Unset):
        id (int | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProductPlansPage
    """

    return sync_detailed(
        ucode=ucode,
        client=client,
        max_results=max_results,
        page_token=page_token,
        id=id,
        select=select,
    ).parsed


async def asyncio_detailed(
    ucode: str,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    id: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | ProductPlansPage]:
    """List the subscription plans of a product

     Lists the subscription plans of one product (identified by its `ucode`): code, name,
    description, price, periodicity, maximum installments, payment mode (in Portuguese, unlike
    the offers': `ASSINATURA`, `PAGAMENTO_UNICO`...), trial period (only when there is one),
    subscription recovery and plan switching. hotmart-python's bug notes report a 400
    `invalid_parameter` for products without plans instead of an empty page.

    Args:
        ucode (str):
        max_results (int | Unset):
        page_token (str | Unset):
        id (int | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductPlansPage]
    """

    kwargs = _get_kwargs(
        ucode=ucode,
        max_results=max_results,
        page_token=page_token,
        id=id,
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
    id: int | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | ProductPlansPage | None:
    """List the subscription plans of a product

     Lists the subscription plans of one product (identified by its `ucode`): code, name,
    description, price, periodicity, maximum installments, payment mode (in Portuguese, unlike
    the offers': `ASSINATURA`, `PAGAMENTO_UNICO`...), trial period (only when there is one),
    subscription recovery and plan switching. hotmart-python's bug notes report a 400
    `invalid_parameter` for products without plans instead of an empty page.

    Args:
        ucode (str):
        max_results (int | Unset):
        page_token (str | Unset):
        id (int | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProductPlansPage
    """

    return (
        await asyncio_detailed(
            ucode=ucode,
            client=client,
            max_results=max_results,
            page_token=page_token,
            id=id,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> ProductPlansPage:
    """Parse the body of a 200 response into its model."""
    response_200 = ProductPlansPage.from_dict(response.json())

    return response_200
