from enum import StrEnum
from typing import Any, Literal, TypeAlias

WebhookEventNameValue: TypeAlias = Literal[
    "CLUB_FIRST_ACCESS",
    "CLUB_MODULE_COMPLETED",
    "ORDER_FULFILLMENT",
    "PURCHASE_APPROVED",
    "PURCHASE_BILLET_PRINTED",
    "PURCHASE_CANCELED",
    "PURCHASE_CHARGEBACK",
    "PURCHASE_COMPLETE",
    "PURCHASE_DELAYED",
    "PURCHASE_EXPIRED",
    "PURCHASE_OUT_OF_SHOPPING_CART",
    "PURCHASE_PROTEST",
    "PURCHASE_REFUNDED",
    "SUBSCRIPTION_CANCELLATION",
    "SWITCH_PLAN",
    "UPDATE_SUBSCRIPTION_CHARGE_DATE",
]
"""The values of `WebhookEventName` the spec lists, as strings."""


class WebhookEventName(StrEnum):
    CLUB_FIRST_ACCESS = "CLUB_FIRST_ACCESS"
    CLUB_MODULE_COMPLETED = "CLUB_MODULE_COMPLETED"
    ORDER_FULFILLMENT = "ORDER_FULFILLMENT"
    PURCHASE_APPROVED = "PURCHASE_APPROVED"
    PURCHASE_BILLET_PRINTED = "PURCHASE_BILLET_PRINTED"
    PURCHASE_CANCELED = "PURCHASE_CANCELED"
    PURCHASE_CHARGEBACK = "PURCHASE_CHARGEBACK"
    PURCHASE_COMPLETE = "PURCHASE_COMPLETE"
    PURCHASE_DELAYED = "PURCHASE_DELAYED"
    PURCHASE_EXPIRED = "PURCHASE_EXPIRED"
    PURCHASE_OUT_OF_SHOPPING_CART = "PURCHASE_OUT_OF_SHOPPING_CART"
    PURCHASE_PROTEST = "PURCHASE_PROTEST"
    PURCHASE_REFUNDED = "PURCHASE_REFUNDED"
    SUBSCRIPTION_CANCELLATION = "SUBSCRIPTION_CANCELLATION"
    SWITCH_PLAN = "SWITCH_PLAN"
    UPDATE_SUBSCRIPTION_CHARGE_DATE = "UPDATE_SUBSCRIPTION_CHARGE_DATE"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "WebhookEventName | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
