"""The install step leaves pas.plugins.authomatic safe until a provider is
configured, and its control panel to administrators."""

from oif.tremplin.security.external.setup import install
from oif.tremplin.security.external.setup import PREFIX
from pas.plugins.authomatic.interfaces import DEFAULT_CONFIG
from plone import api
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.interfaces.plugins import IPropertiesPlugin
from Products.PluggableAuthService.interfaces.plugins import IUserEnumerationPlugin

import json
import transaction


def test_the_plugin_finds_users_but_authenticates_nobody(portal):
    plugins = portal.acl_users.plugins
    assert "authomatic" in portal.acl_users.objectIds()
    assert "authomatic" in plugins.listPluginIds(IUserEnumerationPlugin)
    assert "authomatic" in plugins.listPluginIds(IPropertiesPlugin)
    assert "authomatic" not in plugins.listPluginIds(IAuthenticationPlugin)


def test_no_sample_provider_and_a_strong_secret(portal):
    assert json.loads(api.portal.get_registry_record(f"{PREFIX}.json_config")) == {}
    assert len(api.portal.get_registry_record(f"{PREFIX}.secret")) >= 32
    assert api.portal.get_registry_record(f"{PREFIX}.userid_factory_name") == "uuid"


def test_install_again_keeps_what_was_configured(portal):
    secret = api.portal.get_registry_record(f"{PREFIX}.secret")
    configured = json.dumps({"oif": {"class_": "x", "consumer_key": "tremplin"}})
    api.portal.set_registry_record(f"{PREFIX}.json_config", configured)
    install(portal)
    assert api.portal.get_registry_record(f"{PREFIX}.secret") == secret
    assert api.portal.get_registry_record(f"{PREFIX}.json_config") == configured


def test_install_replaces_the_stock_sample_and_a_weak_secret(portal):
    api.portal.set_registry_record(f"{PREFIX}.json_config", DEFAULT_CONFIG)
    api.portal.set_registry_record(f"{PREFIX}.secret", "abcdefghij")
    portal.acl_users.plugins.activatePlugin(IAuthenticationPlugin, "authomatic")
    install(portal)
    assert json.loads(api.portal.get_registry_record(f"{PREFIX}.json_config")) == {}
    assert len(api.portal.get_registry_record(f"{PREFIX}.secret")) >= 32
    plugins = portal.acl_users.plugins
    assert "authomatic" not in plugins.listPluginIds(IAuthenticationPlugin)


def test_the_control_panel_is_for_administrators(
    functional_portal, member_session, request_factory
):
    transaction.commit()
    admin = member_session("administrateur")
    listed = {
        panel["@id"].rsplit("/", 1)[-1]: panel["group"]
        for panel in admin.get("/@controlpanels").json()
    }
    assert listed["authomatic"] == listed["usergroup"]
    assert admin.get("/@controlpanels/authomatic").status_code == 200
    for session in (
        member_session("awa"),
        member_session("moderateur"),
        request_factory(),
    ):
        assert session.get("/@controlpanels/authomatic").status_code == 401
        assert (
            session.patch(
                "/@controlpanels/authomatic", json={"json_config": "{}"}
            ).status_code
            == 401
        )
