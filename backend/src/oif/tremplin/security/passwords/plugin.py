"""The policy as a PAS validation plugin: how Plone itself asks.

``portal_registration.testPasswordValidity`` asks every active
``IValidationPlugin`` of the site's ``acl_users``; Plone calls it wherever a
password is chosen: ``addMember`` (``api.user.create``, ``POST @users``,
the classic add-user and registration forms), ``portal_membership.setPassword``
(``POST @users/<id>/reset-password`` with ``old_password``, the classic
password form) and Plone's reset-token path. This plugin replaces Plone's
stock ``password_policy`` (eight characters), which setup deactivates.

Plone passes only ``{"password": …}``: what the account is known by comes
from the request (the form or JSON body being submitted) and from the
member who is signed in (someone changing her own password).
"""

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from oif.tremplin.security.passwords.policy import password_message
from oif.tremplin.security.passwords.policy import password_problems
from plone import api
from Products.PluggableAuthService.interfaces.plugins import IValidationPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from zope.globalrequest import getRequest
from zope.interface import implementer

import json


PLUGIN_ID = "tremplin_password_policy"
# Request fields that name the account: JSON bodies (plone.restapi) and
# plone.app.users' z3c.form widgets.
IDENTITY_FIELDS = ("email", "fullname", "username", "login")
FORM_PREFIX = "form.widgets."


def _body(request) -> dict:
    content_type = request.getHeader("Content-Type") or ""
    if "json" not in content_type:
        return {}
    try:
        body = json.loads(request.get("BODY") or b"{}")
    except (TypeError, ValueError):
        return {}
    return body if isinstance(body, dict) else {}


def member_inputs(user) -> list[str]:
    """What an existing account is known by: e-mail, full name, login, id."""
    if user is None:
        return []
    values = [user.getId(), user.getUserName()]
    if hasattr(user, "getProperty"):
        values += [user.getProperty("email", ""), user.getProperty("fullname", "")]
    return [v for v in values if isinstance(v, str) and v]


def request_inputs(request) -> list[str]:
    """Identity fields of the request being submitted, and of the signed-in
    member (an administrator creating an account adds her own: harmless)."""
    if request is None:
        return []
    form, body = getattr(request, "form", {}) or {}, _body(request)
    values = []
    for name in IDENTITY_FIELDS:
        values += [body.get(name), form.get(name), form.get(FORM_PREFIX + name)]
    if not api.user.is_anonymous():
        values += member_inputs(api.user.get_current())
    return [v for v in values if isinstance(v, str) and v]


@implementer(IValidationPlugin)
class PasswordPolicyPlugin(BasePlugin):
    """Tremplin's password policy (length, strength, leaked lists)."""

    meta_type = "Tremplin Password Policy"
    security = ClassSecurityInfo()

    def __init__(self, id, title=""):  # noqa: A002 - the PAS plugin signature
        self.id = id
        self.title = title

    @security.private
    def validateUserInfo(self, user, set_id, set_info):
        """See IValidationPlugin: errors for the ``password`` property."""
        if not set_info or set_info.get("password") is None:
            return []
        inputs = member_inputs(user) + request_inputs(getRequest())
        problems = password_problems(set_info["password"], inputs)
        if not problems:
            return []
        # PAS wants text "already translated" (RegistrationTool.pasValidation).
        return [{"id": "password", "error": password_message(problems)}]


InitializeClass(PasswordPolicyPlugin)
