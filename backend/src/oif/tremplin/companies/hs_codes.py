"""Harmonized System (HS) codes: how customs name a product.

A code is a chapter (2 digits), a heading (4), a subheading (6) or a
national tariff line (8 or 10): always an even number of digits.
"""

from oif.tremplin import _
from zope import schema
from zope.schema.interfaces import ValidationError

import re


HS_CODE = re.compile(r"\d{2}(?:\d{2}){0,4}")


class NotAnHSCode(ValidationError):
    __doc__ = _(
        "error_not_an_hs_code",
        default=(
            "HS code: enter 2, 4, 6, 8 or 10 digits, without dots or spaces"
            " (e.g. 080450)."
        ),
    )


class HSCode(schema.TextLine):
    """A Harmonized System code, digits only; blank means no code."""

    def fromUnicode(self, value):
        # Forms send "" for an emptied input and may keep a stray space.
        value = value.strip()
        return super().fromUnicode(value) if value else self.missing_value

    def _validate(self, value):
        super()._validate(value)
        if value and not HS_CODE.fullmatch(value):
            raise NotAnHSCode(value).with_field_and_value(self, value)


def hs_code_words(code: str | None) -> list[str]:
    """The code and the headings it belongs to, shortest first: "080450"
    gives "08", "0804", "080450", so a search for the heading finds it."""
    if not code:
        return []
    return [code[:length] for length in range(2, len(code) + 1, 2)]
