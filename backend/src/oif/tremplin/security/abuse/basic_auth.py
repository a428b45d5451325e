"""HTTP Basic authentication of site members, off unless an administrator
turns it on (setting ``basic_auth_enabled``).

A login and password sent in an ``Authorization: Basic`` header are checked
by PAS on any request, outside ``@login``: no CAPTCHA after three failures,
no lockout, and the answer differs between a right and a wrong password.
That would let anyone guess passwords around the login guard. With the
setting off, the site's user folder does not read the header at all, so
both passwords get the same anonymous answer. The Zope root's user folder
(the emergency user) is not concerned.
"""

from oif.tremplin.security.settings import REGISTRY_PREFIX
from oif.tremplin.security.settings import security_setting
from Products.PluggableAuthService.interfaces.plugins import IExtractionPlugin
from zope.component.hooks import getSite


PLUGIN_ID = "credentials_basic_auth"
RECORD = f"{REGISTRY_PREFIX}.basic_auth_enabled"


def basic_auth_active(portal) -> bool:
    plugins = portal.acl_users.plugins
    return PLUGIN_ID in [pid for pid, _ in plugins.listPlugins(IExtractionPlugin)]


def apply_basic_auth_setting(portal) -> None:
    """Read ``Authorization: Basic`` in the site's user folder only when the
    setting says so (idempotent)."""
    if PLUGIN_ID not in portal.acl_users.objectIds():
        return
    plugins = portal.acl_users.plugins
    wanted = bool(security_setting("basic_auth_enabled"))
    if wanted and not basic_auth_active(portal):
        plugins.activatePlugin(IExtractionPlugin, PLUGIN_ID)
    elif not wanted and basic_auth_active(portal):
        plugins.deactivatePlugin(IExtractionPlugin, PLUGIN_ID)


def basic_auth_setting_changed(event) -> None:
    """The control panel (or a script) changed the registry record."""
    if getattr(event.record, "__name__", None) == RECORD:
        apply_basic_auth_setting(getSite())
