"""@login keeps plone.restapi's contract for members without MFA, and
adds the login guard: lockout (429) and the CAPTCHA after failures."""

from mfa_helpers import field_errors
from mfa_helpers import PASSWORD
from oif.tremplin.security.captcha.testing import cheap_challenges
from oif.tremplin.security.captcha.testing import solved_captcha
from plone import api

import pytest
import transaction


class TestWithoutMFA:
    def test_token_as_plone_restapi_gives_it(self, password_step, bearer):
        response = password_step("nadia")
        assert response.status_code == 200, response.text
        assert set(response.json()) == {"token"}
        me = bearer(response.json()["token"]).get("/@users/nadia")
        assert me.status_code == 200
        assert me.json()["email"] == "nadia@example.org"

    def test_no_session_cookie(self, password_step):
        response = password_step("nadia")
        cookies = response.headers.get("Set-Cookie", "")
        assert "__ac=deleted" in cookies or "__ac" not in cookies

    def test_login_time_is_recorded(self, password_step):
        assert password_step("nadia").status_code == 200
        transaction.begin()
        login_time = api.user.get(userid="nadia").getProperty("login_time")
        assert login_time.year() == 2027

    @pytest.mark.parametrize(
        "body", [{}, {"login": "nadia@example.org"}, {"password": PASSWORD}]
    )
    def test_missing_credentials(self, anon, body):
        response = anon.post("/@login", json=body)
        assert response.status_code == 400, response.text
        assert response.json()["error"]["type"] == "Missing credentials"

    def test_malformed_body(self, anon):
        response = anon.post(
            "/@login", data="[]", headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400

    def test_wrong_password(self, password_step):
        response = password_step("nadia", "wrong-password")
        assert response.status_code == 401
        assert response.json() == {
            "error": {
                "type": "Invalid credentials",
                "message": "Adresse e-mail ou mot de passe incorrect.",
            },
            "captcha_required": False,
        }

    def test_unknown_login_answers_the_same(self, anon):
        response = anon.post(
            "/@login", json={"login": "nobody@example.org", "password": "whatever-1234"}
        )
        assert response.status_code == 401
        assert response.json()["captcha_required"] is False


class TestLoginGuard:
    def test_captcha_after_three_failures(self, password_step, anon, monkeypatch):
        cheap_challenges(monkeypatch)
        for _ in range(2):
            assert password_step("nadia", "wrong").json()["captcha_required"] is False
        assert password_step("nadia", "wrong").json()["captcha_required"] is True
        assert set(field_errors(password_step("nadia"))) == {"captcha"}
        assert set(field_errors(password_step("nadia", captcha="forged"))) == {
            "captcha"
        }
        response = password_step("nadia", captcha=solved_captcha(anon))
        assert response.status_code == 200, response.text
        assert "token" in response.json()

    def test_lockout_after_five_failures(self, password_step, anon, monkeypatch):
        cheap_challenges(monkeypatch)
        for _ in range(5):
            password_step("nadia", "wrong", captcha=solved_captcha(anon))
        response = password_step("nadia", captcha=solved_captcha(anon))
        assert response.status_code == 429
        assert response.json()["error"]["type"] == "Locked"
        assert 0 < response.json()["retry_after"] <= 15 * 60
        assert response.headers["Retry-After"] == str(response.json()["retry_after"])
        assert "token" not in response.json()


class TestCredentialsOutsideLogin:
    """plone.restapi's JWT plugin reads a login and password from any JSON
    body: outside @login that would answer password guesses unguarded."""

    @pytest.mark.parametrize("password", [PASSWORD, "wrong-password"])
    def test_body_credentials_open_nothing(self, anon, password):
        body = {"login": "nadia@example.org", "password": password}
        response = anon.post("/@tremplin-mfa/totp", json=body)
        assert response.status_code == 401
        assert "nadia" not in response.text

    def test_same_answer_for_right_and_wrong_passwords(self, anon):
        answers = {
            anon.post(
                "/@tremplin-mfa/disable",
                json={"login": "nadia@example.org", "password": password},
            ).text
            for password in (PASSWORD, "wrong-password")
        }
        assert len(answers) == 1

    def test_bearer_still_works_with_such_a_body(self, password_step, bearer):
        session = bearer(password_step("nadia").json()["token"])
        response = session.post(
            "/@tremplin-mfa/totp", json={"login": "karim@example.org", "password": "x"}
        )
        assert response.status_code == 200, response.text
        assert "nadia%40example.org" in response.json()["otpauth_uri"]
