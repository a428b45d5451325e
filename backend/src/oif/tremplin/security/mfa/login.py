"""The steps of a sign-in, shared by ``@login`` and ``@tremplin-login-code``.

Only ``complete_login`` hands out a token, and the services call it only
once every factor the account has is proven: a member with MFA gets a
challenge from the password step, never a token or a session cookie.
"""

from AccessControl.SecurityManagement import newSecurityManager
from Acquisition import aq_inner
from Acquisition import aq_parent
from oif.tremplin.core import audit
from oif.tremplin.security.sessions import issue_token
from Products.CMFCore.utils import getToolByName
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from zope.component import getMultiAdapter
from zope.component.hooks import getSite


JWT_META_TYPE = "JWT Authentication Plugin"


def find_user_folder(context, login: str):
    """The user folder, from ``context`` up to the Zope root, that knows
    ``login`` (as plone.restapi's ``@login`` looks it up), or None."""
    parent = aq_inner(context)
    while True:
        user_folder = getToolByName(parent, "acl_users", None)
        if user_folder is not None and user_folder._verifyUser(
            user_folder.plugins, login=login
        ):
            return user_folder
        if parent is context.getPhysicalRoot():
            return None
        parent = aq_parent(parent)


def has_jwt_plugin(user_folder) -> bool:
    authenticators = user_folder._getOb("plugins").listPlugins(IAuthenticationPlugin)
    return any(plugin.meta_type == JWT_META_TYPE for _id, plugin in authenticators)


def check_password(context, request, login: str, password: str):
    """The user whose ``login`` and ``password`` these are, or None."""
    user_folder = find_user_folder(context, login)
    if user_folder is None:
        return None
    return user_folder.authenticate(login, password, request)


def user_by_id(userid: str):
    """The PAS user ``userid``, from the site's user folder or the Zope root's."""
    site = getSite()
    for user_folder in (site.acl_users, site.getPhysicalRoot().acl_users):
        user = user_folder.getUserById(userid)
        if user is not None:
            return user
    return None


def login_name(user) -> str:
    """The name ``user`` signs in with (her e-mail on this site).

    Not ``user.getUserName()`` of the request's user: when a token
    authenticated the request, PAS knows her by her id only."""
    found = user_by_id(user.getId())
    return found.getUserName() if found is not None else user.getUserName()


def drop_session_cookie(request) -> None:
    """Expire plone.session's ``__ac`` cookie (also one left by an earlier
    sign-in), which Plone's post-login work has just set.

    plone.restapi's ``@login`` hands out that cookie beside the token; we do
    not. The token is the only credential: its session can be ended, times
    out when idle and says whether the second factor was passed. The cookie
    is none of that, and once the account has MFA the sessions hook refuses
    it (401 MFARequired) on every request, even the next sign-in's code step.
    Volto never needed it: it sends the token."""
    site = getSite()
    plugin = getattr(site.acl_users, "session", None) if site is not None else None
    name = getattr(plugin, "cookie_name", "__ac")
    request.response.expireCookie(name, path="/")


def complete_login(context, request, user, *, second_factor: str | None) -> str:
    """Open the session of ``user`` and return its token; then what Plone's
    own login form does (login time, events, member area), without its
    session cookie.

    ``second_factor`` names the factor proven in this sign-in (None: the
    account has no MFA)."""
    token = issue_token(request, user, mfa=second_factor is not None)
    # The code step arrives anonymous: the post-login work (login times,
    # plone.session's cookie) acts on the security manager's user.
    newSecurityManager(request, user)
    getMultiAdapter((context, request), name="login")._post_login()
    drop_session_cookie(request)
    audit.record(
        "security.login", user.getId(), actor=user.getId(), second_factor=second_factor
    )
    return token
