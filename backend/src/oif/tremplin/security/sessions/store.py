"""Server-side session records (spec §6.3): one per sign-in.

A token issued by ``issue_token`` carries a session id (``sid``); the record
of that sid says whose session it is, when she signed in (``auth_time``),
when she was last active and whether she passed a second factor. Ending a
session deletes its record: every token of that sid stops working at once.

Records live in the site's annotations, in one OOBTree by sid, with an index
by userid. Each record is its own small persistent object so that marking
activity (at most once a minute per session) writes only that object, and
two requests of the same session doing it at once resolve their conflict
(the later time wins) instead of retrying.
"""

from BTrees.OOBTree import OOBTree
from BTrees.OOBTree import OOTreeSet
from datetime import datetime
from persistent import Persistent
from plone import api
from zope.annotation.interfaces import IAnnotations


STORE_KEY = "oif.tremplin.security.sessions"


class Session(Persistent):
    """One sign-in: ``userid``, ``auth_time``, ``last_activity``, ``mfa``."""

    def __init__(self, userid: str, auth_time: datetime, mfa: bool):
        self.userid = userid
        self.auth_time = auth_time
        self.last_activity = auth_time
        self.mfa = bool(mfa)

    def _p_resolveConflict(self, old_state, saved_state, new_state):
        # Only last_activity changes once a record exists: keep the later.
        resolved = dict(new_state)
        resolved["last_activity"] = max(
            saved_state["last_activity"], new_state["last_activity"]
        )
        return resolved

    def as_dict(self) -> dict:
        return {
            "userid": self.userid,
            "auth_time": self.auth_time,
            "last_activity": self.last_activity,
            "mfa": self.mfa,
        }


def _store(create: bool = False, portal=None) -> OOBTree | None:
    annotations = IAnnotations(portal if portal is not None else api.portal.get())
    if STORE_KEY not in annotations and create:
        annotations[STORE_KEY] = OOBTree({
            "sessions": OOBTree(),  # sid -> Session
            "users": OOBTree(),  # userid -> OOTreeSet of sids
        })
    return annotations.get(STORE_KEY)


def open_session(sid: str, userid: str, auth_time: datetime, mfa: bool) -> Session:
    store = _store(create=True)
    session = Session(userid, auth_time, mfa)
    store["sessions"][sid] = session
    sids = store["users"].get(userid)
    if sids is None:
        sids = store["users"][userid] = OOTreeSet()
    sids.insert(sid)
    return session


def get_session(sid: str, portal=None) -> Session | None:
    store = _store(portal=portal)
    if store is None or not sid:
        return None
    return store["sessions"].get(sid)


def sessions_of(userid: str) -> list[str]:
    store = _store()
    if store is None:
        return []
    return list(store["users"].get(userid, ()))


def remove_session(sid: str) -> Session | None:
    store = _store()
    if store is None:
        return None
    session = store["sessions"].get(sid)
    if session is None:
        return None
    del store["sessions"][sid]
    sids = store["users"].get(session.userid)
    if sids is not None:
        if sid in sids:
            sids.remove(sid)
        if not len(sids):
            del store["users"][session.userid]
    return session


def dead_sessions(now: datetime, lifetime, idle) -> list[str]:
    """Sids past their lifetime or idle for longer than ``idle``."""
    store = _store()
    if store is None:
        return []
    return [
        sid
        for sid, s in store["sessions"].items()
        if now - s.auth_time >= lifetime or now - s.last_activity >= idle
    ]
