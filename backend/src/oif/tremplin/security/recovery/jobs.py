"""Scheduled clean-up of the reset codes (core/jobs.py)."""

from oif.tremplin.core.jobs import IJob
from oif.tremplin.security.recovery.codes import purge_expired
from zope.interface import provider


@provider(IJob)
def purge_expired_reset_codes(portal, now) -> dict:
    """Codes expired for a day go; the store holds only recent requests."""
    return {"purged": purge_expired(now)}
