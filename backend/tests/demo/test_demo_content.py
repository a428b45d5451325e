"""The demo accounts and companies of spec §3, ready to log in with."""

from oif.tremplin.companies.content import ICompany
from oif.tremplin.demo import DEMO_PASSWORD
from oif.tremplin.demo import load_demo_data
from plone import api

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
    from plone.app.multilingual.interfaces import ITranslationManager

    assert ITranslationManager(french).get_translation("en") == english
    assert english.title == "EduNova Maroc"
    assert english.description.startswith("Adaptive e-learning")


def test_demo_members_log_in(functional_portal, anon_request):
    response = anon_request.post(
        "/@login", json={"login": "aminata", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200
    assert response.json()["token"]


@pytest.mark.parametrize(
    "company", load_demo_data()["companies"], ids=lambda company: company["id"]
)
def test_demo_data_fits_the_schema(portal, company):
    """Each demo value passes the field's own validation; rows hold their columns."""
    context = portal["fr"]["entreprises"]
    for part in ("fields", "fr", "en"):
        for name, value in company[part].items():
            if name == "subjects":
                continue
            field = ICompany[name].bind(context)
            field.validate(value)
            if name in ("products", "missions"):
                columns = set(field.value_type.schema.names())
                assert all(set(row) <= columns for row in value), (name, value)
