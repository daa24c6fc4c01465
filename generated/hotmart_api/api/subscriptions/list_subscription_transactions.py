from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_type import BillingType, BillingTypeValue
from ...models.error import Error
from ...models.payment_type import PaymentType, PaymentTypeValue
from ...models.recurrency_status import RecurrencyStatus, RecurrencyStatusValue
from ...models.subscription_status import SubscriptionStatus, SubscriptionStatusValue
from ...models.subscription_transactions_page import SubscriptionTransactionsPage
from ...models.transaction_purchase_status import TransactionPurchaseStatus, TransactionPurchaseStatusValue
from ...types import UNSET, Response, Unset, status_of, to_enum


def _get_kwargs(
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    subscriber_name: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    billing_type: BillingType | BillingTypeValue | Unset = UNSET,
    subscription_status: SubscriptionStatus | SubscriptionStatusValue | Unset = UNSET,
    recurrency_status: RecurrencyStatus | RecurrencyStatusValue | Unset = UNSET,
    purchase_status: TransactionPurchaseStatus | TransactionPurchaseStatusValue | Unset = UNSET,
    transaction_date: int | Unset = UNSET,
    end_transaction_date: int | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    purchase_payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params["product_id"] = product_id

    params["transaction"] = transaction

    params["subscriber_name"] = subscriber_name

    params["subscriber_email"] = subscriber_email

    json_billing_type: str | Unset = UNSET
    if not isinstance(billing_type, Unset):
        json_billing_type = to_enum(BillingType, billing_type, "billing_type").value

    params["billing_type"] = json_billing_type

    json_subscription_status: str | Unset = UNSET
    if not isinstance(subscription_status, Unset):
        json_subscription_status = to_enum(SubscriptionStatus, subscription_status, "subscription_status").value

    params["subscription_status"] = json_subscription_status

    json_recurrency_status: str | Unset = UNSET
    if not isinstance(recurrency_status, Unset):
        json_recurrency_status = to_enum(RecurrencyStatus, recurrency_status, "recurrency_status").value

    params["recurrency_status"] = json_recurrency_status

    json_purchase_status: str | Unset = UNSET
    if not isinstance(purchase_status, Unset):
        json_purchase_status = to_enum(TransactionPurchaseStatus, purchase_status, "purchase_status").value

    params["purchase_status"] = json_purchase_status

    params["transaction_date"] = transaction_date

    params["end_transaction_date"] = end_transaction_date

    params["offer_code"] = offer_code

    json_purchase_payment_type: str | Unset = UNSET
    if not isinstance(purchase_payment_type, Unset):
        json_purchase_payment_type = to_enum(PaymentType, purchase_payment_type, "purchase_payment_type").value

    params["purchase_payment_type"] = json_purchase_payment_type

    params["subscriber_code"] = subscriber_code

    params["select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/api/v1/subscriptions/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionTransactionsPage | None:
    if response.status_code == 200:
        response_200 = SubscriptionTransactionsPage.from_dict(response.json())

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
) -> Response[Error | SubscriptionTransactionsPage]:
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
    product_id: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    subscriber_name: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    billing_type: BillingType | BillingTypeValue | Unset = UNSET,
    subscription_status: SubscriptionStatus | SubscriptionStatusValue | Unset = UNSET,
    recurrency_status: RecurrencyStatus | RecurrencyStatusValue | Unset = UNSET,
    purchase_status: TransactionPurchaseStatus | TransactionPurchaseStatusValue | Unset = UNSET,
    transaction_date: int | Unset = UNSET,
    end_transaction_date: int | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    purchase_payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SubscriptionTransactionsPage]:
    """List subscription transactions

     Lists the charge transactions of subscriptions, smart installments and smart recovery
    (one item per recurrence and purchase): recurrence, history, payment details and commission.
    Filters by subscriber, billing type, subscription and recurrence status, purchase status
    and payment type. Without `transaction_date` Hotmart returns the last 30 days (unless
    `transaction` is given); the data can lag up to 24 hours (use `listSubscriptions` for real
    time). One subscriber's transactions: the `subscriber_code` filter.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        transaction (str | Unset):
        subscriber_name (str | Unset):
        subscriber_email (str | Unset):
        billing_type (BillingType | Unset): How a subscription code is billed; exactly one per
            subscription.
        subscription_status (SubscriptionStatus | Unset): Status of a subscription.
            `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
            the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
        recurrency_status (RecurrencyStatus | Unset): Payment status of one subscription
            recurrence.
        purchase_status (TransactionPurchaseStatus | Unset): Status of a purchase as the
            subscription transactions page lists it: `DELAYED` (from the
            second recurrence, payment not confirmed or failed) is its own, and it spells
            `UNDER_ANALYSIS` where the sales endpoints spell `UNDER_ANALISYS`.
        transaction_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_transaction_date (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        offer_code (str | Unset):
        purchase_payment_type (PaymentType | Unset): How a purchase was paid.
        subscriber_code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionTransactionsPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        transaction=transaction,
        subscriber_name=subscriber_name,
        subscriber_email=subscriber_email,
        billing_type=billing_type,
        subscription_status=subscription_status,
        recurrency_status=recurrency_status,
        purchase_status=purchase_status,
        transaction_date=transaction_date,
        end_transaction_date=end_transaction_date,
        offer_code=offer_code,
        purchase_payment_type=purchase_payment_type,
        subscriber_code=subscriber_code,
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
    product_id: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    subscriber_name: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    billing_type: BillingType | BillingTypeValue | Unset = UNSET,
    subscription_status: SubscriptionStatus | SubscriptionStatusValue | Unset = UNSET,
    recurrency_status: RecurrencyStatus | RecurrencyStatusValue | Unset = UNSET,
    purchase_status: TransactionPurchaseStatus | TransactionPurchaseStatusValue | Unset = UNSET,
    transaction_date: int | Unset = UNSET,
    end_transaction_date: int | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    purchase_payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SubscriptionTransactionsPage | None:
    """List subscription transactions

     Lists the charge transactions of subscriptions, smart installments and smart recovery
    (one item per recurrence and purchase): recurrence, history, payment details and commission.
    Filters by subscriber, billing type, subscription and recurrence status, purchase status
    and payment type. Without `transaction_date` Hotmart returns the last 30 days (unless
    `transaction` is given); the data can lag up to 24 hours (use `listSubscriptions` for real
    time). One subscriber's transactions: the `subscriber_code` filter.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        transaction (str | Unset):
        subscriber_name (str | Unset):
        subscriber_email (str | Unset):
        billing_type (BillingType | Unset): How a subscription code is billed; exactly one per
            subscription.
        subscription_status (SubscriptionStatus | Unset): Status of a subscription.
            `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
            the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
        recurrency_status (RecurrencyStatus | Unset): Payment status of one subscription
            recurrence.
        purchase_status (TransactionPurchaseStatus | Unset): Status of a purchase as the
            subscription transactions page lists it: `DELAYED` (from the
            second recurrence, payment not confirmed or failed) is its own, and it spells
            `UNDER_ANALYSIS` where the sales endpoints spell `UNDER_ANALISYS`.
        transaction_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_transaction_date (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        offer_code (str | Unset):
        purchase_payment_type (PaymentType | Unset): How a purchase was paid.
        subscriber_code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionTransactionsPage
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        transaction=transaction,
        subscriber_name=subscriber_name,
        subscriber_email=subscriber_email,
        billing_type=billing_type,
        subscription_status=subscription_status,
        recurrency_status=recurrency_status,
        purchase_status=purchase_status,
        transaction_date=transaction_date,
        end_transaction_date=end_transaction_date,
        offer_code=offer_code,
        purchase_payment_type=purchase_payment_type,
        subscriber_code=subscriber_code,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    subscriber_name: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    billing_type: BillingType | BillingTypeValue | Unset = UNSET,
    subscription_status: SubscriptionStatus | SubscriptionStatusValue | Unset = UNSET,
    recurrency_status: RecurrencyStatus | RecurrencyStatusValue | Unset = UNSET,
    purchase_status: TransactionPurchaseStatus | TransactionPurchaseStatusValue | Unset = UNSET,
    transaction_date: int | Unset = UNSET,
    end_transaction_date: int | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    purchase_payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Response[Error | SubscriptionTransactionsPage]:
    """List subscription transactions

     Lists the charge transactions of subscriptions, smart installments and smart recovery
    (one item per recurrence and purchase): recurrence, history, payment details and commission.
    Filters by subscriber, billing type, subscription and recurrence status, purchase status
    and payment type. Without `transaction_date` Hotmart returns the last 30 days (unless
    `transaction` is given); the data can lag up to 24 hours (use `listSubscriptions` for real
    time). One subscriber's transactions: the `subscriber_code` filter.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        transaction (str | Unset):
        subscriber_name (str | Unset):
        subscriber_email (str | Unset):
        billing_type (BillingType | Unset): How a subscription code is billed; exactly one per
            subscription.
        subscription_status (SubscriptionStatus | Unset): Status of a subscription.
            `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
            the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
        recurrency_status (RecurrencyStatus | Unset): Payment status of one subscription
            recurrence.
        purchase_status (TransactionPurchaseStatus | Unset): Status of a purchase as the
            subscription transactions page lists it: `DELAYED` (from the
            second recurrence, payment not confirmed or failed) is its own, and it spells
            `UNDER_ANALYSIS` where the sales endpoints spell `UNDER_ANALISYS`.
        transaction_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_transaction_date (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        offer_code (str | Unset):
        purchase_payment_type (PaymentType | Unset): How a purchase was paid.
        subscriber_code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionTransactionsPage]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
        product_id=product_id,
        transaction=transaction,
        subscriber_name=subscriber_name,
        subscriber_email=subscriber_email,
        billing_type=billing_type,
        subscription_status=subscription_status,
        recurrency_status=recurrency_status,
        purchase_status=purchase_status,
        transaction_date=transaction_date,
        end_transaction_date=end_transaction_date,
        offer_code=offer_code,
        purchase_payment_type=purchase_payment_type,
        subscriber_code=subscriber_code,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    product_id: int | Unset = UNSET,
    transaction: str | Unset = UNSET,
    subscriber_name: str | Unset = UNSET,
    subscriber_email: str | Unset = UNSET,
    billing_type: BillingType | BillingTypeValue | Unset = UNSET,
    subscription_status: SubscriptionStatus | SubscriptionStatusValue | Unset = UNSET,
    recurrency_status: RecurrencyStatus | RecurrencyStatusValue | Unset = UNSET,
    purchase_status: TransactionPurchaseStatus | TransactionPurchaseStatusValue | Unset = UNSET,
    transaction_date: int | Unset = UNSET,
    end_transaction_date: int | Unset = UNSET,
    offer_code: str | Unset = UNSET,
    purchase_payment_type: PaymentType | PaymentTypeValue | Unset = UNSET,
    subscriber_code: str | Unset = UNSET,
    select: str | Unset = UNSET,
) -> Error | SubscriptionTransactionsPage | None:
    """List subscription transactions

     Lists the charge transactions of subscriptions, smart installments and smart recovery
    (one item per recurrence and purchase): recurrence, history, payment details and commission.
    Filters by subscriber, billing type, subscription and recurrence status, purchase status
    and payment type. Without `transaction_date` Hotmart returns the last 30 days (unless
    `transaction` is given); the data can lag up to 24 hours (use `listSubscriptions` for real
    time). One subscriber's transactions: the `subscriber_code` filter.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):
        product_id (int | Unset):
        transaction (str | Unset):
        subscriber_name (str | Unset):
        subscriber_email (str | Unset):
        billing_type (BillingType | Unset): How a subscription code is billed; exactly one per
            subscription.
        subscription_status (SubscriptionStatus | Unset): Status of a subscription.
            `CANCELLED_BY_BUYER` is not a valid value (Hotmart answers 400);
            the buyer's cancellation is `CANCELLED_BY_CUSTOMER`.
        recurrency_status (RecurrencyStatus | Unset): Payment status of one subscription
            recurrence.
        purchase_status (TransactionPurchaseStatus | Unset): Status of a purchase as the
            subscription transactions page lists it: `DELAYED` (from the
            second recurrence, payment not confirmed or failed) is its own, and it spells
            `UNDER_ANALYSIS` where the sales endpoints spell `UNDER_ANALISYS`.
        transaction_date (int | Unset): A point in time, sent as Unix epoch milliseconds (UTC).
        end_transaction_date (int | Unset): A point in time, sent as Unix epoch milliseconds
            (UTC).
        offer_code (str | Unset):
        purchase_payment_type (PaymentType | Unset): How a purchase was paid.
        subscriber_code (str | Unset):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionTransactionsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            page_token=page_token,
            product_id=product_id,
            transaction=transaction,
            subscriber_name=subscriber_name,
            subscriber_email=subscriber_email,
            billing_type=billing_type,
            subscription_status=subscription_status,
            recurrency_status=recurrency_status,
            purchase_status=purchase_status,
            transaction_date=transaction_date,
            end_transaction_date=end_transaction_date,
            offer_code=offer_code,
            purchase_payment_type=purchase_payment_type,
            subscriber_code=subscriber_code,
            select=select,
        )
    ).parsed


build_request_kwargs = _get_kwargs
"""Build the keyword arguments for `httpx.Client.request` without sending anything."""


def parse_success(response: httpx.Response) -> SubscriptionTransactionsPage:
    """Parse the body of a 200 response into its model."""
    response_200 = SubscriptionTransactionsPage.from_dict(response.json())

    return response_200
