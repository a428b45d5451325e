"""The session check, once per request, right after authentication.

A request authenticated by one of this site's tokens must name a live
session: known, not idle longer than ``idle_timeout_minutes``, not older
than ``session_lifetime_minutes``. Otherwise 401 ``SessionExpired``. A token
without a ``sid`` (issued before sessions existed, or by plone.restapi's
stock ``@login`` if it were ever reached) is refused the same way.

The token is the Bearer header, or Volto's ``auth_token`` cookie when the
request has no header (a plain link to the API): Plone's ``__ac`` cookie,
which every sign-in also sets, then authenticates it, and the token says
which session that is.

A member with a second factor must have passed it: a request of hers
authenticated any other way (Basic auth, the ``__ac`` cookie alone, a
token of a sign-in without the second factor) gets 401 ``MFARequired``.
Anyone else authenticated by the ``__ac`` cookie alone (no live session
token with it) gets ``SessionExpired``: that cookie knows nothing of
logouts elsewhere, password resets or the idle timeout. HTTP Basic auth
stays open to members without a second factor (scripts, tests).

An anonymous request carrying a token that is still valid but whose
session has ended (so the JWT plugin, which no longer stores it, let it
authenticate nobody) gets the same 401: Volto then knows to drop it.
An expired token is only ignored, as plone.restapi does (Volto's cookie
expires with it).

Cost: one HMAC check of the token and two BTree look-ups; a write only
when the session's last activity is a minute old or more.
"""

from oif.tremplin import _
from oif.tremplin.core import clock
from oif.tremplin.security.sessions import store
from oif.tremplin.security.sessions.tokens import idle_timeout
from oif.tremplin.security.sessions.tokens import jwt_plugin
from oif.tremplin.security.sessions.tokens import session_lifetime
from AccessControl import getSecurityManager
from datetime import timedelta
from plone.protect.utils import safeWrite
from Products.CMFCore.interfaces import ISiteRoot
from zope.i18n import translate


BACKGROUND_HEADER = "X-Tremplin-Background"
AUTH_TOKEN_COOKIE = "auth_token"  # noqa: S105 - the name of Volto's cookie
ACTIVITY_WRITE_INTERVAL = timedelta(minutes=1)

# Services that are not checked at all: the sign-in itself (its JSON body
# holds a login and password that the JWT plugin authenticates on any
# request) and the sign-out (it must work for an ended session too).
UNCHECKED_SERVICES = frozenset({"@login", "@logout"})
# The other steps of signing in, registering and recovering an account:
# anonymous services that never act on the identity of the request, so a
# dead token or a stale cookie the browser still sends is ignored there.
SIGN_IN_PREFIXES = (
    "@tremplin-login-",
    "@tremplin-password-",
    "@tremplin-registration",
    "@tremplin-captcha",
)
# Checked, but not the member's activity.
NOT_ACTIVITY_SERVICES = frozenset({"@login-renew"})


class SessionRefused(Exception):
    """Answered 401 with a JSON body ``{"type", "message"}``."""

    error_type = "SessionExpired"
    message = _(
        "error_session_expired",
        default="Your session has ended. Please sign in again.",
    )

    def __init__(self, reason: str = ""):
        super().__init__(reason or self.error_type)
        self.reason = reason


class SessionExpired(SessionRefused):
    pass


class MFARequired(SessionRefused):
    error_type = "MFARequired"
    message = _(
        "error_mfa_required",
        default=(
            "This account is protected by a second factor: sign in again "
            "with your code."
        ),
    )


def service_name(request) -> str:
    """``@login-renew`` for a plone.rest service, else the published name."""
    published = request.get("PUBLISHED")
    name = getattr(published, "__name__", "") or ""
    prefix = getattr(request, "_rest_service_id", "") or ""
    if prefix and name.startswith(prefix):
        return name[len(prefix) :]
    return name


def is_background(request) -> bool:
    return request.getHeader(BACKGROUND_HEADER, "") == "1"


def bearer_token(request) -> str | None:
    auth = getattr(request, "_auth", None) or ""
    if auth[:7].lower() == "bearer ":
        return auth.split()[-1]
    return None


def _mfa_enabled(userid: str) -> bool:
    # Imported here: security.mfa issues its tokens with this package.
    from oif.tremplin.security.mfa import mfa_enabled

    return mfa_enabled(userid)


def session_token(request) -> str | None:
    """The token of the request: the Bearer header, else Volto's
    ``auth_token`` cookie (a plain link to ``/++api++/…``, such as the audit
    CSV, sends cookies only: Plone's ``__ac`` authenticates it, this cookie
    says which session it belongs to)."""
    return bearer_token(request) or request.cookies.get(AUTH_TOKEN_COOKIE) or None


def is_basic_auth(request) -> bool:
    auth = getattr(request, "_auth", None) or ""
    return auth[:6].lower() == "basic "


def current_session(request, portal, userid):
    """(sid, payload) when this request comes with one of this site's
    stored tokens for ``userid``; else None."""
    token = session_token(request)
    if not token:
        return None
    plugin = jwt_plugin(portal)
    if plugin is None:
        return None
    payload = plugin._decode_token(token)
    if not payload or payload.get("sub") != userid:
        return None
    if plugin.store_tokens:
        stored = plugin._tokens.get(userid) if plugin._tokens is not None else None
        if stored is None or token not in stored:
            return None
    return payload.get("sid"), payload


def check_session(request, portal, userid):
    """The live Session of this request, None when it did not come with a
    token; raises SessionRefused."""
    found = current_session(request, portal, userid)
    if found is None:
        if _mfa_enabled(userid):
            raise MFARequired("not a token")
        if not is_basic_auth(request):
            # Plone's __ac cookie (set by every sign-in) without a live
            # session token: it would outlive a logout elsewhere, a password
            # reset, the idle timeout.
            raise SessionExpired("no session")
        return None
    sid, _payload = found
    session = store.get_session(sid, portal=portal) if sid else None
    if session is None or session.userid != userid:
        raise SessionExpired("unknown session")
    now = clock.now()
    if now - session.auth_time >= session_lifetime():
        raise SessionExpired("lifetime")
    if now - session.last_activity >= idle_timeout():
        raise SessionExpired("idle")
    if not session.mfa and _mfa_enabled(userid):
        raise MFARequired("no second factor in this sign-in")
    return sid, session


def mark_activity(request, session, now=None, force=False) -> None:
    now = now or clock.now()
    if force or now - session.last_activity >= ACTIVITY_WRITE_INTERVAL:
        session.last_activity = now
        safeWrite(session, request)


def site_of(request):
    """The Plone site the request was published in, or None (the Zope root,
    RobotRemote…). From the traversal itself: the component site hook may
    still hold a site from an earlier request of the thread."""
    for parent in request.get("PARENTS") or ():
        if ISiteRoot.providedBy(parent):
            return parent
    return None


def after_traversal(event):
    request = event.request
    portal = site_of(request)
    if portal is None:
        return
    user = getSecurityManager().getUser()
    userid = user.getId() if user is not None else None
    name = service_name(request)
    if name in UNCHECKED_SERVICES or name.startswith(SIGN_IN_PREFIXES):
        return
    if userid is None:
        refuse_dead_token(request, portal)
        return
    checked = check_session(request, portal, userid)
    if checked is None:
        return
    _sid, session = checked
    if name in NOT_ACTIVITY_SERVICES or is_background(request):
        return
    mark_activity(request, session)


def refuse_dead_token(request, portal) -> None:
    """An anonymous request that carries one of this site's tokens, still
    unexpired and well signed, whose session has ended (logout, password
    reset: its stored copy is gone, so it authenticated nobody)."""
    token = bearer_token(request)
    if not token:
        return
    plugin = jwt_plugin(portal)
    if plugin is not None and plugin._decode_token(token):
        raise SessionExpired("token of an ended session")


def error_body(exception: SessionRefused, request) -> dict:
    return {
        "type": exception.error_type,
        "message": translate(exception.message, context=request),
    }
