"""send_security_alert: one mail in the member's language that says what
changed, when, and what to do if it was not her (spec §6.3.5)."""

from oif.tremplin.security.alerts import send_security_alert
from plone import api

import pytest
import transaction


EMAIL = "mariama.sow@example.org"
PASSWORD = "Baobab-sous-la-pluie-1987"

SUBJECTS = {
    "password": (
        "Tremplin : le mot de passe de votre compte a changé",
        "Tremplin: the password of your account was changed",
    ),
    "mfa_on": (
        "Tremplin : la vérification en deux étapes est activée",
        "Tremplin: two-step verification is on",
    ),
    "mfa_off": (
        "Tremplin : la vérification en deux étapes est désactivée",
        "Tremplin: two-step verification is off",
    ),
    "recovery_codes": (
        "Tremplin : de nouveaux codes de secours ont été créés",
        "Tremplin: new recovery codes were created",
    ),
    "lockout": (
        "Tremplin : connexion bloquée pour 15 minutes",
        "Tremplin: sign-in blocked for 15 minutes",
    ),
}


class TestRefused:
    def test_unknown_change(self, integration):
        with pytest.raises(ValueError):
            send_security_alert("awa", "haircut")

    def test_unknown_member_gets_nothing(self, functional_portal, inbox, committed):
        committed(send_security_alert, "nobody", "password")
        assert inbox.messages == []

    def test_member_without_address_gets_nothing(
        self, functional_portal, inbox, committed
    ):
        api.user.create(username="sans", email="x@example.org", password=PASSWORD)
        api.user.get(userid="sans").setMemberProperties({"email": ""})
        transaction.commit()
        committed(send_security_alert, "sans", "password")
        assert inbox.messages == []

    def test_aborted_change_sends_nothing(self, member, inbox):
        member()
        transaction.begin()
        send_security_alert("mariama", "password")
        transaction.abort()
        assert inbox.messages == []

    def test_site_without_mail_settings_still_works(self, member, committed, caplog):
        member()
        committed(send_security_alert, "mariama", "mfa_on")
        assert "not sent: no mail settings" in caplog.text


class TestMail:
    @pytest.mark.parametrize("change", sorted(SUBJECTS))
    def test_french(self, member, inbox, committed, clock, text_of, change):
        member("fr")
        committed(send_security_alert, "mariama", change)
        [mail] = inbox.to(EMAIL)
        assert mail["Subject"] == SUBJECTS[change][0]
        text = text_of(mail)
        assert text.startswith("Bonjour Mariama SOW,")
        assert "27 novembre 2036 à 10:05 (UTC)" in text
        assert "/fr/contact-form" in text
        assert "/fr/password-reset" in text

    @pytest.mark.parametrize("change", sorted(SUBJECTS))
    def test_english(self, member, inbox, committed, clock, text_of, change):
        member("en")
        committed(send_security_alert, "mariama", change)
        [mail] = inbox.to(EMAIL)
        assert mail["Subject"] == SUBJECTS[change][1]
        text = text_of(mail)
        assert text.startswith("Hello Mariama SOW,")
        assert "27 November 2036 at 10:05 (UTC)" in text
        assert "/en/contact-form" in text
        assert "/en/password-reset" in text

    def test_links_lead_to_volto(self, member, inbox, committed, text_of):
        member()
        transaction.begin()
        api.portal.set_registry_record(
            "volto.frontend_domain", "https://tremplin.francophonie.org"
        )
        send_security_alert("mariama", "password")
        transaction.commit()
        assert "https://tremplin.francophonie.org/fr/password-reset" in text_of(
            inbox.messages[0]
        )

    def test_email_goes_to_the_old_and_the_new_address(
        self, member, inbox, committed, text_of
    ):
        member()
        committed(
            send_security_alert,
            "mariama",
            "email",
            old_email="old@example.org",
            new_email=EMAIL,
        )
        assert sorted(m["To"] for m in inbox.messages) == [EMAIL, "old@example.org"]
        for mail in inbox.messages:
            assert "Ancienne adresse : old@example.org" in text_of(mail)
            assert f"Nouvelle adresse : {EMAIL}" in text_of(mail)

    def test_lockout_says_how_long(self, member, inbox, committed, text_of):
        member("en")
        committed(send_security_alert, "mariama", "lockout", minutes=30)
        [mail] = inbox.messages
        assert mail["Subject"] == "Tremplin: sign-in blocked for 30 minutes"

    def test_role_titles_in_her_language(self, member, inbox, committed, text_of):
        member("fr")
        committed(
            send_security_alert,
            "mariama",
            "role",
            granted=["Moderator"],
            revoked=["Company Representative"],
        )
        [mail] = inbox.messages
        assert mail["Subject"] == "Tremplin : vos rôles ont changé"
        assert "Rôles accordés : Modérateur" in text_of(mail)
        assert "Rôles retirés : Représentant d'entreprise" in text_of(mail)

    def test_the_same_alert_twice_in_a_transaction_goes_once(self, member, inbox):
        member()
        transaction.begin()
        send_security_alert("mariama", "password")  # the reset service
        send_security_alert("mariama", "password")  # the password subscriber
        send_security_alert("mariama", "mfa_off")
        transaction.commit()
        assert sorted(m["Subject"] for m in inbox.messages) == sorted([
            SUBJECTS["password"][0],
            SUBJECTS["mfa_off"][0],
        ])
