from oif.tremplin import _
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from oif.tremplin.security.passwords.messages import REQUIRED
from oif.tremplin.security.passwords.plugin import member_inputs
from oif.tremplin.security.passwords.policy import password_strength
from plone import api
from plone.restapi.services import Service


INVALID = _("error_invalid_value", default="This value is not valid.")
OPTIONAL_TEXT = ("email", "fullname")


def check_errors(data) -> dict:
    if not isinstance(data, dict) or not isinstance(data.get("password"), str):
        return {"password": REQUIRED}
    return {
        name: INVALID
        for name in OPTIONAL_TEXT
        if data.get(name) is not None and not isinstance(data[name], str)
    }


class PasswordCheckPost(Service):
    """How strong a password is and why it would be refused; nothing kept."""

    def reply(self):
        data = read_json(self.request)
        if errors := check_errors(data):
            raise field_errors(errors)
        inputs = [data.get(name) or "" for name in OPTIONAL_TEXT]
        if not api.user.is_anonymous():  # her own change-password page
            inputs += member_inputs(api.user.get_current())
        return password_strength(data["password"], inputs)
