"""Directory answers kept in memory while the catalog stays unchanged.

The matching records and facet counts of a query are reused when the same
query comes again from a reader who may see exactly the same profiles. The
key holds the serial of the catalog's change counter, i.e. the transaction
that last wrote to the catalog: any committed catalog write, from any
process, ends the reuse. A transaction that wrote to the catalog itself
keeps nothing (it may yet be aborted). For readers bound by the effective
dates, the key also holds the minute, the resolution of `effectiveRange`.
"""

from oif.tremplin.core.catalog import postings
from oif.tremplin.core.profiles import PROFILE_TYPES
from plone.memoize.ram import RAMCacheAdapter
from plone.memoize.volatile import DontCache
from Products.CMFCore.indexing import processQueue
from Products.CMFCore.permissions import AccessInactivePortalContent
from Products.CMFCore.utils import _checkPermission
from zope.ramcache.ram import RAMCache

import time


# A no-filter answer at 100 000 profiles holds ~0.5 MB of record ids. The
# RAMCache enforces maxEntries only when it cleans up, on the first store
# after cleanupInterval: 10 s keeps a member who sends many distinct broad
# queries (at most ~8 fresh answers/s per process) to ~80 entries over it.
ANSWERS = RAMCache()
ANSWERS.update(maxEntries=100, maxAge=600, cleanupInterval=10)


def answers_cache(fun, *args, **kwargs):
    return RAMCacheAdapter(ANSWERS, globalkey=f"{fun.__module__}.{fun.__name__}")


def catalog_version(catalog) -> bytes:
    """The transaction that last changed the catalog, as committed.

    DontCache when this transaction changed it or it was never written."""
    catalog.getCounter()  # indexes the queue, loads the counter
    counter = catalog._counter
    if counter is None or counter._p_jar is None or counter._p_changed:
        raise DontCache
    return counter._p_serial


def reader_tokens(catalog, user) -> tuple[str, ...]:
    """What decides which profiles `user` may see: their roles and groups,
    and their own user id only when it opens a profile the roles and groups
    do not (their draft, say). Readers with the same tokens see the same
    profiles, so most members share answers."""
    processQueue()
    tokens = catalog._listAllowedRolesAndUsers(user)
    personal = f"user:{user.getId()}"
    shared = frozenset(tokens) - {personal}
    cat = catalog._catalog
    allowed = cat.getIndex("allowedRolesAndUsers")
    types = cat.getIndex("portal_type")._unindex
    for record in postings(allowed, personal):
        if types.get(record) in PROFILE_TYPES and shared.isdisjoint(
            allowed._unindex.get(record, ())
        ):
            return tuple(sorted(tokens))
    return tuple(sorted(shared))


def answer_key(fun, catalog, user, language, query, reuse=True) -> str:
    """The key of a directory answer; DontCache when it must be computed."""
    if not reuse:
        raise DontCache
    version = catalog_version(catalog)
    minute = (
        None
        if _checkPermission(AccessInactivePortalContent, catalog)
        else int(time.time() // 60)
    )
    filters = sorted((name, sorted(values)) for name, values in query.filters.items())
    return repr((
        version,
        minute,
        language,
        reader_tokens(catalog, user),
        query.text,
        filters,
        query.verified_only,
    ))


def page_key(fun, catalog, user, language, query, base_url, reuse=True) -> str:
    """The key of a page of cards: the answer's, the page and the URL its
    links start with (virtual hosting)."""
    answer = answer_key(fun, catalog, user, language, query, reuse)
    page = (query.sort_on, query.recommended_first, query.b_start, query.b_size)
    return f"{answer}{page!r}{base_url}"
