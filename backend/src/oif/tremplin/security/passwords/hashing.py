"""Password hashes: bcrypt for every new hash, old SSHA ones still accepted.

Plone stores passwords through AuthEncoding (PlonePAS's ``source_users``
calls ``AuthEncoding.pw_encrypt(password)``), whose default scheme is SSHA:
one salted SHA-1, far too fast against a stolen database. AuthEncoding also
knows bcrypt under the ``{BCRYPT}`` prefix. ``use_bcrypt_for_new_hashes``
(run once, when this module is imported at ZCML load) makes two changes,
and only these two:

1. the ``{BCRYPT}`` scheme object is replaced by ``TremplinBcrypt``, whose
   cost comes from ``$TREMPLIN_BCRYPT_ROUNDS`` (default 12; the test layers
   set 4) — AuthEncoding's own one always uses bcrypt's default cost;
2. ``pw_encrypt``'s default scheme becomes ``BCRYPT`` instead of ``SSHA``.

Stored hashes keep their prefix, so SSHA hashes still validate, and a
``{BCRYPT}`` hash made here validates with AuthEncoding's stock scheme too.
``rehash_if_needed`` upgrades an old hash when its owner signs in.
"""

from AuthEncoding import AuthEncoding
from oif.tremplin import logger
from plone import api
from plone.protect.utils import safeWrite
from zope.globalrequest import getRequest

import bcrypt
import os


SCHEME = "BCRYPT"
PREFIX = b"{BCRYPT}"
ROUNDS_VARIABLE = "TREMPLIN_BCRYPT_ROUNDS"
DEFAULT_ROUNDS = 12
# bcrypt reads at most 72 bytes; bcrypt 5 refuses longer input instead of
# ignoring the rest, and advises to truncate (what every bcrypt did before).
BCRYPT_MAX_BYTES = 72


def bcrypt_rounds() -> int:
    """The cost of new hashes: ``$TREMPLIN_BCRYPT_ROUNDS`` within 4..31."""
    value = os.environ.get(ROUNDS_VARIABLE, "")
    try:
        rounds = int(value) if value else DEFAULT_ROUNDS
    except ValueError:
        logger.warning(
            "%s=%r is not a number: using %d", ROUNDS_VARIABLE, value, DEFAULT_ROUNDS
        )
        return DEFAULT_ROUNDS
    return min(max(rounds, 4), 31)


def _bcrypt_input(password) -> bytes:
    if isinstance(password, str):
        password = password.encode("utf-8")
    return password[:BCRYPT_MAX_BYTES]


class TremplinBcrypt(AuthEncoding.BCRYPTHashingScheme):
    """AuthEncoding's bcrypt scheme with a configurable cost."""

    def encrypt(self, pw):
        return bcrypt.hashpw(_bcrypt_input(pw), bcrypt.gensalt(bcrypt_rounds()))

    def validate(self, reference, attempt):
        try:
            return bcrypt.checkpw(_bcrypt_input(attempt), reference)
        except ValueError:  # not a bcrypt hash after all
            return False


def use_bcrypt_for_new_hashes() -> None:
    """Make ``{BCRYPT}`` with our cost the default scheme (idempotent)."""
    schemes = AuthEncoding._schemes  # AuthEncoding offers no way to replace one
    schemes[:] = [entry for entry in schemes if entry[0] != SCHEME]
    AuthEncoding.registerScheme(SCHEME, TremplinBcrypt())
    # Every caller (PlonePAS, PAS's ZODBUserManager) relies on the default.
    AuthEncoding.pw_encrypt.__defaults__ = (SCHEME,)


def hash_password(password: str) -> str:
    """The stored form of ``password``: ``{BCRYPT}$2b$<cost>$…``.

    PAS's user managers keep a value that is already hashed as it is, so a
    pending registration can hold this instead of the password.
    """
    return AuthEncoding.pw_encrypt(password, SCHEME).decode("ascii")


def needs_rehash(stored) -> bool:
    """Whether a stored hash is weaker than what we would make today."""
    if isinstance(stored, str):
        stored = stored.encode("utf-8")
    if not stored.startswith(PREFIX):
        return True
    try:
        cost = int(stored[len(PREFIX) :].split(b"$")[2])
    except (IndexError, ValueError):
        return True
    return cost < bcrypt_rounds()


def _stored_hashes(userid: str):
    """(user manager, stored hash) for each PAS plugin holding a password."""
    pas = api.portal.get_tool("acl_users")
    for plugin in pas.objectValues():
        passwords = getattr(plugin, "_user_passwords", None)
        if passwords is not None and passwords.get(userid) is not None:
            yield plugin, passwords[userid]


def rehash_if_needed(userid: str, password: str) -> bool:
    """Hash again, with today's scheme and cost, the password ``userid`` just
    signed in with. Returns whether a hash changed.

    Written straight into the user manager, not through a password change:
    the password stays the same, so no policy check, no alert, no event.
    A ``password`` that does not match the stored hash changes nothing.
    """
    changed = False
    for plugin, stored in _stored_hashes(userid):
        if not needs_rehash(stored) or not AuthEncoding.pw_validate(stored, password):
            continue
        plugin._user_passwords[userid] = AuthEncoding.pw_encrypt(password, SCHEME)
        request = getRequest()
        if request is not None:  # the login POST writes; plone.protect must agree
            safeWrite(plugin._user_passwords, request)
        logger.info("Password hash of %s upgraded to bcrypt", userid)
        changed = True
    return changed


use_bcrypt_for_new_hashes()
