"""Products carry an optional Harmonized System code, checked on every write."""

from oif.tremplin.companies.hs_codes import hs_code_words
from plone import api

import json
import pytest
import transaction


AWA = "/fr/entreprises/delices-tropicaux-du-senegal"
MANGO = {"name": "Mangue séchée", "description": "Mangue Kent séchée."}


def errors_of(response) -> dict[str, str]:
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


def products_of(portal):
    transaction.begin()  # see what the HTTP thread committed
    return portal.unrestrictedTraverse(AWA.lstrip("/")).products


@pytest.mark.parametrize("code", ["08", "0804", "080450", "08045010", "0804501000"])
def test_valid_codes_are_stored(functional_portal, member_session, code):
    response = member_session("awa").patch(
        AWA, json={"products": [{**MANGO, "hs_code": code}]}
    )
    assert response.status_code == 204, response.text
    assert products_of(functional_portal)[0]["hs_code"] == code
    data = member_session("awa").get(AWA).json()
    assert data["products"][0]["hs_code"] == code


def test_the_code_is_optional(functional_portal, member_session):
    response = member_session("awa").patch(AWA, json={"products": [MANGO]})
    assert response.status_code == 204, response.text
    assert products_of(functional_portal)[0]["hs_code"] is None


@pytest.mark.parametrize(
    "code", ["8", "080", "0804.50", "0804 50", "08045010001", "ab12"]
)
def test_bad_codes_are_refused_naming_the_field(
    functional_portal, member_session, code
):
    # The profile is French: p.a.multilingual answers in its language.
    session = member_session("awa")
    response = session.patch(
        AWA,
        json={
            "city": "Thiès",
            "products": [MANGO, {"name": "Bissap", "hs_code": code}],
        },
    )
    assert response.status_code == 400, response.text
    message = errors_of(response)["products"]
    assert message == (
        "Code SH : saisissez 2, 4, 6, 8 ou 10 chiffres, sans point ni espace "
        "(par exemple 080450)."
    )
    company = functional_portal.unrestrictedTraverse(AWA.lstrip("/"))
    transaction.begin()
    assert company.city == "Dakar"  # nothing is written
    assert [p["name"] for p in company.products] == ["Mangue séchée", "Jus de bissap"]


@pytest.mark.parametrize("blank", ["", "  ", None])
def test_a_blank_code_is_no_code(functional_portal, member_session, blank):
    response = member_session("awa").patch(
        AWA, json={"products": [{**MANGO, "hs_code": blank}]}
    )
    assert response.status_code == 204, response.text
    assert products_of(functional_portal)[0]["hs_code"] is None


def test_a_stray_space_is_dropped(functional_portal, member_session):
    response = member_session("awa").patch(
        AWA, json={"products": [{**MANGO, "hs_code": " 0804 "}]}
    )
    assert response.status_code == 204, response.text
    assert products_of(functional_portal)[0]["hs_code"] == "0804"


def test_headings_are_words():
    assert hs_code_words("080450") == ["08", "0804", "080450"]
    assert hs_code_words(None) == []


def test_search_finds_the_company_by_code_and_heading(
    functional_portal, member_session
):
    member_session("awa").patch(
        AWA, json={"products": [{**MANGO, "hs_code": "080450"}]}
    )
    for text in ("080450", "0804"):
        response = member_session("ahmed").get(
            "/@search", params={"SearchableText": text, "portal_type": "Company"}
        )
        found = {item["@id"].rsplit("/", 1)[1] for item in response.json()["items"]}
        assert found == {"delices-tropicaux-du-senegal"}, text


def test_demo_rows_without_a_code_still_index(portal):
    company = portal.unrestrictedTraverse(AWA.lstrip("/"))
    with api.env.adopt_roles(["Manager"]):
        company.reindexObject()
    found = portal.portal_catalog.unrestrictedSearchResults(SearchableText="bissap")
    assert any(b.getId == "delices-tropicaux-du-senegal" for b in found)
