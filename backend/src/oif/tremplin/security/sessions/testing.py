"""Test helpers: sign a member in the way the site does, without the forms,
and read what the server kept.

For REST tests that need a member's session token (the Bearer Volto
sends), with or without a passed second factor. Used from the test thread
of a functional layer: the helpers that write commit, so the server thread
sees it; those that read start a new transaction, so they see the server's.
"""

from oif.tremplin.security.sessions import store
from oif.tremplin.security.sessions.tokens import issue_token
from oif.tremplin.security.sessions.tokens import jwt_plugin
from plone import api

import jwt
import transaction


def issue_test_token(username: str, *, mfa: bool = False) -> str:
    """A session token for ``username``, as @login / @tremplin-login-code
    would issue it."""
    transaction.begin()
    user = api.user.get(username=username)
    token = issue_token(getattr(api.portal.get(), "REQUEST", None), user, mfa=mfa)
    transaction.commit()
    return token


def enable_test_totp(username: str) -> str:
    """Give ``username`` a confirmed TOTP factor; returns its secret."""
    import pyotp

    from oif.tremplin.security.mfa import enrol_totp

    transaction.begin()
    secret = pyotp.random_base32()
    enrol_totp(api.user.get(username=username).getId(), secret)
    transaction.commit()
    return secret


def signed_in_with_mfa(session, username: str):
    """``session`` (a requests session) as ``username`` with her second
    factor: TOTP enabled and a token of a sign-in that passed it."""
    enable_test_totp(username)
    session.auth = None
    session.headers["Authorization"] = f"Bearer {issue_test_token(username, mfa=True)}"
    return session


def sid_of(token: str) -> str:
    """The session id in ``token`` (read, not verified)."""
    return jwt.decode(token, options={"verify_signature": False})["sid"]


def payload_of(token: str) -> dict:
    """The claims of ``token`` (read, not verified)."""
    return jwt.decode(token, options={"verify_signature": False})


def session_record(sid: str) -> dict | None:
    """The session record of ``sid`` as the server last committed it."""
    transaction.begin()  # see what the HTTP thread committed
    found = store.get_session(sid)
    return found.as_dict() if found is not None else None


def stored_tokens(userid: str) -> list[str]:
    """The tokens the JWT plugin keeps for ``userid``, as last committed."""
    transaction.begin()
    tokens = jwt_plugin()._tokens
    return list(tokens.get(userid, ())) if tokens is not None else []


def refusal(response) -> str:
    """The ``type`` of a 401 session refusal (a requests response)."""
    if response.status_code != 401:
        raise AssertionError(f"{response.status_code}, not 401: {response.text}")
    if not response.headers["Content-Type"].startswith("application/json"):
        raise AssertionError(f"not JSON: {response.headers['Content-Type']}")
    body = response.json()
    if not body.get("message"):
        raise AssertionError(f"no message: {body}")
    return body["type"]
