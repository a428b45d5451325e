"""POST @tremplin-password-reset: a 6-digit code by e-mail (spec §6.3.5),
with the same answer whether the address is a member's or not."""

from oif.tremplin.core import audit
from oif.tremplin.security.recovery import codes
from zope.annotation.interfaces import IAnnotations

import pytest
import transaction


EMAIL = "mariama.sow@example.org"
NOBODY = "nobody@example.org"


class TestRefused:
    def test_unknown_address_gets_the_same_answer_and_no_mail(
        self, mariama, ask, inbox, clock
    ):
        known, unknown = ask(EMAIL), ask(NOBODY)
        assert known.status_code == unknown.status_code == 202
        assert known.json() == {"email": EMAIL, "expires_in": 900}
        assert unknown.json() == {"email": NOBODY, "expires_in": 900}
        assert set(known.headers) == set(unknown.headers)
        assert inbox.to(NOBODY) == []
        assert len(inbox.to(EMAIL)) == 1

    @pytest.mark.parametrize("captcha", [None, "", "bm90LWEtcGF5bG9hZA==", 12])
    def test_missing_or_invalid_captcha(
        self, mariama, ask, inbox, errors_of, captcha, clock
    ):
        response = ask(EMAIL, captcha=captcha)
        assert response.status_code == 400
        assert list(errors_of(response)) == ["captcha"]
        assert inbox.messages == []
        # Nothing was written: the next, complete request is not rate-limited.
        assert ask(EMAIL).status_code == 202

    def test_a_captcha_solution_works_once(
        self, mariama, anon_request, inbox, errors_of, clock
    ):
        from oif.tremplin.security.captcha.testing import solved_captcha

        payload = solved_captcha(anon_request)
        body = {"email": EMAIL, "captcha": payload}
        first = anon_request.post("/@tremplin-password-reset", json=body)
        assert first.status_code == 202
        clock(2)
        again = anon_request.post("/@tremplin-password-reset", json=body)
        assert again.status_code == 400
        assert list(errors_of(again)) == ["captcha"]
        assert len(inbox.to(EMAIL)) == 1

    def test_honeypot_filled(self, mariama, ask, inbox, errors_of, clock):
        response = ask(EMAIL, website="https://spam.example")
        assert response.status_code == 400
        assert "website" in errors_of(response)
        assert inbox.messages == []

    @pytest.mark.parametrize("email", ["", "not-an-address", None, 12])
    def test_malformed_address(self, ask, inbox, errors_of, email, clock):
        response = ask(email)
        assert response.status_code == 400
        assert list(errors_of(response)) == ["email"]
        assert inbox.messages == []

    def test_every_faulty_field_at_once(self, anon_request, errors_of):
        response = anon_request.post(
            "/@tremplin-password-reset",
            json={"email": "x", "website": "filled"},
        )
        assert response.status_code == 400
        assert set(errors_of(response)) == {"email", "captcha", "website"}

    def test_malformed_json(self, anon_request):
        response = anon_request.post(
            "/@tremplin-password-reset",
            data="{not json",
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400

    @pytest.mark.parametrize("email", [EMAIL, NOBODY])
    def test_one_code_a_minute(self, mariama, ask, inbox, clock, email):
        assert ask(email).status_code == 202
        clock(0.5)
        response = ask(email)
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "31"
        assert response.json()["retry_after"] == 31
        assert len(inbox.to(email)) == (1 if email == EMAIL else 0)

    @pytest.mark.parametrize("email", [EMAIL, NOBODY])
    def test_five_codes_a_day(self, mariama, ask, inbox, clock, email):
        for minute in range(5):
            clock(minute * 2)
            assert ask(email).status_code == 202
        clock(30)
        response = ask(email)
        assert response.status_code == 429
        # The first of the five leaves the 24-hour window at 10:00 tomorrow.
        assert int(response.headers["Retry-After"]) == 24 * 3600 - 30 * 60 + 1

    def test_a_registration_mail_does_not_hold_a_reset_back(
        self, mariama, ask, anon_request, clock
    ):
        # The registration's resend counts this address (nobody registers it).
        resend = anon_request.post(
            "/@tremplin-registration-resend", json={"email": EMAIL}
        )
        assert resend.status_code == 202
        assert ask(EMAIL).status_code == 202


class TestCode:
    def test_mail_holds_a_six_digit_code_in_her_language(
        self, member, ask, inbox, read_code, clock
    ):
        member("en")
        assert ask(EMAIL).status_code == 202
        [mail] = inbox.to(EMAIL)
        assert mail["Subject"] == "Tremplin: your code to choose a new password"
        text = mail.get_body().get_content()
        assert "valid for 15 minutes" in text
        assert "/en/password-reset" in text
        assert len(read_code(mail)) == 6

    def test_french_mail(self, mariama, ask, inbox, clock):
        ask(EMAIL)
        [mail] = inbox.to(EMAIL)
        assert mail["Subject"].startswith("Tremplin : votre code")
        assert "valable 15 minutes" in mail.get_body().get_content()

    def test_found_by_address_whatever_the_case(self, mariama, ask, inbox, clock):
        assert ask("Mariama.Sow@Example.org ").status_code == 202
        assert len(inbox.to(EMAIL)) == 1

    def test_codes_differ(self, mariama, ask, inbox, read_code, clock):
        ask(EMAIL)
        clock(2)
        ask(EMAIL)
        first, second = (read_code(m) for m in inbox.to(EMAIL))
        assert first != second

    def test_store_keeps_no_address_and_no_code(
        self, mariama, ask, inbox, read_code, functional_portal, clock
    ):
        ask(EMAIL)
        ask(NOBODY)
        code = read_code(inbox.to(EMAIL)[0])
        transaction.begin()
        store = IAnnotations(functional_portal)[codes.STORE_KEY]
        dump = repr(list(store["codes"].items()))
        assert len(store["codes"]) == 2  # the unknown address has its record too
        assert EMAIL not in dump
        assert NOBODY not in dump
        assert code not in dump
        assert len(store["secret"]) == 64

    def test_request_is_audited_for_members_only(
        self, mariama, ask, functional_portal, clock
    ):
        ask(EMAIL)
        ask(NOBODY)
        transaction.begin()
        entries = list(audit.entries(action="security.password_reset_requested"))
        assert [e["target"] for e in entries] == ["mariama"]
        assert "code" not in entries[0]["details"]


def test_a_code_never_goes_to_an_address_the_account_left(
    mariama, functional_portal, ask, inbox, clock
):
    """Members made by the registration sign in with their address; after a
    change the old one is still her login, but may be someone else's mail."""
    from plone import api

    transaction.begin()
    acl_users = api.portal.get_tool("acl_users")
    acl_users.updateLoginName("mariama", EMAIL)
    api.user.get(userid="mariama").setMemberProperties({"email": "m.sow@example.net"})
    transaction.commit()
    inbox.messages.clear()  # the alerts of the change itself
    assert ask(EMAIL).status_code == 202
    assert inbox.messages == []
    assert ask("m.sow@example.net").status_code == 202
    assert [m["To"] for m in inbox.messages] == ["m.sow@example.net"]
