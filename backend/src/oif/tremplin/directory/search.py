"""The directory search: one catalog query with the reader's security, then
filters, facet counts and ordering computed on the catalog's own index data.

No object is woken: counts are intersections of record id sets, cards are
read from catalog metadata, and only the page's brains are built.
"""

from BTrees.IIBTree import IITreeSet
from BTrees.IIBTree import difference
from BTrees.IIBTree import intersection
from BTrees.IIBTree import multiunion
from collections import Counter
from DateTime import DateTime
from itertools import chain
from itertools import islice
from oif.tremplin.core.catalog import postings
from oif.tremplin.core.profiles import PROFILE_TYPES
from oif.tremplin.directory.answers import answer_key
from oif.tremplin.directory.answers import answers_cache
from oif.tremplin.directory.answers import page_key
from oif.tremplin.directory.cards import card
from oif.tremplin.directory.facets import FACETS
from oif.tremplin.directory.facets import collation_key
from oif.tremplin.directory.facets import title_of
from oif.tremplin.directory.query import DirectoryQuery
from plone.base.utils import munge_search_term
from plone.memoize import volatile
from Products.CMFCore.indexing import processQueue
from Products.CMFCore.permissions import AccessInactivePortalContent
from Products.CMFCore.utils import _checkPermission
from Products.ZCatalog.query import IndexQuery
from Products.ZCTextIndex.QueryParser import QueryParser


# A set of records this many times smaller than the result is counted by
# lookups in the result (C-level map) rather than by a merge of both sets.
SMALL_SET_RATIO = 4
# Up to this many records per facet value, reading each record's values
# (one lookup per record) costs less than counting each value's records.
RECORDS_PER_VALUE = 50


def text_query(catalog, text: str) -> str | None:
    """`text` as ZCTextIndex syntax (prefix match on every word); None when
    nothing searchable is left. ParseError when the index refuses it."""
    munged = munge_search_term(text) if text else ""
    if not munged:
        return None
    lexicon = catalog._catalog.getIndex("SearchableText").getLexicon()
    QueryParser(lexicon).parseQuery(munged)
    return munged


def base_records(catalog, user, language: str, query: DirectoryQuery):
    """Record ids of the profiles the reader may see in `language`, with
    the state and text restrictions: (IITreeSet, scores or None).

    The same restrictions as CatalogTool.searchResults (allowed roles and
    users, effective range), then the catalog's own query plan.
    """
    processQueue()
    criteria = {
        "portal_type": list(PROFILE_TYPES),
        "Language": language,
        "allowedRolesAndUsers": catalog._listAllowedRolesAndUsers(user),
    }
    if not _checkPermission(AccessInactivePortalContent, catalog):
        criteria["effectiveRange"] = DateTime()
    if query.verified_only:
        criteria["review_state"] = "verified"
    if text := text_query(catalog, query.text):
        criteria["SearchableText"] = text
    records = _search(catalog._catalog, criteria)
    if records is None:
        return IITreeSet(), None
    if hasattr(records, "items"):  # scored by the text index
        return IITreeSet(records.keys()), records
    return IITreeSet(records), None


def _search(cat, criteria):
    """Catalog.search without sorting nor brains: the record id set."""
    criteria = cat.make_query(criteria)
    plan = cat.getCatalogPlan(criteria)
    plan.start()
    records = None
    for index_id in plan.plan() or cat._sorted_search_indexes(criteria):
        if index_id in cat.indexes:
            records = cat._search_index(plan, index_id, criteria, records)
            if not records:
                break
    plan.stop()
    return records or None


def selections(cat, query: DirectoryQuery) -> dict:
    """Facet name -> the records that have one of the selected values."""
    found = {}
    for facet in FACETS:
        if values := query.filters.get(facet.name):
            index = cat.getIndex(facet.index)
            found[facet.name] = multiunion([
                postings(index, facet.index_value(value)) for value in values
            ])
    return found


def narrowed(records, chosen: dict, leave_out: str | None = None):
    for name, selected in chosen.items():
        if name != leave_out:
            records = intersection(records, selected)
    return records


def count_in(found, records) -> int:
    """How many of an index value's records are in `records`, the cheaper
    way: a lookup per record for a small set, else a set intersection."""
    if isinstance(found, int):  # UnIndex keeps a lone record as a bare int
        return int(found in records)
    if len(found) * SMALL_SET_RATIO < len(records):
        return sum(map(records.__contains__, found))
    return len(intersection(found, records))


def facet_counts(index, facet, records) -> Counter:
    """Index value -> number of `records` holding it (0s left out).

    Few records for many values (tags, a narrow result): read each record's
    values from the index. Otherwise count each value's records.
    """
    if facet.terms is None:
        values = list(index._index.keys())
    else:
        tokens = (token for token, _title in facet.terms)
        values = [v for v in map(facet.index_value, tokens) if v in index._index]
    if len(records) <= RECORDS_PER_VALUE * len(values):
        found = filter(None, map(index._unindex.get, records))
        if index.meta_type == "KeywordIndex":
            found = chain.from_iterable(found)
        counts = Counter(found)
        return (
            counts
            if facet.terms is None
            else Counter({value: counts[value] for value in values if counts[value]})
        )
    counts = Counter()
    for value in values:
        if count := count_in(index._index[value], records):
            counts[value] = count
    return counts


def facet_entries(cat, facet, records, selected, language) -> list[dict]:
    counts = facet_counts(cat.getIndex(facet.index), facet, records)
    entries = []
    tokens = {facet.token(value) for value, count in counts.items() if count}
    for token in (tokens | set(selected)) - {None}:
        title = title_of(facet.name, token, language)
        count = counts.get(facet.index_value(token), 0)
        entries.append({
            "token": token,
            "title": title,
            "count": count,
            "selected": token in selected,
        })
    entries.sort(key=lambda e: (-e["count"], collation_key(e["title"])))
    if facet.limit is not None:
        kept = entries[: facet.limit]
        entries = kept + [e for e in entries[facet.limit :] if e["selected"]]
    return entries


def all_facets(cat, base, chosen, query, language) -> dict:
    """Disjunctive counts: a facet's own selection does not narrow it."""
    return {
        facet.name: facet_entries(
            cat,
            facet,
            narrowed(base, chosen, leave_out=facet.name),
            query.filters.get(facet.name, ()),
            language,
        )
        for facet in FACETS
    }


# --- ordering ---------------------------------------------------------------


def by_index(cat, index_id: str, records, reverse=False):
    """`records` in the order of a sortable index's values; records without
    a value follow, by title."""
    index = cat.getIndex(index_id)
    keys_of = index._unindex
    if len(records) * 8 < len(keys_of):  # a few records: sort them
        valued = [record for record in records if record in keys_of]
        yield from sorted(valued, key=keys_of.__getitem__, reverse=reverse)
    else:  # most records: walk the index in order until the page is full
        entries = index._index.items()  # lazy, in key order
        if reverse:
            entries = reversed(list(entries))
        for _key, found in entries:
            for record in (found,) if isinstance(found, int) else found:
                if record in records:
                    yield record
    unvalued = IITreeSet(record for record in records if record not in keys_of)
    if len(unvalued) and index_id != "sortable_title":
        yield from by_index(cat, "sortable_title", unvalued)
    else:
        yield from unvalued


def ordered(cat, records, scores, sort_on: str):
    if sort_on == "relevance" and scores is not None:
        return iter(sorted(records, key=scores.__getitem__, reverse=True))
    if sort_on == "verified":
        return by_index(cat, "verified_on", records, reverse=True)
    return by_index(cat, "sortable_title", records)


def page_of(cat, records, scores, query: DirectoryQuery) -> list[int]:
    groups = [records]
    if query.recommended_first:
        featured = featured_records(cat, records)
        groups = [featured, difference(records, featured)]
    order = chain.from_iterable(
        ordered(cat, group, scores, query.sort_on) for group in groups if len(group)
    )
    return list(islice(order, query.b_start, query.b_start + query.b_size))


def featured_records(cat, records):
    index = cat.getIndex("featured")
    return index.query_index(IndexQuery({"featured": True}, "featured"), records)


@volatile.cache(answer_key, get_cache=answers_cache)
def matching(catalog, user, language: str, query: DirectoryQuery, reuse=True):
    """The records `user` may see that match `query`, their text scores
    (or None) and the facets; reused while nothing changes (answers.py)."""
    cat = catalog._catalog
    base, scores = base_records(catalog, user, language, query)
    chosen = selections(cat, query)
    facets = all_facets(cat, base, chosen, query, language)
    return narrowed(base, chosen), scores, facets


def search_directory(
    catalog, user, language: str, query: DirectoryQuery, reuse=True
) -> dict:
    """The page's brains, the total and the facets of one directory query.

    `reuse=False` computes the answer afresh. The facets may be shared with
    other requests: read them, never change them."""
    cat = catalog._catalog
    records, scores, facets = matching(catalog, user, language, query, reuse)
    page = page_of(cat, records, scores, query)
    return {
        "items_total": len(records),
        "brains": [cat[record] for record in page],
        "facets": facets,
    }


@volatile.cache(page_key, get_cache=answers_cache)
def results_page(catalog, user, language, query, base_url: str, reuse=True) -> dict:
    """The answer's cards for the page: what the service returns, reused
    like the answer itself. `base_url` (the links' start) is in the key."""
    found = search_directory(catalog, user, language, query, reuse)
    return {
        "items_total": found["items_total"],
        "items": [card(brain, language) for brain in found["brains"]],
        "facets": found["facets"],
    }


def is_known(catalog, user, language: str, facet, token: str) -> bool:
    """A facet value the directory offers: one of the vocabulary's tokens,
    or a tag of content of the language that `user` may see (a tag used
    only on others' drafts is as unknown as a tag used nowhere)."""
    if facet.terms is not None:
        return any(token == known for known, _title in facet.terms)
    cat = catalog._catalog
    tagged = intersection(
        postings(cat.getIndex("Subject"), token),
        postings(cat.getIndex("Language"), language),
    )
    readers = frozenset(catalog._listAllowedRolesAndUsers(user))
    allowed = cat.getIndex("allowedRolesAndUsers")._unindex
    return any(not readers.isdisjoint(allowed.get(record, ())) for record in tagged)
