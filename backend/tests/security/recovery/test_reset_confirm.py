"""POST @tremplin-password-reset-confirm: the code from the mail and a new
password (spec §6.3.5). Every refusal changes nothing."""

from oif.tremplin.core import audit
from oif.tremplin.core.jobs import run_jobs
from oif.tremplin.security.abuse import login_guard
from oif.tremplin.security.sessions import issue_token
from plone import api

import pytest
import transaction


EMAIL = "mariama.sow@example.org"
NOBODY = "nobody@example.org"
OLD_PASSWORD = "Baobab-sous-la-pluie-1987"
NEW_PASSWORD = "Pirogue-rouge-au-large-de-Joal"
OTHER_PASSWORD = "Encore-un-autre-mot-de-passe-42"


def other_than(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


class TestRefused:
    def test_wrong_code_says_how_many_tries_are_left(
        self, mariama, code_for, confirm, errors_of, signs_in, clock
    ):
        code = code_for()
        response = confirm(other_than(code))
        assert response.status_code == 400
        assert list(errors_of(response)) == ["code"]
        assert "4" in errors_of(response)["code"]
        assert response.json()["reason"] == "wrong"
        assert response.json()["tries_left"] == 4
        assert signs_in(OLD_PASSWORD)
        assert not signs_in(NEW_PASSWORD)

    def test_five_wrong_codes_kill_the_code(
        self, mariama, code_for, confirm, errors_of, signs_in, clock
    ):
        code = code_for()
        left = [confirm(other_than(code)).json()["tries_left"] for _ in range(4)]
        assert left == [4, 3, 2, 1]
        fifth = confirm(other_than(code))
        assert fifth.status_code == 400
        assert fifth.json()["tries_left"] == 0
        assert fifth.json()["reason"] == "used_up"
        assert list(errors_of(fifth)) == ["code"]
        # The sixth try, even with the right code, opens nothing.
        sixth = confirm(code)
        assert sixth.status_code == 400
        assert sixth.json()["reason"] == "used_up"
        assert signs_in(OLD_PASSWORD)
        assert not signs_in(NEW_PASSWORD)

    def test_expired_after_fifteen_minutes(
        self, mariama, code_for, confirm, errors_of, signs_in, clock
    ):
        code = code_for()
        clock(15)
        response = confirm(code)
        assert response.status_code == 400
        assert response.json()["reason"] == "expired"
        assert list(errors_of(response)) == ["code"]
        assert signs_in(OLD_PASSWORD)

    def test_valid_until_the_fifteenth_minute(self, mariama, code_for, confirm, clock):
        code = code_for()
        clock(14.9)
        assert confirm(code).status_code == 200

    def test_a_code_works_once(
        self, mariama, code_for, confirm, errors_of, signs_in, clock
    ):
        code = code_for()
        assert confirm(code).status_code == 200
        again = confirm(code, password=OTHER_PASSWORD)
        assert again.status_code == 400
        assert again.json()["reason"] == "unknown"
        assert signs_in(NEW_PASSWORD)

    def test_a_new_request_replaces_the_code(
        self, mariama, code_for, confirm, errors_of, clock
    ):
        first = code_for()
        clock(2)
        second = code_for()
        if first != second:
            assert confirm(first).status_code == 400
        assert confirm(second).status_code == 200

    @pytest.mark.parametrize(
        "password",
        ["court", "aaaaaaaaaaaaaaaa", "motdepasse123", "azertyuiop123"],
    )
    def test_weak_password_changes_nothing(
        self, mariama, code_for, confirm, errors_of, signs_in, clock, password
    ):
        code = code_for()
        response = confirm(code, password=password)
        assert response.status_code == 400
        assert list(errors_of(response)) == ["password"]
        assert signs_in(OLD_PASSWORD)
        # The code is still good, with all its tries: choose a better password.
        assert confirm(code).status_code == 200
        assert signs_in(NEW_PASSWORD)

    @pytest.mark.parametrize(
        "body,fields",
        [
            ({}, {"email", "code", "password"}),
            ({"email": EMAIL, "code": "12345", "password": "x"}, {"code"}),
            ({"email": EMAIL, "code": "abcdef", "password": "x"}, {"code"}),
            ({"email": EMAIL, "code": "123456"}, {"password"}),
            ({"email": "nope", "code": "123456", "password": "x"}, {"email"}),
            ({"email": EMAIL, "code": 123456, "password": 12}, {"code", "password"}),
        ],
    )
    def test_malformed_request_uses_no_try(
        self, mariama, code_for, anon_request, confirm, errors_of, body, fields, clock
    ):
        code = code_for()
        response = anon_request.post("/@tremplin-password-reset-confirm", json=body)
        assert response.status_code == 400
        assert set(errors_of(response)) == fields
        assert confirm(other_than(code)).json()["tries_left"] == 4

    def test_no_code_asked(self, mariama, confirm, errors_of, clock):
        response = confirm("123456")
        assert response.status_code == 400
        assert response.json()["reason"] == "unknown"
        assert list(errors_of(response)) == ["code"]

    def test_unknown_address_answers_like_a_member(
        self, mariama, ask, code_for, confirm, clock
    ):
        """A code tried for an address that is nobody's gets the answers a
        member's address gets: nobody learns who has an account."""
        code_for(EMAIL)
        assert ask(NOBODY).status_code == 202
        for _ in range(6):
            member = confirm("000000", email=EMAIL)
            nobody = confirm("000000", email=NOBODY)
            assert member.status_code == nobody.status_code == 400
            assert member.json() == nobody.json()
        assert nobody.json()["reason"] == "used_up"
        never_asked = confirm("000000", email="other@example.org")
        assert never_asked.json()["reason"] == "unknown"
        assert confirm("000000", email="mariama.sow@example.net").json() == (
            never_asked.json()
        )

    def test_expiry_is_the_same_for_an_unknown_address(
        self, mariama, ask, code_for, confirm, clock
    ):
        code_for(EMAIL)
        ask(NOBODY)
        clock(16)
        member, nobody = confirm("000000"), confirm("000000", email=NOBODY)
        assert member.json() == nobody.json()
        assert nobody.json()["reason"] == "expired"


class TestReset:
    def test_new_password_replaces_the_old_one(
        self, mariama, code_for, confirm, signs_in, clock
    ):
        code = code_for()
        response = confirm(f" {code[:3]} {code[3:]} ")
        assert response.status_code == 200, response.text
        assert response.json() == {"status": "reset"}
        assert signs_in(NEW_PASSWORD)
        assert not signs_in(OLD_PASSWORD)

    def test_member_is_alerted(self, member, code_for, confirm, inbox, clock):
        member("en")
        confirm(code_for())
        alert = inbox.to(EMAIL)[-1]
        assert alert["Subject"] == "Tremplin: the password of your account was changed"
        text = alert.get_body().get_content()
        assert "27 November 2036 at 10:00 (UTC)" in text
        assert "/en/password-reset" in text

    def test_every_session_ends(
        self, mariama, functional_portal, code_for, confirm, request_factory, clock
    ):
        transaction.begin()
        token = issue_token(
            functional_portal.REQUEST, api.user.get(userid="mariama"), mfa=False
        )
        transaction.commit()
        session = request_factory()
        session.headers["Authorization"] = f"Bearer {token}"
        assert session.get("/@users/mariama").status_code == 200
        confirm(code_for())
        assert session.get("/@users/mariama").status_code == 401

    def test_lockout_is_lifted(
        self, mariama, functional_portal, code_for, confirm, clock
    ):
        transaction.begin()
        for _ in range(login_guard.ACCOUNT_LOCK_AFTER):
            login_guard.record_failure(None, EMAIL)
        assert login_guard.lockout_remaining(None, EMAIL) > 0
        transaction.commit()
        confirm(code_for())
        transaction.begin()
        assert login_guard.lockout_remaining(None, EMAIL) == 0

    def test_audited_without_the_code(
        self, mariama, functional_portal, code_for, confirm, clock
    ):
        code = code_for()
        confirm(code)
        transaction.begin()
        [entry] = [
            e
            for e in audit.entries(target="mariama")
            if e["action"] == "security.password_reset"
        ]
        assert entry["actor"] == "mariama"
        assert code not in repr(entry)
        assert NEW_PASSWORD not in repr(entry)


def test_job_forgets_codes_expired_for_a_day(
    mariama, ask, functional_portal, time_machine, clock
):
    from datetime import UTC
    from datetime import datetime

    ask(EMAIL)
    ask(NOBODY)
    job = "oif.tremplin.jobs.purge_expired_reset_codes"
    transaction.begin()
    assert run_jobs(functional_portal, datetime(2036, 11, 28, 10, tzinfo=UTC))[job] == {
        "purged": 0
    }
    summary = run_jobs(functional_portal, datetime(2036, 11, 28, 10, 16, tzinfo=UTC))
    assert summary[job] == {"purged": 2}
    transaction.abort()
