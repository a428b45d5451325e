"""What every feature's REST services share: their own permission check and
reading a JSON object body."""

from AccessControl import Unauthorized
from AccessControl import getSecurityManager
from oif.tremplin.core.errors import read_json
from zExceptions import BadRequest


def read_json_object(request) -> dict:
    """The request's JSON object: malformed JSON, or a list, is a 400."""
    data = read_json(request)
    if not isinstance(data, dict):
        raise BadRequest("Expected a JSON object.")
    return data


def require(permission: str, context) -> None:
    """The service's own check, beside the ZCML ``permission=`` (DESIGN.md:
    both), so a registration mistake cannot open it."""
    if not getSecurityManager().checkPermission(permission, context):
        raise Unauthorized(permission)
