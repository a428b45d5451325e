"""Alerts that follow a change whichever screen or service made it: the
e-mail address (PAS property change) and roles (group membership)."""

from oif.tremplin.core import audit
from oif.tremplin.demo import DEMO_PASSWORD
from plone import api

import transaction


EMAIL = "mariama.sow@example.org"
NEW_EMAIL = "m.sow@example.net"
PASSWORD = "Baobab-sous-la-pluie-1987"


class TestEmailChange:
    def test_member_changes_her_address(
        self, member, inbox, request_factory, text_of, functional_portal
    ):
        member()
        session = request_factory(basic_auth=("mariama", PASSWORD))
        response = session.patch("/@users/mariama", json={"email": NEW_EMAIL})
        assert response.status_code == 204, response.text
        assert sorted(m["To"] for m in inbox.messages) == [NEW_EMAIL, EMAIL]
        for mail in inbox.messages:
            assert mail["Subject"] == (
                "Tremplin : l'adresse e-mail de votre compte a changé"
            )
            assert f"Ancienne adresse : {EMAIL}" in text_of(mail)
            assert f"Nouvelle adresse : {NEW_EMAIL}" in text_of(mail)
        transaction.begin()
        [entry] = audit.entries(action="security.email_changed", target="mariama")
        assert entry["details"] == {"old": EMAIL, "new": NEW_EMAIL}

    def test_same_address_saved_again_sends_nothing(
        self, member, inbox, request_factory
    ):
        """Volto's personal information form sends every field back."""
        member()
        session = request_factory(basic_auth=("mariama", PASSWORD))
        response = session.patch(
            "/@users/mariama", json={"email": EMAIL, "fullname": "Mariama Sow"}
        )
        assert response.status_code == 204
        assert inbox.messages == []

    def test_an_administrator_changes_it(self, member, inbox, administrator):
        member()
        response = administrator.patch("/@users/mariama", json={"email": NEW_EMAIL})
        assert response.status_code == 204, response.text
        assert sorted(m["To"] for m in inbox.messages) == [NEW_EMAIL, EMAIL]

    def test_a_new_member_gets_no_change_alert(self, functional_portal, inbox):
        api.user.create(
            username="fatou", email="fatou.diallo@example.org", password=PASSWORD
        )
        transaction.commit()
        assert inbox.messages == []


class TestRoleChange:
    def test_granted_through_the_roles_panel(
        self, member, inbox, administrator, text_of, functional_portal
    ):
        member()
        response = administrator.post(
            "/@tremplin-roles", json={"user": "mariama", "roles": ["Moderator"]}
        )
        assert response.status_code == 200, response.text
        [mail] = inbox.to(EMAIL)
        assert mail["Subject"] == "Tremplin : vos rôles ont changé"
        assert "Rôles accordés : Modérateur" in text_of(mail)
        assert "Rôles retirés : -" in text_of(mail)
        transaction.begin()
        assert list(audit.entries(action="role.granted", target="mariama"))

    def test_one_mail_lists_every_change_of_a_request(
        self, member, inbox, administrator, text_of, committed
    ):
        member()
        committed(api.group.add_user, groupname="experts", username="mariama")
        inbox.messages.clear()
        response = administrator.post(
            "/@tremplin-roles",
            json={"user": "mariama", "roles": ["Moderator", "Company Representative"]},
        )
        assert response.status_code == 200, response.text
        [mail] = inbox.to(EMAIL)
        text = text_of(mail)
        assert "Rôles accordés : Représentant d'entreprise, Modérateur" in text
        assert "Rôles retirés : Expert" in text

    def test_given_and_taken_back_sends_nothing(self, member, inbox):
        member()
        transaction.begin()
        api.group.add_user(groupname="moderators", username="mariama")
        api.group.remove_user(groupname="moderators", username="mariama")
        transaction.commit()
        assert inbox.messages == []

    def test_a_group_without_roles_sends_nothing(self, member, inbox, committed):
        member()
        committed(api.group.create, groupname="club", title="Club")
        committed(api.group.add_user, groupname="club", username="mariama")
        assert inbox.messages == []

    def test_a_group_in_a_group_sends_nothing(self, member, inbox, committed):
        member()
        committed(api.group.create, groupname="club", title="Club")
        committed(
            api.portal.get_tool("portal_groups").addPrincipalToGroup,
            "club",
            "moderators",
        )
        assert inbox.messages == []


def test_password_change_alerts_once(member, inbox, request_factory):
    """Volto's "Change password" page: the password subscriber
    (security.passwords) alerts."""
    member("en")
    session = request_factory(basic_auth=("mariama", PASSWORD))
    response = session.post(
        "/@users/mariama/reset-password",
        json={"old_password": PASSWORD, "new_password": DEMO_PASSWORD + "-Joal-42"},
    )
    assert response.status_code == 200, response.text
    [mail] = inbox.messages
    assert mail["Subject"] == "Tremplin: the password of your account was changed"
