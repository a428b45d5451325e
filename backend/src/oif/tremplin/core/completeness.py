"""How complete a profile is: the weighted share of its fields that are filled.

Each profile type lists its fields and their weights once (companies/ and
experts/ `completeness.py`); this module scores any of them the same way.
"""

from plone.supermodel.interfaces import FIELDSETS_KEY
from plone.supermodel.utils import mergedTaggedValueList
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import Interface


DEFAULT_FIELDSET = "default"


class ICompletenessReport(Interface):
    """Adapts a profile to its report (a dict from profile_completeness):
    each profile type registers one, the service serves them all."""


def is_filled(value) -> bool:
    """Something a reader would see: 0 is a value, blanks and empty lists
    (or lists of blank rows) are not."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict):
        return any(is_filled(item) for item in value.values())
    if isinstance(value, list | tuple | set | frozenset):
        return any(is_filled(item) for item in value)
    if isinstance(value, int | float):
        return True
    return bool(getattr(value, "size", value))  # a stored file or image


def fieldset_of(schema) -> dict[str, str]:
    """Field name → the form tab that holds it (`default` for the first)."""
    return {
        name: fieldset.__name__
        for fieldset in mergedTaggedValueList(schema, FIELDSETS_KEY)
        for name in fieldset.fields
    }


def profile_completeness(profile, schema, weights: dict[str, int]) -> dict:
    """`{"score": 0..100, "missing": [{"field", "title", "fieldset"}]}`.

    The score is rounded down, so 100 means every weighted field is filled.
    Missing fields come in the order of `weights`, titled in the request's
    language.
    """
    request = getRequest()
    tabs = fieldset_of(schema)
    filled = 0
    missing = []
    for name, weight in weights.items():
        if is_filled(getattr(profile, name, None)):
            filled += weight
            continue
        missing.append({
            "field": name,
            "title": translate(schema[name].title, context=request),
            "fieldset": tabs.get(name, DEFAULT_FIELDSET),
        })
    return {"score": filled * 100 // sum(weights.values()), "missing": missing}
