"""The code step refuses wrong, expired, reused and exhausted answers, and
nothing that authenticates leaves the server before the second factor."""

from mfa_helpers import code_at
from mfa_helpers import field_errors
from mfa_helpers import PASSWORD
from datetime import timedelta
from oif.tremplin.core import audit
from oif.tremplin.security.captcha.testing import cheap_challenges
from oif.tremplin.security.captcha.testing import solved_captcha

import pytest
import transaction


WRONG = "000000"


@pytest.fixture
def nadia_challenge(enrolled, password_step):
    """Nadia has TOTP; returns her recovery codes and a fresh challenge."""
    codes = enrolled("nadia")
    response = password_step("nadia")
    assert response.status_code == 200, response.text
    return codes, response.json()["challenge"]


def assert_nothing_authenticates(response):
    assert "token" not in response.json()
    assert "eyJ" not in response.text  # no JWT anywhere in the body
    assert "__ac" not in response.headers.get("Set-Cookie", "")
    assert "auth_token" not in response.headers.get("Set-Cookie", "")


class TestPasswordStep:
    def test_answer_is_a_challenge_without_token(self, enrolled, password_step):
        enrolled("nadia")
        response = password_step("nadia")
        assert response.status_code == 200
        body = response.json()
        assert set(body) == {"mfa_required", "challenge", "methods", "expires"}
        assert body["mfa_required"] is True
        assert body["methods"] == ["totp"]
        assert body["expires"] == "2027-03-01T10:05:00+00:00"
        assert len(body["challenge"]) >= 40
        assert_nothing_authenticates(response)

    def test_challenge_is_stored_hashed(self, nadia_challenge, functional_portal):
        from oif.tremplin.security.mfa.store import _store

        _codes, challenge = nadia_challenge
        transaction.begin()
        assert challenge not in set(_store()["challenges"].keys())

    def test_wrong_password_is_refused_without_challenge(self, enrolled, password_step):
        enrolled("nadia")
        response = password_step("nadia", "not-her-password")
        assert response.status_code == 401
        assert response.json()["error"]["type"] == "Invalid credentials"
        assert "challenge" not in response.json()
        assert_nothing_authenticates(response)


class TestCodeStep:
    def test_wrong_code_says_tries_left(self, nadia_challenge, code_step):
        _codes, challenge = nadia_challenge
        response = code_step(challenge, WRONG)
        errors = field_errors(response)
        assert set(errors) == {"code"}
        assert "4" in errors["code"]
        assert_nothing_authenticates(response)

    def test_missing_code(self, nadia_challenge, code_step):
        _codes, challenge = nadia_challenge
        assert set(field_errors(code_step(challenge, " "))) == {"code"}

    def test_unknown_challenge(self, nadia_challenge, code_step):
        response = code_step("not-a-challenge", code_at())
        assert set(field_errors(response)) == {"challenge"}
        assert_nothing_authenticates(response)

    def test_sixth_try_is_refused_even_with_the_right_code(
        self, nadia_challenge, code_step
    ):
        _codes, challenge = nadia_challenge
        for left in (4, 3, 2, 1):
            assert str(left) in field_errors(code_step(challenge, WRONG))["code"]
        fifth = code_step(challenge, WRONG)
        assert set(field_errors(fifth)) == {"challenge"}
        sixth = code_step(challenge, code_at())
        assert set(field_errors(sixth)) == {"challenge"}
        assert_nothing_authenticates(sixth)

    def test_expired_challenge(self, nadia_challenge, code_step, frozen_clock):
        _codes, challenge = nadia_challenge
        frozen_clock.shift(timedelta(minutes=5, seconds=1))
        response = code_step(challenge, code_at())
        errors = field_errors(response)
        assert set(errors) == {"challenge"}
        assert "5" in errors["challenge"]
        assert_nothing_authenticates(response)

    def test_challenge_works_once(self, nadia_challenge, code_step):
        _codes, challenge = nadia_challenge
        assert code_step(challenge, code_at()).status_code == 200
        again = code_step(challenge, code_at(steps=1))
        assert set(field_errors(again)) == {"challenge"}
        assert_nothing_authenticates(again)

    def test_totp_step_cannot_be_replayed(
        self, nadia_challenge, code_step, password_step
    ):
        _codes, challenge = nadia_challenge
        assert code_step(challenge, code_at()).status_code == 200
        second = password_step("nadia").json()["challenge"]
        assert set(field_errors(code_step(second, code_at()))) == {"code"}
        # An older step is no better than the same one.
        assert set(field_errors(code_step(second, code_at(steps=-1)))) == {"code"}
        assert code_step(second, code_at(steps=1)).status_code == 200

    def test_code_two_steps_away_is_refused(self, nadia_challenge, code_step):
        _codes, challenge = nadia_challenge
        assert set(field_errors(code_step(challenge, code_at(steps=2)))) == {"code"}
        assert set(field_errors(code_step(challenge, code_at(steps=-2)))) == {"code"}

    def test_recovery_code_works_once(self, nadia_challenge, code_step, password_step):
        codes, challenge = nadia_challenge
        first = code_step(challenge, codes[0])
        assert first.status_code == 200, first.text
        assert first.json()["recovery_codes_left"] == 9
        second = password_step("nadia").json()["challenge"]
        response = code_step(second, codes[0])
        assert set(field_errors(response)) == {"code"}
        assert_nothing_authenticates(response)

    def test_wrong_codes_lock_the_account(
        self, nadia_challenge, code_step, password_step, anon, monkeypatch
    ):
        """Each right password opens a new challenge, but the wrong codes add
        up on the account: the codes cannot be guessed at leisure."""
        cheap_challenges(monkeypatch)
        _codes, challenge = nadia_challenge
        for _ in range(3):
            field_errors(code_step(challenge, WRONG))
        # Three failures: the password step now wants the CAPTCHA too.
        assert set(field_errors(password_step("nadia"))) == {"captcha"}
        again = password_step("nadia", captcha=solved_captcha(anon))
        challenge = again.json()["challenge"]
        field_errors(code_step(challenge, WRONG))
        field_errors(code_step(challenge, WRONG))
        locked = code_step(challenge, code_at())
        assert locked.status_code == 429
        assert int(locked.headers["Retry-After"]) > 0
        assert_nothing_authenticates(locked)
        assert password_step("nadia").status_code == 429

    def test_failures_are_audited_without_codes(self, nadia_challenge, code_step):
        _codes, challenge = nadia_challenge
        field_errors(code_step(challenge, WRONG))
        transaction.begin()
        [entry] = list(audit.entries(action="security.mfa_code_failed"))
        assert entry["target"] == "nadia"
        assert WRONG not in str(entry)
        assert challenge not in str(entry)


class TestLoginSMSRefusals:
    def test_sms_needs_a_phone(self, nadia_challenge, anon):
        _codes, challenge = nadia_challenge
        response = anon.post("/@tremplin-login-sms", json={"challenge": challenge})
        assert set(field_errors(response)) == {"method"}

    def test_sms_needs_a_live_challenge(self, anon):
        response = anon.post("/@tremplin-login-sms", json={"challenge": "nope"})
        assert set(field_errors(response)) == {"challenge"}


def test_password_is_not_enough_through_basic_auth(enrolled, request_factory):
    """The sessions hook answers an enrolled account's Basic auth with 401
    MFARequired: the second factor cannot be skipped by another way in."""
    enrolled("nadia")
    session = request_factory(basic_auth=("nadia@example.org", PASSWORD))
    response = session.get("/@tremplin-mfa")
    assert response.status_code == 401
