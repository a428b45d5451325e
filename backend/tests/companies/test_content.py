"""The Company type: schema, behaviours, catalog indexes."""

from oif.tremplin.companies.content import ICompany
from plone import api

import pytest


AWA = "/fr/entreprises/delices-tropicaux-du-senegal"
PERSONAS = ("delices-tropicaux-du-senegal", "edunova-maroc", "akwaba-mode-ethique")


def catalog(portal):
    """Index contents regardless of who may see them (test_access.py covers that)."""
    return portal.portal_catalog.unrestrictedSearchResults


class TestType:
    def test_fti(self, get_fti):
        fti = get_fti("Company")
        assert fti.klass == "oif.tremplin.companies.content.Company"
        assert fti.add_permission == "oif.tremplin.companies.AddCompany"

    @pytest.mark.parametrize(
        "behavior",
        ["plone.translatable", "oif.tremplin.categorization", "plone.namefromtitle"],
    )
    def test_behaviors(self, get_behaviors, behavior):
        assert behavior in get_behaviors("Company")

    def test_schema_has_the_design_fields(self):
        assert {
            "title",
            "registration_number",
            "country",
            "city",
            "sectors",
            "size",
            "turnover",
            "export_share",
            "products",
            "target_markets",
            "goals",
            "experience_level",
            "missions",
            "logo",
            "video_links",
            "brochure",
        } <= set(ICompany.names())

    @pytest.mark.parametrize(
        "field",
        [
            "title",
            "registration_number",
            "country",
            "city",
            "sectors",
            "size",
            "experience_level",
        ],
    )
    def test_required_fields(self, field):
        assert ICompany[field].required is True

    def test_holds_its_media_and_private_documents(self, get_fti):
        assert set(get_fti("Company").allowed_content_types) == {
            "Image",
            "File",
            "VerificationDocument",
        }


class TestIndexes:
    @pytest.mark.parametrize(
        "query,expected",
        [
            ({"sector": "agrifood"}, {"delices-tropicaux-du-senegal"}),
            ({"country_code": "MA"}, {"edunova-maroc"}),
            ({"experience": "primo_exporter"}, {"akwaba-mode-ethique"}),
            ({"size_band": "small"}, {"delices-tropicaux-du-senegal", "edunova-maroc"}),
        ],
    )
    def test_directory_facets(self, portal, query, expected):
        # The personas' companies among the demo's (the directory has more).
        brains = catalog(portal)(
            portal_type="Company", Language="fr", id=list(PERSONAS), **query
        )
        assert {b.getId for b in brains} == expected

    def test_content_inside_a_company_does_not_inherit_its_facets(self, portal):
        company = portal.unrestrictedTraverse(AWA.lstrip("/"))
        with api.env.adopt_roles(["Manager"]):
            api.content.create(container=company, type="File", id="catalogue")
        found = catalog(portal)(country_code="SN")
        assert sorted(b.getPath() for b in found) == [
            "/plone/en/companies/delices-tropicaux-du-senegal",
            "/plone/fr/entreprises/delices-tropicaux-du-senegal",
        ]

    def test_company_folder_is_unordered(self, portal):
        assert portal["fr"]["entreprises"].getOrdering().__class__.__name__ == (
            "UnorderedOrdering"
        )


class TestDefaults:
    @pytest.mark.parametrize(
        "field", ["products", "target_markets", "missions", "video_links"]
    )
    def test_list_defaults_are_not_shared_between_companies(self, portal, field):
        folder = portal["fr"]["entreprises"]
        with api.env.adopt_roles(["Manager"]):
            first = api.content.create(
                container=folder, type="Company", id="a", title="A"
            )
            second = api.content.create(
                container=folder, type="Company", id="b", title="B"
            )
        getattr(first, field).append("changed in place")
        assert getattr(second, field) == []

    def test_companies_are_not_versioned(self, portal, get_behaviors):
        # No copies of a profile's past identity kept beside the audit log.
        company = portal.unrestrictedTraverse(AWA.lstrip("/"))
        assert "plone.versioning" not in get_behaviors("Company")
        assert portal.portal_repository.isVersionable(company) is False

    def test_companies_cannot_be_added_anywhere(self, get_fti):
        assert get_fti("Company").global_allow is False
        assert list(get_fti("CompanyFolder").allowed_content_types) == ["Company"]


@pytest.mark.parametrize(
    "path,language",
    [
        ("/fr/entreprises", "fr"),
        ("/en/companies", "en"),
        ("/fr/entreprises/delices-tropicaux-du-senegal", "fr"),
        ("/en/companies/delices-tropicaux-du-senegal", "en"),
    ],
)
def test_volto_gets_the_language_of_every_page(
    functional_portal, member_session, path, language
):
    # Volto's alternate-language links read content.language.token.
    data = member_session("ahmed").get(path).json()
    assert data["language"]["token"] == language
