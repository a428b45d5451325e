"""Upgrade 20261127005 completes account security on a site that had the
scaffolding of 20261127004: external sign-in ready but without providers,
and HTTP Basic authentication of members off."""

from oif.tremplin.security.abuse.basic_auth import basic_auth_active
from oif.tremplin.security.abuse.basic_auth import PLUGIN_ID as BASIC_AUTH
from oif.tremplin.security.external.setup import PREFIX
from plone import api
from plone.registry.interfaces import IRegistry
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.interfaces.plugins import IExtractionPlugin
from zope.component import getUtility

import json
import pytest


PROFILE = "oif.tremplin:default"
BASIC_AUTH_RECORD = "oif.tremplin.security.basic_auth_enabled"
STOCK_CONFIG = json.dumps({
    "github": {
        "class_": "authomatic.providers.oauth2.GitHub",
        "consumer_key": "Example, please get a key and secret.",
        "consumer_secret": "x",
    }
})


@pytest.fixture
def site_at_004(portal, setup_tool):
    """As 20261127004 left it: pas.plugins.authomatic's stock settings, its
    plugin authenticating, Basic authentication read, no setting for it."""
    registry = getUtility(IRegistry)
    registry[f"{PREFIX}.secret"] = "short"
    registry[f"{PREFIX}.json_config"] = STOCK_CONFIG
    plugins = portal.acl_users.plugins
    plugins.activatePlugin(IAuthenticationPlugin, "authomatic")
    if not basic_auth_active(portal):
        plugins.activatePlugin(IExtractionPlugin, BASIC_AUTH)
    del registry.records[BASIC_AUTH_RECORD]
    setup_tool.setLastVersionForProfile(PROFILE, "20261127004")
    return portal


def upgrade(setup_tool):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)


def test_the_old_site_is_as_described(site_at_004, installer):
    assert installer.upgrade_info("oif.tremplin")["available"] is True
    assert basic_auth_active(site_at_004)


def test_basic_authentication_is_turned_off(site_at_004, setup_tool):
    upgrade(setup_tool)
    assert api.portal.get_registry_record(BASIC_AUTH_RECORD) is False
    assert not basic_auth_active(site_at_004)


def test_external_sign_in_is_safe_until_configured(site_at_004, setup_tool):
    upgrade(setup_tool)
    registry = getUtility(IRegistry)
    assert len(registry[f"{PREFIX}.secret"]) >= 32
    assert json.loads(registry[f"{PREFIX}.json_config"]) == {}
    authenticators = site_at_004.acl_users.plugins.listPluginIds(IAuthenticationPlugin)
    assert "authomatic" not in authenticators


def test_nothing_left_to_upgrade(site_at_004, setup_tool, installer):
    upgrade(setup_tool)
    assert installer.upgrade_info("oif.tremplin")["available"] is False
