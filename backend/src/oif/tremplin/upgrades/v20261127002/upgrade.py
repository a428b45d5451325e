"""Bring existing company folders and profiles under the new rules."""

from oif.tremplin import logger
from oif.tremplin.companies.structure import COMPANY_FOLDERS
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager


# Virtual groups an owner could give a role to through @sharing.
EVERYONE = ("AuthenticatedUsers", "Anonymous")


def secure_company_profiles(context) -> None:
    portal = api.portal.get()
    for language, (folder_id, _title, _text) in COMPANY_FOLDERS.items():
        folder = portal[language].get(folder_id)
        if folder is not None and folder.portal_type != "CompanyFolder":
            folder.portal_type = "CompanyFolder"
            folder.reindexObject()
    companies = [
        brain._unrestrictedGetObject()
        for brain in api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
            portal_type="Company"
        )
    ]
    for count, company in enumerate(companies, start=1):
        revoke_everyone(company)
        align_translations(company)
        company.reindexObject()
        if count % 200 == 0:
            logger.info("Secured %s of %s company profiles", count, len(companies))
    # The workflows changed: recompute every object's permissions.
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    logger.info("Secured %s company profiles", len(companies))


def revoke_everyone(company) -> None:
    """Roles an owner handed to every member before sharing was closed."""
    granted = [p for p, _roles in company.get_local_roles() if p in EVERYONE]
    if granted:
        logger.warning(
            "Revoking %s's local roles on %s", granted, company.absolute_url()
        )
        company.manage_delLocalRoles(granted)
        company.reindexObjectSecurity()


def align_translations(company) -> None:
    """A translation left verified after its original was withdrawn goes back
    to draft: a moderator verifies the profile again."""
    if api.content.get_state(company) != "verified":
        return
    translations = ITranslationManager(company).get_translations().values()
    if any(api.content.get_state(other) != "verified" for other in translations):
        logger.warning(
            "Withdrawing %s: a translation is not verified", company.absolute_url()
        )
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=company, to_state="draft")
