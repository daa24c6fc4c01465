"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562 `__getattr__`), so a call that needs a few models
does not import all of them: an endpoint's first call used to pay for every model's import while
the other threads that needed that endpoint waited on it.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .billing_type import BillingType
    from .buyer import Buyer
    from .cancel_subscription_request import CancelSubscriptionRequest
    from .cancel_subscriptions_request import CancelSubscriptionsRequest
    from .cart_abandonment_event import CartAbandonmentEvent
    from .cart_abandonment_event_data import CartAbandonmentEventData
    from .cart_abandonment_event_name import CartAbandonmentEventName
    from .change_due_day_request import ChangeDueDayRequest
    from .checkin_status import CheckinStatus
    from .club_first_access_event import ClubFirstAccessEvent
    from .club_first_access_event_data import ClubFirstAccessEventData
    from .club_lesson import ClubLesson
    from .club_liberation_type import ClubLiberationType
    from .club_module import ClubModule
    from .club_module_completed_event import ClubModuleCompletedEvent
    from .club_module_completed_event_data import ClubModuleCompletedEventData
    from .club_page import ClubPage
    from .club_page_rate import ClubPageRate
    from .club_page_type import ClubPageType
    from .club_plus_access import ClubPlusAccess
    from .club_role import ClubRole
    from .club_student import ClubStudent
    from .club_student_progress import ClubStudentProgress
    from .club_student_progress_summary import ClubStudentProgressSummary
    from .club_student_status import ClubStudentStatus
    from .club_student_type import ClubStudentType
    from .club_students_page import ClubStudentsPage
    from .commission_amount import CommissionAmount
    from .commission_role import CommissionRole
    from .commission_source import CommissionSource
    from .commission_user import CommissionUser
    from .coupon import Coupon
    from .coupon_time_zone import CouponTimeZone
    from .coupons_page import CouponsPage
    from .create_coupon_request import CreateCouponRequest
    from .e_ticket import ETicket
    from .error import Error
    from .event_attendee import EventAttendee
    from .event_info import EventInfo
    from .event_lot import EventLot
    from .event_participant import EventParticipant
    from .event_participants_page import EventParticipantsPage
    from .grant_type import GrantType
    from .hotmart_fee import HotmartFee
    from .last_recurrency import LastRecurrency
    from .money import Money
    from .negotiate_installments_request import NegotiateInstallmentsRequest
    from .negotiation_discount import NegotiationDiscount
    from .negotiation_discount_type import NegotiationDiscountType
    from .negotiation_payment import NegotiationPayment
    from .negotiation_payment_type import NegotiationPaymentType
    from .negotiation_result import NegotiationResult
    from .page_info import PageInfo
    from .payment_type import PaymentType
    from .plan_periodicity import PlanPeriodicity
    from .price_coupon import PriceCoupon
    from .producer import Producer
    from .product import Product
    from .product_format import ProductFormat
    from .product_offer import ProductOffer
    from .product_offers_page import ProductOffersPage
    from .product_plan import ProductPlan
    from .product_plans_page import ProductPlansPage
    from .product_ref import ProductRef
    from .product_status import ProductStatus
    from .products_page import ProductsPage
    from .purchase import Purchase
    from .purchase_event import PurchaseEvent
    from .purchase_event_data import PurchaseEventData
    from .purchase_event_name import PurchaseEventName
    from .purchase_offer import PurchaseOffer
    from .purchase_payment import PurchasePayment
    from .purchase_status import PurchaseStatus
    from .reactivate_subscription_request import ReactivateSubscriptionRequest
    from .reactivate_subscriptions_request import ReactivateSubscriptionsRequest
    from .recurrency_status import RecurrencyStatus
    from .sale_commission import SaleCommission
    from .sale_commissions_item import SaleCommissionsItem
    from .sale_history_item import SaleHistoryItem
    from .sale_participant import SaleParticipant
    from .sale_participant_role import SaleParticipantRole
    from .sale_participants_item import SaleParticipantsItem
    from .sale_price_details_item import SalePriceDetailsItem
    from .sale_user import SaleUser
    from .sale_user_address import SaleUserAddress
    from .sale_user_document import SaleUserDocument
    from .sales_commissions_page import SalesCommissionsPage
    from .sales_history_page import SalesHistoryPage
    from .sales_participants_page import SalesParticipantsPage
    from .sales_price_details_page import SalesPriceDetailsPage
    from .sales_summary_item import SalesSummaryItem
    from .sales_summary_page import SalesSummaryPage
    from .subscriber import Subscriber
    from .subscription import Subscription
    from .subscription_bulk_result import SubscriptionBulkResult
    from .subscription_cancellation_event import SubscriptionCancellationEvent
    from .subscription_cancellation_event_data import SubscriptionCancellationEventData
    from .subscription_charge_date_change_event import SubscriptionChargeDateChangeEvent
    from .subscription_charge_date_change_event_data import SubscriptionChargeDateChangeEventData
    from .subscription_charge_date_change_event_name import SubscriptionChargeDateChangeEventName
    from .subscription_plan import SubscriptionPlan
    from .subscription_product import SubscriptionProduct
    from .subscription_purchase import SubscriptionPurchase
    from .subscription_result import SubscriptionResult
    from .subscription_shopper import SubscriptionShopper
    from .subscription_status import SubscriptionStatus
    from .subscription_summary_item import SubscriptionSummaryItem
    from .subscription_summary_page import SubscriptionSummaryPage
    from .subscription_transaction import SubscriptionTransaction
    from .subscription_transactions_page import SubscriptionTransactionsPage
    from .subscriptions_page import SubscriptionsPage
    from .switch_plan_event import SwitchPlanEvent
    from .switch_plan_event_data import SwitchPlanEventData
    from .ticket_status import TicketStatus
    from .ticket_type import TicketType
    from .tracking import Tracking
    from .transaction_subscription_status import TransactionSubscriptionStatus
    from .unpaid_recurrency import UnpaidRecurrency
    from .webhook_affiliate import WebhookAffiliate
    from .webhook_buyer import WebhookBuyer
    from .webhook_buyer_address import WebhookBuyerAddress
    from .webhook_commission import WebhookCommission
    from .webhook_contact import WebhookContact
    from .webhook_event_name import WebhookEventName
    from .webhook_order_bump import WebhookOrderBump
    from .webhook_plan import WebhookPlan
    from .webhook_plan_frequency import WebhookPlanFrequency
    from .webhook_producer import WebhookProducer
    from .webhook_product import WebhookProduct
    from .webhook_purchase import WebhookPurchase
    from .webhook_purchase_payment import WebhookPurchasePayment
    from .webhook_subscription import WebhookSubscription
    from .webhook_variant import WebhookVariant
    from .webhook_variant_option import WebhookVariantOption

# Public name -> submodule that defines it.
_SUBMODULES = {
    "AccessToken": ".access_token",
    "BillingType": ".billing_type",
    "Buyer": ".buyer",
    "CancelSubscriptionRequest": ".cancel_subscription_request",
    "CancelSubscriptionsRequest": ".cancel_subscriptions_request",
    "CartAbandonmentEvent": ".cart_abandonment_event",
    "CartAbandonmentEventData": ".cart_abandonment_event_data",
    "CartAbandonmentEventName": ".cart_abandonment_event_name",
    "ChangeDueDayRequest": ".change_due_day_request",
    "CheckinStatus": ".checkin_status",
    "ClubFirstAccessEvent": ".club_first_access_event",
    "ClubFirstAccessEventData": ".club_first_access_event_data",
    "ClubLesson": ".club_lesson",
    "ClubLiberationType": ".club_liberation_type",
    "ClubModule": ".club_module",
    "ClubModuleCompletedEvent": ".club_module_completed_event",
    "ClubModuleCompletedEventData": ".club_module_completed_event_data",
    "ClubPage": ".club_page",
    "ClubPageRate": ".club_page_rate",
    "ClubPageType": ".club_page_type",
    "ClubPlusAccess": ".club_plus_access",
    "ClubRole": ".club_role",
    "ClubStudent": ".club_student",
    "ClubStudentProgress": ".club_student_progress",
    "ClubStudentProgressSummary": ".club_student_progress_summary",
    "ClubStudentStatus": ".club_student_status",
    "ClubStudentType": ".club_student_type",
    "ClubStudentsPage": ".club_students_page",
    "CommissionAmount": ".commission_amount",
    "CommissionRole": ".commission_role",
    "CommissionSource": ".commission_source",
    "CommissionUser": ".commission_user",
    "Coupon": ".coupon",
    "CouponTimeZone": ".coupon_time_zone",
    "CouponsPage": ".coupons_page",
    "CreateCouponRequest": ".create_coupon_request",
    "ETicket": ".e_ticket",
    "Error": ".error",
    "EventAttendee": ".event_attendee",
    "EventInfo": ".event_info",
    "EventLot": ".event_lot",
    "EventParticipant": ".event_participant",
    "EventParticipantsPage": ".event_participants_page",
    "GrantType": ".grant_type",
    "HotmartFee": ".hotmart_fee",
    "LastRecurrency": ".last_recurrency",
    "Money": ".money",
    "NegotiateInstallmentsRequest": ".negotiate_installments_request",
    "NegotiationDiscount": ".negotiation_discount",
    "NegotiationDiscountType": ".negotiation_discount_type",
    "NegotiationPayment": ".negotiation_payment",
    "NegotiationPaymentType": ".negotiation_payment_type",
    "NegotiationResult": ".negotiation_result",
    "PageInfo": ".page_info",
    "PaymentType": ".payment_type",
    "PlanPeriodicity": ".plan_periodicity",
    "PriceCoupon": ".price_coupon",
    "Producer": ".producer",
    "Product": ".product",
    "ProductFormat": ".product_format",
    "ProductOffer": ".product_offer",
    "ProductOffersPage": ".product_offers_page",
    "ProductPlan": ".product_plan",
    "ProductPlansPage": ".product_plans_page",
    "ProductRef": ".product_ref",
    "ProductStatus": ".product_status",
    "ProductsPage": ".products_page",
    "Purchase": ".purchase",
    "PurchaseEvent": ".purchase_event",
    "PurchaseEventData": ".purchase_event_data",
    "PurchaseEventName": ".purchase_event_name",
    "PurchaseOffer": ".purchase_offer",
    "PurchasePayment": ".purchase_payment",
    "PurchaseStatus": ".purchase_status",
    "ReactivateSubscriptionRequest": ".reactivate_subscription_request",
    "ReactivateSubscriptionsRequest": ".reactivate_subscriptions_request",
    "RecurrencyStatus": ".recurrency_status",
    "SaleCommission": ".sale_commission",
    "SaleCommissionsItem": ".sale_commissions_item",
    "SaleHistoryItem": ".sale_history_item",
    "SaleParticipant": ".sale_participant",
    "SaleParticipantRole": ".sale_participant_role",
    "SaleParticipantsItem": ".sale_participants_item",
    "SalePriceDetailsItem": ".sale_price_details_item",
    "SaleUser": ".sale_user",
    "SaleUserAddress": ".sale_user_address",
    "SaleUserDocument": ".sale_user_document",
    "SalesCommissionsPage": ".sales_commissions_page",
    "SalesHistoryPage": ".sales_history_page",
    "SalesParticipantsPage": ".sales_participants_page",
    "SalesPriceDetailsPage": ".sales_price_details_page",
    "SalesSummaryItem": ".sales_summary_item",
    "SalesSummaryPage": ".sales_summary_page",
    "Subscriber": ".subscriber",
    "Subscription": ".subscription",
    "SubscriptionBulkResult": ".subscription_bulk_result",
    "SubscriptionCancellationEvent": ".subscription_cancellation_event",
    "SubscriptionCancellationEventData": ".subscription_cancellation_event_data",
    "SubscriptionChargeDateChangeEvent": ".subscription_charge_date_change_event",
    "SubscriptionChargeDateChangeEventData": ".subscription_charge_date_change_event_data",
    "SubscriptionChargeDateChangeEventName": ".subscription_charge_date_change_event_name",
    "SubscriptionPlan": ".subscription_plan",
    "SubscriptionProduct": ".subscription_product",
    "SubscriptionPurchase": ".subscription_purchase",
    "SubscriptionResult": ".subscription_result",
    "SubscriptionShopper": ".subscription_shopper",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionSummaryItem": ".subscription_summary_item",
    "SubscriptionSummaryPage": ".subscription_summary_page",
    "SubscriptionTransaction": ".subscription_transaction",
    "SubscriptionTransactionsPage": ".subscription_transactions_page",
    "SubscriptionsPage": ".subscriptions_page",
    "SwitchPlanEvent": ".switch_plan_event",
    "SwitchPlanEventData": ".switch_plan_event_data",
    "TicketStatus": ".ticket_status",
    "TicketType": ".ticket_type",
    "Tracking": ".tracking",
    "TransactionSubscriptionStatus": ".transaction_subscription_status",
    "UnpaidRecurrency": ".unpaid_recurrency",
    "WebhookAffiliate": ".webhook_affiliate",
    "WebhookBuyer": ".webhook_buyer",
    "WebhookBuyerAddress": ".webhook_buyer_address",
    "WebhookCommission": ".webhook_commission",
    "WebhookContact": ".webhook_contact",
    "WebhookEventName": ".webhook_event_name",
    "WebhookOrderBump": ".webhook_order_bump",
    "WebhookPlan": ".webhook_plan",
    "WebhookPlanFrequency": ".webhook_plan_frequency",
    "WebhookProducer": ".webhook_producer",
    "WebhookProduct": ".webhook_product",
    "WebhookPurchase": ".webhook_purchase",
    "WebhookPurchasePayment": ".webhook_purchase_payment",
    "WebhookSubscription": ".webhook_subscription",
    "WebhookVariant": ".webhook_variant",
    "WebhookVariantOption": ".webhook_variant_option",
}


def __getattr__(name: str) -> Any:
    submodule = _SUBMODULES.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(submodule, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_SUBMODULES})


__all__ = (
    "AccessToken",
    "BillingType",
    "Buyer",
    "CancelSubscriptionRequest",
    "CancelSubscriptionsRequest",
    "CartAbandonmentEvent",
    "CartAbandonmentEventData",
    "CartAbandonmentEventName",
    "ChangeDueDayRequest",
    "CheckinStatus",
    "ClubFirstAccessEvent",
    "ClubFirstAccessEventData",
    "ClubLesson",
    "ClubLiberationType",
    "ClubModule",
    "ClubModuleCompletedEvent",
    "ClubModuleCompletedEventData",
    "ClubPage",
    "ClubPageRate",
    "ClubPageType",
    "ClubPlusAccess",
    "ClubRole",
    "ClubStudent",
    "ClubStudentProgress",
    "ClubStudentProgressSummary",
    "ClubStudentsPage",
    "ClubStudentStatus",
    "ClubStudentType",
    "CommissionAmount",
    "CommissionRole",
    "CommissionSource",
    "CommissionUser",
    "Coupon",
    "CouponsPage",
    "CouponTimeZone",
    "CreateCouponRequest",
    "Error",
    "ETicket",
    "EventAttendee",
    "EventInfo",
    "EventLot",
    "EventParticipant",
    "EventParticipantsPage",
    "GrantType",
    "HotmartFee",
    "LastRecurrency",
    "Money",
    "NegotiateInstallmentsRequest",
    "NegotiationDiscount",
    "NegotiationDiscountType",
    "NegotiationPayment",
    "NegotiationPaymentType",
    "NegotiationResult",
    "PageInfo",
    "PaymentType",
    "PlanPeriodicity",
    "PriceCoupon",
    "Producer",
    "Product",
    "ProductFormat",
    "ProductOffer",
    "ProductOffersPage",
    "ProductPlan",
    "ProductPlansPage",
    "ProductRef",
    "ProductsPage",
    "ProductStatus",
    "Purchase",
    "PurchaseEvent",
    "PurchaseEventData",
    "PurchaseEventName",
    "PurchaseOffer",
    "PurchasePayment",
    "PurchaseStatus",
    "ReactivateSubscriptionRequest",
    "ReactivateSubscriptionsRequest",
    "RecurrencyStatus",
    "SaleCommission",
    "SaleCommissionsItem",
    "SaleHistoryItem",
    "SaleParticipant",
    "SaleParticipantRole",
    "SaleParticipantsItem",
    "SalePriceDetailsItem",
    "SalesCommissionsPage",
    "SalesHistoryPage",
    "SalesParticipantsPage",
    "SalesPriceDetailsPage",
    "SalesSummaryItem",
    "SalesSummaryPage",
    "SaleUser",
    "SaleUserAddress",
    "SaleUserDocument",
    "Subscriber",
    "Subscription",
    "SubscriptionBulkResult",
    "SubscriptionCancellationEvent",
    "SubscriptionCancellationEventData",
    "SubscriptionChargeDateChangeEvent",
    "SubscriptionChargeDateChangeEventData",
    "SubscriptionChargeDateChangeEventName",
    "SubscriptionPlan",
    "SubscriptionProduct",
    "SubscriptionPurchase",
    "SubscriptionResult",
    "SubscriptionShopper",
    "SubscriptionsPage",
    "SubscriptionStatus",
    "SubscriptionSummaryItem",
    "SubscriptionSummaryPage",
    "SubscriptionTransaction",
    "SubscriptionTransactionsPage",
    "SwitchPlanEvent",
    "SwitchPlanEventData",
    "TicketStatus",
    "TicketType",
    "Tracking",
    "TransactionSubscriptionStatus",
    "UnpaidRecurrency",
    "WebhookAffiliate",
    "WebhookBuyer",
    "WebhookBuyerAddress",
    "WebhookCommission",
    "WebhookContact",
    "WebhookEventName",
    "WebhookOrderBump",
    "WebhookPlan",
    "WebhookPlanFrequency",
    "WebhookProducer",
    "WebhookProduct",
    "WebhookPurchase",
    "WebhookPurchasePayment",
    "WebhookSubscription",
    "WebhookVariant",
    "WebhookVariantOption",
)
