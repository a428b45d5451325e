"""Account security: the anti-robot checks of the anonymous forms.

``verify_captcha``/``captcha_errors`` check an ALTCHA proof-of-work payload
(``GET @tremplin-captcha`` issues the challenges); ``honeypot_errors`` checks
the hidden ``website`` field. See docs/developer/security-abuse.md.
"""

from oif.tremplin.security.captcha.verify import captcha_errors
from oif.tremplin.security.captcha.verify import honeypot_errors
from oif.tremplin.security.captcha.verify import honeypot_filled
from oif.tremplin.security.captcha.verify import verify_captcha


__all__ = ["captcha_errors", "honeypot_errors", "honeypot_filled", "verify_captcha"]
