"""Where company profiles live: one folder per language root, linked as translations."""

from oif.tremplin.core.blocks import text_blocks
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage


COMPANY_FOLDERS = {
    "fr": ("entreprises", "Entreprises", "Les entreprises membres de Tremplin."),
    "en": ("companies", "Companies", "The member companies of Tremplin."),
}


def company_folder(language: str):
    """The folder that holds the company profiles of a language root."""
    folder_id = COMPANY_FOLDERS[language][0]
    return api.portal.get()[language][folder_id]


def ensure_company_folders(portal) -> None:
    """Create the company folders once; running again changes nothing."""
    folders = {}
    for language, (folder_id, title, text) in COMPANY_FOLDERS.items():
        root = portal[language]
        folder = root.get(folder_id)
        if folder is None:
            # A folderish Document, as plone.volto makes them: editors can
            # write an introduction above the profiles.
            blocks, layout = text_blocks([text])
            folder = api.content.create(
                container=root,
                type="Document",
                id=folder_id,
                title=title,
                blocks=blocks,
                blocks_layout=layout,
            )
            # Explicit: requests from scripts lack p.a.multilingual's layer,
            # which would otherwise give the folder its root's language.
            ILanguage(folder).set_language(language)
            # Thousands of profiles: an ordered folder makes every listing and
            # every restapi serialisation walk the whole order (DESIGN.md).
            folder.setOrdering("unordered")
            api.content.transition(obj=folder, transition="publish")
            folder.reindexObject()
        folders[language] = folder
    manager = ITranslationManager(folders["fr"])
    if not manager.has_translation("en"):
        manager.register_translation("en", folders["en"])
