"""REST services of the access feature (@tremplin-roles, @tremplin-temporary-access,
@tremplin-audit, @tremplin-audit-privileges)."""

from oif.tremplin.access.audit_report import parse_period
from oif.tremplin.core.errors import field_errors
from plone.restapi.batching import HypermediaBatch


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


def read_period(request) -> dict:
    """{"start", "end"} (UTC datetimes or None) from the query; a 400 naming
    ``start`` or ``end`` when one is not an ISO date."""
    period, errors = parse_period(request.form)
    if errors:
        raise field_errors(errors)
    return period
