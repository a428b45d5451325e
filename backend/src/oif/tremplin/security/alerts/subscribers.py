"""A change of e-mail address alerts the member whichever screen or service
made it (PAS ``PropertiesUpdated``). Password changes are announced by
``passwords.subscribers``, role changes by ``access.subscribers``."""

from oif.tremplin.core import audit
from oif.tremplin.security.alerts.alerts import send_security_alert
from plone import api
from plone.api.exc import CannotGetPortalError


def committed_email(portal, userid: str) -> str:
    """The member's address as last committed, before this transaction.

    ``PropertiesUpdated`` comes after the property sheet was written, so the
    old address is gone from this connection. A second connection opened now
    still sees the committed state; it is only read, then closed.
    """
    jar = getattr(portal, "_p_jar", None)
    if jar is None:
        return ""
    plugin_ids = [
        plugin_id
        for plugin_id, plugin in portal.acl_users.objectItems()
        if hasattr(plugin, "_storage") and hasattr(plugin, "setPropertiesForUser")
    ]
    connection = jar.db().open()
    try:
        app = connection.root()["Application"]
        old_portal = app.unrestrictedTraverse(portal.getPhysicalPath()[1:], None)
        old_users = getattr(old_portal, "acl_users", None)
        for plugin_id in plugin_ids:
            plugin = old_users._getOb(plugin_id, None) if old_users else None
            stored = plugin._storage.get(userid) if plugin is not None else None
            if stored and stored.get("email"):
                return stored["email"]
        return ""
    finally:
        connection.close()


def alert_email_changed(event):
    """Mail the old and the new address when a member's address changes."""
    new_email = (event.properties or {}).get("email")
    if not isinstance(new_email, str):
        return
    try:
        portal = api.portal.get()
    except CannotGetPortalError:  # a Zope-level user, outside any site
        return
    userid = event.principal.getId()
    old_email = committed_email(portal, userid)
    if not old_email or old_email.strip().lower() == new_email.strip().lower():
        return  # a new member, or the same address saved again
    audit.record("security.email_changed", userid, old=old_email, new=new_email)
    send_security_alert(userid, "email", old_email=old_email, new_email=new_email)
