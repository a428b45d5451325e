"""Upgrade 20261128002 brings the self-assessment to a site of 20261128001:
its store with version 1 of the questionnaire, and its permissions."""

from oif.tremplin.assessment import store
from plone import api
from zope.annotation.interfaces import IAnnotations

import pytest


PROFILE = "oif.tremplin:default"
TAKE = "oif.tremplin: Take maturity assessment"
MANAGE = "oif.tremplin: Manage maturity questionnaire"


@pytest.fixture
def site_at_001(portal, setup_tool):
    """As 20261128001 left it: no store, no permission granted."""
    del IAnnotations(portal)[store.STORE_KEY]
    for permission in (TAKE, MANAGE):
        portal.manage_permission(permission, roles=[], acquire=True)
    setup_tool.setLastVersionForProfile(PROFILE, "20261128001")
    return portal


def roles_of(portal, permission) -> set[str]:
    return {r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]}


def test_the_upgrade_creates_the_store_and_grants_the_permissions(
    site_at_001, setup_tool, installer
):
    assert installer.upgrade_info("oif.tremplin")["available"] is True

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    version = store.current_version()
    assert (version["id"], version["version"]) == ("maturity", 1)
    assert len(version["dimensions"]) == 10
    assert {rule["dimension"] for rule in store.rules()} >= {"strategy", "logistics"}
    assert roles_of(site_at_001, TAKE) == {"Manager", "Owner"}
    assert roles_of(site_at_001, MANAGE) == {"Manager", "Site Administrator"}
    assert installer.upgrade_info("oif.tremplin")["available"] is False


def test_running_it_again_changes_nothing(portal):
    before = store.history().versions[1]

    store.ensure_store()

    assert store.history().current == 1
    assert store.history().versions[1] == before
