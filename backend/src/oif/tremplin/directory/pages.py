"""The directory page of each language root: a published page that Volto
renders with its directory view (layout `directory_view`)."""

from oif.tremplin.core.pages import ensure_page
from oif.tremplin.core.pages import link_translations


DIRECTORY_LAYOUT = "directory_view"
DIRECTORY_PAGES = {
    "fr": (
        "annuaire",
        "Annuaire",
        "Trouvez les entreprises et les experts vérifiés de Tremplin : "
        "filtrez par secteur, pays, région ou expertise.",
    ),
    "en": (
        "directory",
        "Directory",
        "Find Tremplin's verified companies and experts: filter by sector, "
        "country, region or expertise.",
    ),
}


def ensure_directory_pages(portal) -> dict:
    """/fr/annuaire and /en/directory, created once and linked as
    translations; running again changes nothing."""
    pages = {}
    for language, (page_id, title, introduction) in DIRECTORY_PAGES.items():
        page = ensure_page(
            portal[language], page_id, title=title, paragraphs=[introduction]
        )
        if page.getLayout() != DIRECTORY_LAYOUT:
            page.setLayout(DIRECTORY_LAYOUT)
        pages[language] = page
    link_translations(pages["fr"], pages["en"])
    return pages
