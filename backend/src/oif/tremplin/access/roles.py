"""Who holds which Tremplin role, and how administrators change it.

A role is held through membership of its group (core/groups.py), never as a
global role on the user: a member then loses the role by leaving the group,
and the group list in the control panel tells the whole story. Manager is
not assignable here: it stays with the Zope administrators.
"""

from oif.tremplin import _
from oif.tremplin.core.groups import ROLE_GROUPS
from plone import api


MANAGE_ROLES = "oif.tremplin: Manage roles"
SITE_ADMINISTRATORS = "Site Administrators"

ROLE_TITLES = {
    "Moderator": _("role_moderator", default="Moderator"),
    "Company Representative": _(
        "role_company_representative", default="Company Representative"
    ),
    "Expert": _("role_expert", default="Expert"),
    "Site Administrator": _("role_site_administrator", default="Site Administrator"),
}

# role id -> the group that grants it, in the order screens show them.
ASSIGNABLE_ROLES = {
    **{roles[0]: group for group, (_title, roles) in ROLE_GROUPS.items()},
    "Site Administrator": SITE_ADMINISTRATORS,
}


def roles_of(user_id: str) -> list[str]:
    """The assignable roles the member holds through her groups."""
    groups = {group.getId() for group in api.group.get_groups(username=user_id)}
    return [role for role, group in ASSIGNABLE_ROLES.items() if group in groups]


def find_members(query: str = "") -> list[str]:
    """Ids of the members whose id, login, name or e-mail contains ``query``,
    sorted by id."""
    acl_users = api.portal.get_tool("acl_users")
    if not query:
        found = acl_users.searchUsers()
    else:
        # PAS combines several criteria with AND: ask once per criterion.
        found = [
            user
            for criterion in ("id", "login", "fullname", "email")
            for user in acl_users.searchUsers(**{criterion: query})
        ]
    return sorted({user["userid"] for user in found if user.get("userid")})


def experience_levels_of(user_ids: list[str]) -> dict[str, str | None]:
    """The experience level of the company each member created (spec §6.2.1:
    representatives have a sub-level by experience)."""
    catalog = api.portal.get_tool("portal_catalog")
    levels: dict[str, str | None] = dict.fromkeys(user_ids)
    if not user_ids:
        return levels
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Company", Creator=list(user_ids)
    ):
        level = getattr(brain._unrestrictedGetObject(), "experience_level", None)
        if level and not levels.get(brain.Creator):
            levels[brain.Creator] = level
    return levels


def serialize_member(user_id: str, level: str | None = None) -> dict:
    user = api.user.get(userid=user_id)
    return {
        "id": user_id,
        "fullname": user.getProperty("fullname", "") or "",
        "email": user.getProperty("email", "") or "",
        "roles": roles_of(user_id),
        "experience_level": level,
    }


def set_roles(user_id: str, roles: list[str]) -> None:
    """Make ``roles`` the member's assignable roles by joining and leaving
    groups; subscribers.record_group_joined/left audit each change."""
    held = set(roles_of(user_id))
    wanted = set(roles)
    for role in sorted(wanted - held):
        api.group.add_user(groupname=ASSIGNABLE_ROLES[role], username=user_id)
    for role in sorted(held - wanted):
        api.group.remove_user(groupname=ASSIGNABLE_ROLES[role], username=user_id)
