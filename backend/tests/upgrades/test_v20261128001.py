"""Upgrade 20261128001 brings the directory to a site of 20261127005: its
indexes and columns filled for the existing profiles, the featured
behaviour, the search permission and the directory pages."""

from plone import api
from plone.app.multilingual.interfaces import ITranslationManager

import pytest


PROFILE = "oif.tremplin:default"
INDEXES = ("profile_country", "profile_region", "expertise", "featured", "verified_on")
COLUMNS = (
    "sector",
    "profile_country",
    "expertise",
    "size_band",
    "experience",
    "featured",
    "verified_on",
    "city",
)
SEARCH = "oif.tremplin: Search the directory"
FEATURE = "oif.tremplin: Feature profiles"
DELICES = "/plone/fr/entreprises/delices-tropicaux-du-senegal"


@pytest.fixture
def site_at_005(portal, setup_tool):
    """As 20261127005 left it: none of the directory's catalog entries,
    behaviour, permissions or pages."""
    catalog = api.portal.get_tool("portal_catalog")
    for name in INDEXES:
        catalog.delIndex(name)
    for name in COLUMNS:
        catalog.delColumn(name)
    types = api.portal.get_tool("portal_types")
    for type_name in ("Company", "Expert"):
        fti = types[type_name]
        fti.behaviors = tuple(b for b in fti.behaviors if b != "oif.tremplin.featured")
    for permission in (SEARCH, FEATURE):
        portal.manage_permission(permission, roles=[], acquire=True)
    with api.env.adopt_roles(["Manager"]):
        portal.fr.manage_delObjects(["annuaire"])
        portal.en.manage_delObjects(["directory"])
    setup_tool.setLastVersionForProfile(PROFILE, "20261127005")
    return portal


def upgrade(setup_tool):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)


def roles_of(portal, permission) -> set[str]:
    return {r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]}


def test_the_old_site_is_as_described(site_at_005, installer):
    assert installer.upgrade_info("oif.tremplin")["available"] is True
    assert "profile_country" not in api.portal.get_tool("portal_catalog").indexes()
    assert "Company Representative" not in roles_of(site_at_005, SEARCH)


def test_existing_profiles_are_indexed(site_at_005, setup_tool):
    upgrade(setup_tool)
    catalog = api.portal.get_tool("portal_catalog")
    assert set(INDEXES) <= set(catalog.indexes())
    (brain,) = catalog.unrestrictedSearchResults(
        profile_country="SN", profile_region="africa", path=DELICES
    )
    assert brain.city == "Dakar"
    assert brain.sector == ["agrifood"] or tuple(brain.sector) == ("agrifood",)
    assert brain.verified_on is not None
    assert brain.featured is False
    verified = catalog.unrestrictedSearchResults(
        portal_type="Company", review_state="verified", Language="fr"
    )
    assert len(
        catalog.unrestrictedSearchResults(
            portal_type="Company",
            Language="fr",
            verified_on={"query": "2000-01-01", "range": "min"},
        )
    ) == len(verified)


def test_profiles_may_be_featured(site_at_005, setup_tool):
    upgrade(setup_tool)
    types = api.portal.get_tool("portal_types")
    for type_name in ("Company", "Expert"):
        assert "oif.tremplin.featured" in types[type_name].behaviors
    assert roles_of(site_at_005, FEATURE) == {
        "Manager",
        "Site Administrator",
        "Moderator",
    }


def test_members_may_search(site_at_005, setup_tool):
    upgrade(setup_tool)
    assert roles_of(site_at_005, SEARCH) == {
        "Manager",
        "Site Administrator",
        "Moderator",
        "Company Representative",
        "Expert",
    }


def test_directory_pages(site_at_005, setup_tool):
    upgrade(setup_tool)
    french, english = site_at_005.fr.annuaire, site_at_005.en.directory
    for page in (french, english):
        assert page.getLayout() == "directory_view"
        assert api.content.get_state(page) == "published"
    assert french.title == "Annuaire"
    assert english.title == "Directory"
    assert ITranslationManager(french).get_translation("en") == english


def test_nothing_left_to_upgrade(site_at_005, setup_tool, installer):
    upgrade(setup_tool)
    assert installer.upgrade_info("oif.tremplin")["available"] is False
