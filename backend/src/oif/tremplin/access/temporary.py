"""Temporary access (spec §6.2.4): a role on one object for a period.

Grants live in the object's annotations. A borg.localrole provider gives the
role only while ``start <= clock.now() < end``: the access disappears by
itself at the end, without a job. The catalog, though, stores who may see an
object (``allowedRolesAndUsers``) when it indexes it, so security is
reindexed at grant and revoke time and ``refresh_temporary_access`` (a job)
reindexes the objects whose grants started or ended since its last run.
"""

from borg.localrole.interfaces import ILocalRoleProvider
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from oif.tremplin import _
from oif.tremplin.access.interfaces import ITemporaryAccessHolder
from oif.tremplin.core import audit
from oif.tremplin.core import clock
from oif.tremplin.core.jobs import IJob
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations
from zope.component import adapter
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.interface import noLongerProvides
from zope.interface import provider

import uuid


GRANTS_KEY = "oif.tremplin.temporary_access"
GRANTABLE_ROLES = ("Reader", "Contributor", "Editor")
MAX_DAYS_RECORD = "oif.tremplin.max_temporary_access_days"
GRANT_PERMISSION = "oif.tremplin: Grant temporary access"


def _storage(obj, create: bool = False) -> PersistentMapping | None:
    annotations = IAnnotations(obj)
    if GRANTS_KEY not in annotations and create:
        annotations[GRANTS_KEY] = PersistentMapping()
    return annotations.get(GRANTS_KEY)


def grants_of(obj) -> list[dict]:
    """Every grant the object holds, soonest start first."""
    storage = _storage(obj)
    if not storage:
        return []
    return sorted((dict(g) for g in storage.values()), key=lambda g: g["start"])


def is_active(grant: dict, now: datetime | None = None) -> bool:
    now = now or clock.now()
    return grant["start"] <= now < grant["end"]


def _phase(grant: dict, now: datetime) -> str:
    if now < grant["start"]:
        return "pending"
    return "active" if now < grant["end"] else "ended"


def parse_moment(value) -> datetime | None:
    """An ISO date (midnight UTC) or date-time (naive means UTC), in UTC."""
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time(), tzinfo=UTC)
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def validate_grant(data: dict) -> tuple[dict, dict]:
    """(grant fields, errors by field) for a POST body."""
    errors = {}
    user = data.get("user")
    if not isinstance(user, str) or api.user.get(userid=user) is None:
        errors["user"] = _("error_unknown_user", default="No member has this id.")
    role = data.get("role")
    if role not in GRANTABLE_ROLES:
        errors["role"] = _(
            "error_grantable_role", default="Choose Reader, Contributor or Editor."
        )
    start, end = parse_moment(data.get("start")), parse_moment(data.get("end"))
    if start is None:
        errors["start"] = _("error_iso_date", default="Give an ISO date (YYYY-MM-DD).")
    if end is None:
        errors["end"] = _("error_iso_date", default="Give an ISO date (YYYY-MM-DD).")
    elif start is not None:
        errors.update(_check_period(start, end))
    reason = data.get("reason", "")
    if not isinstance(reason, str):
        errors["reason"] = _("error_text", default="Give a text.")
    fields = {"user": user, "role": role, "start": start, "end": end}
    return {**fields, "reason": reason}, errors


def _check_period(start: datetime, end: datetime) -> dict:
    max_days = api.portal.get_registry_record(MAX_DAYS_RECORD, default=365)
    if end <= start:
        message = _("error_end_before_start", default="The end must follow the start.")
    elif end <= clock.now():
        message = _("error_end_in_past", default="The end must be in the future.")
    elif end - start > timedelta(days=max_days):
        message = _(
            "error_access_too_long",
            default="Temporary access lasts at most ${days} days.",
            mapping={"days": max_days},
        )
    else:
        return {}
    return {"end": message}


def serialize_grant(grant: dict) -> dict:
    return {
        "id": grant["id"],
        "user": grant["user"],
        "role": grant["role"],
        "start": grant["start"].isoformat(),
        "end": grant["end"].isoformat(),
        "reason": grant["reason"],
        "granted_by": grant["granted_by"],
        "active": is_active(grant),
    }


def _audit_details(grant: dict) -> dict:
    return {
        "grant": grant["id"],
        "user": grant["user"],
        "role": grant["role"],
        "start": grant["start"].isoformat(),
        "end": grant["end"].isoformat(),
        "reason": grant["reason"],
    }


def _path(obj) -> str:
    return "/".join(obj.getPhysicalPath())


def grant_access(obj, *, user, role, start, end, reason="") -> dict:
    """Store a validated grant, reindex security and audit it."""
    grant = {
        "id": uuid.uuid4().hex[:12],
        "user": user,
        "role": role,
        "start": start,
        "end": end,
        "reason": reason,
        "granted_by": api.user.get_current().getId(),
    }
    grant["indexed_phase"] = _phase(grant, clock.now())
    _storage(obj, create=True)[grant["id"]] = grant
    if not ITemporaryAccessHolder.providedBy(obj):
        alsoProvides(obj, ITemporaryAccessHolder)
        obj.reindexObject(idxs=["object_provides"])
    obj.reindexObjectSecurity()
    audit.record("access.granted", _path(obj), **_audit_details(grant))
    return grant


def _forget(obj, grant_id: str) -> dict:
    storage = _storage(obj)
    grant = dict(storage.pop(grant_id))
    if not storage:
        noLongerProvides(obj, ITemporaryAccessHolder)
        obj.reindexObject(idxs=["object_provides"])
    return grant


def revoke_access(obj, grant_id: str) -> dict | None:
    """Remove a grant before its end; None when the object has no such grant."""
    storage = _storage(obj)
    if not storage or grant_id not in storage:
        return None
    grant = _forget(obj, grant_id)
    obj.reindexObjectSecurity()
    audit.record("access.revoked", _path(obj), **_audit_details(grant))
    return grant


@provider(IJob)
def refresh_temporary_access(portal, now: datetime | None = None) -> dict:
    """Job: reindex the security of objects whose grants started or ended
    since the last run, audit and drop the ended grants. A second run at the
    same time does nothing: each grant remembers the phase last indexed."""
    now = now or clock.now()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        object_provides=ITemporaryAccessHolder.__identifier__
    )
    refreshed = []
    for brain in brains:
        obj = brain._unrestrictedGetObject()
        if _refresh_grants(obj, now):
            obj.reindexObjectSecurity()
            refreshed.append(_path(obj))
    return {"reindexed": refreshed}


def _refresh_grants(obj, now: datetime) -> bool:
    changed = False
    for grant in grants_of(obj):
        phase = _phase(grant, now)
        if phase == grant.get("indexed_phase"):
            continue
        changed = True
        if phase == "ended":
            _forget(obj, grant["id"])
            audit.record(
                "access.expired", _path(obj), actor="system", **_audit_details(grant)
            )
        else:
            _storage(obj)[grant["id"]] = {**grant, "indexed_phase": phase}
    return changed


@implementer(ILocalRoleProvider)
@adapter(ITemporaryAccessHolder)
class TemporaryAccessRoles:
    """The roles of the grants in force now, for borg.localrole."""

    def __init__(self, context):
        self.context = context

    def _active(self):
        now = clock.now()
        return [g for g in grants_of(self.context) if is_active(g, now)]

    def getRoles(self, principal_id):
        return tuple({g["role"] for g in self._active() if g["user"] == principal_id})

    def getAllRoles(self):
        roles: dict[str, set] = {}
        for grant in self._active():
            roles.setdefault(grant["user"], set()).add(grant["role"])
        return [(user, tuple(sorted(held))) for user, held in roles.items()]
