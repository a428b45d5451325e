"""Paging and sorting parameters: a malformed one is a 400 naming it.

plone.restapi lets some of them reach Python as they are (`@search?b_size=abc`
is a ValueError, `b_size=-1` an AssertionError, `sort_on=Title` a
CatalogError): each is a 500 with a Python message. They are checked once,
for every API request, before any service runs.
"""

from oif.tremplin import _
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.interfaces import ITremplinLayer
from plone import api
from plone.rest.interfaces import IAPIRequest

import json


COUNTS = ("b_size", "b_start", "sort_limit", "limit")
SORT_ORDERS = ("ascending", "descending", "reverse")

NOT_A_COUNT = _("error_parameter_count", default="Enter a whole number, 0 or more.")
NOT_A_SORT_ORDER = _(
    "error_parameter_sort_order",
    default="Enter ascending, descending or reverse.",
)
NOT_A_SORT_INDEX = _(
    "error_parameter_sort_on",
    default="Results cannot be sorted on this; try sortable_title or modified.",
)


def is_count(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 0
    return isinstance(value, str) and value.strip().isdigit()


def sortable_indexes(catalog) -> set[str]:
    """Indexes that can order results (a text index cannot)."""
    return {
        name
        for name, index in catalog.Indexes.items()
        if hasattr(index, "documentToKeyMap")
    }


def listing_parameter_errors(parameters: dict, catalog) -> dict:
    """Parameter name -> message, for each malformed paging or sorting value."""
    errors = {
        name: NOT_A_COUNT
        for name in COUNTS
        if name in parameters and not is_count(parameters[name])
    }
    order = parameters.get("sort_order")
    if order not in (None, "") and str(order).lower() not in SORT_ORDERS:
        errors["sort_order"] = NOT_A_SORT_ORDER
    if not is_sortable(parameters.get("sort_on"), catalog):
        errors["sort_on"] = NOT_A_SORT_INDEX
    return errors


def is_sortable(sort_on, catalog) -> bool:
    """No sort, or one or more names of indexes that can sort."""
    names = [sort_on] if isinstance(sort_on, str) else list(sort_on or [])
    names = [name for name in names if name != ""]
    if not all(isinstance(name, str) for name in names):
        return False
    return set(names) <= sortable_indexes(catalog)


# Services that read paging and sorting from their JSON body; elsewhere a
# body's "limit" or "sort_on" are content fields (a Collection has both).
BODY_LISTINGS = ("@querystring-search",)


def parameters_of(request) -> dict:
    """The query string, and the top level of a listing service's JSON body."""
    parameters = dict(request.form)
    if request.get("PATH_INFO", "").rstrip("/").endswith(BODY_LISTINGS):
        try:
            body = json.loads(request.get("BODY") or b"{}")
        except ValueError:
            body = None  # plone.restapi answers malformed JSON itself
        if isinstance(body, dict):
            parameters.update(body)
    return parameters


# plone.restapi's vocabularies read b_size=-1 as "every term" (Volto's
# select widgets ask for them so); elsewhere -1 breaks the batching.
ALL_TERMS_SERVICES = ("@vocabularies",)


def asks_for_all_terms(request) -> bool:
    return request.form.get("b_size") == "-1" and any(
        f"/{service}/" in request.get("PATH_INFO", "") for service in ALL_TERMS_SERVICES
    )


# Services whose sort_on names an order of their own, not a catalog index;
# they check it themselves (directory/query.py).
OWN_SORT_SERVICES = ("@tremplin-directory",)


def sorts_its_own_way(request) -> bool:
    return request.get("PATH_INFO", "").rstrip("/").endswith(OWN_SORT_SERVICES)


def refuse_malformed_listing_parameters(event) -> None:
    request = event.request
    if not (IAPIRequest.providedBy(request) and ITremplinLayer.providedBy(request)):
        return
    parameters = parameters_of(request)
    if sorts_its_own_way(request):
        parameters.pop("sort_on", None)
    if asks_for_all_terms(request):
        del parameters["b_size"]
    catalog = api.portal.get_tool("portal_catalog")
    if errors := listing_parameter_errors(parameters, catalog):
        raise field_errors(errors)
