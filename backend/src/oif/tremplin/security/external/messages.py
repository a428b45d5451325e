"""The texts of the external-login answers (msgids ``external_*``)."""

from oif.tremplin import _


LOGIN_FAILED = _(
    "external_login_failed",
    default=(
        "The sign-in with this account did not succeed or has expired. "
        "Please try again."
    ),
)
ACCOUNT_EXISTS = _(
    "external_account_exists",
    default=(
        "A Tremplin account already uses this address. Sign in with your "
        "password, then link this external account from the Account security "
        "page."
    ),
)
IDENTITY_IN_USE = _(
    "external_identity_in_use",
    default=("This external account is already linked to another Tremplin account."),
)
NOT_LINKED = _(
    "external_not_linked",
    default="No account of this provider is linked to yours.",
)
UNKNOWN_PROVIDER = _(
    "external_unknown_provider",
    default="This sign-in service is not offered on Tremplin.",
)
UNAVAILABLE = _(
    "external_provider_unavailable",
    default=(
        "The sign-in service does not answer. Please try again later, or "
        "sign in with your password."
    ),
)
