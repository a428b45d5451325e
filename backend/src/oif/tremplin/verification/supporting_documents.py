"""The documents a profile sent to be verified, whatever language holds them.

A representative uploads them into one translation of her profile; the
moderator reviews the profile as a whole, so every language is searched.
"""

from oif.tremplin.verification.cycle import translations_of
from oif.tremplin.verification.file_types import detect_file_type
from plone import api


HEAD_SIZE = 16


def documents_of(profile) -> list:
    """The VerificationDocuments inside the profile and its translations,
    found without the current user's rights (the callers check theirs)."""
    catalog = api.portal.get_tool("portal_catalog")
    paths = [
        "/".join(language.getPhysicalPath()) for language in translations_of(profile)
    ]
    brains = catalog.unrestrictedSearchResults(
        portal_type="VerificationDocument",
        path={"query": paths, "depth": 1},
        sort_on="created",
    )
    return [brain._unrestrictedGetObject() for brain in brains]


def read_head(document) -> bytes | None:
    """The first bytes of the document's file, None when it cannot be read."""
    blob = getattr(document, "file", None)
    if blob is None:
        return None
    try:
        with blob.open() as data:
            return data.read(HEAD_SIZE)
    except Exception:  # a missing or damaged blob (POSKeyError, OSError)
        return None


def read_all(document) -> bytes | None:
    blob = getattr(document, "file", None)
    try:
        return blob.data if blob is not None else None
    except Exception:  # a missing or damaged blob (POSKeyError, OSError)
        return None


def file_type_of(document) -> str | None:
    head = read_head(document)
    return detect_file_type(head) if head else None
