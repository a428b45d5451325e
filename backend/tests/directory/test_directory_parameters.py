"""Wrong parameters are a 400 naming the parameter, never a 500."""

import json
import pytest


@pytest.fixture
def awa(session_of):
    return session_of("awa")


def refused_fields(response) -> list[str]:
    assert response.status_code == 400, response.text
    return [error["field"] for error in json.loads(response.json()["message"])]


@pytest.mark.parametrize(
    "query,field",
    [
        ("sector=astrology", "sector"),
        ("sector=agrifood&sector=astrology", "sector"),
        ("country=XX", "country"),
        ("country=ci", "country"),
        ("region=atlantis", "region"),
        ("expertise=magic", "expertise"),
        ("size=huge", "size"),
        ("experience=veteran", "experience"),
        ("kind=robot", "kind"),
        ("tag=no-such-tag", "tag"),
        ("tag=mango", "tag"),  # an English tag, asked in French
        ("b_size=-1", "b_size"),
        ("b_size=0", "b_size"),
        ("b_size=abc", "b_size"),
        ("b_size=%C2%B2", "b_size"),
        ("b_start=-5", "b_start"),
        ("b_start=1.5", "b_start"),
        ("b_start=abc", "b_start"),
        ("q=" + "x" * 201, "q"),
        ("q=a&q=b", "q"),
        ("q=(", "q"),  # nothing ZCTextIndex can search
        ("sort_on=price", "sort_on"),
        ("sort_on=sortable_title", "sort_on"),
        ("sort_on=title&sort_on=verified", "sort_on"),
        ("verified_only=maybe", "verified_only"),
        ("recommended_first=yes", "recommended_first"),
        ("recommended_first=true&recommended_first=false", "recommended_first"),
    ],
)
def test_a_wrong_parameter_is_named(awa, query, field):
    assert refused_fields(awa.get(f"/fr/@tremplin-directory?{query}")) == [field]


def test_every_wrong_parameter_is_named(awa):
    response = awa.get("/fr/@tremplin-directory?sector=x&verified_only=x&b_size=0")
    assert set(refused_fields(response)) == {"sector", "verified_only", "b_size"}


def test_large_pages_are_clamped(awa):
    response = awa.get("/fr/@tremplin-directory?b_size=100000")
    assert response.status_code == 200, response.text
    assert response.json()["b_size"] == 100


@pytest.mark.parametrize(
    "query",
    [
        "utm_source=newsletter&_=1700000000",  # unknown names are ignored
        "q=" + "x" * 200,
        "q=%22%22",
        "q=and",
        "q=*",
        "q=%20%20",
        "sort_on=relevance",
        "verified_only=FALSE&recommended_first=1",
        "sector=agrifood&country=SN&tag=mangue",
    ],
)
def test_accepted_queries(awa, query):
    response = awa.get(f"/fr/@tremplin-directory?{query}")
    assert response.status_code == 200, response.text


def test_the_answer(awa):
    response = awa.get("/fr/@tremplin-directory?sector=agrifood&tag=mangue")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["@id"].endswith("/fr/@tremplin-directory?sector=agrifood&tag=mangue")
    assert body["sort_on"] == "title"
    assert body["recommended_first"] is False
    assert (body["b_start"], body["b_size"]) == (0, 20)
    assert [item["title"] for item in body["items"]] == ["Délices Tropicaux du Sénégal"]
    assert set(body["facets"]) == {
        "kind",
        "sector",
        "country",
        "region",
        "expertise",
        "size",
        "experience",
        "tag",
    }


@pytest.mark.parametrize(
    ("query", "sort_on"),
    [("", "title"), ("sort_on=relevance", "title"), ("q=cacao", "relevance")],
)
def test_the_answer_says_which_order_it_used(awa, query, sort_on):
    response = awa.get(f"/fr/@tremplin-directory?{query}")
    assert response.json()["sort_on"] == sort_on
