"""Who may search the directory, and which profiles each reader gets.

Written before the service: visitors and Guests are refused, a member
never sees another member's unverified profile, a moderator may ask for
them."""

import pytest
import transaction


@pytest.fixture
def drafts(functional_portal, new_profile):
    """A draft of Ahmed's and one of Awa's, committed for the HTTP thread."""
    transaction.begin()
    new_profile("brouillon-ahmed", owner="ahmed", state="draft", title="Brouillon A")
    new_profile("brouillon-awa", owner="awa", state="draft", title="Brouillon W")
    new_profile(
        "soumis-ahmed",
        owner="ahmed",
        state="submitted",
        title="Soumis A",
        tags=["tag-du-brouillon"],
    )
    transaction.commit()


def titles(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {item["title"] for item in response.json()["items"]}


@pytest.mark.parametrize("username", [None, "guest"])
@pytest.mark.parametrize("path", ["/fr", "/en", ""])
def test_visitors_and_guests_are_refused(session_of, username, path):
    response = session_of(username).get(f"{path}/@tremplin-directory")
    assert response.status_code == 401


@pytest.mark.parametrize("username", ["awa", "moderateur"])
def test_members_and_moderators_search(session_of, username):
    response = session_of(username).get("/fr/@tremplin-directory")
    assert "Délices Tropicaux du Sénégal" in titles(response)


def test_a_member_never_sees_another_members_unverified_profile(session_of, drafts):
    session = session_of("awa")
    default = titles(session.get("/fr/@tremplin-directory", params={"b_size": 100}))
    everything = titles(
        session.get(
            "/fr/@tremplin-directory",
            params={"verified_only": "false", "b_size": 100},
        )
    )
    assert not {"Brouillon A", "Soumis A", "Brouillon W"} & default
    assert not {"Brouillon A", "Soumis A"} & everything
    assert "Brouillon W" in everything  # her own draft
    assert "Délices Tropicaux du Sénégal" in everything


def test_a_moderator_may_ask_for_unverified_profiles(session_of, drafts):
    session = session_of("moderateur")
    default = titles(session.get("/fr/@tremplin-directory", params={"b_size": 100}))
    everything = titles(
        session.get(
            "/fr/@tremplin-directory",
            params={"verified_only": "false", "b_size": 100},
        )
    )
    assert not {"Brouillon A", "Soumis A", "Brouillon W"} & default
    assert {"Brouillon A", "Soumis A", "Brouillon W"} <= everything


def test_a_tag_only_on_others_drafts_is_unknown_to_a_member(session_of, drafts):
    """A 400 for a hidden tag would tell that someone's draft uses it."""
    query = {"tag": "tag-du-brouillon", "verified_only": "false"}
    refused = session_of("awa").get("/fr/@tremplin-directory", params=query)
    assert refused.status_code == 400
    assert (
        refused.json()["message"]
        == session_of("awa")
        .get("/fr/@tremplin-directory", params={"tag": "tag-inexistant"})
        .json()["message"]
    )
    assert titles(session_of("ahmed").get("/fr/@tremplin-directory", params=query)) == {
        "Soumis A"
    }
