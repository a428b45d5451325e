"""REST services of the access feature (@tremplin-roles, @tremplin-temporary-access,
@tremplin-audit, @tremplin-audit-privileges)."""

from AccessControl import Unauthorized
from AccessControl import getSecurityManager
from oif.tremplin.access.audit_report import parse_period
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.errors import read_json
from plone.restapi.batching import HypermediaBatch
from zExceptions import BadRequest


def read_json_object(request) -> dict:
    """The request's JSON object: malformed JSON, or a list, is a 400."""
    data = read_json(request)
    if not isinstance(data, dict):
        raise BadRequest("Expected a JSON object.")
    return data


def batched(request, sequence, serialize) -> dict:
    """plone.restapi's batching (b_start, b_size) over ``sequence``."""
    batch = HypermediaBatch(request, sequence)
    result = {
        "@id": batch.canonical_url,
        "items": serialize(list(batch)),
        "items_total": batch.items_total,
    }
    if batch.links:
        result["batching"] = batch.links
    return result


def require(permission: str, context) -> None:
    """The service's own check, beside the ZCML ``permission=`` (DESIGN.md:
    both), so a registration mistake cannot open it."""
    if not getSecurityManager().checkPermission(permission, context):
        raise Unauthorized(permission)


def read_period(request) -> dict:
    """{"start", "end"} (UTC datetimes or None) from the query; a 400 naming
    ``start`` or ``end`` when one is not an ISO date."""
    period, errors = parse_period(request.form)
    if errors:
        raise field_errors(errors)
    return period
