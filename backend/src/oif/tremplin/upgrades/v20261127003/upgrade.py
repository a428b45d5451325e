"""Data steps of profile version 20261127003."""

from dateutil.relativedelta import relativedelta
from oif.tremplin import logger
from oif.tremplin.experts.structure import ensure_expert_folders
from oif.tremplin.verification.cycle import REVERIFICATION_MONTHS
from oif.tremplin.verification.cycle import today
from plone import api


def create_expert_folders(context) -> None:
    """Existing sites get the folders new sites get at install."""
    ensure_expert_folders(api.portal.get())
    logger.info("Expert folders are in place")


OLD_WORKFLOW = "tremplin_company_workflow"
NEW_WORKFLOW = "tremplin_profile_workflow"


def move_profiles_to_profile_workflow(context) -> None:
    """Companies leave tremplin_company_workflow for tremplin_profile_workflow
    in the same state (draft and verified keep their ids) and with their
    history; verified ones get verification dates."""
    workflow_tool = api.portal.get_tool("portal_workflow")
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Company")
    for count, brain in enumerate(brains, start=1):
        company = brain._unrestrictedGetObject()
        move_history(company)
        date_verification(company)
        company.reindexObject()
        if count % 200 == 0:
            logger.info("Moved %s of %s company profiles", count, len(brains))
    if OLD_WORKFLOW in workflow_tool.objectIds():
        workflow_tool._delObject(OLD_WORKFLOW)
    # The permissions of every profile now come from the new workflow.
    workflow_tool.updateRoleMappings()
    logger.info("Moved %s company profiles to %s", len(brains), NEW_WORKFLOW)


def move_history(company) -> None:
    history = getattr(company, "workflow_history", None)
    if history is None or OLD_WORKFLOW not in history:
        return
    if NEW_WORKFLOW not in history:
        history[NEW_WORKFLOW] = tuple(history[OLD_WORKFLOW])
    del history[OLD_WORKFLOW]


def date_verification(company) -> None:
    """Profiles verified before the dates existed: verified on their last
    `verify`, valid for the configured period from then."""
    if api.content.get_state(company) != "verified" or company.verified_on:
        return
    verifications = [
        entry
        for entry in company.workflow_history.get(NEW_WORKFLOW, ())
        if entry.get("action") == "verify" and entry.get("time") is not None
    ]
    verified_on = (
        verifications[-1]["time"].asdatetime().date() if verifications else today()
    )
    months = api.portal.get_registry_record(REVERIFICATION_MONTHS, default=12)
    company.verified_on = verified_on
    company.verification_expires = verified_on + relativedelta(months=months)
