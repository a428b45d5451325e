"""What a representative may change on her profile, enforced by the server:
the identity only until it is verified; never the CMS internals."""

from plone import api

import json
import pytest
import transaction


AWA = "/fr/entreprises/delices-tropicaux-du-senegal"
IDENTITY = {
    "title": "Délices du Sahel",
    "registration_number": "SN-DKR-2099-X-00001",
    "country": "ML",
}


def errors_of(response) -> dict[str, str]:
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


def profile(portal, path=AWA):
    transaction.begin()  # see what the HTTP thread committed
    return portal.unrestrictedTraverse(path.lstrip("/"))


class TestIdentityOnceVerified:
    @pytest.mark.parametrize("field,value", IDENTITY.items())
    def test_the_owner_is_refused_and_told_why(
        self, functional_portal, member_session, field, value
    ):
        session = member_session("awa")
        session.headers["Accept-Language"] = "fr"
        response = session.patch(AWA, json={field: value, "city": "Thiès"})
        assert response.status_code == 400
        assert errors_of(response) == {
            field: (
                "Seule l'équipe de l'OIF peut modifier ce champ ; "
                "demandez-le à un modérateur."
            )
        }
        company = profile(functional_portal)
        assert (company.title, company.registration_number, company.country) == (
            "Délices Tropicaux du Sénégal",
            "SN-DKR-2014-B-10234",
            "SN",
        )
        assert company.city == "Dakar"  # nothing is half-written

    def test_sending_the_current_values_back_is_no_change(
        self, functional_portal, member_session
    ):
        session = member_session("awa")
        current = session.get(AWA).json()
        response = session.patch(
            AWA,
            json={
                "title": current["title"],
                "country": current["country"],
                "registration_number": current["registration_number"],
                "city": "Thiès",
            },
        )
        assert response.status_code == 204, response.text
        assert profile(functional_portal).city == "Thiès"

    def test_administrators_change_it_in_every_language(
        self, functional_portal, member_session
    ):
        response = member_session("administrateur").patch(AWA, json=IDENTITY)
        assert response.status_code == 204, response.text
        english = profile(
            functional_portal, "/en/companies/delices-tropicaux-du-senegal"
        )
        assert (english.title, english.registration_number, english.country) == (
            tuple(IDENTITY.values())
        )

    def test_moderators_do_not_edit_profiles(self, functional_portal, member_session):
        response = member_session("moderateur").patch(AWA, json={"country": "ML"})
        assert response.status_code == 401

    def test_the_edit_form_leaves_the_identity_out(
        self, functional_portal, member_session
    ):
        schema = member_session("awa").get(f"{AWA}/@types/Company").json()
        assert not set(IDENTITY) & set(schema["properties"])
        assert "city" in schema["properties"]


def test_the_owner_writes_the_identity_of_a_draft(functional_portal, member_session):
    member_session("moderateur").post(f"{AWA}/@workflow/retract")
    session = member_session("awa")
    assert "title" in session.get(f"{AWA}/@types/Company").json()["properties"]
    response = session.patch(AWA, json=IDENTITY)
    assert response.status_code == 204, response.text
    assert profile(functional_portal).registration_number == "SN-DKR-2099-X-00001"


@pytest.mark.parametrize("state,owner_may", [("draft", True), ("verified", False)])
def test_the_workflow_manages_the_identity_permission(portal, state, owner_may):
    company = portal.unrestrictedTraverse(AWA.lstrip("/"))
    if state == "draft":
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=company, transition="retract")
    roles = {
        r["name"]
        for r in company.rolesOfPermission("oif.tremplin: Edit company identity")
        if r["selected"]
    }
    assert ("Owner" in roles) is owner_may
    assert {"Site Administrator", "Manager"} <= roles


class TestCmsInternals:
    """Id, language, authorship, navigation, layout and tags are not hers."""

    INTERNALS = {
        "id": "autre-nom",
        "exclude_from_nav": True,
        "creators": ["ahmed"],
        "contributors": ["ahmed"],
        "rights": "Tous droits cédés",
        "versioning_enabled": False,
        "effective": "2020-01-01T00:00:00",
    }

    def test_the_owner_changes_none_of_them(self, functional_portal, member_session):
        response = member_session("awa").patch(AWA, json=self.INTERNALS)
        assert response.status_code == 204, response.text
        company = profile(functional_portal)
        assert company.getId() == "delices-tropicaux-du-senegal"
        assert company.Language() == "fr"
        assert company.listCreators() == ("awa",)
        assert company.Contributors() == ()
        assert company.Rights() == ""
        assert getattr(company, "exclude_from_nav", False) is False

    def test_the_language_is_shown_and_refused_to_the_owner(
        self, functional_portal, member_session
    ):
        # Volto reads it on every page (alternate languages, translations).
        session = member_session("awa")
        assert session.get(AWA).json()["language"]["token"] == "fr"
        response = session.patch(AWA, json={"language": "en"})
        assert response.status_code == 400
        assert "language" in errors_of(response)
        assert profile(functional_portal).Language() == "fr"

    def test_the_owner_cannot_change_the_layout(
        self, functional_portal, member_session
    ):
        # Volto picks a page's view by its layout before its type.
        response = member_session("awa").patch(AWA, json={"layout": "listing_view"})
        assert response.status_code == 400
        assert "layout" in errors_of(response)
        assert profile(functional_portal).getLayout() == "view"

    def test_tags_are_refused_to_the_owner(self, functional_portal, member_session):
        response = member_session("awa").patch(AWA, json={"subjects": ["promo"]})
        assert response.status_code == 400
        assert "subjects" in errors_of(response)
        assert profile(functional_portal).Subject() == (
            "mangue",
            "fruits tropicaux",
            "bio",
        )

    def test_administrators_write_the_tags(self, functional_portal, member_session):
        response = member_session("administrateur").patch(
            AWA, json={"subjects": ["mangue", "export"]}
        )
        assert response.status_code == 204, response.text
        assert profile(functional_portal).Subject() == ("mangue", "export")

    def test_the_edit_form_shows_only_the_profile(
        self, functional_portal, member_session
    ):
        schema = member_session("awa").get(f"{AWA}/@types/Company").json()
        assert [f["id"] for f in schema["fieldsets"]] == [
            "default",
            "activity",
            "international",
            "media",
        ]
        assert not set(self.INTERNALS) & set(schema["properties"])
        assert "subjects" not in schema["properties"]
