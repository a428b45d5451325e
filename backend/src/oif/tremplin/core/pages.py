"""Pages that the profile creates in a language root: published Documents
with Volto blocks, in the root's language, linked to their translation."""

from oif.tremplin.core.blocks import text_blocks
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage
from plone.dexterity.utils import createContentInContainer


def ensure_page(
    root,
    page_id: str,
    *,
    title: str,
    paragraphs,
    portal_type="Document",
    unordered=False,
    **fields,
):
    """The page `page_id` of a language root, created and published once.

    `portal_type` may be a page type that editors cannot add (global_allow
    off, such as the company folders): the profile places it itself.
    """
    page = root.get(page_id)
    if page is not None:
        return page
    blocks, layout = text_blocks(paragraphs)
    page = createContentInContainer(
        root,
        portal_type,
        checkConstraints=False,
        id=page_id,
        title=title,
        blocks=blocks,
        blocks_layout=layout,
        **fields,
    )
    # Explicit: requests from scripts lack p.a.multilingual's layer, which
    # would otherwise give the page its root's language.
    ILanguage(page).set_language(root.getId())
    if unordered:
        # Thousands of children: an ordered folder makes every listing and
        # every restapi serialisation walk the whole order (DESIGN.md).
        page.setOrdering("unordered")
    api.content.transition(obj=page, transition="publish")
    page.reindexObject()
    return page


def link_translations(french, english) -> None:
    manager = ITranslationManager(french)
    if not manager.has_translation("en"):
        manager.register_translation("en", english)


def ensure_translated_folders(portal, folders: dict, portal_type: str) -> dict:
    """One published folder of `portal_type` per language root, linked as
    translations; created once, running again changes nothing.

    `folders` maps a language to (id, title, introduction). The folders are
    unordered: they hold thousands of profiles (DESIGN.md).
    """
    created = {
        language: ensure_page(
            portal[language],
            folder_id,
            title=title,
            paragraphs=[text],
            portal_type=portal_type,
            unordered=True,
        )
        for language, (folder_id, title, text) in folders.items()
    }
    link_translations(created["fr"], created["en"])
    return created
