"""GET @tremplin-completeness on an Expert."""

from oif.tremplin.experts.completeness import EXPERT_WEIGHTS
from oif.tremplin.experts.completeness import expert_completeness
from oif.tremplin.experts.content import IExpert
from plone import api

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
PATH = "/fr/experts/ousmane-fall"


def create_expert(portal, **changes):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=portal["fr"]["experts"], type="Expert", **{**EXPERT, **changes}
        )


@pytest.fixture
def expert(functional_portal):
    create_expert(functional_portal, rates_band=None)
    transaction.commit()
    return PATH


class TestAccess:
    @pytest.mark.parametrize("username", [None, "guest", "awa", "moderateur"])
    def test_refused(self, expert, session_of, username):
        response = session_of(username).get(f"{expert}/@tremplin-completeness")
        assert response.status_code == 401

    def test_administrator(self, expert, session_of):
        session = session_of("administrateur")
        session.headers["Accept-Language"] = "fr"
        response = session.get(f"{expert}/@tremplin-completeness")
        assert response.status_code == 200, response.text
        assert response.json() == {
            "@id": response.json()["@id"],
            "score": 100 - EXPERT_WEIGHTS["rates_band"],
            "missing": [
                {
                    "field": "rates_band",
                    "title": "Tarif journalier",
                    "fieldset": "offer",
                }
            ],
        }
        assert response.json()["@id"].endswith(f"{PATH}/@tremplin-completeness")


class TestScore:
    def test_weights_cover_existing_fields(self):
        assert set(EXPERT_WEIGHTS) <= set(IExpert.names())

    def test_a_full_profile_scores_100(self, portal):
        assert expert_completeness(create_expert(portal)) == {
            "score": 100,
            "missing": [],
        }

    def test_an_empty_bio_is_missing(self, portal):
        result = expert_completeness(create_expert(portal, bio="\n"))
        assert result["score"] == 100 - EXPERT_WEIGHTS["bio"]
        assert [m["field"] for m in result["missing"]] == ["bio"]
        assert result["missing"][0]["fieldset"] == "default"
