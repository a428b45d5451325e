"""Who owns a profile: the member it describes, and nobody else."""

from plone import api


def hand_over(profile, user_id: str) -> None:
    """Make ``user_id`` the only Owner and the creator of ``profile``, as if
    she had created it herself (whoever really ran the code, a script or
    the registration service, keeps no role on it)."""
    others = [
        principal
        for principal, roles in profile.get_local_roles()
        if "Owner" in roles and principal != user_id
    ]
    profile.manage_delLocalRoles(others)
    profile.manage_setLocalRoles(user_id, ["Owner"])
    profile.changeOwnership(api.user.get(userid=user_id).getUser())
    profile.creators = (user_id,)
    profile.reindexObjectSecurity()
    profile.reindexObject(idxs=["Creator", "listCreators"])
