"""400 answers whose message lists the faulty fields as JSON."""

from plone.rest.errors import ErrorHandling
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from zExceptions import BadRequest
from zope.globalrequest import getRequest
from zope.i18n import translate

import json


def _is_field_error_list(value) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and "message" in item for item in value)
    )


class FieldErrorHandling(ErrorHandling):
    """Render plone.restapi's field errors as JSON text, not a Python repr.

    On invalid content plone.restapi raises BadRequest([{"field", "message",
    "error"}]) and plone.rest renders it with str(): a Python repr that Volto's
    forms cannot parse as soon as a French message holds an apostrophe.
    """

    def render_exception(self, exception):
        result = super().render_exception(exception)
        errors = exception.args[0] if exception.args else None
        if result is not None and _is_field_error_list(errors):
            result["message"] = json.dumps(
                [
                    {"field": e.get("field"), "message": str(e["message"])}
                    for e in errors
                ],
                ensure_ascii=False,
            )
        return result


def field_errors(errors: dict[str, str]) -> BadRequest:
    """A 400 whose message is the JSON list Volto forms parse: [{field, message}].

    Raise it (never return it): raising aborts the transaction.
    """
    request = getRequest()
    items = [
        {"field": field, "message": translate(message, context=request)}
        for field, message in errors.items()
    ]
    return BadRequest(json.dumps(items, ensure_ascii=False))


def read_json(request) -> dict:
    """The request's JSON body; malformed JSON is a 400, not a 500."""
    try:
        return json_body(request)
    except DeserializationError as exc:
        raise BadRequest(str(exc)) from exc
