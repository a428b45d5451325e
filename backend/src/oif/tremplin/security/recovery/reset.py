"""Password reset in two steps (spec §6.3.5): a 6-digit code by e-mail,
then the code and a new password.

The services validate the request and call ``request_reset`` and
``confirm_reset``; these functions write. Nothing they answer tells whether
an address belongs to a member: an unknown address gets a code record too
(never mailed), counts against the same rate limit, and its codes fail the
same way.
"""

from datetime import datetime
from oif.tremplin.accounts import pending
from oif.tremplin.accounts.registration import TooManyMails
from oif.tremplin.accounts.registration import frontend_url
from oif.tremplin.core import audit
from oif.tremplin.core.mail import member_language
from oif.tremplin.core.mail import send_templated_mail
from oif.tremplin.security.alerts import send_security_alert
from oif.tremplin.security.abuse.login_guard import unlock
from oif.tremplin.core.mail import is_mail_configured
from oif.tremplin.security.passwords import password_problems
from oif.tremplin.security.passwords.plugin import member_inputs
from oif.tremplin.security.recovery import codes
from oif.tremplin.security.recovery.codes import CodeRefused
from oif.tremplin.security.sessions import end_all_sessions
from pathlib import Path
from plone import api

import logging


logger = logging.getLogger(__name__)

MAIL_DIR = Path(__file__).parent / "mail"
# Reset mails have their own budget in the registration's send log (one
# a minute, five a day per address): a reset never waits for a registration.
THROTTLE_PREFIX = "password-reset:"


class PasswordRefused(Exception):
    """The new password breaks the policy; ``problems`` are messages."""

    def __init__(self, problems: list):
        super().__init__(problems)
        self.problems = problems


def find_member(email: str) -> str | None:
    """The id of the one member whose address is ``email`` (any case); None
    when nobody (or, ambiguously, several) has it.

    The address, not the login: a member who changed her address may still
    sign in with the old one, and a code must never go to an address the
    account has left (it may belong to someone else by now).
    """
    pas = api.portal.get_tool("acl_users")
    found = pas.searchUsers(email=email, exact_match=True)
    userids = {user["userid"] for user in found if user.get("userid")}
    return userids.pop() if len(userids) == 1 else None


def request_reset(email: str, now: datetime) -> None:
    """Issue a code for ``email`` and mail it if a member has this address.

    Raises TooManyMails before writing anything when the address got a code
    less than a minute ago, or five in a day (members or not alike).
    """
    wait = pending.seconds_before_next_send(THROTTLE_PREFIX + email, now)
    if wait:
        raise TooManyMails(wait)
    userid = find_member(email)
    code = codes.issue_code(email, now)
    pending.note_send(THROTTLE_PREFIX + email, now)
    if userid is None:
        return
    _mail_code(userid, email, code)
    audit.record("security.password_reset_requested", userid)


def _mail_code(userid: str, email: str, code: str) -> None:
    user = api.user.get(userid=userid)
    email = user.getProperty("email", "") or email  # as she wrote it
    if not is_mail_configured():
        logger.warning("Reset code for %s not sent: no mail settings", userid)
        return
    lang = member_language(user)
    send_templated_mail(
        MAIL_DIR,
        "reset_code",
        to=email,
        lang=lang,
        fullname=user.getProperty("fullname", "") or userid,
        code=code,
        minutes=str(int(codes.CODE_LIFETIME.total_seconds() // 60)),
        tries=str(codes.MAX_TRIES),
        url=f"{frontend_url()}/{lang}/password-reset",
        contact_url=f"{frontend_url()}/{lang}/contact-form",
    )


def confirm_reset(email: str, code: str, password: str, now: datetime) -> str:
    """Give the member of ``email`` the new ``password``; returns her id.

    Raises CodeRefused (a wrong code has used up a try: let that commit) or
    PasswordRefused (nothing written; the code stays valid). On success the
    code dies, every session of hers ends, she is mailed and it is audited.
    """
    codes.check_code(email, code, now)
    userid = find_member(email)
    if userid is None:  # the account went, or changed address, meanwhile
        raise CodeRefused("unknown")
    user = api.user.get(userid=userid)
    problems = _password_problems(password, user, email)
    if problems:
        raise PasswordRefused(problems)
    api.portal.get_tool("acl_users").userSetPassword(userid, password)
    codes.forget_code(email)
    _end_sessions_and_lockout(userid, email, user)
    send_security_alert(userid, "password")
    audit.record("security.password_reset", userid, actor=userid)
    return userid


def _password_problems(password: str, user, email: str) -> list:
    return password_problems(password, [email, *member_inputs(user)])


def _end_sessions_and_lockout(userid: str, email: str, user) -> None:
    """Whoever held a session with the old password loses it; a lock from
    failed sign-ins no longer stands in the owner's way."""
    end_all_sessions(userid)
    for login in {email, user.getUserName(), userid}:
        unlock(login)
