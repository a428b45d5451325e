"""Facets, counts, order and pages of the directory, on profiles of the
test's own (the demo's are out of the catalog)."""

from AccessControl import getSecurityManager
from datetime import date
from functools import partial
from oif.tremplin.directory.cards import card
from oif.tremplin.directory.query import read_directory_query
from oif.tremplin.directory.search import is_known
from oif.tremplin.directory.search import search_directory
from plone import api

import pytest


def directory(language="fr", **form):
    catalog = api.portal.get_tool("portal_catalog")
    user = getSecurityManager().getUser()
    known = partial(is_known, catalog, user, language)
    query, errors = read_directory_query(form, known)
    assert not errors
    found = search_directory(catalog, user, language, query)
    found["items"] = [card(brain, language) for brain in found.pop("brains")]
    return found


def counts(found, facet) -> dict:
    return {entry["token"]: entry["count"] for entry in found["facets"][facet]}


def ids(found) -> list[str]:
    return [item["@id"].rsplit("/", 1)[-1] for item in found["items"]]


@pytest.fixture
def profiles(only_these_profiles):
    make = only_these_profiles
    make("cacao-ci", country="CI", tags=["cacao"], title="Cacao d'Abidjan")
    make("karite-ci", country="CI", tags=["karité", "cacao"], featured=True)
    make("anacarde-sn", country="SN", tags=["anacarde"], size="micro")
    make(
        "mode-tn",
        country="TN",
        sectors=["textile_fashion", "crafts"],
        verified_on=date(2026, 5, 2),
    )
    make(
        "erable-ca", country="CA", sectors=["agrifood"], experience_level="experienced"
    )
    make("douane-ci", kind="Expert", countries=["CI", "FR"], tags=["cacao"])
    make("brouillon-ci", country="CI", state="draft")
    make("cocoa-ci", language="en", country="CI", tags=["cocoa"])
    return make


def test_no_filter_lists_the_verified_profiles_of_the_language(profiles):
    found = directory()
    assert found["items_total"] == 6
    assert counts(found, "kind") == {"company": 5, "expert": 1}
    assert counts(found, "country") == {"CI": 3, "SN": 1, "TN": 1, "CA": 1, "FR": 1}
    assert counts(found, "region") == {"africa": 5, "americas": 1, "europe": 1}


def test_values_of_one_facet_are_ored_facets_anded(profiles):
    found = directory(country=["CI", "SN"], kind="company")
    assert sorted(ids(found)) == ["anacarde-sn", "cacao-ci", "karite-ci"]


def test_counts_are_disjunctive(profiles):
    found = directory(country="CI", sector="agrifood")
    assert found["items_total"] == 2  # the expert has no sector
    # Country counts ignore the country selection but apply the sector.
    assert counts(found, "country") == {"CI": 2, "SN": 1, "CA": 1}
    # Sector counts ignore the sector selection but apply the country.
    assert counts(found, "sector") == {"agrifood": 2}
    assert counts(found, "kind") == {"company": 2}
    selected = [e["token"] for e in found["facets"]["country"] if e["selected"]]
    assert selected == ["CI"]


def test_a_selected_value_without_results_is_listed(profiles):
    found = directory(country="CA", size="micro")
    assert found["items_total"] == 0
    assert {"token": "CA", "count": 0} in [
        {"token": e["token"], "count": e["count"]}
        for e in found["facets"]["country"]
        if e["selected"]
    ]


def test_facets_are_sorted_by_count_then_title_and_translated(profiles):
    found = directory()
    countries = found["facets"]["country"]
    assert countries[0]["token"] == "CI"
    assert [e["title"] for e in countries[1:]] == [
        "Canada",
        "France",
        "Sénégal",
        "Tunisie",
    ]
    english = directory(language="en")
    assert english["facets"]["country"][0]["title"] == "Côte d'Ivoire"
    assert counts(english, "tag") == {"cocoa": 1}


def test_tags_facet_and_filter_in_the_language(profiles):
    found = directory(tag="cacao")
    assert sorted(ids(found)) == ["cacao-ci", "douane-ci", "karite-ci"]
    assert counts(found, "tag") == {"cacao": 3, "karité": 1, "anacarde": 1}


def test_text_search_finds_by_word_prefix(profiles):
    assert ids(directory(q="abidj")) == ["cacao-ci"]


def test_sorted_by_title_by_default(profiles):
    found = directory(kind="company")
    titles = [item["title"] for item in found["items"]]
    assert titles == sorted(titles, key=str.lower)
    assert found["items"][0]["title"] == "Anacarde Sn"


def test_sorted_by_verification_date_latest_first(profiles):
    assert ids(directory(sort_on="verified"))[0] == "mode-tn"


def test_recommended_first(profiles):
    assert ids(directory(recommended_first="true"))[0] == "karite-ci"
    assert ids(directory(recommended_first="false"))[0] != "karite-ci"


def test_pages(profiles):
    everything = ids(directory())
    first = directory(b_size="2")
    second = directory(b_size="2", b_start="2")
    assert first["items_total"] == second["items_total"] == 6
    assert ids(first) + ids(second) == everything[:4]
    assert ids(directory(b_start="6")) == []


def test_card(profiles):
    (item,) = directory(q="karité")["items"]
    assert item["@type"] == "Company"
    assert item["featured"] is True
    assert item["verified_on"] == "2026-03-01"
    assert item["city"] == "Dakar"
    assert item["countries"] == [{"token": "CI", "title": "Côte d'Ivoire"}]
    # "Afrique" once the lead merges /work/plan/fr-issue8-A.json into the .po.
    assert item["regions"][0]["token"] == "africa"
    assert item["regions"][0]["title"] in {"Afrique", "Africa"}
    assert item["sectors"] == [{"token": "agrifood", "title": "Agroalimentaire"}]
    assert item["size"]["token"] == "small"
    assert item["experience"]["token"] == "growing"
    assert item["tags"] == ["karité", "cacao"]
    assert item["logo"] is None
    (expert,) = directory(kind="expert")["items"]
    assert expert["size"] is None and expert["experience"] is None
    assert [e["token"] for e in expert["expertise"]] == ["customs"]


def test_tags_list_the_30_most_frequent_and_the_selected_ones(only_these_profiles):
    tags = [f"tag-{number:02}" for number in range(35)]
    only_these_profiles("many-tags", tags=tags)
    only_these_profiles("few-tags", tags=["tag-20", "tag-34"])
    found = directory()
    listed = [entry["token"] for entry in found["facets"]["tag"]]
    assert listed[:2] == ["tag-20", "tag-34"]  # count 2, then by title
    assert len(listed) == 30
    assert listed[2:] == [t for t in tags if t not in ("tag-20", "tag-34")][:28]
    selected = directory(tag="tag-33")
    assert [e["token"] for e in selected["facets"]["tag"]][-1] == "tag-33"
    assert len(selected["facets"]["tag"]) == 31
