"""What each member consented to, with the version of the text and the date
(spec §4.1.1). Append-only: a new version accepted adds an entry, nothing
edits or removes one. One OOBTree in the site's annotations, keyed by user id.
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from plone import api
from zope.annotation.interfaces import IAnnotations


CONSENTS_KEY = "oif.tremplin.accounts.consents"
TERMS_VERSION_RECORD = "oif.tremplin.terms_version"
PRIVACY_VERSION_RECORD = "oif.tremplin.privacy_version"


def current_versions() -> dict[str, str]:
    """The versions of the terms of use and privacy notice shown today."""
    return {
        "terms": api.portal.get_registry_record(TERMS_VERSION_RECORD, default=""),
        "privacy": api.portal.get_registry_record(PRIVACY_VERSION_RECORD, default=""),
    }


def record_consent(user_id: str, *, terms: str, privacy: str, when: datetime) -> dict:
    """Append that ``user_id`` accepted these versions at ``when``."""
    annotations = IAnnotations(api.portal.get())
    if CONSENTS_KEY not in annotations:
        annotations[CONSENTS_KEY] = OOBTree()
    store = annotations[CONSENTS_KEY]
    entry = {
        "terms": terms,
        "privacy": privacy,
        "date": when.isoformat(timespec="seconds"),
    }
    # A tuple, re-assigned: the BTree sees the change, nobody edits in place.
    store[user_id] = (*store.get(user_id, ()), entry)
    return dict(entry)


def consents_of(user_id: str) -> list[dict]:
    """Every consent of ``user_id``, oldest first."""
    store = IAnnotations(api.portal.get()).get(CONSENTS_KEY)
    return [dict(entry) for entry in (store or {}).get(user_id, ())]
