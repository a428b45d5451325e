"""What the reset services say about a refused code."""

from oif.tremplin import _


CODE_FORMAT = _(
    "error_reset_code_format", default="Enter the 6-digit code from the e-mail."
)
CODE_ERRORS = {
    "unknown": _(
        "error_reset_code_unknown",
        default=(
            "This code is not valid (it may have been used or replaced by a "
            "newer one). Ask for a new code."
        ),
    ),
    "expired": _(
        "error_reset_code_expired",
        default="This code has expired. Ask for a new code.",
    ),
    "used_up": _(
        "error_reset_code_used_up",
        default="Too many wrong tries: this code no longer works. Ask for a new code.",
    ),
}


def wrong_code(tries_left: int):
    return _(
        "error_reset_code_wrong",
        default="This code is not right. Tries left: ${tries}.",
        mapping={"tries": tries_left},
    )
