"""The 429 answer of the registration services."""

from math import ceil
from oif.tremplin import _
from zope.i18n import translate


def too_many_mails(request, retry_after: int) -> dict:
    """429 with Retry-After. Returned, not raised: nothing was written."""
    request.response.setStatus(429)
    request.response.setHeader("Retry-After", str(retry_after))
    message = _(
        "error_too_many_mails",
        default=(
            "We have just sent an e-mail to this address. You can ask for "
            "another one in ${minutes} minute(s)."
        ),
        mapping={"minutes": ceil(retry_after / 60)},
    )
    return {
        "type": "TooManyRequests",
        "message": translate(message, context=request),
        "retry_after": retry_after,
    }
