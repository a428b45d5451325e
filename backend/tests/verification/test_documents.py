"""Verification documents are private to the company's owner and the OIF team,
whatever the state of the company; public media follow the company."""

import pytest


COMPANY = "/fr/entreprises/delices-tropicaux-du-senegal"


READERS = ["awa", "moderateur", "administrateur"]
REFUSED = ["ahmed", "aminata", "guest", None]


def retract(member_session):
    response = member_session("moderateur").post(f"{COMPANY}/@workflow/retract")
    assert response.status_code == 200, response.text


def download(session, path):
    return session.get(f"{path}/@@download/file")


@pytest.mark.parametrize("company_state", ["verified", "draft"])
class TestReading:
    @pytest.mark.parametrize("username", READERS)
    def test_the_owner_and_the_oif_team_read_it(
        self, register_extract, member_session, session_of, username, company_state
    ):
        if company_state == "draft":
            retract(member_session)
        session = session_of(username)
        assert session.get(register_extract).status_code == 200
        response = download(session, register_extract)
        assert response.status_code == 200
        assert response.content == b"%PDF-1.4 private"

    @pytest.mark.parametrize("username", REFUSED)
    def test_nobody_else_does(
        self, register_extract, member_session, session_of, username, company_state
    ):
        if company_state == "draft":
            retract(member_session)
        session = session_of(username)
        assert session.get(register_extract).status_code == 401
        assert download(session, register_extract).status_code == 401
        listing = session.get(COMPANY).json().get("items", [])
        assert register_extract not in {item["@id"] for item in listing}

    def test_searches_do_not_list_it_for_other_members(
        self, register_extract, member_session, company_state
    ):
        if company_state == "draft":
            retract(member_session)

        def found_by(username):
            items = member_session(username).get(
                "/@search", params={"portal_type": "VerificationDocument"}
            )
            return [item["@id"].split("/plone", 1)[1] for item in items.json()["items"]]

        assert found_by("ahmed") == []
        assert found_by("moderateur") == [register_extract]


class TestWriting:
    def test_other_members_cannot_add_one(self, functional_portal, member_session):
        response = member_session("ahmed").post(
            COMPANY,
            json={
                "@type": "VerificationDocument",
                "title": "Faux",
                "document_kind": "manager_id",
            },
        )
        assert response.status_code == 401

    @pytest.mark.parametrize("username", ["awa", "ahmed", "moderateur"])
    def test_only_administrators_delete_one(
        self, register_extract, member_session, username
    ):
        response = member_session(username).delete(register_extract)
        assert response.status_code == 401
        assert member_session("awa").get(register_extract).status_code == 200

    def test_moderators_cannot_change_one(self, register_extract, member_session):
        response = member_session("moderateur").patch(
            register_extract, json={"title": "Changé"}
        )
        assert response.status_code == 401

    @pytest.mark.parametrize("username", ["awa", "moderateur"])
    def test_only_administrators_share_one(
        self, register_extract, member_session, share_with_everyone, username
    ):
        response = share_with_everyone(member_session(username), register_extract)
        assert response.status_code in (401, 403)

    def test_kind_is_checked(self, functional_portal, member_session):
        response = member_session("awa").post(
            COMPANY,
            json={
                "@type": "VerificationDocument",
                "title": "Autre",
                "document_kind": "horoscope",
            },
        )
        assert response.status_code == 400
        assert "document_kind" in response.json()["message"]


class TestPublicMedia:
    def test_verified_members_see_the_photos_of_a_verified_company(
        self, photo, member_session
    ):
        assert member_session("ahmed").get(photo).status_code == 200

    def test_nobody_else_sees_them_once_the_company_is_withdrawn(
        self, photo, member_session, session_of
    ):
        retract(member_session)
        assert member_session("ahmed").get(photo).status_code == 401
        assert session_of(None).get(photo).status_code == 401
        assert member_session("awa").get(photo).status_code == 200


def test_documents_and_photos_are_separate_types(
    register_extract, photo, member_session
):
    session = member_session("awa")
    assert session.get(register_extract).json()["@type"] == "VerificationDocument"
    assert session.get(photo).json()["@type"] == "Image"
