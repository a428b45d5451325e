"""GET @tremplin-completeness on a Company: what its owner has left to fill in."""

from oif.tremplin.companies.completeness import COMPANY_WEIGHTS
from oif.tremplin.companies.completeness import company_completeness
from oif.tremplin.companies.content import ICompany
from plone import api
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage

import pytest
import transaction


AWA = "/fr/entreprises/delices-tropicaux-du-senegal"
# The smallest valid GIF.
GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01"
    b"\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def awa_company(portal):
    return portal.unrestrictedTraverse(AWA.lstrip("/"))


def complete(company):
    """Fill what the demo company leaves empty: its logo and brochure."""
    company.logo = NamedBlobImage(data=GIF, filename="logo.gif")
    company.brochure = NamedBlobFile(data=b"%PDF-1.4 brochure", filename="brochure.pdf")


class TestAccess:
    """Refusals first: only who may edit the profile sees what it lacks."""

    @pytest.mark.parametrize("username", [None, "guest", "ahmed", "moderateur"])
    def test_refused(self, functional_portal, session_of, username):
        response = session_of(username).get(f"{AWA}/@tremplin-completeness")
        assert response.status_code == 401

    @pytest.mark.parametrize("username", ["awa", "administrateur"])
    def test_owner_and_administrators(self, functional_portal, session_of, username):
        response = session_of(username).get(f"{AWA}/@tremplin-completeness")
        assert response.status_code == 200, response.text
        assert response.json()["@id"].endswith(f"{AWA}/@tremplin-completeness")

    def test_only_on_profiles(self, functional_portal, session_of):
        response = session_of("administrateur").get("/fr/@tremplin-completeness")
        assert response.status_code == 404


class TestScore:
    def test_weights_cover_existing_fields(self):
        assert set(COMPANY_WEIGHTS) <= set(ICompany.names())

    def test_demo_company_lacks_its_logo_and_brochure(self, portal):
        result = company_completeness(awa_company(portal))
        assert (
            result["score"]
            == 100 - COMPANY_WEIGHTS["logo"] - (COMPANY_WEIGHTS["brochure"])
        )
        assert result["missing"] == [
            {"field": "logo", "title": "Logo", "fieldset": "media"},
            {"field": "brochure", "title": "Brochure", "fieldset": "media"},
        ]

    def test_a_full_profile_scores_100(self, portal):
        company = awa_company(portal)
        complete(company)
        assert company_completeness(company) == {"score": 100, "missing": []}

    @pytest.mark.parametrize(
        "field,empty,fieldset",
        [
            ("goals", "  ", "international"),
            ("products", [{"name": "", "description": None}], "activity"),
            ("target_markets", [], "international"),
            ("description", None, "default"),
            ("turnover", None, "activity"),
        ],
    )
    def test_an_empty_optional_field_is_missing(self, portal, field, empty, fieldset):
        company = awa_company(portal)
        complete(company)
        setattr(company, field, empty)
        result = company_completeness(company)
        assert result["score"] == 100 - COMPANY_WEIGHTS[field]
        assert [(m["field"], m["fieldset"]) for m in result["missing"]] == [
            (field, fieldset)
        ]

    def test_no_export_is_an_answer(self, portal):
        company = awa_company(portal)
        complete(company)
        company.export_share = 0
        assert company_completeness(company)["score"] == 100

    def test_an_empty_profile_scores_0(self, portal):
        with api.env.adopt_roles(["Manager"]):
            company = api.content.create(
                container=portal["fr"]["entreprises"], type="Company", title="Vide"
            )
        result = company_completeness(company)
        assert result["score"] == 0
        assert [m["field"] for m in result["missing"]] == list(COMPANY_WEIGHTS)


def test_titles_in_the_reader_language(functional_portal, member_session):
    session = member_session("awa")
    session.headers["Accept-Language"] = "fr"
    session.patch(AWA, json={"goals": ""})
    transaction.begin()
    data = session.get(f"{AWA}/@tremplin-completeness").json()
    assert {
        "field": "goals",
        "title": "Objectifs d'internationalisation",
        "fieldset": "international",
    } in data["missing"]
    assert 0 <= data["score"] < 100
