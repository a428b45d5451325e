"""The Expert type, its folders and vocabularies."""

from oif.tremplin.experts.content import IExpert
from oif.tremplin.experts.structure import ensure_expert_folders
from oif.tremplin.upgrades.v20261127003.upgrade import create_expert_folders
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.indexer.interfaces import IIndexer
from zope.component import getMultiAdapter

import pytest
import transaction


EXPERT = {
    "title": "Ousmane FALL",
    "bio": "Vingt ans de dédouanement au port de Dakar.",
    "expertise_areas": ["customs", "logistics"],
    "countries": ["SN", "CI"],
    "languages": ["fr", "wo"],
    "availability": "limited",
    "rates_band": "300_to_600",
}


def create_expert(portal, **changes):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=portal["fr"]["experts"],
            type="Expert",
            **{**EXPERT, **changes},
        )


class TestType:
    def test_fti(self, get_fti):
        fti = get_fti("Expert")
        assert fti.klass == "oif.tremplin.experts.content.Expert"
        assert fti.add_permission == "oif.tremplin.experts.AddExpert"
        assert fti.global_allow is False
        assert "VerificationDocument" in fti.allowed_content_types

    @pytest.mark.parametrize(
        "behavior",
        [
            "plone.namefromtitle",
            "plone.translatable",
            "plone.locking",
            "oif.tremplin.categorization",
            "oif.tremplin.verification",
        ],
    )
    def test_behaviors(self, get_behaviors, behavior):
        assert behavior in get_behaviors("Expert")

    def test_schema(self):
        assert set(IExpert.names()) == {
            "title",
            "bio",
            "expertise_areas",
            "countries",
            "languages",
            "rates_band",
            "availability",
        }

    def test_folder_holds_only_experts(self, get_fti):
        fti = get_fti("ExpertFolder")
        assert list(fti.allowed_content_types) == ["Expert"]
        assert fti.global_allow is False

    def test_name_from_title(self, portal):
        assert create_expert(portal).getId() == "ousmane-fall"

    def test_verification_documents_go_inside(self, portal):
        expert = create_expert(portal)
        with api.env.adopt_roles(["Manager"]):
            document = api.content.create(
                container=expert,
                type="VerificationDocument",
                title="Diplôme",
                document_kind="manager_id",
            )
        assert document.aq_parent is expert


class TestFolders:
    @pytest.mark.parametrize("language", ["fr", "en"])
    def test_one_published_folder_per_language(self, portal, language):
        folder = portal[language]["experts"]
        assert folder.portal_type == "ExpertFolder"
        assert folder.Language() == language
        assert api.content.get_state(folder) == "published"
        assert folder.getOrdering().__class__.__name__ == "UnorderedOrdering"

    def test_linked_as_translations(self, portal):
        translations = ITranslationManager(portal["fr"]["experts"]).get_translations()
        assert translations["en"] is not None
        assert (
            translations["en"].absolute_url() == portal["en"]["experts"].absolute_url()
        )

    def test_titles(self, portal):
        assert portal["fr"]["experts"].title == "Experts"
        assert portal["en"]["experts"].title == "Experts"

    def test_running_again_changes_nothing(self, portal):
        before = api.content.get_uuid(portal["fr"]["experts"])
        with api.env.adopt_roles(["Manager"]):
            ensure_expert_folders(portal)
        assert api.content.get_uuid(portal["fr"]["experts"]) == before

    def test_upgrade_step_creates_them_on_an_existing_site(self, portal):
        with api.env.adopt_roles(["Manager"]):
            api.content.delete(
                objects=[portal["fr"]["experts"], portal["en"]["experts"]]
            )
            create_expert_folders(portal.portal_setup)
        assert portal["fr"]["experts"].portal_type == "ExpertFolder"
        assert portal["en"]["experts"].portal_type == "ExpertFolder"


class TestVocabularies:
    @pytest.mark.parametrize(
        "name,token",
        [
            ("oif.tremplin.vocabularies.expertise_areas", "customs"),
            ("oif.tremplin.vocabularies.working_languages", "wo"),
            ("oif.tremplin.vocabularies.rates_bands", "pro_bono"),
            ("oif.tremplin.vocabularies.availabilities", "available"),
        ],
    )
    def test_registered(self, portal, get_vocabulary, name, token):
        assert token in get_vocabulary(name, portal)

    def test_every_expertise_the_brief_names(self, portal, get_vocabulary):
        tokens = set(
            get_vocabulary("oif.tremplin.vocabularies.expertise_areas", portal).by_token
        )
        assert {
            "export_strategy",
            "customs",
            "finance",
            "digital_marketing",
            "legal",
            "logistics",
            "certification_quality",
            "sales",
        } <= tokens


class TestSearch:
    def test_searchable_text_in_both_languages(self, portal):
        expert = create_expert(portal)
        text = getMultiAdapter(
            (expert, portal.portal_catalog), IIndexer, name="SearchableText"
        )()
        assert "Ousmane FALL" in text
        assert "dédouanement" in text
        assert "Customs and trade regulations" in text
        assert "Wolof" in text
        assert "Senegal" in text

    def test_found_by_full_text(self, portal):
        create_expert(portal)
        found = portal.portal_catalog.unrestrictedSearchResults(
            portal_type="Expert", SearchableText="Wolof"
        )
        assert [brain.getId for brain in found] == ["ousmane-fall"]


@pytest.mark.parametrize("username", [None, "guest", "awa", "moderateur"])
def test_only_administrators_add_experts(functional_portal, session_of, username):
    response = session_of(username).post(
        "/fr/experts", json={"@type": "Expert", **EXPERT}
    )
    assert response.status_code == 401
    transaction.begin()
    assert "ousmane-fall" not in functional_portal["fr"]["experts"]


def test_administrator_adds_an_expert_through_the_api(
    functional_portal, member_session
):
    response = member_session("administrateur").post(
        "/fr/experts", json={"@type": "Expert", **EXPERT}
    )
    assert response.status_code == 201, response.text
    assert response.json()["expertise_areas"][0]["token"] == "customs"


def test_api_refuses_values_outside_the_vocabularies(functional_portal, member_session):
    response = member_session("administrateur").post(
        "/fr/experts", json={"@type": "Expert", **EXPERT, "availability": "always"}
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    "username,status", [(None, 401), ("guest", 401), ("awa", 401), ("moderateur", 200)]
)
def test_a_draft_expert_is_for_the_oif_team_only(
    functional_portal, member_session, session_of, username, status
):
    created = member_session("administrateur").post(
        "/fr/experts", json={"@type": "Expert", **EXPERT}
    )
    assert created.status_code == 201, created.text
    session = session_of(username)
    assert session.get("/fr/experts/ousmane-fall").status_code == status
    found = session.get(
        "/@search", params={"portal_type": "Expert", "review_state": "draft"}
    ).json()
    assert (found["items_total"] == 1) is (status == 200)
