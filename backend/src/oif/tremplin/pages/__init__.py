"""The public pages of each language root: home, legal notice, accessibility.

Created once by the profile; after that they belong to the editors, who
change them inline in Volto.
"""

from oif.tremplin.core.blocks import page_blocks
from oif.tremplin.core.pages import ensure_page
from oif.tremplin.core.pages import link_translations
from pathlib import Path
from plone.base.interfaces import ILanguage

import yaml


PAGES = yaml.safe_load((Path(__file__).parent / "pages.yaml").read_text("utf-8"))


def ensure_home_pages(portal) -> None:
    """Write the home text of each language root unless an editor already did."""
    for language, text in PAGES["home"].items():
        root = portal[language]
        if any(b.get("@type") == "slate" for b in (root.blocks or {}).values()):
            continue
        root.title = text["title"]
        root.description = text["description"]
        root.blocks, root.blocks_layout = page_blocks(text["blocks"])
        ILanguage(root).set_language(language)
        root.reindexObject()


def ensure_service_pages(portal) -> None:
    """Legal notice and accessibility statement, published, linked fr ↔ en."""
    for page in PAGES["service_pages"]:
        translations = {
            language: ensure_page(
                portal[language],
                text["id"],
                title=text["title"],
                paragraphs=text["paragraphs"],
                exclude_from_nav=True,
            )
            for language, text in page.items()
        }
        link_translations(translations["fr"], translations["en"])
