"""Operation descriptors (generated from the spec into `resources/`) and the two pure steps
around sending one: turning arguments into an httpx request, and a response into a model or an error.

Both steps are shared by the sync and async clients; only the sending differs.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, Literal, TypeVar

import httpx

from . import _coerce
from ._errors import APIResponseValidationError, InvalidParameterError
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options every resource method accepts (its trailing keyword arguments).

    `extra_query`/`extra_body` send parameters the spec does not list yet, on purpose;
    `extra_headers` adds headers; `timeout` (None: no timeout) and `max_retries` override the
    client's settings for this call.
    """

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN


Kind = Literal["int", "number", "bool", "str", "timestamp", "enum", "enum_list", "str_list", "int_list", "object"]

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_DAY_MS = 86_400_000


def _now_millis() -> int:
    return time.time_ns() // 1_000_000


def _dotted(value: Any, path: str) -> Any:
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value if isinstance(value, str | int | float | bool) else None


@dataclass(frozen=True, slots=True)
class Param:
    """One argument of an operation, as the spec describes it."""

    name: str
    location: Literal["path", "query", "body"]
    kind: Kind
    required: bool = False
    enum: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    python_name: str | None = None  # argument name in the generated builder when it differs (`format_`)
    # `x-hotmart-bound`: the start or the (inclusive) end of a time range. A date given for an end
    # means the last millisecond of that day (month, year). An end names its start
    # (`x-hotmart-bound-start`): a range whose end is before its start is refused before sending.
    bound: Literal["start", "end"] | None = None
    start: str | None = None
    # `x-hotmart-default: {days_ago: N, unless: [...]}`: when absent (and none of `unless` is
    # given), Hotmart takes this time parameter as N days before now.
    days_ago: int | None = None
    unless: tuple[str, ...] = ()

    def coerce(self, value: Any) -> Any:
        name, kind = self.name, self.kind
        if kind == "timestamp":
            return _coerce.to_millis(value, name, end=self.bound == "end")
        if kind == "enum":
            assert self.enum is not None
            return _coerce.to_enum(value, name, self.enum)
        if kind == "enum_list":
            assert self.enum is not None
            return _coerce.to_enum_list(value, name, self.enum)
        if kind == "int":
            return _coerce.to_int(value, name, self.minimum, self.maximum)
        if kind == "number":
            return _coerce.to_number(value, name, self.minimum, self.maximum)
        if kind == "bool":
            return _coerce.to_bool(value, name)
        if kind == "str_list":
            return _coerce.to_str_list(value, name)
        if kind == "int_list":
            return _coerce.to_int_list(value, name)
        if kind == "object":
            return _coerce.to_mapping(value, name)
        return _coerce.to_str(value, name, required=self.required)


@dataclass(frozen=True, slots=True)
class Pagination:
    """Where a paginated operation keeps its items and its next-page token."""

    items: str = "items"
    token_parameter: str = "page_token"
    next_token: tuple[str, ...] = ("page_info", "next_page_token")
    # (start, end) time parameters that bound the listing: enables parallel export by windows.
    window: tuple[str, str] | None = None


@dataclass(frozen=True)
class Operation(Generic[T]):
    """Everything the runtime needs to call one API operation."""

    operation_id: str
    method: str
    path: str
    module: str  # dotted path of the generated endpoint module
    params: tuple[Param, ...] = ()
    body_model: str | None = None
    pagination: Pagination | None = None
    success_is_list: bool = False
    has_body: bool = True  # False: the success response has no content (the call returns None)
    # The documented responses: status code (or "4XX", "default") -> names of its documented headers,
    # lower case. Read only by a drift recorder (hotmart_client.drift); empty: nothing is documented.
    responses: Mapping[int | str, frozenset[str]] = field(default_factory=dict)
    # `x-hotmart-primary-key`: the dotted item fields that identify an item of a listing (the
    # seams of a parallel export are de-duplicated on them). Empty: not a listing, or no identity.
    primary_key: tuple[str, ...] = ()
    _by_name: dict[str, Param] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name = {p.name: p for p in self.params}
        object.__setattr__(self, "_by_name", by_name)

    def param(self, name: str) -> Param:
        return self._by_name[name]

    @property
    def ranges(self) -> list[tuple[Param, Param]]:
        """The (start, end) parameter pairs of the operation's time ranges (`x-hotmart-bound`)."""
        by_name = self._by_name
        return [(by_name[p.start], p) for p in self.params if p.bound == "end" and p.start in by_name]

    def relative_start(self, start: Param, args: Mapping[str, Any], now: int) -> int | None:
        """The start Hotmart assumes for `start` when `args` leave it out (`x-hotmart-default`
        `days_ago`, unless one of its `unless` parameters is given), or None."""
        if start.days_ago is None or any(args.get(name) is not None for name in start.unless):
            return None
        return now - start.days_ago * _DAY_MS

    def check_ranges(self, args: Mapping[str, Any], now: int | None = None) -> None:
        """InvalidParameterError when a range of `args` ends before it starts, counting the start
        Hotmart assumes when it is left out: such a call could only answer "nothing"."""
        for start, end in self.ranges:
            if args.get(end.name) is None:
                continue
            last = end.coerce(args[end.name])
            if args.get(start.name) is not None:
                first = start.coerce(args[start.name])
                problem = f"is before {start.name} ({_coerce.iso(first)}): the range is empty; check the two dates"
            else:
                first = self.relative_start(start, args, _now_millis() if now is None else now)
                problem = (
                    f"is before {_coerce.iso(first or 0)}, the {start.name} Hotmart assumes when none is given "
                    f"({start.days_ago} days ago): give {start.name} as well"
                )
            if first is not None and last < first:
                raise InvalidParameterError(end.name, f"{_coerce.iso(last)} {problem}")

    def fingerprint_values(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """The arguments that define a listing (all but the page token), coerced, as JSON values:
        what an export's checkpoint is checked against on resume."""
        token = self.pagination.token_parameter if self.pagination else None
        values: dict[str, Any] = {}
        for name, value in args.items():
            if value is None or name == token:
                continue
            param = self._by_name.get(name)
            values[name] = _coerce.json_value(param.coerce(value)) if param is not None else value
        return values

    @property
    def idempotent(self) -> bool:
        return self.method.upper() in _IDEMPOTENT_METHODS

    @property
    def endpoint(self) -> ModuleType:
        # Imported on first use so `import hotmart_client` stays cheap. Not a cached_property:
        # on Python 3.11 its one lock per class would make the first calls of *different*
        # operations from different threads wait on each other's imports.
        module: ModuleType | None = self.__dict__.get("_endpoint")
        if module is None:
            module = importlib.import_module(self.module)  # the import system has its own locks
            object.__setattr__(self, "_endpoint", module)
        return module

    def build_request(
        self, args: Mapping[str, Any], options: RequestOptions, *, now: int | None = None
    ) -> dict[str, Any]:
        """Validate `args` and return keyword arguments for `httpx.Client.build_request`. `now`
        (epoch ms, default: this machine's clock) is the moment Hotmart's relative defaults count from."""
        unknown = [name for name in args if name not in self._by_name]
        if unknown:
            raise TypeError(f"{self.operation_id} got unexpected argument(s): {', '.join(sorted(unknown))}")
        self.check_ranges(args, now)
        generated_args: dict[str, Any] = {}
        body: dict[str, Any] = {}
        for param in self.params:
            value = args.get(param.name)
            if value is None:
                if param.required:
                    raise InvalidParameterError(param.name, f"is required by {self.operation_id}")
                continue
            coerced = param.coerce(value)
            if param.location == "body":
                body[param.name] = _coerce.json_value(coerced)
            else:
                generated_args[param.python_name or param.name] = coerced
        if self.body_model is not None:
            model = getattr(importlib.import_module("hotmart_api.models"), self.body_model)
            generated_args["body"] = model.from_dict(body)
        build: Callable[..., dict[str, Any]] = self.endpoint.build_request_kwargs
        request = build(**generated_args)
        if options.extra_query:
            params = dict(request.get("params") or {})
            for name, value in options.extra_query.items():
                if name in self._by_name:
                    raise InvalidParameterError(name, f"is a parameter of {self.operation_id}: pass it by name")
                if value is not None:
                    params[name] = _coerce.to_query_value(value, name)
            request["params"] = params
        if options.extra_body:
            if self.body_model is None:
                raise InvalidParameterError("extra_body", f"{self.operation_id} ({self.method}) sends no request body")
            extra = {str(key): _coerce.json_value(value) for key, value in options.extra_body.items()}
            request["json"] = {**request.get("json", {}), **extra}
        return request

    def parse(self, response: httpx.Response) -> T:
        """Parse a 2xx response into the operation's model, or raise APIResponseValidationError."""
        if not response.content.strip():
            # Hotmart answers some lists with an empty body instead of an empty list/page.
            if self.pagination is not None:
                return self._parse_json(response, {self.pagination.items: []})
            if self.success_is_list:
                return self._parse_json(response, [])
        parse: Callable[[httpx.Response], T] = self.endpoint.parse_success
        try:
            result = parse(response)
            if self.pagination is not None:
                # Models parse fields lazily: read the items and the next token now, so a
                # malformed page fails here rather than inside the caller's loop.
                getattr(result, self.pagination.items)
                self.next_page_token(result)
            return result
        except json.JSONDecodeError as exc:
            problem = f"HTTP {response.status_code} body is not valid JSON ({exc.msg} at {exc.pos})"
            malformed = True
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problem = f"response does not match the spec: {type(exc).__name__}: {exc}"
            malformed = False
        # Raised outside the `except`: the parsing error (a JSONDecodeError holds the whole body,
        # which a proxy may have filled with the request's headers) is not chained to it.
        raise APIResponseValidationError(
            f"{self.operation_id}: {problem}", response=response, body=response.content, malformed=malformed
        )

    def _parse_json(self, response: httpx.Response, data: Any) -> T:
        substitute = httpx.Response(response.status_code, json=data, request=response.request)
        parse: Callable[[httpx.Response], T] = self.endpoint.parse_success
        return parse(substitute)

    def documented_headers(self, status: int) -> frozenset[str] | None:
        """The header names documented for `status`, or None when the status is not documented."""
        responses = self.responses
        found = responses.get(status)
        if found is None:
            found = responses.get(f"{status // 100}XX", responses.get("default"))
        return found

    def next_page_token(self, page: Any) -> str | None:
        assert self.pagination is not None
        value: Any = page
        for attr in self.pagination.next_token:
            value = getattr(value, attr, None)
        return value if isinstance(value, str) and value else None

    def item_key(self, item: Any) -> Any:
        """What identifies `item` in its listing: its primary-key fields as sent, or, when the spec
        gives none or the item lacks one, the whole item as sent (canonical JSON)."""
        raw = item.__dict__.get("_raw") if hasattr(item, "__dict__") else item
        if not isinstance(raw, dict):
            to_dict = getattr(item, "to_dict", None)
            raw = to_dict() if callable(to_dict) else item
        key = tuple(_dotted(raw, path) for path in self.primary_key)
        if key and all(part is not None for part in key):
            return key
        return json.dumps(raw, sort_keys=True, default=str)

    def page_items(self, page: Any) -> list[Any]:
        assert self.pagination is not None
        items = getattr(page, self.pagination.items, None)
        return items if isinstance(items, list) else []
