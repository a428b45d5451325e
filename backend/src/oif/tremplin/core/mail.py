"""Every mail of the platform: FR/EN plain-text templates, sent at commit."""

from pathlib import Path
from plone import api
from string import Template


def member_language(user) -> str:
    """The language a member reads mail in: her preference, else the site's."""
    language = user.getProperty("language", "") if user is not None else ""
    return language if language in ("fr", "en") else api.portal.get_default_language()


def is_mail_configured() -> bool:
    """A site without mail settings (a fresh one, most tests) still makes the
    change it was asked for; the mail is only logged."""
    return bool(
        api.portal.get_registry_record("plone.smtp_host", default="")
        and api.portal.get_registry_record("plone.email_from_address", default="")
    )


def send_templated_mail(
    folder: Path, name: str, *, to: str, lang: str | None, **values
) -> None:
    """Render ``<folder>/<name>.<lang>.txt`` (subject on the first line) and send it.

    Delivery happens at commit (MailHost queues it), so an aborted request
    sends nothing. Values are plain text: templates are never HTML.
    """
    default = api.portal.get_default_language() or "fr"
    path = folder / f"{name}.{lang or default}.txt"
    if not path.exists():
        path = folder / f"{name}.{default}.txt"
    text = Template(path.read_text("utf-8")).substitute(values)
    subject, body = text.split("\n", 1)
    api.portal.send_email(
        recipient=to, subject=subject.strip(), body=body.strip(), immediate=False
    )
