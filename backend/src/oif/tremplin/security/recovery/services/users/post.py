"""Plone's own password reset, switched off: Tremplin has one reset path,
the code by e-mail (``@tremplin-password-reset``), with its CAPTCHA, rate
limit, password policy and alert.

Stock ``POST @users/<id>/reset-password`` does three things:

- an empty body mails a one-step reset link to anybody who names an account
  (and answers 404 for a name that is nobody's): refused;
- ``reset_token`` + ``new_password`` sets the password with such a link:
  refused, no link is ever sent;
- ``old_password`` + ``new_password`` is a member changing her own password
  (Volto's "Change password" page): kept, as stock (the password policy
  applies to every password set: ``passwords.subscribers``).

``sendPasswordReset`` at user creation would mail the same link: refused,
an administrator gives a first password instead.
"""

from oif.tremplin import _
from plone import api
from plone.restapi.services.users.add import UsersPost


ONE_RESET_PATH = _(
    "error_reset_link_disabled",
    default=(
        'Password reset links are switched off. Use "Forgot your password?" '
        "on the sign-in page: a code is sent by e-mail."
    ),
)
NO_RESET_LINK_ON_CREATION = _(
    "error_send_password_reset_disabled",
    default=(
        "Password reset links are switched off: give a first password. The "
        'member can then choose her own with "Forgot your password?".'
    ),
)


class TremplinUsersPost(UsersPost):
    """Stock ``@users`` POST without Plone's reset link."""

    def validate_input_data(self, portal, data):
        super().validate_input_data(portal, data)
        if isinstance(data, dict) and data.get("sendPasswordReset"):
            self.add_field_error("sendPasswordReset", NO_RESET_LINK_ON_CREATION)

    def update_password(self, data):
        is_change = (
            isinstance(data, dict)
            and bool(data.get("old_password"))
            and not data.get("reset_token")
        )
        if api.user.is_anonymous() or not is_change:
            return self._error(403, "Forbidden", ONE_RESET_PATH)
        return super().update_password(data)
