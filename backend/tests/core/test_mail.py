"""Mail leaves the site through a real SMTP server (the inbox fixture)."""

from oif.tremplin.security.captcha.testing import cheap_challenges
from oif.tremplin.security.captcha.testing import solved_captcha
from plone import api


AWA = "awa.ndiaye@demo.tremplin.test"


def test_password_reset_mail_reaches_the_member(
    functional_portal, inbox, anon_request, monkeypatch
):
    cheap_challenges(monkeypatch)
    response = anon_request.post(
        "/@tremplin-password-reset",
        json={"email": AWA, "captcha": solved_captcha(anon_request)},
    )
    assert response.status_code == 202, response.text
    [mail] = inbox.to(AWA)
    assert mail["From"] == "Tremplin <noreply@tremplin.test>"
    assert "/fr/password-reset" in mail.get_body().get_content()


def test_nothing_is_sent_when_the_request_fails(functional_portal, inbox, anon_request):
    response = anon_request.post("/@tremplin-password-reset", json={"email": AWA})
    assert response.status_code == 400  # no CAPTCHA solution
    assert inbox.messages == []


def test_send_email_is_delivered_at_commit(functional_portal, inbox, anon_request):
    api.portal.send_email(
        recipient="ahmed.benali@demo.tremplin.test",
        subject="Bienvenue",
        body="Bienvenue sur Tremplin.",
        immediate=False,
    )
    assert inbox.messages == []  # queued until the transaction commits
    import transaction

    transaction.commit()
    [mail] = inbox.to("ahmed.benali@demo.tremplin.test")
    assert mail["Subject"] == "Bienvenue"
