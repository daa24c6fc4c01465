from enum import StrEnum
from typing import Any, Literal, TypeAlias

PlanPaymentModeValue: TypeAlias = Literal[
    "ASSINATURA",
    "BILLET_INSTALLMENT",
    "INVOICE",
    "MULTIPLOS_PAGAMENTOS",
    "NOT_DEFINED",
    "PAGAMENTO_UNICO",
    "PAGAMENTO_VISTA",
    "SMART_INSTALLMENT",
]
"""The values of `PlanPaymentMode` the spec lists, as strings."""


class PlanPaymentMode(StrEnum):
    ASSINATURA = "ASSINATURA"
    BILLET_INSTALLMENT = "BILLET_INSTALLMENT"
    INVOICE = "INVOICE"
    MULTIPLOS_PAGAMENTOS = "MULTIPLOS_PAGAMENTOS"
    NOT_DEFINED = "NOT_DEFINED"
    PAGAMENTO_UNICO = "PAGAMENTO_UNICO"
    PAGAMENTO_VISTA = "PAGAMENTO_VISTA"
    SMART_INSTALLMENT = "SMART_INSTALLMENT"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value Hotmart sent that this version of the spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "PlanPaymentMode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
