"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .buyer import Buyer
from .commission_role import CommissionRole
from .create_access_token_grant_type import CreateAccessTokenGrantType
from .error import Error
from .hotmart_fee import HotmartFee
from .money import Money
from .page_info import PageInfo
from .payment_type import PaymentType
from .producer import Producer
from .product_ref import ProductRef
from .purchase import Purchase
from .purchase_offer import PurchaseOffer
from .purchase_payment import PurchasePayment
from .purchase_status import PurchaseStatus
from .sale_history_item import SaleHistoryItem
from .sales_history_page import SalesHistoryPage
from .tracking import Tracking

__all__ = (
    "AccessToken",
    "Buyer",
    "CommissionRole",
    "CreateAccessTokenGrantType",
    "Error",
    "HotmartFee",
    "Money",
    "PageInfo",
    "PaymentType",
    "Producer",
    "ProductRef",
    "Purchase",
    "PurchaseOffer",
    "PurchasePayment",
    "PurchaseStatus",
    "SaleHistoryItem",
    "SalesHistoryPage",
    "Tracking",
)
