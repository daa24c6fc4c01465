"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562 `__getattr__`), so a call that needs a few models
does not import all of them: an endpoint's first call used to pay for every model's import while
the other threads that needed that endpoint waited on it.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .billet_recovery_type import BilletRecoveryType
    from .billing_type import BillingType
    from .buyer import Buyer
    from .cancel_subscription_request import CancelSubscriptionRequest
    from .cancel_subscriptions_request import CancelSubscriptionsRequest
    from .cart_abandonment_event import CartAbandonmentEvent
    from .cart_abandonment_event_data import CartAbandonmentEventData
    from .change_due_day_request import ChangeDueDayRequest
    from .charge_interval_type import ChargeIntervalType
    from .checkin_status import CheckinStatus
    from .club_class import ClubClass
    from .club_dripping_config import ClubDrippingConfig
    from .club_engagement import ClubEngagement
    from .club_expiration_type import ClubExpirationType
    from .club_first_access_event import ClubFirstAccessEvent
    from .club_first_access_event_data import ClubFirstAccessEventData
    from .club_lesson import ClubLesson
    from .club_liberation_type import ClubLiberationType
    from .club_module import ClubModule
    from .club_module_completed_event import ClubModuleCompletedEvent
    from .club_module_completed_event_data import ClubModuleCompletedEventData
    from .club_page import ClubPage
    from .club_page_expiration import ClubPageExpiration
    from .club_page_liberation import ClubPageLiberation
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
    from .document_type import DocumentType
    from .e_ticket import ETicket
    from .error import Error
    from .event_attendee import EventAttendee
    from .event_info import EventInfo
    from .event_lot import EventLot
    from .event_participant import EventParticipant
    from .event_participants_page import EventParticipantsPage
    from .grant_type import GrantType
    from .hotmart_fee import HotmartFee
    from .installment_type import InstallmentType
    from .last_recurrency import LastRecurrency
    from .money import Money
    from .negotiate_installments_request import NegotiateInstallmentsRequest
    from .negotiation_discount import NegotiationDiscount
    from .negotiation_discount_type import NegotiationDiscountType
    from .negotiation_payment import NegotiationPayment
    from .negotiation_payment_type import NegotiationPaymentType
    from .negotiation_result import NegotiationResult
    from .offer_payment_mode import OfferPaymentMode
    from .order_fulfillment_event import OrderFulfillmentEvent
    from .order_fulfillment_event_data import OrderFulfillmentEventData
    from .page_info import PageInfo
    from .payment_type import PaymentType
    from .plan_payment_mode import PlanPaymentMode
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
    from .recurrency_transaction_type import RecurrencyTransactionType
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
    from .subscription_plan import SubscriptionPlan
    from .subscription_product import SubscriptionProduct
    from .subscription_purchase import SubscriptionPurchase
    from .subscription_result import SubscriptionResult
    from .subscription_shopper import SubscriptionShopper
    from .subscription_status import SubscriptionStatus
    from .subscription_summary_item import SubscriptionSummaryItem
    from .subscription_summary_page import SubscriptionSummaryPage
    from .subscription_transaction import SubscriptionTransaction
    from .subscription_transaction_commission import SubscriptionTransactionCommission
    from .subscription_transaction_installment import SubscriptionTransactionInstallment
    from .subscription_transaction_offer import SubscriptionTransactionOffer
    from .subscription_transaction_payment import SubscriptionTransactionPayment
    from .subscription_transaction_plan import SubscriptionTransactionPlan
    from .subscription_transaction_price import SubscriptionTransactionPrice
    from .subscription_transaction_producer import SubscriptionTransactionProducer
    from .subscription_transaction_purchase import SubscriptionTransactionPurchase
    from .subscription_transaction_recurrency import SubscriptionTransactionRecurrency
    from .subscription_transaction_subscriber import SubscriptionTransactionSubscriber
    from .subscription_transaction_trial import SubscriptionTransactionTrial
    from .subscription_transactions_page import SubscriptionTransactionsPage
    from .subscriptions_page import SubscriptionsPage
    from .switch_plan_event import SwitchPlanEvent
    from .switch_plan_event_data import SwitchPlanEventData
    from .ticket_status import TicketStatus
    from .ticket_type import TicketType
    from .tracking import Tracking
    from .transaction_purchase_status import TransactionPurchaseStatus
    from .unpaid_recurrency import UnpaidRecurrency
    from .webhook_affiliate import WebhookAffiliate
    from .webhook_business_model import WebhookBusinessModel
    from .webhook_buyer import WebhookBuyer
    from .webhook_buyer_address import WebhookBuyerAddress
    from .webhook_cancelled_subscription import WebhookCancelledSubscription
    from .webhook_charge_date_subscription import WebhookChargeDateSubscription
    from .webhook_checkout_country import WebhookCheckoutCountry
    from .webhook_club_module import WebhookClubModule
    from .webhook_club_product import WebhookClubProduct
    from .webhook_club_user import WebhookClubUser
    from .webhook_commission import WebhookCommission
    from .webhook_commission_source import WebhookCommissionSource
    from .webhook_content_product import WebhookContentProduct
    from .webhook_currency_conversion import WebhookCurrencyConversion
    from .webhook_event_name import WebhookEventName
    from .webhook_event_tickets import WebhookEventTickets
    from .webhook_fulfillment_address import WebhookFulfillmentAddress
    from .webhook_fulfillment_carrier import WebhookFulfillmentCarrier
    from .webhook_fulfillment_carrier_option import WebhookFulfillmentCarrierOption
    from .webhook_fulfillment_delivery import WebhookFulfillmentDelivery
    from .webhook_fulfillment_dimension import WebhookFulfillmentDimension
    from .webhook_fulfillment_line_item import WebhookFulfillmentLineItem
    from .webhook_fulfillment_offer import WebhookFulfillmentOffer
    from .webhook_fulfillment_person import WebhookFulfillmentPerson
    from .webhook_fulfillment_product import WebhookFulfillmentProduct
    from .webhook_fulfillment_purchase import WebhookFulfillmentPurchase
    from .webhook_fulfillment_seller import WebhookFulfillmentSeller
    from .webhook_fulfillment_service import WebhookFulfillmentService
    from .webhook_fulfillment_service_type import WebhookFulfillmentServiceType
    from .webhook_fulfillment_shipping import WebhookFulfillmentShipping
    from .webhook_fulfillment_variant import WebhookFulfillmentVariant
    from .webhook_invoice_by import WebhookInvoiceBy
    from .webhook_lead import WebhookLead
    from .webhook_money import WebhookMoney
    from .webhook_offer_key import WebhookOfferKey
    from .webhook_offer_ref import WebhookOfferRef
    from .webhook_order_bump import WebhookOrderBump
    from .webhook_origin import WebhookOrigin
    from .webhook_phone import WebhookPhone
    from .webhook_plan import WebhookPlan
    from .webhook_producer import WebhookProducer
    from .webhook_product import WebhookProduct
    from .webhook_product_content import WebhookProductContent
    from .webhook_product_ref import WebhookProductRef
    from .webhook_purchase import WebhookPurchase
    from .webhook_purchase_offer import WebhookPurchaseOffer
    from .webhook_purchase_payment import WebhookPurchasePayment
    from .webhook_purchase_status import WebhookPurchaseStatus
    from .webhook_purchase_subscription import WebhookPurchaseSubscription
    from .webhook_purchase_variants import WebhookPurchaseVariants
    from .webhook_shipping import WebhookShipping
    from .webhook_shipping_carrier import WebhookShippingCarrier
    from .webhook_shipping_fulfillment import WebhookShippingFulfillment
    from .webhook_shipping_type import WebhookShippingType
    from .webhook_subscriber import WebhookSubscriber
    from .webhook_subscriber_ref import WebhookSubscriberRef
    from .webhook_subscription_status import WebhookSubscriptionStatus
    from .webhook_switched_plan import WebhookSwitchedPlan
    from .webhook_switched_subscription import WebhookSwitchedSubscription
    from .webhook_user import WebhookUser
    from .webhook_variant_attribute import WebhookVariantAttribute

# Public name -> submodule that defines it.
_SUBMODULES = {
    "AccessToken": ".access_token",
    "BilletRecoveryType": ".billet_recovery_type",
    "BillingType": ".billing_type",
    "Buyer": ".buyer",
    "CancelSubscriptionRequest": ".cancel_subscription_request",
    "CancelSubscriptionsRequest": ".cancel_subscriptions_request",
    "CartAbandonmentEvent": ".cart_abandonment_event",
    "CartAbandonmentEventData": ".cart_abandonment_event_data",
    "ChangeDueDayRequest": ".change_due_day_request",
    "ChargeIntervalType": ".charge_interval_type",
    "CheckinStatus": ".checkin_status",
    "ClubClass": ".club_class",
    "ClubDrippingConfig": ".club_dripping_config",
    "ClubEngagement": ".club_engagement",
    "ClubExpirationType": ".club_expiration_type",
    "ClubFirstAccessEvent": ".club_first_access_event",
    "ClubFirstAccessEventData": ".club_first_access_event_data",
    "ClubLesson": ".club_lesson",
    "ClubLiberationType": ".club_liberation_type",
    "ClubModule": ".club_module",
    "ClubModuleCompletedEvent": ".club_module_completed_event",
    "ClubModuleCompletedEventData": ".club_module_completed_event_data",
    "ClubPage": ".club_page",
    "ClubPageExpiration": ".club_page_expiration",
    "ClubPageLiberation": ".club_page_liberation",
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
    "DocumentType": ".document_type",
    "ETicket": ".e_ticket",
    "Error": ".error",
    "EventAttendee": ".event_attendee",
    "EventInfo": ".event_info",
    "EventLot": ".event_lot",
    "EventParticipant": ".event_participant",
    "EventParticipantsPage": ".event_participants_page",
    "GrantType": ".grant_type",
    "HotmartFee": ".hotmart_fee",
    "InstallmentType": ".installment_type",
    "LastRecurrency": ".last_recurrency",
    "Money": ".money",
    "NegotiateInstallmentsRequest": ".negotiate_installments_request",
    "NegotiationDiscount": ".negotiation_discount",
    "NegotiationDiscountType": ".negotiation_discount_type",
    "NegotiationPayment": ".negotiation_payment",
    "NegotiationPaymentType": ".negotiation_payment_type",
    "NegotiationResult": ".negotiation_result",
    "OfferPaymentMode": ".offer_payment_mode",
    "OrderFulfillmentEvent": ".order_fulfillment_event",
    "OrderFulfillmentEventData": ".order_fulfillment_event_data",
    "PageInfo": ".page_info",
    "PaymentType": ".payment_type",
    "PlanPaymentMode": ".plan_payment_mode",
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
    "RecurrencyTransactionType": ".recurrency_transaction_type",
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
    "SubscriptionPlan": ".subscription_plan",
    "SubscriptionProduct": ".subscription_product",
    "SubscriptionPurchase": ".subscription_purchase",
    "SubscriptionResult": ".subscription_result",
    "SubscriptionShopper": ".subscription_shopper",
    "SubscriptionStatus": ".subscription_status",
    "SubscriptionSummaryItem": ".subscription_summary_item",
    "SubscriptionSummaryPage": ".subscription_summary_page",
    "SubscriptionTransaction": ".subscription_transaction",
    "SubscriptionTransactionCommission": ".subscription_transaction_commission",
    "SubscriptionTransactionInstallment": ".subscription_transaction_installment",
    "SubscriptionTransactionOffer": ".subscription_transaction_offer",
    "SubscriptionTransactionPayment": ".subscription_transaction_payment",
    "SubscriptionTransactionPlan": ".subscription_transaction_plan",
    "SubscriptionTransactionPrice": ".subscription_transaction_price",
    "SubscriptionTransactionProducer": ".subscription_transaction_producer",
    "SubscriptionTransactionPurchase": ".subscription_transaction_purchase",
    "SubscriptionTransactionRecurrency": ".subscription_transaction_recurrency",
    "SubscriptionTransactionSubscriber": ".subscription_transaction_subscriber",
    "SubscriptionTransactionTrial": ".subscription_transaction_trial",
    "SubscriptionTransactionsPage": ".subscription_transactions_page",
    "SubscriptionsPage": ".subscriptions_page",
    "SwitchPlanEvent": ".switch_plan_event",
    "SwitchPlanEventData": ".switch_plan_event_data",
    "TicketStatus": ".ticket_status",
    "TicketType": ".ticket_type",
    "Tracking": ".tracking",
    "TransactionPurchaseStatus": ".transaction_purchase_status",
    "UnpaidRecurrency": ".unpaid_recurrency",
    "WebhookAffiliate": ".webhook_affiliate",
    "WebhookBusinessModel": ".webhook_business_model",
    "WebhookBuyer": ".webhook_buyer",
    "WebhookBuyerAddress": ".webhook_buyer_address",
    "WebhookCancelledSubscription": ".webhook_cancelled_subscription",
    "WebhookChargeDateSubscription": ".webhook_charge_date_subscription",
    "WebhookCheckoutCountry": ".webhook_checkout_country",
    "WebhookClubModule": ".webhook_club_module",
    "WebhookClubProduct": ".webhook_club_product",
    "WebhookClubUser": ".webhook_club_user",
    "WebhookCommission": ".webhook_commission",
    "WebhookCommissionSource": ".webhook_commission_source",
    "WebhookContentProduct": ".webhook_content_product",
    "WebhookCurrencyConversion": ".webhook_currency_conversion",
    "WebhookEventName": ".webhook_event_name",
    "WebhookEventTickets": ".webhook_event_tickets",
    "WebhookFulfillmentAddress": ".webhook_fulfillment_address",
    "WebhookFulfillmentCarrier": ".webhook_fulfillment_carrier",
    "WebhookFulfillmentCarrierOption": ".webhook_fulfillment_carrier_option",
    "WebhookFulfillmentDelivery": ".webhook_fulfillment_delivery",
    "WebhookFulfillmentDimension": ".webhook_fulfillment_dimension",
    "WebhookFulfillmentLineItem": ".webhook_fulfillment_line_item",
    "WebhookFulfillmentOffer": ".webhook_fulfillment_offer",
    "WebhookFulfillmentPerson": ".webhook_fulfillment_person",
    "WebhookFulfillmentProduct": ".webhook_fulfillment_product",
    "WebhookFulfillmentPurchase": ".webhook_fulfillment_purchase",
    "WebhookFulfillmentSeller": ".webhook_fulfillment_seller",
    "WebhookFulfillmentService": ".webhook_fulfillment_service",
    "WebhookFulfillmentServiceType": ".webhook_fulfillment_service_type",
    "WebhookFulfillmentShipping": ".webhook_fulfillment_shipping",
    "WebhookFulfillmentVariant": ".webhook_fulfillment_variant",
    "WebhookInvoiceBy": ".webhook_invoice_by",
    "WebhookLead": ".webhook_lead",
    "WebhookMoney": ".webhook_money",
    "WebhookOfferKey": ".webhook_offer_key",
    "WebhookOfferRef": ".webhook_offer_ref",
    "WebhookOrderBump": ".webhook_order_bump",
    "WebhookOrigin": ".webhook_origin",
    "WebhookPhone": ".webhook_phone",
    "WebhookPlan": ".webhook_plan",
    "WebhookProducer": ".webhook_producer",
    "WebhookProduct": ".webhook_product",
    "WebhookProductContent": ".webhook_product_content",
    "WebhookProductRef": ".webhook_product_ref",
    "WebhookPurchase": ".webhook_purchase",
    "WebhookPurchaseOffer": ".webhook_purchase_offer",
    "WebhookPurchasePayment": ".webhook_purchase_payment",
    "WebhookPurchaseStatus": ".webhook_purchase_status",
    "WebhookPurchaseSubscription": ".webhook_purchase_subscription",
    "WebhookPurchaseVariants": ".webhook_purchase_variants",
    "WebhookShipping": ".webhook_shipping",
    "WebhookShippingCarrier": ".webhook_shipping_carrier",
    "WebhookShippingFulfillment": ".webhook_shipping_fulfillment",
    "WebhookShippingType": ".webhook_shipping_type",
    "WebhookSubscriber": ".webhook_subscriber",
    "WebhookSubscriberRef": ".webhook_subscriber_ref",
    "WebhookSubscriptionStatus": ".webhook_subscription_status",
    "WebhookSwitchedPlan": ".webhook_switched_plan",
    "WebhookSwitchedSubscription": ".webhook_switched_subscription",
    "WebhookUser": ".webhook_user",
    "WebhookVariantAttribute": ".webhook_variant_attribute",
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
    "BilletRecoveryType",
    "BillingType",
    "Buyer",
    "CancelSubscriptionRequest",
    "CancelSubscriptionsRequest",
    "CartAbandonmentEvent",
    "CartAbandonmentEventData",
    "ChangeDueDayRequest",
    "ChargeIntervalType",
    "CheckinStatus",
    "ClubClass",
    "ClubDrippingConfig",
    "ClubEngagement",
    "ClubExpirationType",
    "ClubFirstAccessEvent",
    "ClubFirstAccessEventData",
    "ClubLesson",
    "ClubLiberationType",
    "ClubModule",
    "ClubModuleCompletedEvent",
    "ClubModuleCompletedEventData",
    "ClubPage",
    "ClubPageExpiration",
    "ClubPageLiberation",
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
    "DocumentType",
    "Error",
    "ETicket",
    "EventAttendee",
    "EventInfo",
    "EventLot",
    "EventParticipant",
    "EventParticipantsPage",
    "GrantType",
    "HotmartFee",
    "InstallmentType",
    "LastRecurrency",
    "Money",
    "NegotiateInstallmentsRequest",
    "NegotiationDiscount",
    "NegotiationDiscountType",
    "NegotiationPayment",
    "NegotiationPaymentType",
    "NegotiationResult",
    "OfferPaymentMode",
    "OrderFulfillmentEvent",
    "OrderFulfillmentEventData",
    "PageInfo",
    "PaymentType",
    "PlanPaymentMode",
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
    "RecurrencyTransactionType",
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
    "SubscriptionTransactionCommission",
    "SubscriptionTransactionInstallment",
    "SubscriptionTransactionOffer",
    "SubscriptionTransactionPayment",
    "SubscriptionTransactionPlan",
    "SubscriptionTransactionPrice",
    "SubscriptionTransactionProducer",
    "SubscriptionTransactionPurchase",
    "SubscriptionTransactionRecurrency",
    "SubscriptionTransactionsPage",
    "SubscriptionTransactionSubscriber",
    "SubscriptionTransactionTrial",
    "SwitchPlanEvent",
    "SwitchPlanEventData",
    "TicketStatus",
    "TicketType",
    "Tracking",
    "TransactionPurchaseStatus",
    "UnpaidRecurrency",
    "WebhookAffiliate",
    "WebhookBusinessModel",
    "WebhookBuyer",
    "WebhookBuyerAddress",
    "WebhookCancelledSubscription",
    "WebhookChargeDateSubscription",
    "WebhookCheckoutCountry",
    "WebhookClubModule",
    "WebhookClubProduct",
    "WebhookClubUser",
    "WebhookCommission",
    "WebhookCommissionSource",
    "WebhookContentProduct",
    "WebhookCurrencyConversion",
    "WebhookEventName",
    "WebhookEventTickets",
    "WebhookFulfillmentAddress",
    "WebhookFulfillmentCarrier",
    "WebhookFulfillmentCarrierOption",
    "WebhookFulfillmentDelivery",
    "WebhookFulfillmentDimension",
    "WebhookFulfillmentLineItem",
    "WebhookFulfillmentOffer",
    "WebhookFulfillmentPerson",
    "WebhookFulfillmentProduct",
    "WebhookFulfillmentPurchase",
    "WebhookFulfillmentSeller",
    "WebhookFulfillmentService",
    "WebhookFulfillmentServiceType",
    "WebhookFulfillmentShipping",
    "WebhookFulfillmentVariant",
    "WebhookInvoiceBy",
    "WebhookLead",
    "WebhookMoney",
    "WebhookOfferKey",
    "WebhookOfferRef",
    "WebhookOrderBump",
    "WebhookOrigin",
    "WebhookPhone",
    "WebhookPlan",
    "WebhookProducer",
    "WebhookProduct",
    "WebhookProductContent",
    "WebhookProductRef",
    "WebhookPurchase",
    "WebhookPurchaseOffer",
    "WebhookPurchasePayment",
    "WebhookPurchaseStatus",
    "WebhookPurchaseSubscription",
    "WebhookPurchaseVariants",
    "WebhookShipping",
    "WebhookShippingCarrier",
    "WebhookShippingFulfillment",
    "WebhookShippingType",
    "WebhookSubscriber",
    "WebhookSubscriberRef",
    "WebhookSubscriptionStatus",
    "WebhookSwitchedPlan",
    "WebhookSwitchedSubscription",
    "WebhookUser",
    "WebhookVariantAttribute",
)
