from oif.tremplin.access.roles import MANAGE_ROLES
from oif.tremplin.access.roles import ROLE_TITLES
from oif.tremplin.access.roles import experience_levels_of
from oif.tremplin.access.roles import find_members
from oif.tremplin.access.roles import serialize_member
from oif.tremplin.access.services import batched
from oif.tremplin.core.services import require
from plone.restapi.services import Service
from zope.i18n import translate


class RolesGet(Service):
    """Members with their Tremplin roles, searchable by name or e-mail."""

    def reply(self):
        require(MANAGE_ROLES, self.context)
        query = (self.request.form.get("q") or "").strip()

        def serialize(user_ids):
            levels = experience_levels_of(user_ids)
            return [serialize_member(uid, levels[uid]) for uid in user_ids]

        result = batched(self.request, find_members(query), serialize)
        result["roles"] = [
            {"id": role, "title": translate(title, context=self.request)}
            for role, title in ROLE_TITLES.items()
        ]
        return result
