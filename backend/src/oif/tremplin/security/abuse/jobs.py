"""The login guard's scheduled job: drop ended locks and stale counters."""

from oif.tremplin.core.jobs import IJob
from oif.tremplin.security.abuse.login_guard import purge_expired
from zope.interface import provider


@provider(IJob)
def purge_login_failures(portal, now) -> dict:
    """Idempotent: a second run finds nothing left to purge."""
    return {"purged": purge_expired(now)}
