"""POST @tremplin-registration-confirm: a single-use, expiring token opens
the account of a Guest who owns her draft profile."""

from oif.tremplin.accounts.consents import consents_of
from oif.tremplin.core import audit
from plone import api

import json
import pytest
import transaction


PASSWORD = "Tremplin-Aminata-2026"
OTHER_PASSWORD = "Other-Tremplin-2026"


def confirm(session, token):
    return session.post("/@tremplin-registration-confirm", json={"token": token})


def token_error(response) -> str:
    assert response.status_code == 400, response.text
    [error] = json.loads(response.json()["message"])
    assert error["field"] == "token"
    return error["message"]


@pytest.fixture
def company_token(register, company_body, time_machine):
    time_machine.move_to("2026-11-27 10:00:00+00:00", tick=False)
    response, token = register(company_body())
    assert response.status_code == 201, response.text
    return token


@pytest.fixture
def expert_token(register, expert_body, time_machine):
    time_machine.move_to("2026-11-27 10:00:00+00:00", tick=False)
    response, token = register(expert_body(language="en"))
    assert response.status_code == 201, response.text
    return token


class TestCompany:
    @pytest.fixture
    def confirmed(self, company_token, anon_request):
        response = confirm(anon_request, company_token)
        assert response.status_code == 200, response.text
        transaction.begin()
        return response.json()

    def test_answer(self, confirmed):
        assert confirmed["login"] == "mariama.sow@example.org"
        assert confirmed["profile"].endswith("/plone/fr/entreprises/saveurs-du-sahel")

    def test_member_signs_in_with_her_email(self, confirmed, anon_request):
        response = anon_request.post(
            "/@login", json={"login": "mariama.sow@example.org", "password": PASSWORD}
        )
        assert response.status_code == 200, response.text

    def test_member_properties(self, confirmed):
        user = api.user.get(userid="mariama-sow")
        assert user.getProperty("fullname") == "Mariama SOW"
        assert user.getProperty("email") == "mariama.sow@example.org"
        assert user.getProperty("language") == "fr"

    def test_she_is_a_guest(self, confirmed):
        roles = set(api.user.get_roles(user=api.user.get(userid="mariama-sow")))
        assert roles == {"Member", "Authenticated"}
        groups = {
            g.getId()
            for g in api.group.get_groups(user=api.user.get(userid="mariama-sow"))
        }
        assert not groups & {
            "moderators",
            "representatives",
            "experts",
            "Site Administrators",
        }

    def test_draft_company_that_only_she_owns(self, confirmed, functional_portal):
        company = functional_portal["fr"]["entreprises"]["saveurs-du-sahel"]
        assert company.portal_type == "Company"
        assert (company.title, company.country, company.city) == (
            "Saveurs du Sahel",
            "SN",
            "Thiès",
        )
        assert (company.size, company.experience_level) == ("micro", "primo_exporter")
        assert company.sectors == ["agrifood"]
        assert company.Language() == "fr"
        assert api.content.get_state(company) == "draft"
        assert company.get_local_roles() == (("mariama-sow", ("Owner",)),)
        assert company.Creator() == "mariama-sow"
        assert company.getOwner().getId() == "mariama-sow"

    def test_she_edits_her_company(self, confirmed, request_factory):
        session = request_factory(basic_auth=("mariama.sow@example.org", PASSWORD))
        path = "/fr/entreprises/saveurs-du-sahel"
        response = session.patch(path, json={"description": "Céréales locales."})
        assert response.status_code == 204, response.text

    def test_consent_is_recorded_with_versions_and_date(self, confirmed):
        assert consents_of("mariama-sow") == [
            {
                "terms": "2026-11",
                "privacy": "2026-11",
                "date": "2026-11-27T10:00:00+00:00",
            }
        ]

    def test_audit_entry(self, confirmed):
        [entry] = audit.entries(action="account.registered", target="mariama-sow")
        assert entry["actor"] == "mariama-sow"
        assert entry["details"] == {
            "kind": "company",
            "profile": "/plone/fr/entreprises/saveurs-du-sahel",
        }

    def test_the_pending_request_is_gone(self, confirmed, anon_request, inbox):
        response = anon_request.post(
            "/@tremplin-registration-resend", json={"email": "mariama.sow@example.org"}
        )
        assert response.status_code in (202, 429)
        assert len(inbox.to("mariama.sow@example.org")) == 1


class TestExpert:
    def test_draft_expert_in_her_language(
        self, expert_token, anon_request, functional_portal
    ):
        response = confirm(anon_request, expert_token)
        assert response.status_code == 200, response.text
        assert response.json()["profile"].endswith("/plone/en/experts/ousmane-fall")
        transaction.begin()
        expert = functional_portal["en"]["experts"]["ousmane-fall"]
        assert expert.portal_type == "Expert"
        assert expert.title == "Ousmane FALL"
        assert expert.expertise_areas == ["customs", "logistics"]
        assert expert.languages == ["fr", "wo"]
        assert expert.Language() == "en"
        assert api.content.get_state(expert) == "draft"
        assert expert.get_local_roles() == (("ousmane-fall", ("Owner",)),)
        user = api.user.get(userid="ousmane-fall")
        assert user.getProperty("language") == "en"
        [entry] = audit.entries(action="account.registered", target="ousmane-fall")
        assert entry["details"]["kind"] == "expert"


class TestRefused:
    def test_reused_token(self, company_token, anon_request):
        assert confirm(anon_request, company_token).status_code == 200
        message = token_error(confirm(anon_request, company_token))
        assert "already" in message or "déjà" in message

    def test_expired_token(self, company_token, anon_request, time_machine):
        time_machine.move_to("2026-11-29 10:00:01+00:00", tick=False)
        message = token_error(confirm(anon_request, company_token))
        assert "expired" in message or "expiré" in message
        transaction.begin()
        assert api.user.get(userid="mariama-sow") is None

    def test_still_valid_just_before_expiry(
        self, company_token, anon_request, time_machine
    ):
        time_machine.move_to("2026-11-29 09:59:59+00:00", tick=False)
        assert confirm(anon_request, company_token).status_code == 200

    def test_expiry_follows_the_registry(
        self, functional_portal, register, company_body, anon_request, time_machine
    ):
        api.portal.set_registry_record("oif.tremplin.registration_token_hours", 1)
        transaction.commit()
        time_machine.move_to("2026-11-27 10:00:00+00:00", tick=False)
        response, token = register(company_body())
        assert response.json()["expires"] == "2026-11-27T11:00:00+00:00"
        time_machine.move_to("2026-11-27 11:00:00+00:00", tick=False)
        token_error(confirm(anon_request, token))

    @pytest.mark.parametrize("token", ["", "forged-token", None, 42, ["a"]])
    def test_unknown_or_malformed_token(
        self, company_token, anon_request, token, inbox
    ):
        token_error(confirm(anon_request, token))
        transaction.begin()
        assert api.user.get(userid="mariama-sow") is None

    def test_address_taken_meanwhile(
        self, company_token, anon_request, functional_portal
    ):
        api.user.create(
            username="mariama", email="mariama.sow@example.org", password=OTHER_PASSWORD
        )
        transaction.commit()
        assert "e-mail" in token_error(confirm(anon_request, company_token))
        transaction.begin()
        assert api.user.get(userid="mariama-sow") is None


@pytest.mark.parametrize("username", [None, "guest"])
def test_the_token_alone_decides(company_token, session_of, username):
    """Whoever opens the link, signed in or not, confirms that registration."""
    response = confirm(session_of(username), company_token)
    assert response.status_code == 200, response.text
    assert response.json()["login"] == "mariama.sow@example.org"
