"""POST @tremplin-password-check: the live feedback of the password fields."""

from oif.tremplin.demo import DEMO_PASSWORD

import json
import pytest


STRONG = "Baobab-Pirogue-Tamarin-42"


@pytest.fixture(autouse=True)
def in_english(anon_request):
    """Messages in English unless a test asks otherwise (the site's is French)."""
    anon_request.headers["Accept-Language"] = "en"


def fields_of(response) -> dict:
    assert response.status_code == 400, response.text
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


class TestRefused:
    @pytest.mark.parametrize(
        "body", [{}, {"password": None}, {"password": 12}, {"email": "a@b.org"}]
    )
    def test_missing_password(self, anon_request, body):
        response = anon_request.post("/@tremplin-password-check", json=body)
        assert list(fields_of(response)) == ["password"]

    def test_missing_password_in_french(self, anon_request):
        response = anon_request.post(
            "/@tremplin-password-check", json={}, headers={"Accept-Language": "fr"}
        )
        assert fields_of(response) == {"password": "Ce champ est obligatoire."}

    @pytest.mark.parametrize("field", ["email", "fullname"])
    def test_inputs_that_are_not_text(self, anon_request, field):
        body = {"password": STRONG, field: ["x"]}
        response = anon_request.post("/@tremplin-password-check", json=body)
        assert list(fields_of(response)) == [field]

    @pytest.mark.parametrize("body", ["not json", "[]"])
    def test_malformed_body(self, anon_request, body):
        response = anon_request.post(
            "/@tremplin-password-check",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400

    def test_get_is_not_a_check(self, anon_request):
        response = anon_request.get("/@tremplin-password-check")
        assert response.status_code in (404, 405)


class TestFeedback:
    def test_short(self, anon_request):
        response = anon_request.post(
            "/@tremplin-password-check", json={"password": "Kx9#mQ2$vL"}
        )
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["acceptable"] is False
        assert "The password needs at least 12 characters." in result["problems"]

    def test_weak_for_her_address(self, anon_request):
        body = {
            "password": "awa.diop2026!",
            "email": "awa.diop@example.org",
            "fullname": "Awa DIOP",
        }
        result = anon_request.post("/@tremplin-password-check", json=body).json()
        assert result["acceptable"] is False
        assert result["problems"] == [
            "This password is too easy to guess: it contains your name or your "
            "e-mail address."
        ]

    def test_the_same_password_for_somebody_else(self, anon_request):
        body = {"password": "awa.diop2026!", "email": "mariama.sow@example.org"}
        result = anon_request.post("/@tremplin-password-check", json=body).json()
        assert result["acceptable"] is True

    def test_a_signed_in_member_is_judged_with_her_own_name(self, member_session):
        """Her change-password page sends no e-mail: the server knows it."""
        session = member_session("awa")
        body = {"password": "Ndiaye.Awa.2026"}
        result = session.post("/@tremplin-password-check", json=body).json()
        assert result["acceptable"] is False

    def test_common(self, anon_request):
        body = {"password": "QWERTYUIOPASDFGH"}
        result = anon_request.post("/@tremplin-password-check", json=body).json()
        assert result["acceptable"] is False
        assert result["problems"][0].startswith("This password is in a list")

    def test_strong(self, anon_request):
        response = anon_request.post(
            "/@tremplin-password-check", json={"password": STRONG}
        )
        assert response.json() == {
            "score": 4,
            "acceptable": True,
            "problems": [],
            "suggestions": [],
        }

    def test_in_french(self, anon_request):
        response = anon_request.post(
            "/@tremplin-password-check",
            json={"password": "password"},
            headers={"Accept-Language": "fr"},
        )
        result = response.json()
        assert (
            "Le mot de passe doit compter au moins 12 caractères."
            in (result["problems"])
        )
        assert "Ce mot de passe est trop facile à deviner." in result["problems"]
        assert (
            "Ajoutez un ou deux mots. Les mots peu courants sont préférables."
            in (result["suggestions"])
        )

    def test_nothing_is_written(self, functional_portal, anon_request):
        before = functional_portal._p_jar.db().lastTransaction()
        anon_request.post("/@tremplin-password-check", json={"password": STRONG})
        assert functional_portal._p_jar.db().lastTransaction() == before


def test_demo_password_passes(anon_request):
    """The README's demo password is itself acceptable (create_site uses it)."""
    response = anon_request.post(
        "/@tremplin-password-check", json={"password": DEMO_PASSWORD}
    )
    assert response.json()["acceptable"] is True
