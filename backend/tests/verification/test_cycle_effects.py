"""What each step does besides moving the state: dates, the owner's group,
mails (FR/EN, on the real SMTP server) and audit entries, once for all
languages."""

from datetime import date
from oif.tremplin.core import audit
from oif.tremplin.core.ownership import hand_over
from oif.tremplin.experts.structure import expert_folder
from plone import api

import pytest
import transaction


FRENCH = "/fr/entreprises/delices-tropicaux-du-senegal"
ENGLISH = "/en/companies/delices-tropicaux-du-senegal"
AWA_MAIL = "awa.ndiaye@demo.tremplin.test"
MODERATORS_MAIL = "moderation@demo.tremplin.test"


def traverse(portal, path):
    return portal.unrestrictedTraverse(path.lstrip("/"))


def fire(portal, transition, comment="", path=FRENCH):
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(
            obj=traverse(portal, path), transition=transition, comment=comment
        )


@pytest.fixture
def draft(functional_portal):
    fire(functional_portal, "retract", "Mise à jour annuelle")
    transaction.commit()
    return FRENCH


def post(session, transition, comment=""):
    response = session.post(
        f"{FRENCH}/@workflow/{transition}", json={"comment": comment}
    )
    assert response.status_code == 200, response.text


class TestMails:
    def test_submit_mails_the_owner_once_and_the_moderators(
        self, draft, inbox, member_session
    ):
        post(member_session("awa"), "submit", "Dossier complet")
        [mail] = inbox.to(AWA_MAIL)  # one mail, though two languages moved
        assert mail["Subject"] == (
            "Tremplin : votre profil « Délices Tropicaux du Sénégal » est envoyé "
            "à la vérification"
        )
        assert "/fr/entreprises/delices-tropicaux-du-senegal" in mail.get_content()
        [alert] = inbox.to(MODERATORS_MAIL)
        assert "Awa NDIAYE" in alert.get_content()
        assert "/fr/moderation" in alert.get_content()

    def test_reject_gives_the_reason_in_the_owner_language(
        self, functional_portal, draft, inbox, member_session
    ):
        api.user.get(username="awa").setMemberProperties({"language": "en"})
        fire(functional_portal, "submit")
        fire(functional_portal, "start_review")
        transaction.commit()
        inbox.messages.clear()
        post(member_session("moderateur"), "reject", "The register extract is blurred")
        [mail] = inbox.to(AWA_MAIL)
        assert mail["Subject"] == (
            'Tremplin: your profile "Délices Tropicaux du Sénégal" was not approved'
        )
        body = mail.get_content()
        assert "Reason: The register extract is blurred" in body
        assert inbox.to(MODERATORS_MAIL) == []

    def test_appeal_reaches_the_moderators_with_its_message(
        self, functional_portal, draft, inbox, member_session
    ):
        for transition in ("submit", "start_review"):
            fire(functional_portal, transition)
        fire(functional_portal, "reject", "Extrait illisible")
        transaction.commit()
        inbox.messages.clear()
        post(member_session("awa"), "appeal", "Voici un extrait lisible")
        [alert] = inbox.to(MODERATORS_MAIL)
        assert "Voici un extrait lisible" in alert.get_content()
        assert len(inbox.to(AWA_MAIL)) == 1

    @pytest.mark.parametrize(
        "transition,words",
        [
            ("verify", "est vérifié"),
            ("request_documents", "des documents manquent"),
        ],
    )
    def test_each_decision_mails_the_owner(
        self, functional_portal, draft, inbox, member_session, transition, words
    ):
        fire(functional_portal, "submit")
        fire(functional_portal, "start_review")
        transaction.commit()
        inbox.messages.clear()
        post(member_session("moderateur"), transition, "Ajoutez la preuve d'adresse")
        # A verification also grants a role: its security alert comes apart.
        [mail] = [m for m in inbox.to(AWA_MAIL) if "rôles" not in m["Subject"]]
        assert words in mail["Subject"]

    def test_a_refused_step_sends_nothing(
        self, functional_portal, draft, inbox, session_of
    ):
        fire(functional_portal, "submit")
        fire(functional_portal, "start_review")
        transaction.commit()
        inbox.messages.clear()
        response = session_of("moderateur").post(f"{FRENCH}/@workflow/reject")
        assert response.status_code == 400
        assert inbox.messages == []


class TestAudit:
    def test_one_entry_per_step_with_comment_and_state(
        self, functional_portal, draft, member_session
    ):
        post(member_session("awa"), "submit", "Dossier complet")
        transaction.begin()
        entry = next(audit.entries(action="profile.submit", target=FRENCH))
        assert entry["actor"] == "awa"
        assert entry["target"] == FRENCH
        assert entry["details"]["comment"] == "Dossier complet"
        assert entry["details"]["state"] == "submitted"

    def test_the_language_acted_on_is_the_target(self, functional_portal, draft):
        before = list(audit.entries(action="profile."))
        with api.env.adopt_user(username="awa"):
            api.content.transition(
                obj=traverse(functional_portal, ENGLISH), transition="submit"
            )
        new = list(audit.entries(action="profile."))[: -len(before)]
        # The French translation followed: no entry of its own.
        assert [(e["action"], e["target"]) for e in new] == [
            ("profile.submit", ENGLISH)
        ]


class TestDatesAndGroups:
    def test_verify_dates_every_language(self, functional_portal, draft, time_machine):
        time_machine.move_to("2026-12-01 10:00:00+00:00", tick=False)
        api.portal.set_registry_record("oif.tremplin.reverification_months", 6)
        for transition in ("submit", "start_review", "verify"):
            fire(functional_portal, transition)
        for path in (FRENCH, ENGLISH):
            profile = traverse(functional_portal, path)
            assert profile.verified_on == date(2026, 12, 1)
            assert profile.verification_expires == date(2027, 6, 1)
            assert profile.submitted_on.isoformat() == "2026-12-01T10:00:00+00:00"

    def test_the_owner_leaves_the_group_when_withdrawn(self, draft):
        assert "representatives" not in groups_of("awa")

    def test_and_joins_it_when_verified(self, functional_portal, draft):
        for transition in ("submit", "start_review", "verify"):
            fire(functional_portal, transition)
        assert "representatives" in groups_of("awa")

    def test_another_verified_profile_keeps_her_in(self, functional_portal):
        with api.env.adopt_roles(["Manager"]):
            second = api.content.create(
                container=functional_portal["fr"]["entreprises"],
                type="Company",
                id="second",
                title="Second",
            )
        hand_over(second, "awa")
        for transition in ("submit", "start_review", "verify"):
            fire(functional_portal, transition, path="/fr/entreprises/second")
        fire(functional_portal, "retract")
        assert "representatives" in groups_of("awa")
        fire(functional_portal, "retract", path="/fr/entreprises/second")
        assert "representatives" not in groups_of("awa")


def test_a_verified_expert_joins_the_experts(functional_portal):
    api.user.create(
        username="mariam",
        email="mariam@example.org",
        password="Baobab-Pirogue-Tamarin-42",
    )
    with api.env.adopt_roles(["Manager"]):
        expert = api.content.create(
            container=expert_folder("fr"), type="Expert", title="Mariam Traoré"
        )
    hand_over(expert, "mariam")
    path = "/" + "/".join(expert.getPhysicalPath()[2:])
    for transition in ("submit", "start_review", "verify"):
        fire(functional_portal, transition, path=path)
    assert groups_of("mariam") >= {"experts"}
    assert "representatives" not in groups_of("mariam")
    fire(functional_portal, "retract", path=path)
    assert "experts" not in groups_of("mariam")


def groups_of(username):
    return {g.getId() for g in api.group.get_groups(username=username)}


def test_the_verified_dates_are_read_only(functional_portal, member_session):
    session = member_session("awa")
    profile = session.get(FRENCH).json()
    assert "verification_expires" in profile
    response = session.patch(FRENCH, json={"verification_expires": "2099-01-01"})
    assert response.status_code == 400, response.text
    assert "verification_expires" in response.text
    schema = session.get(f"{FRENCH}/@types/Company").json()["properties"]
    assert "verified_on" not in schema


class TestDecisionMessage:
    """The applicant reads the moderator's last message on her profile; the
    review history stays the moderators'."""

    def reject(self, portal, session):
        fire(portal, "submit")
        fire(portal, "start_review")
        transaction.commit()
        post(session, "reject", "L'extrait RCCM est illisible")
        transaction.begin()  # see what the request committed

    def test_the_owner_reads_why_her_file_was_refused(
        self, functional_portal, draft, inbox, member_session
    ):
        self.reject(functional_portal, member_session("moderateur"))
        data = member_session("awa").get(ENGLISH).json()
        assert data["decision_message"] == "L'extrait RCCM est illisible"
        assert data["review_state"] == "rejected"

    def test_other_members_never_read_it(
        self, functional_portal, draft, inbox, member_session
    ):
        self.reject(functional_portal, member_session("moderateur"))
        fire(functional_portal, "appeal", "Nouvel extrait joint")
        fire(functional_portal, "start_review")
        fire(functional_portal, "verify")
        transaction.commit()
        data = member_session("ahmed").get(FRENCH).json()
        assert data["review_state"] == "verified"
        assert "decision_message" not in data

    def test_verification_clears_it(
        self, functional_portal, draft, inbox, member_session
    ):
        self.reject(functional_portal, member_session("moderateur"))
        fire(functional_portal, "appeal", "Nouvel extrait joint")
        fire(functional_portal, "start_review")
        fire(functional_portal, "verify")
        transaction.commit()
        assert member_session("awa").get(FRENCH).json()["decision_message"] is None
