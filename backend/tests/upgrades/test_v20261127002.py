"""Upgrade 20261127002 brings an existing site under the new company rules."""

from DateTime import DateTime
from plone import api

import pytest


PROFILE = "oif.tremplin:default"
FRENCH = "fr/entreprises/delices-tropicaux-du-senegal"
ENGLISH = "en/companies/delices-tropicaux-du-senegal"


def set_state(company, state: str) -> None:
    """As the old code left it: one translation moved alone (in the workflow
    profiles have today: upgrade 20261127003 moves them to it)."""
    workflow = api.portal.get_tool("portal_workflow")
    workflow.setStatusOf(
        workflow.getChainFor(company)[0],
        company,
        {"review_state": state, "action": None, "actor": "test", "time": DateTime()},
    )


@pytest.fixture
def old_site(portal, setup_tool):
    """A site at 20261127001 that went through the holes of issue 5."""
    french = portal.unrestrictedTraverse(FRENCH)
    portal["fr"]["entreprises"].portal_type = "Document"
    french.manage_setLocalRoles("AuthenticatedUsers", ["Reader"])
    french.manage_permission("Change local roles", ["Owner", "Manager"], acquire=0)
    set_state(french, "draft")
    setup_tool.setLastVersionForProfile(PROFILE, "20261127001")
    return portal


def test_upgrade_secures_existing_profiles(
    old_site, setup_tool, installer, profile_last_version
):
    assert installer.upgrade_info("oif.tremplin")["available"] is True
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    french = old_site.unrestrictedTraverse(FRENCH)
    english = old_site.unrestrictedTraverse(ENGLISH)
    assert old_site["fr"]["entreprises"].portal_type == "CompanyFolder"
    assert "AuthenticatedUsers" not in dict(french.get_local_roles())
    sharing = {
        r["name"]
        for r in french.rolesOfPermission("Change local roles")
        if r["selected"]
    }
    assert sharing == {"Site Administrator", "Manager"}
    # The English profile stayed verified when the French one was withdrawn.
    assert api.content.get_state(english) == "draft"
    assert installer.upgrade_info("oif.tremplin")["available"] is False
    # Then on through the later steps.
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        profile_last_version(PROFILE),
    )


def test_aligned_profiles_stay_verified(portal, setup_tool):
    setup_tool.setLastVersionForProfile(PROFILE, "20261127001")
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)
    for path in (FRENCH, ENGLISH):
        assert api.content.get_state(portal.unrestrictedTraverse(path)) == "verified"
