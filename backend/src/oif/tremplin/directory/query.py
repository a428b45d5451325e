"""The directory's query parameters, read and checked before any search."""

from dataclasses import dataclass
from dataclasses import field
from oif.tremplin import _
from oif.tremplin.core.parameters import NOT_A_COUNT as NOT_A_START
from oif.tremplin.directory.facets import FACETS


MAX_TEXT_LENGTH = 200
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100  # larger pages are clamped, not refused
SORTS = ("relevance", "title", "verified")
BOOLEANS = {"true": True, "1": True, "false": False, "0": False}

TEXT_TOO_LONG = _(
    "error_directory_text_too_long",
    default="Enter at most 200 characters.",
)
NOT_A_TEXT = _("error_directory_not_a_text", default="Enter one text only.")
UNKNOWN_VALUE = _(
    "error_directory_unknown_value",
    default="This value is not one of the directory's choices.",
)
NOT_A_BOOLEAN = _("error_directory_not_a_boolean", default="Enter true or false.")
NOT_A_SORT = _(
    "error_directory_sort_on",
    default="Enter relevance, title or verified.",
)
NOT_A_PAGE_SIZE = _(
    "error_directory_b_size",
    default="Enter a whole number from 1 to 100.",
)


@dataclass
class DirectoryQuery:
    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    verified_only: bool = True
    sort_on: str = "title"
    recommended_first: bool = False
    b_start: int = 0
    b_size: int = DEFAULT_PAGE_SIZE


def _one(form, name):
    """A single value, or None when absent; a repeated one is refused."""
    value = form.get(name)
    if isinstance(value, list | tuple):
        raise ValueError(name)
    return value


def _values(form, name) -> tuple[str, ...]:
    value = form.get(name, ())
    values = value if isinstance(value, list | tuple) else (value,)
    if not all(isinstance(v, str) for v in values):
        raise ValueError(name)
    return tuple(dict.fromkeys(v.strip() for v in values if v.strip()))


def _boolean(form, name, default, errors):
    try:
        value = _one(form, name)
    except ValueError:
        value = object()
    if value is None or value == "":
        return default
    if isinstance(value, str) and value.strip().lower() in BOOLEANS:
        return BOOLEANS[value.strip().lower()]
    errors[name] = NOT_A_BOOLEAN
    return default


def _count(form, name, default, errors, message):
    try:
        value = _one(form, name)
    except ValueError:
        value = object()
    if value is None or value == "":
        return default
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    errors[name] = message
    return default


def _text(form, errors) -> str:
    try:
        text = _one(form, "q")
    except ValueError:
        errors["q"] = NOT_A_TEXT
        return ""
    if text is None:
        return ""
    if not isinstance(text, str):
        errors["q"] = NOT_A_TEXT
        return ""
    text = text.strip()
    if len(text) > MAX_TEXT_LENGTH:
        errors["q"] = TEXT_TOO_LONG
    return text


def read_directory_query(form, is_known) -> tuple[DirectoryQuery, dict]:
    """The query, and parameter -> message for each wrong value.

    `is_known(facet, token)` says whether a facet value exists (vocabulary,
    or the language's tags). Unknown parameter names are ignored.
    """
    errors = {}
    query = DirectoryQuery(text=_text(form, errors))
    for facet in FACETS:
        try:
            values = _values(form, facet.name)
        except ValueError:
            errors[facet.name] = UNKNOWN_VALUE
            continue
        if not all(is_known(facet, value) for value in values):
            errors[facet.name] = UNKNOWN_VALUE
        elif values:
            query.filters[facet.name] = values
    query.verified_only = _boolean(form, "verified_only", True, errors)
    query.recommended_first = _boolean(form, "recommended_first", False, errors)
    sort_on = form.get("sort_on") or ("relevance" if query.text else "title")
    if sort_on not in SORTS:
        errors["sort_on"] = NOT_A_SORT
    elif sort_on == "relevance" and not query.text:
        query.sort_on = "title"  # nothing to rank: the answer says what it did
    else:
        query.sort_on = sort_on
    query.b_start = _count(form, "b_start", 0, errors, NOT_A_START)
    b_size = _count(form, "b_size", DEFAULT_PAGE_SIZE, errors, NOT_A_PAGE_SIZE)
    if b_size < 1:
        errors["b_size"] = NOT_A_PAGE_SIZE
    query.b_size = min(max(b_size, 1), MAX_PAGE_SIZE)
    return query, errors
