"""Upgrade 20261127003 moves companies to tremplin_profile_workflow in the
state they had in tremplin_company_workflow."""

from DateTime import DateTime
from datetime import date
from plone import api
from Products.DCWorkflow.DCWorkflow import DCWorkflowDefinition

import pytest


PROFILE = "oif.tremplin:default"
OLD, NEW = "tremplin_company_workflow", "tremplin_profile_workflow"
VERIFIED = (
    "fr/entreprises/delices-tropicaux-du-senegal",
    "en/companies/delices-tropicaux-du-senegal",
)
DRAFT = ("fr/entreprises/edunova-maroc", "en/companies/edunova-maroc")


def as_old_workflow_left_it(company, state: str, verified_on=None) -> None:
    """History only in the old workflow, no verification dates."""
    history = [
        {"review_state": "draft", "action": None, "actor": "awa", "time": DateTime()}
    ]
    if state == "verified":
        history.append({
            "review_state": "verified",
            "action": "verify",
            "actor": "moderateur",
            "comments": "",
            "time": DateTime(verified_on.isoformat() + " 10:00 UTC"),
        })
    company.workflow_history = {OLD: tuple(history)}
    company.verified_on = company.verification_expires = None


@pytest.fixture
def old_site(portal, setup_tool):
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow_tool._setObject(OLD, DCWorkflowDefinition(OLD))
    for path in VERIFIED:
        as_old_workflow_left_it(
            portal.unrestrictedTraverse(path), "verified", date(2026, 11, 20)
        )
    for path in DRAFT:
        as_old_workflow_left_it(portal.unrestrictedTraverse(path), "draft")
    setup_tool.setLastVersionForProfile(PROFILE, "20261127002")
    return portal


def test_companies_keep_their_state(old_site, setup_tool, installer):
    assert installer.upgrade_info("oif.tremplin")["available"] is True
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    for paths, state in ((VERIFIED, "verified"), (DRAFT, "draft")):
        for path in paths:
            company = old_site.unrestrictedTraverse(path)
            assert api.content.get_state(company) == state
            assert set(company.workflow_history) == {NEW}
    assert OLD not in api.portal.get_tool("portal_workflow").objectIds()
    assert installer.upgrade_info("oif.tremplin")["available"] is False


def test_permissions_come_from_the_new_workflow(old_site, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    def viewers(path):
        company = old_site.unrestrictedTraverse(path)
        return {r["name"] for r in company.rolesOfPermission("View") if r["selected"]}

    assert "Company Representative" in viewers(VERIFIED[0])
    assert "Company Representative" not in viewers(DRAFT[0])
    found = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
        portal_type="Company", review_state="draft"
    )
    assert {b.getPath().split("/plone/")[1] for b in found} == set(DRAFT)


def test_verified_companies_get_their_dates(old_site, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)
    company = old_site.unrestrictedTraverse(VERIFIED[0])
    assert company.verified_on == date(2026, 11, 20)
    assert company.verification_expires == date(2027, 11, 20)
    assert old_site.unrestrictedTraverse(DRAFT[0]).verified_on is None
