"""@tremplin-my-profile: a member without a profile (an account made by
external login) creates hers once, with the checks of sign-up."""

from accounts_data import COMPANY
from accounts_data import EXPERT
from oif.tremplin.accounts.consents import consents_of
from oif.tremplin.core import audit
from plone import api

import pytest
import transaction


def creation(**changes) -> dict:
    body = {
        "kind": "company",
        "language": "fr",
        "company": dict(COMPANY),
        "consents": {"terms": True, "privacy": True},
    }
    body.update(changes)
    return body


def owned_by(user_id: str) -> list:
    transaction.begin()  # see what the HTTP thread committed
    catalog = api.portal.get_tool("portal_catalog")
    return list(
        catalog.unrestrictedSearchResults(
            portal_type=["Company", "Expert"], Creator=user_id
        )
    )


def test_anonymous_visitors_are_refused(anon_request):
    assert anon_request.get("/@tremplin-my-profile").status_code == 401
    assert (
        anon_request.post("/@tremplin-my-profile", json=creation()).status_code == 401
    )


def test_a_guest_without_profile_sees_none(session_of):
    response = session_of("guest").get("/@tremplin-my-profile")
    assert response.status_code == 200
    assert response.json()["items"] == []
    assert response.json()["may_create"] is True


@pytest.mark.parametrize("username", ["awa", "moderateur"])
def test_members_with_a_profile_and_the_oif_team_are_not_invited(
    member_session, username
):
    response = member_session(username).get("/@tremplin-my-profile")
    assert response.status_code == 200
    assert response.json()["may_create"] is False


def test_a_guest_creates_her_draft_company_once(session_of):
    guest = session_of("guest")
    response = guest.post("/@tremplin-my-profile", json=creation())
    assert response.status_code == 201
    assert response.json()["review_state"] == "draft"
    [profile] = owned_by("guest")
    assert profile.Title == COMPANY["title"]
    assert profile.Language == "fr"
    obj = profile._unrestrictedGetObject()
    assert obj.getOwner().getId() == "guest"
    assert consents_of("guest")
    assert list(audit.entries(action="profile.created", target="guest"))
    listed = guest.get("/@tremplin-my-profile").json()["items"]
    assert [item["@id"] for item in listed] == [response.json()["@id"]]

    again = guest.post("/@tremplin-my-profile", json=creation())
    assert again.status_code == 400
    assert '"kind"' in again.json()["message"]
    assert len(owned_by("guest")) == 1


def test_an_expert_profile_takes_the_member_name(session_of):
    body = creation(kind="expert", expert=dict(EXPERT), language="en")
    del body["company"]
    response = session_of("guest").post("/@tremplin-my-profile", json=body)
    assert response.status_code == 201
    [profile] = owned_by("guest")
    assert profile.portal_type == "Expert"
    assert profile.Language == "en"


def test_a_member_who_owns_a_profile_is_refused(member_session):
    response = member_session("awa").post("/@tremplin-my-profile", json=creation())
    assert response.status_code == 400
    assert '"kind"' in response.json()["message"]
    assert len(owned_by("awa")) == 2  # her company in French and English


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"kind": "ngo"}, "kind"),
        ({"language": "de"}, "language"),
        ({"consents": {"terms": True}}, "consents.privacy"),
        ({"company": {**COMPANY, "country": "XX"}}, "company.country"),
        ({"company": {**COMPANY, "title": ""}}, "company.title"),
    ],
)
def test_bad_requests_name_the_field_and_write_nothing(session_of, changes, field):
    response = session_of("guest").post(
        "/@tremplin-my-profile", json=creation(**changes)
    )
    assert response.status_code == 400
    assert f'"{field}"' in response.json()["message"]
    assert owned_by("guest") == []
    assert consents_of("guest") == []
