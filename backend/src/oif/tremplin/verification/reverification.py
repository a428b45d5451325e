"""Annual re-verification (spec §6.1.7), a scheduled job (core/jobs.py).

The owner of a verified profile gets a mail 30 days, then 7 days, before
``verification_expires``; on that date the profile goes to ``expired`` and
she submits it again. What was sent is recorded per profile and expiry date,
so the job acts once however often it runs; a new verification (a new
expiry date) starts the reminders afresh.
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from oif.tremplin import logger
from oif.tremplin.core.jobs import IJob
from oif.tremplin.core.mail import member_language
from oif.tremplin.core.profiles import PROFILE_TYPES
from oif.tremplin.verification.cycle import mail_member
from oif.tremplin.verification.cycle import owner_of
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from zope.annotation.interfaces import IAnnotations
from zope.interface import provider


REMINDER_DAYS = (30, 7)
STORE_KEY = "oif.tremplin.verification.reminders"


def _sent_reminders(portal) -> OOBTree:
    """ "<translation group> <expiry date>" -> the reminders sent (days before)."""
    annotations = IAnnotations(portal)
    if STORE_KEY not in annotations:
        annotations[STORE_KEY] = OOBTree()
    return annotations[STORE_KEY]


def verified_profiles() -> list:
    """One language per verified profile: the owner's when it exists."""
    catalog = api.portal.get_tool("portal_catalog")
    groups = {}
    for brain in catalog.unrestrictedSearchResults(
        portal_type=PROFILE_TYPES, review_state="verified", sort_on="path"
    ):
        profile = brain._unrestrictedGetObject()
        groups.setdefault(ITranslationManager(profile).tg, []).append(profile)
    chosen = []
    for languages in groups.values():
        owner = owner_of(languages[0])
        preferred = member_language(owner) if owner is not None else None
        same = [p for p in languages if p.Language() == preferred]
        chosen.append((same or languages)[0])
    return chosen


def reminder_due(days_left: int) -> int | None:
    """The reminder for ``days_left``: 30 from a month before, 7 the last week."""
    due = [days for days in REMINDER_DAYS if days_left <= days]
    return min(due) if due else None


def expire(profile) -> None:
    # Only Manager passes the guard of `expire`: no person fires it.
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=profile, transition="expire")


@provider(IJob)
def remind_and_expire(portal, now: datetime) -> dict:
    sent = _sent_reminders(portal)
    reminded = expired = 0
    for profile in verified_profiles():
        expires = getattr(profile, "verification_expires", None)
        if expires is None:
            continue
        days_left = (expires - now.date()).days
        if days_left <= 0:
            expire(profile)
            expired += 1
            continue
        due = reminder_due(days_left)
        key = f"{ITranslationManager(profile).tg} {expires.isoformat()}"
        if due is None or due in sent.get(key, ()):
            continue
        mail_member(owner_of(profile), "profile_reminder", profile, days=str(days_left))
        sent[key] = (*sent.get(key, ()), due)
        reminded += 1
    logger.info("Re-verification: %s reminded, %s expired", reminded, expired)
    return {"reminded": reminded, "expired": expired}
