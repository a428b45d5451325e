"""Install step of the captcha: the site's ALTCHA keys, made once."""

from oif.tremplin.security.captcha.challenge import install


__all__ = ["install"]
