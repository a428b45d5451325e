"""POST @login-renew: a new token for the same session, never expiring
after the session's lifetime; the old token is deleted.

Refusals keep plone.restapi's shape, ``{"error": {"type", "message"}}``
(Volto's reducer reads ``error``), with the type ``SessionExpired``.
"""

from oif.tremplin.security.sessions.hook import SessionExpired
from oif.tremplin.security.sessions.hook import bearer_token
from oif.tremplin.security.sessions.hook import error_body
from oif.tremplin.security.sessions.tokens import delete_token
from oif.tremplin.security.sessions.tokens import renew_token
from oif.tremplin.security.sessions.tokens import token_payload
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


class LoginRenewPost(Service):
    """A fresh token for the session of the request's token."""

    def reply(self):
        token = bearer_token(self.request)
        payload = token_payload(token) if token else None
        user = api.user.get_current()
        userid = user.getId()
        sid = (payload or {}).get("sid")
        if userid is None or payload is None or payload.get("sub") != userid:
            return self._refuse()
        new_token = renew_token(user, sid) if sid else None
        if new_token is None:
            return self._refuse()
        alsoProvides(self.request, IDisableCSRFProtection)
        if new_token != token:
            delete_token(token)
        return {"token": new_token}

    def _refuse(self):
        self.request.response.setStatus(401)
        return {"error": error_body(SessionExpired(), self.request)}
