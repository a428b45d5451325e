"""The sign-in services and the session check together."""

from oif.tremplin.security.sessions.testing import payload_of
from oif.tremplin.security.sessions.testing import refusal
from oif.tremplin.security.sessions.testing import session_record
from oif.tremplin.demo import DEMO_PASSWORD


ME = "/@users/aminata"


def login(session, username="aminata"):
    return session.post("/@login", json={"login": username, "password": DEMO_PASSWORD})


def test_login_opens_a_session(anon_request, bearer):
    response = login(anon_request)
    assert response.status_code == 200, response.text
    token = response.json()["token"]
    payload = payload_of(token)
    assert payload["mfa"] is False
    record = session_record(payload["sid"])
    assert record["userid"] == "aminata"
    assert bearer(token).get(ME).status_code == 200


def test_login_of_a_member_with_a_second_factor_is_not_refused(anon_request, with_mfa):
    """The password step itself authenticates her through the JSON body:
    the session check leaves @login alone (it answers with a challenge)."""
    with_mfa("aminata")
    response = login(anon_request)
    assert response.status_code == 200, response.text
    assert response.json()["mfa_required"] is True
    assert "token" not in response.json()


def test_login_with_a_dead_token_in_the_headers(token_for, bearer):
    """Volto may still send the token of an ended session: signing in works."""
    token = token_for("aminata")
    bearer(token).post("/@logout")
    response = login(bearer(token))
    assert response.status_code == 200, response.text
    assert bearer(response.json()["token"]).get(ME).status_code == 200


def test_dead_token_refused_elsewhere(token_for, bearer):
    token = token_for("aminata")
    bearer(token).post("/@logout")
    assert refusal(bearer(token).get("/@navigation")) == "SessionExpired"
