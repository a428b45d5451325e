"""The append-only audit log (spec §6.2.5): who did what, to whom, when, from where.

Entries live in one IOBTree in the site's annotations, keyed by a growing
number. The module offers only ``record`` and reads: nothing edits or
removes an entry. Two requests appending at once conflict on the same key
and Zope retries one of them, so numbers stay unique and ordered.
"""

from BTrees.IOBTree import IOBTree
from datetime import datetime
from oif.tremplin.core import clock
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest


AUDIT_KEY = "oif.tremplin.audit"


def _log(create: bool = False) -> IOBTree | None:
    annotations = IAnnotations(api.portal.get())
    if AUDIT_KEY not in annotations and create:
        annotations[AUDIT_KEY] = IOBTree()
    return annotations.get(AUDIT_KEY)


def _client_address() -> str:
    request = getRequest()
    # getClientAddr honours zope.conf's trusted-proxy: a client cannot forge it.
    return request.getClientAddr() if request is not None else ""


def _current_actor() -> str:
    user = api.user.get_current()
    return user.getId() or "Anonymous User"


def record(
    action: str, target: str = "", *, actor: str | None = None, **details
) -> dict:
    """Append one entry and return it.

    ``action`` is a dotted verb (``role.granted``, ``profile.verify``);
    ``target`` names whom or what it concerns (a user id, a path);
    ``details`` holds short, JSON-serialisable facts (the role, the reason).
    """
    log = _log(create=True)
    key = (log.maxKey() + 1) if len(log) else 1
    entry = {
        "id": key,
        "when": clock.now().isoformat(timespec="seconds"),
        "actor": actor or _current_actor(),
        "action": action,
        "target": target,
        "address": _client_address(),
        "details": dict(details),
    }
    log.insert(key, entry)
    return {**entry, "details": dict(entry["details"])}


def entries(
    *,
    actor: str | None = None,
    action: str | None = None,
    target: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
):
    """Matching entries, newest first. ``action`` matches a prefix
    (``role.`` finds every role change); ``start``/``end`` bound ``when``."""
    log = _log()
    if log is None:
        return
    for key in reversed(log.keys()):
        entry = log[key]
        when = datetime.fromisoformat(entry["when"])
        if start is not None and when < start:
            break
        if end is not None and when >= end:
            continue
        if actor and entry["actor"] != actor:
            continue
        if target and entry["target"] != target:
            continue
        if action and not entry["action"].startswith(action):
            continue
        yield {**entry, "details": dict(entry["details"])}
