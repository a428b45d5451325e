"""Every way Plone sets a password applies the policy; a change is audited
and mailed to the member."""

from oif.tremplin.core.audit import entries
from oif.tremplin.security.passwords import password_message
from oif.tremplin.security.passwords import password_problems
from oif.tremplin.security.passwords.plugin import PLUGIN_ID
from plone import api
from Products.PluggableAuthService.interfaces.plugins import IValidationPlugin

import json
import pytest
import transaction


PASSWORD = "Baobab-Pirogue-Tamarin-42"
NEW_PASSWORD = "Kora-Djembe-Balafon-77"
WEAK = "awa.diop2026!"  # weak for her: her name and a year
SHORT = "Kx9#mQ2$vL"


@pytest.fixture
def awa_diop(functional_portal):
    api.user.create(
        username="awa.diop",
        email="awa.diop@example.org",
        password=PASSWORD,
        properties={"fullname": "Awa DIOP"},
    )
    transaction.commit()
    return "awa.diop"


@pytest.fixture
def as_awa(request_factory, awa_diop):
    return request_factory(basic_auth=("awa.diop", PASSWORD))


@pytest.fixture
def administrator(manager_request, monkeypatch):
    """The site owner's session, spared the mandatory MFA enrolment
    (tests/security/mfa covers it): these tests are about passwords."""
    from oif.tremplin.security.mfa import policy

    monkeypatch.setattr(policy, "mfa_required", lambda user: False)
    return manager_request


@pytest.fixture
def own_password_choice(functional_portal):
    """Plone lets members set their own password (Plone's default is off)."""
    api.portal.set_registry_record("plone.enable_user_pwd_choice", True)
    transaction.commit()


def can_sign_in(request_factory, password: str) -> bool:
    session = request_factory()
    response = session.post("/@login", json={"login": "awa.diop", "password": password})
    return response.status_code == 200


def field_messages(response) -> dict:
    assert response.status_code == 400, response.text
    return {e["field"]: e["message"] for e in json.loads(response.json()["message"])}


def password_audits() -> list:
    transaction.begin()
    return [e for e in entries() if e["action"] == "security.password_changed"]


class TestPatchRefused:
    """PATCH @users/<id>: plone.restapi asks no validation plugin here."""

    @pytest.mark.parametrize("password", [WEAK, SHORT, "qwertyuiopasdfgh"])
    def test_her_own_weak_password(
        self, request_factory, as_awa, own_password_choice, inbox, password
    ):
        response = as_awa.patch("/@users/awa.diop", json={"password": password})
        assert "password" in field_messages(response)
        assert can_sign_in(request_factory, PASSWORD)
        assert not can_sign_in(request_factory, password)
        assert inbox.messages == []
        assert password_audits() == []

    def test_translated(self, as_awa, own_password_choice):
        response = as_awa.patch(
            "/@users/awa.diop",
            json={"password": SHORT},
            headers={"Accept-Language": "fr"},
        )
        message = field_messages(response)["password"]
        assert "Le mot de passe doit compter au moins 12 caractères." in message

    def test_an_administrator_is_held_to_it_too(
        self, request_factory, administrator, awa_diop, inbox
    ):
        response = administrator.patch("/@users/awa.diop", json={"password": WEAK})
        assert "password" in field_messages(response)
        assert can_sign_in(request_factory, PASSWORD)

    def test_another_member_cannot(self, request_factory, awa_diop, member_session):
        response = member_session("ahmed").patch(
            "/@users/awa.diop", json={"password": NEW_PASSWORD}
        )
        assert response.status_code in (401, 403)
        assert can_sign_in(request_factory, PASSWORD)

    def test_anonymous_cannot(self, request_factory, anon_request, awa_diop):
        response = anon_request.patch(
            "/@users/awa.diop", json={"password": NEW_PASSWORD}
        )
        assert response.status_code == 401
        assert can_sign_in(request_factory, PASSWORD)


class TestPatchAccepted:
    def test_her_own_strong_password(
        self, request_factory, as_awa, own_password_choice, inbox
    ):
        response = as_awa.patch("/@users/awa.diop", json={"password": NEW_PASSWORD})
        assert response.status_code == 204, response.text
        assert can_sign_in(request_factory, NEW_PASSWORD)
        assert not can_sign_in(request_factory, PASSWORD)
        [mail] = inbox.to("awa.diop@example.org")
        assert "password" in mail["Subject"] or "mot de passe" in mail["Subject"]
        [audit] = password_audits()
        assert audit["target"] == "awa.diop"
        assert audit["actor"] == "awa.diop"
        assert NEW_PASSWORD not in json.dumps(audit)

    def test_set_by_an_administrator(
        self, request_factory, administrator, awa_diop, inbox
    ):
        response = administrator.patch(
            "/@users/awa.diop", json={"password": NEW_PASSWORD}
        )
        assert response.status_code == 204, response.text
        assert can_sign_in(request_factory, NEW_PASSWORD)
        assert len(inbox.to("awa.diop@example.org")) == 1


class TestChangePasswordPage:
    """Volto's change-password page: POST @users/<id>/reset-password with
    old_password + new_password (portal_membership.setPassword)."""

    @pytest.mark.parametrize("password", [WEAK, SHORT])
    def test_weak(self, request_factory, as_awa, inbox, password):
        response = as_awa.post(
            "/@users/awa.diop/reset-password",
            json={"old_password": PASSWORD, "new_password": password},
        )
        assert response.status_code == 400, response.text
        assert can_sign_in(request_factory, PASSWORD)
        assert inbox.messages == []

    def test_strong(self, request_factory, as_awa, inbox):
        response = as_awa.post(
            "/@users/awa.diop/reset-password",
            json={"old_password": PASSWORD, "new_password": NEW_PASSWORD},
        )
        assert response.status_code in (200, 204), response.text
        assert can_sign_in(request_factory, NEW_PASSWORD)
        assert len(inbox.to("awa.diop@example.org")) == 1
        assert len(password_audits()) == 1


class TestNewAccounts:
    """An administrator creating an account: portal_registration.addMember."""

    def test_weak_first_password(self, functional_portal, administrator):
        response = administrator.post(
            "/@users",
            json={
                "username": "binta.ba",
                "email": "binta.ba@example.org",
                "fullname": "Binta BA",
                "password": "Binta.Ba.2026",
            },
            headers={"Accept-Language": "en"},
        )
        assert response.status_code == 400, response.text
        assert "guess" in response.json()["error"]["message"]
        transaction.begin()
        assert api.user.get(username="binta.ba") is None

    def test_strong_first_password(self, functional_portal, administrator, inbox):
        response = administrator.post(
            "/@users",
            json={
                "username": "binta.ba",
                "email": "binta.ba@example.org",
                "password": NEW_PASSWORD,
            },
        )
        assert response.status_code == 201, response.text
        assert inbox.messages == []  # a first password is no change

    def test_api_user_create(self, functional_portal):
        with pytest.raises(ValueError) as refused:
            api.user.create(
                username="mamadou", email="mamadou@example.org", password="x" * 16
            )
        assert str(refused.value) == password_message(password_problems("x" * 16))


class TestPlonePolicy:
    def test_our_plugin_replaces_plones(self, functional_portal):
        plugins = functional_portal.acl_users.plugins
        active = [name for name, _ in plugins.listPlugins(IValidationPlugin)]
        assert active == [PLUGIN_ID]

    def test_test_password_validity(self, functional_portal):
        registration = api.portal.get_tool("portal_registration")
        assert registration.testPasswordValidity(NEW_PASSWORD) is None
        assert "12" in registration.testPasswordValidity(SHORT)

    def test_install_is_idempotent(self, functional_portal):
        from oif.tremplin.security.passwords.setup import install

        install(functional_portal)
        install(functional_portal)
        plugins = functional_portal.acl_users.plugins
        assert [n for n, _ in plugins.listPlugins(IValidationPlugin)] == [PLUGIN_ID]
        transaction.abort()
