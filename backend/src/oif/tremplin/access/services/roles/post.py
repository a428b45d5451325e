from oif.tremplin import _
from oif.tremplin.access.roles import ASSIGNABLE_ROLES
from oif.tremplin.access.roles import MANAGE_ROLES
from oif.tremplin.access.roles import experience_levels_of
from oif.tremplin.access.roles import serialize_member
from oif.tremplin.access.roles import set_roles
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.services import read_json_object
from oif.tremplin.core.services import require
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


def validate(data: dict) -> dict:
    errors = {}
    user_id = data.get("user")
    if not isinstance(user_id, str) or api.user.get(userid=user_id) is None:
        errors["user"] = _("error_unknown_user", default="No member has this id.")
    roles = data.get("roles")
    if not isinstance(roles, list) or not all(
        isinstance(role, str) and role in ASSIGNABLE_ROLES for role in roles
    ):
        errors["roles"] = _(
            "error_unknown_role",
            default="Choose roles among Moderator, Company Representative, "
            "Expert and Site Administrator.",
        )
    return errors


class RolesPost(Service):
    """Give a member exactly the listed roles (spec §6.2.3)."""

    def reply(self):
        require(MANAGE_ROLES, self.context)
        data = read_json_object(self.request)
        errors = validate(data)
        if errors:
            raise field_errors(errors)
        alsoProvides(self.request, IDisableCSRFProtection)
        set_roles(data["user"], data["roles"])
        level = experience_levels_of([data["user"]])[data["user"]]
        return serialize_member(data["user"], level)
