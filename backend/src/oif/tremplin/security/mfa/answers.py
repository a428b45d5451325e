"""Error answers that must not abort the transaction.

A wrong code spends a try and a wrong password counts towards the lockout:
those writes must commit, so the 400/429 is returned, not raised. The body
has the shape of ``core.errors.field_errors`` (what Volto forms parse).
"""

from math import ceil
from oif.tremplin.security.mfa import messages
from zope.i18n import translate

import json


class CountedError(Exception):
    """Field errors to answer with a 400 *after* committing what was counted."""

    def __init__(self, errors: dict):
        super().__init__(errors)
        self.errors = errors


def field_error_answer(request, errors: dict) -> dict:
    """The body of ``core.errors.field_errors``, as a returned 400."""
    request.response.setStatus(400)
    items = [
        {"field": field, "message": translate(message, context=request)}
        for field, message in errors.items()
    ]
    return {"type": "BadRequest", "message": json.dumps(items, ensure_ascii=False)}


def locked_answer(request, retry_after: int) -> dict:
    """429 with Retry-After while the login guard holds the account or address."""
    request.response.setStatus(429)
    request.response.setHeader("Retry-After", str(retry_after))
    message = messages.LOCKED
    message = type(message)(
        message, mapping={"minutes": max(ceil(retry_after / 60), 1)}
    )
    return {
        "error": {"type": "Locked", "message": translate(message, context=request)},
        "retry_after": retry_after,
    }


def too_soon_answer(request, retry_after: int, message) -> dict:
    request.response.setStatus(429)
    request.response.setHeader("Retry-After", str(retry_after))
    return {
        "type": "TooManyRequests",
        "message": translate(message, context=request),
        "retry_after": retry_after,
    }


def unavailable_answer(request) -> dict:
    request.response.setStatus(503)
    return {
        "type": "SMSUnavailable",
        "message": translate(messages.SMS_UNAVAILABLE, context=request),
    }
