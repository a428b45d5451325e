"""One reset path: Plone's own reset link (``@users/<id>/reset-password``,
``sendPasswordReset``, the classic forms) is switched off."""

from oif.tremplin.demo import DEMO_PASSWORD

import pytest


RESET = "/@users/awa/reset-password"
NEW_PASSWORD = "Pirogue-rouge-au-large-de-Joal"


@pytest.fixture
def administrator(member_session):
    """The demo Site Administrator's session (signed in with her code)."""
    return member_session("administrateur")


@pytest.mark.parametrize(
    "body",
    [
        None,
        {},
        {"reset_token": "0123456789abcdef", "new_password": NEW_PASSWORD},
        {"old_password": DEMO_PASSWORD, "new_password": NEW_PASSWORD},
    ],
)
def test_anonymous_is_refused(anon_request, inbox, body):
    response = (
        anon_request.post(RESET, json=body)
        if body is not None
        else (anon_request.post(RESET))
    )
    assert response.status_code == 403
    assert inbox.messages == []


def test_unknown_user_gets_the_same_refusal(anon_request, inbox):
    response = anon_request.post("/@users/nobody/reset-password", json={})
    assert response.status_code == 403


RESET_LINK_BODIES = [
    {},
    {"reset_token": "0123456789abcdef", "new_password": NEW_PASSWORD},
]


@pytest.mark.parametrize("body", RESET_LINK_BODIES)
def test_reset_links_are_refused_to_members(member_session, inbox, body):
    response = member_session("awa").post(RESET, json=body)
    assert response.status_code == 403
    assert inbox.messages == []


@pytest.mark.parametrize("body", RESET_LINK_BODIES)
def test_reset_links_are_refused_to_administrators(administrator, inbox, body):
    response = administrator.post(RESET, json=body)
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "Forbidden"
    assert inbox.messages == []


def test_a_member_still_changes_her_own_password(member_session, request_factory):
    """Volto's "Change password" page posts the old and the new password."""
    response = member_session("awa").post(
        RESET, json={"old_password": DEMO_PASSWORD, "new_password": NEW_PASSWORD}
    )
    assert response.status_code == 200, response.text
    assert request_factory(basic_auth=("awa", NEW_PASSWORD)).get("/@users/awa").ok


def test_no_reset_link_when_an_administrator_adds_a_member(administrator, inbox):
    response = administrator.post(
        "/@users",
        json={
            "username": "fatou",
            "email": "fatou.diallo@example.org",
            "sendPasswordReset": True,
        },
    )
    assert response.status_code == 400
    errors = response.json()["error"]["errors"]
    assert [e["field"] for e in errors] == ["sendPasswordReset"]
    assert inbox.messages == []


def test_an_administrator_still_adds_a_member_with_a_password(administrator):
    response = administrator.post(
        "/@users",
        json={
            "username": "fatou",
            "email": "fatou.diallo@example.org",
            "password": NEW_PASSWORD,
        },
    )
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    "path", ["/mail_password?userid=awa", "/passwordreset/0123456789abcdef"]
)
def test_classic_reset_pages_lead_to_the_code_reset(
    functional_portal, request_factory, inbox, path
):
    session = request_factory()
    url = functional_portal.absolute_url() + path
    response = session.get(url, allow_redirects=False)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/fr/password-reset")
    assert inbox.messages == []
