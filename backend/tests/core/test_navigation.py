"""The navigation speaks the language of the page it is asked from."""

import pytest


@pytest.mark.parametrize(
    "path,tabs",
    [
        ("/fr", ["Accueil", "Entreprises", "Experts", "Annuaire"]),
        ("/en", ["Home", "Companies", "Experts", "Directory"]),
    ],
)
def test_navigation_tabs(functional_portal, member_session, path, tabs):
    items = member_session("awa").get(f"{path}/@navigation").json()["items"]
    assert [item["title"] for item in items] == tabs


def test_expanded_navigation_is_translated_too(functional_portal, anon_request):
    data = anon_request.get("/fr", params={"expand": "navigation"}).json()
    assert data["@components"]["navigation"]["items"][0]["title"] == "Accueil"
