"""The public pages: home of each language root, legal notice, accessibility."""

from plone import api
from plone.app.multilingual.interfaces import ITranslationManager

import pytest


@pytest.mark.parametrize(
    "language,first_words",
    [("fr", "Entreprises et experts vérifiés"), ("en", "Verified companies")],
)
def test_home_page_text(portal, language, first_words):
    root = portal[language]
    texts = [b["plaintext"] for b in root.blocks.values() if b["@type"] == "slate"]
    assert texts[0].startswith(first_words)
    assert root.blocks_layout["items"] == list(root.blocks)


def test_editors_home_text_is_kept_on_reinstall(portal, setup_tool):
    root = portal["fr"]
    root.blocks = {"b1": {"@type": "slate", "plaintext": "Texte de l'éditeur"}}
    setup_tool.runAllImportStepsFromProfile("profile-oif.tremplin:default")
    assert root.blocks == {"b1": {"@type": "slate", "plaintext": "Texte de l'éditeur"}}


@pytest.mark.parametrize(
    "french,english",
    [("mentions-legales", "legal-notice"), ("accessibilite", "accessibility")],
)
def test_service_pages_are_public_and_translated(portal, french, english):
    page = portal["fr"][french]
    assert api.content.get_state(page) == "published"
    assert ITranslationManager(page).get_translation("en") == portal["en"][english]
    assert page.Language() == "fr"
    assert portal["en"][english].Language() == "en"
    assert page.exclude_from_nav is True


def test_anonymous_reads_the_legal_notice(functional_portal, anon_request):
    response = anon_request.get("/fr/mentions-legales")
    assert response.status_code == 200
    assert response.json()["title"] == "Mentions légales"
