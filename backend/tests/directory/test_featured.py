"""The OIF team recommends profiles; their owners cannot recommend themselves."""

import json
import pytest
import transaction


AWA = "/fr/entreprises/delices-tropicaux-du-senegal"
AWA_EN = "/en/companies/delices-tropicaux-du-senegal"


@pytest.mark.parametrize("type_name", ["Company", "Expert"])
def test_profiles_have_the_featured_behaviour(get_behaviors, type_name):
    assert "oif.tremplin.featured" in get_behaviors(type_name)


def featured(session, path=AWA) -> bool:
    transaction.begin()
    response = session.get(path)
    assert response.status_code == 200, response.text
    return response.json()["featured"]


def test_a_moderator_features_a_profile_in_every_language(session_of):
    moderator = session_of("moderateur")
    response = moderator.post(f"{AWA}/@tremplin-featured", json={"featured": True})
    assert response.status_code == 200, response.text
    ahmed = session_of("ahmed")
    assert featured(ahmed) is True
    assert featured(ahmed, AWA_EN) is True
    found = ahmed.get("/fr/@tremplin-directory?recommended_first=true").json()
    flags = [item["featured"] for item in found["items"]]
    assert flags == sorted(flags, reverse=True)  # the recommended ones first
    (awa,) = [item for item in found["items"] if item["@id"].endswith(AWA)]
    assert awa["featured"] is True


def test_an_administrator_may_also_edit_the_field(session_of):
    response = session_of("administrateur").patch(AWA, json={"featured": True})
    assert response.status_code == 204, response.text
    assert featured(session_of("ahmed")) is True


@pytest.mark.parametrize("username,status", [(None, 401), ("guest", 401), ("awa", 401)])
def test_others_cannot_feature_a_profile(session_of, username, status):
    session = session_of(username)
    response = session.post(f"{AWA}/@tremplin-featured", json={"featured": True})
    assert response.status_code == status
    if username == "awa":
        session.patch(AWA, json={"featured": True})  # the field is not hers
        assert featured(session) is False


@pytest.mark.parametrize("body", [{}, {"featured": "yes"}, {"featured": 1}])
def test_the_flag_is_a_boolean(session_of, body):
    response = session_of("moderateur").post(f"{AWA}/@tremplin-featured", json=body)
    assert response.status_code == 400
    assert json.loads(response.json()["message"])[0]["field"] == "featured"
