"""Reused directory answers (directory/answers.py) never outlive a catalog
change nor reach a reader who may see other profiles.

Written before the cache: each test asks a first question that would
poison a careless cache, then checks the next answer."""

from DateTime import DateTime
from datetime import timedelta
from oif.tremplin.directory.answers import ANSWERS
from oif.tremplin.directory.answers import reader_tokens
from plone import api

import pytest
import transaction


DIRECTORY = "/fr/@tremplin-directory"
EVERY_STATE = {"verified_only": "false", "b_size": 100}


def titles(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {item["title"] for item in response.json()["items"]}


PAGES = "oif.tremplin.directory.search.results_page"


def pages_cached() -> tuple[int, int]:
    """(pages kept, pages served again) of the directory."""
    for entry in ANSWERS.getStatistics():
        if entry["path"] == PAGES:
            return entry["entries"], entry["hits"]
    return 0, 0


@pytest.fixture
def committed(functional_portal, new_profile):
    """new_profile, committed for the HTTP thread."""

    def make(*args, **kwargs):
        transaction.begin()
        profile = new_profile(*args, **kwargs)
        transaction.commit()
        return profile

    return make


def test_a_committed_profile_is_in_the_next_answer(session_of, committed):
    session = session_of("awa")
    before = session.get(DIRECTORY, params={"sector": "agrifood"}).json()
    committed("nouvelle-venue", title="Nouvelle Venue", sectors=["agrifood"])
    after = session.get(DIRECTORY, params={"sector": "agrifood"}).json()
    assert after["items_total"] == before["items_total"] + 1
    assert "Nouvelle Venue" in {item["title"] for item in after["items"]}
    sectors = {entry["token"]: entry["count"] for entry in after["facets"]["sector"]}
    assert sectors["agrifood"] == after["items_total"]


def test_a_members_own_draft_is_never_served_to_another_member(session_of, committed):
    committed("brouillon-awa", owner="awa", state="draft", title="Brouillon W")
    assert "Brouillon W" in titles(session_of("awa").get(DIRECTORY, params=EVERY_STATE))
    assert "Brouillon W" not in titles(
        session_of("ahmed").get(DIRECTORY, params=EVERY_STATE)
    )


def test_a_moderators_answer_is_never_served_to_a_member(session_of, committed):
    committed("brouillon-ahmed", owner="ahmed", state="draft", title="Brouillon A")
    moderator = session_of("moderateur").get(DIRECTORY, params=EVERY_STATE)
    assert "Brouillon A" in titles(moderator)
    assert "Brouillon A" not in titles(
        session_of("awa").get(DIRECTORY, params=EVERY_STATE)
    )


def test_a_profile_appears_when_its_effective_date_passes(
    session_of, committed, time_machine
):
    time_machine.move_to(DateTime().asdatetime(), tick=False)
    profile = committed("bientot", title="Bientôt Visible")
    transaction.begin()
    profile.setEffectiveDate(DateTime() + 2 / (24 * 60))  # in 2 minutes
    profile.reindexObject()
    transaction.commit()
    session = session_of("awa")
    assert "Bientôt Visible" not in titles(session.get(DIRECTORY))
    time_machine.shift(timedelta(minutes=3))
    assert "Bientôt Visible" in titles(session.get(DIRECTORY))


def test_members_who_may_see_the_same_profiles_share_one_answer(session_of):
    ANSWERS.invalidateAll()
    first = session_of("awa").get(DIRECTORY, params={"country": "SN"}).json()
    second = session_of("ahmed").get(DIRECTORY, params={"country": "SN"}).json()
    assert first["items"] == second["items"]
    assert first["facets"] == second["facets"]
    assert pages_cached() == (1, 1)


def test_no_cache_asks_for_a_fresh_answer(session_of):
    ANSWERS.invalidateAll()
    session = session_of("awa")
    cached = session.get(DIRECTORY).json()
    fresh = session.get(DIRECTORY, headers={"Cache-Control": "no-cache"}).json()
    assert fresh == cached
    assert pages_cached() == (1, 0)


def test_links_start_with_the_address_the_page_was_asked_at(
    session_of, functional_portal
):
    session = session_of("awa")
    site = functional_portal.absolute_url()
    server = site.rsplit("/", 1)[0]
    direct = session.get(DIRECTORY).json()
    hosted = session.get(
        f"{server}/VirtualHostBase/https/tremplin.example:443/plone/VirtualHostRoot"
        "/fr/@tremplin-directory"
    ).json()
    assert direct["items"][0]["@id"].startswith(f"{site}/fr/")
    assert hosted["items"][0]["@id"].startswith("https://tremplin.example/fr/")


def test_own_user_id_counts_only_when_it_opens_a_profile(portal, new_profile):
    catalog = api.portal.get_tool("portal_catalog")
    awa = api.user.get(username="awa").getUser()
    assert "user:awa" not in reader_tokens(catalog, awa)  # her profile is verified
    new_profile("brouillon-awa", owner="awa", state="draft")
    assert "user:awa" in reader_tokens(catalog, awa)
