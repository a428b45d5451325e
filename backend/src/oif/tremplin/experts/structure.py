"""Where expert profiles live: one folder per language root, linked as translations."""

from oif.tremplin.core.pages import ensure_translated_folders
from plone import api


EXPERT_FOLDERS = {
    "fr": ("experts", "Experts", "Les experts et mentors de Tremplin."),
    "en": ("experts", "Experts", "The experts and mentors of Tremplin."),
}


def expert_folder(language: str):
    """The folder that holds the expert profiles of a language root."""
    folder_id = EXPERT_FOLDERS[language][0]
    return api.portal.get()[language][folder_id]


def ensure_expert_folders(portal) -> None:
    """ExpertFolder: a folderish page that holds experts and only experts."""
    ensure_translated_folders(portal, EXPERT_FOLDERS, "ExpertFolder")
