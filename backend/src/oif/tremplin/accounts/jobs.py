"""The accounts' scheduled job: forget registrations nobody confirmed."""

from oif.tremplin.accounts.pending import purge_expired
from oif.tremplin.core.jobs import IJob
from zope.interface import provider


@provider(IJob)
def purge_expired_registrations(portal, now) -> dict:
    """Idempotent: a second run finds nothing left to purge."""
    return {"purged": purge_expired(now)}
