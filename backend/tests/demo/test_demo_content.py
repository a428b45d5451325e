"""The demo accounts and companies of spec §3, ready to log in with, and
the companies and experts that fill the directory."""

from oif.tremplin.companies.content import ICompany
from oif.tremplin.demo import DEMO_PASSWORD
from oif.tremplin.demo import FEATURED_BEHAVIOR
from oif.tremplin.demo import load_demo_data
from oif.tremplin.experts.content import IExpert
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager

import pytest


@pytest.mark.parametrize(
    "username,fullname,role",
    [
        ("awa", "Awa NDIAYE", "Company Representative"),
        ("ahmed", "Ahmed BENALI", "Company Representative"),
        ("aminata", "Aminata KONÉ", "Company Representative"),
        ("moderateur", "Fatou DIALLO (modération OIF)", "Moderator"),
        (
            "administrateur",
            "Jean-Marc LEFEBVRE (administration OIF)",
            "Site Administrator",
        ),
    ],
)
def test_accounts(portal, username, fullname, role):
    user = api.user.get(username=username)
    assert user.getProperty("fullname") == fullname
    assert role in api.user.get_roles(user=user)


@pytest.mark.parametrize(
    "company_id,owner,country,sector,experience",
    [
        ("delices-tropicaux-du-senegal", "awa", "SN", "agrifood", "experienced"),
        ("edunova-maroc", "ahmed", "MA", "digital_edtech", "growing"),
        ("akwaba-mode-ethique", "aminata", "CI", "textile_fashion", "primo_exporter"),
    ],
)
@pytest.mark.parametrize("folder", ["fr/entreprises", "en/companies"])
def test_companies(portal, folder, company_id, owner, country, sector, experience):
    company = portal.unrestrictedTraverse(f"{folder}/{company_id}")
    assert (company.country, company.sectors, company.experience_level) == (
        country,
        [sector],
        experience,
    )
    assert api.content.get_state(company) == "verified"
    # Only the persona owns it: not whoever ran the site creation.
    assert company.get_local_roles() == ((owner, ("Owner",)),)
    assert company.Creator() == owner


def test_translations_are_linked(portal):
    french = portal["fr"]["entreprises"]["edunova-maroc"]
    english = api.portal.get()["en"]["companies"]["edunova-maroc"]
    assert ITranslationManager(french).get_translation("en") == english
    assert english.title == "EduNova Maroc"
    assert english.description.startswith("Adaptive e-learning")


def test_demo_members_log_in(functional_portal, anon_request):
    response = anon_request.post(
        "/@login", json={"login": "aminata", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200
    assert response.json()["token"]


DEMO_PROFILES = [
    *(
        pytest.param(ICompany, "fr/entreprises", entry, id=entry["id"])
        for entry in load_demo_data()["companies"]
    ),
    *(
        pytest.param(IExpert, "fr/experts", entry, id=entry["id"])
        for entry in load_demo_data()["experts"]
    ),
]


@pytest.mark.parametrize("schema,folder,entry", DEMO_PROFILES)
def test_demo_data_fits_the_schema(portal, schema, folder, entry):
    """Each demo value passes the field's own validation; rows hold their columns."""
    context = portal.unrestrictedTraverse(folder)
    for part in ("fields", "fr", "en"):
        for name, value in entry[part].items():
            if name == "subjects":
                continue
            field = schema[name].bind(context)
            if name in ("products", "missions"):
                for row in value:
                    check_row(field.value_type.schema, row)
            else:
                field.validate(value)


def check_row(row_schema, row: dict) -> None:
    """A data-grid row: known columns, valid values, required ones present.

    Optional columns added later (a product's HS code) may be absent from
    the personas' rows, as they are from rows stored before the column.
    """
    assert set(row) <= set(row_schema.names()), row
    for name in row_schema.names():
        column = row_schema[name]
        if name in row:
            column.validate(row[name])
        else:
            assert not column.required, (name, row)


@pytest.mark.parametrize("schema,folder,entry", DEMO_PROFILES)
def test_every_profile_is_verified_in_both_languages(portal, schema, folder, entry):
    french = portal.unrestrictedTraverse(f"{folder}/{entry['id']}")
    english = ITranslationManager(french).get_translation("en")
    for profile, language in ((french, "fr"), (english, "en")):
        assert api.content.get_state(profile) == "verified"
        assert profile.verified_on is not None
        assert profile.Language() == language
        assert profile.Subject() == tuple(entry[language]["subjects"])


def test_agrifood_companies_in_cote_d_ivoire(portal):
    """The directory's showcase search: agrifood in Côte d'Ivoire, then a tag."""
    catalog = portal.portal_catalog
    found = catalog.unrestrictedSearchResults(
        portal_type="Company", Language="fr", sector="agrifood", country_code="CI"
    )
    assert {brain.getId for brain in found} == {
        "cacao-ivoire-excellence",
        "karite-des-savanes",
        "anacarde-du-zanzan",
    }
    for tag, language in (("cacao", "fr"), ("cocoa", "en")):
        tagged = catalog.unrestrictedSearchResults(
            portal_type="Company", Language=language, Subject=tag
        )
        assert [brain.getId for brain in tagged] == ["cacao-ivoire-excellence"]


def test_directory_spans_countries_and_sectors(portal):
    brains = portal.portal_catalog.unrestrictedSearchResults(
        portal_type="Company", Language="fr"
    )
    countries = {brain._unrestrictedGetObject().country for brain in brains}
    assert {"CI", "TN", "CM", "CA", "BE", "VN", "HT", "MG"} <= countries
    sectors = {
        sector for brain in brains for sector in brain._unrestrictedGetObject().sectors
    }
    assert len(sectors) >= 7


def test_one_company_is_featured(portal, get_behaviors):
    if FEATURED_BEHAVIOR not in get_behaviors("Company"):
        pytest.skip("the featured behaviour is not installed yet")
    for path in ("fr/entreprises", "en/companies"):
        company = portal.unrestrictedTraverse(f"{path}/cacao-ivoire-excellence")
        assert company.featured is True
    assert not portal["fr"]["entreprises"]["karite-des-savanes"].featured


def test_profiles_without_owner_belong_to_no_member(portal):
    """No demo account is handed the directory companies, nor joins a group
    through their verification."""
    for path in ("fr/entreprises/cacao-ivoire-excellence", "en/experts/luc-tremblay"):
        profile = portal.unrestrictedTraverse(path)
        assert [p for p, roles in profile.get_local_roles() if "Owner" in roles] == []
    assert api.user.get_users(groupname="experts") == []
    representatives = {
        u.getId() for u in api.user.get_users(groupname="representatives")
    }
    assert representatives == {"awa", "ahmed", "aminata"}
