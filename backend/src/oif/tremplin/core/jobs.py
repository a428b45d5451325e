"""Scheduled jobs: reminders, expiries, clean-ups (DESIGN.md "Time, jobs, mail").

A job is a callable ``job(portal, now) -> dict`` registered as a named
utility providing ``IJob``; the name is the job's id in the summary. Each job
is idempotent: it records what it already did (in its own BTree store), so
running it twice, or every few minutes, acts once. ``now`` is an aware UTC
datetime: tests pass the day they replay, production passes nothing and the
job runner reads ``core.clock``.

To add a job, write the function in your feature and register it in the
feature's configure.zcml, for instance::

    <utility
        name="oif.tremplin.jobs.temporary_access_cleanup"
        component=".jobs.clean_up_temporary_access"
        provides="oif.tremplin.core.jobs.IJob"
        />

and mark the function with ``@provider(IJob)`` (zope.interface). Run every
job with ``make jobs`` (development) or ``scripts/run_jobs.py`` through
``zconsole run`` (the production timer); tests call ``run_jobs(portal, now)``
or the job itself.
"""

from datetime import datetime
from oif.tremplin import logger
from oif.tremplin.core import clock
from zope.component import getUtilitiesFor
from zope.interface import Interface


class IJob(Interface):
    """A scheduled, idempotent job."""

    def __call__(portal, now: datetime) -> dict:
        """Do what is due at ``now``; a short JSON-serialisable summary."""


def registered_jobs() -> list[tuple[str, IJob]]:
    return sorted(getUtilitiesFor(IJob), key=lambda item: item[0])


def run_jobs(portal, now: datetime | None = None) -> dict[str, dict]:
    """Run every registered job once, in name order; their summaries by name.

    An error stops the run and propagates: the caller aborts the transaction
    and, every job being idempotent, the next run does the work again.
    """
    now = now or clock.now()
    summary = {}
    for name, job in registered_jobs():
        logger.info("Running job %s for %s", name, now.isoformat())
        summary[name] = job(portal, now)
    return summary
