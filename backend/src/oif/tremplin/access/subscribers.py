"""Every role or permission change reaches the audit log, whichever screen
or service made it: group membership (PAS events) and sharing. A member who
gains or loses a role through a group is also mailed (security alert)."""

from oif.tremplin.core import audit
from oif.tremplin.security.alerts import send_security_alert
from plone import api
from plone.api.exc import CannotGetPortalError
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from zope.globalrequest import getRequest


# Every group's member holds these anyway: joining grants nothing new.
NOT_ROLES = {"Authenticated", "Member"}


def _json_sharing(request) -> dict | None:
    """plone.restapi's body: {"entries": [{"id", "type", "roles": {role: bool}}],
    "inherit"}; None when the request is not one."""
    try:
        data = json_body(request)
    except DeserializationError:  # the classic form posts no JSON
        return None
    if not isinstance(data, dict) or not ({"entries", "inherit"} & set(data)):
        return None
    return data


def _given_entries(request) -> tuple[list[dict], object]:
    """The sharing entries the request asked for, from the REST body or the
    classic @@sharing form (role_<Role> checkboxes)."""
    data = _json_sharing(request)
    if data is not None:
        entries = [
            {
                "id": entry.get("id"),
                "type": entry.get("type"),
                "roles": sorted(
                    r for r, on in dict(entry.get("roles") or {}).items() if on
                ),
            }
            for entry in data.get("entries") or []
        ]
        return entries, data.get("inherit")
    entries = [
        {
            "id": entry.get("id"),
            "type": entry.get("type"),
            "roles": sorted(
                k[5:] for k, on in entry.items() if k.startswith("role_") and on
            ),
        }
        for entry in request.form.get("entries", [])
    ]
    return entries, request.form.get("inherit")


def record_sharing_change(obj, event):
    """plone.app.workflow fires LocalrolesModifiedEvent after @sharing changed
    the local roles (or their inheritance) of ``obj``."""
    # LocalrolesModifiedEvent(context, request): the request is its description.
    request = event.descriptions[0] if event.descriptions else getRequest()
    entries, inherit = _given_entries(request) if request is not None else ([], None)
    details = {"entries": entries}
    if inherit is not None:
        details["inherit"] = bool(inherit)
    audit.record("sharing.changed", "/".join(obj.getPhysicalPath()), **details)


def _record_membership(event, joined: bool) -> None:
    try:
        portal = api.portal.get()
    except CannotGetPortalError:  # a Zope-level group, outside any site
        return
    group_id = event.group_id
    group = portal.portal_groups.getGroupById(group_id)
    roles = sorted(set(group.getRoles()) - NOT_ROLES) if group is not None else []
    if not roles:
        action = "group.joined" if joined else "group.left"
        audit.record(action, event.principal, group=group_id)
    for role in roles:
        action = "role.granted" if joined else "role.revoked"
        audit.record(action, event.principal, role=role, group=group_id)
    if roles:  # a group joining a group, or an unknown id, gets no mail
        send_security_alert(
            event.principal, "role", **{"granted" if joined else "revoked": roles}
        )


def record_group_joined(event):
    """Every way into a group (@tremplin-roles, the verification workflow,
    Plone's Users and Groups) grants its roles: one audit entry per role."""
    _record_membership(event, joined=True)


def record_group_left(event):
    _record_membership(event, joined=False)
