"""GET @tremplin-captcha, and the anti-robot checks of POST @tremplin-registration
(captcha required, honeypot answered like a success)."""

from oif.tremplin.accounts import pending
from oif.tremplin.core import audit
from zope.annotation.interfaces import IAnnotations
from oif.tremplin.security.captcha.challenge import STORE_KEY
from oif.tremplin.security.captcha.testing import solve
from oif.tremplin.security.captcha.testing import solved_captcha

import base64
import json
import pytest
import transaction


pytestmark = pytest.mark.usefixtures("functional_portal")

EMAIL = "khadija.toure@example.org"


def registration(**changes) -> dict:
    body = {
        "fullname": "Khadija TOURÉ",
        "email": EMAIL,
        "password": "Baobab-Lagune-Mangrove-77",
        "language": "fr",
        "kind": "company",
        "company": {
            "title": "Karité d'Or",
            "country": "BF",
            "registration_number": "BF-OUA-2024-B-1234",
            "city": "Bobo-Dioulasso",
            "sectors": ["agrifood"],
            "size_band": "micro",
            "experience_level": "primo_exporter",
        },
        "consents": {"terms": True, "privacy": True},
    }
    body.update(changes)
    return body


def fields_of(response) -> dict:
    assert response.status_code == 400, response.text
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


def nothing_kept(inbox, email=EMAIL) -> bool:
    transaction.begin()
    return pending.pending_registration(email) is None and inbox.to(email) == []


class TestChallengeService:
    def test_anonymous_visitors_get_a_challenge(self, anon_request):
        response = anon_request.get("/@tremplin-captcha")
        assert response.status_code == 200, response.text
        assert response.headers["Content-Type"].startswith("application/json")
        assert response.headers["Cache-Control"] == "no-store"
        assert set(response.json()) == {"parameters", "signature"}

    def test_members_too(self, session_of):
        assert session_of("guest").get("/@tremplin-captcha").status_code == 200

    def test_a_new_one_each_time(self, anon_request):
        first = anon_request.get("/@tremplin-captcha").json()
        second = anon_request.get("/@tremplin-captcha").json()
        assert first["parameters"]["nonce"] != second["parameters"]["nonce"]

    def test_a_site_without_keys_gets_them_at_the_first_challenge(
        self, functional_portal, anon_request, inbox
    ):
        """A GET may write them (plone.protect is told): a site created before
        the upgrade step still works."""
        del IAnnotations(functional_portal)[STORE_KEY]
        transaction.commit()
        body = registration(captcha=solved_captcha(anon_request))
        response = anon_request.post("/@tremplin-registration", json=body)
        assert response.status_code == 201, response.text

    def test_get_only(self, anon_request):
        assert anon_request.post("/@tremplin-captcha", json={}).status_code in (
            404,
            405,
        )


class TestRegistrationCaptcha:
    """Refusals first: the form is not kept, no mail leaves."""

    def test_missing(self, anon_request, inbox):
        response = anon_request.post("/@tremplin-registration", json=registration())
        assert "captcha" in fields_of(response)
        assert nothing_kept(inbox)

    @pytest.mark.parametrize("payload", ["", "forged", None, 42])
    def test_invalid(self, anon_request, inbox, payload):
        body = registration(captcha=payload)
        response = anon_request.post("/@tremplin-registration", json=body)
        assert "captcha" in fields_of(response)
        assert nothing_kept(inbox)

    def test_expired(self, anon_request, inbox, time_machine):
        time_machine.move_to("2026-11-27 10:00:00+00:00", tick=False)
        payload = solved_captcha(anon_request)
        time_machine.move_to("2026-11-27 10:10:01+00:00", tick=False)
        body = registration(captcha=payload)
        response = anon_request.post("/@tremplin-registration", json=body)
        assert "captcha" in fields_of(response)
        assert nothing_kept(inbox)

    def test_reused(self, anon_request, inbox):
        payload = solved_captcha(anon_request)
        first = anon_request.post(
            "/@tremplin-registration", json=registration(captcha=payload)
        )
        assert first.status_code == 201, first.text
        other = "awa.sane@example.org"
        body = registration(captcha=payload, email=other)
        assert "captcha" in fields_of(
            anon_request.post("/@tremplin-registration", json=body)
        )
        assert nothing_kept(inbox, other)

    def test_named_in_the_reader_s_language(self, anon_request):
        response = anon_request.post(
            "/@tremplin-registration",
            json=registration(captcha="forged"),
            headers={"Accept-Language": "fr"},
        )
        assert fields_of(response)["captcha"] == (
            "La vérification anti-robot a échoué ou a expiré. Veuillez la relancer."
        )

    def test_listed_with_the_other_faulty_fields(self, anon_request):
        response = anon_request.post(
            "/@tremplin-registration", json=registration(email="nope")
        )
        assert {"captcha", "email"} <= set(fields_of(response))

    def test_kept_after_another_field_failed(self, anon_request, inbox):
        """The 400 rolls back the spending: she fixes the field and sends
        the same solved widget again."""
        payload = solved_captcha(anon_request)
        wrong = registration(captcha=payload, email="nope")
        assert set(fields_of(anon_request.post("/@tremplin-registration", json=wrong)))
        right = registration(captcha=payload)
        response = anon_request.post("/@tremplin-registration", json=right)
        assert response.status_code == 201, response.text
        assert len(inbox.to(EMAIL)) == 1

    def test_accepted(self, anon_request, inbox):
        body = registration(captcha=solved_captcha(anon_request))
        response = anon_request.post("/@tremplin-registration", json=body)
        assert response.status_code == 201, response.text
        assert len(inbox.to(EMAIL)) == 1


class TestRegistrationHoneypot:
    def test_filled_looks_like_a_success_but_keeps_and_mails_nothing(
        self, anon_request, inbox
    ):
        body = registration(
            captcha=solved_captcha(anon_request), website="http://cheap-pills.example"
        )
        response = anon_request.post("/@tremplin-registration", json=body)
        assert response.status_code == 201, response.text
        assert set(response.json()) == {"email", "expires"}
        assert response.json()["email"] == EMAIL
        assert nothing_kept(inbox)
        [entry] = list(audit.entries(action="security.honeypot"))
        assert entry["details"] == {"service": "registration"}

    def test_filled_without_captcha_is_a_captcha_error(self, anon_request, inbox):
        body = registration(website="http://cheap-pills.example")
        assert set(
            fields_of(anon_request.post("/@tremplin-registration", json=body))
        ) == {"captcha"}
        assert nothing_kept(inbox)

    def test_the_captcha_is_spent_all_the_same(self, anon_request, inbox):
        payload = solved_captcha(anon_request)
        trap = registration(captcha=payload, website="x")
        assert anon_request.post("/@tremplin-registration", json=trap).ok
        again = anon_request.post(
            "/@tremplin-registration", json=registration(captcha=payload)
        )
        assert "captcha" in fields_of(again)

    @pytest.mark.parametrize("website", ["", "   ", None])
    def test_empty_is_a_person(self, anon_request, inbox, website):
        body = registration(captcha=solved_captcha(anon_request), website=website)
        response = anon_request.post("/@tremplin-registration", json=body)
        assert response.status_code == 201, response.text
        assert len(inbox.to(EMAIL)) == 1


def test_the_python_solver_and_the_service_agree(anon_request):
    """The payload format is the widget's: base64 of {challenge, solution}."""
    challenge = anon_request.get("/@tremplin-captcha").json()
    decoded = json.loads(base64.b64decode(solve(challenge)))
    assert decoded["challenge"] == challenge
    assert set(decoded["solution"]) >= {"counter", "derivedKey"}
