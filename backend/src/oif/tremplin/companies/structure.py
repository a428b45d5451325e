"""Where company profiles live: one folder per language root, linked as translations."""

from oif.tremplin.core.pages import ensure_translated_folders
from plone import api


COMPANY_FOLDERS = {
    "fr": ("entreprises", "Entreprises", "Les entreprises membres de Tremplin."),
    "en": ("companies", "Companies", "The member companies of Tremplin."),
}


def company_folder(language: str):
    """The folder that holds the company profiles of a language root."""
    folder_id = COMPANY_FOLDERS[language][0]
    return api.portal.get()[language][folder_id]


def ensure_company_folders(portal) -> None:
    """Create the company folders once; running again changes nothing.

    CompanyFolder: a folderish page (editors write an introduction above the
    profiles) that holds companies and only companies.
    """
    ensure_translated_folders(portal, COMPANY_FOLDERS, "CompanyFolder")
