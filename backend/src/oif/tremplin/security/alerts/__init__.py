"""Account security: alerts."""

from .alerts import send_security_alert


__all__ = ["send_security_alert"]
