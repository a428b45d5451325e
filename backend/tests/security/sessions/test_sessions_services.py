"""@login-renew, @logout, @tremplin-session, and the install step."""

from oif.tremplin.security.sessions.testing import payload_of
from oif.tremplin.security.sessions.testing import refusal
from oif.tremplin.security.sessions.testing import session_record
from oif.tremplin.security.sessions.testing import sid_of
from oif.tremplin.security.sessions.testing import stored_tokens
from datetime import timedelta
from oif.tremplin.security.sessions.setup import install
from oif.tremplin.security.sessions.tokens import jwt_plugin
from plone import api

import transaction


ME = "/@users/aminata"


class TestRenew:
    def test_anonymous(self, anon_request):
        response = anon_request.post("/@login-renew")
        assert response.status_code == 401
        assert response.json()["error"]["type"] == "SessionExpired"

    def test_basic_auth_gets_no_token(self, basic):
        response = basic("aminata").post("/@login-renew")
        assert response.status_code == 401
        assert "token" not in response.json()

    def test_ended_session(self, token_for, bearer):
        token = token_for("aminata")
        transaction.begin()
        from oif.tremplin.security.sessions import end_session

        end_session(sid_of(token))
        transaction.commit()
        assert refusal(bearer(token).post("/@login-renew")) == "SessionExpired"

    def test_idle_session(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(minutes=31)
        assert refusal(bearer(token).post("/@login-renew")) == "SessionExpired"

    def test_same_session_new_token(self, clock, token_for, bearer):
        token = token_for("aminata", mfa=True)
        clock.move(minutes=10)
        response = bearer(token).post("/@login-renew")
        assert response.status_code == 200, response.text
        renewed = response.json()["token"]
        assert renewed != token
        old, new = payload_of(token), payload_of(renewed)
        assert new["sid"] == old["sid"]
        assert new["auth_time"] == old["auth_time"]
        assert new["mfa"] is True
        assert new["exp"] == old["exp"]  # never beyond the session's lifetime
        assert bearer(renewed).get(ME).status_code == 200

    def test_old_token_deleted(self, clock, token_for, bearer):
        token = token_for("aminata")
        renewed = bearer(token).post("/@login-renew").json()["token"]
        assert token not in stored_tokens("aminata")
        assert renewed in stored_tokens("aminata")
        assert refusal(bearer(token).get(ME)) == "SessionExpired"

    def test_capped_by_a_shortened_lifetime(self, clock, token_for, bearer):
        token = token_for("aminata")
        transaction.begin()
        api.portal.set_registry_record(
            "oif.tremplin.security.session_lifetime_minutes", 60
        )
        transaction.commit()
        clock.move(minutes=20)
        renewed = bearer(token).post("/@login-renew").json()["token"]
        assert payload_of(renewed)["exp"] == payload_of(token)["auth_time"] + 3600


class TestLogout:
    def test_ends_the_session(self, token_for, bearer, audit_log):
        token = token_for("aminata")
        response = bearer(token).post("/@logout")
        assert response.status_code == 204, response.text
        assert session_record(sid_of(token)) is None
        assert stored_tokens("aminata") == []
        assert refusal(bearer(token).get(ME)) == "SessionExpired"
        [entry] = audit_log(action="security.logout")
        assert entry["target"] == "aminata"
        assert entry["actor"] == "aminata"

    def test_other_sessions_stay(self, token_for, bearer):
        token, other = token_for("aminata"), token_for("aminata")
        bearer(token).post("/@logout")
        assert bearer(other).get(ME).status_code == 200

    def test_expired_token_still_ends_its_session(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(hours=9)
        assert bearer(token).post("/@logout").status_code == 204
        assert session_record(sid_of(token)) is None

    def test_idle_session(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(minutes=45)
        assert bearer(token).post("/@logout").status_code == 204
        assert session_record(sid_of(token)) is None

    def test_forged_token_ends_nothing(self, token_for, bearer):
        token = token_for("aminata")
        header, payload, _signature = token.split(".")
        assert bearer(f"{header}.{payload}.AAAA").post("/@logout").status_code == 204
        assert session_record(sid_of(token)) is not None

    def test_anonymous(self, anon_request, audit_log):
        assert anon_request.post("/@logout").status_code == 204
        assert audit_log(action="security.logout") == []


class TestSessionService:
    def test_anonymous(self, anon_request):
        assert anon_request.get("/@tremplin-session").status_code == 401
        assert anon_request.post("/@tremplin-session").status_code == 401

    def test_times(self, clock, token_for, bearer):
        start = clock.now
        token = token_for("aminata")
        clock.move(minutes=5)
        session = bearer(token, **{"X-Tremplin-Background": "1"})
        body = session.get("/@tremplin-session").json()
        assert body == {
            "idle_timeout": 30 * 60,
            "lifetime": 8 * 3600,
            "idle_expires": (start + timedelta(minutes=30)).isoformat(),
            "expires": (start + timedelta(hours=8)).isoformat(),
        }

    def test_keep_alive(self, clock, token_for, bearer):
        token = token_for("aminata")
        clock.move(seconds=20)  # within the minute: the hook alone writes nothing
        body = bearer(token).post("/@tremplin-session").json()
        assert body["idle_expires"] == (clock.now + timedelta(minutes=30)).isoformat()
        assert session_record(sid_of(token))["last_activity"] == clock.now

    def test_idle_expiry_never_after_the_lifetime(self, clock, token_for, bearer):
        token = token_for("aminata")
        for _ in range(16):
            clock.move(minutes=29)
            bearer(token).post("/@tremplin-session")
        body = bearer(token).get("/@tremplin-session").json()
        assert body["idle_expires"] == body["expires"]

    def test_basic_auth(self, basic):
        body = basic("aminata").get("/@tremplin-session").json()
        assert body["idle_expires"] is None
        assert body["expires"] is None
        assert body["idle_timeout"] == 30 * 60


def test_install_keeps_tokens(functional_portal):
    from oif.tremplin.security.sessions import store

    transaction.begin()
    assert store._store() is not None  # made by the profile's install
    plugin = jwt_plugin()
    plugin.store_tokens = False
    install(functional_portal)
    install(functional_portal)
    assert plugin.store_tokens is True
    assert plugin._tokens is not None
    transaction.abort()


def test_purge_job(clock, functional_portal, token_for, bearer):
    from oif.tremplin.core.jobs import registered_jobs
    from oif.tremplin.security.sessions.jobs import purge_ended_sessions

    assert "oif.tremplin.jobs.purge_ended_sessions" in dict(registered_jobs())
    idle, kept = token_for("aminata"), token_for("awa")
    clock.move(minutes=20)
    assert bearer(kept).get("/@users/awa").status_code == 200
    clock.move(minutes=15)  # Aminata idle for 35 min, Awa for 15
    transaction.begin()
    assert purge_ended_sessions(functional_portal, clock.now) == {
        "sessions": 1,
        "tokens": 0,
    }
    transaction.commit()
    assert session_record(sid_of(idle)) is None
    assert idle not in stored_tokens("aminata")
    assert session_record(sid_of(kept)) is not None
    clock.move(hours=9)  # every token has expired meanwhile
    transaction.begin()
    assert purge_ended_sessions(functional_portal, clock.now) == {
        "sessions": 1,
        "tokens": 0,
    }
    transaction.commit()
    assert stored_tokens("awa") == []


def test_purge_job_forgets_expired_tokens(clock, functional_portal):
    """Tokens the plugin kept without a session (plone.restapi's own)."""
    from oif.tremplin.security.sessions.jobs import purge_ended_sessions

    transaction.begin()
    jwt_plugin().create_token("aminata", timeout=3600)
    transaction.commit()
    clock.move(hours=2)
    transaction.begin()
    assert purge_ended_sessions(functional_portal, clock.now)["tokens"] == 1
    transaction.commit()
    assert stored_tokens("aminata") == []
