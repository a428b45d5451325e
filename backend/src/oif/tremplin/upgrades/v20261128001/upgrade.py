from oif.tremplin import logger
from oif.tremplin.directory.pages import ensure_directory_pages
from plone import api

import transaction


NEW_INDEXES = (
    "profile_country",
    "profile_region",
    "expertise",
    "featured",
    "verified_on",
)
BATCH = 500


def install_directory(setup_tool):
    """Fill the new indexes and columns of the profiles alone, then create
    the directory pages."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type=["Company", "Expert"])
    total = len(brains)
    for number, brain in enumerate(brains, start=1):
        # The metadata columns are written by any reindex; the existing
        # indexes are left alone.
        brain._unrestrictedGetObject().reindexObject(idxs=NEW_INDEXES)
        if number % BATCH == 0:
            logger.info("Directory: %s/%s profiles indexed", number, total)
            transaction.commit()
    logger.info("Directory: %s profiles indexed", total)
    ensure_directory_pages(api.portal.get())
