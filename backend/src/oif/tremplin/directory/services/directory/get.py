"""GET @tremplin-directory: search the members' directory with facets."""

from AccessControl import getSecurityManager
from functools import partial
from oif.tremplin import _
from oif.tremplin.core.errors import field_errors
from oif.tremplin.core.services.compact import CompactJSONService
from oif.tremplin.core.vocabularies import LANGUAGES
from oif.tremplin.directory.query import read_directory_query
from oif.tremplin.directory.search import is_known
from oif.tremplin.directory.search import results_page
from oif.tremplin.directory.search import text_query
from plone import api
from plone.app.multilingual.interfaces import ILanguageRootFolder
from Products.ZCTextIndex.ParseTree import ParseError


NOT_SEARCHABLE = _(
    "error_directory_text_not_searchable",
    default="This text cannot be searched; try other words.",
)


def directory_language(context) -> str:
    """The language root's language, else the reader's (one of the site's)."""
    if ILanguageRootFolder.providedBy(context):
        return context.getId()
    language = (api.portal.get_current_language() or "")[:2]
    return language if language in LANGUAGES else api.portal.get_default_language()


def asks_fresh(request) -> bool:
    """`Cache-Control: no-cache`: the client wants an answer computed anew."""
    return "no-cache" in (request.getHeader("Cache-Control") or "").lower()


class DirectoryGet(CompactJSONService):
    """Verified profiles (companies and experts) of one language, filtered,
    sorted and paged, with the count of every facet value."""

    def reply(self):
        catalog = api.portal.get_tool("portal_catalog")
        language = directory_language(self.context)
        user = getSecurityManager().getUser()
        known = partial(is_known, catalog, user, language)
        query, errors = read_directory_query(self.request.form, known)
        if "q" not in errors:
            try:
                text_query(catalog, query.text)
            except ParseError:
                errors["q"] = NOT_SEARCHABLE
        if errors:
            raise field_errors(errors)
        found = results_page(
            catalog,
            user,
            language,
            query,
            self.context.absolute_url(),
            reuse=not asks_fresh(self.request),
        )
        url = f"{self.context.absolute_url()}/@tremplin-directory"
        if query_string := self.request.get("QUERY_STRING"):
            url = f"{url}?{query_string}"
        return {
            "@id": url,
            "b_start": query.b_start,
            "b_size": query.b_size,
            "sort_on": query.sort_on,
            "recommended_first": query.recommended_first,
            **found,
        }
