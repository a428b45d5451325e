"""Schema fields shared by the profile types."""

from oif.tremplin import _
from urllib.parse import urlsplit
from zope import schema
from zope.schema.interfaces import ValidationError


WEB_SCHEMES = ("http", "https")


class NotAWebAddress(ValidationError):
    __doc__ = _(
        "error_not_a_web_address",
        default="Enter a web address that starts with http:// or https://.",
    )


class WebAddress(schema.URI):
    """A URI that a browser opens as a page: http(s) with a host, nothing else.

    zope.schema's URI accepts `javascript:` and `data:`, which run script when
    a visitor follows the link; every API client writes through this check.
    """

    def _validate(self, value):
        super()._validate(value)
        parts = urlsplit(value)
        if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
            raise NotAWebAddress(value).with_field_and_value(self, value)
