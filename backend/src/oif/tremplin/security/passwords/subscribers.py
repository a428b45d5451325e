"""Every password change: checked against the policy, audited, announced.

PlonePAS's user manager (``source_users.doChangeUser``) notifies
``ICredentialsUpdatedEvent`` with the new password each time one is set,
whatever asked for it: ``PATCH @users/<id>`` (which, unlike the other paths,
asks no validation plugin), ``POST @users/<id>/reset-password``, Plone's
classic forms, the Tremplin reset. A refused password raises a 400 (the
transaction, and the new hash with it, is rolled back); an accepted one is
audited and mailed to the member (``send_security_alert``).
"""

from oif.tremplin.core import audit
from oif.tremplin.core.errors import field_errors
from oif.tremplin.security.alerts import send_security_alert
from oif.tremplin.security.passwords.plugin import member_inputs
from oif.tremplin.security.passwords.policy import password_message
from oif.tremplin.security.passwords.policy import password_problems
from plone import api
from plone.api.exc import CannotGetPortalError


def check_and_announce_password_change(event) -> None:
    try:
        api.portal.get()
    except CannotGetPortalError:  # the Zope root's user folder: not ours
        return
    principal = event.principal
    userid = principal.getId()
    member = api.user.get(userid=userid)
    problems = password_problems(event.password, member_inputs(member or principal))
    if problems:
        raise field_errors({"password": password_message(problems)})
    audit.record("security.password_changed", userid)
    send_security_alert(userid, "password")
