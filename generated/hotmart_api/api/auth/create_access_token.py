from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.error import Error
from ...models.grant_type import GrantType, GrantTypeValue
from ...types import UNSET, Response, status_of, to_enum


def _get_kwargs(
    *,
    grant_type: GrantType | GrantTypeValue,
    client_id: str,
    client_secret: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_grant_type = to_enum(GrantType, grant_type, "grant_type").value
    params["grant_type"] = json_grant_type

    params["client_id"] = client_id

    params["client_secret"] = client_secret

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/security/oauth/token",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccessToken | Error | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccessToken | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    grant_type: GrantType | GrantTypeValue,
    client_id: str,
    client_secret: str,
) -> Response[AccessToken | Error]:
    """Exchange client credentials for an access token

     Returns a bearer token for the client-credentials grant. Hotmart expects the parameters in
    the query string (not a form body) and the `Authorization: Basic base64(client_id:client_secret)`
    header shown ready-made in the Hotmart dashboard. The token is opaque; treat it as a secret.

    Args:
        grant_type (GrantType): OAuth 2.0 grant type of the token request; Hotmart only supports
            client credentials.
        client_id (str):
        client_secret (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error]
    """

    kwargs = _get_kwargs(
        grant_type=grant_type,
        client_id=client_id,
        client_secret=client_secret,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    grant_type: GrantType | GrantTypeValue,
    client_id: str,
    client_secret: str,
) -> AccessToken | Error | None:
    """Exchange client credentials for an access token

     Returns a bearer token for the client-credentials grant. Hotmart expects the parameters in
    the query string (not a form body) and the `Authorization: Basic base64(client_id:client_secret)`
    header shown ready-made in the Hotmart dashboard. The token is opaque; treat it as a secret.

    Args:
        grant_type (GrantType): OAuth 2.0 grant type of the token request; Hotmart only supports
            client credentials.
        client_id (str):
        client_secret (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error
    """

    return sync_detailed(
        client=client,
        grant_type=grant_type,
        client_id=client_id,
        client_secret=client_secret,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    grant_type: GrantType | GrantTypeValue,
    client_id: str,
    client_secret: str,
) -> Response[AccessToken | Error]:
    """Exchange client credentials for an access token

     Returns a bearer token for the client-credentials grant. Hotmart expects the parameters in
    the query string (not a form body) and the `Authorization: Basic base64(client_id:client_secret)`
    header shown ready-made in the Hotmart dashboard. The token is opaque; treat it as a secret.

    Args:
        grant_type (GrantType): OAuth 2.0 grant type of the token request; Hotmart only supports
            client credentials.
        client_id (str):
        client_secret (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Error]
    """

    kwargs = _get_kwargs(
        grant_type=grant_type,
        client_id=client_id,
        client_secret=client_secret,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    grant_type: GrantType | GrantTypeValue,
    client_id: str,
    client_secret: str,
) -> AccessToken | Error | None:
    """Exchange client credentials for an access token

     Returns a bearer token for the client-credentials grant. Hotmart expects the parameters in
    the query string (not a form body) and the `Authorization: Basic base64(client_id:client_secret)`
    header shown ready-made in the Hotmart dashboard. The token is opaque; treat it as a secret.

    Args:
        grant_type (GrantType): OAuth 2.0 grant type of the token request; Hotmart only supports
            client credentials.
        client_id (str):
        client_secret (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> AccessToken:
    """Parse the body of a 200 response into its model."""
    response_200 = AccessToken.from_dict(response.json())

    return response_200
