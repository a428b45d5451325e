"""Who has a second factor, and who must have one (spec §6.3.1)."""

from oif.tremplin.security.mfa.store import account


# Global roles whose holders cannot use their screens without MFA. Roles
# granted through a group count (the "moderators" group grants Moderator):
# a PAS user's getRoles() already includes them. Local roles do not.
PRIVILEGED_ROLES = frozenset({"Manager", "Site Administrator", "Moderator"})
METHODS = ("totp", "sms")


def mfa_methods(userid: str) -> list[str]:
    """The confirmed second factors of ``userid``, in a stable order."""
    record = account(userid)
    return [method for method in METHODS if record.get(method)]


def mfa_enabled(userid: str) -> bool:
    """True when ``userid`` has at least one confirmed second factor."""
    return bool(mfa_methods(userid))


def mfa_required(user) -> bool:
    """True when ``user`` (a PAS user) holds a privileged global role."""
    if user is None or not user.getId():
        return False
    return bool(PRIVILEGED_ROLES.intersection(user.getRoles()))


def must_enrol(user) -> bool:
    """True when ``user`` must enrol a second factor before anything else."""
    return mfa_required(user) and not mfa_enabled(user.getId())
