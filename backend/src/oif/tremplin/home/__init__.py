"""The home page of each language root."""

from oif.tremplin.core.blocks import text_blocks
from plone.base.interfaces import ILanguage


HOME_TEXT = {
    "fr": {
        "title": "Tremplin",
        "description": (
            "La plateforme de l'Organisation internationale de la Francophonie "
            "qui accompagne les PME francophones à l'international."
        ),
        "paragraphs": (
            "Entreprises et experts vérifiés, auto-évaluation de votre maturité "
            "à l'international, messagerie B2B sécurisée, annuaire, centre de "
            "ressources, études de marché et événements : tout pour préparer et "
            "réussir vos premiers pas ou votre expansion à l'international.",
            "Tremplin est réservé aux membres. Connectez-vous pour accéder à "
            "l'annuaire des entreprises.",
        ),
    },
    "en": {
        "title": "Tremplin",
        "description": (
            "The platform of the Organisation internationale de la Francophonie "
            "that helps francophone SMEs go international."
        ),
        "paragraphs": (
            "Verified companies and experts, an international maturity "
            "self-assessment, secure B2B messaging, a directory, a resource "
            "centre, market studies and events: everything you need to prepare "
            "your first steps abroad or to grow your international business.",
            "Tremplin is for members only. Log in to browse the company directory.",
        ),
    },
}


def ensure_home_pages(portal) -> None:
    """Write the home text of each language root unless an editor already did."""
    for language, text in HOME_TEXT.items():
        root = portal[language]
        if any(b.get("@type") == "slate" for b in (root.blocks or {}).values()):
            continue
        root.title = text["title"]
        root.description = text["description"]
        root.blocks, root.blocks_layout = text_blocks(text["paragraphs"])
        ILanguage(root).set_language(language)
        root.reindexObject()
