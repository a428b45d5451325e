"""Malformed paging and sorting parameters answer 400 naming the parameter,
on every endpoint, instead of a 500 with a Python message."""

import json
import pytest


QUERY = [
    {
        "i": "portal_type",
        "o": "plone.app.querystring.operation.selection.any",
        "v": ["Company"],
    }
]


def errors_of(response) -> dict[str, str]:
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


NOT_SORTABLE = (
    "Impossible de trier les résultats sur cette valeur ; "
    "essayez sortable_title ou modified."
)


@pytest.fixture
def member(member_session):
    session = member_session("ahmed")
    session.headers["Accept-Language"] = "fr"
    return session


@pytest.mark.parametrize(
    "path,parameter,value,message",
    [
        ("/@search", "b_size", "abc", "Saisissez un nombre entier, 0 ou plus."),
        ("/@search", "b_size", "-1", "Saisissez un nombre entier, 0 ou plus."),
        ("/@search", "b_start", "deux", "Saisissez un nombre entier, 0 ou plus."),
        ("/fr/@search", "sort_limit", "abc", "Saisissez un nombre entier, 0 ou plus."),
        (
            "/@search",
            "sort_order",
            "sideways",
            "Saisissez ascending, descending ou reverse.",
        ),
        (
            "/@search",
            "sort_on",
            "Title",
            NOT_SORTABLE,
        ),
        ("/fr/entreprises", "b_size", "x", "Saisissez un nombre entier, 0 ou plus."),
    ],
)
def test_query_string(functional_portal, member, path, parameter, value, message):
    response = member.get(path, params={parameter: value})
    assert response.status_code == 400, response.text
    assert errors_of(response) == {parameter: message}


@pytest.mark.parametrize(
    "parameter,value",
    [
        ("b_size", "abc"),
        ("b_size", -1),
        ("limit", "x"),
        ("sort_on", "Title"),
        ("sort_order", "up"),
    ],
)
def test_querystring_search_body(functional_portal, member, parameter, value):
    response = member.post(
        "/fr/@querystring-search", json={"query": QUERY, parameter: value}
    )
    assert response.status_code == 400, response.text
    assert list(errors_of(response)) == [parameter]


@pytest.mark.parametrize(
    "parameters",
    [
        {"b_size": "2", "b_start": "0"},
        {"sort_on": "sortable_title", "sort_order": "reverse"},
        {"sort_on": "modified", "sort_order": "descending", "sort_limit": "10"},
    ],
)
def test_well_formed_parameters_still_work(functional_portal, member, parameters):
    assert member.get("/@search", params=parameters).status_code == 200
    body = {"query": QUERY, **parameters}
    assert member.post("/fr/@querystring-search", json=body).status_code == 200


def test_bodies_of_other_services_are_content(functional_portal, member_session):
    # Only listing services read paging from their body; elsewhere such keys
    # would be content fields (a Collection has "limit" and "sort_on").
    response = member_session("awa").patch(
        "/fr/entreprises/delices-tropicaux-du-senegal",
        json={"city": "Thiès", "limit": "any", "sort_on": "anything"},
    )
    assert response.status_code == 204, response.text


@pytest.mark.parametrize("value", ["", "abc"])
def test_empty_or_text_counts_in_a_query_string(functional_portal, member, value):
    response = member.get("/@search", params={"b_start": value})
    assert response.status_code == 400
    assert list(errors_of(response)) == ["b_start"]


@pytest.mark.parametrize(
    "path,terms",
    [
        ("/@vocabularies/oif.tremplin.vocabularies.countries", 249),
        (
            "/fr/entreprises/delices-tropicaux-du-senegal/@vocabularies/"
            "oif.tremplin.vocabularies.sectors",
            10,
        ),
    ],
)
def test_vocabularies_give_every_term_for_b_size_minus_one(
    functional_portal, member_session, path, terms
):
    # What Volto's select widgets ask for; elsewhere -1 is refused.
    response = member_session("awa").get(path, params={"b_size": "-1"})
    assert response.status_code == 200, response.text
    assert len(response.json()["items"]) == terms
