"""Mail leaves the site through a real SMTP server (the inbox fixture)."""

from plone import api


def test_password_reset_mail_reaches_the_member(functional_portal, inbox, anon_request):
    response = anon_request.post("/@users/awa/reset-password")
    assert response.status_code == 200, response.text
    [mail] = inbox.to("awa.ndiaye@demo.tremplin.test")
    assert mail["From"] == "Tremplin <noreply@tremplin.test>"
    assert "passwordreset" in mail.get_body().get_content()


def test_nothing_is_sent_when_the_request_fails(functional_portal, inbox, anon_request):
    response = anon_request.post("/@users/nobody/reset-password")
    assert response.status_code == 404
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
