"""Which external identity signs in as which member.

Two OOBTrees in the site's annotations: ``identities`` maps
``(provider id, subject)`` to a userid, ``members`` maps a userid to
``{provider id: {"sub", "email", "linked"}}`` (a plain dict replaced as a
whole). A member links at most one identity per provider; an identity
belongs to at most one member.

The authomatic plugin keeps its own table for the accounts it created (an
external sign-in by someone unknown); this store holds the identities that
members linked to their Tremplin account.
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from plone import api
from zope.annotation.interfaces import IAnnotations


STORE_KEY = "oif.tremplin.security.external"


def _store(create: bool = False, portal=None) -> OOBTree | None:
    annotations = IAnnotations(portal if portal is not None else api.portal.get())
    if STORE_KEY not in annotations and create:
        annotations[STORE_KEY] = OOBTree({
            "identities": OOBTree(),  # (provider, sub) -> userid
            "members": OOBTree(),  # userid -> {provider: {"sub", "email", "linked"}}
        })
    return annotations.get(STORE_KEY)


def linked_member(provider: str, sub: str) -> str | None:
    """The userid this identity is linked to, or None."""
    store = _store()
    return store["identities"].get((provider, sub)) if store is not None else None


def links_of(userid: str) -> dict:
    """A copy of ``{provider: {"sub", "email", "linked"}}`` for ``userid``."""
    store = _store()
    found = store["members"].get(userid) if store is not None else None
    return {provider: dict(link) for provider, link in (found or {}).items()}


def link(userid: str, provider: str, sub: str, email: str, when: datetime) -> None:
    """Link the identity to ``userid``, replacing her earlier identity at
    the same provider. The caller has checked that nobody else holds it."""
    store = _store(create=True)
    links = links_of(userid)
    if provider in links:
        store["identities"].pop((provider, links[provider]["sub"]), None)
    links[provider] = {"sub": sub, "email": email or "", "linked": when}
    store["identities"][provider, sub] = userid
    store["members"][userid] = links


def unlink(userid: str, provider: str) -> dict | None:
    """Remove her identity at ``provider``; returns it, or None if none."""
    store = _store()
    links = links_of(userid)
    if store is None or provider not in links:
        return None
    removed = links.pop(provider)
    store["identities"].pop((provider, removed["sub"]), None)
    if links:
        store["members"][userid] = links
    else:
        del store["members"][userid]
    return removed


def forget_member(userid: str) -> None:
    """Drop every link of a member who no longer exists."""
    for provider in links_of(userid):
        unlink(userid, provider)
