"""Security alerts: a member hears by mail about every change to her access
(spec §6.3.5): password, e-mail address, two-step verification, recovery
codes, roles, and a lockout after failed sign-ins.

Callers call ``send_security_alert`` once the change is made; the mail is
queued and leaves at commit, so an aborted change sends nothing. The same
alert asked twice in one transaction (a service and a subscriber both
noticing the change) is sent once. Role changes are gathered until the
commit: one mail per member lists every role she gained or lost, and a role
given then taken back in the same request sends nothing.
"""

from datetime import datetime
from oif.tremplin import logger
from oif.tremplin.access.roles import ROLE_TITLES
from oif.tremplin.accounts.registration import frontend_url
from oif.tremplin.core.clock import now
from oif.tremplin.core.mail import is_mail_configured
from oif.tremplin.core.mail import member_language
from oif.tremplin.core.mail import send_templated_mail
from pathlib import Path
from plone import api
from weakref import WeakKeyDictionary
from zope.component.hooks import site
from zope.i18n import translate

import transaction


MAIL_DIR = Path(__file__).parent / "mail"
CHANGES = (
    "password",
    "email",
    "mfa_on",
    "mfa_off",
    "recovery_codes",
    "role",
    "lockout",
    "external_linked",
    "external_unlinked",
)
LOCKOUT_MINUTES = 15

MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# transaction -> the alerts already queued in it (see ``_first_time``).
_sent_in: WeakKeyDictionary = WeakKeyDictionary()
# transaction -> {userid: {"granted": set, "revoked": set}} until its commit.
_roles_in: WeakKeyDictionary = WeakKeyDictionary()


def format_when(moment: datetime, lang: str) -> str:
    """``27 novembre 2026 à 10:05 (UTC)`` / ``27 November 2026 at 10:05 (UTC)``.

    In UTC, said so: members live from Vancouver to Nouméa and the site
    knows no time zone of theirs; a named zone is unambiguous everywhere.
    """
    month = MONTHS.get(lang, MONTHS["en"])[moment.month - 1]
    link = "à" if lang == "fr" else "at"
    return f"{moment.day} {month} {moment.year} {link} {moment:%H:%M} (UTC)"


def role_titles(roles, lang: str) -> str:
    """Role ids as the member reads them, or "-" for none."""
    titles = [
        translate(ROLE_TITLES[role], target_language=lang)
        if role in ROLE_TITLES
        else role
        for role in roles or ()
    ]
    return ", ".join(titles) or "-"


def _first_time(userid: str, change: str, values: dict) -> bool:
    """False when this very alert was already queued in this transaction."""
    key = (userid, change, tuple(sorted((k, str(v)) for k, v in values.items())))
    queued = _sent_in.setdefault(transaction.get(), set())
    if key in queued:
        return False
    queued.add(key)
    return True


def _recipients(user, change: str, values: dict) -> list[str]:
    current = user.getProperty("email", "") or ""
    if change == "email":
        # The old address first: it is the one that may belong to the victim.
        addresses = [values.get("old_email") or "", values.get("new_email") or current]
    else:
        addresses = [current]
    return list(dict.fromkeys(a for a in addresses if a))


def _template_values(user, userid: str, change: str, lang: str, values: dict):
    volto = frontend_url()
    fields = {
        "fullname": user.getProperty("fullname", "") or userid,
        "when": format_when(now(), lang),
        "reset_url": f"{volto}/{lang}/password-reset",
        "contact_url": f"{volto}/{lang}/contact-form",
        "mfa_url": f"{volto}/{lang}/security/mfa",
        "old_email": "-",
        "new_email": user.getProperty("email", "") or "-",
        "minutes": str(LOCKOUT_MINUTES),
    }
    fields.update({
        key: str(value)
        for key, value in values.items()
        if key not in ("granted", "revoked")
    })
    if change == "role":
        fields["granted"] = role_titles(values.get("granted"), lang)
        fields["revoked"] = role_titles(values.get("revoked"), lang)
    return fields


def send_security_alert(userid: str, change: str, **values) -> None:
    """Mail the member ``userid`` that ``change`` happened to her account,
    in her language, with what to do if it was not her.

    ``change`` is one of ``CHANGES``. Values the templates use:
    ``email``: ``old_email``, ``new_email`` (the mail goes to both);
    ``role``: ``granted``, ``revoked`` (lists of role ids; mailed at commit);
    ``lockout``: ``minutes`` (default 15); ``external_linked``,
    ``external_unlinked``: ``provider`` (its title). An unknown member, or
    one without an address, gets nothing; an unknown ``change`` is a
    ValueError.
    """
    if change not in CHANGES:
        raise ValueError(f"Unknown security change: {change}")
    if change == "role":
        _gather_roles(userid, values.get("granted") or (), values.get("revoked") or ())
    elif _first_time(userid, change, values):
        _send(userid, change, values)


def _gather_roles(userid: str, granted, revoked) -> None:
    txn = transaction.get()
    members = _roles_in.get(txn)
    if members is None:
        members = _roles_in[txn] = {}
        # The commit may come once the request left the site (a script,
        # a test layer): the hook takes the site along.
        txn.addBeforeCommitHook(_send_role_alerts, (members, api.portal.get()))
    entry = members.setdefault(userid, {"granted": set(), "revoked": set()})
    for role, gained, lost in (
        *((role, "granted", "revoked") for role in granted),
        *((role, "revoked", "granted") for role in revoked),
    ):
        if role in entry[lost]:  # undone within the same request
            entry[lost].discard(role)
        else:
            entry[gained].add(role)


def _send_role_alerts(members: dict, portal) -> None:
    """Queue the role mails. A mail that cannot be queued is logged and the
    role change still commits: an alert never undoes what it reports."""
    with site(portal):
        for userid, entry in members.items():
            if not (entry["granted"] or entry["revoked"]):
                continue
            values = {
                "granted": sorted(entry["granted"]),
                "revoked": sorted(entry["revoked"]),
            }
            try:
                _send(userid, "role", values)
            except Exception:
                logger.exception("Role alert for %s not queued", userid)


def _send(userid: str, change: str, values: dict) -> None:
    user = api.user.get(userid=userid)
    if user is None:
        logger.info("Security alert %s: %s is not a member", change, userid)
        return
    recipients = _recipients(user, change, values)
    if not recipients:
        return
    if not is_mail_configured():
        logger.warning(
            "Security alert %s for %s not sent: no mail settings", change, userid
        )
        return
    lang = member_language(user)
    fields = _template_values(user, userid, change, lang, values)
    for address in recipients:
        send_templated_mail(MAIL_DIR, change, to=address, lang=lang, **fields)
