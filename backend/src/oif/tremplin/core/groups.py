"""One group per Tremplin role, so administrators grant a role by membership."""

from plone import api


# group id -> (title, global roles). "Site Administrators" ships with Plone.
ROLE_GROUPS = {
    "moderators": ("Modérateurs / Moderators", ("Moderator",)),
    "representatives": (
        "Représentants d'entreprises / Company representatives",
        ("Company Representative",),
    ),
    "experts": ("Experts et mentors / Experts and mentors", ("Expert",)),
}


def ensure_role_groups() -> None:
    """Create the groups once and keep their roles as declared."""
    for group_id, (title, roles) in ROLE_GROUPS.items():
        group = api.group.get(groupname=group_id)
        if group is None:
            group = api.group.create(groupname=group_id, title=title)
        api.group.grant_roles(group=group, roles=list(roles))
