from oif.tremplin.accounts.own_profile import is_invited_to_create
from oif.tremplin.accounts.own_profile import profiles_owned_by
from oif.tremplin.accounts.own_profile import summarize
from plone import api
from plone.restapi.services import Service
from zExceptions import Unauthorized


class MyProfileGet(Service):
    """The profiles the signed-in member owns (none for a new external
    account): where Volto sends her to complete or create her profile."""

    def reply(self):
        if api.user.is_anonymous():
            raise Unauthorized("Sign in first.")
        user = api.user.get_current()
        owned = profiles_owned_by(user.getId())
        return {
            "@id": f"{self.context.absolute_url()}/@tremplin-my-profile",
            "items": [summarize(brain) for brain in owned],
            "may_create": is_invited_to_create(user, owned),
        }
