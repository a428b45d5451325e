"""Site creation for the `tremplin` plone.distribution."""

from oif.tremplin import logger
from oif.tremplin.demo import create_demo_content
from plone.distribution.core import Distribution
from plone.distribution.handler import default_handler
from Products.CMFPlone.Portal import PloneSite


def create_tremplin_site(
    distribution: Distribution, site: PloneSite, answers: dict
) -> PloneSite:
    """Apply the profiles, then add the demo accounts and companies if asked."""
    site = default_handler(distribution, site, answers)
    if answers.get("setup_content"):
        logger.info("Creating the demo accounts and companies")
        create_demo_content(site)
    return site
