"""Scheduled clean-up of the sessions (core/jobs.py)."""

from oif.tremplin.core.jobs import IJob
from oif.tremplin.security.sessions import store
from oif.tremplin.security.sessions.tokens import drop_expired_tokens
from oif.tremplin.security.sessions.tokens import end_session
from oif.tremplin.security.sessions.tokens import idle_timeout
from oif.tremplin.security.sessions.tokens import jwt_plugin
from oif.tremplin.security.sessions.tokens import session_lifetime
from zope.interface import provider


@provider(IJob)
def purge_ended_sessions(portal, now) -> dict:
    """Sessions past their lifetime or idle timeout go, with their tokens;
    so do expired tokens the JWT plugin still keeps (plone.restapi never
    forgets one)."""
    dead = store.dead_sessions(now, session_lifetime(), idle_timeout())
    for sid in dead:
        end_session(sid)
    plugin = jwt_plugin(portal)
    tokens = 0
    if plugin is not None and plugin._tokens is not None:
        for userid in list(plugin._tokens.keys()):
            tokens += drop_expired_tokens(plugin, userid, now)
    return {"sessions": len(dead), "tokens": tokens}
