"""scripts/generate_directory_data.py: load-test profiles that behave like
real ones (valid values, verified, indexed, found by the directory)."""

from datetime import date
from oif.tremplin.companies.content import ICompany
from oif.tremplin.demo.verified_state import set_verified
from oif.tremplin.experts.content import IExpert
from pathlib import Path
from plone import api
from plone.base.interfaces import ILanguage

import importlib.util
import pytest
import sys
import transaction


SCRIPTS = Path(__file__).parents[2] / "scripts"
TODAY = date(2026, 11, 28)


def load_script():
    sys.path.insert(0, str(SCRIPTS))  # as zconsole's working directory does
    spec = importlib.util.spec_from_file_location(
        "generate_directory_data", SCRIPTS / "generate_directory_data.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generator = load_script()
NOT_FIELDS = ("subjects", "featured", "verified_on")


def test_profile_number_i_is_always_the_same():
    """What makes a second run add only what is missing."""
    assert generator.company_values(7, TODAY) == generator.company_values(7, TODAY)
    assert generator.company_values(7, TODAY) != generator.company_values(8, TODAY)
    assert generator.expert_values(3, TODAY) == generator.expert_values(3, TODAY)


@pytest.mark.parametrize("index", range(0, 400, 37))
def test_values_pass_the_schemas(portal, index):
    for schema, values, folder in (
        (ICompany, generator.company_values(index, TODAY), "entreprises"),
        (IExpert, generator.expert_values(index, TODAY), "experts"),
    ):
        context = portal["fr"][folder]
        for name, value in values.items():
            if name not in NOT_FIELDS:
                schema[name].bind(context).validate(value)


def test_data_is_varied():
    companies = [generator.company_values(i, TODAY) for i in range(2000)]
    assert len({c["country"] for c in companies}) >= 20
    assert len({s for c in companies for s in c["sectors"]}) == 10
    assert {c["size"] for c in companies} == {"micro", "small", "medium", "large"}
    assert 0.03 < sum(c["featured"] for c in companies) / 2000 < 0.07
    assert all((TODAY - c["verified_on"]).days <= 330 for c in companies)


def test_generated_profiles_are_verified_and_indexed(portal):
    folders = {
        "Company": portal["fr"]["entreprises"],
        "Expert": portal["fr"]["experts"],
    }
    with api.env.adopt_roles(["Manager"]):
        generator.add_profile(
            folders["Company"], "Company", "gen-1", generator.company_values(1, TODAY)
        )
        generator.add_profile(
            folders["Expert"], "Expert", "gen-2", generator.expert_values(2, TODAY)
        )
    for portal_type in folders:
        found = portal.portal_catalog.unrestrictedSearchResults(
            portal_type=portal_type,
            review_state="verified",
            Language="fr",
            getId=["gen-1", "gen-2"],
        )
        assert len(found) == 1, portal_type
        profile = found[0]._unrestrictedGetObject()
        assert profile.verified_on is not None
        # The verified state's permissions: a representative may view it.
        roles = {r["name"] for r in profile.rolesOfPermission("View") if r["selected"]}
        assert "Company Representative" in roles


# The indexes and metadata of the directory (contract of issue 8).
DIRECTORY_INDEXES = (
    "portal_type",
    "Language",
    "review_state",
    "allowedRolesAndUsers",
    "effectiveRange",
    "SearchableText",
    "sortable_title",
    "sector",
    "profile_country",
    "profile_region",
    "expertise",
    "size_band",
    "experience",
    "featured",
    "verified_on",
    "Subject",
)
# What differs between any two profiles: where, when and which.
OWN = {"UID", "getId", "id", "path", "getPhysicalPath", "created", "modified"}
OWN |= {"CreationDate", "ModificationDate", "Date", "getURL", "TranslationGroup"}


def add_the_normal_way(folder, portal_type, profile_id, values):
    """As a profile is added through the site: every event, queued indexing."""
    values = dict(values)
    subjects, verified_on = values.pop("subjects"), values.pop("verified_on")
    profile = api.content.create(
        container=folder, type=portal_type, id=profile_id, **values
    )
    ILanguage(profile).set_language("fr")
    profile.setSubject(subjects)
    set_verified(profile, verified_on)
    profile.reindexObject()
    return profile


@pytest.fixture
def both_ways(functional_portal):
    """The same company and expert added by the generator and the normal way."""
    transaction.begin()
    pairs = {}
    for portal_type, values, folder in (
        ("Company", generator.company_values(11, TODAY), "entreprises"),
        ("Expert", generator.expert_values(12, TODAY), "experts"),
    ):
        values["title"] = f"Zéphyrine {portal_type}"  # found by the text alone
        folder = functional_portal["fr"][folder]
        with api.env.adopt_roles(["Manager"]):
            add_the_normal_way(folder, portal_type, "normal", values)
            with generator.quick_lookups():
                generator.add_profile(folder, portal_type, "generated", values)
        pairs[portal_type] = [folder["normal"], folder["generated"]]
    transaction.commit()
    return pairs


def index_data(profile) -> tuple[dict, dict]:
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(profile.getPhysicalPath())
    rid = catalog._catalog.uids[path]
    indexes = catalog.getIndexDataForRID(rid)
    # A set: the order of the roles is the order they were granted in.
    indexes["allowedRolesAndUsers"] = sorted(indexes["allowedRolesAndUsers"])
    return indexes, catalog.getMetadataForRID(rid)


@pytest.mark.parametrize("portal_type", ["Company", "Expert"])
def test_generated_profiles_are_indexed_like_normal_ones(both_ways, portal_type):
    normal, generated = (index_data(p) for p in both_ways[portal_type])
    for index in DIRECTORY_INDEXES:
        assert index in normal[0], index
    # Every index and metadata column, not only the directory's.
    for kind in (0, 1):
        differ = {
            name
            for name in normal[kind]
            if name not in OWN and normal[kind][name] != generated[kind][name]
        }
        assert differ == set(), (differ, normal[kind], generated[kind])
    # Each its own translation group (a new one), no translation.
    assert normal[0]["TranslationGroup"] != generated[0]["TranslationGroup"]
    assert generated[0]["TranslationGroup"]
    assert normal[0]["path"].replace("normal", "generated") == generated[0]["path"]


def test_generated_profiles_get_the_same_cards(both_ways, session_of):
    response = session_of("awa").get(
        "/fr/@tremplin-directory", params={"q": "Zéphyrine", "b_size": 10}
    )
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert len(items) == 4
    cards = {}
    for item in items:
        profile_id = item["@id"].rsplit("/", 1)[-1]
        for own in ("@id", "UID"):
            item.pop(own)
        cards.setdefault(item["@type"], {})[profile_id] = item
    for portal_type in ("Company", "Expert"):
        assert cards[portal_type]["generated"] == cards[portal_type]["normal"]
