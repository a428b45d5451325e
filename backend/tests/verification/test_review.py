"""The moderators' endpoints: @tremplin-review on a profile and
@tremplin-review-queue on the site."""

from datetime import UTC
from datetime import datetime
from plone import api
from plone.namedfile.file import NamedBlobFile

import json
import pytest
import transaction


FRENCH = "/fr/entreprises/delices-tropicaux-du-senegal"
ENGLISH = "/en/companies/delices-tropicaux-du-senegal"
EDUNOVA = "/fr/entreprises/edunova-maroc"


def fire(portal, path, *transitions):
    profile = portal.unrestrictedTraverse(path.lstrip("/"))
    with api.env.adopt_roles(["Manager"]):
        for transition in transitions:
            api.content.transition(obj=profile, transition=transition, comment="x")
    return profile


@pytest.fixture
def submitted(functional_portal):
    fire(functional_portal, FRENCH, "retract", "submit")
    transaction.commit()
    return FRENCH


@pytest.fixture
def in_review(functional_portal, submitted):
    fire(functional_portal, FRENCH, "start_review")
    transaction.commit()
    return FRENCH


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


def state_of(portal, path=FRENCH):
    transaction.begin()
    return api.content.get_state(portal.unrestrictedTraverse(path.lstrip("/")))


class TestReviewRefusals:
    @pytest.mark.parametrize(
        "username,status",
        [(None, 401), ("guest", 401), ("ahmed", 401), ("awa", 401)],
    )
    def test_only_the_oif_team_reviews(
        self, functional_portal, in_review, session_of, username, status
    ):
        response = session_of(username).post(
            f"{FRENCH}/@tremplin-review", json={"action": "verify"}
        )
        assert response.status_code == status
        assert state_of(functional_portal) == "in_review"

    @pytest.mark.parametrize("action", ["verify", "reject", "expire", "retract", ""])
    def test_an_action_not_possible_in_the_state(
        self, functional_portal, submitted, member_session, action
    ):
        response = member_session("moderateur").post(
            f"{ENGLISH}/@tremplin-review", json={"action": action, "message": "m"}
        )
        assert response.status_code == 400
        assert errors_of(response) == {
            "action": "This action is not possible on a profile in this state."
        }
        assert state_of(functional_portal) == "submitted"

    @pytest.mark.parametrize("action", ["reject", "request_documents"])
    @pytest.mark.parametrize("message", [None, "", "  "])
    def test_a_message_is_required(
        self, functional_portal, in_review, member_session, action, message
    ):
        body = (
            {"action": action}
            if message is None
            else {"action": action, "message": message}
        )
        response = member_session("moderateur").post(
            f"{ENGLISH}/@tremplin-review", json=body
        )
        assert response.status_code == 400
        assert set(errors_of(response)) == {"message"}
        assert state_of(functional_portal) == "in_review"

    @pytest.mark.parametrize(
        "body", [{"action": ["verify"]}, {"action": 5}, {"message": {"a": 1}}]
    )
    def test_wrong_shapes(self, functional_portal, in_review, member_session, body):
        response = member_session("moderateur").post(
            f"{ENGLISH}/@tremplin-review", json=body
        )
        assert response.status_code == 400
        assert "action" in errors_of(response)
        assert state_of(functional_portal) == "in_review"

    @pytest.mark.parametrize("body", ["{not json", "[]"])
    def test_malformed_json(self, functional_portal, in_review, member_session, body):
        response = member_session("moderateur").post(
            f"{FRENCH}/@tremplin-review",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert state_of(functional_portal) == "in_review"


class TestReview:
    @pytest.mark.parametrize("username", ["moderateur", "administrateur"])
    def test_start_then_verify(
        self, functional_portal, submitted, member_session, username
    ):
        session = member_session(username)
        response = session.post(
            f"{FRENCH}/@tremplin-review", json={"action": "start_review"}
        )
        assert response.status_code == 200, response.text
        assert response.json()["review_state"] == "in_review"
        response = session.post(f"{FRENCH}/@tremplin-review", json={"action": "verify"})
        assert response.json()["review_state"] == "verified"
        assert state_of(functional_portal, ENGLISH) == "verified"

    @pytest.mark.parametrize(
        "action,state", [("reject", "rejected"), ("request_documents", "draft")]
    )
    def test_the_message_reaches_the_applicant(
        self, functional_portal, in_review, member_session, inbox, action, state
    ):
        response = member_session("moderateur").post(
            f"{FRENCH}/@tremplin-review",
            json={"action": action, "message": "Le RCCM est illisible"},
        )
        assert response.json()["review_state"] == state
        [mail] = inbox.to("awa.ndiaye@demo.tremplin.test")
        assert "Le RCCM est illisible" in mail.get_content()
        transaction.begin()
        profile = functional_portal.unrestrictedTraverse(FRENCH.lstrip("/"))
        history = profile.workflow_history["tremplin_profile_workflow"]
        assert history[-1]["comments"] == "Le RCCM est illisible"


class TestQueue:
    @pytest.mark.parametrize(
        "username,status",
        [
            (None, 401),
            ("guest", 401),
            ("awa", 401),
            ("moderateur", 200),
            ("administrateur", 200),
        ],
    )
    def test_who_reads_it(self, functional_portal, session_of, username, status):
        assert session_of(username).get("/@tremplin-review-queue").status_code == status

    def test_empty_when_every_profile_is_verified(
        self, functional_portal, member_session
    ):
        queue = member_session("moderateur").get("/@tremplin-review-queue").json()
        assert queue["items"] == []

    def test_pending_profiles_oldest_first_one_language_each(
        self, functional_portal, member_session, time_machine
    ):
        time_machine.move_to("2026-12-01 09:00:00+00:00", tick=False)
        fire(functional_portal, EDUNOVA, "retract", "submit", "start_review")
        time_machine.move_to("2026-12-03 09:00:00+00:00", tick=False)
        profile = fire(functional_portal, FRENCH, "retract", "submit")
        with api.env.adopt_roles(["Manager"]):
            api.content.create(
                container=profile,
                type="VerificationDocument",
                id="rccm",
                title="Extrait RCCM",
                document_kind="register_extract",
                file=NamedBlobFile(data=b"%PDF-1.4 x", filename="rccm.pdf"),
            )
        transaction.commit()
        time_machine.move_to("2026-12-11 09:00:00+00:00", tick=False)

        items = (
            member_session("moderateur").get("/@tremplin-review-queue").json()["items"]
        )
        assert [(i["@id"].split("/plone")[1], i["review_state"]) for i in items] == [
            (EDUNOVA, "in_review"),
            (FRENCH, "submitted"),
        ]
        awa = items[1]
        assert awa["portal_type"] == "Company"
        assert awa["owner"] == {
            "id": "awa",
            "fullname": "Awa NDIAYE",
            "email": "awa.ndiaye@demo.tremplin.test",
        }
        assert awa["submitted_on"] == datetime(2026, 12, 3, 9, tzinfo=UTC).isoformat()
        assert awa["age_days"] == 8
        assert items[0]["age_days"] == 10
        assert sum(awa["checks"].values()) == 6
        assert awa["checks"]["failed"] >= 1  # three documents are missing
        [document] = awa["documents"]
        assert document["document_kind"] == "register_extract"
        assert document["content_type"] == "application/pdf"
        assert document["download"].endswith(f"{FRENCH}/rccm/@@download/file")
