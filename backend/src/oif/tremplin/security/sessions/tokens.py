"""Issuing and revoking the JSON web tokens of plone.restapi's JWT plugin.

``issue_token`` is the only way this site hands out a token: it opens a
server-side session (see ``store``) and signs its ``sid`` into the token.
The plugin keeps every token it issued (``store_tokens``, set at install);
ending a session also drops its tokens there, so even a token whose session
check were skipped authenticates nobody.
"""

from datetime import datetime
from datetime import timedelta
from oif.tremplin.core import clock
from oif.tremplin.security.sessions import store
from oif.tremplin.security.settings import security_setting
from plone import api
from plone.keyring.interfaces import IKeyManager
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin

from zope.component import getUtility

import jwt
import secrets


JWT_META_TYPE = "JWT Authentication Plugin"


def jwt_plugin(portal=None):
    """The site's plone.restapi JWT plugin (``jwt_auth`` on a Plone site)."""
    portal = portal if portal is not None else api.portal.get()
    acl_users = portal.acl_users
    plugin = getattr(acl_users.aq_base, "jwt_auth", None)
    if plugin is not None and plugin.meta_type == JWT_META_TYPE:
        return acl_users.jwt_auth
    for _id, candidate in acl_users.plugins.listPlugins(IAuthenticationPlugin):
        if candidate.meta_type == JWT_META_TYPE:
            return candidate
    return None


def session_lifetime() -> timedelta:
    return timedelta(minutes=security_setting("session_lifetime_minutes"))


def idle_timeout() -> timedelta:
    return timedelta(minutes=security_setting("idle_timeout_minutes"))


def _fullname(user) -> str:
    getter = getattr(user, "getProperty", None)
    return (getter("fullname", "") if getter else "") or ""


def _sign(plugin, userid: str, fullname: str, sid: str, session, expires) -> str:
    data = {
        "fullname": fullname,
        "sid": sid,
        "mfa": bool(session.mfa),
        "auth_time": int(session.auth_time.timestamp()),
        # Set here rather than as create_token's timeout (counted from the
        # plugin's own now): a renewed token ends with its session, exactly.
        "exp": int(expires.timestamp()),
        "iat": int(clock.now().timestamp()),
        # Every token differs, even two of one session in the same second:
        # renewing deletes the old one.
        "jti": secrets.token_urlsafe(12),
    }
    return plugin.create_token(userid, timeout=0, data=data)


def issue_token(request, user, *, mfa: bool) -> str:
    """A new session for ``user`` and its token.

    ``mfa`` says whether she passed a second factor in this sign-in. The
    token expires with the session's lifetime (``session_lifetime_minutes``).
    """
    plugin = jwt_plugin()
    if plugin is None:
        raise RuntimeError("plone.restapi's JWT plugin is not installed")
    userid = user.getId()
    now = clock.now()
    drop_expired_tokens(plugin, userid, now)
    sid = secrets.token_urlsafe(24)
    session = store.open_session(sid, userid=userid, auth_time=now, mfa=mfa)
    return _sign(
        plugin, userid, _fullname(user), sid, session, now + session_lifetime()
    )


def renew_token(user, sid: str) -> str | None:
    """A new token for the same session, expiring no later than the
    session itself; None when the session is gone or too old."""
    plugin = jwt_plugin()
    session = store.get_session(sid)
    if plugin is None or session is None or session.userid != user.getId():
        return None
    expires = session.auth_time + session_lifetime()
    if expires <= clock.now():
        return None
    return _sign(plugin, session.userid, _fullname(user), sid, session, expires)


def token_payload(token: str, portal=None) -> dict | None:
    """The verified payload of one of this site's tokens, or None."""
    plugin = jwt_plugin(portal)
    if plugin is None or not token:
        return None
    return plugin._decode_token(token)


def expired_token_payload(token: str) -> dict | None:
    """The payload of a token whose signature is right, expired or not
    (a logout with an expired token still ends its session)."""
    plugin = jwt_plugin()
    if plugin is None or not token:
        return None
    secrets_ = (
        [s for s in getUtility(IKeyManager)["_system"] if s is not None]
        if plugin.use_keyring
        else [plugin._secret or ""]
    )
    for secret in secrets_:
        try:
            return jwt.decode(
                token,
                secret + plugin._path(),
                algorithms=["HS256"],
                options={"verify_exp": False},
            )
        except jwt.InvalidTokenError:
            continue
    return None


def token_is_stored(token: str, userid: str, portal=None) -> bool:
    plugin = jwt_plugin(portal)
    if plugin is None:
        return False
    if not plugin.store_tokens:
        return True
    tokens = plugin._tokens
    return tokens is not None and token in tokens.get(userid, ())


def delete_token(token: str) -> None:
    plugin = jwt_plugin()
    if plugin is not None and plugin._tokens is not None:
        plugin.delete_token(token)


def _user_tokens(plugin, userid: str):
    tokens = plugin._tokens
    if tokens is None:
        return None
    return tokens.get(userid)


def _drop_tokens(plugin, userid: str, keep) -> int:
    """Delete the stored tokens of ``userid`` for which ``keep(payload)`` is
    false; returns how many went."""
    stored = _user_tokens(plugin, userid)
    if stored is None:
        return 0
    doomed = []
    for token in stored:
        payload = plugin._decode_token(token, verify=False) or {}
        if not keep(payload):
            doomed.append(token)
    for token in doomed:
        del stored[token]
    if not len(stored):
        del plugin._tokens[userid]
    return len(doomed)


def drop_expired_tokens(plugin, userid: str, now: datetime | None = None) -> int:
    """Forget the stored tokens of ``userid`` that have expired."""
    moment = (now or clock.now()).timestamp()
    return _drop_tokens(plugin, userid, lambda p: p.get("exp", moment + 1) > moment)


def end_session(sid: str) -> bool:
    """End one session: its record goes, and so do its stored tokens.
    Returns whether there was such a session."""
    session = store.remove_session(sid)
    if session is None:
        return False
    plugin = jwt_plugin()
    if plugin is not None:
        _drop_tokens(plugin, session.userid, lambda p: p.get("sid") != sid)
    return True


def end_all_sessions(userid: str) -> int:
    """End every session of ``userid`` and drop all her stored tokens
    (also tokens issued before sessions existed). Returns how many
    sessions were open."""
    sids = store.sessions_of(userid)
    for sid in sids:
        store.remove_session(sid)
    plugin = jwt_plugin()
    if plugin is not None:
        _drop_tokens(plugin, userid, lambda p: False)
    return len(sids)
