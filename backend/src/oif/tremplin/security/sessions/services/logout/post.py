"""POST @logout: the session of the token ends (its record and every token
of it), then Plone's own logout. 204 whatever the token: signing out of an
ended session, or without one, is not an error."""

from oif.tremplin.core import audit
from oif.tremplin.security.sessions import store
from oif.tremplin.security.sessions.hook import bearer_token
from oif.tremplin.security.sessions.tokens import delete_token
from oif.tremplin.security.sessions.tokens import end_session
from oif.tremplin.security.sessions.tokens import expired_token_payload
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


class LogoutPost(Service):
    """POST @logout: end the session of the token, then log out."""

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        token = bearer_token(self.request)
        # An expired token still names its session: end it too.
        payload = expired_token_payload(token) if token else None
        sid = (payload or {}).get("sid")
        if sid and store.get_session(sid) is not None:
            userid = store.get_session(sid).userid
            end_session(sid)
            audit.record("security.logout", userid, actor=userid)
        if token:
            delete_token(token)
        api.portal.get().portal_membership.logoutUser(self.request)
        return self.reply_no_content()
