"""Install (new sites and the upgrade step): pas.plugins.authomatic ready
for our OpenID Connect sign-in, and safe until an administrator configures
a provider in its control panel (``authomatic-controlpanel``).

- the plugin exists and finds users and their properties, but does not
  authenticate: this site signs in only through its own tokens, and the
  plugin's per-user secret would otherwise be a password nobody chose;
- a strong state secret: it signs authomatic's session, which the browser
  carries between the two halves of a sign-in (and which authomatic
  unpickles once the signature matches);
- no provider until one is configured (the stock default is a GitHub entry
  with dummy keys), and uuid user ids for the accounts it creates;
- its configlet (Site Setup, group "Users") listed for Site Administrators
  too: the stock one asks "Manage portal", which only Managers hold, while
  ``@controlpanels/authomatic`` already answers Site Administrators.
"""

from oif.tremplin.security.external import store
from pas.plugins.authomatic.interfaces import IPasPluginsAuthomaticSettings
from pas.plugins.authomatic.setuphandlers import _add_plugin
from plone.registry.interfaces import IRegistry
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from zope.component import getUtility

import json
import secrets


PLUGIN_ID = "authomatic"
CONFIGLET_ID = "authomatic"
CONFIGLET_PERMISSION = "Plone Site Setup: Security"
PREFIX = IPasPluginsAuthomaticSettings.__identifier__
MIN_SECRET_LENGTH = 32
EMPTY_CONFIG = "{}"


def install(portal):
    store._store(create=True, portal=portal)
    acl_users = portal.acl_users
    _add_plugin(acl_users, PLUGIN_ID)
    plugins = acl_users.plugins
    if PLUGIN_ID in plugins.listPluginIds(IAuthenticationPlugin):
        plugins.deactivatePlugin(IAuthenticationPlugin, PLUGIN_ID)
    registry = getUtility(IRegistry)
    if len(registry.get(f"{PREFIX}.secret") or "") < MIN_SECRET_LENGTH:
        registry[f"{PREFIX}.secret"] = secrets.token_urlsafe(MIN_SECRET_LENGTH)
    registry[f"{PREFIX}.userid_factory_name"] = "uuid"
    if has_sample_provider(registry.get(f"{PREFIX}.json_config")):
        set_provider_config(registry, EMPTY_CONFIG)
    open_configlet_to_site_administrators(portal)


def open_configlet_to_site_administrators(portal) -> None:
    for action in portal.portal_controlpanel.listActions():
        if action.getId() == CONFIGLET_ID:
            action.permissions = (CONFIGLET_PERMISSION,)


def has_sample_provider(config: str | None) -> bool:
    """True for the stock configuration (a GitHub entry with dummy keys)."""
    try:
        providers = json.loads(config or "{}")
    except ValueError:
        return False
    if not isinstance(providers, dict):
        return False
    return any(
        str((entry or {}).get("consumer_key", "")).startswith("Example")
        for entry in providers.values()
        if isinstance(entry, dict)
    )


def set_provider_config(registry, config: str) -> None:
    """Store the providers' JSON. The registry keeps no copy of the control
    panel's constraint (at least one provider), so ``{}`` is accepted here:
    it is what a site without external login has."""
    registry[f"{PREFIX}.json_config"] = config
