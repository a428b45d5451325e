"""POST @tremplin-registration: validated before anything is kept; nothing
exists in Plone until the e-mail is confirmed."""

from oif.tremplin.accounts import pending
from plone import api

import json
import pytest
import transaction


SHORT_PASSWORD = "short"
OTHER_PASSWORD = "Other-Tremplin-2026"


def fields_of(response) -> dict:
    assert response.status_code == 400, response.text
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


class TestAccepted:
    def test_answers_201_with_the_expiry(self, register, company_body):
        response, token = register(company_body())
        assert response.status_code == 201, response.text
        assert response.json()["email"] == "mariama.sow@example.org"
        assert response.json()["expires"]
        assert token

    def test_nothing_is_created_before_confirmation(
        self, functional_portal, register, company_body, anon_request
    ):
        response, _ = register(company_body())
        assert response.status_code == 201
        transaction.begin()
        assert api.user.get(username="mariama.sow@example.org") is None
        assert (
            functional_portal.acl_users.searchUsers(
                email="mariama.sow@example.org", exact_match=True
            )
            == ()
        )
        assert "saveurs-du-sahel" not in functional_portal["fr"]["entreprises"]
        login = anon_request.post(
            "/@login",
            json={
                "login": "mariama.sow@example.org",
                "password": "Tremplin-Aminata-2026",
            },
        )
        assert login.status_code == 401

    def test_the_password_is_kept_hashed_and_the_token_as_a_digest(
        self, functional_portal, register, company_body
    ):
        _, token = register(company_body())
        transaction.begin()
        record = pending.pending_registration("mariama.sow@example.org")
        assert record["password"].startswith("{BCRYPT}$2b$")
        assert "Tremplin-Aminata-2026" not in repr(record)
        assert token not in repr(record)
        assert record["token_digest"] == pending.digest(token)

    def test_mail_in_the_chosen_language_with_the_frontend_link(
        self, register, company_body, inbox, confirmation_link
    ):
        register(company_body(language="en"))
        [mail] = inbox.to("mariama.sow@example.org")
        assert mail["Subject"] == "Tremplin: confirm your e-mail address"
        link, language, _ = confirmation_link(mail)
        assert language == "en"
        assert link.startswith("http://localhost:3000/en/register/confirm?token=")

    def test_french_mail(self, register, company_body, inbox):
        register(company_body())
        [mail] = inbox.to("mariama.sow@example.org")
        assert mail["Subject"] == "Tremplin : confirmez votre adresse e-mail"
        assert "48 heures" in mail.get_body().get_content()

    def test_address_is_case_insensitive(self, register, company_body):
        response, _ = register(company_body(email=" Mariama.SOW@Example.org "))
        assert response.json()["email"] == "mariama.sow@example.org"

    def test_expert(self, register, expert_body):
        response, token = register(expert_body())
        assert response.status_code == 201, response.text
        assert token


class TestRefused:
    @pytest.mark.parametrize(
        "changes,field",
        [
            ({"email": "not-an-address"}, "email"),
            ({"email": ""}, "email"),
            ({"password": "short"}, "password"),
            ({"password": ""}, "password"),
            ({"password": "Kx9#mQ2$vLp"}, "password"),  # 11 characters
            ({"password": "qwertyuiopasdfgh"}, "password"),  # a common one
            ({"password": "Mariama.Sow.2026"}, "password"),  # her own name
            ({"fullname": "  "}, "fullname"),
            ({"fullname": "Mariama\nSOW"}, "fullname"),
            ({"fullname": "M" * 101}, "fullname"),
            ({"language": "de"}, "language"),
            ({"kind": "investor"}, "kind"),
            ({"consents": {"terms": True}}, "consents.privacy"),
            ({"consents": {"terms": "yes", "privacy": True}}, "consents.terms"),
            ({"consents": None}, "consents.terms"),
        ],
    )
    def test_account_fields(self, register, company_body, inbox, changes, field):
        response, _ = register(company_body(**changes))
        assert field in fields_of(response)
        assert inbox.messages == []

    @pytest.mark.parametrize(
        "name,value",
        [
            ("title", ""),
            ("title", None),
            ("country", "XX"),
            ("registration_number", ""),
            ("city", ""),
            ("sectors", []),
            ("sectors", ["weapons"]),
            ("sectors", "agrifood"),
            ("size_band", "giant"),
            ("experience_level", "expert"),
        ],
    )
    def test_company_fields(self, register, company_body, name, value):
        company = {**company_body()["company"], name: value}
        response, _ = register(company_body(company=company))
        assert f"company.{name}" in fields_of(response)

    def test_missing_company_names_every_required_field(self, register, company_body):
        body = company_body()
        del body["company"]
        fields = fields_of(register(body)[0])
        assert {
            "company.title",
            "company.country",
            "company.registration_number",
            "company.city",
            "company.sectors",
            "company.size_band",
            "company.experience_level",
        } <= set(fields)

    @pytest.mark.parametrize(
        "name,value",
        [
            ("expertise_areas", []),
            ("expertise_areas", ["astrology"]),
            ("countries", ["ZZ"]),
            ("languages", []),
            ("bio", ""),
            ("availability", "always"),
            ("rates_band", "priceless"),
        ],
    )
    def test_expert_fields(self, register, expert_body, name, value):
        expert = {**expert_body()["expert"], name: value}
        response, _ = register(expert_body(expert=expert))
        assert f"expert.{name}" in fields_of(response)

    def test_messages_are_translated(self, anon_request, company_body, inbox, captcha):
        body = company_body(password=SHORT_PASSWORD, consents={}, captcha=captcha())
        response = anon_request.post(
            "/@tremplin-registration", json=body, headers={"Accept-Language": "fr"}
        )
        fields = fields_of(response)
        assert "caractères" in fields["password"]
        assert fields["consents.terms"] != "You must accept this to create an account."

    @pytest.mark.parametrize(
        "email", ["awa.ndiaye@demo.tremplin.test", "AWA.NDIAYE@demo.tremplin.test"]
    )
    def test_address_of_a_member(self, register, company_body, email):
        response, _ = register(company_body(email=email))
        assert "email" in fields_of(response)

    def test_login_of_a_member(self, functional_portal, register, company_body):
        api.user.create(
            username="hawa@example.org",
            email="hawa.other@example.org",
            password=OTHER_PASSWORD,
        )
        transaction.commit()
        response, _ = register(company_body(email="hawa@example.org"))
        assert "email" in fields_of(response)

    def test_plone_password_policy_applies(
        self, functional_portal, register, company_body, monkeypatch
    ):
        """Whatever the site's PAS validation plugins say is heard."""
        from Products.CMFPlone.RegistrationTool import RegistrationTool

        monkeypatch.setattr(
            RegistrationTool,
            "testPasswordValidity",
            lambda self, password, confirm=None: "Too guessable",
        )
        response, _ = register(company_body())
        assert fields_of(response)["password"] == "Too guessable"

    @pytest.mark.parametrize("body", ["[]", "not json", '"text"'])
    def test_malformed_body(self, anon_request, body):
        response = anon_request.post(
            "/@tremplin-registration",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400

    def test_get_is_not_a_registration(self, anon_request):
        assert anon_request.get("/@tremplin-registration").status_code in (404, 405)


class TestPendingAgain:
    def test_registering_again_replaces_the_pending_request(
        self, register, company_body, anon_request, time_machine, inbox
    ):
        time_machine.move_to("2026-11-27 10:00:00+00:00", tick=False)
        _, first = register(company_body())
        time_machine.move_to("2026-11-27 10:05:00+00:00", tick=False)
        _, second = register(
            company_body(company={**company_body()["company"], "city": "Dakar"})
        )
        assert first != second
        old = anon_request.post(
            "/@tremplin-registration-confirm", json={"token": first}
        )
        assert old.status_code == 400
        new = anon_request.post(
            "/@tremplin-registration-confirm", json={"token": second}
        )
        assert new.status_code == 200, new.text

    def test_registering_again_within_a_minute_is_too_soon(
        self, register, company_body, time_machine, inbox
    ):
        time_machine.move_to("2026-11-27 10:00:00+00:00", tick=False)
        register(company_body())
        time_machine.move_to("2026-11-27 10:00:30+00:00", tick=False)
        response, _ = register(company_body())
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "31"
        assert len(inbox.messages) == 1


def test_plone_self_registration_stays_off(functional_portal, anon_request):
    response = anon_request.post(
        "/@users",
        json={
            "username": "intruder",
            "email": "intruder@example.org",
            "password": "Intruder-2026-pass",
        },
    )
    assert response.status_code == 403  # plone.restapi: self-registration is off
    transaction.begin()
    assert api.user.get(username="intruder") is None
    assert not api.portal.get_registry_record("plone.enable_self_reg")


@pytest.mark.parametrize("username", [None, "guest", "awa"])
def test_open_to_visitors_and_signed_in_members_alike(
    session_of, company_body, inbox, captcha, username
):
    """Signing in changes nothing: the request alone decides, and the
    account made is always a new one."""
    session = session_of(username)
    body = company_body(captcha=captcha(session))
    response = session.post("/@tremplin-registration", json=body)
    assert response.status_code == 201, response.text
    assert len(inbox.to("mariama.sow@example.org")) == 1


@pytest.mark.parametrize(
    "name",
    [
        "oif.tremplin.vocabularies.expertise_areas",
        "oif.tremplin.vocabularies.working_languages",
        "oif.tremplin.vocabularies.availabilities",
        "oif.tremplin.vocabularies.rates_bands",
        "oif.tremplin.vocabularies.company_sizes",
    ],
)
def test_the_form_reads_its_vocabularies_anonymously(anon_request, name):
    response = anon_request.get(f"/en/@vocabularies/{name}", params={"b_size": -1})
    assert response.status_code == 200, response.text
    assert response.json()["items"]
