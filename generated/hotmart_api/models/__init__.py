"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .billet_recovery_type import BilletRecoveryType
from .billing_type import BillingType
from .buyer import Buyer
from .cancel_subscription_request import CancelSubscriptionRequest
from .cancel_subscriptions_request import CancelSubscriptionsRequest
from .cart_abandonment_event import CartAbandonmentEvent
from .cart_abandonment_event_data import CartAbandonmentEventData
from .cart_abandonment_event_name import CartAbandonmentEventName
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

__all__ = (
    "AccessToken",
    "BilletRecoveryType",
    "BillingType",
    "Buyer",
    "CancelSubscriptionRequest",
    "CancelSubscriptionsRequest",
    "CartAbandonmentEvent",
    "CartAbandonmentEventData",
    "CartAbandonmentEventName",
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
