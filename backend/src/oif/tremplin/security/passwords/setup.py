"""Install the password policy in a site's user folder (idempotent)."""

from oif.tremplin.security.passwords.plugin import PLUGIN_ID
from oif.tremplin.security.passwords.plugin import PasswordPolicyPlugin
from Products.PluggableAuthService.interfaces.plugins import IValidationPlugin


# Plone's own policy (eight characters); ours asks more, so it would only
# repeat a weaker version of the same complaint. Kept, not deleted: an
# administrator can turn it back on in the ZMI.
STOCK_POLICY_ID = "password_policy"


def install(portal) -> None:
    pas = portal.acl_users
    if PLUGIN_ID not in pas.objectIds():
        pas._setObject(
            PLUGIN_ID, PasswordPolicyPlugin(PLUGIN_ID, "Tremplin password policy")
        )
    plugins = pas.plugins
    active = [plugin_id for plugin_id, _ in plugins.listPlugins(IValidationPlugin)]
    if PLUGIN_ID not in active:
        plugins.activatePlugin(IValidationPlugin, PLUGIN_ID)
    if STOCK_POLICY_ID in active:
        plugins.deactivatePlugin(IValidationPlugin, STOCK_POLICY_ID)
