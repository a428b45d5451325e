"""@controlpanels/tremplin-security: Manage portal only, Volto's generic form."""

from oif.tremplin.security.sessions.testing import refusal
from plone import api

import json
import pytest
import transaction


PANEL = "/@controlpanels/tremplin-security"
IDLE = "oif.tremplin.security.idle_timeout_minutes"
MANAGER_PASSWORD = "Gestion-Tremplin-2026"


@pytest.fixture
def manager_account(functional_portal):
    """A Manager of the site (the panel asks for Manage portal, which Plone
    gives to Managers only)."""
    transaction.begin()
    api.user.create(
        username="gestion",
        email="gestion@example.org",
        password=MANAGER_PASSWORD,
    )
    role_manager = functional_portal.acl_users.portal_role_manager
    role_manager.assignRoleToPrincipal("Manager", "gestion")
    transaction.commit()
    return "gestion"


@pytest.fixture
def admin(manager_account, with_mfa, token_for, bearer):
    """A Manager, signed in with her second factor."""
    with_mfa(manager_account)
    return bearer(token_for(manager_account, mfa=True))


def idle_setting():
    transaction.begin()
    return api.portal.get_registry_record(IDLE)


class TestRefused:
    def test_anonymous(self, anon_request):
        assert anon_request.get(PANEL).status_code == 401
        assert (
            anon_request.patch(PANEL, json={"idle_timeout_minutes": 2}).status_code
            == 401
        )
        assert idle_setting() == 30

    @pytest.mark.parametrize("username", ["aminata", "moderateur"])
    def test_member_or_moderator(self, username, with_mfa, token_for, bearer):
        with_mfa(username)
        session = bearer(token_for(username, mfa=True))
        assert session.get(PANEL).status_code in {401, 403}
        response = session.patch(PANEL, json={"idle_timeout_minutes": 2})
        assert response.status_code in {401, 403}
        assert idle_setting() == 30

    def test_manager_without_her_code(self, manager_account, with_mfa, basic):
        with_mfa(manager_account)
        response = basic(manager_account, MANAGER_PASSWORD).get(PANEL)
        assert refusal(response) == "MFARequired"

    @pytest.mark.parametrize("value", [1, 24 * 60 + 1, "soon"])
    def test_out_of_range(self, admin, value):
        response = admin.patch(PANEL, json={"idle_timeout_minutes": value})
        assert response.status_code == 400, response.text
        assert idle_setting() == 30


class TestAdministrator:
    @pytest.mark.parametrize("lang,group", [("en", "Security"), ("fr", "Sécurité")])
    def test_listed_in_the_security_group(self, admin, lang, group):
        admin.headers["Accept-Language"] = lang
        panels = admin.get("/@controlpanels").json()
        [panel] = [p for p in panels if p["@id"].endswith("/tremplin-security")]
        assert panel["group"] == group
        if lang == "en":
            assert panel["title"] == "Account security"

    def test_a_site_administrator_manages_it(self, with_mfa, token_for, bearer):
        with_mfa("administrateur")
        session = bearer(token_for("administrateur", mfa=True))
        response = session.get("/@controlpanels")
        assert response.status_code == 200, response.text
        assert [p for p in response.json() if "tremplin-security" in p["@id"]]
        assert session.get(PANEL).status_code == 200

    def test_schema_and_values(self, admin):
        body = admin.get(PANEL).json()
        properties = body["schema"]["properties"]
        assert set(properties) >= {
            "session_lifetime_minutes",
            "idle_timeout_minutes",
            "breach_check_enabled",
            "breach_check_url",
            "sms_gateway",
        }
        assert body["data"]["idle_timeout_minutes"] == 30
        assert body["data"]["session_lifetime_minutes"] == 480

    def test_french_titles(self, admin):
        session = admin
        session.headers["Accept-Language"] = "fr"
        body = session.get(PANEL).json()
        assert body["schema"]["properties"]["idle_timeout_minutes"]["title"]

    def test_change(self, admin):
        response = admin.patch(PANEL, json={"idle_timeout_minutes": 5})
        assert response.status_code == 204, response.text
        assert idle_setting() == 5
        assert admin.get("/@tremplin-session").json()["idle_timeout"] == 300


def test_configlet_in_the_profile(functional_portal):
    tool = functional_portal.portal_controlpanel
    [action] = [a for a in tool.listActions() if a.getId() == "tremplin-security"]
    assert action.category == "plone-security"
    assert action.permissions == ("Plone Site Setup: Security",)
    assert json.dumps(action.title)
