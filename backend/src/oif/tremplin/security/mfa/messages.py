"""The texts of the MFA and login answers (msgids ``mfa_*`` / ``login_*``)."""

from oif.tremplin import _


INVALID_CREDENTIALS = _(
    "login_invalid_credentials",
    default="Wrong e-mail address or password.",
)
MISSING_CREDENTIALS = _(
    "login_missing_credentials",
    default="Enter your e-mail address and your password.",
)
LOCKED = _(
    "login_locked",
    default=(
        "Too many failed attempts. For your security, signing in is blocked "
        "for ${minutes} minute(s)."
    ),
)
CHALLENGE_ERRORS = {
    "unknown": _(
        "mfa_challenge_unknown",
        default="This sign-in is no longer valid. Sign in again with your password.",
    ),
    "expired": _(
        "mfa_challenge_expired",
        default=(
            "This sign-in has expired (${minutes} minutes). Sign in again with "
            "your password."
        ),
    ),
    "exhausted": _(
        "mfa_challenge_exhausted",
        default="Too many wrong codes. Sign in again with your password.",
    ),
}
CODE_MISSING = _("mfa_code_missing", default="Enter the code.")
CODE_WRONG = _(
    "mfa_code_wrong",
    default=("This code is not valid or was already used. ${tries} attempt(s) left."),
)
CODE_WRONG_NO_COUNT = _(
    "mfa_code_wrong_plain",
    default="This code is not valid or was already used.",
)
CODE_EXPIRED = _(
    "mfa_code_expired",
    default="This code has expired. Ask for a new one.",
)
NO_SMS = _(
    "mfa_no_sms",
    default="No phone number is set up for this account.",
)
SMS_TOO_SOON = _(
    "mfa_sms_too_soon",
    default="A code was just sent. You can ask for another one in ${seconds} seconds.",
)
SMS_LIMIT = _(
    "mfa_sms_limit",
    default="Too many codes were sent. Sign in again with your password.",
)
SMS_UNAVAILABLE = _(
    "mfa_sms_unavailable",
    default="Text messages cannot be sent at the moment. Use another method.",
)
PHONE_INVALID = _(
    "mfa_phone_invalid",
    default=(
        "Enter the mobile number in international format, starting with + and "
        "the country code (for example +221 77 123 45 67)."
    ),
)
PASSWORD_WRONG = _("mfa_password_wrong", default="This password is not right.")
PASSWORD_MISSING = _("mfa_password_missing", default="Enter your password.")
METHOD_ACTIVE = _(
    "mfa_method_active",
    default=(
        "This method is already on. Turn two-step verification off first to replace it."
    ),
)
NOTHING_PENDING = _(
    "mfa_nothing_pending",
    default="Start the set-up again: no set-up is waiting for a code.",
)
NOT_ENABLED = _(
    "mfa_not_enabled",
    default="Two-step sign-in is not on for your account.",
)
ENROLMENT_REQUIRED = _(
    "mfa_enrolment_required",
    default=(
        "Your role requires two-step verification. Set it up before using the "
        "platform's tools."
    ),
)
