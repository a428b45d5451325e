from AccessControl import Unauthorized
from AccessControl import getSecurityManager
from oif.tremplin import _
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.tags.keywords import MAX_TAG_LENGTH
from oif.tremplin.tags.keywords import USE_KEYWORD_MANAGER
from oif.tremplin.tags.keywords import delete_tags
from oif.tremplin.tags.keywords import rename_tags
from oif.tremplin.tags.keywords import tags_in
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.interface import alsoProvides


ACTIONS = ("rename", "delete")


def validate(data, known: set[str]) -> dict:
    """Field → message for everything wrong in the request; nothing is
    written when one is found."""
    errors = {}
    if data.get("action") not in ACTIONS:
        errors["action"] = _(
            "error_tags_action", default="Choose the action rename or delete."
        )
    tags = data.get("tags")
    if (
        not isinstance(tags, list)
        or not tags
        or not all(isinstance(tag, str) and tag in known for tag in tags)
    ):
        errors["tags"] = _(
            "error_tags_unknown",
            default="Choose one or more tags used in this language.",
        )
    if data.get("action") == "rename":
        new_tag = data.get("new_tag")
        if not isinstance(new_tag, str) or not new_tag.strip():
            errors["new_tag"] = _(
                "error_tags_new_required", default="Type the new tag."
            )
        elif len(new_tag.strip()) > MAX_TAG_LENGTH:
            errors["new_tag"] = _(
                "error_tags_new_too_long",
                default="A tag has at most ${max} characters.",
                mapping={"max": MAX_TAG_LENGTH},
            )
    return errors


class TagsPost(Service):
    """Rename (merge) or delete tags of this language root, all or nothing."""

    def reply(self):
        if not getSecurityManager().checkPermission(USE_KEYWORD_MANAGER, self.context):
            raise Unauthorized(USE_KEYWORD_MANAGER)
        data = read_json(self.request)
        if not isinstance(data, dict):
            data = {}
        known = {item["tag"] for item in tags_in(self.context)}
        if errors := validate(data, known):
            raise field_errors(errors)
        alsoProvides(self.request, IDisableCSRFProtection)
        if data["action"] == "rename":
            updated = rename_tags(self.context, data["tags"], data["new_tag"].strip())
        else:
            updated = delete_tags(self.context, data["tags"])
        return {"updated": updated, "items": tags_in(self.context)}
