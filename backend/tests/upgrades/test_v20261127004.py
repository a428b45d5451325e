"""Upgrade 20261127004 brings account security to a site issue 6 left:
the password policy plugin, server-side token store, settings and control panel."""

from oif.tremplin.security.passwords.plugin import PLUGIN_ID
from oif.tremplin.security.sessions.tokens import jwt_plugin
from oif.tremplin.security.settings import REGISTRY_PREFIX
from plone import api
from plone.registry.interfaces import IRegistry
from Products.PluggableAuthService.interfaces.plugins import IValidationPlugin
from zope.component import getUtility

import pytest


PROFILE = "oif.tremplin:default"


def active_validators(portal) -> set[str]:
    return {
        plugin_id
        for plugin_id, _ in portal.acl_users.plugins.listPlugins(IValidationPlugin)
    }


@pytest.fixture
def old_site(portal, setup_tool):
    """The site as 20261127003 left it: Plone's own password policy, tokens
    not kept, no security settings nor control panel."""
    pas = portal.acl_users
    pas.plugins.deactivatePlugin(IValidationPlugin, PLUGIN_ID)
    pas._delObject(PLUGIN_ID)
    pas.plugins.activatePlugin(IValidationPlugin, "password_policy")
    jwt_plugin(portal).store_tokens = False
    registry = getUtility(IRegistry)
    for name in [n for n in registry.records if n.startswith(REGISTRY_PREFIX)]:
        del registry.records[name]
    api.portal.get_tool("portal_controlpanel").unregisterConfiglet("tremplin-security")
    setup_tool.setLastVersionForProfile(PROFILE, "20261127003")
    return portal


def test_the_old_site_really_lacks_security(old_site):
    assert PLUGIN_ID not in old_site.acl_users.objectIds()
    assert f"{REGISTRY_PREFIX}.idle_timeout_minutes" not in getUtility(IRegistry)


def test_upgrade_installs_the_password_policy(old_site, setup_tool, installer):
    assert installer.upgrade_info("oif.tremplin")["available"] is True
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    assert active_validators(old_site) >= {PLUGIN_ID}
    assert "password_policy" not in active_validators(old_site)
    assert installer.upgrade_info("oif.tremplin")["available"] is False


def test_upgrade_keeps_tokens_server_side(old_site, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)
    assert jwt_plugin(old_site).store_tokens is True


def test_upgrade_adds_settings_and_control_panel(old_site, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    registry = getUtility(IRegistry)
    assert registry[f"{REGISTRY_PREFIX}.idle_timeout_minutes"] > 0
    actions = api.portal.get_tool("portal_controlpanel").listActions()
    assert "tremplin-security" in {action.id for action in actions}
