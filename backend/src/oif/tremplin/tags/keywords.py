"""Tags (Subject) of one language root: list them, rename or merge them,
delete them — through Products.PloneKeywordManager, which rewrites every
object and reindexes its Subject and SearchableText."""

from BTrees.IIBTree import intersection
from oif.tremplin.core import audit
from oif.tremplin.core.catalog import postings
from plone import api
from Products.CMFCore.indexing import processQueue
from Products.PloneKeywordManager.interfaces import IKeywordManager
from zope.component import getUtility


MAX_TAG_LENGTH = 100
USE_KEYWORD_MANAGER = "PloneKeywordManager: Use PloneKeywordManager"


def root_path(root) -> str:
    return "/".join(root.getPhysicalPath())


def tags_in(root) -> list[dict]:
    """Every tag used under `root` with the number of items carrying it,
    sorted alphabetically (case-insensitive). Counts come from the Subject
    index itself: no object is loaded."""
    processQueue()  # a rename just queued its reindexing
    catalog = api.portal.get_tool("portal_catalog")._catalog
    rids, _ = catalog.getIndex("path")._apply_index({"path": root_path(root)})
    index = catalog.getIndex("Subject")
    items = []
    for tag in index.uniqueValues():
        count = len(intersection(postings(index, tag), rids))
        if count:
            items.append({"tag": tag, "count": count})
    return sorted(items, key=lambda item: item["tag"].casefold())


def rename_tags(root, tags: list[str], new_tag: str) -> int:
    """Replace `tags` by `new_tag` under `root` (several tags: a merge);
    return how many items changed."""
    updated = getUtility(IKeywordManager).change(tags, new_tag, context=root)
    audit.record("tags.renamed", root_path(root), tags=list(tags), new_tag=new_tag)
    return updated


def delete_tags(root, tags: list[str]) -> int:
    """Remove `tags` from every item under `root`; return how many changed."""
    updated = getUtility(IKeywordManager).delete(tags, context=root)
    audit.record("tags.deleted", root_path(root), tags=list(tags))
    return updated
