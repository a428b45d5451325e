"""@tremplin-mfa acts on the caller's own account only, and turning MFA off
or replacing the recovery codes needs her password and a current code."""

from mfa_helpers import code_at
from mfa_helpers import field_errors
from mfa_helpers import PASSWORD
from oif.tremplin.security.mfa import mfa_enabled
from oif.tremplin.security.mfa import store
from oif.tremplin.security.mfa.recovery_codes import recovery_digest

import pytest
import transaction


WRONG = "000000"


def recovery_left(userid: str) -> int:
    transaction.begin()
    return len(store.account(userid).get("recovery", ()))


@pytest.fixture
def nadia(enrolled, sign_in, bearer):
    """Nadia with TOTP, signed in with her code; (session, recovery codes)."""
    codes = enrolled("nadia")
    return bearer(sign_in("nadia", code_at(steps=-1))), codes


class TestAnonymous:
    @pytest.mark.parametrize(
        "method,path",
        [
            ("get", "/@tremplin-mfa"),
            ("post", "/@tremplin-mfa/totp"),
            ("post", "/@tremplin-mfa/totp/confirm"),
            ("post", "/@tremplin-mfa/sms"),
            ("post", "/@tremplin-mfa/disable"),
            ("post", "/@tremplin-mfa/recovery-codes"),
        ],
    )
    def test_anonymous_is_refused(self, anon, method, path):
        response = getattr(anon, method)(path, json={})
        assert response.status_code == 401


class TestOtherMember:
    def test_no_path_names_another_member(self, nadia, password_step, bearer):
        karim = bearer(password_step("karim").json()["token"])
        assert karim.get("/@tremplin-mfa/nadia").status_code == 404
        response = karim.post(
            "/@tremplin-mfa/nadia/disable",
            json={"password": PASSWORD, "code": code_at()},
        )
        assert response.status_code == 404
        transaction.begin()
        assert mfa_enabled("nadia")

    def test_the_body_names_nobody(self, nadia, password_step, bearer):
        """Karim's own password and a code of Nadia's with her id in the body:
        the service still acts on Karim, who has no MFA to turn off."""
        karim = bearer(password_step("karim").json()["token"])
        response = karim.post(
            "/@tremplin-mfa/disable",
            json={
                "userid": "nadia",
                "user": "nadia",
                "password": PASSWORD,
                "code": code_at(),
            },
        )
        assert set(field_errors(response)) == {"code"}
        transaction.begin()
        assert mfa_enabled("nadia")
        assert karim.get("/@tremplin-mfa").json()["enabled"] is False

    def test_status_is_her_own(self, nadia, password_step, bearer):
        karim = bearer(password_step("karim").json()["token"])
        assert karim.get("/@tremplin-mfa").json() == {
            "enabled": False,
            "methods": [],
            "required": False,
            "recovery_codes_left": 0,
            "sms": None,
        }


class TestDisable:
    @pytest.mark.parametrize(
        "body,fields",
        [
            ({}, {"password", "code"}),
            ({"code": "123456"}, {"password"}),
            ({"password": PASSWORD}, {"code"}),
            ({"password": PASSWORD, "code": "  "}, {"code"}),
        ],
    )
    def test_missing_answers(self, nadia, body, fields):
        session, _codes = nadia
        response = session.post("/@tremplin-mfa/disable", json=body)
        assert set(field_errors(response)) == fields
        transaction.begin()
        assert mfa_enabled("nadia")

    def test_wrong_password(self, nadia):
        session, codes = nadia
        response = session.post(
            "/@tremplin-mfa/disable",
            json={"password": "wrong-password", "code": codes[0]},
        )
        assert set(field_errors(response)) == {"password"}
        transaction.begin()
        assert mfa_enabled("nadia")
        # The recovery code was not spent on a refused request.
        assert recovery_left("nadia") == 10

    def test_wrong_code(self, nadia):
        session, _codes = nadia
        response = session.post(
            "/@tremplin-mfa/disable", json={"password": PASSWORD, "code": WRONG}
        )
        assert set(field_errors(response)) == {"code"}
        transaction.begin()
        assert mfa_enabled("nadia")

    def test_the_sign_in_code_cannot_be_used_again(self, nadia):
        session, _codes = nadia
        response = session.post(
            "/@tremplin-mfa/disable",
            json={"password": PASSWORD, "code": code_at(steps=-1)},
        )
        assert set(field_errors(response)) == {"code"}
        transaction.begin()
        assert mfa_enabled("nadia")

    def test_wrong_answers_lead_to_the_lockout(self, nadia):
        session, _codes = nadia
        for _ in range(5):
            session.post(
                "/@tremplin-mfa/disable", json={"password": "wrong", "code": WRONG}
            )
        response = session.post(
            "/@tremplin-mfa/disable", json={"password": PASSWORD, "code": code_at()}
        )
        assert response.status_code == 429
        assert response.json()["error"]["type"] == "Locked"
        transaction.begin()
        assert mfa_enabled("nadia")

    def test_not_enabled(self, password_step, bearer):
        session = bearer(password_step("karim").json()["token"])
        response = session.post(
            "/@tremplin-mfa/disable", json={"password": PASSWORD, "code": WRONG}
        )
        assert set(field_errors(response)) == {"code"}


class TestRecoveryCodes:
    @pytest.mark.parametrize(
        "body,fields",
        [
            ({}, {"password", "code"}),
            ({"password": PASSWORD, "code": WRONG}, {"code"}),
            ({"password": "wrong", "code": "123456"}, {"password"}),
        ],
    )
    def test_refused(self, nadia, body, fields):
        session, codes = nadia
        response = session.post("/@tremplin-mfa/recovery-codes", json=body)
        assert set(field_errors(response)) == fields
        assert "recovery_codes" not in response.text
        transaction.begin()
        assert store.account("nadia")["recovery"] == tuple(
            recovery_digest(c) for c in codes
        )


class TestEnrolmentRefusals:
    def test_confirm_without_setup(self, password_step, bearer):
        session = bearer(password_step("karim").json()["token"])
        response = session.post("/@tremplin-mfa/totp/confirm", json={"code": WRONG})
        assert set(field_errors(response)) == {"code"}

    def test_confirm_with_a_wrong_code(self, password_step, bearer):
        session = bearer(password_step("karim").json()["token"])
        secret = session.post("/@tremplin-mfa/totp").json()["secret"]
        for code in (WRONG, code_at(secret, steps=2), "", "abcdef"):
            response = session.post("/@tremplin-mfa/totp/confirm", json={"code": code})
            assert set(field_errors(response)) == {"code"}
        transaction.begin()
        assert not mfa_enabled("karim")

    def test_totp_cannot_be_replaced_while_on(self, nadia):
        session, _codes = nadia
        response = session.post("/@tremplin-mfa/totp")
        assert set(field_errors(response)) == {"method"}
        assert "secret" not in response.text

    @pytest.mark.parametrize(
        "phone",
        ["", "0771234567", "+0221771234567", "+221 77 ABC", "+12", 221771234567],
    )
    def test_phone_must_be_e164(self, password_step, bearer, phone, captured_sms):
        session = bearer(password_step("karim").json()["token"])
        response = session.post("/@tremplin-mfa/sms", json={"phone": phone})
        assert set(field_errors(response)) == {"phone"}
        assert captured_sms.messages == []

    def test_unknown_action(self, nadia):
        session, _codes = nadia
        assert session.post("/@tremplin-mfa/nothing", json={}).status_code == 404
        assert session.post("/@tremplin-mfa", json={}).status_code == 404
