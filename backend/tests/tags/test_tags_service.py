"""@tremplin-tags: the OIF team renames, merges and deletes the tags of one
language; nobody else reaches it, and bad requests change nothing."""

from oif.tremplin.core import audit
from plone import api

import pytest
import transaction


AWA_COMPANY = "/fr/entreprises/delices-tropicaux-du-senegal"
AWA_COMPANY_EN = "/en/companies/delices-tropicaux-du-senegal"


def tags_of(path: str) -> tuple:
    transaction.begin()  # read what the HTTP thread committed
    portal = api.portal.get()
    return portal.unrestrictedTraverse(path.lstrip("/")).Subject()


def catalog_tags(path: str) -> list:
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    portal_path = "/".join(api.portal.get().getPhysicalPath())
    brains = catalog.unrestrictedSearchResults(path=portal_path + path)
    return list(brains[0].Subject)


def counts(response) -> dict:
    return {item["tag"]: item["count"] for item in response.json()["items"]}


@pytest.mark.parametrize("username", [None, "guest", "awa", "moderateur"], ids=str)
def test_only_the_site_administrators_reach_the_tags(session_of, username):
    session = session_of(username)
    assert session.get("/fr/@tremplin-tags").status_code == 401
    refused = session.post(
        "/fr/@tremplin-tags", json={"action": "delete", "tags": ["mangue"]}
    )
    assert refused.status_code == 401
    assert "mangue" in tags_of(AWA_COMPANY)


def test_lists_the_tags_of_one_language_with_their_counts(member_session):
    response = member_session("administrateur").get("/fr/@tremplin-tags")
    assert response.status_code == 200
    tags = counts(response)
    assert tags["mangue"] == 1
    assert "mango" not in tags  # the English tag lives under /en


def test_merging_two_tags_rewrites_the_profile_and_its_index(member_session):
    admin = member_session("administrateur")
    response = admin.post(
        "/fr/@tremplin-tags",
        json={"action": "rename", "tags": ["mangue", "bio"], "new_tag": "fruits bio"},
    )
    assert response.status_code == 200
    updated = response.json()["updated"]
    assert updated >= 1
    assert counts(response)["fruits bio"] == updated
    assert {"mangue", "bio"}.isdisjoint(counts(response))
    assert "fruits bio" in tags_of(AWA_COMPANY)
    assert "mangue" not in catalog_tags(AWA_COMPANY)
    assert "mango" in tags_of(AWA_COMPANY_EN)  # the other language is untouched
    transaction.begin()
    assert list(audit.entries(action="tags.renamed"))


def test_deleting_a_tag_removes_it_everywhere_in_the_language(member_session):
    admin = member_session("administrateur")
    response = admin.post(
        "/fr/@tremplin-tags", json={"action": "delete", "tags": ["bio"]}
    )
    assert response.status_code == 200
    assert "bio" not in tags_of(AWA_COMPANY)
    assert "bio" not in counts(response)


@pytest.mark.parametrize(
    "body,field",
    [
        ({"action": "explode", "tags": ["mangue"]}, "action"),
        ({"action": "delete", "tags": ["never-used"]}, "tags"),
        ({"action": "delete", "tags": []}, "tags"),
        ({"action": "delete", "tags": "mangue"}, "tags"),
        ({"action": "rename", "tags": ["mangue"], "new_tag": "  "}, "new_tag"),
        ({"action": "rename", "tags": ["mangue"], "new_tag": "x" * 101}, "new_tag"),
    ],
)
def test_bad_requests_name_the_field_and_change_nothing(member_session, body, field):
    response = member_session("administrateur").post("/fr/@tremplin-tags", json=body)
    assert response.status_code == 400
    assert field in response.json()["message"]
    assert "mangue" in tags_of(AWA_COMPANY)


def test_malformed_json_is_a_400(member_session):
    response = member_session("administrateur").post(
        "/fr/@tremplin-tags",
        data="{not json",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
