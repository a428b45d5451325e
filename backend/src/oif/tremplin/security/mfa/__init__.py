"""Account security: multi-factor authentication and the two-step login.

Other features ask ``mfa_enabled(userid)``, ``mfa_methods(userid)`` and
``mfa_required(user)``; demo data and fixtures preset a factor with
``enrol_totp(userid, secret)``; everything else goes through the REST services
(``@login``, ``@tremplin-login-code``, ``@tremplin-login-sms``,
``@tremplin-mfa``). See ``docs/developer/security-mfa.md``.
"""

from oif.tremplin.security.mfa.policy import mfa_enabled
from oif.tremplin.security.mfa.policy import mfa_methods
from oif.tremplin.security.mfa.policy import mfa_required
from oif.tremplin.security.mfa.preset import enrol_totp


__all__ = ["enrol_totp", "mfa_enabled", "mfa_methods", "mfa_required"]
