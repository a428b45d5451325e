"""The `tremplin` distribution creates a complete site, as `make start` does."""

from oif.tremplin.demo import load_demo_data
from plone import api
from plone.app.multilingual.interfaces import IPloneAppMultilingualInstalled
from zope.interface import noLongerProvides

import pytest


@pytest.fixture(scope="session")
def distribution_name():
    return "tremplin"


@pytest.fixture
def tremplin_site(app, create_site):
    # The test request carries the browser layers of the layer's site, as no
    # real site-creation request does; plone.app.multilingual would then set
    # up languages in the new site before it is installed there.
    noLongerProvides(app.REQUEST, IPloneAppMultilingualInstalled)
    answers = {
        "site_id": "tremplin",
        "title": "Tremplin",
        "default_language": "fr",
        "portal_timezone": "Europe/Paris",
        "setup_content": True,
    }
    return create_site(app, answers)


# One site creation costs about two seconds: each test checks a whole area.
def test_site_is_french_first_with_english_home_pages(tremplin_site):
    assert tremplin_site.title == "Tremplin"
    assert api.portal.get_registry_record("plone.default_language") == "fr"
    assert api.portal.get_registry_record("plone.available_languages") == ["fr", "en"]
    assert tremplin_site["fr"].portal_type == "LRF"
    assert tremplin_site["en"].portal_type == "LRF"
    french_types = [b["@type"] for b in tremplin_site["fr"].blocks.values()]
    # A title, then text: paragraphs, headings, lists and the call to action.
    assert french_types[0] == "title"
    assert set(french_types[1:]) == {"slate"}
    assert tremplin_site["en"].description.startswith("The platform of the")


def test_site_has_tremplin_and_its_demo_content(tremplin_site):
    installer = api.content.get_view("installer", tremplin_site, tremplin_site.REQUEST)
    assert installer.is_product_installed("oif.tremplin")
    assert api.user.get(username="awa") is not None
    assert (
        set(tremplin_site["fr"]["entreprises"].objectIds())
        == {company["id"] for company in load_demo_data()["companies"]}
        >= {"delices-tropicaux-du-senegal", "edunova-maroc", "akwaba-mode-ethique"}
    )
