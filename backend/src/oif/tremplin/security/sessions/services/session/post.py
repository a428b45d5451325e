"""POST @tremplin-session: the keep-alive ("Stay signed in", and Volto's
idle monitor at most once a minute while she is active). Marks activity
now, whatever the minute, and answers like the GET."""

from oif.tremplin.core import clock
from oif.tremplin.security.sessions.hook import mark_activity
from oif.tremplin.security.sessions.services.session.get import SessionGet
from plone.protect.interfaces import IDisableCSRFProtection
from zope.interface import alsoProvides


class SessionPost(SessionGet):
    def reply(self):
        self.require_member()
        session = self.current()
        if session is not None:
            alsoProvides(self.request, IDisableCSRFProtection)
            mark_activity(self.request, session, now=clock.now(), force=True)
        return self.describe(session)
