"""The session check on every request: refusals first, then what passes."""

from oif.tremplin.security.sessions.testing import payload_of
from oif.tremplin.security.sessions.testing import refusal
from oif.tremplin.security.sessions.testing import session_record
from oif.tremplin.security.sessions.testing import sid_of
from oif.tremplin.security.sessions.testing import stored_tokens
from oif.tremplin.security.sessions import end_all_sessions
from oif.tremplin.security.sessions import end_session
from oif.tremplin.security.sessions.tokens import jwt_plugin
from plone import api

import pytest
import transaction


ME = "/@users/aminata"


class TestRefused:
    def test_ended_session(self, token_for, bearer):
        token = token_for("aminata")
        transaction.begin()
        assert end_session(sid_of(token)) is True
        transaction.commit()
        assert refusal(bearer(token).get(ME)) == "SessionExpired"
        assert session_record(sid_of(token)) is None

    def test_ended_session_also_drops_the_token(self, token_for, bearer):
        token = token_for("aminata")
        other = token_for("aminata")
        transaction.begin()
        end_session(sid_of(token))
        transaction.commit()
        assert token not in stored_tokens("aminata")
        assert other in stored_tokens("aminata")
        assert bearer(other).get(ME).status_code == 200

    def test_all_sessions_ended(self, token_for, bearer):
        tokens = [token_for("aminata"), token_for("aminata")]
        kept = token_for("awa")
        transaction.begin()
        assert end_all_sessions("aminata") == 2
        transaction.commit()
        for token in tokens:
            assert refusal(bearer(token).get(ME)) == "SessionExpired"
            assert session_record(sid_of(token)) is None
        assert stored_tokens("aminata") == []
        assert bearer(kept).get("/@users/awa").status_code == 200

    def test_ended_session_on_a_public_page(self, token_for, bearer):
        """Not served as an anonymous page: Volto must learn the session ended."""
        token = token_for("aminata")
        transaction.begin()
        end_session(sid_of(token))
        transaction.commit()
        assert refusal(bearer(token).get("/")) == "SessionExpired"

    def test_unknown_session(self, functional_portal, bearer):
        """A well-signed, stored token whose sid the site never opened."""
        transaction.begin()
        token = jwt_plugin().create_token("aminata", data={"sid": "made-up"})
        transaction.commit()
        assert refusal(bearer(token).get(ME)) == "SessionExpired"

    def test_token_without_sid(self, functional_portal, bearer):
        """What plone.restapi's stock @login hands out: refused."""
        transaction.begin()
        token = jwt_plugin().create_token("aminata", data={"fullname": "Aminata"})
        transaction.commit()
        assert refusal(bearer(token).get(ME)) == "SessionExpired"

    def test_session_of_someone_else(self, token_for, bearer):
        """A token of Aminata naming Awa's session."""
        awa = token_for("awa")
        transaction.begin()
        token = jwt_plugin().create_token("aminata", data={"sid": sid_of(awa)})
        transaction.commit()
        assert refusal(bearer(token).get(ME)) == "SessionExpired"

    def test_forged_signature(self, token_for, bearer):
        token = token_for("aminata")
        header, payload, signature = token.split(".")
        forged = f"{header}.{payload}.{signature[:-4]}AAAA"
        response = bearer(forged).get(ME)
        assert response.status_code == 401
        assert response.json()["type"] == "Unauthorized"

    def test_idle_too_long(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(minutes=30)
        assert refusal(bearer(token).get(ME)) == "SessionExpired"

    def test_idle_timeout_from_the_settings(self, clock, token_for, bearer):
        transaction.begin()
        api.portal.set_registry_record("oif.tremplin.security.idle_timeout_minutes", 5)
        transaction.commit()
        token = token_for("aminata")
        clock.move(minutes=4, seconds=50)
        assert bearer(token).get(ME).status_code == 200
        clock.move(minutes=5)
        assert refusal(bearer(token).get(ME)) == "SessionExpired"

    def test_lifetime_over_even_if_active(self, clock, token_for, bearer):
        """The token itself expires with the session: she is nobody then."""
        token = token_for("aminata")
        for _ in range(16):  # active every 29 minutes for 7 h 44
            clock.move(minutes=29)
            assert bearer(token).get(ME).status_code == 200
        clock.move(minutes=16)  # 8 h after the sign-in
        response = bearer(token).get(ME)
        assert response.status_code == 401
        assert response.json()["type"] == "Unauthorized"

    def test_lifetime_checked_on_the_server(self, clock, token_for, bearer):
        """A token issued before the lifetime was shortened dies with the
        new lifetime, although it has not expired."""
        token = token_for("aminata")
        transaction.begin()
        api.portal.set_registry_record(
            "oif.tremplin.security.session_lifetime_minutes", 60
        )
        transaction.commit()
        clock.move(minutes=29)
        assert bearer(token).get(ME).status_code == 200
        clock.move(minutes=29)
        assert bearer(token).get(ME).status_code == 200
        clock.move(minutes=2)
        assert refusal(bearer(token).get(ME)) == "SessionExpired"

    def test_refusal_writes_nothing(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(minutes=31)
        before = session_record(sid_of(token))
        bearer(token).get(ME)
        assert session_record(sid_of(token)) == before

    def test_classic_login_form_refused(self, request_factory):
        """Plone's classic login form is no way in: it would give a cookie
        without a session (and outside the login guard)."""
        from oif.tremplin.demo import DEMO_PASSWORD

        classic = request_factory(api=False)
        response = classic.post(
            "/login",
            data={
                "__ac_name": "aminata",
                "__ac_password": DEMO_PASSWORD,
                "buttons.login": "Log in",
            },
            allow_redirects=False,
        )
        assert refusal(response) == "SessionExpired"
        assert not classic.cookies.get("__ac")

    def test_refused_in_french(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(minutes=31)
        response = bearer(token, **{"Accept-Language": "fr"}).get(ME)
        assert refusal(response) == "SessionExpired"

    def test_classic_page_too(self, clock, token_for, request_factory):
        """Not only the REST API: any request with the token."""
        token = token_for("aminata")
        clock.move(minutes=31)
        session = request_factory(api=False)
        session.headers["Authorization"] = f"Bearer {token}"
        session.headers["Accept"] = "text/html"
        assert refusal(session.get("/@@personal-information")) == "SessionExpired"


class TestSecondFactor:
    def test_basic_auth_refused(self, with_mfa, basic):
        with_mfa("aminata")
        assert refusal(basic("aminata").get(ME)) == "MFARequired"

    def test_token_without_second_factor_refused(self, with_mfa, token_for, bearer):
        token = token_for("aminata", mfa=False)
        with_mfa("aminata")
        assert refusal(bearer(token).get(ME)) == "MFARequired"

    def test_password_in_a_json_body_refused(self, with_mfa, request_factory):
        """plone.restapi's JWT plugin authenticates a JSON body holding a
        login and a password on any request (security/mfa limits that to
        @login): not a way around the code either way."""
        with_mfa("aminata")
        from oif.tremplin.demo import DEMO_PASSWORD

        response = request_factory().post(
            "/@tremplin-session", json={"login": "aminata", "password": DEMO_PASSWORD}
        )
        assert response.status_code == 401
        assert response.json()["type"] in {"MFARequired", "Unauthorized"}

    def test_classic_login_cookie_refused(self, with_mfa, ac_cookie, request_factory):
        """Plone's __ac cookie opens nothing once the member has a second factor."""
        cookie = ac_cookie("aminata")
        with_mfa("aminata")
        session = request_factory()
        session.cookies.set("__ac", cookie)
        assert refusal(session.get(ME)) == "MFARequired"

    def test_cookie_with_a_session_token(
        self, with_mfa, ac_cookie, token_for, request_factory
    ):
        """A plain link to the API (the audit CSV) sends cookies only: __ac
        and Volto's auth_token, whose session passed the second factor."""
        cookie = ac_cookie("aminata")
        with_mfa("aminata")
        session = request_factory()
        session.cookies.set("__ac", cookie)
        session.cookies.set("auth_token", token_for("aminata", mfa=True))
        assert session.get(ME).status_code == 200
        session.cookies.set("auth_token", token_for("aminata", mfa=False))
        assert refusal(session.get(ME)) == "MFARequired"

    def test_token_with_second_factor(self, with_mfa, token_for, bearer):
        with_mfa("aminata")
        token = token_for("aminata", mfa=True)
        assert payload_of(token)["mfa"] is True
        assert bearer(token).get(ME).status_code == 200


class TestPloneCookie:
    """Plone's __ac cookie, which every sign-in sets too, only counts with
    a live session token beside it."""

    def test_cookie_alone(self, ac_cookie, request_factory):
        session = request_factory()
        session.cookies.set("__ac", ac_cookie("aminata"))
        assert refusal(session.get(ME)) == "SessionExpired"

    def test_cookie_and_session_token(
        self, clock, ac_cookie, token_for, request_factory
    ):
        session = request_factory()
        session.cookies.set("__ac", ac_cookie("aminata"))
        token = token_for("aminata")
        session.cookies.set("auth_token", token)
        assert session.get(ME).status_code == 200
        clock.move(minutes=31)
        assert refusal(session.get(ME)) == "SessionExpired"

    def test_cookie_after_all_sessions_ended(
        self, ac_cookie, token_for, request_factory
    ):
        """A password reset ends every session: the __ac cookie of a stolen
        browser ends with them."""
        session = request_factory()
        session.cookies.set("__ac", ac_cookie("aminata"))
        token = token_for("aminata")
        session.headers["Authorization"] = f"Bearer {token}"
        assert session.get(ME).status_code == 200
        transaction.begin()
        end_all_sessions("aminata")
        transaction.commit()
        assert refusal(session.get(ME)) == "SessionExpired"

    def test_sign_in_steps_ignore_stale_credentials(self, ac_cookie, token_for, bearer):
        token = token_for("aminata")
        transaction.begin()
        end_all_sessions("aminata")
        transaction.commit()
        session = bearer(token)
        session.cookies.set("__ac", ac_cookie("aminata"))
        response = session.post(
            "/@tremplin-password-check", json={"password": "Un-mot-de-passe-2026"}
        )
        assert response.status_code == 200, response.text
        assert session.get("/@tremplin-captcha").status_code == 200


class TestPasses:
    def test_anonymous(self, anon_request):
        assert anon_request.get("/").status_code == 200

    def test_basic_auth_without_second_factor(self, basic):
        assert basic("aminata").get(ME).status_code == 200

    def test_token(self, token_for, bearer):
        token = token_for("aminata")
        payload = payload_of(token)
        assert payload["sub"] == "aminata"
        assert payload["mfa"] is False
        assert payload["fullname"] == "Aminata KONÉ"
        assert payload["exp"] - payload["auth_time"] == 8 * 3600
        assert bearer(token).get(ME).status_code == 200

    def test_session_record(self, clock, token_for):
        token = token_for("aminata", mfa=True)
        record = session_record(sid_of(token))
        assert record["userid"] == "aminata"
        assert record["mfa"] is True
        assert record["auth_time"] == record["last_activity"] == clock.now

    def test_token_lifetime_from_the_settings(self, token_for):
        transaction.begin()
        api.portal.set_registry_record(
            "oif.tremplin.security.session_lifetime_minutes", 60
        )
        transaction.commit()
        payload = payload_of(token_for("aminata"))
        assert payload["exp"] - payload["auth_time"] == 3600


class TestActivity:
    def test_activity_keeps_the_session(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(minutes=20)
        assert bearer(token).get(ME).status_code == 200
        clock.move(minutes=20)
        assert bearer(token).get(ME).status_code == 200
        assert session_record(sid_of(token))["last_activity"] == clock.now

    def test_at_most_one_write_a_minute(self, clock, token_for, bearer):
        token = token_for("aminata")
        start = clock.now
        clock.move(seconds=59)
        assert bearer(token).get(ME).status_code == 200
        assert session_record(sid_of(token))["last_activity"] == start
        clock.move(seconds=1)
        assert bearer(token).get(ME).status_code == 200
        assert session_record(sid_of(token))["last_activity"] == clock.now

    @pytest.mark.parametrize("method", ["get", "post"])
    def test_background_request_is_not_activity(self, clock, token_for, bearer, method):
        token = token_for("aminata")
        start = clock.now
        clock.move(minutes=10)
        session = bearer(token, **{"X-Tremplin-Background": "1"})
        response = getattr(session, method)("/@tremplin-session")
        assert response.status_code == 200
        if method == "get":
            assert session_record(sid_of(token))["last_activity"] == start
        else:  # the keep-alive is activity by definition
            assert session_record(sid_of(token))["last_activity"] == clock.now

    def test_background_request_still_checked(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(minutes=31)
        session = bearer(token, **{"X-Tremplin-Background": "1"})
        assert refusal(session.get("/@tremplin-session")) == "SessionExpired"

    def test_renew_is_not_activity(self, clock, token_for, bearer):
        token = token_for("aminata")
        start = clock.now
        clock.move(minutes=10)
        assert bearer(token).post("/@login-renew").status_code == 200
        assert session_record(sid_of(token))["last_activity"] == start


def test_conflicting_activity_keeps_the_later_time():
    from datetime import datetime
    from oif.tremplin.security.sessions.store import Session

    t0, t1, t2 = (datetime(2026, 11, 27, 10, m) for m in (0, 1, 2))
    old = {"userid": "a", "auth_time": t0, "last_activity": t0, "mfa": False}
    saved = {**old, "last_activity": t2}
    new = {**old, "last_activity": t1}
    assert Session._p_resolveConflict(None, old, saved, new)["last_activity"] == t2
    assert Session._p_resolveConflict(None, old, new, saved)["last_activity"] == t2
