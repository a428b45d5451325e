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


def _links(blocks):
    """(text, url) of every link of slate blocks, in layout order."""
    found = []

    def walk(nodes):
        for node in nodes:
            if node.get("type") == "link":
                text = "".join(child.get("text", "") for child in node["children"])
                found.append((text, node["data"]["url"]))
            walk(node.get("children", []))

    for block in blocks:
        walk(block.get("value", []))
    return found


@pytest.mark.parametrize(
    "language,text",
    [("fr", "Créer un compte"), ("en", "Create an account")],
)
def test_home_page_calls_to_register(portal, language, text):
    root = portal[language]
    blocks = [root.blocks[uid] for uid in root.blocks_layout["items"]]
    links = _links(blocks)
    assert links[0] == (text, f"/{language}/register")
    assert set(links) == {(text, f"/{language}/register")}


@pytest.mark.parametrize(
    "language,headings",
    [
        ("fr", ["Ce que Tremplin vous offre", "Pour qui ?", "Comment ça marche"]),
        ("en", ["What Tremplin offers", "Who it is for", "How it works"]),
    ],
)
def test_home_page_says_what_for_whom_and_how(portal, language, headings):
    blocks = portal[language].blocks.values()
    found = [
        b["plaintext"] for b in blocks if b.get("value", [{}])[0].get("type") == "h2"
    ]
    assert found == headings
    steps = [b for b in blocks if b.get("value", [{}])[0].get("type") == "ol"]
    assert len(steps[0]["value"][0]["children"]) == 3


def test_anonymous_reads_the_home_call_to_action(functional_portal, anon_request):
    response = anon_request.get("/en")
    assert response.status_code == 200
    assert "Create an account" in [
        block.get("plaintext") for block in response.json()["blocks"].values()
    ]


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
