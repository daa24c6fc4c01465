"""Contains shared errors types that can be raised from API functions"""


class HotmartError(Exception):
    """Base class of every error raised by hotmart_api and hotmart_client.

    `checkpoint`: when an export (`hotmart_client` pager) stops on this error, the string to pass
    as `resume=` to continue it at the first item not yet delivered; otherwise None.
    """

    checkpoint: str | None = None


class UnexpectedStatus(HotmartError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseParseError(HotmartError, ValueError):
    """A response field does not have the shape the spec describes, or a required field is absent.

    Models parse fields on first access, so this is raised when the field is read, never by
    `from_dict`. `model`, `field` and `raw` (the field's JSON value; None when `missing`) say what
    could not be parsed; `missing` is True when the JSON has no such key although the spec
    requires it.
    """

    def __init__(self, model: str, field: str, raw: object, cause: Exception, *, missing: bool = False):
        self.model = model
        self.field = field
        self.raw = raw
        self.missing = missing
        if missing:
            message = f"{model}.{field}: required field is absent from the JSON"
        else:
            message = f"{model}.{field}: cannot parse {type(raw).__name__} value ({type(cause).__name__}: {cause})"
        super().__init__(message)


class InvalidParameterError(HotmartError, ValueError):
    """An argument was missing, of the wrong type or out of range; nothing was sent."""

    def __init__(self, parameter: str, problem: str) -> None:
        super().__init__(f"{parameter}: {problem}")
        self.parameter = parameter
        self.problem = problem


__all__ = ["HotmartError", "InvalidParameterError", "ResponseParseError", "UnexpectedStatus"]
