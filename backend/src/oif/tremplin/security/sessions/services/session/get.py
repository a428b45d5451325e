"""GET @tremplin-session: when the current session ends.

``{"idle_timeout", "lifetime", "idle_expires", "expires"}`` (seconds and
ISO times). Volto's idle monitor asks with ``X-Tremplin-Background: 1`` so
asking is not activity. A member authenticated otherwise than by a session
token (Basic auth in scripts) gets the settings and null times.
"""

from oif.tremplin.security.sessions import store
from oif.tremplin.security.sessions.hook import session_token
from oif.tremplin.security.sessions.tokens import idle_timeout
from oif.tremplin.security.sessions.tokens import session_lifetime
from oif.tremplin.security.sessions.tokens import token_payload
from plone import api
from plone.restapi.services import Service
from zExceptions import Unauthorized


def _iso(when) -> str:
    return when.isoformat(timespec="seconds")


class SessionGet(Service):
    """The deadlines of the session of the request's token."""

    def reply(self):
        self.require_member()
        return self.describe(self.current())

    def require_member(self):
        if api.user.is_anonymous():
            raise Unauthorized("Sign in first")

    def current(self):
        token = session_token(self.request)
        payload = token_payload(token) if token else None
        return store.get_session((payload or {}).get("sid"))

    def describe(self, session) -> dict:
        idle = idle_timeout()
        lifetime = session_lifetime()
        result = {
            "idle_timeout": int(idle.total_seconds()),
            "lifetime": int(lifetime.total_seconds()),
            "idle_expires": None,
            "expires": None,
        }
        if session is not None:
            expires = session.auth_time + lifetime
            result["expires"] = _iso(expires)
            result["idle_expires"] = _iso(min(session.last_activity + idle, expires))
        return result
