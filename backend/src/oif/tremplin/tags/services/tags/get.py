from oif.tremplin.tags.keywords import tags_in
from plone.restapi.services import Service


class TagsGet(Service):
    """The tags of this language root with their use counts."""

    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@tremplin-tags",
            "items": tags_in(self.context),
        }
