"""Install: the JWT plugin keeps the tokens it issues, so a logout or an
ended session deletes them server-side (plone.restapi's ``store_tokens``);
the session store exists from the start, so that signing in never writes
the site's annotations themselves (one object fewer for parallel
requests to conflict on)."""

from BTrees.OOBTree import OOBTree
from oif.tremplin.security.sessions import store
from oif.tremplin.security.sessions.tokens import jwt_plugin


def install(portal):
    store._store(create=True, portal=portal)
    plugin = jwt_plugin(portal)
    if plugin is None:
        return
    plugin.store_tokens = True
    if plugin._tokens is None:
        plugin._tokens = OOBTree()
