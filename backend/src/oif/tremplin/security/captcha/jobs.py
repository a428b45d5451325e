"""The captcha's scheduled job: forget spent challenges once they expired."""

from oif.tremplin.core.jobs import IJob
from oif.tremplin.security.captcha.challenge import purge_expired
from zope.interface import provider


@provider(IJob)
def purge_spent_challenges(portal, now) -> dict:
    """Idempotent: a second run finds nothing left to purge."""
    return {"purged": purge_expired(now)}
