from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checkin_status import CheckinStatus, CheckinStatusValue
from ...models.error import Error
from ...models.event_participants_page import EventParticipantsPage
from ...models.ticket_status import TicketStatus, TicketStatusValue
from ...models.ticket_type import TicketType, TicketTypeValue
from ...types import UNSET, Response, Unset, status_of, to_enum


def _get_kwargs(
    event_id: int,
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    last_update: int | Unset = UNSET,
    id_lot: int | Unset = UNSET,
    ticket_status: TicketStatus | TicketStatusValue | Unset = UNSET,
    ticket_type: TicketType | TicketTypeValue | Unset = UNSET,
    checkin_status: CheckinStatus | CheckinStatusValue | Unset = UNSET,
    id_eticket: int | Unset = UNSET,
    ticket_qr_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["buyer_email"] = buyer_email

    params["participant_email"] = participant_email

    params["last_update"] = last_update

    params["id_lot"] = id_lot

    json_ticket_status: str | Unset = UNSET
    if not isinstance(ticket_status, Unset):
        json_ticket_status = to_enum(TicketStatus, ticket_status, "ticket_status").value

    params["ticket_status"] = json_ticket_status

    json_ticket_type: str | Unset = UNSET
    if not isinstance(ticket_type, Unset):
        json_ticket_type = to_enum(TicketType, ticket_type, "ticket_type").value

    params["ticket_type"] = json_ticket_type

    json_checkin_status: str | Unset = UNSET
    if not isinstance(checkin_status, Unset):
        json_checkin_status = to_enum(CheckinStatus, checkin_status, "checkin_status").value

    params["checkin_status"] = json_checkin_status

    params["id_eticket"] = id_eticket

    params["ticket_qr_code"] = ticket_qr_code

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/api/v1/{event_id}/participants".format(
            event_id=quote(str(event_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | EventParticipantsPage | None:
    if response.status_code == 200:
        response_200 = EventParticipantsPage.from_dict(response.json())

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
) -> Response[Error | EventParticipantsPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    last_update: int | Unset = UNSET,
    id_lot: int | Unset = UNSET,
    ticket_status: TicketStatus | TicketStatusValue | Unset = UNSET,
    ticket_type: TicketType | TicketTypeValue | Unset = UNSET,
    checkin_status: CheckinStatus | CheckinStatusValue | Unset = UNSET,
    id_eticket: int | Unset = UNSET,
    ticket_qr_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | EventParticipantsPage]:
    """List the tickets and participants of an event

     Lists the tickets of an event with their buyer, participant (who uses the ticket), ticket
    and lot. Only tickets with a confirmed payment and free invitations are listed. Hotmart's
    documentation menu: Event Tickets > List of tickets and participants.

    Args:
        event_id (int):
        max_results (int | Unset):
        page_token (str | Unset):
        buyer_email (str | Unset):
        participant_email (str | Unset):
        last_update (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        id_lot (int | Unset):
        ticket_status (TicketStatus | Unset): Status of an event ticket.
        ticket_type (TicketType | Unset): Paid or free ticket; `ALL` is only meaningful as a
            filter.
        checkin_status (CheckinStatus | Unset): State of a participant's registration data; `ALL`
            is only meaningful as a filter.
        id_eticket (int | Unset):
        ticket_qr_code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventParticipantsPage]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        max_results=max_results,
        page_token=page_token,
        buyer_email=buyer_email,
        participant_email=participant_email,
        last_update=last_update,
        id_lot=id_lot,
        ticket_status=ticket_status,
        ticket_type=ticket_type,
        checkin_status=checkin_status,
        id_eticket=id_eticket,
        ticket_qr_code=ticket_qr_code,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    last_update: int | Unset = UNSET,
    id_lot: int | Unset = UNSET,
    ticket_status: TicketStatus | TicketStatusValue | Unset = UNSET,
    ticket_type: TicketType | TicketTypeValue | Unset = UNSET,
    checkin_status: CheckinStatus | CheckinStatusValue | Unset = UNSET,
    id_eticket: int | Unset = UNSET,
    ticket_qr_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | EventParticipantsPage | None:
    """List the tickets and participants of an event

     Lists the tickets of an event with their buyer, participant (who uses the ticket), ticket
    and lot. Only tickets with a confirmed payment and free invitations are listed. Hotmart's
    documentation menu: Event Tickets > List of tickets and participants.

    Args:
        event_id (int):
        max_results (int | Unset):
        page_token (str | Unset):
        buyer_email (str | Unset):
        participant_email (str | Unset):
        last_update (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        id_lot (int | Unset):
        ticket_status (TicketStatus | Unset): Status of an event ticket.
        ticket_type (TicketType | Unset): Paid or free ticket; `ALL` is only meaningful as a
            filter.
        checkin_status (CheckinStatus | Unset): State of a participant's registration data; `ALL`
            is only meaningful as a filter.
        id_eticket (int | Unset):
        ticket_qr_code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventParticipantsPage
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
        max_results=max_results,
        page_token=page_token,
        buyer_email=buyer_email,
        participant_email=participant_email,
        last_update=last_update,
        id_lot=id_lot,
        ticket_status=ticket_status,
        ticket_type=ticket_type,
        checkin_status=checkin_status,
        id_eticket=id_eticket,
        ticket_qr_code=ticket_qr_code,
        select=select,
    ).parsed


async def asyncio_detailed(
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    last_update: int | Unset = UNSET,
    id_lot: int | Unset = UNSET,
    ticket_status: TicketStatus | TicketStatusValue | Unset = UNSET,
    ticket_type: TicketType | TicketTypeValue | Unset = UNSET,
    checkin_status: CheckinStatus | CheckinStatusValue | Unset = UNSET,
    id_eticket: int | Unset = UNSET,
    ticket_qr_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | EventParticipantsPage]:
    """List the tickets and participants of an event

     Lists the tickets of an event with their buyer, participant (who uses the ticket), ticket
    and lot. Only tickets with a confirmed payment and free invitations are listed. Hotmart's
    documentation menu: Event Tickets > List of tickets and participants.

    Args:
        event_id (int):
        max_results (int | Unset):
        page_token (str | Unset):
        buyer_email (str | Unset):
        participant_email (str | Unset):
        last_update (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        id_lot (int | Unset):
        ticket_status (TicketStatus | Unset): Status of an event ticket.
        ticket_type (TicketType | Unset): Paid or free ticket; `ALL` is only meaningful as a
            filter.
        checkin_status (CheckinStatus | Unset): State of a participant's registration data; `ALL`
            is only meaningful as a filter.
        id_eticket (int | Unset):
        ticket_qr_code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventParticipantsPage]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        max_results=max_results,
        page_token=page_token,
        buyer_email=buyer_email,
        participant_email=participant_email,
        last_update=last_update,
        id_lot=id_lot,
        ticket_status=ticket_status,
        ticket_type=ticket_type,
        checkin_status=checkin_status,
        id_eticket=id_eticket,
        ticket_qr_code=ticket_qr_code,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: int,
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    buyer_email: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    last_update: int | Unset = UNSET,
    id_lot: int | Unset = UNSET,
    ticket_status: TicketStatus | TicketStatusValue | Unset = UNSET,
    ticket_type: TicketType | TicketTypeValue | Unset = UNSET,
    checkin_status: CheckinStatus | CheckinStatusValue | Unset = UNSET,
    id_eticket: int | Unset = UNSET,
    ticket_qr_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | EventParticipantsPage | None:
    """List the tickets and participants of an event

     Lists the tickets of an event with their buyer, participant (who uses the ticket), ticket
    and lot. Only tickets with a confirmed payment and free invitations are listed. Hotmart's
    documentation menu: Event Tickets > List of tickets and participants.

    Args:
        event_id (int):
        max_results (int | Unset):
        page_token (str | Unset):
        buyer_email (str | Unset):
        participant_email (str | Unset):
        last_update (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        id_lot (int | Unset):
        ticket_status (TicketStatus | Unset): Status of an event ticket.
        ticket_type (TicketType | Unset): Paid or free ticket; `ALL` is only meaningful as a
            filter.
        checkin_status (CheckinStatus | Unset): State of a participant's registration data; `ALL`
            is only meaningful as a filter.
        id_eticket (int | Unset):
        ticket_qr_code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventParticipantsPage
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            max_results=max_results,
            page_token=page_token,
            buyer_email=buyer_email,
            participant_email=participant_email,
            last_update=last_update,
            id_lot=id_lot,
            ticket_status=ticket_status,
            ticket_type=ticket_type,
            checkin_status=checkin_status,
            id_eticket=id_eticket,
            ticket_qr_code=ticket_qr_code,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> EventParticipantsPage:
    """Parse the body of a 200 response into its model."""
    response_200 = EventParticipantsPage.from_dict(response.json())

    return response_200
