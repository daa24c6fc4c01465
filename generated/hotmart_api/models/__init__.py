"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .billing_type import BillingType
from .buyer import Buyer
from .cancel_subscription_request import CancelSubscriptionRequest
from .cancel_subscriptions_request import CancelSubscriptionsRequest
from .cart_abandonment_event import CartAbandonmentEvent
from .cart_abandonment_event_data import CartAbandonmentEventData
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
from .order_fulfillment_event import OrderFulfillmentEvent
from .order_fulfillment_event_data import OrderFulfillmentEventData
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

__all__ = (
    "AccessToken",
    "BillingType",
    "Buyer",
    "CancelSubscriptionRequest",
    "CancelSubscriptionsRequest",
    "CartAbandonmentEvent",
    "CartAbandonmentEventData",
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
    "OrderFulfillmentEvent",
    "OrderFulfillmentEventData",
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
